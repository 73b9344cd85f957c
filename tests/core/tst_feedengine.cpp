#include "feeds/connector.h"
#include "feeds/feedengine.h"
#include "feeds/ngsiconnector.h"
#include "feeds/sentilo.h"
#include "feedsimulator.h"
#include "store/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUrlQuery>

#include <ctime>
#include <memory>

using namespace atalaya;
using namespace atalaya::feeds;
using atalaya::feedsim::Fault;
using atalaya::feedsim::FeedSimulator;
using atalaya::feedsim::SimSite;
using namespace Qt::StringLiterals;

// Every test drives one clock shared by the simulator and the engine, so hours of feed time pass
// in milliseconds; only retries and timeouts take real time, and their policies here are short.
namespace {

// A Saturday afternoon in July, on the minute grid.
const qint64 kT0 = QDateTime(QDate(2026, 7, 18), QTime(16, 0), QTimeZone::UTC).toSecsSinceEpoch();
const QString kKey = u"test-key"_s;

QList<SimSite> testSites()
{
    return {
        {u"playa"_s, u"Playa del Sardinero"_s, u"beach"_s, 43.4720, -3.7830, 3000},
        {u"parking"_s, u"Aparcamiento Centro"_s, u"car_park"_s, 43.4610, -3.8100, 400},
        {u"plaza"_s, u"Plaza Porticada"_s, u"square"_s, 43.4630, -3.8000, 1000},
        {u"estacion"_s, u"Estación"_s, u"station"_s, 43.4580, -3.8200, 1500},
        {u"mercado"_s, u"Mercado de la Esperanza"_s, u"market"_s, 43.4600, -3.8150, 800},
    };
}

// The store's sensor code and the attribute an NGSI entity of each kind reports people in.
QString ngsiSensor(const SimSite &site)
{
    if (site.kind == u"beach"_s)
        return u"urn:ngsi-ld:Beach:%1#peopleOccupancy"_s.arg(site.code);
    if (site.kind == u"car_park"_s)
        return u"urn:ngsi-ld:OffStreetParking:%1#occupiedSpotNumber"_s.arg(site.code);
    if (site.kind == u"square"_s || site.kind == u"station"_s)
        return u"urn:ngsi-ld:CrowdFlowObserved:%1#peopleCount"_s.arg(site.code);
    return u"urn:ngsi-ld:PointOfInterest:%1#occupancy"_s.arg(site.code);
}

struct Rig {
    qint64 clock = kT0;
    Database db;
    std::unique_ptr<FeedSimulator> sim;
    std::unique_ptr<FeedEngine> engine;
    QList<SimSite> sites = testSites();

    Rig()
    {
        if (!db.openInMemory().ok())
            qFatal("cannot open an in-memory store");
        sim = std::make_unique<FeedSimulator>(sites);
        sim->setClock([this] { return clock; });
        sim->setIdentityKey(kKey);
        sim->setCadenceSeconds(60);
        if (!sim->listen())
            qFatal("the simulator cannot listen: %s", qPrintable(sim->errorString()));
        engine = std::make_unique<FeedEngine>(db);
        engine->setClock([this] { return clock; });
        engine->setFlushIntervalMs(20);
    }

    FeedConfig sentilo() const
    {
        FeedConfig f;
        f.id = u"sentilo"_s;
        f.name = u"Sentilo"_s;
        f.kind = FeedConfig::Kind::Sentilo;
        f.url = sim->baseUrl();
        f.provider = sim->sentiloProvider();
        f.identityKey = kKey;
        f.cadenceSeconds = 60;
        f.timeoutSeconds = 2;
        f.catchUpSeconds = 600;
        f.retry = {50, 1, 1};
        return f;
    }

    FeedConfig ngsi() const
    {
        FeedConfig f;
        f.id = u"orion"_s;
        f.name = u"Orion"_s;
        f.kind = FeedConfig::Kind::Ngsi;
        f.url = sim->baseUrl();
        f.fiwareService = u"santander"_s;
        f.fiwareServicePath = u"/"_s;
        f.cadenceSeconds = 60;
        f.timeoutSeconds = 2;
        f.retry = {50, 1, 1};
        return f;
    }

    FeedStatus status(const QString &id) const { return engine->status(id); }

    /** The feed has finished its attempt and everything it read is in the store. */
    bool settled(const QString &id) const
    {
        const Connector *c = engine->connector(id);
        return c && !c->attemptUnderWay() && engine->bufferedReadings() == 0;
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q = db.prepare(sql);
        return Database::exec(q) && q.next() ? q.value(0).toLongLong() : -1;
    }

    /** observed_at -> value of one sensor, in [from, to]. */
    QMap<qint64, double> series(const QString &provider, const QString &code, qint64 from, qint64 to) const
    {
        QSqlQuery q = db.prepare(u"SELECT o.observed_at, o.value FROM observation o JOIN sensor s ON s.id = o.sensor_id"
                                 " WHERE s.provider = ? AND s.code = ? AND o.observed_at BETWEEN ? AND ?"
                                 " ORDER BY o.observed_at"_s);
        q.addBindValue(provider);
        q.addBindValue(code);
        q.addBindValue(from);
        q.addBindValue(to);
        QMap<qint64, double> out;
        if (Database::exec(q)) {
            while (q.next())
                out.insert(q.value(0).toLongLong(), q.value(1).toDouble());
        }
        return out;
    }

    /** Nothing lost, nothing doubled: every grid instant of [from, to] is stored exactly once,
     *  with the simulator's value, and nothing else is stored in that span. */
    QString gridProblem(const QString &provider, const std::function<QString(const SimSite &)> &code, qint64 from,
                        qint64 to) const
    {
        const QList<qint64> instants = sim->instantsBetween(from, to);
        for (const SimSite &site : sites) {
            const QMap<qint64, double> stored = series(provider, code(site), from, to);
            if (stored.size() != instants.size())
                return u"%1: %2 readings stored in [%3, %4], %5 expected"_s.arg(code(site)).arg(stored.size())
                    .arg(from).arg(to).arg(instants.size());
            for (const qint64 at : instants) {
                if (!stored.contains(at))
                    return u"%1: nothing stored at %2"_s.arg(code(site)).arg(at);
                if (stored.value(at) != sim->valueAt(site.code, at))
                    return u"%1 at %2: %3 stored, %4 served"_s.arg(code(site)).arg(at).arg(stored.value(at))
                        .arg(sim->valueAt(site.code, at));
            }
        }
        return {};
    }

