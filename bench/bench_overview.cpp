// How long the Overview takes to follow the time cursor: every step of the cursor recomputes
// the status bar's figures and the district table from the store.
//
//   BENCH overview.headline_ms   computeHeadlineFigures at a random moment (median): the status
//                                bar's figures (population, data time), read on every step of the
//                                time cursor on every page
//   BENCH overview.districts_ms  computeDistrictFigures at a random moment (median)
//   BENCH overview.step_ms       both together: what one step of the time cursor costs
//   BENCH overview.kpis_ms       computeKpis at a random moment (median): the key figures of every
//                                capability that the Overview cards, presentation mode and the
//                                briefing PDF show, read from scratch (a briefing export)
//   BENCH overview.kpis_step_ms  KpiCalculator::compute, the city's epidemic history kept: what a
//                                step of the time cursor costs the Overview's cards

#include "analytics/districtfigures.h"
#include "analytics/headlinefigures.h"
#include "analytics/kpis.h"
#include "benchstats.h"
#include "demo/democity.h"
#include "demo/random.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace atalaya::bench;

namespace {

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    atalaya::Database db;
    if (!db.open(dir.filePath(QStringLiteral("bench.db"))).ok())
        return 1;
    const QDateTime anchor(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);
    QString error;
    if (!atalaya::DemoCity::generate(db, {1, anchor}, {}, &error)) {
        std::fprintf(stderr, "bench_overview: %s\n", qPrintable(error));
        return 1;
    }

    // Moments over the last 90 days, where every kind of data exists.
    atalaya::Random random(42);
    QList<double> headline, districts, steps, kpis, kpiSteps;
    atalaya::KpiCalculator calculator(db);
    for (int i = 0; i < 200; ++i) {
        const QDateTime at = anchor.addSecs(-qint64(random.uniform(0, 90 * 86400.0)));
        QElapsedTimer timer;
        timer.start();
        const auto figures = atalaya::computeHeadlineFigures(db, at);
        const double headlineMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const auto rows = atalaya::computeDistrictFigures(db, at);
        const double districtsMs = double(timer.nsecsElapsed()) / 1e6;
        if (figures.population <= 0 || rows.isEmpty())
            return 1;
        headline << headlineMs;
        districts << districtsMs;
        steps << headlineMs + districtsMs;
        timer.restart();
        if (atalaya::computeKpis(db, at).isEmpty())
            return 1;
        kpis << double(timer.nsecsElapsed()) / 1e6;
        calculator.compute(at); // the first call reads the history; the steps after it do not
        timer.restart();
        if (calculator.compute(at.addDays(-1)).isEmpty())
            return 1;
        kpiSteps << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("BENCH overview.headline_ms %.2f ms\n", median(headline));
    std::printf("BENCH overview.districts_ms %.2f ms\n", median(districts));
    std::printf("BENCH overview.step_ms %.2f ms\n", median(steps));
    std::printf("BENCH overview.kpis_ms %.2f ms\n", median(kpis));
    std::printf("BENCH overview.kpis_step_ms %.2f ms\n", median(kpiSteps));
    return 0;
}
