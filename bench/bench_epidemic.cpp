// The epidemic panel at the scale of issue 4: recomputing every indicator of 500 neighbourhoods
// over 3 years, and charts of 10 years of daily data for 50 regions while the user zooms and pans.
//
//   BENCH epidemic.recompute500x3y_s          load + classify below, one run (median of 3)
//   BENCH epidemic.load500x3y_s               EpidemicSeries::load of the city, 25 districts and
//                                             500 neighbourhoods, 1,096 days each (median of 3)
//   BENCH epidemic.classify500x3y_s           RiskScheme::classifySeries, 3 presets x 526 regions
//   BENCH epidemic.loadall500x3y_s            EpidemicSeries::loadAll, what the epidemic panel calls
//   BENCH epidemic.incidence7_sql_per_day500x3y_s  the baseline: 7-day incidence of every
//                                             region-day with one SQL aggregate per region-day,
//                                             timed on 20 regions x 1,096 days and extrapolated
//   BENCH epidemic.recompute.vs_sql_per_day   baseline / recompute (the recompute does every
//                                             indicator and classification; the baseline one)
//   BENCH epidemic.charts10y50.frame_ms       median frame while zooming/panning, 50 series of
//                                             3,653 days each, in the configuration of least CPU
//                                             time per frame among those below that draw their
//                                             lines (raw and empty excluded); "# best:" names it
//   BENCH epidemic.charts10y50.frame_cpu_ms   its median CPU time per frame (the whole process)
//   BENCH epidemic.charts10y50.vs_raw         raw / best (wall time)
//   BENCH epidemic.charts10y50.<key>_frame_ms median frame of each configuration:
//       raw             every point, antialiased
//       lttb            LTTB to the plot width, antialiased (what the app's charts do today)
//       lttb_noaa       LTTB to the plot width, the ChartView's antialiasing off
//       lttb_half       LTTB to half the plot width, antialiased
//       lttb_half_noaa  both
//       visible_lttb    the visible window downsampled again on every frame (keeps full detail
//                       when zoomed in), antialiased
//       empty           the floor: the same frames with empty series
//       opengl, opengl_raw  series with useOpenGL: true (LTTB to the plot width; every point),
//                       printed only when the lines were drawn: Qt Charts draws such series only
//                       on an OpenGL scene graph, not on the offscreen software one
//   BENCH epidemic.charts10y50.cursor_frame_ms      median frame of moving the time cursor (an
//                                             item over the chart, as in the app, where hover
//                                             labels are items too) across the drawn chart in
//                                             the app's configuration (lttb); cursor_frame_cpu_ms
//                                             its CPU time: what a user's pointing costs
//   BENCH epidemic.charts10y50.fill_ms / raw_fill_ms  QXYSeries::replace of the 50 series
//   BENCH epidemic.charts10y50.lttb_ms        LTTB of the 50 series to the plot width
// A table of "#" lines gives each configuration's median and 90th percentile wall time, median
// CPU time, and how many plot pixels differ from the empty chart at the same range (whether the
// lines were drawn at all).
//
// A frame is timed from changing the time axis' range until the window swaps the first frame
// whose scene graph was synchronised after the chart re-rendered its image (Qt Charts paints
// the chart with QPainter into an image when the scene has changed, then the Quick window shows
// it). Runs offscreen unless QT_QPA_PLATFORM says otherwise. With QT_NO_GUI_THREADPOOL set, Qt's
// raster engine fills on the painting thread instead of handing large fills to a thread pool and
// waiting: the frames of every QPainter configuration cost about half the CPU time that way.

#include "analytics/downsample.h"
#include "analytics/epidemicindicators.h"
#include "analytics/riskrules.h"
#include "benchstats.h"
#include "demo/random.h"
#include "store/database.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGraphicsScene>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlListReference>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QValueAxis>
#include <QtCharts/QXYSeries>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <numbers>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

using namespace atalaya;
using namespace atalaya::bench;
using namespace Qt::StringLiterals;