    QString sentiloGridProblem(qint64 from, qint64 to) const
    {
        return gridProblem(sim->sentiloProvider(), [](const SimSite &s) { return FeedSimulator::sensorCode(s.code); },
                           from, to);
    }

    /** The simulator's request log from index `since`, only the requests whose path starts with prefix. */
    QList<QUrl> requests(const QString &prefix, qsizetype since = 0) const
    {
        QList<QUrl> out;
        const QStringList log = sim->requestLog();
        for (qsizetype i = since; i < log.size(); ++i) {
            if (log[i].startsWith(prefix))
                out.append(QUrl(u"http://x"_s + log[i]));
        }
        return out;
    }
};

qint64 queryInstant(const QUrl &url, const QString &key)
{
    const auto at = sentilo::parseTimestamp(QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded));
    return at ? *at : -1;
}

/** Fixed answers on loopback, by path: bodies and the status set by the test. */
struct FixtureServer {
    QHttpServer http;
    QTcpServer *tcp = new QTcpServer(&http);
    QHash<QString, QByteArray> bodies;
    int status = 200;

    bool start()
    {
        http.setMissingHandler(&http, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            const auto it = bodies.constFind(request.url().path());
            if (it == bodies.cend())
                responder.sendResponse(QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound));
            else
                responder.sendResponse(QHttpServerResponse("text/plain"_ba, *it, QHttpServerResponse::StatusCode(status)));
        });
        return tcp->listen(QHostAddress::LocalHost) && http.bind(tcp);
    }
    QUrl url(const QString &path = {}) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(tcp->serverPort()).arg(path)); }
};

QByteArray fixture(const QString &name)
{
    QFile file(QFINDTESTDATA(u"../data/formats/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(data) == data.size();
}

} // namespace

class TestFeedEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void backoffIsExponentialWithFullJitterAndCap();
    void sentiloHappyPath();
    void sentiloPagesBackUntilTheGapIsFilled();
    void sentiloListedSensorsAreAskedOneByOne();
    void sentiloFaultsFailInWordsAndRecover_data();
    void sentiloFaultsFailInWordsAndRecover();
    void silentSourceTurnsStaleThenCatchesUp();
    void catchUpAfterOutageEvenWhenInterrupted();
    void ngsiPollsPageByPage_data();
    void ngsiPollsPageByPage();
    void ngsiNotificationsBurstIsBufferedNotLost();
    void httpMappedFormatsAndZones_data();
    void httpMappedFormatsAndZones();
    void publishedPayloadsThroughTheConnectors();
    void watchedFolder();
    void aStoreThatRefusesShowsOnTheFeed();
    void pauseAndResume();
    void changedConfigurationRestartsTheFeed();
    void runsInAWorkerThread();
};

void TestFeedEngine::initTestCase()
{
    // A local zone far from UTC (and not a whole hour away): any instant read or written in
    // local time instead of UTC shows up as a wrong reading.
    qputenv("TZ", "Asia/Kathmandu");
    tzset();
    QVERIFY(QDateTime::fromSecsSinceEpoch(kT0).offsetFromUtc() == 5 * 3600 + 45 * 60);
}

void TestFeedEngine::backoffIsExponentialWithFullJitterAndCap()
{
    const RetryPolicy policy{1000, 10, 3};
    QCOMPARE(Connector::backoffMs(policy, 1, 1.0), 1000);
    QCOMPARE(Connector::backoffMs(policy, 2, 1.0), 2000);
    QCOMPARE(Connector::backoffMs(policy, 4, 1.0), 8000);
    QCOMPARE(Connector::backoffMs(policy, 5, 1.0), 10000); // capped
    QCOMPARE(Connector::backoffMs(policy, 50, 1.0), 10000);
    QCOMPARE(Connector::backoffMs(policy, 3, 0.25), 1000); // full jitter: anywhere in [0, ceiling]
    QCOMPARE(Connector::backoffMs(policy, 1, 0.0), 10);    // but never a busy loop
}

