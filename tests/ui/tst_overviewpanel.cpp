// Qt Test of the Overview's panel over a store built here: the key figures as cards ("no data"
// where nothing was reported), and what changed since the last briefing given before the cursor
// (figures against the briefing's, alerts raised and notes written since), and markBriefed().
#include "alerts/alertstore.h"
#include "analytics/kpis.h"
#include "briefing/briefingstore.h"
#include "notes/notestore.h"
#include "overviewpanel.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace atalaya;

class TestOverviewPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    const QDateTime m_at{QDate(2026, 11, 21), QTime(12, 0), QTimeZone::UTC};

    std::unique_ptr<Database> openStore()
    {
        auto db = std::make_unique<Database>();
        const Database::OpenResult opened = db->open(m_dir.filePath(QStringLiteral("store%1.db").arg(++m_stores)));
        if (!opened.ok())
            qWarning() << opened.message;
        return opened.ok() ? std::move(db) : nullptr;
    }

    static qint64 raiseAlert(Database &db, const QDateTime &at, const QString &message,
                             alerts::Severity severity = alerts::Severity::Critical)
    {
        alerts::AlertRecord alert;
        alert.ruleId = QStringLiteral("test-rule");
        alert.ruleName = QStringLiteral("Test rule");
        alert.severity = severity;
        alert.subjectKey = QStringLiteral("site:%1").arg(at.toSecsSinceEpoch());
        alert.subjectName = QStringLiteral("Plaza Mayor");
        alert.lat = 40.4155;
        alert.lon = -3.7074;
        alert.message = message;
        alert.value = 84;
        alert.raisedAt = at;
        return alerts::AlertStore(db).raise(alert);
    }

    static qint64 addNote(Database &db, const QDateTime &at, const QString &body)
    {
        OperatorNote note;
        note.body = body;
        note.lat = 40.42;
        note.lon = -3.70;
        note.validFrom = at;
        note.author = QStringLiteral("luis");
        QString error;
        const qint64 id = NoteStore(db).add(note, at, &error);
        if (id == 0)
            qWarning() << error;
        return id;
    }

    static const OverviewKpiModel::Row *row(const OverviewKpiModel &model, const QString &key)
    {
        const int index = model.rowOf(key);
        return index < 0 ? nullptr : &model.rows().at(index);
    }

    static QVariant role(const OverviewKpiModel &model, const QString &key, int role)
    {
        return model.index(model.rowOf(key)).data(role);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_dir.isValid());
    }

    void emptyStoreShowsNoDataNeverZero()
    {
        auto db = openStore();
        QVERIFY(db);
        OverviewPanel panel;
        QAbstractItemModelTester tester(panel.kpis(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(panel.kpis()->rowCount(), 0); // nothing before a store is read
        panel.setDatabase(db.get());
        QSignalSpy changed(&panel, &OverviewPanel::changed);
        panel.recompute(m_at);
        QCOMPARE(changed.count(), 1);

        const QList<Kpi> expected = computeKpis(*db, m_at);
        QCOMPARE(panel.kpis()->rowCount(), int(expected.size()));
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(panel.kpis()->index(i).data(OverviewKpiModel::KeyRole).toString(), expected[i].key);
        // No epidemic figures, no beds: undefined (the card says "No data"), not 0; nothing to date.
        for (const QString &key : {QStringLiteral("cases7d"), QStringLiteral("icuFree"), QStringLiteral("sitesAtRed")}) {
            QVERIFY2(panel.kpis()->rowOf(key) >= 0, qPrintable(key));
            QVERIFY2(!role(*panel.kpis(), key, OverviewKpiModel::ValueRole).isValid(), qPrintable(key));
            QVERIFY(role(*panel.kpis(), key, OverviewKpiModel::AsOfTextRole).toString().isEmpty());
            QVERIFY(role(*panel.kpis(), key, OverviewKpiModel::DeltaTextRole).toString().isEmpty());
        }
        // Zero open alerts is a figure.
        QCOMPARE(role(*panel.kpis(), QStringLiteral("alertsOpen"), OverviewKpiModel::ValueRole), QVariant(0.0));
        QVERIFY(!panel.hasBriefing());
        QVERIFY(panel.briefingText().contains(QStringLiteral("No briefing")));
        QCOMPARE(panel.alertsSinceCount(), 0);
        QCOMPARE(panel.notesSinceCount(), 0);
        QVERIFY(panel.places().isEmpty());

        // The same moment again: same keys, rows updated in place, no reset.
        QSignalSpy reset(panel.kpis(), &QAbstractItemModel::modelReset);
        panel.recompute(m_at);
        QCOMPARE(reset.count(), 0);
    }

    void changesSinceTheLastBriefing()
    {
        auto db = openStore();
        QVERIFY(db);
        const QDateTime dataAt = m_at.addDays(-1);
        // Before the briefing's data moment: not a change since.
        QVERIFY(raiseAlert(*db, dataAt.addSecs(-3600), QStringLiteral("Old alert")) > 0);
        QVERIFY(addNote(*db, dataAt.addSecs(-3600), QStringLiteral("Old note")) > 0);

        BriefingRecord briefing;
        briefing.dataAt = dataAt;
        briefing.createdAt = dataAt.addSecs(1800);
        briefing.createdBy = QStringLiteral("ana");
        briefing.figures = kpiValues(computeKpis(*db, dataAt));
        // A figure the briefing had that has no value now: no change is claimed for it.
        briefing.figures.insert(QStringLiteral("cases7d"), 340);
        QVERIFY(BriefingStore(*db).record(briefing) > 0);
        QCOMPARE(briefing.figures.value(QStringLiteral("alertsOpen")).toDouble(), 1.0);

        // Since then: two alerts raised (one resolved again), one note written.
        const qint64 first = raiseAlert(*db, m_at.addSecs(-7200), QStringLiteral("Occupancy 84 % above 80 %"));
        const qint64 second = raiseAlert(*db, m_at.addSecs(-600), QStringLiteral("ICU beds below 5"),
                                         alerts::Severity::Warning);
        QVERIFY(first > 0 && second > 0);
        QVERIFY(alerts::AlertStore(*db).resolve(first, m_at.addSecs(-3600), 70));
        QVERIFY(addNote(*db, m_at.addSecs(-5400), QStringLiteral("Road closed by flooding")) > 0);

        OverviewPanel panel;
        panel.setDatabase(db.get());
        panel.recompute(m_at);
        QVERIFY(panel.hasBriefing());
        QCOMPARE(panel.briefingCreatedAt(), briefing.createdAt);
        QCOMPARE(panel.briefingDataAt(), dataAt);
        QVERIFY2(panel.briefingText().contains(QStringLiteral("ana")), qPrintable(panel.briefingText()));

        // Open alerts: 1 at the briefing (the old one), 2 now (old + second): +1.
        const OverviewKpiModel &kpis = *panel.kpis();
        QCOMPARE(role(kpis, QStringLiteral("alertsOpen"), OverviewKpiModel::ValueRole), QVariant(2.0));
        QCOMPARE(role(kpis, QStringLiteral("alertsOpen"), OverviewKpiModel::BriefedValueRole), QVariant(1.0));
        QCOMPARE(role(kpis, QStringLiteral("alertsOpen"), OverviewKpiModel::DeltaRole), QVariant(1.0));
        QCOMPARE(role(kpis, QStringLiteral("alertsOpen"), OverviewKpiModel::DeltaTextRole).toString(),
                 QStringLiteral("+1 since the briefing (was 1)"));
        QVERIFY(!role(kpis, QStringLiteral("cases7d"), OverviewKpiModel::DeltaRole).isValid());
        QVERIFY(role(kpis, QStringLiteral("cases7d"), OverviewKpiModel::DeltaTextRole).toString().isEmpty());
        QCOMPARE(panel.changedKpiCount(), 1);

        QCOMPARE(panel.alertsSinceCount(), 2);
        QCOMPARE(panel.alertsSince().size(), 2);
        const QVariantMap newest = panel.alertsSince().first().toMap();
        QCOMPARE(newest.value(QStringLiteral("text")).toString(), QStringLiteral("ICU beds below 5"));
        QCOMPARE(newest.value(QStringLiteral("severityKey")).toString(), QStringLiteral("warning"));
        const QVariantMap older = panel.alertsSince().last().toMap();
        QCOMPARE(older.value(QStringLiteral("id")).toLongLong(), first);
        QCOMPARE(older.value(QStringLiteral("resolved")).toBool(), true);
        QCOMPARE(panel.notesSinceCount(), 1);
        QCOMPARE(panel.notesSince().first().toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Road closed by flooding"));
        QCOMPARE(panel.notesSince().first().toMap().value(QStringLiteral("author")).toString(), QStringLiteral("luis"));

        // Replayed to before the briefing was given: it did not exist yet.
        panel.recompute(briefing.createdAt.addSecs(-60));
        QVERIFY(!panel.hasBriefing());
        QCOMPARE(panel.alertsSinceCount(), 0);
        QCOMPARE(panel.changedKpiCount(), 0);
        QVERIFY(role(kpis, QStringLiteral("alertsOpen"), OverviewKpiModel::DeltaTextRole).toString().isEmpty());

        // Between the first alert and the second: only the first is "since".
        panel.recompute(m_at.addSecs(-3600 * 1.5));
        QVERIFY(panel.hasBriefing());
        QCOMPARE(panel.alertsSinceCount(), 1);
        QCOMPARE(panel.alertsSince().first().toMap().value(QStringLiteral("id")).toLongLong(), first);
        QCOMPARE(panel.alertsSince().first().toMap().value(QStringLiteral("resolved")).toBool(), false);
        QCOMPARE(panel.notesSinceCount(), 1);
    }

    void liveFiguresCountAlertsRaisedWithinTheMinute()
    {
        auto db = openStore();
        QVERIFY(db);
        QVERIFY(raiseAlert(*db, m_at.addSecs(-600), QStringLiteral("Occupancy 90 %")) > 0);
        // Raised 20 s into the live cursor's minute: the alert centre lists it at once (it reads
        // up to the clock), so the open-alerts card counts it at once too.
        QVERIFY(raiseAlert(*db, m_at.addSecs(20), QStringLiteral("Queue at the pharmacy")) > 0);
        OverviewPanel panel;
        panel.setDatabase(db.get());
        panel.setClock([this] { return m_at.addSecs(25); });
        panel.recompute(m_at, true);
        QCOMPARE(role(*panel.kpis(), QStringLiteral("alertsOpen"), OverviewKpiModel::ValueRole), QVariant(2.0));
        // Replaying that minute shows what was known at its start.
        panel.recompute(m_at, false);
        QCOMPARE(role(*panel.kpis(), QStringLiteral("alertsOpen"), OverviewKpiModel::ValueRole), QVariant(1.0));
    }

    void markBriefedRecordsTheFiguresShown()
    {
        auto db = openStore();
        QVERIFY(db);
        QVERIFY(raiseAlert(*db, m_at.addSecs(-600), QStringLiteral("Occupancy 90 %")) > 0);
        OverviewPanel panel;
        panel.setDatabase(db.get());
        panel.setActor(QStringLiteral("marta"));
        // A live cursor stands at the whole minute; the briefing is given 25 s into it.
        panel.setClock([this] { return m_at.addSecs(25); });
        panel.recompute(m_at, true);
        QVERIFY(!panel.hasBriefing());

        QSignalSpy recorded(&panel, &OverviewPanel::briefingRecorded);
        QVERIFY(panel.markBriefed());
        QCOMPARE(recorded.count(), 1);
        // Shown at once, though the cursor's minute began before it.
        QVERIFY(panel.hasBriefing());
        QCOMPARE(panel.briefingCreatedAt(), m_at.addSecs(25));
        QCOMPARE(panel.briefingDataAt(), m_at);
        QVERIFY(panel.markMessage().contains(QStringLiteral("recorded")));
        QCOMPARE(panel.changedKpiCount(), 0);
        QCOMPARE(role(*panel.kpis(), QStringLiteral("alertsOpen"), OverviewKpiModel::DeltaTextRole).toString(),
                 QStringLiteral("Unchanged since the briefing"));

        const std::optional<BriefingRecord> stored = BriefingStore(*db).lastBefore(m_at.addSecs(60));
        QVERIFY(stored);
        QCOMPARE(stored->id, recorded.first().first().toLongLong());
        QCOMPARE(stored->createdBy, QStringLiteral("marta"));
        QCOMPARE(stored->figures, kpiValues(computeKpis(*db, m_at)));

        // A new alert after the briefing shows as a change at the next minute.
        QVERIFY(raiseAlert(*db, m_at.addSecs(40), QStringLiteral("Bench broken")) > 0);
        panel.setClock([this] { return m_at.addSecs(65); });
        panel.recompute(m_at.addSecs(60), true);
        QCOMPARE(panel.alertsSinceCount(), 1);
        QCOMPARE(role(*panel.kpis(), QStringLiteral("alertsOpen"), OverviewKpiModel::DeltaRole), QVariant(1.0));

        // Marked while replaying an earlier moment: recorded, and it says from when it counts.
        panel.recompute(m_at.addSecs(-3600), false);
        QVERIFY(panel.markBriefed());
        QVERIFY2(panel.markMessage().contains(QStringLiteral("counts from")), qPrintable(panel.markMessage()));
        QVERIFY(!panel.hasBriefing()); // none was given by that moment

        // Without a store: refused with a reason.
        OverviewPanel closed;
        QVERIFY(!closed.markBriefed());
        QVERIFY(!closed.markMessage().isEmpty());
    }
};

QTEST_MAIN(TestOverviewPanel)

#include "tst_overviewpanel.moc"