namespace {

// --- 1. Recomputing every indicator ----------------------------------------------------------

constexpr int kDistricts = 25;
constexpr int kNeighbourhoodsPerDistrict = 20;
constexpr int kNeighbourhoods = kDistricts * kNeighbourhoodsPerDistrict;
constexpr int kDays = 1096; // 2022-01-01 .. 2024-12-31
constexpr int kRuns = 3;
const QDate kFirstDay(2022, 1, 1);
// A day nobody reported (the vectors must still give it its place).
const QDate kSilentDay(2023, 12, 25);

// Region ids: the city is 1, districts 2..26, neighbourhoods 27..526 (20 per district).
constexpr qint64 kCityId = 1;
constexpr qint64 districtId(int d) { return 2 + d; }
constexpr qint64 neighbourhoodId(int d, int k) { return 2 + kDistricts + qint64(d) * kNeighbourhoodsPerDistrict + k; }

struct Box {
    double minLon, minLat, maxLon, maxLat;
};

QString squareGeoJson(const Box &b)
{
    return u"{\"type\":\"Polygon\",\"coordinates\":[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]}"_s.arg(b.minLon, 0, 'f', 5)
        .arg(b.minLat, 0, 'f', 5)
        .arg(b.maxLon, 0, 'f', 5)
        .arg(b.maxLat, 0, 'f', 5);
}

bool insertRegion(QSqlQuery &q, qint64 id, const QString &level, const QString &code, const QVariant &parent,
                  qint64 population, const Box &b)
{
    q.bindValue(0, id);
    q.bindValue(1, level);
    q.bindValue(2, code);
    q.bindValue(3, u"Region %1"_s.arg(code));
    q.bindValue(4, parent);
    q.bindValue(5, population);
    q.bindValue(6, squareGeoJson(b));
    q.bindValue(7, (b.minLat + b.maxLat) / 2);
    q.bindValue(8, (b.minLon + b.maxLon) / 2);
    q.bindValue(9, b.minLat);
    q.bindValue(10, b.minLon);
    q.bindValue(11, b.maxLat);
    q.bindValue(12, b.maxLon);
    return Database::exec(q);
}

// Three waves a year apart with a neighbourhood's own size and delay: daily cases per resident.
double caseRate(int day, double scale, int delay)
{
    constexpr double centres[] = {25.0, 400.0, 760.0};
    constexpr double widths[] = {30.0, 45.0, 60.0};
    constexpr double peaks[] = {2.5e-3, 1.2e-3, 0.8e-3};
    double rate = 4e-5;
    for (int w = 0; w < 3; ++w) {
        const double z = (double(day - delay) - centres[w]) / widths[w];
        rate += peaks[w] * std::exp(-0.5 * z * z);
    }
    const int weekday = kFirstDay.addDays(day).dayOfWeek();
    return rate * scale * (weekday >= 6 ? 0.6 : 1.0); // fewer reports at weekends
}

QVariant maybe(Random &rng, double nullShare, qint64 value)
{
    return rng.chance(nullShare) ? QVariant() : QVariant(value);
}

bool writeStore(Database &db)
{
    Random rng(20220101);
    return db.inTransaction([&] {
        QSqlQuery region = db.prepare(u"INSERT INTO region (id, level, code, name, parent_id, population, geometry,"
                                      " centroid_lat, centroid_lon, min_lat, min_lon, max_lat, max_lon)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery daily = db.prepare(u"INSERT INTO epidemic_daily (region_id, day, cases, recoveries, deaths, tests,"
                                     " vaccinated_dose1, vaccinated_dose2, vaccinated_booster, source)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')"_s);
        const Box city{-9.45, 38.95, -9.20, 39.20};
        std::vector<qint64> population(kNeighbourhoods);
        for (qint64 &p : population)
            p = rng.integer(3'000, 25'000);
        qint64 cityPopulation = 0;
        for (const qint64 p : population)
            cityPopulation += p;
        if (!insertRegion(region, kCityId, u"city"_s, u"C"_s, QVariant(), cityPopulation, city))
            return false;

        // Districts in a 5 x 5 grid over the city, neighbourhoods in a 5 x 4 grid over each.
        const double dw = (city.maxLon - city.minLon) / 5, dh = (city.maxLat - city.minLat) / 5;
        QStringList days;
        for (int i = 0; i < kDays; ++i)
            days.append(kFirstDay.addDays(i).toString(Qt::ISODate));
        const qint64 silent = kFirstDay.daysTo(kSilentDay);
        for (int d = 0; d < kDistricts; ++d) {
            const Box area{city.minLon + dw * (d % 5), city.minLat + dh * (d / 5), city.minLon + dw * (d % 5 + 1),
                          city.minLat + dh * (d / 5 + 1)};
            qint64 districtPopulation = 0;
            for (int k = 0; k < kNeighbourhoodsPerDistrict; ++k)
                districtPopulation += population[size_t(d * kNeighbourhoodsPerDistrict + k)];
            if (!insertRegion(region, districtId(d), u"district"_s, u"D%1"_s.arg(d + 1, 2, 10, QLatin1Char('0')),
                              QVariant(kCityId), districtPopulation, area))
                return false;
            const double nw = (area.maxLon - area.minLon) / 5, nh = (area.maxLat - area.minLat) / 4;
            for (int k = 0; k < kNeighbourhoodsPerDistrict; ++k) {
                const qint64 id = neighbourhoodId(d, k);
                const qint64 pop = population[size_t(d * kNeighbourhoodsPerDistrict + k)];
                const Box nb{area.minLon + nw * (k % 5), area.minLat + nh * (k / 5), area.minLon + nw * (k % 5 + 1),
                             area.minLat + nh * (k / 5 + 1)};
                if (!insertRegion(region, id, u"neighbourhood"_s, u"N%1"_s.arg(id, 3, 10, QLatin1Char('0')),
                                  QVariant(districtId(d)), pop, nb))
                    return false;

                const double scale = rng.uniform(0.6, 1.6);
                const int delay = int(rng.integer(-10, 10));
                std::vector<qint64> cases(kDays, 0);
                for (int i = 0; i < kDays; ++i) {
                    // A few days this neighbourhood did not report at all (no row), and one
                    // day no neighbourhood did. The first and last days are kept: a series runs
                    // from the first reported day to the last.
                    if ((i > 0 && i < kDays - 1 && rng.chance(0.003)) || i == silent)
                        continue;
                    cases[size_t(i)] = rng.poisson(double(pop) * caseRate(i, scale, delay));
                    const qint64 recovered = i >= 10 ? rng.binomial(cases[size_t(i - 10)], 0.97) : 0;
                    const qint64 died = i >= 14 ? rng.binomial(cases[size_t(i - 14)], 0.004) : 0;
                    const qint64 tests = cases[size_t(i)] * rng.integer(6, 20) + rng.poisson(double(pop) * 2e-3);
                    // Vaccination campaigns: first doses in 2022, second doses a month behind,
                    // boosters from 2023.
                    const double dose1Rate = i < 300 ? 2.5e-3 : 2e-4;
                    const double dose2Rate = i >= 30 && i < 330 ? 2.3e-3 : 2e-4;
                    const double boosterRate = i >= 365 && i < 700 ? 1.5e-3 : 1e-4;
                    daily.bindValue(0, id);
                    daily.bindValue(1, days[i]);
                    daily.bindValue(2, maybe(rng, 0.01, cases[size_t(i)])); // small counts suppressed
                    daily.bindValue(3, maybe(rng, 0.02, recovered));
                    daily.bindValue(4, maybe(rng, 0.01, died));
                    daily.bindValue(5, maybe(rng, 0.03, tests));
                    daily.bindValue(6, maybe(rng, 0.02, rng.poisson(double(pop) * dose1Rate)));
                    daily.bindValue(7, maybe(rng, 0.02, rng.poisson(double(pop) * dose2Rate)));
                    daily.bindValue(8, maybe(rng, 0.02, rng.poisson(double(pop) * boosterRate)));
                    if (!Database::exec(daily))
                        return false;
                }
            }
        }
        return true;
    });
}

QList<qint64> allRegionIds()
{
    QList<qint64> ids{kCityId};
    for (int d = 0; d < kDistricts; ++d)
        ids.append(districtId(d));
    for (int d = 0; d < kDistricts; ++d) {
        for (int k = 0; k < kNeighbourhoodsPerDistrict; ++k)
            ids.append(neighbourhoodId(d, k));
    }
    return ids;
}

struct RecomputeResult {
    bool ok = false;
    double recomputeSeconds = 0, loadSeconds = 0, classifySeconds = 0, cpuSeconds = 0;
    double loadAllSeconds = 0;
    QHash<qint64, EpidemicSeries> series; // of the last run, to check the baseline against
};

// What the epidemic panel does on load: every region's series, then every preset's levels.
RecomputeResult benchRecompute(const Database &db)
{
    RecomputeResult result;
    const QList<qint64> ids = allRegionIds();
    const QList<RiskScheme> schemes = RiskScheme::presets();
    std::vector<double> total, load, classify, cpu;
    for (int run = 0; run < kRuns; ++run) {
        QHash<qint64, EpidemicSeries> series;
        series.reserve(ids.size());
        const double cpuStart = cpuSeconds();
        // Where the load time goes, by level: the city and districts sum many neighbourhoods.
        std::array<qint64, 3> byLevelNs{};
        QElapsedTimer timer;
        timer.start();
        for (const qint64 id : ids) {
            QString error;
            const qint64 before = timer.nsecsElapsed();
            EpidemicSeries s = EpidemicSeries::load(db, id, &error);
            byLevelNs[id == kCityId ? 0 : id < neighbourhoodId(0, 0) ? 1 : 2] += timer.nsecsElapsed() - before;
            if (!s.isValid() || s.size() != kDays) {
                std::fprintf(stderr, "bench_epidemic: region %lld: %s (%d days)\n", qlonglong(id), qPrintable(error),
                             s.size());
                return result;
            }
            series.insert(id, std::move(s));
        }
        const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        qint64 grey = 0;
        for (const EpidemicSeries &s : std::as_const(series)) {
            for (const RiskScheme &scheme : schemes) {
                const QList<int> levels = scheme.classifySeries(s);
                grey += std::count(levels.cbegin(), levels.cend(), -1);
            }
        }
        const double classifySeconds = double(timer.nsecsElapsed()) / 1e9;
        cpu.push_back(cpuSeconds() - cpuStart);
        load.push_back(loadSeconds);
        classify.push_back(classifySeconds);
        total.push_back(loadSeconds + classifySeconds);
        if (run == 0) {
            std::printf("# %lld regions, %lld schemes: %lld grey region-days of %lld\n", qlonglong(ids.size()),
                        qlonglong(schemes.size()), qlonglong(grey), qlonglong(ids.size() * schemes.size() * kDays));
            std::printf("# load by level: city %.3f s, %d districts %.3f s, %d neighbourhoods %.3f s\n",
                        double(byLevelNs[0]) / 1e9, kDistricts, double(byLevelNs[1]) / 1e9, kNeighbourhoods,
                        double(byLevelNs[2]) / 1e9);
        }
        result.series = std::move(series);
    }

    // What the epidemic panel calls now: every series from one pass over the table. Each must
    // equal load() of its region.
    std::vector<double> loadAll;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const QHash<qint64, EpidemicSeries> all = EpidemicSeries::loadAll(db, &error);
        loadAll.push_back(double(timer.nsecsElapsed()) / 1e9);
        int differing = 0;
        for (const qint64 id : ids) {
            const EpidemicSeries one = result.series.value(id);
            const EpidemicSeries many = all.value(id);
            bool same = many.size() == one.size() && many.firstDay() == one.firstDay()
                && many.population() == one.population();
            for (int k = 0; same && k < kEpidemicIndicatorCount; ++k) {
                const QList<DayValue> &a = one.values(EpidemicIndicator(k));
                const QList<DayValue> &b = many.values(EpidemicIndicator(k));
                for (qsizetype i = 0; same && i < a.size(); ++i)
                    same = a[i].value == b[i].value && a[i].complete == b[i].complete;
            }
            differing += same ? 0 : 1;
        }
        if (all.size() < ids.size() || differing > 0) {
            std::fprintf(stderr, "bench_epidemic: loadAll gave %lld series, %d differ from load(): %s\n",
                         qlonglong(all.size()), differing, qPrintable(error));
            return result;
        }
    }
    result.ok = true;
    result.loadAllSeconds = median(loadAll);
    result.cpuSeconds = median(cpu);
    result.recomputeSeconds = median(total);
    result.loadSeconds = median(load);
    result.classifySeconds = median(classify);
    return result;
}

// The baseline: one aggregate query per region-day, each with the index that suits its level.
// Returns the extrapolated seconds for every region-day, or nullopt on failure or mismatch.
std::optional<double> benchSqlPerDay(const Database &db, const QHash<qint64, EpidemicSeries> &series)
{
    QSqlQuery neighbourhood = db.prepare(u"SELECT SUM(cases), COUNT(cases) FROM epidemic_daily"
                                         " WHERE region_id = ? AND day BETWEEN ? AND ?"_s);
    QSqlQuery district = db.prepare(u"SELECT SUM(e.cases), COUNT(e.cases) FROM region n"
                                    " JOIN epidemic_daily e ON e.region_id = n.id"
                                    " WHERE n.level = 'neighbourhood' AND n.parent_id = ? AND e.day BETWEEN ? AND ?"_s);
    QSqlQuery city = db.prepare(u"SELECT SUM(e.cases), COUNT(e.cases) FROM epidemic_daily e"
                                " JOIN region n ON n.id = e.region_id"
                                " WHERE n.level = 'neighbourhood' AND e.day BETWEEN ? AND ?"_s);
    QSqlQuery population = db.prepare(u"SELECT COALESCE(SUM(population), 0) FROM region"
                                      " WHERE level = 'neighbourhood' AND (? = 1 OR id = ? OR parent_id = ?)"_s);

    struct Level {
        const char *name;
        QList<qint64> sample;
        int regions; // how many regions of this level the whole has
        QSqlQuery *query;
        bool bindsRegion; // the city's query has no region parameter
        double seconds = 0;
        qint64 queries = 0;
    };
    // 20 regions: the city, 4 districts, 15 neighbourhoods spread over the districts.
    Level levels[] = {{"city", {kCityId}, 1, &city, false},
                      {"district", {districtId(0), districtId(8), districtId(16), districtId(24)}, kDistricts,
                       &district, true},
                      {"neighbourhood", {}, kNeighbourhoods, &neighbourhood, true}};
    for (int s = 0; s < 15; ++s)
        levels[2].sample.append(neighbourhoodId((s * 7) % kDistricts, (s * 3) % kNeighbourhoodsPerDistrict));

    QStringList days;
    for (int i = 0; i < kDays; ++i)
        days.append(kFirstDay.addDays(i).toString(Qt::ISODate));
    int mismatches = 0;
    for (Level &level : levels) {
        for (const qint64 id : std::as_const(level.sample)) {
            const EpidemicSeries regionSeries = series.value(id);
            const QList<DayValue> &expected = regionSeries.values(EpidemicIndicator::Incidence7);
            QElapsedTimer timer;
            timer.start();
            population.bindValue(0, id == kCityId ? 1 : 0);
            population.bindValue(1, id);
            population.bindValue(2, id);
            if (!Database::exec(population) || !population.next())
                return std::nullopt;
            const double people = population.value(0).toDouble();
            population.finish();
            for (int i = 0; i < kDays; ++i) {
                QSqlQuery &q = *level.query;
                int p = 0;
                if (level.bindsRegion)
                    q.bindValue(p++, id);
                q.bindValue(p++, days[std::max(0, i - 6)]);
                q.bindValue(p++, days[i]);
                if (!Database::exec(q) || !q.next())
                    return std::nullopt;
                std::optional<double> incidence;
                if (q.value(1).toLongLong() > 0 && people > 0)
                    incidence = double(q.value(0).toLongLong()) / people * 1e5;
                q.finish();
                const std::optional<double> want = i < expected.size() ? expected[i].value : std::nullopt;
                const double wanted = want.value_or(0.0);
                if (incidence.has_value() != want.has_value()
                    || std::abs(incidence.value_or(0.0) - wanted) > 1e-9 * std::max(1.0, std::abs(wanted)))
                    ++mismatches;
            }
            level.seconds += double(timer.nsecsElapsed()) / 1e9;
            level.queries += kDays;
        }
    }
    if (mismatches > 0) {
        std::fprintf(stderr, "bench_epidemic: %d sampled region-days differ between SQL and EpidemicSeries\n",
                     mismatches);
        return std::nullopt;
    }
    double whole = 0;
    for (const Level &level : levels) {
        const double perQuery = level.seconds / double(level.queries);
        std::printf("# sql per region-day, %s: %.3f ms\n", level.name, perQuery * 1e3);
        whole += perQuery * double(level.regions) * kDays;
    }
    return whole;
}

bool benchEpidemicStore(const QString &path)
{
    Database db;
    const Database::OpenResult opened = db.open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "bench_epidemic: %s\n", qPrintable(opened.message));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    if (!writeStore(db)) {
        std::fprintf(stderr, "bench_epidemic: could not write the synthetic store\n");
        return false;
    }
    std::printf("# wrote %d neighbourhoods x %d days in %.1f s\n", kNeighbourhoods, kDays,
                double(timer.nsecsElapsed()) / 1e9);

