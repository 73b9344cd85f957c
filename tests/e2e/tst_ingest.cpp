// atalaya-ingest end to end: the real executable with a folder feed against a temporary SQLite
// store. Readings dropped into the folder reach the store; SIGTERM with a batch still in memory
// writes it before exit 0; --once polls once (exit 0, or 1 when a feed fails); status reports
// and exits 0, 2 or 65; the log is one JSON object per line; the binary needs no GUI library.
#include "ingestprocess.h"
#include "store/database.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString kBinary = QStringLiteral(ATALAYA_INGEST);

} // namespace

class TestIngest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /** A fresh folder, store and feeds file for one test; the feed "drops" reads the folder. */
    struct Setup {
        QString folder, store, feeds;
    };
    Setup setUp(int staleAfterSeconds = 0, bool withFailingFeed = false)
    {
        Setup s;
        const QString name = u"case%1"_s.arg(++m_serial);
        QDir(m_dir.path()).mkpath(name + u"/in"_s);
        s.folder = path(name + u"/in"_s);
        s.store = path(name + u"/city.db"_s);
        s.feeds = path(name + u"/feeds.json"_s);
        QString feeds = u"{\"version\":1,\"feeds\":[{\"id\":\"drops\",\"kind\":\"file\",\"path\":\"%1\",\"pattern\":\"*.csv\","
                        "\"cadenceSeconds\":1%2,\"mapping\":{\"format\":\"csv\",\"sensorField\":\"station\","
                        "\"valueField\":\"people\",\"timeField\":\"time\",\"timeFormat\":\"epoch_s\"}}"_s
                            .arg(s.folder, staleAfterSeconds > 0 ? u",\"staleAfterSeconds\":%1"_s.arg(staleAfterSeconds) : QString());
        if (withFailingFeed)
            feeds += u",{\"id\":\"gone\",\"kind\":\"file\",\"path\":\"%1\",\"cadenceSeconds\":1,"
                     "\"mapping\":{\"format\":\"csv\",\"sensorField\":\"station\",\"valueField\":\"people\"}}"_s
                         .arg(path(name + u"/missing"_s));
        feeds += u"]}"_s;
        write(s.feeds, feeds.toUtf8());
        return s;
    }

    static void write(const QString &file, const QByteArray &data)
    {
        QFile f(file);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(f.errorString()));
        f.write(data);
    }

    /** A CSV of readings of stations st-<first>..st-<first+count-1>, observed secondsAgo ago. */
    static QByteArray readings(int first, int count, qint64 secondsAgo = 30)
    {
        const qint64 at = QDateTime::currentSecsSinceEpoch() - secondsAgo;
        QByteArray csv = "station,people,time\n";
        for (int i = first; i < first + count; ++i)
            csv += QByteArray("st-") + QByteArray::number(i) + ',' + QByteArray::number(10 + i) + ',' + QByteArray::number(at) + '\n';
        return csv;
    }

    /** Observations stored under a provider (the store is opened next to the running service:
     *  SQLite's WAL lets it read while the service writes). */
    static qint64 stored(const QString &store, const QString &provider = u"drops"_s)
    {
        if (!QFileInfo::exists(store))
            return -1; // not created yet: opening it here would race the service's migration
        atalaya::Database db;
        if (!db.open(store).ok())
            return -1;
        QSqlQuery query = db.prepare(u"SELECT COUNT(*) FROM observation o JOIN sensor s ON s.id = o.sensor_id WHERE s.provider = ?"_s);
        query.addBindValue(provider);
        if (!atalaya::Database::exec(query) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    static std::optional<QJsonObject> find(const QList<QJsonObject> &lines, const QString &field, const QJsonValue &value,
                                           const QString &messagePart = {})
    {
        for (const QJsonObject &line : lines) {
            if (line.value(field) == value && line.value(u"message"_s).toString().contains(messagePart))
                return line;
        }
        return std::nullopt;
    }

    static int run(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess process;
        process.start(kBinary, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        if (err)
            *err = process.readAllStandardError();
        return process.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(kBinary).isExecutable(), qPrintable(kBinary));
    }

    void binaryNeedsNoGuiLibrary()
    {
        QProcess readelf;
        readelf.start(u"readelf"_s, {u"-d"_s, kBinary});
        QVERIFY2(readelf.waitForFinished(30000), "readelf (binutils) is needed to read the binary's NEEDED entries");
        QCOMPARE(readelf.exitCode(), 0);
        const QString dynamic = QString::fromUtf8(readelf.readAllStandardOutput());
        QVERIFY2(dynamic.contains(u"libQt6Core.so"_s), qPrintable(dynamic)); // the check reads what it should
        QVERIFY2(dynamic.contains(u"libQt6Sql.so"_s), qPrintable(dynamic));
        for (const QString &gui : {u"libQt6Gui"_s, u"libQt6Quick"_s, u"libQt6Widgets"_s, u"libQt6Qml"_s, u"libGL"_s, u"libEGL"_s})
            QVERIFY2(!dynamic.contains(gui), qPrintable(gui + u" is needed by "_s + kBinary));

        // Nor through the libraries it needs (ldd lists the whole closure).
        QProcess ldd;
        ldd.start(u"ldd"_s, {kBinary});
        QVERIFY2(ldd.waitForFinished(30000), "ldd is needed to list the libraries the binary loads");
        QCOMPARE(ldd.exitCode(), 0);
        const QString loaded = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY2(loaded.contains(u"libQt6Core.so"_s), qPrintable(loaded));
        for (const QString &gui : {u"libQt6Gui"_s, u"libQt6Quick"_s, u"libQt6Widgets"_s, u"libX11"_s, u"libxcb"_s, u"libwayland"_s})
            QVERIFY2(!loaded.contains(gui), qPrintable(gui + u" is loaded by "_s + kBinary));
    }

    void usageAndInputErrors()
    {
        const Setup s = setUp();
        QCOMPARE(run({u"--feeds"_s, s.feeds}), 64);                                   // no --db
        QCOMPARE(run({u"--db"_s, s.store}), 64);                                      // no --feeds
        QCOMPARE(run({u"--db"_s, s.store, u"--feeds"_s, s.feeds, u"--log-format"_s, u"xml"_s}), 64);
        QCOMPARE(run({u"--db"_s, s.store, u"--feeds"_s, s.feeds, u"--no-such-option"_s}), 64);
        QCOMPARE(run({u"--db"_s, s.store, u"--feeds"_s, path(u"absent.json"_s)}), 66);
        write(path(u"notjson.json"_s), "feeds: yes");
        QCOMPARE(run({u"--db"_s, s.store, u"--feeds"_s, path(u"notjson.json"_s)}), 66);
        QCOMPARE(run({u"--db"_s, s.store, u"--feeds"_s, s.feeds, u"--rules"_s, path(u"absent-rules.json"_s)}), 66);
        // A store that is not one is refused and left alone.
        write(path(u"text.db"_s), "not a database\n");
        QCOMPARE(run({u"--db"_s, path(u"text.db"_s), u"--feeds"_s, s.feeds, u"--once"_s}), 65);
        QFile text(path(u"text.db"_s));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QCOMPARE(text.readAll(), QByteArray("not a database\n"));
    }

    void onceStoresOnePollAndExitsZero()
    {
        const Setup s = setUp();
        write(s.folder + u"/a.csv"_s, readings(1, 5));
        QByteArray err;
        QCOMPARE(run({u"--db"_s, s.store, u"--feeds"_s, s.feeds, u"--once"_s}, nullptr, &err), 0);
        QCOMPARE(stored(s.store), 5);
        const QList<QJsonObject> lines = atalaya::test::jsonLogLines(err, "atalaya."_L1);
        QVERIFY2(!lines.isEmpty(), err.constData());
        const auto summary = find(lines, u"feed"_s, u"drops"_s, u"polled"_s);
        QVERIFY2(summary, err.constData());
        QCOMPARE(summary->value(u"ok"_s).toBool(), true);
        QCOMPARE(summary->value(u"stored"_s).toInteger(), 5);
        QCOMPARE(summary->value(u"level"_s).toString(), u"info"_s);
        QCOMPARE(summary->value(u"category"_s).toString(), u"atalaya.ingest"_s);
        QVERIFY2(find(lines, u"category"_s, u"atalaya.ingest"_s, u"evaluates no alerts"_s), err.constData());

        // A second run finds the same file already stored: nothing doubled.
        QCOMPARE(run({u"--db"_s, s.store, u"--feeds"_s, s.feeds, u"--once"_s}, nullptr, &err), 0);
        QCOMPARE(stored(s.store), 5);
    }

    void onceWithAFailingFeedExitsOne()
    {
        const Setup s = setUp(0, true);
        write(s.folder + u"/a.csv"_s, readings(1, 3));
        QByteArray err;
        QCOMPARE(run({u"--db"_s, s.store, u"--feeds"_s, s.feeds, u"--once"_s}, nullptr, &err), 1);
        QCOMPARE(stored(s.store), 3); // the good feed's readings are stored all the same
        const QList<QJsonObject> lines = atalaya::test::jsonLogLines(err, "atalaya."_L1);
        QVERIFY2(!lines.isEmpty(), err.constData());
        const auto failed = find(lines, u"feed"_s, u"gone"_s, u"failed:"_s);
        QVERIFY2(failed && failed->value(u"ok"_s) == QJsonValue(false), err.constData());
        QVERIFY2(failed->value(u"message"_s).toString().contains(u"no such file or folder"_s), err.constData());
        QVERIFY2(find(lines, u"feed"_s, u"drops"_s, u"polled"_s), err.constData());
    }

    void onceEvaluatesTheRulesGiven()
    {
        const Setup s = setUp();
        write(s.folder + u"/a.csv"_s, readings(1, 2)); // st-1: 11 people, st-2: 12
        write(path(u"rules.json"_s), R"({"version": 1, "rules": [
            {"id": "crowd", "name": "Many people", "type": "threshold", "indicator": "observation",
             "subjects": "drops/st-2", "direction": "above", "limit": 11.5}]})");
        QByteArray err;
        QCOMPARE(run({u"--db"_s, s.store, u"--feeds"_s, s.feeds, u"--rules"_s, path(u"rules.json"_s), u"--once"_s}, nullptr, &err), 0);
        const QList<QJsonObject> lines = atalaya::test::jsonLogLines(err, "atalaya."_L1);
        const auto raised = find(lines, u"rule"_s, u"crowd"_s, u"alert raised"_s);
        QVERIFY2(raised, err.constData());
        QVERIFY2(!find(lines, u"category"_s, u"atalaya.ingest"_s, u"evaluates no alerts"_s), err.constData());

        atalaya::Database db;
        QVERIFY(db.open(s.store).ok());
        QSqlQuery query = db.prepare(u"SELECT rule, subject_name FROM alert"_s);
        QVERIFY(atalaya::Database::exec(query));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"crowd"_s);
        QCOMPARE(query.value(1).toString(), u"drops/st-2"_s);
        QVERIFY(!query.next()); // st-1 stayed below the limit
    }

    void serviceStoresDroppedReadingsAndStopsOnSigterm()
    {
        const Setup s = setUp();
        QProcess service;
        service.start(kBinary, {u"--db"_s, s.store, u"--feeds"_s, s.feeds, u"--log-format"_s, u"json"_s});
        QVERIFY2(service.waitForStarted(10000), qPrintable(service.errorString()));
        QByteArray err;
        QVERIFY2(atalaya::test::waitUntilRunning(service, err, 20000), err.constData());
        QCOMPARE(stored(s.store), 0);
        write(s.folder + u"/a.csv"_s, readings(1, 4));
        QTRY_COMPARE_WITH_TIMEOUT(stored(s.store), 4, 15000);
        write(s.folder + u"/b.csv"_s, readings(5, 6, 10));
        QTRY_COMPARE_WITH_TIMEOUT(stored(s.store), 10, 15000);

        ::kill(pid_t(service.processId()), SIGTERM);
        QVERIFY(service.waitForFinished(30000));
        QCOMPARE(service.exitStatus(), QProcess::NormalExit);
        QCOMPARE(service.exitCode(), 0);
        err += service.readAllStandardError();
        const QList<QJsonObject> lines = atalaya::test::jsonLogLines(err, "atalaya."_L1);
        QVERIFY2(!lines.isEmpty(), err.constData());
        QVERIFY2(find(lines, u"category"_s, u"atalaya.ingest"_s, u"SIGTERM received"_s), err.constData());
        QVERIFY2(find(lines, u"exit_code"_s, 0, u"stopped"_s), err.constData());
    }

    void sigtermWritesThePendingBatch()
    {
        const Setup s = setUp();
        QProcess service;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The per-attempt debug line says how many readings wait in memory.
        env.insert(u"QT_LOGGING_RULES"_s, u"atalaya.ingest.debug=true"_s);
        service.setProcessEnvironment(env);
        // Readings would wait ten minutes before being written: the stop must write them.
        service.start(kBinary, {u"--db"_s, s.store, u"--feeds"_s, s.feeds, u"--flush-interval-ms"_s, u"600000"_s});
        QVERIFY2(service.waitForStarted(10000), qPrintable(service.errorString()));
        QByteArray err;
        QVERIFY2(atalaya::test::waitUntilRunning(service, err, 20000), err.constData());
        QVERIFY2(err.contains("\"mode\":\"service\""), err.constData());
        write(s.folder + u"/a.csv"_s, readings(1, 7));
        const auto pending = [&] {
            err += service.readAllStandardError();
            const QList<QJsonObject> lines = atalaya::test::jsonLogLines(err, "atalaya."_L1);
            return std::any_of(lines.cbegin(), lines.cend(), [](const QJsonObject &line) {
                return line.value(u"feed"_s) == u"drops"_s && line.value(u"message"_s).toString().contains(u"attempt succeeded"_s)
                    && line.value(u"buffered"_s).toInt() >= 7;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(pending(), 15000);
        QCOMPARE(stored(s.store), 0); // still in memory: the batch is pending

        ::kill(pid_t(service.processId()), SIGTERM);
        QVERIFY(service.waitForFinished(30000));
        QCOMPARE(service.exitStatus(), QProcess::NormalExit);
        QCOMPARE(service.exitCode(), 0);
        QCOMPARE(stored(s.store), 7);
        err += service.readAllStandardError();
        QVERIFY2(!atalaya::test::jsonLogLines(err, "atalaya."_L1).isEmpty(), err.constData());
    }

    void sigintStopsTooWithTextLogs()
    {
        const Setup s = setUp();
        write(s.folder + u"/a.csv"_s, readings(1, 2));
        QProcess service;
        service.start(kBinary, {u"--db"_s, s.store, u"--feeds"_s, s.feeds, u"--log-format"_s, u"text"_s});
        QVERIFY2(service.waitForStarted(10000), qPrintable(service.errorString()));
        QByteArray early;
        QVERIFY2(atalaya::test::waitUntilRunning(service, early, 20000), early.constData());
        QTRY_COMPARE_WITH_TIMEOUT(stored(s.store), 2, 15000);
        ::kill(pid_t(service.processId()), SIGINT);
        QVERIFY(service.waitForFinished(30000));
        QCOMPARE(service.exitStatus(), QProcess::NormalExit);
        QCOMPARE(service.exitCode(), 0);
        const QString err = QString::fromUtf8(early + service.readAllStandardError());
        QVERIFY2(err.contains(u" info atalaya.ingest: SIGINT received: stopping"_s), qPrintable(err));
        QVERIFY2(!err.startsWith(u'{'), qPrintable(err));
    }

    void statusReportsAndExits()
    {
        // Current: readings 30 s old, the feed expected every 120 s at most (twice its cadence
        // of 60 s is the default; here staleAfterSeconds says it).
        const Setup s = setUp(120);
        write(s.folder + u"/a.csv"_s, readings(1, 3));
        QCOMPARE(run({u"--db"_s, s.store, u"--feeds"_s, s.feeds, u"--once"_s}), 0);
        QByteArray out, err;
        QCOMPARE(run({u"status"_s, u"--db"_s, s.store}, &out, &err), 0);
        QVERIFY2(out.contains("feed drops") && out.contains("current") && out.contains("3 reading")
                 && out.contains("in the last hour"), out.constData());
        QCOMPARE(run({u"status"_s, u"--db"_s, s.store, u"--json"_s}, &out), 0);
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value(u"stale"_s).toBool(true), false);
        const QJsonObject drops = report.value(u"sources"_s).toArray().at(0).toObject();
        QCOMPARE(drops.value(u"feed"_s).toString(), u"drops"_s);
        QCOMPARE(drops.value(u"state"_s).toString(), u"current"_s);
        QCOMPARE(drops.value(u"sensors"_s).toInt(), 3);
        QCOMPARE(drops.value(u"readings_last_hour"_s).toInt(), 3);
        QCOMPARE(drops.value(u"stale_after"_s).toInt(), 120);
        QVERIFY(QDateTime::fromString(drops.value(u"newest_at"_s).toString(), Qt::ISODate).isValid());

        // Stale: the newest reading is 10 minutes old, the feed expected every 2 minutes.
        const Setup old = setUp(120);
        write(old.folder + u"/a.csv"_s, readings(1, 2, 600));
        QCOMPARE(run({u"--db"_s, old.store, u"--feeds"_s, old.feeds, u"--once"_s}), 0);
        QCOMPARE(run({u"status"_s, u"--db"_s, old.store}, &out), 2);
        QVERIFY2(out.contains("STALE since"), out.constData());
        QCOMPARE(run({u"status"_s, u"--db"_s, old.store, u"--json"_s}, &out), 2);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"stale"_s).toBool(), true);
        // With a feeds file that expects less (an hour), the same store is current.
        const Setup lenient = setUp(3600);
        QCOMPARE(run({u"status"_s, u"--db"_s, old.store, u"--feeds"_s, lenient.feeds}, &out), 0);

        // No store, or not a store: 65, and nothing is created.
        QCOMPARE(run({u"status"_s, u"--db"_s, path(u"nowhere.db"_s)}), 65);
        QVERIFY(!QFileInfo::exists(path(u"nowhere.db"_s)));
        write(path(u"text2.db"_s), "not a database\n");
        QCOMPARE(run({u"status"_s, u"--db"_s, path(u"text2.db"_s)}), 65);
        QCOMPARE(run({u"status"_s}), 64);
    }
};

QTEST_GUILESS_MAIN(TestIngest)

#include "tst_ingest.moc"
