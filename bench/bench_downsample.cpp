#include "analytics/downsample.h"
#include "benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <span>
#include <vector>

using namespace atalaya;
using namespace atalaya::bench;

// A million-point noisy series with 50 one-point spikes brought down to 2,000 points (a wide
// chart's pixels) by LTTB, against the naive baseline of every k-th point; both timed (median of
// five runs) and judged by how many of the spikes survive, which is what the epidemic charts
// must not lose.
namespace {

constexpr qsizetype kPoints = 1'000'000;
constexpr qsizetype kTarget = 2'000;
constexpr int kSpikes = 50;
constexpr int kRuns = 5;

template<typename Work>
double medianMs(Work work)
{
    std::vector<double> times;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

double keptShare(const QList<qsizetype> &kept, const std::vector<qsizetype> &spikes)
{
    int found = 0;
    for (const qsizetype spike : spikes) {
        if (std::binary_search(kept.cbegin(), kept.cend(), spike))
            ++found;
    }
    return double(found) / double(spikes.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    QRandomGenerator rng(20130501);
    std::vector<double> x(kPoints);
    std::vector<double> y(kPoints);
    for (qsizetype i = 0; i < kPoints; ++i) {
        x[size_t(i)] = double(i);
        y[size_t(i)] = 1000.0 + 300.0 * std::sin(double(i) / 5000.0) + 100.0 * std::sin(double(i) / 300.0) + rng.bounded(80.0);
    }
    // Spikes one per 20,000-point stretch, all taller than anything the noise reaches, so they
    // are the 50 largest peaks of the series.
    std::vector<qsizetype> spikes;
    for (int s = 0; s < kSpikes; ++s) {
        const qsizetype at = qsizetype(s) * (kPoints / kSpikes) + 1000 + qsizetype(rng.bounded(18000));
        y[size_t(at)] += 500.0 + rng.bounded(1500.0);
        spikes.push_back(at);
    }

    Downsample::Result lttb;
    const double lttbMs = medianMs([&] { lttb = Downsample::lttb(std::span<const double>(x), std::span<const double>(y), kTarget); });
    if (!lttb.ok) {
        std::fprintf(stderr, "bench_downsample: %s\n", qPrintable(lttb.error));
        return 1;
    }
    QList<qsizetype> decimated;
    const double decimateMs = medianMs([&] { decimated = Downsample::decimate(kPoints, kTarget); });
    // The baseline's cost includes gathering the kept values, as a chart would.
    std::vector<double> gathered;
    const double gatherMs = medianMs([&] {
        gathered.clear();
        gathered.reserve(size_t(decimated.size()));
        for (const qsizetype i : decimated)
            gathered.push_back(y[size_t(i)]);
    });

    std::printf("BENCH downsample.lttb_1m_to_2k_ms %.3f ms\n", lttbMs);
    std::printf("BENCH downsample.decimate_1m_to_2k_ms %.3f ms\n", decimateMs + gatherMs);
    std::printf("BENCH downsample.peaks_kept_lttb %.3f ratio\n", keptShare(lttb.indices, spikes));
    std::printf("BENCH downsample.peaks_kept_decimate %.3f ratio\n", keptShare(decimated, spikes));
    std::printf("# lttb kept %lld points, decimation %lld\n", qlonglong(lttb.indices.size()), qlonglong(decimated.size()));
    return 0;
}
