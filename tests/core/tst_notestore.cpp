#include "notes/notestore.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace atalaya;
using namespace Qt::StringLiterals;

namespace {

// 21 November 2026, in UTC.
QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 21), QTime(hour, minute), QTimeZone::UTC);
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    if (!Database::exec(q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString text(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    if (!Database::exec(q) || !q.next())
        return u"<no row>"_s;
    return q.value(0).isNull() ? u"NULL"_s : q.value(0).toString();
}

OperatorNote placed(const QString &body, const QDateTime &from, const QDateTime &until = {})
{
    OperatorNote n;
    n.body = body;
    n.lat = 43.46;
    n.lon = -3.80;
    n.validFrom = from;
    n.validUntil = until;
    n.author = u"ana"_s;
    return n;
}

QList<qint64> ids(const QList<OperatorNote> &notes)
{
    QList<qint64> out;
    for (const OperatorNote &n : notes)
        out.append(n.id);
    return out;
}

} // namespace

class TestNoteStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->openInMemory().ok());
        QSqlQuery q = m_db->prepare(
            u"INSERT INTO region (id, level, code, name, geometry, centroid_lat, centroid_lon, min_lat, min_lon, max_lat,"
            " max_lon) VALUES (7, 'district', '07', 'Puerto', '{\"type\":\"Polygon\",\"coordinates\":[[[-3.9,43.4],"
            "[-3.7,43.4],[-3.7,43.5],[-3.9,43.5],[-3.9,43.4]]]}', 43.45, -3.8, 43.4, -3.9, 43.5, -3.7)"_s);
        QVERIFY(Database::exec(q));
        m_store = std::make_unique<NoteStore>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void validityBoundaries_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<bool>("shown");
        // Created at 09:00, valid 10:00 until 18:00.
        QTest::newRow("before it was written") << at(8, 59) << false;
        QTest::newRow("written, not yet valid") << at(9, 30) << false;
        QTest::newRow("the first second") << at(10) << true;
        QTest::newRow("in the middle") << at(14) << true;
        QTest::newRow("a second before the end") << at(17, 59).addSecs(59) << true;
        QTest::newRow("the end is exclusive") << at(18) << false;
        QTest::newRow("the day after") << at(18).addDays(1) << false;
    }
    void validityBoundaries()
    {
        QFETCH(QDateTime, moment);
        QFETCH(bool, shown);
        QString error;
        const qint64 id = m_store->add(placed(u"Road closed by flooding"_s, at(10), at(18)), at(9), &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(m_store->validAt(moment).size(), shown ? 1 : 0);
    }

    void backdatedNoteAppearsWhenWritten()
    {
        // Written at 12:00 about a closure since 08:00: a replay of 10:00 did not know it yet.
        QString error;
        const qint64 id = m_store->add(placed(u"Bridge closed"_s, at(8)), at(12), &error);
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY(m_store->validAt(at(10)).isEmpty());
        QCOMPARE(ids(m_store->validAt(at(12))), QList<qint64>{id});
        QCOMPARE(ids(m_store->validAt(at(12).addDays(30))), QList<qint64>{id}); // no end: until removed
    }

    void softRemovalKeepsThePast()
    {
        QString error;
        const qint64 id = m_store->add(placed(u"Shelter open at the school"_s, at(10)), at(10), &error);
        QVERIFY2(id > 0, qPrintable(error));
        QVERIFY2(m_store->remove(id, u"luis"_s, at(15), &error), qPrintable(error));

        QCOMPARE(ids(m_store->validAt(at(14))), QList<qint64>{id});
        QVERIFY(m_store->validAt(at(15)).isEmpty());
        QVERIFY(m_store->validAt(at(16)).isEmpty());
        const std::optional<OperatorNote> kept = m_store->note(id);
        QVERIFY(kept);
        QCOMPARE(kept->body, u"Shelter open at the school"_s);
        QCOMPARE(kept->author, u"ana"_s);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM note"_s), 1);
        QCOMPARE(scalar(*m_db, u"SELECT deleted_at FROM note"_s), at(15).toSecsSinceEpoch());
        // Who removed it, and when.
        QCOMPARE(text(*m_db, u"SELECT actor FROM audit_log WHERE entity = 'note' AND field = 'deleted_at'"_s), u"luis"_s);
        QCOMPARE(scalar(*m_db, u"SELECT entity_id FROM audit_log WHERE entity = 'note'"_s), id);
        QCOMPARE(scalar(*m_db, u"SELECT at FROM audit_log WHERE entity = 'note'"_s), at(15).toSecsSinceEpoch());

        // A second removal, an unknown note and a removal without a name are refused.
        QVERIFY(!m_store->remove(id, u"luis"_s, at(16), &error));
        QVERIFY2(error.contains(u"removed already"_s), qPrintable(error));
        QVERIFY(!m_store->remove(999, u"luis"_s, at(16), &error));
        QVERIFY2(error.contains(u"no such note"_s), qPrintable(error));
        QVERIFY(!m_store->remove(id, u"  "_s, at(16), &error));
        QVERIFY2(error.contains(u"who"_s), qPrintable(error));
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM audit_log"_s), 1);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("withPlace");
        QTest::addColumn<qint64>("regionId");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("until");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("starts");
        QTest::addColumn<int>("field");

        using F = NoteProblem::Field;
        QTest::newRow("empty text") << u"   "_s << true << qint64(0) << at(10) << QDateTime() << u"ana"_s << u"Text:"_s << int(F::Body);
        QTest::newRow("too long") << QString(1001, u'x') << true << qint64(0) << at(10) << QDateTime() << u"ana"_s
                                  << u"Text:"_s << int(F::Body);
        QTest::newRow("nowhere") << u"x"_s << false << qint64(0) << at(10) << QDateTime() << u"ana"_s << u"Place:"_s << int(F::Place);
        QTest::newRow("unknown region") << u"x"_s << false << qint64(99) << at(10) << QDateTime() << u"ana"_s
                                        << u"Region: there is no region 99"_s << int(F::Region);
        QTest::newRow("no start") << u"x"_s << true << qint64(0) << QDateTime() << QDateTime() << u"ana"_s << u"Valid from:"_s
                                  << int(F::ValidFrom);
        QTest::newRow("ends before it starts") << u"x"_s << true << qint64(0) << at(10) << at(9) << u"ana"_s << u"Valid until:"_s
                                               << int(F::ValidUntil);
        QTest::newRow("ends as it starts") << u"x"_s << true << qint64(0) << at(10) << at(10) << u"ana"_s << u"Valid until:"_s
                                           << int(F::ValidUntil);
        QTest::newRow("no author") << u"x"_s << true << qint64(0) << at(10) << QDateTime() << u""_s << u"Author:"_s << int(F::Author);
    }
    void validationNamesTheField()
    {
        QFETCH(QString, body);
        QFETCH(bool, withPlace);
        QFETCH(qint64, regionId);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, until);
        QFETCH(QString, author);
        QFETCH(QString, starts);
        QFETCH(int, field);
        OperatorNote n = placed(body, from, until);
        n.author = author;
        if (!withPlace) {
            n.lat.reset();
            n.lon.reset();
        }
        if (regionId)
            n.regionId = regionId;
        const QList<NoteProblem> problems = m_store->problems(n);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.first().field), field);
        QString error;
        QCOMPARE(m_store->add(n, at(9), &error), 0);
        QVERIFY2(error.startsWith(starts), qPrintable(error));
        QCOMPARE(error, problems.first().message);
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM note"_s), 0);
    }

    void placeOutOfRange()
    {
        OperatorNote n = placed(u"x"_s, at(10));
        n.lat = 95;
        QString error;
        QCOMPARE(m_store->add(n, at(9), &error), 0);
        QCOMPARE(error, u"Place: latitude 95 is not between -90 and 90."_s);
        n.lat = 43;
        n.lon.reset();
        QCOMPARE(m_store->add(n, at(9), &error), 0);
        QVERIFY2(error.startsWith(u"Place: a place needs both"_s), qPrintable(error));
    }

    void regionNamesAreFilled()
    {
        OperatorNote n = placed(u"Power cut in the port district"_s, at(10));
        n.lat.reset();
        n.lon.reset();
        n.regionId = 7;
        QString error;
        const qint64 id = m_store->add(n, at(10), &error);
        QVERIFY2(id > 0, qPrintable(error));
        const QList<OperatorNote> valid = m_store->validAt(at(11));
        QCOMPARE(valid.size(), 1);
        QCOMPARE(valid.first().regionId, std::optional<qint64>(7));
        QCOMPARE(valid.first().regionName, u"Puerto"_s);
        QVERIFY(!valid.first().hasPlace());
        QCOMPARE(valid.first().regionCentroidLat, std::optional<double>(43.45));
        QCOMPARE(valid.first().regionCentroidLon, std::optional<double>(-3.8));
        QCOMPARE(m_store->note(id)->regionName, u"Puerto"_s);
        // A place note has no region name.
        const qint64 other = m_store->add(placed(u"x"_s, at(10)), at(10), &error);
        QVERIFY(m_store->note(other)->regionName.isEmpty());
        QVERIFY(!m_store->note(other)->regionId);
    }

    void readsKeepWhatWasWritten()
    {
        QString error;
        const qint64 id = m_store->add(placed(u"  Road closed until 18:00  "_s, at(10), at(18)), at(9, 30), &error);
        const std::optional<OperatorNote> n = m_store->note(id);
        QVERIFY(n);
        QCOMPARE(n->body, u"Road closed until 18:00"_s);
        QCOMPARE(n->lat, std::optional<double>(43.46));
        QCOMPARE(n->lon, std::optional<double>(-3.80));
        QCOMPARE(n->validFrom, at(10));
        QCOMPARE(n->validUntil, at(18));
        QCOMPARE(n->createdAt, at(9, 30));
        QCOMPARE(n->updatedAt, at(9, 30));
        QCOMPARE(n->author, u"ana"_s);
        QVERIFY(!m_store->note(id + 1));
    }

    void overlappingTheTimeLine()
    {
        QString error;
        const qint64 morning = m_store->add(placed(u"morning"_s, at(6), at(9)), at(5), &error);
        const qint64 midday = m_store->add(placed(u"midday"_s, at(11), at(13)), at(5), &error);
        const qint64 open = m_store->add(placed(u"open-ended"_s, at(20)), at(5), &error);
        const qint64 late = m_store->add(placed(u"written late"_s, at(6), at(12)), at(14), &error); // never on the map
        const qint64 removed = m_store->add(placed(u"removed at 12"_s, at(10)), at(5), &error);
        QVERIFY(m_store->remove(removed, u"ana"_s, at(12), &error));
        QVERIFY(late > 0);

        QCOMPARE(ids(m_store->overlapping(at(0), at(23))), (QList<qint64>{morning, removed, midday, open}));
        QCOMPARE(ids(m_store->overlapping(at(9), at(10))), (QList<qint64>{removed})); // morning ended at 9
        QCOMPARE(ids(m_store->overlapping(at(12), at(19))), (QList<qint64>{midday}));
        QCOMPARE(ids(m_store->overlapping(at(20), at(20))), (QList<qint64>{open}));
        QVERIFY(m_store->overlapping(at(23), at(22)).isEmpty());
    }

    void createdBetween()
    {
        QString error;
        const qint64 a = m_store->add(placed(u"a"_s, at(6)), at(6), &error);
        const qint64 b = m_store->add(placed(u"b"_s, at(8)), at(8), &error);
        const qint64 c = m_store->add(placed(u"c"_s, at(10)), at(10), &error);
        QVERIFY(m_store->remove(c, u"ana"_s, at(11), &error));
        QCOMPARE(ids(m_store->createdBetween(at(6), at(10))), (QList<qint64>{b, c}));
        QCOMPARE(ids(m_store->createdBetween(at(6), at(12))), (QList<qint64>{b})); // c was gone by 12
        QCOMPARE(ids(m_store->createdBetween({}, at(8))), (QList<qint64>{a, b}));
    }

    void updateRewritesAndAudits()
    {
        QString error;
        const qint64 id = m_store->add(placed(u"Road closed"_s, at(10), at(18)), at(10), &error);
        OperatorNote changed = *m_store->note(id);
        changed.body = u"Road closed, detour by the avenue"_s;
        changed.validUntil = at(20);
        changed.author = u"luis"_s;
        QVERIFY2(m_store->update(changed, at(12), &error), qPrintable(error));
        const OperatorNote n = *m_store->note(id);
        QCOMPARE(n.body, u"Road closed, detour by the avenue"_s);
        QCOMPARE(n.validUntil, at(20));
        QCOMPARE(n.author, u"ana"_s); // the writer stays; the editor is in the audit log
        QCOMPARE(n.updatedAt, at(12));
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'note' AND actor = 'luis'"_s), 2);
        QCOMPARE(text(*m_db, u"SELECT old_value FROM audit_log WHERE field = 'body'"_s), u"Road closed"_s);
        QCOMPARE(text(*m_db, u"SELECT new_value FROM audit_log WHERE field = 'valid_until'"_s), u"2026-11-21T20:00:00Z"_s);

        // The same content again changes nothing.
        QVERIFY(m_store->update(changed, at(13), &error));
        QCOMPARE(m_store->note(id)->updatedAt, at(12));

        // From a place to a region: both columns recorded.
        changed.lat.reset();
        changed.lon.reset();
        changed.regionId = 7;
        QVERIFY2(m_store->update(changed, at(14), &error), qPrintable(error));
        QCOMPARE(text(*m_db, u"SELECT old_value FROM audit_log WHERE field = 'lat'"_s), u"43.460000"_s);
        QCOMPARE(text(*m_db, u"SELECT new_value FROM audit_log WHERE field = 'region_id'"_s), u"7"_s);

        // Refusals: invalid content, unknown note, removed note.
        changed.body.clear();
        QVERIFY(!m_store->update(changed, at(15), &error));
        QVERIFY2(error.startsWith(u"Text:"_s), qPrintable(error));
        changed.body = u"x"_s;
        changed.id = 999;
        QVERIFY(!m_store->update(changed, at(15), &error));
        QVERIFY2(error.contains(u"no such note"_s), qPrintable(error));
        changed.id = id;
        QVERIFY(m_store->remove(id, u"ana"_s, at(16), &error));
        QVERIFY(!m_store->update(changed, at(17), &error));
        QVERIFY2(error.contains(u"removed"_s), qPrintable(error));
    }

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NoteStore> m_store;
};

QTEST_GUILESS_MAIN(TestNoteStore)
#include "tst_notestore.moc"
