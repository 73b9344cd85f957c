// The essential-services map at 100,000 services (issue 3): building the point index, asking it
// for the marks of a 1600 x 1000 px view at zooms 11 to 18, and the search field answering each
// keystroke; each against the plain way measured in the same run.
//
//   BENCH services.index100k.build_ms            PointIndex::build (median of 5)
//   BENCH services.clusters100k.query_ms         clusters() at the worst of zooms 11..18 (median per zoom)
//   BENCH services.clusters100k.bruteforce_ms    one pass over every point into a cell hash, same zoom
//   BENCH services.clusters100k.vs_bruteforce    the ratio of the two (how many times faster)
//   BENCH services.search100k.build_ms           ServiceSearch construction
//   BENCH services.search100k.keystroke_ms       query() + postCodes() for the slowest keystroke of
//                                                "farmacia san" and "39005" typed letter by letter
//   BENCH services.search100k.linear_scan_ms     QString::contains over the folded names/addresses
//   BENCH services.search100k.vs_linear_scan     the ratio of the two (how many times faster)
//
// Targets: under 20 ms per keystroke; clusters fast enough to redraw while panning.

#include "benchstats.h"
#include "services/pointindex.h"
#include "services/servicesearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <vector>

using namespace atalaya;
using namespace atalaya::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kServices = 100'000;
constexpr int kRuns = 5;
// About 15 x 10 km around Santander's centre.
constexpr double kCityLat = 43.4623;
constexpr double kCityLon = -3.8099;
constexpr double kHalfLat = 0.045;
constexpr double kHalfLon = 0.093;

template<typename Work>
double medianMs(Work work, int runs = kRuns)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

struct City {
    std::vector<IndexedPoint> points;
    QList<ServiceSearchEntry> entries;
};

/** 100,000 services: 40 % spread over the city, 60 % around five centres, in seven categories
 *  (benches the most numerous), with Spanish names, street addresses and twelve post codes. */
City makeCity()
{
    QRandomGenerator rng(3);
    const QStringList categoryNames{u"Farmacia"_s, u"Supermercado"_s, u"Centro de Salud"_s, u"Residencia"_s,
                                    u"Servicios Sociales"_s, u"Banco"_s, u"Área Recreativa"_s};
    const int weights[] = {8, 10, 3, 4, 3, 60, 12}; // per cent
    const QStringList saints{u"San José"_s, u"San Roque"_s, u"Santa Lucía"_s, u"San Fernando"_s, u"Santa Ana"_s,
                             u"San Martín"_s, u"Santiago"_s, u"San Andrés"_s, u"Santa Clara"_s, u"San Pedro"_s};
    const QStringList surnames{u"Ibáñez"_s, u"García"_s, u"Fernández"_s, u"López"_s, u"Martínez"_s, u"Sánchez"_s,
                               u"Pérez"_s, u"Gómez"_s, u"Ruiz"_s, u"Díaz"_s, u"Muñoz"_s, u"Álvarez"_s,
                               u"Romero"_s, u"Navarro"_s, u"Torres"_s, u"Domínguez"_s, u"Gutiérrez"_s, u"Castro"_s};
    const QStringList streets{u"Calle Burgos"_s, u"Paseo de Pereda"_s, u"Calle Vargas"_s, u"Avenida de los Castros"_s,
                              u"Calle San Fernando"_s, u"Calle Alta"_s, u"Calle Río de la Pila"_s, u"Calle Isabel II"_s,
                              u"Calle Hernán Cortés"_s, u"Calle Cádiz"_s, u"Avenida de la Reina Victoria"_s,
                              u"Calle Castilla"_s, u"Calle General Dávila"_s, u"Calle Santa Lucía"_s,
                              u"Calle Peña Herbosa"_s, u"Calle Francisco Palazuelos"_s};
    const double centres[5][2] = {{43.4623, -3.8099}, {43.4700, -3.7900}, {43.4450, -3.8400},
                                  {43.4800, -3.8300}, {43.4550, -3.7750}};

    City city;
    city.points.reserve(kServices);
    city.entries.reserve(kServices);
    for (int i = 0; i < kServices; ++i) {
        double lat = 0;
        double lon = 0;
        if (rng.bounded(100) < 40) {
            lat = kCityLat - kHalfLat + rng.bounded(2 * kHalfLat);
            lon = kCityLon - kHalfLon + rng.bounded(2 * kHalfLon);
        } else {
            const auto &c = centres[rng.bounded(5)];
            const double r = 0.006 * std::sqrt(-2 * std::log(1 - rng.generateDouble()));
            const double a = rng.bounded(2 * std::numbers::pi);
            lat = std::clamp(c[0] + r * std::sin(a), kCityLat - kHalfLat, kCityLat + kHalfLat);
            lon = std::clamp(c[1] + 1.4 * r * std::cos(a), kCityLon - kHalfLon, kCityLon + kHalfLon);
        }
        int category = 0;
        for (int roll = int(rng.bounded(100)); roll >= weights[category]; roll -= weights[category])
            ++category;
        const auto status = ServiceStatus(rng.bounded(10) < 7 ? 0 : 1 + rng.bounded(2));
        city.points.push_back({i + 1, lat, lon, quint16(category), status});

        QString name = categoryNames[category];
        if (category == 0 && rng.bounded(3) == 0)
            name += u' ' + saints[rng.bounded(saints.size())];
        else
            name += u' ' + surnames[rng.bounded(surnames.size())];
        if (category == 5)
            name += u' ' + QString::number(i % 997);
        const QString address = u"%1, %2"_s.arg(streets[rng.bounded(streets.size())]).arg(1 + rng.bounded(120));
        // Post codes in bands across the city, as a rough stand-in for their real areas.
        const int band = std::clamp(int((lon - (kCityLon - kHalfLon)) / (2 * kHalfLon) * 4), 0, 3) * 3
            + std::clamp(int((lat - (kCityLat - kHalfLat)) / (2 * kHalfLat) * 3), 0, 2);
        city.entries.append({i + 1, name, address, u"390%1"_s.arg(band + 1, 2, 10, QLatin1Char('0')), category});
    }
    return city;
}

