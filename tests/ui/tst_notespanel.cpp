// NotesPanel and its NotesModel over an in-memory store, driven by a TimeCursor on a fake clock:
// the model follows the cursor live and in replay, adds, changes and removes notes, and says why
// it refuses a form, field by field.
#include "notespanel.h"
#include "store/database.h"
#include "timecursor.h"

#include <QAbstractItemModelTester>
#include <QGeoCoordinate>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace atalaya;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::UTC);
}

} // namespace

class TestNotesPanel : public QObject
{
    Q_OBJECT

private:
    QVariantMap form(const QString &body, const QDateTime &from, const QDateTime &until = {}) const
    {
        return {
            {u"body"_s, body},
            {u"lat"_s, 43.46},
            {u"lon"_s, -3.80},
            {u"regionId"_s, 0},
            {u"validFrom"_s, m_panel->timeText(from)},
            {u"validUntil"_s, m_panel->timeText(until)},
        };
    }
    QVariant role(int row, NotesModel::Role r) const
    {
        return m_panel->model()->data(m_panel->model()->index(row), r);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->openInMemory().ok());
        QSqlQuery q = m_db->prepare(
            u"INSERT INTO region (id, level, code, name, geometry, centroid_lat, centroid_lon, min_lat, min_lon, max_lat,"
            " max_lon) VALUES (7, 'district', '07', 'Puerto', '{}', 43.45, -3.8, 43.4, -3.9, 43.5, -3.7),"
            " (8, 'neighbourhood', '071', 'Muelle', '{}', 43.46, -3.79, 43.4, -3.9, 43.5, -3.7),"
            " (9, 'postcode', '39001', '39001', '{}', 43.46, -3.79, 43.4, -3.9, 43.5, -3.7)"_s);
        QVERIFY(Database::exec(q));
        m_now = at(21, 9, 30);
        m_cursor = std::make_unique<TimeCursor>();
        m_cursor->setClock([this] { return m_now; });
        m_cursor->setRange(at(1, 0), at(21, 9));
        m_panel = std::make_unique<NotesPanel>();
        m_panel->setClock([this] { return m_now; });
        m_panel->setDatabase(m_db.get());
        m_panel->setTimeCursor(m_cursor.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_panel->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_panel.reset();
        m_cursor.reset();
        m_db.reset();
    }

    void addShowsAtOnceWhenLive()
    {
        QVERIFY(m_cursor->isLive());
        QCOMPARE(m_panel->model()->rowCount(), 0);
        QSignalSpy changed(m_panel.get(), &NotesPanel::notesChanged);
        // From 09:30 (now): the live cursor is at 09:30 too, yet a note written at 09:30:40 shows.
        m_now = at(21, 9, 30).addSecs(40);
        QCOMPARE(m_panel->add(form(u"Road closed by flooding"_s, at(21, 9, 30), at(21, 18))), QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_panel->model()->rowCount(), 1);
        QCOMPARE(role(0, NotesModel::BodyRole).toString(), u"Road closed by flooding"_s);
        QCOMPARE(role(0, NotesModel::LatRole).toDouble(), 43.46);
        QCOMPARE(role(0, NotesModel::LonRole).toDouble(), -3.80);
        QCOMPARE(role(0, NotesModel::HasPlaceRole).toBool(), true);
        QCOMPARE(role(0, NotesModel::RegionIdRole).toLongLong(), 0);
        QCOMPARE(role(0, NotesModel::ValidFromRole).toDateTime(), at(21, 9, 30));
        QCOMPARE(role(0, NotesModel::ValidUntilRole).toDateTime(), at(21, 18));
        QCOMPARE(role(0, NotesModel::AuthorRole).toString(), NotesPanel::author());
        QCOMPARE(role(0, NotesModel::CreatedAtRole).toDateTime(), m_now);
        QCOMPARE(role(0, NotesModel::CoordinateRole).value<QGeoCoordinate>(), QGeoCoordinate(43.46, -3.80));
        QVERIFY(!role(0, NotesModel::ValidTextRole).toString().isEmpty());
        QVERIFY(!NotesPanel::author().isEmpty());
    }

    void modelFollowsTheCursor()
    {
        m_now = at(21, 8);
        QCOMPARE(m_panel->add(form(u"Shelter open"_s, at(20, 10), at(21, 12))), QString());
        QCOMPARE(m_panel->add(form(u"Bridge closed"_s, at(21, 7))), QString());
        // Live: both (written at 08:00, read at the clock's 09:30).
        m_now = at(21, 9, 30);
        m_cursor->goLive();
        QCOMPARE(m_panel->model()->rowCount(), 2);
        QCOMPARE(role(0, NotesModel::BodyRole).toString(), u"Shelter open"_s); // oldest start first

        // Replay before they were written: nothing, even though the shelter applied then.
        QSignalSpy atSpy(m_panel.get(), &NotesPanel::atChanged);
        m_cursor->setMoment(at(20, 12));
        QCOMPARE(m_panel->at(), at(20, 12));
        QVERIFY(atSpy.count() >= 1);
        QCOMPARE(m_panel->model()->rowCount(), 0);
        // Replay after they were written: both; after the shelter ended: the bridge only.
        m_cursor->setMoment(at(21, 9));
        QCOMPARE(m_panel->model()->rowCount(), 2);
        m_cursor->setRange(at(1, 0), at(21, 13));
        m_cursor->setMoment(at(21, 12));
        QCOMPARE(m_panel->model()->rowCount(), 1);
        QCOMPARE(role(0, NotesModel::BodyRole).toString(), u"Bridge closed"_s);
        // Live again: the clock moves on, and so do the notes.
        m_now = at(21, 11);
        m_cursor->goLive();
        QCOMPARE(m_panel->model()->rowCount(), 2);
    }