    const RecomputeResult recompute = benchRecompute(db);
    if (!recompute.ok)
        return false;
    std::printf("BENCH epidemic.recompute500x3y_s %.3f s\n", recompute.recomputeSeconds);
    std::printf("BENCH epidemic.load500x3y_s %.3f s\n", recompute.loadSeconds);
    std::printf("BENCH epidemic.classify500x3y_s %.3f s\n", recompute.classifySeconds);
    std::printf("# recompute CPU time %.3f s\n", recompute.cpuSeconds);
    std::printf("BENCH epidemic.loadall500x3y_s %.3f s\n", recompute.loadAllSeconds);
    std::fflush(stdout);

    const std::optional<double> sql = benchSqlPerDay(db, recompute.series);
    if (!sql)
        return false;
    std::printf("BENCH epidemic.incidence7_sql_per_day500x3y_s %.2f s\n", *sql);
    std::printf("BENCH epidemic.recompute.vs_sql_per_day %.1f x\n", *sql / recompute.recomputeSeconds);
    std::fflush(stdout);
    return true;
}

// --- 2. Charts of 10 years x 50 regions --------------------------------------------------------

constexpr int kSeries = 50;
constexpr int kChartDays = 3653; // 2016-01-01 .. 2025-12-31
constexpr int kFramesPerMode = 45;
const QDate kChartFirstDay(2016, 1, 1);

