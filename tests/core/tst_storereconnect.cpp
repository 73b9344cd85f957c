// StoreReconnector with ObservationWriter on a throwaway PostgreSQL server: a connection the
// server dropped is noticed after a refused write, reopened with backoff once the server is back,
// and the writer's statements, prepared on the old connection, are prepared afresh. A refusal on
// a connection that still answers, or on SQLite, reopens nothing.
#include "alerts/alertengine.h"
#include "feeds/observationwriter.h"
#include "pgtestserver.h"
#include "store/database.h"
#include "store/reconnect.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using atalaya::Database;
using atalaya::StoreReconnector;
using atalaya::feeds::ObservationWriter;
using atalaya::feeds::SensorReading;
using atalaya::test::PgTestServer;

namespace {

QList<SensorReading> readings(qint64 from, int count)
{
    QList<SensorReading> list;
    for (int i = 0; i < count; ++i) {
        SensorReading r;
        r.provider = u"p"_s;
        r.sensor = u"s-%1"_s.arg(i % 3);
        r.observedAt = from + i;
        r.value = i;
        list.append(r);
    }
    return list;
}

/** A port of 127.0.0.1 that drops connection attempts as a cut network does: a listening
 *  socket that never accepts, its accept queue (backlog 0) filled, so that Linux drops every
 *  further SYN and a client's connect waits for its timeout. */
class SilentPort
{
public:
    ~SilentPort() { close(); }

    bool listen(int port)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        const int yes = 1;
        ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(quint16(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(m_listener, 0) != 0)
            return false;
        // Connect until a connection no longer completes: the queue is full from then on.
        for (int i = 0; i < 8; ++i) {
            const int client = ::socket(AF_INET, SOCK_STREAM, 0);
            ::fcntl(client, F_SETFL, O_NONBLOCK);
            m_clients.push_back(client);
            ::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address);
            pollfd waiting{client, POLLOUT, 0};
            if (::poll(&waiting, 1, 300) == 0)
                return true;
        }
        return false;
    }

    void close()
    {
        for (const int client : m_clients)
            ::close(client);
        m_clients.clear();
        if (m_listener >= 0)
            ::close(std::exchange(m_listener, -1));
    }

private:
    int m_listener = -1;
    std::vector<int> m_clients;
};