void TestFeedEngine::sentiloHappyPath()
{
    Rig rig;
    QSignalSpy stored(rig.engine.get(), &FeedEngine::readingsStored);
    rig.engine->setFeeds({rig.sentilo()});
    QTRY_COMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Live);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));

    // Nothing stored yet: the first poll fetches the last catchUpSeconds.
    const QString grid = rig.sentiloGridProblem(kT0 - 600, kT0);
    QVERIFY2(grid.isEmpty(), qPrintable(grid));
    FeedStatus status = rig.status(u"sentilo"_s);
    QCOMPARE(status.stored, 11 * rig.sites.size());
    QCOMPARE(status.duplicates, 0);
    QCOMPARE(status.malformed, 0);
    QCOMPARE(status.problems, 0);
    QCOMPARE(status.lastReadingAt, kT0);
    QCOMPARE(status.lastSuccessAt, kT0);
    QCOMPARE(status.nextAttemptAt, kT0 + 60);
    QCOMPARE(status.lastError, QString());
    QCOMPARE(status.kind, u"sentilo"_s);

    // The catalogue first, then the data with from/to/limit in Sentilo's UTC format, although
    // the local zone is five and three quarter hours ahead.
    QCOMPARE(rig.sim->requestLog().value(0), u"/catalog"_s);
    const QList<QUrl> data = rig.requests(u"/data/"_s);
    QCOMPARE(data.size(), 1);
    QCOMPARE(data[0].path(), u"/data/demo"_s);
    QCOMPARE(QUrlQuery(data[0]).queryItemValue(u"from"_s, QUrl::FullyDecoded), u"18/07/2026T15:50:00"_s);
    QCOMPARE(QUrlQuery(data[0]).queryItemValue(u"to"_s, QUrl::FullyDecoded), u"18/07/2026T16:00:00"_s);
    QCOMPARE(QUrlQuery(data[0]).queryItemValue(u"limit"_s), u"100"_s);

    // What each sensor measures comes from the catalogue.
    QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM sensor WHERE provider = 'demo' AND code = 'occ-parking'"
                        " AND type = 'occupied_spots'"_s), 1);
    QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM sensor WHERE provider = 'demo' AND type = 'people_count'"_s), 4);

    QVERIFY(stored.count() >= 1);
    QCOMPARE(stored.last().at(1).toLongLong(), kT0);
    QCOMPARE(stored.last().at(0).value<QList<qint64>>().size(), rig.sites.size());

    // Three minutes later: only what is new is asked for, from the second after the last one stored.
    rig.clock += 180;
    rig.engine->pollNow(u"sentilo"_s);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));
    const QList<QUrl> next = rig.requests(u"/data/"_s);
    QCOMPARE(next.size(), 2);
    QCOMPARE(queryInstant(next[1], u"from"_s), kT0 + 1);
    QCOMPARE(queryInstant(next[1], u"to"_s), kT0 + 180);
    const QString after = rig.sentiloGridProblem(kT0 - 600, kT0 + 180);
    QVERIFY2(after.isEmpty(), qPrintable(after));
    status = rig.status(u"sentilo"_s);
    QCOMPARE(status.stored, 14 * rig.sites.size());
    QCOMPARE(status.duplicates, 0);
    QCOMPARE(status.lastReadingAt, kT0 + 180);
    QCOMPARE(stored.last().at(1).toLongLong(), kT0 + 180);
}

void TestFeedEngine::sentiloPagesBackUntilTheGapIsFilled()
{
    Rig rig;
    FeedConfig feed = rig.sentilo();
    feed.catchUpSeconds = 3600; // 61 instants per sensor
    feed.limit = 25;
    rig.engine->setFeeds({feed});
    QTRY_COMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Live);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));

    // Newest first, 25 at a time: [T0-3600, T0], then before the oldest received, and so on.
    const QList<QUrl> pages = rig.requests(u"/data/"_s);
    QCOMPARE(pages.size(), 3);
    for (const QUrl &page : pages) {
        QCOMPARE(queryInstant(page, u"from"_s), kT0 - 3600);
        QCOMPARE(QUrlQuery(page).queryItemValue(u"limit"_s), u"25"_s);
    }
    QCOMPARE(queryInstant(pages[0], u"to"_s), kT0);
    QCOMPARE(queryInstant(pages[1], u"to"_s), kT0 - 24 * 60 - 1);
    QCOMPARE(queryInstant(pages[2], u"to"_s), kT0 - 49 * 60 - 1);

    const QString grid = rig.sentiloGridProblem(kT0 - 3600, kT0);
    QVERIFY2(grid.isEmpty(), qPrintable(grid));
    QCOMPARE(rig.status(u"sentilo"_s).stored, 61 * rig.sites.size());
    QCOMPARE(rig.status(u"sentilo"_s).duplicates, 0);
}

void TestFeedEngine::sentiloListedSensorsAreAskedOneByOne()
{
    Rig rig;
    FeedConfig feed = rig.sentilo();
    feed.sensors = {u"occ-playa"_s, u"occ-parking"_s};
    feed.limit = 4; // 11 instants: pages of 4, 4 and 3 per sensor
    rig.engine->setFeeds({feed});
    QTRY_COMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Live);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));

    QCOMPARE(rig.requests(u"/data/demo/occ-playa"_s).size(), 3);
    QCOMPARE(rig.requests(u"/data/demo/occ-parking"_s).size(), 3);
    QCOMPARE(rig.requests(u"/data/"_s).size(), 6);
    QCOMPARE(rig.scalar(u"SELECT COUNT(DISTINCT sensor_id) FROM observation"_s), 2);
    QCOMPARE(rig.series(u"demo"_s, u"occ-playa"_s, 0, kT0).size(), 11);
    QCOMPARE(rig.series(u"demo"_s, u"occ-parking"_s, 0, kT0).size(), 11);
    for (const qint64 at : rig.sim->instantsBetween(kT0 - 600, kT0))
        QCOMPARE(rig.series(u"demo"_s, u"occ-parking"_s, at, at).value(at), rig.sim->valueAt(u"parking"_s, at));
    // Only the listed sensors are described from the catalogue.
    QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM sensor"_s), 2);

    rig.clock += 60;
    rig.engine->pollNow(u"sentilo"_s);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));
    const QList<QUrl> playa = rig.requests(u"/data/demo/occ-playa"_s);
    QCOMPARE(queryInstant(playa.last(), u"from"_s), kT0 + 1);
    QCOMPARE(rig.status(u"sentilo"_s).stored, 24);
    QCOMPARE(rig.status(u"sentilo"_s).duplicates, 0);
}

void TestFeedEngine::sentiloFaultsFailInWordsAndRecover_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("error"); // a regular expression; %1 is the simulator's port
    QTest::addColumn<bool>("malformed");

    QTest::newRow("server error")
        << Fault::ServerError
        << u"^HTTP 503 from http://127\\.0\\.0\\.1:%1/data/demo: Service unavailable \\(simulated fault\\)$"_s << false;
    QTest::newRow("dropped connection")
        << Fault::DropConnections << u"^http://127\\.0\\.0\\.1:%1/data/demo closed the connection without answering$"_s
        << false;
    QTest::newRow("garbage") << Fault::Garbage << u"^Unreadable answer from http://127\\.0\\.0\\.1:%1/data/demo: .+"_s
                             << true;
    QTest::newRow("delay beyond the timeout")
        << Fault::Delay << u"^No answer from http://127\\.0\\.0\\.1:%1/data/demo within 0\\.3 s \\(timed out\\)$"_s
        << false;
}

