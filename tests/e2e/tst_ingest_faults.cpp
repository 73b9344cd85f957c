// atalaya-ingest under faults, on a throwaway PostgreSQL server (support/pgtestserver.h):
// - the server stops for a few seconds (fast shutdown) while a folder feed keeps producing, or is
//   killed with SIGKILL and comes back through crash recovery: the service logs the loss once,
//   reconnects, and every reading the source produced is stored exactly once; the alert engine
//   works again afterwards;
// - the service is killed with SIGKILL while it writes a batch of 200,000 readings in one
//   transaction: the store holds none of it, and the next --once run stores all of it, once.
#include "ingestprocess.h"
#include "pgtestserver.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;
using atalaya::test::PgTestServer;

namespace {

const QString kBinary = QStringLiteral(ATALAYA_INGEST);

// Readings of the producing feed: one per sensor per tick, each tick a new instant. Slower than
// the file connector's settling time (200 ms), which a faster stream of files would keep restarting.
constexpr int kSensorsPerTick = 10;
constexpr int kTickMs = 300;
// The batch the service is killed in the middle of: one file, one attempt, one transaction.
constexpr int kBatchSensors = 1000;
constexpr int kBatchInstants = 200;
constexpr int kBatchReadings = kBatchSensors * kBatchInstants;

using Key = std::pair<QString, qint64>; // sensor code, observed_at
using Rows = std::map<Key, double>;

} // namespace

