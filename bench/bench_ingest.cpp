// Issue 6: "Sustained ingest of observations from a connector into the store: at least 100,000
// observations per second on these 2-core machines. Compare with a plain sqlite3 bulk import of
// the same rows into the same table and indexes, in the same run, and state the ratio."
//
// The connector's side: Sentilo GET /data/{provider} answers (200 sensors, 1,000 observations
// per answer: 5 one-minute readings per sensor, newest first as Sentilo lists them, string values,
// dd/MM/yyyyTHH:mm:ss timestamps and the epoch-ms "time" beside them), 1,000 answers = 1,000,000
// readings. Each answer is parsed with sentilo::parseProviderData and the readings are written
// with ObservationWriter::write, buffered as FeedEngine buffers them, 10,000 readings (10
// answers) per transaction (argument 2 changes it), into a store file opened as the app opens
// it (WAL, synchronous=NORMAL, foreign keys on), its sensors registered from a catalogue first.
// The transaction size matters more than anything the writer does: each commit rewrites the
// last index page of every sensor it touches, so 5,000 readings per transaction (FeedEngine's
// flush threshold today) and one per answer are measured too, once each.
//
// The baseline: the same rows as CSV (sensor_id, observed_at, value) loaded by the sqlite3 shell
// with `.import --csv` into the observation table of a fresh store with the same schema, indexes,
// sensors and PRAGMAs, timed around the sqlite3 process. Our figure includes JSON parsing; the
// baseline's CSV is already in the table's own columns, and it commits once.
//
// Both run `rounds` times (argument 1, default 3), alternating, into new files; medians are
// reported, wall clock and CPU time, with the load average, since the machine is shared.
//
//   BENCH ingest.obs_per_s                    parse + write, readings per second (wall, median)
//   BENCH ingest.sqlite3_import_obs_per_s     sqlite3 .import of the same rows (wall, median)
//   BENCH ingest.vs_sqlite3_import            ingest rate / sqlite3 import rate
//   BENCH ingest.cpu_obs_per_s                parse + write per CPU second of this process
//   BENCH ingest.sqlite3_import_cpu_obs_per_s sqlite3 rows per CPU second of its process
//   BENCH ingest.vs_sqlite3_import_cpu        the same ratio in CPU time
//   BENCH ingest.parse_obs_per_s              parsing alone
//   BENCH ingest.write_obs_per_s              writing already parsed readings alone
//   BENCH ingest.tx5000_obs_per_s             parse + write, 5,000 readings per transaction (once)
//   BENCH ingest.tx_per_answer_obs_per_s      parse + write, a transaction per answer (once)

#include "benchstats.h"
#include "feeds/observationwriter.h"
#include "feeds/sentilo.h"
#include "ingestworkload.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QHash>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace atalaya;
using namespace atalaya::bench;
using namespace atalaya::feeds;
using namespace Qt::StringLiterals;

namespace {

constexpr int kAnswers = 1000;
constexpr qint64 kReadings = qint64(kSensors) * kReadingsPerSensor * kAnswers;

int fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "bench_ingest: %s %s\n", what, qPrintable(detail));
    return 1;
}

/** The provider's answers, deterministic: people counts that follow a daily curve, some with a
 *  decimal, as counters that average over their minute report them. */
std::vector<QByteArray> makeAnswers(qint64 start)
{
    std::vector<QByteArray> answers;
    answers.reserve(kAnswers);
    PeopleCounts counts;
    for (int a = 0; a < kAnswers; ++a) {
        QByteArray out = "{\"sensors\":["_ba;
        out.reserve(110 * kSensors * kReadingsPerSensor);
        for (int s = 0; s < kSensors; ++s) {
            out += s ? ",{\"sensor\":\""_ba : "{\"sensor\":\""_ba;
            out += sensorCode(s).toLatin1();
            out += "\",\"observations\":["_ba;
            for (int k = kReadingsPerSensor - 1; k >= 0; --k) { // newest first, as Sentilo answers
                const qint64 at = start + (qint64(a) * kReadingsPerSensor + k) * 60;
                const PeopleCounts::Count count = counts.next();
                const QByteArray value = count.half ? QByteArray::number(count.people) + ".5" : QByteArray::number(count.people);
                out += k == kReadingsPerSensor - 1 ? "{\"value\":\""_ba : ",{\"value\":\""_ba;
                out += value;
                out += "\",\"timestamp\":\""_ba;
                out += sentilo::formatTimestamp(at).toLatin1();
                out += "\",\"time\":"_ba;
                out += QByteArray::number(at * 1000);
                out += '}';
            }
            out += "]}"_ba;
        }
        out += "]}"_ba;
        answers.push_back(std::move(out));
    }
    return answers;
}