void TestFeedEngine::sentiloFaultsFailInWordsAndRecover()
{
    QFETCH(Fault, fault);
    QFETCH(QString, error);
    QFETCH(bool, malformed);

    Rig rig;
    FeedConfig feed = rig.sentilo();
    feed.timeoutSeconds = 0.3;
    rig.engine->setFeeds({feed});
    QTRY_COMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Live);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));

    if (malformed) // logged with where it broke
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"feed sentilo malformed payload from http://127.0.0.1:\\d+/data/demo: .+\\(skipped\\)"_s));
    rig.sim->setFault(fault, 1500);
    rig.clock += 300;
    rig.engine->pollNow(u"sentilo"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"sentilo"_s).state, FeedStatus::State::Failing, 10000);
    FeedStatus status = rig.status(u"sentilo"_s);
    const QRegularExpression expected(error.arg(rig.sim->port()));
    QVERIFY2(expected.match(status.lastError).hasMatch(), qPrintable(status.lastError));
    QVERIFY(status.retries >= 2); // maxRetries 1: failing after the retry failed too
    QCOMPARE(status.malformed > 0, malformed);

    // The source comes back: the feed recovers by itself and fetches what it missed.
    rig.sim->setFault(Fault::None);
    rig.clock += 120;
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"sentilo"_s).state, FeedStatus::State::Live, 5000);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));
    status = rig.status(u"sentilo"_s);
    QCOMPARE(status.lastError, QString());
    QCOMPARE(status.nextAttemptAt, rig.clock + 60); // the normal cadence again
    const QString grid = rig.sentiloGridProblem(kT0 - 600, rig.clock);
    QVERIFY2(grid.isEmpty(), qPrintable(grid));
    QCOMPARE(status.stored, 18 * rig.sites.size());
    QCOMPARE(status.duplicates, 0);
}

void TestFeedEngine::silentSourceTurnsStaleThenCatchesUp()
{
    Rig rig;
    rig.engine->setFeeds({rig.sentilo()});
    QTRY_COMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Live);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));

    rig.sim->setFault(Fault::Silent);
    rig.clock += 90; // within twice the cadence: still live
    rig.engine->pollNow(u"sentilo"_s);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));
    QCOMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Live);

    // No new reading for longer than staleAfter (2 x 60 s): stale, since the last reading.
    rig.clock += 300;
    QTRY_COMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Stale); // the clock alone turns it
    rig.engine->pollNow(u"sentilo"_s);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));
    FeedStatus status = rig.status(u"sentilo"_s);
    QCOMPARE(status.state, FeedStatus::State::Stale);
    QCOMPARE(status.lastReadingAt, kT0);
    QCOMPARE(status.lastSuccessAt, rig.clock); // it answers; it has nothing new
    QCOMPARE(status.lastError, QString());

    rig.sim->setFault(Fault::None);
    rig.engine->pollNow(u"sentilo"_s);
    QTRY_COMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Live);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));
    const QString grid = rig.sentiloGridProblem(kT0 - 600, rig.clock);
    QVERIFY2(grid.isEmpty(), qPrintable(grid));
    QCOMPARE(rig.status(u"sentilo"_s).duplicates, 0);
}

void TestFeedEngine::catchUpAfterOutageEvenWhenInterrupted()
{
    Rig rig;
    FeedConfig feed = rig.sentilo();
    feed.limit = 50;
    feed.catchUpSeconds = 4 * 3600; // longer than the outage
    rig.engine->setFeeds({feed});
    QTRY_COMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Live);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));

    // Three hours of outage: 180 readings per sensor waiting at the source.
    rig.sim->setFault(Fault::ServerError);
    rig.clock += 3 * 3600;
    rig.engine->pollNow(u"sentilo"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"sentilo"_s).state, FeedStatus::State::Failing, 5000);

    // The source recovers, and breaks again after the second page of the catch-up.
    const qsizetype before = rig.sim->requestLog().size();
    int pagesServed = 0;
    connect(rig.sim.get(), &FeedSimulator::requestServed, this, [&](const QString &, const QString &path, int code) {
        if (path.startsWith(u"/data/"_s) && code == 200 && ++pagesServed == 2) {
            rig.sim->setFault(Fault::ServerError);
            QTimer::singleShot(300, rig.sim.get(), [&] { rig.sim->setFault(Fault::None); });
        }
    });
    rig.sim->setFault(Fault::None);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"sentilo"_s).state, FeedStatus::State::Live, 8000);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));

    const QString grid = rig.sentiloGridProblem(kT0 - 4 * 3600, rig.clock);
    QVERIFY2(grid.isEmpty(), qPrintable(grid));
    const FeedStatus status = rig.status(u"sentilo"_s);
    QCOMPARE(status.stored, (241 + 180) * rig.sites.size());
    QCOMPARE(status.duplicates, 0);

    // The gap was asked for from the second after the last reading stored, page by page back in
    // time, and resumed where the interruption left it.
    QList<qint64> tos;
    for (const QUrl &page : rig.requests(u"/data/"_s, before)) {
        QCOMPARE(queryInstant(page, u"from"_s), kT0 + 1);
        tos.append(queryInstant(page, u"to"_s));
    }
    QVERIFY2(tos.size() >= 5, qPrintable(QString::number(tos.size()))); // 4 pages, and at least one failed retry
    QCOMPARE(tos.first(), rig.clock);
    QVERIFY(std::is_sorted(tos.rbegin(), tos.rend()));
    QCOMPARE(tos.last(), kT0 + 31 * 60 - 1); // the fourth page: the oldest 30 readings
}

void TestFeedEngine::ngsiPollsPageByPage_data()
{
    QTest::addColumn<bool>("keyValues");
    QTest::newRow("keyValues") << true;
    QTest::newRow("normalized") << false;
}

