// Issue 3: "Import of a 100,000-feature GeoJSON file: state the rate." A FeatureCollection of
// 100,000 services scattered over the demo city (names, addresses, hours, status, capacity and an
// external id each, as a portal's export has) is imported into a new category of a freshly
// generated demo store on disk, then imported again (every feature matched, nothing rewritten),
// and exported back to GeoJSON. The baseline is QJsonDocument parsing the same bytes and nothing
// else: the floor any GeoJSON import built on Qt pays.
//
//   BENCH services.import100k.features_per_s     first import (insert), features per second
//   BENCH services.import100k.ms                 the same as a time
//   BENCH services.import100k.json_parse_ms      QJsonDocument::fromJson of the file alone (median of 3)
//   BENCH services.import100k.vs_json_parse      import time / parse time (how many parses an import costs)
//   BENCH services.reimport100k.features_per_s   the same file again: all matched, all unchanged
//   BENCH services.export100k.ms                 exportServices() of the 100,000 as GeoJSON

#include "benchstats.h"
#include "demo/democity.h"
#include "io/serviceexport.h"
#include "io/serviceimport.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <vector>

using namespace atalaya;
using namespace atalaya::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kFeatures = 100'000;

int fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "bench_serviceimport: %s %s\n", what, qPrintable(detail));
    return 1;
}

/** Deterministic features inside the city's bounding box (a linear congruential walk). */
QByteArray makeFile(double minLat, double minLon, double maxLat, double maxLon)
{
    static const char *const hours[] = {"Mo-Fr 09:00-21:00", "Mo-Sa 09:00-14:00,17:00-20:00", "24/7", "Mo-Su 08:00-22:00"};
    static const char *const status[] = {"abierto", "open", "limitado", "cerrado"};
    QByteArray out = "{\"type\":\"FeatureCollection\",\"features\":[\n"_ba;
    out.reserve(kFeatures * 330);
    quint64 state = 0x9E3779B97F4A7C15ull;
    auto next = [&state] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return double(state >> 11) / double(1ull << 53);
    };
    for (int i = 0; i < kFeatures; ++i) {
        const double lat = minLat + (maxLat - minLat) * next();
        const double lon = minLon + (maxLon - minLon) * next();
        out += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
            + QByteArray::number(lon, 'f', 6) + ',' + QByteArray::number(lat, 'f', 6) + "]},\"properties\":{"
            + "\"id\":\"svc-" + QByteArray::number(i) + "\",\"nombre\":\"Servicio " + QByteArray::number(i)
            + "\",\"direccion\":\"Calle " + QByteArray::number(i % 977) + ", " + QByteArray::number(i % 131 + 1)
            + "\",\"horario\":\"" + hours[i % 4] + "\",\"estado\":\"" + status[i % 4] + "\",\"plazas\":"
            + QByteArray::number(i % 200) + ",\"observaciones\":\"Dato de prueba\"}}";
        out += i + 1 < kFeatures ? ",\n"_ba : "\n"_ba;
    }
    out += "]}\n"_ba;
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail("cannot create a temporary folder");

    Database db;
    const Database::OpenResult opened = db.open(dir.filePath(u"city.sqlite"_s));
    if (!opened.ok())
        return fail("cannot open the store:", opened.message);
    QString error;
    const QDateTime anchor(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);
    if (!DemoCity::generate(db, {1, anchor}, {}, &error))
        return fail("demo city:", error);
    QSqlQuery box = db.prepare(u"SELECT min_lat, min_lon, max_lat, max_lon FROM region WHERE level = 'city'"_s);
    if (!Database::exec(box) || !box.next())
        return fail("the demo city has no city region");
    const QByteArray file = makeFile(box.value(0).toDouble(), box.value(1).toDouble(), box.value(2).toDouble(),
                                     box.value(3).toDouble());
    std::printf("bench_serviceimport: %d features, %.1f MB of GeoJSON\n", kFeatures, double(file.size()) / 1e6);

    std::vector<double> parses;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument document = QJsonDocument::fromJson(file);
        parses.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (document.isNull())
            return fail("the generated file is not JSON");
    }
    const double parseMs = median(parses);

    ServiceImportOptions options;
    options.category = u"bench-services"_s;
    options.actor = u"bench"_s;
    QElapsedTimer timer;
    timer.start();
    const ServiceImportSummary first = importServicesData(db, file, u"bench.geojson"_s, options);
    const double importMs = double(timer.nsecsElapsed()) / 1e6;
    if (!first.ok || first.inserted != kFeatures)
        return fail("import failed:", first.toText().left(2000));

    timer.restart();
    const ServiceImportSummary again = importServicesData(db, file, u"bench.geojson"_s, options);
    const double reimportMs = double(timer.nsecsElapsed()) / 1e6;
    if (!again.ok || again.unchanged != kFeatures)
        return fail("re-import failed:", again.toText().left(2000));

    const QList<qint64> ids = ServiceExport::idsInCategory(db, options.category);
    timer.restart();
    const QByteArray exported = exportServices(db, ids, ServiceExportFormat::GeoJson);
    const double exportMs = double(timer.nsecsElapsed()) / 1e6;
    if (exported.count('\n') != kFeatures + 2)
        return fail("export wrote the wrong number of lines");

    std::printf("bench_serviceimport: %d flagged, %d warnings\n", int(first.flagged.size()), int(first.warnings.size()));
    std::printf("BENCH services.import100k.features_per_s %.0f features/s\n", kFeatures / (importMs / 1000.0));
    std::printf("BENCH services.import100k.ms %.0f ms\n", importMs);
    std::printf("BENCH services.import100k.json_parse_ms %.0f ms\n", parseMs);
    std::printf("BENCH services.import100k.vs_json_parse %.1f x\n", importMs / parseMs);
    std::printf("BENCH services.reimport100k.features_per_s %.0f features/s\n", kFeatures / (reimportMs / 1000.0));
    std::printf("BENCH services.export100k.ms %.0f ms\n", exportMs);
    return 0;
}
