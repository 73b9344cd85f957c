// The Feeds page driven like a person would: the real Main.qml offscreen on a demo city, with the
// feed engine on its worker thread reading the in-process feed simulator over loopback HTTP.
// Checks what the screen says against the store and the feeds file.
#include "appsettings.h"
#include "dashboard.h"
#include "feedsmodel.h"
#include "feedspanel.h"
#include "feedsimulator.h"
#include "pagedriver.h"
#include "store/database.h"
#include "timecursor.h"

#include <QApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(AtalayaPlugin)

using namespace atalaya;
using namespace Qt::StringLiterals;

namespace {
const QString kFeed = u"sim-sentilo"_s;
constexpr int kWait = 20000; // ms: a few feed cadences and retries, with room for a busy machine
}

class TestFeedsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Dashboard> m_dashboard;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<Database> m_db; // the test's own look at the store
    std::unique_ptr<feedsim::FeedSimulator> m_sim;
    QQuickWindow *m_window = nullptr;
    PageDriver m_driver;
    QDateTime m_anchor;

    FeedsPanel *panel() const { return m_dashboard->feeds(); }
    QString feedsFile() const { return m_dir.filePath(u"feeds.json"_s); }

    QQuickItem *item(const QString &name) const { return m_driver.item(name); }
    QQuickItem *visibleItem(const QString &name) const { return m_driver.visibleItem(name); }
    void click(QQuickItem *target) { m_driver.click(target); }
    QString textOf(const QString &name) const
    {
        QQuickItem *found = visibleItem(name);
        return found ? found->property("text").toString() : QString();
    }
    QString state(const QString &id = kFeed) const
    {
        const int row = panel()->model()->rowOf(id);
        return row < 0 ? QString() : FeedsModel::stateKey(panel()->model()->statusAt(row).state);
    }
    qint64 stored(const QString &id = kFeed) const
    {
        const int row = panel()->model()->rowOf(id);
        return row < 0 ? -1 : panel()->model()->statusAt(row).stored;
    }
    qint64 storeCount(const QString &sql) const
    {
        QSqlQuery q = m_db->prepare(sql);
        return Database::exec(q) && q.next() ? q.value(0).toLongLong() : -1;
    }

    QByteArray simFeed(const QString &id) const
    {
        return u"{\"id\":\"%1\",\"name\":\"Simulated Sentilo\",\"kind\":\"sentilo\",\"url\":\"%2\",\"provider\":\"demo\","
               "\"identityKey\":\"test-key\",\"cadenceSeconds\":1,\"catchUpSeconds\":120,"
               "\"retry\":{\"baseMs\":100,\"capSeconds\":1,\"maxRetries\":1}}"_s
            .arg(id, m_sim->baseUrl().toString())
            .toUtf8();
    }
    void writeFile(const QByteArray &json)
    {
        QFile file(feedsFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
    }
    void loadGoodFile()
    {
        writeFile("{\"version\":1,\"feeds\":[" + simFeed(kFeed) + "]}");
        panel()->setFilePath(feedsFile());
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"live"_s, kWait);
    }
    /** Types into a field of the feed form (found by its key) and leaves it. */
    void typeField(const QString &key, const QString &text)
    {
        QQuickItem *field = visibleItem(u"feedField_"_s + key);
        QVERIFY2(field, qPrintable(key));
        m_driver.typeInto(field, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AtalayaTest"_s);
        QCoreApplication::setApplicationName(u"AtalayaFeedsPage"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));

        m_settings = std::make_unique<AppSettings>();
        m_settings->setPersistent(false);
        m_settings->setPage(u"feeds"_s);
        AppSettings::setInstance(m_settings.get());

        // The city's history ends a few minutes ago, so the simulator's readings continue it.
        m_anchor = QDateTime::currentDateTimeUtc().addSecs(-300);
        const QString dbPath = m_dir.filePath(u"city.db"_s);
        m_dashboard = std::make_unique<Dashboard>(dbPath, DemoCityOptions{5, m_anchor});
        Dashboard::setInstance(m_dashboard.get());

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->loadFromModule("Atalaya", "Main");
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_driver.window = m_window;
        m_window->resize(1600, 1000);
        m_dashboard->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->isReady() || !m_dashboard->errorMessage().isEmpty(), 240000);
        QVERIFY2(m_dashboard->errorMessage().isEmpty(), qPrintable(m_dashboard->errorMessage()));
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(visibleItem(u"feedsPage"_s));
        QVERIFY(panel()->isRunning());

        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(dbPath).ok());
        m_sim = std::make_unique<feedsim::FeedSimulator>(feedsim::FeedSimulator::sitesFromStore(*m_db));
        QVERIFY(m_sim->listen(0));
        m_sim->setCadenceSeconds(1);

        // Without a file the page says how to get feeds.
        QVERIFY(visibleItem(u"feedsEmpty"_s));
        QVERIFY(!visibleItem(u"statusFeeds"_s));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        Dashboard::setInstance(nullptr);
        m_dashboard.reset(); // stops the engine thread, after it wrote its buffer
        m_sim.reset();
        m_db.reset();
        AppSettings::setInstance(nullptr);
        m_settings.reset();
    }

    void cleanup()
    {
        // A test that failed half-way leaves no fault behind for the next.
        m_sim->setFault(feedsim::Fault::None);
    }

    void feedGoesLiveAndReadingsArrive()
    {
        // A replayed cursor stays where it is while live readings extend the range.
        const QDateTime replayed = m_anchor.addSecs(-3600);
        m_dashboard->timeCursor()->setMoment(replayed);
        const QDateTime latestBefore = m_dashboard->timeCursor()->latest();
        const qint64 before = storeCount(u"SELECT COUNT(*) FROM observation o JOIN sensor s ON s.id = o.sensor_id"
                                         " WHERE s.provider = 'demo' AND o.observed_at > %1"_s.arg(m_anchor.toSecsSinceEpoch()));
        QCOMPARE(before, 0);

        loadGoodFile();
        QVERIFY(!visibleItem(u"feedsEmpty"_s));
        QTRY_COMPARE_WITH_TIMEOUT(textOf(u"feedState_"_s + kFeed), u"Live"_s, kWait);
        QCOMPARE(item(u"feedMarker_"_s + kFeed)->property("text").toString(), u"●"_s);

        // Readings reach the store, and the page and the status bar say so without anyone asking.
        QTRY_VERIFY_WITH_TIMEOUT(stored() > 0, kWait);
        const qint64 after = storeCount(u"SELECT COUNT(*) FROM observation o JOIN sensor s ON s.id = o.sensor_id"
                                        " WHERE s.provider = 'demo' AND o.observed_at > %1"_s.arg(m_anchor.toSecsSinceEpoch()));
        QVERIFY2(after > 0, qPrintable(QString::number(after)));
        const qint64 shown = stored();
        QTRY_VERIFY_WITH_TIMEOUT(stored() > shown, kWait); // they keep coming
        QTRY_VERIFY_WITH_TIMEOUT(textOf(u"feedFigures_"_s + kFeed).contains(u"stored "_s + QLocale().toString(stored())), kWait);
        QVERIFY2(!textOf(u"feedFigures_"_s + kFeed).contains(u"No reading yet"_s), qPrintable(textOf(u"feedFigures_"_s + kFeed)));
        QTRY_COMPARE_WITH_TIMEOUT(textOf(u"statusFeeds"_s), u"● Feeds: 1 live"_s, kWait);

        QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->timeCursor()->latest() > latestBefore, kWait);
        QVERIFY(m_dashboard->timeCursor()->latest() > m_anchor);
        QCOMPARE(m_dashboard->timeCursor()->time(), replayed);
        QVERIFY(!m_dashboard->timeCursor()->isLive());
        m_dashboard->timeCursor()->goLive();
    }

    void faultShowsFailingThenStale()
    {
        loadGoodFile();
        m_sim->setFault(feedsim::Fault::ServerError);
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"failing"_s, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(textOf(u"feedState_"_s + kFeed), u"Failing"_s, kWait);
        const QString error = textOf(u"feedError_"_s + kFeed);
        QVERIFY2(error.startsWith(u"Last error: "_s) && error.contains(u"503"_s), qPrintable(error));
        QVERIFY2(textOf(u"statusFeeds"_s).contains(u"1 failing"_s), qPrintable(textOf(u"statusFeeds"_s)));
        QCOMPARE(item(u"feedMarker_"_s + kFeed)->property("text").toString(), u"■"_s);

        m_sim->setFault(feedsim::Fault::None);
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"live"_s, kWait);

        // Silent: the source answers, with nothing new. Stale since the last reading's time.
        m_sim->setFault(feedsim::Fault::Silent);
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"stale"_s, kWait);
        const int row = panel()->model()->rowOf(kFeed);
        const QString since = FeedsModel::clockText(panel()->model()->statusAt(row).lastReadingAt);
        QTRY_COMPARE_WITH_TIMEOUT(textOf(u"feedState_"_s + kFeed), u"Stale since "_s + since, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(textOf(u"statusFeeds"_s), u"▲ Feeds: 1 stale since "_s + since, kWait);

        m_sim->setFault(feedsim::Fault::None);
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"live"_s, kWait);
    }

    void pauseAndResume()
    {
        loadGoodFile();
        click(visibleItem(u"pauseFeed_"_s + kFeed));
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"paused"_s, kWait);
        QTRY_COMPARE(textOf(u"feedState_"_s + kFeed), u"Paused"_s);
        QTRY_VERIFY(visibleItem(u"resumeFeed_"_s + kFeed));
        QVERIFY(!visibleItem(u"pollFeed_"_s + kFeed)->isEnabled());
        // Nothing is fetched while paused.
        const qint64 pausedAt = stored();
        QTest::qWait(2500);
        QCOMPARE(stored(), pausedAt);

        click(visibleItem(u"resumeFeed_"_s + kFeed));
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"live"_s, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(stored() > pausedAt, kWait);

        // Poll now asks at once: the request log grows by a data request.
        const qsizetype requests = m_sim->requestLog().size();
        click(visibleItem(u"pollFeed_"_s + kFeed));
        QTRY_VERIFY_WITH_TIMEOUT(m_sim->requestLog().size() > requests, kWait);
    }

    void addEditRemoveWritesTheFile()
    {
        loadGoodFile();
        click(visibleItem(u"addFeed"_s));
        QTRY_VERIFY(visibleItem(u"feedSave"_s));
        QTRY_VERIFY(visibleItem(u"feedField_id"_s));

        // A provider is required, and a cadence must be a number: said beside each field.
        typeField(u"id"_s, u"second"_s);
        typeField(u"url"_s, m_sim->baseUrl().toString());
        typeField(u"cadenceSeconds"_s, u"fast"_s);
        click(visibleItem(u"feedSave"_s));
        QTRY_VERIFY(visibleItem(u"feedError_provider"_s));
        QVERIFY2(textOf(u"feedError_provider"_s).contains(u"required"_s), qPrintable(textOf(u"feedError_provider"_s)));
        QVERIFY2(textOf(u"feedError_cadenceSeconds"_s).contains(u"fast"_s), qPrintable(textOf(u"feedError_cadenceSeconds"_s)));
        QCOMPARE(feeds::loadFeedsFile(feedsFile()).feeds.size(), 1); // nothing written

        typeField(u"provider"_s, u"demo"_s);
        typeField(u"identityKey"_s, u"abc"_s);
        typeField(u"cadenceSeconds"_s, u"5"_s);
        click(visibleItem(u"feedSave"_s));
        QTRY_VERIFY(!visibleItem(u"feedSave"_s));
        feeds::FeedsFile file = feeds::loadFeedsFile(feedsFile());
        QCOMPARE(file.feeds.size(), 2);
        QCOMPARE(file.feeds.at(1).id, u"second"_s);
        QCOMPARE(file.feeds.at(1).provider, u"demo"_s);
        QCOMPARE(file.feeds.at(1).cadenceSeconds, 5);
        QCOMPARE(file.feeds.at(1).url, m_sim->baseUrl());
        QTRY_VERIFY(visibleItem(u"feedRow_second"_s));
        QTRY_COMPARE_WITH_TIMEOUT(state(u"second"_s), u"live"_s, kWait);

        // Edit: the form holds the feed; a new name is written, the rest kept.
        click(visibleItem(u"editFeed_second"_s));
        QTRY_VERIFY(visibleItem(u"feedSave"_s));
        QCOMPARE(visibleItem(u"feedField_provider"_s)->property("text").toString(), u"demo"_s);
        typeField(u"name"_s, u"Beach counters"_s);
        click(visibleItem(u"feedSave"_s));
        QTRY_VERIFY(!visibleItem(u"feedSave"_s));
        file = feeds::loadFeedsFile(feedsFile());
        QCOMPARE(file.feeds.size(), 2);
        QCOMPARE(file.feeds.at(1).name, u"Beach counters"_s);
        QCOMPARE(file.feeds.at(1).cadenceSeconds, 5);
        QCOMPARE(file.feeds.at(1).identityKey, u"abc"_s);
        QTRY_COMPARE(textOf(u"feedName_second"_s), u"Beach counters"_s);

        // Remove, after a confirmation.
        click(visibleItem(u"removeFeed_second"_s));
        QTRY_VERIFY(visibleItem(u"feedRemoveConfirmButton"_s));
        click(visibleItem(u"feedRemoveConfirmButton"_s));
        QTRY_VERIFY(!visibleItem(u"feedRow_second"_s));
        file = feeds::loadFeedsFile(feedsFile());
        QCOMPARE(file.feeds.size(), 1);
        QCOMPARE(file.feeds.at(0).id, kFeed);
    }

    void badFileShowsProblems()
    {
        // One sound feed, one with a cadence that is not a number, one of an unknown kind.
        writeFile("{\"version\":1,\"feeds\":[" + simFeed(kFeed)
                  + ",{\"id\":\"slow\",\"kind\":\"sentilo\",\"url\":\"http://127.0.0.1:1\",\"provider\":\"x\",\"cadenceSeconds\":\"fast\"}"
                    ",{\"id\":\"mq\",\"kind\":\"mqtt\"}]}");
        panel()->setFilePath(feedsFile());
        QTRY_VERIFY(visibleItem(u"feedProblems"_s));
        QCOMPARE(panel()->problems().size(), 2);
        const QString first = textOf(u"feedProblem_0"_s);
        QVERIFY2(first.contains(u"slow"_s) && first.contains(u"cadenceSeconds"_s) && first.contains(u"fast"_s), qPrintable(first));
        const QString second = textOf(u"feedProblem_1"_s);
        QVERIFY2(second.contains(u"kind"_s) && second.contains(u"mqtt"_s), qPrintable(second));
        // The good feed runs all the same.
        QTRY_COMPARE_WITH_TIMEOUT(state(), u"live"_s, kWait);
        QCOMPARE(panel()->model()->rowCount(), 1);

        // Not JSON at all: refused as a whole, with where it broke; nothing crashes.
        writeFile("{\"feeds\": [ {\"id\": ");
        panel()->setFilePath(feedsFile());
        QTRY_VERIFY(visibleItem(u"feedProblems"_s));
        QVERIFY2(!panel()->fileError().isEmpty(), "no error for a broken file");
        QCOMPARE(panel()->model()->rowCount(), 0);
        QTRY_VERIFY(visibleItem(u"feedsEmpty"_s));

        loadGoodFile();
        QTRY_VERIFY(!visibleItem(u"feedProblems"_s));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // One line per request at debug level would drown what the test says.
    QLoggingCategory::setFilterRules(u"atalaya.feeds.debug=false"_s);
    TestFeedsPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_feedspage.moc"