void TestFeedEngine::ngsiPollsPageByPage()
{
    QFETCH(bool, keyValues);
    Rig rig;
    rig.sim->setFiwareService(u"santander"_s);
    FeedConfig feed = rig.ngsi();
    feed.limit = 2;
    feed.ngsiFormat = keyValues ? FeedConfig::NgsiFormat::KeyValues : FeedConfig::NgsiFormat::Normalized;
    rig.engine->setFeeds({feed});
    QTRY_COMPARE(rig.status(u"orion"_s).state, FeedStatus::State::Live);
    QTRY_VERIFY(rig.settled(u"orion"_s));

    const QList<QUrl> pages = rig.requests(u"/v2/entities"_s);
    QCOMPARE(pages.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QUrlQuery query(pages[i]);
        QCOMPARE(query.queryItemValue(u"offset"_s), QString::number(2 * i));
        QCOMPARE(query.queryItemValue(u"limit"_s), u"2"_s);
        QCOMPARE(query.queryItemValue(u"options"_s), keyValues ? u"keyValues,count"_s : u"count"_s);
    }
    for (const SimSite &site : std::as_const(rig.sites)) {
        const QMap<qint64, double> s = rig.series(u"santander"_s, ngsiSensor(site), 0, kT0 + 3600);
        QCOMPARE(s.keys(), QList<qint64>{kT0}); // dateObserved, in UTC
        QCOMPARE(s.value(kT0), rig.sim->valueAt(site.code, kT0));
    }
    // Five entities, and the beach's occupation rate as a level besides its people.
    QCOMPARE(rig.status(u"orion"_s).stored, 6);

    // The same state read again is not stored again.
    rig.engine->pollNow(u"orion"_s);
    QTRY_VERIFY(rig.settled(u"orion"_s));
    QCOMPARE(rig.status(u"orion"_s).stored, 6);
    QCOMPARE(rig.status(u"orion"_s).duplicates, 6);

    rig.clock += 60;
    rig.engine->pollNow(u"orion"_s);
    QTRY_VERIFY(rig.settled(u"orion"_s));
    QCOMPARE(rig.status(u"orion"_s).stored, 12);
    const QString grid = rig.gridProblem(u"santander"_s, ngsiSensor, kT0, kT0 + 60);
    QVERIFY2(grid.isEmpty(), qPrintable(grid));

    // A broker that fails says so in words.
    rig.sim->setFault(Fault::ServerError);
    rig.engine->pollNow(u"orion"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"orion"_s).state, FeedStatus::State::Failing, 5000);
    QCOMPARE(rig.status(u"orion"_s).lastError,
             u"HTTP 503 from http://127.0.0.1:%1/v2/entities: The service is temporarily unavailable (simulated fault)"_s
                 .arg(rig.sim->port()));
}

void TestFeedEngine::ngsiNotificationsBurstIsBufferedNotLost()
{
    Rig rig;
    rig.sim->setFiwareService(u"santander"_s);
    rig.engine->setFlushIntervalMs(250);
    FeedConfig feed = rig.ngsi();
    feed.poll = false;
    feed.notificationPort = 0;
    rig.engine->setFeeds({feed});
    QTRY_COMPARE(rig.sim->subscriptionCount(), 1);
    QTRY_COMPARE(rig.status(u"orion"_s).state, FeedStatus::State::Live);
    auto *connector = qobject_cast<NgsiConnector *>(rig.engine->connector(u"orion"_s));
    QVERIFY(connector);
    QVERIFY(connector->notificationPort() != 0);
    QVERIFY(!connector->subscriptionId().isEmpty());
    QCOMPARE(rig.requests(u"/v2/entities"_s).size(), 0); // notifications only

    QSignalSpy stored(rig.engine.get(), &FeedEngine::readingsStored);
    constexpr int kBurst = 30;
    for (int i = 1; i <= kBurst; ++i) {
        rig.clock += 60;
        rig.sim->notifySubscribers();
    }
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"orion"_s).stored, qint64(kBurst) * 6, 10000);
    const QString grid = rig.gridProblem(u"santander"_s, ngsiSensor, kT0 + 60, rig.clock);
    QVERIFY2(grid.isEmpty(), qPrintable(grid));
    QCOMPARE(rig.status(u"orion"_s).duplicates, 0);
    // Buffered: far fewer store transactions than notifications.
    QVERIFY2(stored.count() < kBurst, qPrintable(QString::number(stored.count())));

    // A notification that is not JSON is refused, counted, and the feed goes on.
    QNetworkAccessManager nam;
    QNetworkRequest request(connector->notificationUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = nam.post(request, "{\"subscriptionId\": \"x\", \"data\": [");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    reply->deleteLater();
    QCOMPARE(rig.status(u"orion"_s).malformed, 1);
    rig.clock += 60;
    rig.sim->notifySubscribers();
    QTRY_COMPARE(rig.status(u"orion"_s).stored, qint64(kBurst + 1) * 6);

    // Removing the feed removes its subscription at the broker.
    rig.engine->setFeeds({});
    QTRY_COMPARE(rig.sim->subscriptionCount(), 0);
}

void TestFeedEngine::httpMappedFormatsAndZones_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("recordsPath");

    // Two counters at 16:00 UTC, written in three zones; a decimal comma in the CSV.
    QTest::newRow("csv") << u"csv"_s
                         << QByteArray("sensor;personas;fecha\n"
                                       "aforo-1;120;2026-07-18T18:00:00+02:00\n"
                                       "aforo-2;45,5;2026-07-18T16:00:00Z\n")
                         << QString();
    QTest::newRow("json") << u"json"_s
                          << QByteArray(R"({"data": {"items": [
                                {"sensor": "aforo-1", "personas": 120, "fecha": "2026-07-18T18:00:00+02:00"},
                                {"sensor": "aforo-2", "personas": 45.5, "fecha": "2026-07-18T12:00:00-04:00"}]}})")
                          << u"data.items"_s;
    QTest::newRow("geojson") << u"geojson"_s
                             << QByteArray(R"({"type": "FeatureCollection", "features": [
                                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-3.80, 43.46]},
                                 "properties": {"sensor": "aforo-1", "personas": 120, "fecha": "2026-07-18T16:00:00Z"}},
                                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-3.81, 43.47]},
                                 "properties": {"sensor": "aforo-2", "personas": 45.5, "fecha": "2026-07-18T21:45:00+05:45"}}]})")
                             << QString();
}