    void updateAndRemove()
    {
        m_now = at(21, 8);
        QCOMPARE(m_panel->add(form(u"Road closed"_s, at(21, 8))), QString());
        const qint64 id = role(0, NotesModel::IdRole).toLongLong();
        QSignalSpy dataChanged(m_panel->model(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_panel->model(), &QAbstractItemModel::modelReset);

        m_now = at(21, 9);
        QVariantMap changed = form(u"Road closed, detour by the avenue"_s, at(21, 8), at(21, 20));
        QCOMPARE(m_panel->update(id, changed), QString());
        QCOMPARE(m_panel->model()->rowCount(), 1);
        QCOMPARE(dataChanged.count(), 1); // changed in place, not a new list
        QCOMPARE(reset.count(), 0);
        QCOMPARE(role(0, NotesModel::BodyRole).toString(), u"Road closed, detour by the avenue"_s);
        QCOMPARE(role(0, NotesModel::ValidUntilRole).toDateTime(), at(21, 20));
        QCOMPARE(m_panel->form(id).value(u"validUntil"_s).toString(), m_panel->timeText(at(21, 20)));

        // Pinned to a region instead: drawn at its centroid, named by it.
        changed[u"lat"_s] = QVariant();
        changed[u"lon"_s] = QVariant();
        changed[u"regionId"_s] = 7;
        QCOMPARE(m_panel->update(id, changed), QString());
        QCOMPARE(role(0, NotesModel::HasPlaceRole).toBool(), false);
        QCOMPARE(role(0, NotesModel::RegionNameRole).toString(), u"Puerto"_s);
        QCOMPARE(role(0, NotesModel::PlaceTextRole).toString(), u"Puerto"_s);
        QCOMPARE(role(0, NotesModel::LatRole).toDouble(), 43.45);
        QCOMPARE(m_panel->note(id).value(u"placeText"_s).toString(), u"Puerto"_s);

        m_now = at(21, 10);
        QCOMPARE(m_panel->remove(id), QString());
        QCOMPARE(m_panel->model()->rowCount(), 0);
        QVERIFY(m_panel->remove(id).contains(u"removed already"_s));
        QVERIFY(m_panel->update(id, changed).contains(u"removed"_s));
        // A replay of 09:30 still shows it: removal is soft (its text is the last one written).
        m_cursor->setRange(at(1, 0), at(21, 12));
        m_cursor->setMoment(at(21, 9, 30));
        QCOMPARE(m_panel->model()->rowCount(), 1);
        QCOMPARE(role(0, NotesModel::IdRole).toLongLong(), id);
        QCOMPARE(m_panel->note(id).value(u"shown"_s).toBool(), true);
    }

    void refusalsNameTheField()
    {
        QVariantMap f = form(u"  "_s, at(21, 9), at(21, 8));
        f[u"lat"_s] = std::nan("");
        f[u"lon"_s] = std::nan("");
        QVariantMap errors = m_panel->check(f);
        QCOMPARE(errors.keys(), (QStringList{u"body"_s, u"place"_s, u"validUntil"_s}));
        QVERIFY(errors.value(u"body"_s).toString().startsWith(u"Text:"_s));
        QVERIFY(errors.value(u"place"_s).toString().startsWith(u"Place:"_s));
        QVERIFY(errors.value(u"validUntil"_s).toString().startsWith(u"Valid until:"_s));
        // add() says the first, and stores nothing.
        QCOMPARE(m_panel->add(f), errors.value(u"body"_s).toString());
        QCOMPARE(m_panel->model()->rowCount(), 0);

        f = form(u"x"_s, at(21, 9));
        f[u"validFrom"_s] = u"tomorrow morning"_s;
        f[u"validUntil"_s] = u"21/11/2026"_s;
        errors = m_panel->check(f);
        QCOMPARE(errors.keys(), (QStringList{u"validFrom"_s, u"validUntil"_s}));
        QVERIFY2(errors.value(u"validFrom"_s).toString().contains(u"“tomorrow morning” is not a date and time"_s),
                 qPrintable(errors.value(u"validFrom"_s).toString()));

        f = form(u"x"_s, at(21, 9));
        f[u"validFrom"_s] = QString();
        QCOMPARE(m_panel->check(f).keys(), QStringList{u"validFrom"_s});

        f = form(u"x"_s, at(21, 9));
        f[u"lat"_s] = QVariant();
        f[u"lon"_s] = QVariant();
        f[u"regionId"_s] = 99;
        QCOMPARE(m_panel->check(f).keys(), QStringList{u"region"_s});
        QVERIFY(m_panel->add(f).startsWith(u"Region: there is no region 99"_s));

        // Unknown notes.
        QVERIFY(m_panel->update(123, form(u"x"_s, at(21, 9))).contains(u"no such note"_s));
        QVERIFY(m_panel->remove(123).contains(u"no such note"_s));
        QVERIFY(m_panel->form(123).isEmpty());
        QVERIFY(m_panel->note(123).isEmpty());

        // Without a store nothing can be saved, and the form still says what else is wrong.
        m_panel->setDatabase(nullptr);
        errors = m_panel->check(form(u""_s, at(21, 9)));
        QCOMPARE(errors.keys(), (QStringList{u"body"_s, u"store"_s}));
        QVERIFY(!m_panel->add(form(u"x"_s, at(21, 9))).isEmpty());
    }

    void formsAndTimes()
    {
        const QVariantMap fresh = m_panel->newForm(43.5, -3.7, 0);
        QCOMPARE(fresh.value(u"validFrom"_s).toString(), m_panel->timeText(at(21, 9, 30)));
        QCOMPARE(fresh.value(u"validUntil"_s).toString(), QString());
        QCOMPARE(fresh.value(u"lat"_s).toDouble(), 43.5);
        const QVariantMap regionOnly = m_panel->newForm(std::nan(""), std::nan(""), 7);
        QVERIFY(!regionOnly.value(u"lat"_s).isValid());
        QCOMPARE(regionOnly.value(u"regionId"_s).toLongLong(), 7);

        QCOMPARE(m_panel->parseTime(m_panel->timeText(at(21, 14, 5))), at(21, 14, 5));
        QCOMPARE(m_panel->hoursAfter(m_panel->timeText(at(21, 14)), 4), m_panel->timeText(at(21, 18)));
        QCOMPARE(m_panel->hoursAfter(u"soon"_s, 4), QString());

        const QVariantList regions = m_panel->regions();
        QCOMPARE(regions.size(), 2); // districts, then neighbourhoods; no post codes
        QCOMPARE(regions.at(0).toMap().value(u"name"_s).toString(), u"Puerto"_s);
        QCOMPARE(regions.at(1).toMap().value(u"id"_s).toLongLong(), 8);
        QCOMPARE(regions.at(1).toMap().value(u"text"_s).toString(), u"Muelle (neighbourhood)"_s);
    }

    void timeLineMarks()
    {
        // Range 1 Nov 00:00 .. 21 Nov 09:00; the time line is the week around the cursor.
        m_now = at(21, 8);
        QCOMPARE(m_panel->add(form(u"early"_s, at(11, 0), at(11, 12))), QString()); // written after it ended: never shown
        m_now = at(1, 0);
        QCOMPARE(m_panel->add(form(u"mid"_s, at(11, 4, 45))), QString());
        m_now = at(21, 9, 30);
        m_cursor->setMoment(at(10, 0));
        const QVariantList marks = m_panel->timeline();
        QCOMPARE(marks.size(), 1);
        const QVariantMap mid = marks.at(0).toMap();
        QCOMPARE(mid.value(u"body"_s).toString(), u"mid"_s);
        const QDateTime from = at(6, 12);
        const double week = 7 * 86400.0;
        QCOMPARE(mid.value(u"start"_s).toDouble(), from.secsTo(at(11, 4, 45)) / week);
        QCOMPARE(mid.value(u"end"_s).toDouble(), 1.0);
        QCOMPARE(mid.value(u"startTime"_s).toDateTime(), at(11, 4, 45));
        QVERIFY(mid.value(u"text"_s).toString().endsWith(u": mid"_s));
        QCOMPARE(m_panel->cursorPosition(), 0.5);
        QCOMPARE(m_panel->adjacentStart(1), at(11, 4, 45));
        QVERIFY(!m_panel->adjacentStart(-1).isValid());

        // Near the oldest data the week starts there; a note beyond the week is still reachable.
        m_cursor->setMoment(at(2, 0));
        QVERIFY(m_panel->timeline().isEmpty());
        QCOMPARE(m_panel->cursorPosition(), 86400 / (3.5 * 86400 + 86400)); // 1 Nov 00:00 .. 5 Nov 12:00
        QCOMPARE(m_panel->adjacentStart(1), at(11, 4, 45));
        m_cursor->setMoment(m_panel->adjacentStart(1));
        QCOMPARE(m_panel->model()->rowCount(), 1);
        QVERIFY(!m_panel->adjacentStart(1).isValid());
        QVERIFY(!m_panel->adjacentStart(-1).isValid());
        m_cursor->setMoment(at(15, 0));
        QCOMPARE(m_panel->adjacentStart(-1), at(11, 4, 45));
    }

private:
    QDateTime m_now;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TimeCursor> m_cursor;
    std::unique_ptr<NotesPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
