#include "benchstats.h"
#include "demo/democity.h"
#include "pgtestserver.h"
#include "store/database.h"
#include "storedigest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace atalaya;
using namespace atalaya::bench;
using namespace Qt::StringLiterals;

// Generates the demo city into a fresh file store (WAL, as the app uses it) a few times and
// prints the median wall time and the number of rows written. `bench_demo PATH` also keeps the
// first store at PATH (which must not exist yet), for looking at the data.
//
// Then the same city into fresh databases of a throwaway PostgreSQL server on loopback (fsync
// off, so the figure is the cost of the statements and their round trips, not of a disk):
// `BENCH demo.generate_pg_s`. The PostgreSQL store must hold the same rows as the SQLite one,
// value for value, or the bench fails.
//
//   BENCH demo.generate_s      SQLite, median of 3
//   BENCH demo.rows            rows of the city's tables
//   BENCH demo.generate_pg_s   PostgreSQL, median of 3 (argument 2 changes the count; 0 skips it)

namespace {

const char *const kTables[] = {"meta", "basemap_feature", "region", "service_point", "hospital",
                               "bed_report", "epidemic_daily", "site", "sensor", "observation"};

std::vector<qint64> rowCounts(const Database &db)
{
    std::vector<qint64> counts;
    for (const char *table : kTables) {
        QSqlQuery q = db.prepare(u"SELECT COUNT(*) FROM "_s + QString::fromLatin1(table));
        counts.push_back(Database::exec(q) && q.next() ? q.value(0).toLongLong() : -1);
    }
    return counts;
}

// Every value of the city's tables in a fixed order (storeDigest), so the two
// backends' stores can be compared without keeping both in memory.
QByteArray contentHash(const Database &db)
{
    static const QStringList tables = {
        u"meta ORDER BY key"_s, u"basemap_feature ORDER BY id"_s, u"region ORDER BY id"_s,
        u"service_point ORDER BY id"_s, u"service_window ORDER BY id"_s,
        u"hospital ORDER BY id"_s, u"bed_report ORDER BY hospital_id, reported_at"_s,
        u"epidemic_daily ORDER BY region_id, day"_s, u"site ORDER BY id"_s, u"sensor ORDER BY id"_s,
        u"observation ORDER BY sensor_id, observed_at"_s, u"alert ORDER BY id"_s, u"alert_event ORDER BY id"_s,
    };
    return test::storeDigest(db, tables);
}

DemoCityOptions benchOptions()
{
    DemoCityOptions options;
    options.seed = 1;
    options.anchor = QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_demo: cannot create a temporary folder\n");
        return 1;
    }
    const int runs = 3;
    const int pgRuns = argc > 2 ? std::max(0, QByteArray(argv[2]).toInt()) : 3;
    std::vector<double> seconds;
    qint64 rows = 0;
    std::vector<qint64> sqliteCounts;
    QByteArray sqliteHash;
    for (int run = 0; run < runs; ++run) {
        Database db;
        const QString path = run == 0 && argc > 1 && argv[1][0] ? QString::fromLocal8Bit(argv[1])
                                                                 : dir.filePath(u"demo-%1.sqlite"_s.arg(run));
        const Database::OpenResult opened = db.open(path);
        if (!opened.ok()) {
            std::fprintf(stderr, "bench_demo: %s\n", qPrintable(opened.message));
            return 1;
        }
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!DemoCity::generate(db, benchOptions(), {}, &error)) {
            std::fprintf(stderr, "bench_demo: %s\n", qPrintable(error));
            return 1;
        }
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (run == 0) {
            sqliteCounts = rowCounts(db);
            for (std::size_t t = 0; t < sqliteCounts.size(); ++t) {
                rows += sqliteCounts[t];
                std::printf("demo rows %-16s %lld\n", kTables[t], sqliteCounts[t]);
            }
            if (pgRuns > 0)
                sqliteHash = contentHash(db);
        }
        db.close();
    }
    std::printf("BENCH demo.generate_s %.3f s\n", median(seconds));
    std::printf("BENCH demo.rows %lld rows\n", rows);
    if (pgRuns == 0)
        return 0;

    test::PgTestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "bench_demo: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::vector<double> pgSeconds;
    for (int run = 0; run < pgRuns; ++run) {
        const QString name = u"demo_%1"_s.arg(run);
        if (!server.createDatabase(name)) {
            std::fprintf(stderr, "bench_demo: %s\n", qPrintable(server.errorString()));
            return 1;
        }
        Database db;
        const Database::OpenResult opened = db.open(server.url(name));
        if (!opened.ok()) {
            std::fprintf(stderr, "bench_demo: %s\n", qPrintable(opened.message));
            return 1;
        }
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!DemoCity::generate(db, benchOptions(), {}, &error)) {
            std::fprintf(stderr, "bench_demo: on PostgreSQL: %s\n", qPrintable(error));
            return 1;
        }
        pgSeconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        std::printf("bench_demo: PostgreSQL run %d: %.2f s; load %s\n", run + 1, pgSeconds.back(),
                    qPrintable(loadAverage()));
        if (rowCounts(db) != sqliteCounts) {
            std::fprintf(stderr, "bench_demo: the PostgreSQL store holds other row counts than the SQLite one\n");
            return 1;
        }
        if (run == 0 && contentHash(db) != sqliteHash) {
            std::fprintf(stderr, "bench_demo: the PostgreSQL store holds other values than the SQLite one\n");
            return 1;
        }
        // The city's rows carry their ids; a service point added afterwards must get a free one.
        QSqlQuery added = db.prepare(u"INSERT INTO service_point (category, name, lat, lon, status, updated_by, updated_at)"
                                     " VALUES ('benches', 'bench check', 38.7, -9.2, 'open', 'bench', 0)"_s);
        if (!Database::exec(added)) {
            std::fprintf(stderr, "bench_demo: on PostgreSQL, a service point added after the city is refused\n");
            return 1;
        }
        db.close();
    }
    std::printf("BENCH demo.generate_pg_s %.3f s\n", median(pgSeconds));
    return 0;
}