void TestFeedEngine::httpMappedFormatsAndZones()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, body);
    QFETCH(QString, recordsPath);

    Rig rig;
    FixtureServer server;
    QVERIFY(server.start());
    server.bodies.insert(u"/counts"_s, body);
    const FeedsFile file = parseFeeds(u"{\"feeds\": [{\"id\": \"aforos\", \"kind\": \"http\", \"url\": \"%1\","
                                      " \"timeoutSeconds\": 2, \"retry\": {\"baseMs\": 50, \"capSeconds\": 1, \"maxRetries\": 0},"
                                      " \"mapping\": {\"format\": \"%2\", \"recordsPath\": \"%3\", \"sensorField\": \"sensor\","
                                      " \"valueField\": \"personas\", \"timeField\": \"fecha\"}}]}"_s
                                          .arg(server.url(u"/counts"_s).toString(), format, recordsPath)
                                          .toUtf8());
    QVERIFY2(file.ok() && file.feeds.size() == 1, qPrintable(file.error));
    rig.engine->setFeeds(file.feeds);
    QTRY_COMPARE(rig.status(u"aforos"_s).state, FeedStatus::State::Live);
    QTRY_VERIFY(rig.settled(u"aforos"_s));

    QCOMPARE(rig.series(u"aforos"_s, u"aforo-1"_s, 0, kT0 * 2), (QMap<qint64, double>{{kT0, 120.0}}));
    QCOMPARE(rig.series(u"aforos"_s, u"aforo-2"_s, 0, kT0 * 2), (QMap<qint64, double>{{kT0, 45.5}}));
    QCOMPARE(rig.scalar(u"SELECT COUNT(*) FROM sensor WHERE provider = 'aforos' AND type = 'people_count'"_s), 2);
    FeedStatus status = rig.status(u"aforos"_s);
    QCOMPARE(status.stored, 2);
    QCOMPARE(status.problems, 0);

    // Read again: stored once.
    rig.engine->pollNow(u"aforos"_s);
    QTRY_VERIFY(rig.settled(u"aforos"_s));
    QCOMPARE(rig.status(u"aforos"_s).stored, 2);
    QCOMPARE(rig.status(u"aforos"_s).duplicates, 2);

    // The resource fails: in words, after the retries (none here).
    server.status = 503;
    server.bodies.insert(u"/counts"_s, "Service Unavailable");
    rig.engine->pollNow(u"aforos"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"aforos"_s).state, FeedStatus::State::Failing, 5000);
    QCOMPARE(rig.status(u"aforos"_s).lastError,
             u"HTTP 503 from %1: Service Unavailable"_s.arg(server.url(u"/counts"_s).toString()));
}

void TestFeedEngine::publishedPayloadsThroughTheConnectors()
{
    // The examples of Sentilo's and FIWARE's own documentation, served as a platform would
    // serve them, broken ones included.
    Rig rig;
    FixtureServer server;
    QVERIFY(server.start());
    server.bodies.insert(u"/catalog"_s, fixture(u"sentilo/catalog__retrieve_authorized_entities__1.json"_s));
    server.bodies.insert(u"/data/rec"_s, fixture(u"sentilo/data__retrieve_provider_sensor_data__1.json"_s));
    server.bodies.insert(u"/v2/entities"_s, "[" + fixture(u"fiware/Beach_example.json"_s) + ","
                                                + fixture(u"fiware/CrowdFlowObserved_example.json"_s) + "]");
    QVERIFY(!server.bodies.value(u"/data/rec"_s).isEmpty());

    FeedConfig sentilo = rig.sentilo();
    sentilo.url = server.url();
    sentilo.provider = u"rec"_s;
    sentilo.catchUpSeconds = 0; // the examples are from 2012: only "the last observations"
    FeedConfig ngsi = rig.ngsi();
    ngsi.url = server.url();
    rig.engine->setFeeds({sentilo, ngsi});
    QTRY_COMPARE(rig.status(u"sentilo"_s).stored, 3);
    QTRY_COMPARE(rig.status(u"orion"_s).state, FeedStatus::State::Live);
    QTRY_VERIFY(rig.settled(u"orion"_s));

    // Sentilo's timestamp text, not its disagreeing epoch "time", and in UTC.
    const qint64 at1005 = QDateTime(QDate(2012, 9, 10), QTime(10, 5), QTimeZone::UTC).toSecsSinceEpoch();
    const qint64 at0705 = QDateTime(QDate(2012, 9, 10), QTime(7, 5), QTimeZone::UTC).toSecsSinceEpoch();
    QCOMPARE(rig.series(u"rec"_s, u"RE0012"_s, 0, kT0), (QMap<qint64, double>{{at0705, 1.2}, {at1005, 1.0}}));
    QCOMPARE(rig.series(u"rec"_s, u"RE0013"_s, 0, kT0).size(), 1);
    // It answers, but its newest reading is years old: stale since then.
    QCOMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Stale);
    QCOMPARE(rig.status(u"sentilo"_s).lastReadingAt, at1005 + 70);

    // The A Concha beach example has no time of its own: the time it was read.
    QCOMPARE(rig.series(u"santander"_s, u"Beach-A-Concha-123456#occupationRate"_s, 0, kT0 * 2),
             (QMap<qint64, double>{{kT0, 3.0}}));
    QVERIFY(rig.status(u"orion"_s).stored >= 2);
    QCOMPARE(rig.status(u"orion"_s).malformed, 0);

    // A published example that is not JSON at all: logged, counted, skipped; the feed fails in
    // words and goes on trying.
    server.bodies.insert(u"/data/rec"_s, fixture(u"sentilo/subscription__subscription__1.json"_s));
    rig.clock += 60;
    rig.engine->pollNow(u"sentilo"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"sentilo"_s).state, FeedStatus::State::Failing, 5000);
    QVERIFY(rig.status(u"sentilo"_s).malformed >= 2);
    QVERIFY2(rig.status(u"sentilo"_s).lastError.startsWith(u"Unreadable answer from %1/data/rec: "_s.arg(server.url().toString())),
             qPrintable(rig.status(u"sentilo"_s).lastError));
    QCOMPARE(rig.status(u"sentilo"_s).stored, 3);
}