struct ChartData {
    std::vector<double> x; // ms since the epoch, shared by every series
    std::vector<std::vector<double>> y;
    double yMax = 0;
};

ChartData chartData()
{
    Random rng(20160101);
    ChartData data;
    for (int i = 0; i < kChartDays; ++i)
        data.x.push_back(double(QDateTime(kChartFirstDay.addDays(i), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch()));
    for (int s = 0; s < kSeries; ++s) {
        std::vector<double> y(kChartDays);
        const double scale = rng.uniform(0.5, 1.5);
        const double phase = rng.uniform(0, 60);
        for (int i = 0; i < kChartDays; ++i) {
            // Seasonal waves from 2020 on, a low endemic level before, day-to-day noise.
            const double season = 0.5 + 0.5 * std::cos(2 * std::numbers::pi * (double(i) - phase) / 365.25);
            const double epidemic = i > 1500 ? 400.0 * std::pow(season, 4) * scale : 0.0;
            y[size_t(i)] = std::max(0.0, 15.0 * scale + epidemic + rng.normal(0, 6.0 + 0.1 * epidemic));
            data.yMax = std::max(data.yMax, y[size_t(i)]);
        }
        data.y.push_back(std::move(y));
    }
    return data;
}

// The chart window: 50 line series on shared axes. openGL asks Qt Charts to draw the series with
// OpenGL (an extra render node over the chart image) instead of QPainter into the image.
QByteArray chartQml(bool openGL)
{
    QByteArray qml = R"(import QtQuick
import QtCharts
Window {
    width: 1600; height: 900; visible: true; color: "white"
    property alias chart: chart
    property alias timeAxis: timeAxis
    property alias valueAxis: valueAxis
    property alias cursorLine: cursorLine
    property list<LineSeries> lines: [)";
    for (int s = 0; s < kSeries; ++s)
        qml += (s ? ", s" : "s") + QByteArray::number(s);
    qml += R"(]
    ChartView {
        id: chart
        anchors.fill: parent
        antialiasing: true
        legend.visible: false
        DateTimeAxis { id: timeAxis; format: "MMM yyyy"; tickCount: 7 }
        ValueAxis { id: valueAxis; min: 0; max: 100 }
        // The app's time cursor and hover label are items like this one over the chart.
        Rectangle {
            id: cursorLine
            y: chart.plotArea.y; width: 2; height: chart.plotArea.height; color: "black"; z: 1
        }
)";
    for (int s = 0; s < kSeries; ++s) {
        qml += "        LineSeries { id: s" + QByteArray::number(s) + "; axisX: timeAxis; axisY: valueAxis"
            + (openGL ? "; useOpenGL: true" : "") + " }\n";
    }
    qml += "    }\n}\n";
    return qml;
}

// Waits for the frame that shows a change to the chart. The chart's QGraphicsScene reports the
// change through changed(); Qt Charts answers with a queued re-render of its image, so a queued
// slot of ours on the same signal runs after it. The frame counts once the scene graph has been
// synchronised after that (the image is taken over during synchronisation) and swapped.
class FrameTimer
{
public:
    FrameTimer(QQuickWindow *window, QGraphicsScene *scene) : m_window(window), m_scene(scene) {}

    // Runs change() and returns the ms until the frame showing it, or -1 after 10 s.
    double time(const std::function<void()> &change)
    {
        const double cpuStart = cpuSeconds();
        std::atomic<bool> rendered = false, synced = false;
        std::atomic<qint64> swappedNs = -1;
        QEventLoop loop;
        QElapsedTimer timer;
        const auto c1 = QObject::connect(m_scene, &QGraphicsScene::changed, &loop, [&] { rendered = true; },
                                         Qt::QueuedConnection);
        const auto c2 = QObject::connect(m_window, &QQuickWindow::afterSynchronizing, &loop, [&] {
            if (rendered)
                synced = true;
        }, Qt::DirectConnection);
        const auto c3 = QObject::connect(m_window, &QQuickWindow::frameSwapped, &loop, [&] {
            if (synced && swappedNs < 0) {
                swappedNs = timer.nsecsElapsed();
                QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
            }
        }, Qt::DirectConnection);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        timer.start();
        change();
        m_window->update();
        loop.exec();
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        QObject::disconnect(c3);
        m_cpuMs = (cpuSeconds() - cpuStart) * 1e3;
        // Let any frame already started finish before the next change.
        QCoreApplication::processEvents();
        return swappedNs < 0 ? -1.0 : double(swappedNs) / 1e6;
    }
    // CPU time of the process during the last time() (to the end of its wait).
    double lastCpuMs() const { return m_cpuMs; }

private:
    double m_cpuMs = 0;
    QQuickWindow *m_window;
    QGraphicsScene *m_scene;
};

// The x range of frame f: zoom from the whole decade to one year around 2021, then pan that
// year to mid-2025, as a user scrolling through the history would.
std::pair<double, double> frameRange(const ChartData &data, int f)
{
    const double day = 86'400'000.0;
    const double start = data.x.front(), end = data.x.back();
    const double centre0 = start + (end - start) / 2;
    const int zoomFrames = kFramesPerMode / 3;
    double width, centre;
    if (f < zoomFrames) {
        width = (end - start) * std::pow(365.0 * day / (end - start), double(f) / (zoomFrames - 1));
        centre = centre0;
    } else {
        width = 365.0 * day;
        const double last = end - 182.0 * day;
        centre = centre0 + (last - centre0) * double(f - zoomFrames + 1) / double(kFramesPerMode - zoomFrames);
    }
    return {centre - width / 2, centre + width / 2};
}

const char *graphicsApiName(const QSGRendererInterface *renderer)
{
    switch (renderer ? renderer->graphicsApi() : QSGRendererInterface::Unknown) {
    case QSGRendererInterface::Software:
        return "software";
    case QSGRendererInterface::OpenGL:
        return "OpenGL";
    case QSGRendererInterface::Vulkan:
        return "Vulkan";
    case QSGRendererInterface::Null:
        return "null";
    default:
        return "other";
    }
}

QList<QPointF> points(const ChartData &data, int s, const QList<qsizetype> &indices)
{
    QList<QPointF> result;
    result.reserve(indices.size());
    for (const qsizetype i : indices)
        result.append({data.x[size_t(i)], data.y[size_t(s)][size_t(i)]});
    return result;
}

// One chart window of the bench and the parts of it the frames drive.
struct ChartWindow {
    std::unique_ptr<QObject> root;
    QQuickWindow *window = nullptr;
    QQuickItem *chart = nullptr;
    QDateTimeAxis *timeAxis = nullptr;
    QValueAxis *valueAxis = nullptr;
    QGraphicsScene *scene = nullptr;
    QList<QXYSeries *> series;

    void setRange(double min, double max) const
    {
        timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(min), QTimeZone::UTC),
                           QDateTime::fromMSecsSinceEpoch(qint64(max), QTimeZone::UTC));
    }
    // Replaces every series' points; returns the ms it took.
    double fill(const QList<QList<QPointF>> &lists) const
    {
        QElapsedTimer timer;
        timer.start();
        for (int s = 0; s < kSeries; ++s)
            series[s]->replace(lists[s]);
        return double(timer.nsecsElapsed()) / 1e6;
    }
};

