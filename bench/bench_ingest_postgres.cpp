// Issue 8: "Ingest rate into PostgreSQL with batched COPY or multi-row inserts versus single-row
// inserts, in one run."
//
// A throwaway PostgreSQL server on loopback (tests/support/pgtestserver.h: fsync off, so the
// figures are the cost of statements, round trips and the server's work, not of a disk), a fresh
// store database for every round and path, its 200 sensors registered first. The same N
// readings (argument 1, default 200,000: one-minute readings of 200 sensors, grouped by sensor
// within each 1,000-reading answer as a Sentilo provider lists them) are written
//   (a) batched: ObservationWriter::write, 10,000 readings per call and so per transaction
//       (argument 3 changes it), as FeedEngine buffers them: multi-row INSERTs;
//   (b) single-row: one prepared INSERT INTO observation ... ON CONFLICT DO NOTHING executed per
//       reading, sensor ids resolved from a hash as the writer's cache does, in the same
//       transactions.
// Both include the store's statement triggers (change notifications, migration 5), which a
// single-row writer fires once per reading. Every round checks the table holds exactly N rows
// and each path reported N stored; anything else fails the bench (exit 1). Rounds (argument 2,
// default 3) alternate which path goes first; medians are reported, with the load average,
// since the machine is shared.
//
//   BENCH ingest.pg.batched_obs_per_s       readings per second, batched (wall, median)
//   BENCH ingest.pg.single_row_obs_per_s    readings per second, single-row (wall, median)
//   BENCH ingest.pg.batched_vs_single_row   the ratio

#include "benchstats.h"
#include "feeds/observationwriter.h"
#include "ingestworkload.h"
#include "pgtestserver.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
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

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_ingest_postgres: %s\n", qPrintable(what));
    return 1;
}

/** n readings, deterministic: people counts, some with a decimal. */
QList<SensorReading> makeReadings(qint64 n, qint64 start)
{
    QList<SensorReading> readings;
    readings.reserve(n);
    QStringList codes;
    for (int s = 0; s < kSensors; ++s)
        codes.append(sensorCode(s));
    PeopleCounts counts;
    constexpr qint64 perAnswer = qint64(kSensors) * kReadingsPerSensor;
    for (qint64 j = 0; j < n; ++j) {
        const qint64 answer = j / perAnswer;
        const int sensor = int((j % perAnswer) / kReadingsPerSensor);
        const int minute = int(j % kReadingsPerSensor);
        readings.append(SensorReading{kProvider, codes[sensor], start + (answer * kReadingsPerSensor + minute) * 60,
                                      counts.next().value()});
    }
    return readings;
}

struct Timing {
    double wall = 0;
    double cpu = 0; // this process only; the server's backend works in its own
};

/** A fresh store database on the server with the catalogue's sensors registered. */
bool openStore(test::PgTestServer &server, const QString &name, Database &db, QString &error)
{
    if (!server.createDatabase(name)) {
        error = server.errorString();
        return false;
    }
    const Database::OpenResult opened = db.open(server.url(name));
    if (!opened.ok()) {
        error = opened.message;
        return false;
    }
    ObservationWriter writer(db);
    const ObservationWriter::Result registered = writer.registerSensors(catalogue());
    error = registered.error;
    return registered.ok();
}

bool checkCount(Database &db, qint64 expected, const char *path, QString &error)
{
    QSqlQuery query = db.prepare(u"SELECT count(*) FROM observation"_s);
    const qint64 rows = Database::exec(query) && query.next() ? query.value(0).toLongLong() : -1;
    if (rows == expected)
        return true;
    error = u"the %1 store holds %2 observations instead of %3"_s.arg(QLatin1StringView(path)).arg(rows).arg(expected);
    return false;
}