qint64 observations(const Database &db)
{
    QSqlQuery query = db.prepare(u"SELECT count(*) FROM observation"_s);
    return Database::exec(query) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestStoreReconnect : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_server;
    int m_databases = 0;

    QString freshUrl()
    {
        const QString name = u"reconnect_%1"_s.arg(++m_databases);
        if (!m_server.createDatabase(name))
            qWarning("%s", qPrintable(m_server.errorString()));
        return m_server.url(name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void reopensAfterARestartAndWritesAgain()
    {
        Database db;
        QVERIFY2(db.open(freshUrl()).ok(), "cannot open the test store");
        ObservationWriter writer(db);
        StoreReconnector reconnector(db);
        reconnector.setBackoff(100, 400);
        QObject::connect(&reconnector, &StoreReconnector::aboutToReopen, &reconnector, [&] { writer.dropStatements(); });
        QSignalSpy lost(&reconnector, &StoreReconnector::lost);
        QSignalSpy restored(&reconnector, &StoreReconnector::restored);

        QCOMPARE(writer.write(readings(1000, 30)).stored, 30);
        QVERIFY(StoreReconnector::answers(db));

        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        const ObservationWriter::Result refused = writer.write(readings(2000, 30));
        QVERIFY(!refused.ok());
        QVERIFY(!StoreReconnector::answers(db));
        QVERIFY(!reconnector.connectionLost()); // gone: reconnecting
        QVERIFY(reconnector.isReconnecting());
        QCOMPARE(lost.count(), 1);
        QVERIFY(!reconnector.connectionLost()); // once per outage
        QCOMPARE(lost.count(), 1);

        // While the server is down the attempts fail and back off; the caller keeps waiting.
        QTest::qWait(800);
        QVERIFY(reconnector.isReconnecting());
        QCOMPARE(restored.count(), 0);

        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
        QVERIFY(!reconnector.isReconnecting());
        QVERIFY(restored.first().first().toLongLong() >= 800);
        QVERIFY(StoreReconnector::answers(db));

        // The refused batch again, then a new one: the statements are prepared on the new
        // connection, the sensors cached before the outage are still the stored ones.
        const ObservationWriter::Result again = writer.write(readings(2000, 30));
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.stored, 30);
        QCOMPARE(again.newSensors, 0);
        QCOMPARE(writer.write(readings(3000, 30)).stored, 30);
        QCOMPARE(writer.write(readings(3000, 30)).duplicates, 30);
        QCOMPARE(observations(db), 90);
    }

    void aServerThatDropsPacketsDoesNotFreezeTheThread()
    {
        // A desktop reconnects on its window's thread: each attempt used to hold it for the
        // whole connect_timeout while a cut network dropped the packets.
        Database db;
        QVERIFY2(db.open(freshUrl() + u"?connect_timeout=3"_s).ok(), "cannot open the test store");
        StoreReconnector reconnector(db);
        reconnector.setBackoff(100, 200);
        QSignalSpy restored(&reconnector, &StoreReconnector::restored);
        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        SilentPort silent;
        QVERIFY2(silent.listen(m_server.port()), "cannot make the server's port silent");
        QVERIFY(!reconnector.connectionLost());

        QElapsedTimer clock;
        clock.start();
        qint64 lastTick = 0;
        qint64 longestGap = 0;
        QTimer tick;
        tick.setInterval(20);
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
            longestGap = std::max(longestGap, clock.elapsed() - lastTick);
            lastTick = clock.elapsed();
        });
        tick.start();
        QTest::qWait(4500); // past connect_timeout: an attempt has waited for the silent port and failed
        tick.stop();
        QVERIFY2(longestGap < 1000, qPrintable(u"the event loop stood still for %1 ms"_s.arg(longestGap)));
        QVERIFY(reconnector.isReconnecting());
        QCOMPARE(restored.count(), 0);

        silent.close();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 15000);
        QVERIFY(StoreReconnector::answers(db));
    }

    void shutdownOutsideTheEventLoopReconnectsWhenDue()
    {
        Database db;
        QVERIFY2(db.open(freshUrl()).ok(), "cannot open the test store");
        StoreReconnector reconnector(db);
        reconnector.setBackoff(200, 200);
        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        QVERIFY(!reconnector.connectionLost());
        QVERIFY(!reconnector.reconnectIfDue()); // not due yet, and the server is down anyway
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QElapsedTimer waited;
        waited.start();
        while (!reconnector.reconnectIfDue() && waited.elapsed() < 5000)
            QThread::msleep(50); // no event loop, as in the service's shutdown
        QVERIFY(!reconnector.isReconnecting());
        QCOMPARE(observations(db), 0);
    }

    void aRefusalOnALiveConnectionReopensNothing()
    {
        Database db;
        QVERIFY2(db.open(freshUrl()).ok(), "cannot open the test store");
        StoreReconnector reconnector(db);
        QSignalSpy lost(&reconnector, &StoreReconnector::lost);
        QSqlQuery bad = db.prepare(u"INSERT INTO observation (sensor_id, observed_at, value) VALUES (-1, 0, 0)"_s);
        QVERIFY(!bad.exec()); // no such sensor: a foreign key refusal
        QVERIFY(reconnector.connectionLost());
        QVERIFY(!reconnector.isReconnecting());
        QCOMPARE(lost.count(), 0);
    }

    void alertEngineReopensAConnectionCutAlone()
    {
        // An administrator's pg_terminate_backend, or an idle-connection killer, ends the alert
        // engine's session and no other: nothing else would notice, and every later evaluation
        // would fail without raising anything.
        const QString url = freshUrl();
        Database db;
        QVERIFY2(db.open(url).ok(), "cannot open the test store");
        QVERIFY(db.setMeta(u"time_zone"_s, u"UTC"_s));
        QSqlQuery sensor(db.connection());
        QVERIFY(sensor.exec(u"INSERT INTO sensor (provider, component, code, type, unit, lat, lon)"
                            " VALUES ('p', 'c', 'a', 'no2', 'µg/m³', 39.0, -9.4) RETURNING id"_s)
                && sensor.next());
        const qint64 sensorId = sensor.value(0).toLongLong();
        QSqlQuery self(db.connection());
        QVERIFY(self.exec(u"SELECT pg_backend_pid(), current_database()"_s) && self.next());
        const qint64 ownPid = self.value(0).toLongLong();
        const QString database = self.value(1).toString();

        const qint64 t0 = 1'790'000'000;
        qint64 now = t0;
        atalaya::alerts::AlertEngine engine(url);
        engine.setClock([&now] { return now; });
        engine.setCoalesceMs(0);
        QSignalSpy started(&engine, &atalaya::alerts::AlertEngine::started);
        QSignalSpy raised(&engine, &atalaya::alerts::AlertEngine::alertRaised);
        engine.start();
        QCOMPARE(started.size(), 1);
        QVERIFY(started.first().first().toBool());
        atalaya::alerts::Rule high;
        high.id = u"no2-high"_s;
        high.name = u"NO2 high"_s;
        high.sensorType = u"no2"_s;
        high.limit = 200;
        high.clearAt = 180;
        engine.setRules({high});

        QVERIFY2(m_server.execute(database, u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                            " WHERE datname = current_database() AND pid <> pg_backend_pid() AND pid <> %1"_s
                                                .arg(ownPid)),
                 qPrintable(m_server.errorString()));
        QVERIFY(StoreReconnector::answers(db)); // only the engine's session ended

        now = t0 + 60;
        QSqlQuery reading(db.connection());
        QVERIFY(reading.exec(u"INSERT INTO observation (sensor_id, observed_at, value) VALUES (%1, %2, 250)"_s
                                 .arg(sensorId)
                                 .arg(now)));
        engine.readingsStored({sensorId}, now, now);
        QTRY_COMPARE_WITH_TIMEOUT(raised.size(), 1, 5000);
        QCOMPARE(raised.first().first().value<atalaya::alerts::AlertRecord>().subjectKey, u"sensor:%1"_s.arg(sensorId));
        QSqlQuery stored(db.connection());
        QVERIFY(stored.exec(u"SELECT count(*) FROM alert WHERE resolved_at IS NULL"_s) && stored.next());
        QCOMPARE(stored.value(0).toInt(), 1);
        engine.stop();
    }

    void sqliteIsNeverReopened()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"city.db"_s)).ok());
        StoreReconnector reconnector(db);
        QSignalSpy lost(&reconnector, &StoreReconnector::lost);
        db.close(); // even a closed SQLite connection: a file does not go away
        QVERIFY(reconnector.connectionLost());
        QCOMPARE(lost.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreReconnect)

#include "tst_storereconnect.moc"