std::unique_ptr<ChartWindow> openChartWindow(QQmlEngine &engine, bool openGL)
{
    auto w = std::make_unique<ChartWindow>();
    QQmlComponent component(&engine);
    component.setData(chartQml(openGL),
                      QUrl(openGL ? u"bench_epidemic_chart_gl.qml"_s : u"bench_epidemic_chart.qml"_s));
    w->root.reset(component.create());
    w->window = qobject_cast<QQuickWindow *>(w->root.get());
    if (!w->window) {
        std::fprintf(stderr, "bench_epidemic: the chart window did not load: %s\n",
                     qPrintable(component.errorString()));
        return nullptr;
    }
    w->chart = qvariant_cast<QQuickItem *>(w->window->property("chart"));
    w->timeAxis = qobject_cast<QDateTimeAxis *>(qvariant_cast<QObject *>(w->window->property("timeAxis")));
    w->valueAxis = qobject_cast<QValueAxis *>(qvariant_cast<QObject *>(w->window->property("valueAxis")));
    QQmlListReference lines(w->window, "lines");
    w->scene = w->chart ? w->chart->findChild<QGraphicsScene *>() : nullptr;
    for (qsizetype s = 0; s < lines.count(); ++s)
        w->series.append(qobject_cast<QXYSeries *>(lines.at(s)));
    if (!w->chart || !w->timeAxis || !w->valueAxis || !w->scene || w->series.size() != kSeries
        || w->series.contains(nullptr)) {
        std::fprintf(stderr, "bench_epidemic: the chart window lacks its chart, axes, scene or series\n");
        return nullptr;
    }
    return w;
}