std::optional<Timing> batched(test::PgTestServer &server, const QString &name, const QList<SensorReading> &readings,
                              int perTransaction, QString &error)
{
    Database db;
    if (!openStore(server, name, db, error))
        return std::nullopt;
    ObservationWriter writer(db);
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    qint64 stored = 0;
    for (qsizetype from = 0; from < readings.size(); from += perTransaction) {
        const ObservationWriter::Result result = writer.write(readings.mid(from, perTransaction));
        if (!result.ok()) {
            error = result.error;
            return std::nullopt;
        }
        stored += result.stored;
    }
    const Timing timing{double(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpu0};
    if (stored != readings.size()) {
        error = u"the batched writer reported %1 readings stored instead of %2"_s.arg(stored).arg(readings.size());
        return std::nullopt;
    }
    if (!checkCount(db, readings.size(), "batched", error))
        return std::nullopt;

    // Untimed: duplicates, in the batch and of stored readings, are skipped and counted, and
    // the first value received is the one kept, on this backend as on SQLite.
    const SensorReading &first = readings.first();
    const qint64 later = first.observedAt + 1;
    const ObservationWriter::Result again = writer.write({first, {kProvider, first.sensor, later, 1.5},
                                                          {kProvider, first.sensor, later, 2.5}});
    QSqlQuery kept = db.prepare(u"SELECT o.value FROM observation o JOIN sensor s ON s.id = o.sensor_id"
                                " WHERE s.code = ? AND o.observed_at = ?"_s);
    kept.addBindValue(first.sensor);
    kept.addBindValue(later);
    if (!again.ok() || again.stored != 1 || again.duplicates != 2 || !Database::exec(kept) || !kept.next()
        || kept.value(0).toDouble() != 1.5) {
        error = u"duplicates were not skipped as on SQLite (stored %1, duplicates %2): %3"_s.arg(again.stored)
                    .arg(again.duplicates)
                    .arg(again.error);
        return std::nullopt;
    }
    return timing;
}

std::optional<Timing> singleRow(test::PgTestServer &server, const QString &name, const QList<SensorReading> &readings,
                                int perTransaction, QString &error)
{
    Database db;
    if (!openStore(server, name, db, error))
        return std::nullopt;
    QHash<QString, qint64> ids;
    QSqlQuery sensors = db.prepare(u"SELECT code, id FROM sensor WHERE provider = ?"_s);
    sensors.addBindValue(kProvider);
    if (!Database::exec(sensors)) {
        error = sensors.lastError().text();
        return std::nullopt;
    }
    while (sensors.next())
        ids.insert(sensors.value(0).toString(), sensors.value(1).toLongLong());
    QSqlQuery insert = db.prepare(u"INSERT INTO observation (sensor_id, observed_at, value) VALUES (?, ?, ?)"
                                  " ON CONFLICT (sensor_id, observed_at) DO NOTHING"_s);
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    qint64 stored = 0;
    for (qsizetype from = 0; from < readings.size(); from += perTransaction) {
        const qsizetype to = std::min(readings.size(), from + perTransaction);
        const bool done = db.inTransaction([&] {
            for (qsizetype i = from; i < to; ++i) {
                const SensorReading &r = readings[i];
                insert.bindValue(0, ids.value(r.sensor));
                insert.bindValue(1, r.observedAt);
                insert.bindValue(2, r.value);
                if (!insert.exec()) {
                    error = insert.lastError().text();
                    return false;
                }
                stored += insert.numRowsAffected();
            }
            return true;
        });
        if (!done) {
            if (error.isEmpty())
                error = db.connection().lastError().text();
            return std::nullopt;
        }
    }
    const Timing timing{double(timer.nsecsElapsed()) / 1e9, cpuSeconds() - cpu0};
    if (stored != readings.size()) {
        error = u"the single-row inserts reported %1 readings stored instead of %2"_s.arg(stored).arg(readings.size());
        return std::nullopt;
    }
    if (!checkCount(db, readings.size(), "single-row", error))
        return std::nullopt;
    return timing;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? std::max<qint64>(1, QByteArray(argv[1]).toLongLong()) : 200000;
    const int rounds = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 3;
    const int perTransaction = argc > 3 ? std::max(1, QByteArray(argv[3]).toInt()) : 10000;

    const qint64 start = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
    const QList<SensorReading> readings = makeReadings(n, start);
    test::PgTestServer server;
    if (!server.start())
        return fail(server.errorString());
    std::printf("bench_ingest_postgres: %lld readings of %d sensors, %d per transaction, %d rounds, PostgreSQL on "
                "loopback (fsync off); load %s\n",
                n, kSensors, perTransaction, rounds, qPrintable(loadAverage()));

    std::vector<double> batchedWall, singleWall;
    QString error;
    for (int round = 0; round < rounds; ++round) {
        std::optional<Timing> b, s;
        // Alternate the order, so a change of load during a round does not always favour one path.
        for (int k = 0; k < 2; ++k) {
            if ((k == 0) == (round % 2 == 0)) {
                b = batched(server, u"batched_%1"_s.arg(round), readings, perTransaction, error);
                if (!b)
                    return fail(u"batched write failed: "_s + error);
            } else {
                s = singleRow(server, u"single_row_%1"_s.arg(round), readings, perTransaction, error);
                if (!s)
                    return fail(u"single-row write failed: "_s + error);
            }
        }
        batchedWall.push_back(b->wall);
        singleWall.push_back(s->wall);
        std::printf("bench_ingest_postgres: round %d: batched %.2f s (%.2f s CPU here), single-row %.2f s (%.2f s CPU "
                    "here); load %s\n",
                    round + 1, b->wall, b->cpu, s->wall, s->cpu, qPrintable(loadAverage()));
    }

    const double batchedRate = double(n) / median(batchedWall);
    const double singleRate = double(n) / median(singleWall);
    std::printf("BENCH ingest.pg.batched_obs_per_s %.0f obs/s\n", batchedRate);
    std::printf("BENCH ingest.pg.single_row_obs_per_s %.0f obs/s\n", singleRate);
    std::printf("BENCH ingest.pg.batched_vs_single_row %.1f x\n", batchedRate / singleRate);
    return 0;
}