/** The way without an index: every point tested, cells gathered in a hash. */
qsizetype bruteForceClusters(const std::vector<MercatorPoint> &mercator, const std::vector<IndexedPoint> &points,
                             double zoom, const QRectF &view)
{
    const double scale = 256.0 * std::ldexp(1.0, int(std::floor(zoom))) / 48.0;
    struct Sum {
        int count = 0;
        double x = 0;
        double y = 0;
        std::array<int, kServiceStatusCount> status{};
    };
    QHash<quint64, Sum> cells;
    for (size_t i = 0; i < mercator.size(); ++i) {
        const MercatorPoint &m = mercator[i];
        if (m.x < view.left() || m.x > view.right() || m.y < view.top() || m.y > view.bottom())
            continue;
        const quint64 key = (quint64(m.x * scale) << 32) | quint64(m.y * scale);
        Sum &sum = cells[key];
        ++sum.count;
        sum.x += m.x;
        sum.y += m.y;
        ++sum.status[quint8(points[i].status)];
    }
    return cells.size();
}

QStringList keystrokes(const QString &text)
{
    QStringList typed;
    for (qsizetype n = 1; n <= text.size(); ++n)
        typed.append(text.left(n));
    return typed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const City city = makeCity();

    // --- Point index ---------------------------------------------------------------------
    PointIndex index;
    const double buildMs = medianMs([&] { index.build(city.points); });
    std::vector<MercatorPoint> mercator;
    mercator.reserve(city.points.size());
    for (const IndexedPoint &p : city.points)
        mercator.push_back(toMercator(p.lat, p.lon));

    const MercatorPoint centre = toMercator(kCityLat, kCityLon);
    double worstMs = 0;
    int worstZoom = 0;
    for (int zoom = 11; zoom <= 18; ++zoom) {
        const double world = 256.0 * std::ldexp(1.0, zoom);
        const QRectF view(centre.x - 800 / world, centre.y - 500 / world, 1600 / world, 1000 / world);
        qsizetype marks = 0;
        const double ms = medianMs([&] { marks = index.clusters(zoom, view).size(); });
        int inView = 0;
        for (const int n : index.countsInView(view))
            inView += n;
        std::printf("# zoom %d: %lld marks for %d services in view, %.3f ms\n", zoom, qlonglong(marks), inView, ms);
        if (ms > worstMs) {
            worstMs = ms;
            worstZoom = zoom;
        }
    }
    const double worldAtWorst = 256.0 * std::ldexp(1.0, worstZoom);
    const QRectF worstView(centre.x - 800 / worldAtWorst, centre.y - 500 / worldAtWorst, 1600 / worldAtWorst, 1000 / worldAtWorst);
    const double bruteMs = medianMs([&] { bruteForceClusters(mercator, city.points, worstZoom, worstView); });
    // A view that hides all but pharmacies, the layer list's usual state.
    double maskedWorstMs = 0;
    for (int zoom = 11; zoom <= 18; ++zoom) {
        const double world = 256.0 * std::ldexp(1.0, zoom);
        const QRectF view(centre.x - 800 / world, centre.y - 500 / world, 1600 / world, 1000 / world);
        maskedWorstMs = std::max(maskedWorstMs, medianMs([&] { index.clusters(zoom, view, CategoryMask(1)); }));
    }

    std::printf("BENCH services.index100k.build_ms %.3f ms\n", buildMs);
    std::printf("BENCH services.clusters100k.query_ms %.3f ms\n", worstMs);
    std::printf("BENCH services.clusters100k.bruteforce_ms %.3f ms\n", bruteMs);
    std::printf("BENCH services.clusters100k.vs_bruteforce %.1f ratio\n", bruteMs / worstMs);
    std::printf("BENCH services.clusters100k.one_category_query_ms %.3f ms\n", maskedWorstMs);
    std::printf("# worst zoom %d\n", worstZoom);

    // --- Search --------------------------------------------------------------------------
    ServiceSearch search;
    const double searchBuildMs = medianMs([&] { search = ServiceSearch(city.entries); }, 3);
    QStringList typed = keystrokes(u"farmacia san"_s) + keystrokes(u"39005"_s);
    double worstKeyMs = 0;
    double totalKeyMs = 0;
    QString worstKey;
    for (const QString &text : typed) {
        const double ms = medianMs([&] {
            search.query(text, 20);
            search.postCodes(text, 10);
        });
        totalKeyMs += ms;
        if (ms > worstKeyMs) {
            worstKeyMs = ms;
            worstKey = text;
        }
    }

    // The baseline: folded names and addresses kept ready, each query word looked for with
    // QString::contains in every service.
    std::vector<QString> foldedNames;
    std::vector<QString> foldedAddresses;
    for (const ServiceSearchEntry &e : city.entries) {
        foldedNames.push_back(ServiceSearch::fold(e.name));
        foldedAddresses.push_back(ServiceSearch::fold(e.address) + u' ' + ServiceSearch::fold(e.postCode));
    }
    double worstLinearMs = 0;
    qsizetype linearHits = 0;
    for (const QString &text : typed) {
        const double ms = medianMs([&] {
            const QStringList words = ServiceSearch::fold(text).split(u' ', Qt::SkipEmptyParts);
            linearHits = 0;
            for (size_t i = 0; i < foldedNames.size(); ++i) {
                bool all = true;
                for (const QString &w : words) {
                    if (!foldedNames[i].contains(w) && !foldedAddresses[i].contains(w)) {
                        all = false;
                        break;
                    }
                }
                linearHits += all ? 1 : 0;
            }
        });
        worstLinearMs = std::max(worstLinearMs, ms);
    }

    std::printf("BENCH services.search100k.build_ms %.3f ms\n", searchBuildMs);
    std::printf("BENCH services.search100k.keystroke_ms %.3f ms\n", worstKeyMs);
    std::printf("BENCH services.search100k.keystroke_mean_ms %.3f ms\n", totalKeyMs / double(typed.size()));
    std::printf("BENCH services.search100k.linear_scan_ms %.3f ms\n", worstLinearMs);
    std::printf("BENCH services.search100k.vs_linear_scan %.1f ratio\n", worstLinearMs / worstKeyMs);
    std::printf("# slowest keystroke \"%s\"; \"farmacia san\" finds %lld (first: %s)\n", qPrintable(worstKey),
                qlonglong(search.query(u"farmacia san"_s, 100000).size()),
                qPrintable(search.entries().at(search.query(u"farmacia san"_s, 1).first().entry).name));
    return 0;
}