class TestIngestFaults : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;
    int m_serial = 0;

    /** A folder feed "drops" on a new folder, a fresh database, and the rules given. */
    struct Setup {
        QString folder, feeds, rules, database, url;
    };
    Setup setUp(const QString &rulesJson = {})
    {
        Setup s;
        const QString name = u"case%1"_s.arg(++m_serial);
        QDir(m_dir.path()).mkpath(name + u"/in"_s);
        s.folder = m_dir.filePath(name + u"/in"_s);
        s.feeds = m_dir.filePath(name + u"/feeds.json"_s);
        s.database = u"faults_%1"_s.arg(m_serial);
        if (!m_server.createDatabase(s.database))
            qWarning("%s", qPrintable(m_server.errorString()));
        s.url = m_server.url(s.database);
        write(s.feeds, u"{\"version\":1,\"feeds\":[{\"id\":\"drops\",\"kind\":\"file\",\"path\":\"%1\",\"pattern\":\"*.csv\","
                       "\"cadenceSeconds\":1,\"mapping\":{\"format\":\"csv\",\"sensorField\":\"station\","
                       "\"valueField\":\"people\",\"timeField\":\"time\",\"timeFormat\":\"epoch_s\"}}]}"_s
                           .arg(s.folder)
                           .toUtf8());
        if (!rulesJson.isEmpty()) {
            s.rules = m_dir.filePath(name + u"/rules.json"_s);
            write(s.rules, rulesJson.toUtf8());
        }
        return s;
    }

    static void write(const QString &file, const QByteArray &data)
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
            qWarning("cannot write %s: %s", qPrintable(file), qPrintable(f.errorString()));
    }

    /** Writes a CSV of rows into the feed's folder whole: written under another name, then
     *  renamed, so the service never reads half a file. */
    static bool drop(const QString &folder, const QString &name, const Rows &rows)
    {
        QByteArray csv = "station,people,time\n";
        for (const auto &[key, value] : rows)
            csv += key.first.toUtf8() + ',' + QByteArray::number(value) + ',' + QByteArray::number(key.second) + '\n';
        const QString partial = folder + u"/"_s + name + u".part"_s;
        write(partial, csv);
        return QFile::rename(partial, folder + u"/"_s + name);
    }

    /** One query on a connection of its own (the server may have restarted since the last one);
     *  nothing when the server does not answer. */
    std::optional<QList<QVariantList>> select(const QString &database, const QString &sql) const
    {
        static int serial = 0;
        const QString name = u"faults-monitor-%1"_s.arg(++serial);
        std::optional<QList<QVariantList>> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(m_server.host());
            db.setPort(m_server.port());
            db.setUserName(m_server.user());
            db.setDatabaseName(database);
            db.setConnectOptions(u"connect_timeout=5"_s);
            if (db.open()) {
                QSqlQuery query(db);
                query.setForwardOnly(true);
                if (query.exec(sql)) {
                    rows.emplace();
                    while (query.next()) {
                        QVariantList row;
                        for (int i = 0; i < query.record().count(); ++i)
                            row.append(query.value(i));
                        rows->append(row);
                    }
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

    /** A single number, or -1 when the server does not answer (or the table is not there yet). */
    qint64 count(const QString &database, const QString &sql) const
    {
        const std::optional<QList<QVariantList>> rows = select(database, sql);
        return rows && !rows->isEmpty() ? rows->first().value(0).toLongLong() : -1;
    }

    qint64 storedReadings(const QString &database) const
    {
        return count(database, u"SELECT count(*) FROM observation o JOIN sensor s ON s.id = o.sensor_id WHERE s.provider = 'drops'"_s);
    }

    /** Every stored reading of the feed: sensor, instant, value. */
    Rows storedRows(const QString &database) const
    {
        Rows rows;
        const auto result = select(database, u"SELECT s.code, o.observed_at, o.value FROM observation o"
                                             " JOIN sensor s ON s.id = o.sensor_id WHERE s.provider = 'drops'"_s);
        if (result) {
            for (const QVariantList &row : *result)
                rows.emplace(Key{row.at(0).toString(), row.at(1).toLongLong()}, row.at(2).toDouble());
        }
        return rows;
    }

    static int countLines(const QList<QJsonObject> &lines, const QString &category, const QString &messageStart)
    {
        return int(std::count_if(lines.cbegin(), lines.cend(), [&](const QJsonObject &line) {
            return line.value(u"category"_s).toString() == category
                && line.value(u"message"_s).toString().startsWith(messageStart);
        }));
    }

    static qsizetype indexOf(const QList<QJsonObject> &lines, const QString &messagePart)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).value(u"message"_s).toString().contains(messagePart))
                return i;
        }
        return -1;
    }

    /** The service runs with a feed that produces a tick of readings every kTickMs; the server
     *  goes away (fast shutdown, or SIGKILL and crash recovery) for outageMs while the feed goes
     *  on. Afterwards every reading produced is stored exactly once, the log says lost once and
     *  restored, and the alert engine raises an alert on a reading written after the outage. */
    void outageUnderTheService(bool crash)
    {
        const Setup s = setUp(uR"({"version": 1, "rules": [
            {"id": "crowd", "name": "Many people", "type": "threshold", "indicator": "observation",
             "subjects": "drops/st-alarm", "direction": "above", "limit": 500}]})"_s);
        QProcess service;
        service.start(kBinary, {u"--db"_s, s.url, u"--feeds"_s, s.feeds, u"--rules"_s, s.rules});
        QVERIFY2(service.waitForStarted(10000), qPrintable(service.errorString()));
        QByteArray err;
        QVERIFY2(atalaya::test::waitUntilRunning(service, err, 30000), err.constData());

        // The source: every tick a new file with a new instant for each sensor, in the past
        // (a feed catching up), values that say which tick they came from.
        Rows produced;
        const qint64 base = QDateTime::currentSecsSinceEpoch() - 7200;
        int tick = 0;
        QTimer producer;
        producer.setInterval(kTickMs);
        connect(&producer, &QTimer::timeout, this, [&] {
            Rows rows;
            for (int i = 0; i < kSensorsPerTick; ++i)
                rows.emplace(Key{u"st-%1"_s.arg(i), base + tick}, 10.0 + (tick * kSensorsPerTick + i) % 97);
            if (drop(s.folder, u"tick-%1.csv"_s.arg(tick, 5, 10, QChar(u'0')), rows))
                produced.insert(rows.cbegin(), rows.cend());
            ++tick;
        });
        producer.start();

        // Flowing before the fault.
        QTRY_VERIFY_WITH_TIMEOUT(storedReadings(s.database) >= 5 * kSensorsPerTick, 20000);
        err += service.readAllStandardError();

        if (crash)
            QVERIFY2(m_server.kill(), qPrintable(m_server.errorString()));
        else
            QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        const int producedBefore = int(produced.size());
        QTest::qWait(4000); // the feed goes on; the service keeps what it reads
        QVERIFY2(produced.size() > std::size_t(producedBefore + 5 * kSensorsPerTick), "the source stopped producing");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString() + m_server.logTail()));
        const int producedWhileDown = int(produced.size()) - producedBefore;
        QElapsedTimer sinceBack;
        sinceBack.start();
        QTest::qWait(1500); // and a little after the server is back
        producer.stop();

        // A reading past the rule's limit, written after the outage: only an alert engine whose
        // connection came back raises it.
        const Key alarm{u"st-alarm"_s, QDateTime::currentSecsSinceEpoch() - 5};
        QVERIFY(drop(s.folder, u"zz-alarm.csv"_s, Rows{{alarm, 900.0}}));
        produced.emplace(alarm, 900.0);

        QTRY_COMPARE_WITH_TIMEOUT(storedReadings(s.database), qint64(produced.size()), 45000);
        const qint64 caughtUpMs = sinceBack.elapsed();
        const Rows stored = storedRows(s.database);
        QCOMPARE(stored.size(), produced.size()); // the key forbids doubles: equal counts mean nothing is missing
        QVERIFY2(stored == produced, "the stored readings differ from what the source produced (sensor, instant or value)");
        qInfo("%s: %zu readings produced, %d of them while the server was down; all stored %.1f s after it was back",
              crash ? "server killed" : "server stopped", produced.size(), producedWhileDown, caughtUpMs / 1000.0);

        QTRY_VERIFY_WITH_TIMEOUT(count(s.database, u"SELECT count(*) FROM alert WHERE rule = 'crowd' AND subject_name = 'drops/st-alarm'"_s) == 1,
                                 15000);

        ::kill(pid_t(service.processId()), SIGTERM);
        QVERIFY(service.waitForFinished(30000));
        err += service.readAllStandardError();
        QCOMPARE(service.exitStatus(), QProcess::NormalExit);
        QVERIFY2(service.exitCode() == 0, err.constData());

        const QList<QJsonObject> lines = atalaya::test::jsonLogLines(err, {});
        QVERIFY2(!lines.isEmpty(), err.constData());
        QVERIFY2(countLines(lines, u"atalaya.store"_s, u"store connection lost"_s) == 1, err.constData());
        QVERIFY2(countLines(lines, u"atalaya.store"_s, u"store connection restored after"_s) == 1, err.constData());
        const qsizetype lost = indexOf(lines, u"store connection lost"_s);
        const qsizetype restored = indexOf(lines, u"store connection restored after"_s);
        const qsizetype reopened = indexOf(lines, u"the alert engine reopened its own connection"_s);
        const qsizetype raised = indexOf(lines, u"alert raised"_s);
        QVERIFY2(lost >= 0 && restored > lost && reopened > restored && raised > reopened, err.constData());
        QCOMPARE(lines.at(lost).value(u"level"_s).toString(), u"warning"_s);
        QCOMPARE(lines.at(restored).value(u"level"_s).toString(), u"info"_s);
        qInfo("%s", qPrintable(lines.at(lost).value(u"message"_s).toString()));
        qInfo("%s", qPrintable(lines.at(restored).value(u"message"_s).toString()));
        QVERIFY2(!err.contains("could not be written to the store"), err.constData()); // nothing lost at the stop
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(kBinary).isExecutable(), qPrintable(kBinary));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void serverRestartsUnderTheService()
    {
        outageUnderTheService(false);
    }

    void serverKilledUnderTheService()
    {
        outageUnderTheService(true);
    }

    void sigtermDuringAnOutageWritesWhenTheServerReturns()
    {
        const Setup s = setUp();
        QProcess service;
        service.start(kBinary, {u"--db"_s, s.url, u"--feeds"_s, s.feeds});
        QVERIFY2(service.waitForStarted(10000), qPrintable(service.errorString()));
        QByteArray err;
        QVERIFY2(atalaya::test::waitUntilRunning(service, err, 30000), err.constData());
        const qint64 base = QDateTime::currentSecsSinceEpoch() - 600;
        Rows produced;
        for (int i = 0; i < 20; ++i)
            produced.emplace(Key{u"st-%1"_s.arg(i), base}, double(i));
        QVERIFY(drop(s.folder, u"a.csv"_s, produced));
        QTRY_COMPARE_WITH_TIMEOUT(storedReadings(s.database), qint64(20), 20000);

        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        Rows later;
        for (int i = 0; i < 30; ++i)
            later.emplace(Key{u"st-%1"_s.arg(i), base + 60}, double(100 + i));
        QVERIFY(drop(s.folder, u"b.csv"_s, later));
        produced.insert(later.cbegin(), later.cend());
        QTest::qWait(1500); // read, and refused
        // The stop waits up to 20 s for the store: the server comes back within it.
        ::kill(pid_t(service.processId()), SIGTERM);
        QTest::qWait(2000);
        QCOMPARE(service.state(), QProcess::Running);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(service.waitForFinished(30000));
        err += service.readAllStandardError();
        QCOMPARE(service.exitStatus(), QProcess::NormalExit);
        QVERIFY2(service.exitCode() == 0, err.constData());
        QVERIFY2(storedRows(s.database) == produced, err.constData());
        const QList<QJsonObject> lines = atalaya::test::jsonLogLines(err, {});
        QVERIFY2(countLines(lines, u"atalaya.store"_s, u"store connection lost"_s) == 1, err.constData());
        QVERIFY2(countLines(lines, u"atalaya.store"_s, u"store connection restored after"_s) == 1, err.constData());
    }

    void serviceKilledMidBatch()
    {
        const Setup s = setUp();
        // One file, read in one attempt and written in one transaction (FeedEngine writes a
        // feed's waiting readings in one write() call).
        Rows batch;
        const qint64 base = QDateTime::currentSecsSinceEpoch() - 2 * 86400;
        for (int sensor = 0; sensor < kBatchSensors; ++sensor) {
            for (int k = 0; k < kBatchInstants; ++k)
                batch.emplace(Key{u"b-%1"_s.arg(sensor, 4, 10, QChar(u'0')), base + k * 60}, double((sensor * 7 + k) % 1000));
        }
        QCOMPARE(int(batch.size()), kBatchReadings);
        QVERIFY(drop(s.folder, u"batch.csv"_s, batch));

        QProcess service;
        service.start(kBinary, {u"--db"_s, s.url, u"--feeds"_s, s.feeds});
        QVERIFY2(service.waitForStarted(10000), qPrintable(service.errorString()));

        // The service's transaction holds a row-exclusive lock on observation from its first
        // INSERT until it commits: seen by another connection, the batch is being written.
        QSqlDatabase monitor = QSqlDatabase::addDatabase(u"QPSQL"_s, u"faults-watch"_s);
        monitor.setHostName(m_server.host());
        monitor.setPort(m_server.port());
        monitor.setUserName(m_server.user());
        monitor.setDatabaseName(s.database);
        QVERIFY2(monitor.open(), qPrintable(monitor.lastError().text()));
        bool writing = false;
        qint64 seenBefore = 0;
        QElapsedTimer waited;
        waited.start();
        QByteArray err;
        while (!writing && waited.elapsed() < 60000 && service.state() == QProcess::Running) {
            QSqlQuery query(monitor);
            writing = query.exec(u"SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                                 " WHERE c.relname = 'observation' AND l.mode = 'RowExclusiveLock'"
                                 " AND l.pid <> pg_backend_pid()"_s)
                && query.next() && query.value(0).toInt() > 0;
            if (!writing) {
                // While the batch is under way another connection sees none of it.
                QSqlQuery visible(monitor);
                if (visible.exec(u"SELECT count(*) FROM observation"_s) && visible.next())
                    seenBefore = std::max(seenBefore, visible.value(0).toLongLong());
                service.waitForReadyRead(5);
                err += service.readAllStandardError();
            }
        }
        QVERIFY2(writing, (u"the service never started writing the batch; its log:\n"_s + QString::fromUtf8(err)).toUtf8());
        QCOMPARE(seenBefore, 0);
        ::kill(pid_t(service.processId()), SIGKILL);
        QVERIFY(service.waitForFinished(10000));
        QCOMPARE(service.exitStatus(), QProcess::CrashExit);
        const qint64 killedAfterMs = waited.elapsed();

        // The server ends the killed client's transaction; until then and after it, no reading of
        // the batch is visible.
        QTRY_COMPARE_WITH_TIMEOUT(count(s.database, u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                                    " AND pid <> pg_backend_pid() AND application_name = 'atalaya'"_s),
                                  qint64(0), 30000);
        const qint64 afterKill = storedReadings(s.database);
        QVERIFY2(afterKill == 0 || afterKill == kBatchReadings,
                 qPrintable(u"a partial batch is visible: %1 of %2 readings"_s.arg(afterKill).arg(kBatchReadings)));
        QCOMPARE(afterKill, qint64(0)); // the kill landed mid-write, as meant: nothing of it
        // The file's sensors are registered in a transaction of their own before the readings:
        // all of them or none, never some.
        const qint64 sensors = count(s.database, u"SELECT count(*) FROM sensor WHERE provider = 'drops'"_s);
        QVERIFY2(sensors == 0 || sensors == kBatchSensors, qPrintable(u"%1 sensors of %2 registered"_s.arg(sensors).arg(kBatchSensors)));
        monitor.close();
        monitor = {};
        QSqlDatabase::removeDatabase(u"faults-watch"_s);

        // The next run reads the file again and stores the whole batch, once.
        QProcess once;
        QElapsedTimer onceTook;
        onceTook.start();
        once.start(kBinary, {u"--db"_s, s.url, u"--feeds"_s, s.feeds, u"--once"_s});
        QVERIFY(once.waitForFinished(180000));
        const qint64 onceMs = onceTook.elapsed();
        const QByteArray onceErr = once.readAllStandardError();
        QCOMPARE(once.exitStatus(), QProcess::NormalExit);
        QVERIFY2(once.exitCode() == 0, onceErr.constData());
        QCOMPARE(storedReadings(s.database), qint64(kBatchReadings));
        const Rows stored = storedRows(s.database);
        QVERIFY2(stored == batch, "the stored batch differs from the file (sensor, instant or value)");
        const QList<QJsonObject> lines = atalaya::test::jsonLogLines(onceErr, {});
        const qsizetype summary = indexOf(lines, u"polled,"_s);
        QVERIFY2(summary >= 0, onceErr.constData());
        QCOMPARE(lines.at(summary).value(u"stored"_s).toInteger(), qint64(kBatchReadings));
        QCOMPARE(lines.at(summary).value(u"duplicates"_s).toInteger(), qint64(0));
        qInfo("service killed %.1f s after start, mid-write; 0 readings visible; the next --once stored %d in %.1f s",
              killedAfterMs / 1000.0, kBatchReadings, onceMs / 1000.0);

        // And a run after that finds everything there: nothing doubled.
        QProcess again;
        again.start(kBinary, {u"--db"_s, s.url, u"--feeds"_s, s.feeds, u"--once"_s});
        QVERIFY(again.waitForFinished(180000));
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(storedReadings(s.database), qint64(kBatchReadings));
    }
};

QTEST_GUILESS_MAIN(TestIngestFaults)

#include "tst_ingest_faults.moc"