// Pixels of the plot area that differ between two grabs of the window at the same axis range,
// one with lines and one without: about 0 when the lines were not drawn at all.
qsizetype differingPixels(const QImage &a, const QImage &b, const QRectF &plotArea)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    if (x.size() != y.size())
        return -1;
    const QRect plot = plotArea.toAlignedRect().intersected(x.rect());
    qsizetype differing = 0;
    for (int row = plot.top(); row <= plot.bottom(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = plot.left(); col <= plot.right(); ++col)
            differing += p[col] != q[col] ? 1 : 0;
    }
    return differing;
}

// only: the key of the one configuration to run (for profiling), or empty for all of them.
bool benchCharts(const QString &only)
{
    const ChartData data = chartData();
    QQmlEngine engine;
    std::unique_ptr<ChartWindow> w = openChartWindow(engine, false);
    if (!w)
        return false;
    w->valueAxis->setRange(0, data.yMax * 1.05);
    auto frames = std::make_unique<FrameTimer>(w->window, w->scene);

    QList<QList<QPointF>> raw(kSeries);
    for (int s = 0; s < kSeries; ++s) {
        for (int i = 0; i < kChartDays; ++i)
            raw[s].append({data.x[size_t(i)], data.y[size_t(s)][size_t(i)]});
    }

    // First frame with every point: lays the chart out and tells the plot width.
    const auto [fullMin, fullMax] = frameRange(data, 0);
    const double firstMs = frames->time([&] {
        w->fill(raw);
        w->setRange(fullMin, fullMax);
    });
    if (firstMs < 0) {
        std::fprintf(stderr, "bench_epidemic: no frame was swapped within 10 s of showing the chart\n");
        return false;
    }
    const QRectF plotArea = w->chart->property("plotArea").toRectF();
    const qsizetype plotWidth = qsizetype(std::lround(plotArea.width()));
    // Qt's raster engine hands every fill of 96 spans or more to the GUI thread pool and waits for
    // it; QT_NO_GUI_THREADPOOL (read once per process) keeps the fills on the painting thread.
    std::printf("# chart: %s, scene graph %s, GUI thread pool %s, plot %lld x %lld px, first frame %.0f ms\n",
                qPrintable(QGuiApplication::platformName()), graphicsApiName(w->window->rendererInterface()),
                qEnvironmentVariableIsSet("QT_NO_GUI_THREADPOOL") ? "off (QT_NO_GUI_THREADPOOL)" : "on",
                qlonglong(plotWidth), qlonglong(std::lround(plotArea.height())), firstMs);
    if (plotWidth < 6) {
        std::fprintf(stderr, "bench_epidemic: the plot is %lld px wide\n", qlonglong(plotWidth));
        return false;
    }

    // LTTB of every series to a budget of points.
    auto downsample = [&](qsizetype budget, QList<QList<QPointF>> &out) {
        out = QList<QList<QPointF>>(kSeries);
        for (int s = 0; s < kSeries; ++s) {
            const Downsample::Result r = Downsample::lttb(std::span<const double>(data.x),
                                                          std::span<const double>(data.y[size_t(s)]), budget);
            if (!r.ok) {
                std::fprintf(stderr, "bench_epidemic: %s\n", qPrintable(r.error));
                return false;
            }
            out[s] = points(data, s, r.indices);
        }
        return true;
    };
    QElapsedTimer lttbTimer;
    lttbTimer.start();
    QList<QList<QPointF>> reduced, half;
    if (!downsample(plotWidth, reduced))
        return false;
    const double lttbMs = double(lttbTimer.nsecsElapsed()) / 1e6;
    if (!downsample(plotWidth / 2, half))
        return false;
    std::printf("# lttb keeps %lld of %d points per series (half budget: %lld)\n", qlonglong(reduced[0].size()),
                kChartDays, qlonglong(half[0].size()));

    // Fill times alternate raw and reduced so each replace() really changes the series.
    std::vector<double> rawFill, reducedFill;
    for (int run = 0; run < kRuns; ++run) {
        double ms = 0;
        if (frames->time([&] { ms = w->fill(reduced); }) < 0)
            return false;
        reducedFill.push_back(ms);
        if (frames->time([&] { ms = w->fill(raw); }) < 0)
            return false;
        rawFill.push_back(ms);
    }

    // Each configuration: its series in place at the sequence's last range (so that its first
    // frame is a change), then the zoom-and-pan sequence, then a grab of the window at that last
    // range to tell whether the lines were drawn (against the same range without lines).
    struct Mode {
        Mode(const char *key, const char *label, const QList<QList<QPointF>> *lists, bool antialiasing = true,
             bool openGL = false)
            : key(key), label(label), lists(lists), antialiasing(antialiasing), openGL(openGL)
        {
        }
        const char *key;   // BENCH name part
        const char *label; // what it is, for the summary
        const QList<QList<QPointF>> *lists; // nullptr: LTTB of the visible window on every frame
        bool antialiasing;
        bool openGL;
        std::vector<double> wall, cpu;
        qsizetype differing = -1;
    };
    const QList<QList<QPointF>> empty(kSeries);
    const auto [endMin, endMax] = frameRange(data, kFramesPerMode - 1);
    QImage emptyImage;
    auto grabEmpty = [&] {
        if (frames->time([&] {
                w->fill(empty);
                w->setRange(endMin, endMax);
            })
            < 0)
            return false;
        emptyImage = w->window->grabWindow();
        return !emptyImage.isNull();
    };
    auto runMode = [&](Mode &mode) {
        w->chart->setAntialiasing(mode.antialiasing);
        if (frames->time([&] {
                w->fill(mode.lists ? *mode.lists : reduced);
                w->setRange(endMin, endMax);
            })
            < 0)
            return false;
        for (int f = 0; f < kFramesPerMode; ++f) {
            const auto [min, max] = frameRange(data, f);
            const double ms = frames->time([&] {
                w->setRange(min, max);
                if (mode.lists)
                    return;
                // The visible days plus one on each side, so the lines reach the plot's edges.
                const auto first = std::lower_bound(data.x.cbegin(), data.x.cend(), min);
                const auto last = std::upper_bound(data.x.cbegin(), data.x.cend(), max);
                const size_t from = size_t(std::max<qsizetype>(0, (first - data.x.cbegin()) - 1));
                const size_t to = std::min(data.x.size(), size_t(last - data.x.cbegin()) + 1);
                for (int s = 0; s < kSeries; ++s) {
                    const std::span<const double> xs(data.x.data() + from, to - from);
                    const std::span<const double> ys(data.y[size_t(s)].data() + from, to - from);
                    const Downsample::Result r = Downsample::lttb(xs, ys, plotWidth);
                    QList<QPointF> kept;
                    kept.reserve(r.indices.size());
                    for (const qsizetype i : r.indices)
                        kept.append({xs[size_t(i)], ys[size_t(i)]});
                    w->series[s]->replace(kept);
                }
            });
            if (ms < 0) {
                std::fprintf(stderr, "bench_epidemic: %s: frame %d was not swapped within 10 s\n", mode.key, f);
                return false;
            }
            mode.wall.push_back(ms);
            mode.cpu.push_back(frames->lastCpuMs());
        }
        mode.differing = differingPixels(w->window->grabWindow(), emptyImage, plotArea);
        return true;
    };

    std::vector<Mode> modes;
    modes.emplace_back("raw", "every point, antialiased", &raw);
    modes.emplace_back("lttb", "LTTB to the plot width, antialiased (the app's charts today)", &reduced);
    modes.emplace_back("lttb_noaa", "LTTB to the plot width, antialiasing off", &reduced, false);
    modes.emplace_back("lttb_half", "LTTB to half the plot width, antialiased", &half);
    modes.emplace_back("lttb_half_noaa", "LTTB to half the plot width, antialiasing off", &half, false);
    modes.emplace_back("visible_lttb", "LTTB of the visible window on every frame, antialiased", nullptr);
    modes.emplace_back("empty", "the floor: axes and grid, no line", &empty);
    // Qt Charts draws useOpenGL series in a render node only when the scene graph runs on
    // OpenGL; with any other backend they are left out of the picture (the grab shows it).
    modes.emplace_back("opengl", "useOpenGL series, LTTB to the plot width", &reduced, true, true);
    modes.emplace_back("opengl_raw", "useOpenGL series, every point", &raw, true, true);
    auto selected = [&](const Mode &mode) { return only.isEmpty() || only == QLatin1StringView(mode.key); };
    if (std::none_of(modes.cbegin(), modes.cend(), selected)) {
        std::fprintf(stderr, "bench_epidemic: no chart configuration is called %s\n", qPrintable(only));
        return false;
    }
    if (!grabEmpty())
        return false;
    for (Mode &mode : modes) {
        if (!mode.openGL && selected(mode) && !runMode(mode))
            return false;
    }

    if (std::any_of(modes.cbegin(), modes.cend(), [&](const Mode &mode) { return mode.openGL && selected(mode); })) {
        frames.reset();
        w.reset();
        w = openChartWindow(engine, true);
        if (!w)
            return false;
        w->valueAxis->setRange(0, data.yMax * 1.05);
        frames = std::make_unique<FrameTimer>(w->window, w->scene);
        if (frames->time([&] { w->setRange(fullMin, fullMax); }) < 0 || !grabEmpty()) {
            std::fprintf(stderr, "bench_epidemic: the OpenGL chart window swapped no frame within 10 s\n");
            return false;
        }
        std::printf("# the OpenGL window ran on scene graph %s\n", graphicsApiName(w->window->rendererInterface()));
        for (Mode &mode : modes) {
            if (mode.openGL && selected(mode) && !runMode(mode))
                return false;
        }
    }

    // A configuration draws its lines when the grab differs from the empty chart on at least
    // 1 % of the plot; the best is the one of least CPU per frame among those.
    const double minimumDiffering = 0.01 * plotArea.width() * plotArea.height();
    auto drawn = [&](const Mode &mode) { return double(mode.differing) >= minimumDiffering; };
    std::printf("# %-17s %9s %9s %9s %10s\n", "configuration", "wall ms", "p90 ms", "CPU ms", "drawn px");
    for (const Mode &mode : modes) {
        if (mode.wall.empty())
            continue; // not selected
        std::printf("# %-17s %9.1f %9.1f %9.1f %10lld  %s%s\n", mode.key, median(mode.wall), percentile90(mode.wall),
                    median(mode.cpu), qlonglong(mode.differing), mode.label,
                    mode.openGL ? (drawn(mode) ? "" : " -- NOT DRAWN") : "");
    }
    // The app's interactions over the chart drawn as the app draws it: the time cursor moved
    // across the plot. It is an item over the chart, so no frame re-renders the chart's image.
    w->chart->setAntialiasing(true);
    if (frames->time([&] {
            w->fill(reduced);
            w->setRange(fullMin, fullMax);
        })
        < 0)
        return false;
    auto *cursorLine = qvariant_cast<QQuickItem *>(w->window->property("cursorLine"));
    std::vector<double> cursorWall, cursorCpu;
    for (int f = 0; cursorLine && f < kFramesPerMode; ++f) {
        QEventLoop loop;
        QElapsedTimer timer;
        qint64 swappedNs = -1;
        const auto swapped = QObject::connect(w->window, &QQuickWindow::frameSwapped, &loop, [&] {
            if (swappedNs < 0)
                swappedNs = timer.nsecsElapsed();
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        }, Qt::DirectConnection);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        const double cpuStart = cpuSeconds();
        timer.start();
        cursorLine->setX(plotArea.x() + plotArea.width() * (f + 1) / (kFramesPerMode + 1));
        loop.exec();
        QObject::disconnect(swapped);
        if (swappedNs < 0) {
            std::fprintf(stderr, "bench_epidemic: the cursor's frame %d was not swapped within 10 s\n", f);
            return false;
        }
        cursorWall.push_back(double(swappedNs) / 1e6);
        cursorCpu.push_back((cpuSeconds() - cpuStart) * 1e3);
        QCoreApplication::processEvents();
    }
    if (!cursorWall.empty()) {
        std::printf("BENCH epidemic.charts10y50.cursor_frame_ms %.1f ms\n", median(cursorWall));
        std::printf("BENCH epidemic.charts10y50.cursor_frame_cpu_ms %.1f ms\n", median(cursorCpu));
    }
    if (!only.isEmpty())
        return true;
    const Mode *best = nullptr;
    for (const Mode &mode : modes) {
        if (std::string_view(mode.key) == "raw" || std::string_view(mode.key) == "empty" || !drawn(mode))
            continue;
        if (!best || median(mode.cpu) < median(best->cpu))
            best = &mode;
    }
    const Mode &rawMode = modes[0];
    if (!best) {
        std::fprintf(stderr, "bench_epidemic: no configuration drew its lines\n");
        return false;
    }
    std::printf("# best: %s (%s)\n", best->key, best->label);
    std::printf("BENCH epidemic.charts10y50.frame_ms %.1f ms\n", median(best->wall));
    std::printf("BENCH epidemic.charts10y50.frame_cpu_ms %.1f ms\n", median(best->cpu));
    std::printf("BENCH epidemic.charts10y50.vs_raw %.1f x\n", median(rawMode.wall) / median(best->wall));
    std::printf("# vs raw in CPU time: %.1f x\n", median(rawMode.cpu) / median(best->cpu));
    for (const Mode &mode : modes) {
        if (mode.openGL && !drawn(mode))
            continue; // an empty picture is no frame time
        std::printf("BENCH epidemic.charts10y50.%s_frame_ms %.1f ms\n", mode.key, median(mode.wall));
    }
    std::printf("BENCH epidemic.charts10y50.fill_ms %.2f ms\n", median(reducedFill));
    std::printf("BENCH epidemic.charts10y50.raw_fill_ms %.2f ms\n", median(rawFill));
    std::printf("BENCH epidemic.charts10y50.lttb_ms %.2f ms\n", lttbMs);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt Charts paints through QGraphicsScene, which needs a QApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform paces update requests by 5 ms by default, a wait that is no work
    // of ours (a real display has its vsync instead): frame figures are the work alone.
    if (!qEnvironmentVariableIsSet("QT_QPA_UPDATE_IDLE_TIME"))
        qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_epidemic: cannot create a temporary folder\n");
        return 1;
    }
    // "store" or "charts" runs one part alone, "charts KEY" one chart configuration (for
    // profiling); no argument runs everything.
    const QString part = app.arguments().value(1);
    const QString only = app.arguments().value(2);
    if ((!part.isEmpty() && part != "store"_L1 && part != "charts"_L1) || (!only.isEmpty() && part != "charts"_L1)) {
        std::fprintf(stderr, "usage: bench_epidemic [store | charts [CONFIGURATION]]\n");
        return 64;
    }
    const bool storeOk = part == "charts"_L1 || benchEpidemicStore(dir.filePath(u"epidemic.sqlite"_s));
    const bool chartsOk = part == "store"_L1 || benchCharts(only);
    return storeOk && chartsOk ? 0 : 1;
}