void TestFeedEngine::watchedFolder()
{
    Rig rig;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"a.csv"_s), u"s,v,t\nstation-1,10,%1\nstation-2,20,%1\n"_s.arg(kT0).toUtf8()));
    QVERIFY(writeFile(dir.filePath(u"notes.txt"_s), "not a feed file"));

    FeedConfig feed;
    feed.id = u"drops"_s;
    feed.name = feed.id;
    feed.kind = FeedConfig::Kind::File;
    feed.path = dir.path();
    feed.cadenceSeconds = 3600; // only the watcher can notice changes within this test
    feed.formatFromExtension = true;
    feed.mapping.sensorField = u"s"_s;
    feed.mapping.valueField = u"v"_s;
    feed.mapping.timeField = u"t"_s;
    feed.mapping.timeFormat = u"epoch_s"_s;
    feed.retry = {50, 1, 1};
    rig.engine->setFeeds({feed});
    QTRY_COMPARE(rig.status(u"drops"_s).stored, 2);
    QCOMPARE(rig.status(u"drops"_s).state, FeedStatus::State::Live);

    // A new file in the folder.
    QVERIFY(writeFile(dir.filePath(u"b.json"_s),
                      u"[{\"s\": \"station-3\", \"v\": 30, \"t\": %1}, {\"s\": \"station-1\", \"v\": 11, \"t\": %2}]"_s
                          .arg(kT0).arg(kT0 + 60).toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"drops"_s).stored, 4, 5000);

    // A file that grows: read again whole; what was there is stored once.
    QVERIFY(writeFile(dir.filePath(u"a.csv"_s),
                      u"s,v,t\nstation-1,10,%1\nstation-2,20,%1\nstation-2,21,%2\n"_s.arg(kT0).arg(kT0 + 60).toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"drops"_s).stored, 5, 5000);
    QCOMPARE(rig.status(u"drops"_s).duplicates, 2);

    // Caught half-written: counted as malformed, retried, and read whole once complete.
    QVERIFY(writeFile(dir.filePath(u"c.json"_s), u"[{\"s\": \"station-4\", \"v\": 4"_s.toUtf8()));
    QTRY_VERIFY_WITH_TIMEOUT(rig.status(u"drops"_s).malformed >= 1, 5000);
    QVERIFY(writeFile(dir.filePath(u"c.json"_s), u"[{\"s\": \"station-4\", \"v\": 4, \"t\": %1}]"_s.arg(kT0).toUtf8()));
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"drops"_s).stored, 6, 5000);
    QTRY_COMPARE(rig.status(u"drops"_s).state, FeedStatus::State::Live);

    QCOMPARE(rig.series(u"drops"_s, u"station-1"_s, 0, kT0 * 2), (QMap<qint64, double>{{kT0, 10.0}, {kT0 + 60, 11.0}}));
    QCOMPARE(rig.series(u"drops"_s, u"station-4"_s, 0, kT0 * 2), (QMap<qint64, double>{{kT0, 4.0}}));

    // A folder that disappears makes the feed fail, saying which.
    QVERIFY(dir.remove());
    rig.engine->pollNow(u"drops"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"drops"_s).state, FeedStatus::State::Failing, 5000);
    QVERIFY2(rig.status(u"drops"_s).lastError.contains(dir.path()), qPrintable(rig.status(u"drops"_s).lastError));
}

void TestFeedEngine::aStoreThatRefusesShowsOnTheFeed()
{
    // A store that answers but refuses the readings (on a shared store: a role that may not
    // write them) must not leave the feed "live" with nothing kept: it fails, saying why, and the
    // readings wait for the store to take them.
    Rig rig;
    QSqlQuery refuse(rig.db.connection());
    QVERIFY(refuse.exec(u"CREATE TEMP TRIGGER refuse_readings BEFORE INSERT ON observation"
                        " BEGIN SELECT RAISE(ABORT, 'readings are not taken here'); END"_s));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"a.csv"_s), u"s,v,t\nstation-1,10,%1\nstation-2,20,%1\n"_s.arg(kT0).toUtf8()));
    FeedConfig feed;
    feed.id = u"drops"_s;
    feed.name = feed.id;
    feed.kind = FeedConfig::Kind::File;
    feed.path = dir.path();
    feed.cadenceSeconds = 3600;
    feed.formatFromExtension = true;
    feed.mapping.sensorField = u"s"_s;
    feed.mapping.valueField = u"v"_s;
    feed.mapping.timeField = u"t"_s;
    feed.mapping.timeFormat = u"epoch_s"_s;
    feed.retry = {50, 1, 1};
    rig.engine->setFeeds({feed});
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"drops"_s).state, FeedStatus::State::Failing, 5000);
    QVERIFY2(rig.status(u"drops"_s).lastError.contains(u"readings are not taken here"_s),
             qPrintable(rig.status(u"drops"_s).lastError));
    QCOMPARE(rig.status(u"drops"_s).stored, 0);

    // Taken at the next retry once the store allows it: live again, nothing lost.
    QVERIFY(refuse.exec(u"DROP TRIGGER refuse_readings"_s));
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"drops"_s).stored, 2, 5000);
    QCOMPARE(rig.status(u"drops"_s).state, FeedStatus::State::Live);
    QVERIFY2(rig.status(u"drops"_s).lastError.isEmpty(), qPrintable(rig.status(u"drops"_s).lastError));
}

