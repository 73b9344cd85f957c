// Two desktops on one shared PostgreSQL store, as a control room runs them: each a Dashboard with
// its own connection. What one changes through its panels (a service's status, a note), and what
// the ingest service writes (readings), shows on the other within the 2 seconds the issue asks,
// through LISTEN/NOTIFY and nothing polled.
#include "alerts/alertstore.h"
#include "alertspanel.h"
#include "dashboard.h"
#include "demo/democity.h"
#include "feeds/observationwriter.h"
#include "notespanel.h"
#include "pgtestserver.h"
#include "servicespanel.h"
#include "store/database.h"
#include "timecursor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace atalaya;
using namespace Qt::StringLiterals;
using atalaya::test::PgTestServer;

class TestSharedDesktops : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_server;
    QString m_url;
    std::unique_ptr<Dashboard> m_a;
    std::unique_ptr<Dashboard> m_b;

    static bool becomesReady(Dashboard &dashboard)
    {
        dashboard.start();
        return QTest::qWaitFor([&] { return dashboard.isReady() || !dashboard.errorMessage().isEmpty(); }, 60000)
            && dashboard.isReady();
    }

    qint64 firstServiceId()
    {
        Database db;
        if (!db.open(m_url).ok())
            return 0;
        QSqlQuery q(db.connection());
        return q.exec(u"SELECT MIN(id) FROM service_point WHERE geometry IS NULL"_s) && q.next() ? q.value(0).toLongLong() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createDatabase(u"city"_s), qPrintable(m_server.errorString()));
        m_url = m_server.url(u"city"_s);
        // The city is written once, as an administrator would load it; both desktops then open it.
        {
            Database db;
            const Database::OpenResult opened = db.open(m_url);
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            QString error;
            const QDateTime anchor = QDateTime::currentDateTimeUtc().addSecs(-600);
            QVERIFY2(DemoCity::generate(db, {3, anchor}, {}, &error), qPrintable(error));
        }
        m_a = std::make_unique<Dashboard>(m_url, DemoCityOptions{});
        m_b = std::make_unique<Dashboard>(m_url, DemoCityOptions{});
        QVERIFY2(becomesReady(*m_a), qPrintable(m_a->errorMessage()));
        QVERIFY2(becomesReady(*m_b), qPrintable(m_b->errorMessage()));
        // Both on the map page, as two coordinators looking at services.
        m_a->setShownPage(u"map"_s);
        m_b->setShownPage(u"map"_s);
    }

    void cleanupTestCase()
    {
        m_b.reset();
        m_a.reset();
    }

    void aServiceEditedOnOneDesktopShowsOnTheOther()
    {
        const qint64 id = firstServiceId();
        QVERIFY(id > 0);
        m_a->services()->setSelectedId(id);
        m_b->services()->setSelectedId(id);
        const QString before = m_b->services()->selected().value(u"status"_s).toString();
        const QString after = before == u"closed"_s ? u"open"_s : u"closed"_s;

        QElapsedTimer sinceEdit;
        sinceEdit.start();
        QVERIFY2(m_a->services()->setStatus(after), qPrintable(m_a->services()->editErrors().value(u"status"_s).toString()));
        QCOMPARE(m_a->services()->selected().value(u"status"_s).toString(), after);
        QTRY_COMPARE_WITH_TIMEOUT(m_b->services()->selected().value(u"status"_s).toString(), after, 2000);
        qInfo("desktop B showed A's edit %lld ms after it", static_cast<long long>(sinceEdit.elapsed()));
        // B's history of the service names the edit too (the audit log is shared).
        QVERIFY(m_b->services()->history()->rowCount() > 0);

        // And back from B to A.
        QVERIFY(m_b->services()->setStatus(before));
        QTRY_COMPARE_WITH_TIMEOUT(m_a->services()->selected().value(u"status"_s).toString(), before, 2000);
    }

    void aNoteWrittenOnOneDesktopShowsOnTheOther()
    {
        const int before = m_b->notes()->model()->rowCount();
        QVariantMap form = m_a->notes()->newForm(43.46, -3.80, 0);
        form.insert(u"body"_s, u"Water cut on Calle Mayor until 18:00"_s);
        QCOMPARE(m_a->notes()->add(form), QString());
        QTRY_COMPARE_WITH_TIMEOUT(m_b->notes()->model()->rowCount(), before + 1, 2000);
        bool found = false;
        for (int row = 0; row < m_b->notes()->model()->rowCount(); ++row)
            found = found || m_b->notes()->model()->index(row).data(NotesModel::BodyRole).toString().startsWith(u"Water cut"_s);
        QVERIFY(found);
    }

    void readingsTheIngestServiceWritesReachTheCursor()
    {
        // The ingest service: another process, another connection; here its writer.
        Database ingest;
        QVERIFY(ingest.open(m_url).ok());
        QSqlQuery sensor(ingest.connection());
        QVERIFY(sensor.exec(u"SELECT provider, code FROM sensor ORDER BY id LIMIT 1"_s) && sensor.next());
        const QDateTime latestBefore = m_b->timeCursor()->latest();
        QVERIFY(latestBefore.isValid());
        const qint64 next = latestBefore.toSecsSinceEpoch() + 60;
        feeds::ObservationWriter writer(ingest);
        const auto written = writer.write({{sensor.value(0).toString(), sensor.value(1).toString(), next, 42.0}});
        QVERIFY2(written.ok(), qPrintable(written.error));
        QCOMPARE(written.stored, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_b->timeCursor()->latest().toSecsSinceEpoch(), next, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(m_a->timeCursor()->latest().toSecsSinceEpoch(), next, 2000);
    }

    void anAlertTheIngestServiceRaisesIsAnnounced()
    {
        QSignalSpy announced(m_b->alerts(), &AlertsPanel::newAlert);
        Database ingest;
        QVERIFY(ingest.open(m_url).ok());
        alerts::AlertStore store(ingest);
        alerts::AlertRecord alert;
        alert.ruleId = u"shared-desktops"_s;
        alert.ruleName = u"Beach full"_s;
        alert.severity = alerts::Severity::Critical;
        alert.subjectKey = u"site:1"_s;
        alert.subjectName = u"Playa Norte"_s;
        alert.message = u"Occupancy 96 % above 90 %"_s;
        alert.raisedAt = QDateTime::currentDateTimeUtc();
        const qint64 id = store.raise(alert);
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 1, 2000);
        QCOMPARE(announced.at(0).at(0).toLongLong(), id);
        QCOMPARE(announced.at(0).at(1).toString(), u"critical"_s);
        QVERIFY(announced.at(0).at(3).toString().contains(u"Playa Norte"_s));
        // Each once: another change to the alert table announces nothing new.
        QVERIFY(store.resolve(id, QDateTime::currentDateTimeUtc(), std::nullopt));
        QTest::qWait(500);
        QCOMPARE(announced.size(), 1);
    }

    // Last: the server goes away under both desktops and comes back.
    void desktopsSayTheServerIsGoneAndFollowAgainWhenItIsBack()
    {
        const int services = m_b->services()->serviceCount();
        QVERIFY(services > 0);
        QVERIFY(m_b->storeStatus().isEmpty());
        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        // Noticed by the next check of the server (every 5 s), said in the status bar.
        QTRY_VERIFY_WITH_TIMEOUT(!m_b->storeStatus().isEmpty(), 8000);
        QVERIFY2(m_b->storeStatus().contains(u"unreachable"_s), qPrintable(m_b->storeStatus()));
        // The pages keep what they showed: no emptied map while the server is away.
        m_b->timeCursor()->setMoment(m_b->timeCursor()->latest());
        QCOMPARE(m_b->services()->serviceCount(), services);

        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_b->storeStatus().isEmpty() && m_a->storeStatus().isEmpty(), 20000);
        QVERIFY(m_b->followingChanges());
        QCOMPARE(m_b->services()->serviceCount(), services);

        // Following each other again.
        const qint64 id = firstServiceId();
        m_a->services()->setSelectedId(id);
        m_b->services()->setSelectedId(id);
        const QString status = m_b->services()->selected().value(u"status"_s).toString() == u"closed"_s ? u"open"_s : u"closed"_s;
        QVERIFY2(m_a->services()->setStatus(status), qPrintable(m_a->services()->editErrors().value(u"status"_s).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(m_b->services()->selected().value(u"status"_s).toString(), status, 2000);
    }
};

QTEST_MAIN(TestSharedDesktops)
#include "tst_shareddesktops.moc"
