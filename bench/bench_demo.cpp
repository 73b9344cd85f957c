#include "demo/democity.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace atalaya;
using namespace Qt::StringLiterals;

// Generates the demo city into a fresh file store (WAL, as the app uses it) a few times and
// prints the median wall time and the number of rows written. `bench_demo PATH` also keeps the
// first store at PATH (which must not exist yet), for looking at the data.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_demo: cannot create a temporary folder\n");
        return 1;
    }
    const int runs = 3;
    std::vector<double> seconds;
    qint64 rows = 0;
    for (int run = 0; run < runs; ++run) {
        Database db;
        const QString path = run == 0 && argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(u"demo-%1.sqlite"_s.arg(run));
        const Database::OpenResult opened = db.open(path);
        if (!opened.ok()) {
            std::fprintf(stderr, "bench_demo: %s\n", qPrintable(opened.message));
            return 1;
        }
        DemoCityOptions options;
        options.seed = 1;
        options.anchor = QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!DemoCity::generate(db, options, {}, &error)) {
            std::fprintf(stderr, "bench_demo: %s\n", qPrintable(error));
            return 1;
        }
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (run == 0) {
            static const char *const tables[] = {"meta", "basemap_feature", "region", "service_point", "hospital",
                                                 "bed_report", "epidemic_daily", "site", "sensor", "observation"};
            for (const char *table : tables) {
                QSqlQuery q = db.prepare(u"SELECT COUNT(*) FROM "_s + QString::fromLatin1(table));
                if (Database::exec(q) && q.next()) {
                    rows += q.value(0).toLongLong();
                    std::printf("demo rows %-16s %lld\n", table, q.value(0).toLongLong());
                }
            }
        }
        db.close();
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("BENCH demo.generate_s %.3f s\n", seconds[seconds.size() / 2]);
    std::printf("BENCH demo.rows %lld rows\n", rows);
    return 0;
}