void TestFeedEngine::pauseAndResume()
{
    Rig rig;
    QSignalSpy changes(rig.engine.get(), &FeedEngine::feedStatusChanged);
    rig.engine->setFeeds({rig.sentilo()});
    QTRY_COMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Live);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.last().at(0).value<FeedStatus>().id, u"sentilo"_s);

    rig.engine->pause(u"sentilo"_s);
    QCOMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Paused);
    QCOMPARE(changes.last().at(0).value<FeedStatus>().state, FeedStatus::State::Paused);
    const qsizetype requests = rig.sim->requestLog().size();
    rig.clock += 600;
    rig.engine->pollNow(u"sentilo"_s);
    QTest::qWait(200);
    QCOMPARE(rig.sim->requestLog().size(), requests);
    QCOMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Paused); // not stale: paused

    rig.engine->resume(u"sentilo"_s);
    QTRY_COMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Live);
    QTRY_VERIFY(rig.settled(u"sentilo"_s));
    QVERIFY(rig.sim->requestLog().size() > requests);
    const QString grid = rig.sentiloGridProblem(kT0 - 600, rig.clock);
    QVERIFY2(grid.isEmpty(), qPrintable(grid));

    // Paused from the configuration: the same connector, paused; and back.
    Connector *before = rig.engine->connector(u"sentilo"_s);
    FeedConfig paused = rig.sentilo();
    paused.paused = true;
    rig.engine->setFeeds({paused});
    QCOMPARE(rig.engine->connector(u"sentilo"_s), before);
    QCOMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Paused);
    rig.engine->setFeeds({rig.sentilo()});
    QTRY_COMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Live);
}

void TestFeedEngine::changedConfigurationRestartsTheFeed()
{
    Rig rig;
    rig.engine->setFeeds({rig.sentilo(), rig.ngsi()});
    QTRY_COMPARE(rig.status(u"sentilo"_s).state, FeedStatus::State::Live);
    QTRY_COMPARE(rig.status(u"orion"_s).state, FeedStatus::State::Live);
    QCOMPARE(rig.engine->statuses().size(), 2);
    QCOMPARE(rig.engine->statuses().at(0).id, u"sentilo"_s);

    Connector *ngsi = rig.engine->connector(u"orion"_s);
    rig.clock += 60; // something new to ask for
    FeedConfig wrongKey = rig.sentilo();
    wrongKey.identityKey = u"wrong"_s;
    rig.engine->setFeeds({wrongKey, rig.ngsi()});
    QCOMPARE(rig.engine->connector(u"orion"_s), ngsi); // unchanged feeds keep running
    QTRY_COMPARE_WITH_TIMEOUT(rig.status(u"sentilo"_s).state, FeedStatus::State::Failing, 5000);
    QVERIFY2(rig.status(u"sentilo"_s).lastError.startsWith(u"HTTP 401 from"_s), qPrintable(rig.status(u"sentilo"_s).lastError));

    rig.engine->setFeeds({rig.ngsi()});
    QCOMPARE(rig.engine->statuses().size(), 1);
    QVERIFY(!rig.engine->connector(u"sentilo"_s));
}

void TestFeedEngine::runsInAWorkerThread()
{
    // As the dashboard runs it: the engine moved to a worker thread with a store opened there,
    // driven and watched through queued connections only.
    qint64 clock = kT0;
    FeedSimulator sim(testSites());
    sim.setClock([&clock] { return clock; });
    sim.setIdentityKey(kKey);
    QVERIFY(sim.listen());

    QThread worker;
    worker.start();
    QObject inWorker;
    inWorker.moveToThread(&worker);
    std::unique_ptr<Database> db;
    QMetaObject::invokeMethod(&inWorker, [&db] {
        db = std::make_unique<Database>();
        if (!db->openInMemory().ok())
            db.reset();
    }, Qt::BlockingQueuedConnection);
    QVERIFY(db);

    auto *engine = new FeedEngine(*db);
    engine->setClock([&clock] { return clock; });
    engine->moveToThread(&worker);
    QSignalSpy statuses(engine, &FeedEngine::feedStatusChanged);
    QSignalSpy stored(engine, &FeedEngine::readingsStored);

    FeedConfig feed;
    feed.id = u"sentilo"_s;
    feed.kind = FeedConfig::Kind::Sentilo;
    feed.url = sim.baseUrl();
    feed.provider = sim.sentiloProvider();
    feed.identityKey = kKey;
    feed.catchUpSeconds = 600;
    QVERIFY(QMetaObject::invokeMethod(engine, "setFeeds", Qt::QueuedConnection,
                                      Q_ARG(QList<atalaya::feeds::FeedConfig>, QList<FeedConfig>{feed})));
    QTRY_VERIFY(!stored.isEmpty());
    QCOMPARE(stored.last().at(1).toLongLong(), kT0);
    QCOMPARE(stored.last().at(0).value<QList<qint64>>().size(), testSites().size());
    QTRY_VERIFY(!statuses.isEmpty() && statuses.last().at(0).value<FeedStatus>().state == FeedStatus::State::Live);
    QVERIFY(QMetaObject::invokeMethod(engine, "pause", Qt::QueuedConnection, Q_ARG(QString, u"sentilo"_s)));
    QTRY_COMPARE(statuses.last().at(0).value<FeedStatus>().state, FeedStatus::State::Paused);

    qint64 rows = -1;
    QMetaObject::invokeMethod(&inWorker, [&] {
        delete engine;
        QSqlQuery q = db->prepare(u"SELECT COUNT(*) FROM observation"_s);
        if (Database::exec(q) && q.next())
            rows = q.value(0).toLongLong();
        db.reset();
    }, Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    QCOMPARE(rows, qint64(11 * testSites().size()));
}

QTEST_GUILESS_MAIN(TestFeedEngine)
#include "tst_feedengine.moc"