struct Store {
    Database db;
    bool open(const QString &path, QString &error)
    {
        const Database::OpenResult opened = db.open(path);
        if (!opened.ok()) {
            error = opened.message;
            return false;
        }
        ObservationWriter writer(db);
        const ObservationWriter::Result registered = writer.registerSensors(catalogue());
        error = registered.error;
        return registered.ok();
    }
    qint64 count()
    {
        QSqlQuery query = db.prepare(u"SELECT count(*) FROM observation"_s);
        return Database::exec(query) && query.next() ? query.value(0).toLongLong() : -1;
    }
};

/** A store file and its WAL companions, so ten runs do not fill the temporary folder. */
void removeStore(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

/** Parses and writes every answer as the feed engine does: readings are buffered and written
 *  answersPerWrite answers (x 1,000 readings) per transaction. Wall and CPU seconds, or nothing. */
std::optional<std::pair<double, double>> ingest(const std::vector<QByteArray> &answers, int answersPerWrite,
                                                const QString &path, QString &error)
{
    Store store;
    if (!store.open(path, error))
        return std::nullopt;
    ObservationWriter writer(store.db);
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    QList<SensorReading> batch;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const ParsedPayload payload = sentilo::parseProviderData(answers[i], kProvider);
        if (!payload.ok() || !payload.problems.isEmpty()) {
            error = u"answer %1 did not parse: %2"_s.arg(i).arg(payload.fatal);
            return std::nullopt;
        }
        batch += payload.readings;
        if ((i + 1) % answersPerWrite != 0 && i + 1 < answers.size())
            continue;
        const ObservationWriter::Result result = writer.write(batch);
        if (!result.ok() || result.stored != batch.size()) {
            error = result.error.isEmpty() ? u"readings were lost"_s : result.error;
            return std::nullopt;
        }
        batch.clear();
    }
    const std::pair<double, double> seconds{double(timer.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_SELF) - cpu0};
    if (store.count() != kReadings) {
        error = u"the store holds the wrong number of rows"_s;
        return std::nullopt;
    }
    store.db.close();
    removeStore(path);
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 3;
    const int answersPerWrite = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 10;
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail("cannot create a temporary folder");
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty())
        return fail("the sqlite3 shell is not installed (the baseline needs it)");

    const qint64 start = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
    const std::vector<QByteArray> answers = makeAnswers(start);
    qint64 bytes = 0;
    for (const QByteArray &answer : answers)
        bytes += answer.size();
    std::printf("bench_ingest: %d Sentilo answers of %d readings (%d sensors), %.1f MB of JSON; %d readings per "
                "transaction; %d rounds; load %s\n",
                kAnswers, kSensors * kReadingsPerSensor, kSensors, double(bytes) / 1e6,
                answersPerWrite * kSensors * kReadingsPerSensor, rounds, qPrintable(loadAverage()));

    // Parse alone, keeping the readings for the write-alone figure and the CSV.
    std::vector<QList<SensorReading>> parsed;
    parsed.reserve(kAnswers);
    QElapsedTimer timer;
    double cpu0 = cpuSeconds(RUSAGE_SELF);
    timer.start();
    for (const QByteArray &answer : answers) {
        ParsedPayload payload = sentilo::parseProviderData(answer, kProvider);
        if (!payload.ok() || !payload.problems.isEmpty())
            return fail("a generated answer did not parse:", payload.fatal);
        parsed.push_back(std::move(payload.readings));
    }
    const double parseSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double parseCpu = cpuSeconds(RUSAGE_SELF) - cpu0;

    // Write alone, in the same transactions.
    QString error;
    double writeSeconds = 0, writeCpu = 0;
    {
        Store store;
        if (!store.open(dir.filePath(u"write-only.db"_s), error))
            return fail("cannot prepare the store:", error);
        ObservationWriter writer(store.db);
        cpu0 = cpuSeconds(RUSAGE_SELF);
        timer.restart();
        QList<SensorReading> batch;
        for (std::size_t i = 0; i < parsed.size(); ++i) {
            batch += parsed[i];
            if ((i + 1) % answersPerWrite != 0 && i + 1 < parsed.size())
                continue;
            const ObservationWriter::Result result = writer.write(batch);
            if (!result.ok() || result.stored != batch.size())
                return fail("write failed:", result.error);
            batch.clear();
        }
        writeSeconds = double(timer.nsecsElapsed()) / 1e9;
        writeCpu = cpuSeconds(RUSAGE_SELF) - cpu0;
        if (store.count() != kReadings)
            return fail("the write-only store holds the wrong number of rows");
        store.db.close();
        removeStore(dir.filePath(u"write-only.db"_s));
    }

    // The baseline's rows: the same readings under the ids the baseline stores give the sensors.
    const QString csvPath = dir.filePath(u"observations.csv"_s);
    {
        Store ids;
        if (!ids.open(dir.filePath(u"ids.db"_s), error))
            return fail("cannot prepare the store:", error);
        QHash<QString, qint64> idOf;
        QSqlQuery query = ids.db.prepare(u"SELECT code, id FROM sensor WHERE provider = ?"_s);
        query.addBindValue(kProvider);
        if (!Database::exec(query))
            return fail("cannot read sensor ids");
        while (query.next())
            idOf.insert(query.value(0).toString(), query.value(1).toLongLong());
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return fail("cannot write", csvPath);
        QByteArray buffer;
        for (const QList<SensorReading> &readings : parsed) {
            buffer.clear();
            for (const SensorReading &r : readings) {
                buffer += QByteArray::number(idOf.value(r.sensor));
                buffer += ',';
                buffer += QByteArray::number(r.observedAt);
                buffer += ',';
                buffer += QByteArray::number(r.value, 'g', QLocale::FloatingPointShortest);
                buffer += '\n';
            }
            csv.write(buffer);
        }
    }
    parsed.clear();

    std::vector<double> ingestWall, ingestCpu, importWall, importCpu;
    for (int round = 0; round < rounds; ++round) {
        const auto seconds = ingest(answers, answersPerWrite, dir.filePath(u"ingest-%1.db"_s.arg(round)), error);
        if (!seconds)
            return fail("ingest failed:", error);
        ingestWall.push_back(seconds->first);
        ingestCpu.push_back(seconds->second);

        // sqlite3 .import of the same rows into a fresh store of the same shape, with the
        // PRAGMAs the app's connection runs with.
        const QString path = dir.filePath(u"import-%1.db"_s.arg(round));
        {
            Store store;
            if (!store.open(path, error))
                return fail("cannot prepare the store:", error);
        }
        QProcess shell;
        shell.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QStringList arguments = {u"-cmd"_s, u"PRAGMA synchronous=NORMAL"_s, u"-cmd"_s, u"PRAGMA foreign_keys=ON"_s,
                                       path, u".import --csv '%1' observation"_s.arg(csvPath)};
        cpu0 = cpuSeconds(RUSAGE_CHILDREN);
        timer.restart();
        shell.start(sqlite3, arguments);
        if (!shell.waitForFinished(-1) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0)
            return fail("sqlite3 .import failed:", QString::fromLocal8Bit(shell.readAllStandardOutput()));
        importWall.push_back(double(timer.nsecsElapsed()) / 1e9);
        importCpu.push_back(cpuSeconds(RUSAGE_CHILDREN) - cpu0);
        {
            Store check;
            if (!check.db.open(path).ok() || check.count() != kReadings)
                return fail("the sqlite3 import left the wrong number of rows");
        }
        removeStore(path);

        std::printf("bench_ingest: round %d: ingest %.2f s (%.2f s CPU), sqlite3 .import %.2f s (%.2f s CPU); load %s\n",
                    round + 1, ingestWall.back(), ingestCpu.back(), importWall.back(), importCpu.back(),
                    qPrintable(loadAverage()));
    }

    // For comparison: smaller transactions. Each commit rewrites the last index page of all 200
    // sensors in the WAL, which larger batches share between more readings.
    const auto fiveAnswers = ingest(answers, 5, dir.filePath(u"tx5000.db"_s), error);
    if (!fiveAnswers)
        return fail("ingest failed:", error);
    const auto perAnswer = ingest(answers, 1, dir.filePath(u"per-answer.db"_s), error);
    if (!perAnswer)
        return fail("ingest failed:", error);

    const double ingestRate = kReadings / median(ingestWall);
    const double importRate = kReadings / median(importWall);
    const double ingestCpuRate = kReadings / median(ingestCpu);
    const double importCpuRate = kReadings / median(importCpu);
    std::printf("BENCH ingest.obs_per_s %.0f obs/s\n", ingestRate);
    std::printf("BENCH ingest.sqlite3_import_obs_per_s %.0f obs/s\n", importRate);
    std::printf("BENCH ingest.vs_sqlite3_import %.2f x\n", ingestRate / importRate);
    std::printf("BENCH ingest.cpu_obs_per_s %.0f obs/s\n", ingestCpuRate);
    std::printf("BENCH ingest.sqlite3_import_cpu_obs_per_s %.0f obs/s\n", importCpuRate);
    std::printf("BENCH ingest.vs_sqlite3_import_cpu %.2f x\n", ingestCpuRate / importCpuRate);
    std::printf("BENCH ingest.parse_obs_per_s %.0f obs/s\n", kReadings / parseSeconds);
    std::printf("BENCH ingest.write_obs_per_s %.0f obs/s\n", kReadings / writeSeconds);
    std::printf("BENCH ingest.tx5000_obs_per_s %.0f obs/s\n", kReadings / fiveAnswers->first);
    std::printf("BENCH ingest.tx_per_answer_obs_per_s %.0f obs/s\n", kReadings / perAnswer->first);
    std::printf("bench_ingest: parse alone %.2f s (%.2f s CPU), write alone %.2f s (%.2f s CPU), 5,000 per transaction "
                "%.2f s (%.2f s CPU), a transaction per answer %.2f s (%.2f s CPU); load %s\n",
                parseSeconds, parseCpu, writeSeconds, writeCpu, fiveAnswers->first, fiveAnswers->second, perAnswer->first,
                perAnswer->second, qPrintable(loadAverage()));
    return 0;
}
