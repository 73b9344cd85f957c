// Hospital availability: how fast "nearest hospital with a free bed" answers a click on the map,
// and how long reading every hospital's latest report takes when the time cursor moves.
//
//   BENCH hospitals.nearest5000_ms           nearestWithCapacity over 5,000 hospitals (median per query)
//   BENCH hospitals.nearest5000_fullsort_ms  the naive way: sort all 5,000 by distance, then filter
//   BENCH hospitals.nearest_speedup          the ratio of the two
//   BENCH hospitals.statuses_ms              hospitalStatusesAt, 500 hospitals x 365 daily reports (median)
//
// Target: under 5 ms per nearest query (issue 5).

#include "analytics/bedavailability.h"
#include "benchstats.h"
#include "demo/random.h"
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
using namespace atalaya::bench;
using namespace Qt::StringLiterals;

namespace {

// The demo city's bounding box.
constexpr double kMinLat = 38.95, kMaxLat = 39.05;
constexpr double kMinLon = -9.42, kMaxLon = -9.30;

QList<HospitalStatus> syntheticStatuses(int count, Random &rng)
{
    QList<HospitalStatus> statuses;
    statuses.reserve(count);
    for (int i = 0; i < count; ++i) {
        HospitalStatus s;
        s.hospitalId = i + 1;
        s.name = u"Hospital %1"_s.arg(i + 1, 5, 10, QLatin1Char('0'));
        s.institution = u"Synthetic"_s;
        s.location = {rng.uniform(kMinLat, kMaxLat), rng.uniform(kMinLon, kMaxLon)};
        s.hasReport = !rng.chance(0.02);
        s.stale = s.hasReport && rng.chance(0.10);
        if (s.hasReport) {
            const bool full = rng.chance(0.15);
            s.generalTotal = int(rng.integer(50, 900));
            s.generalFree = full ? 0 : int(rng.integer(0, *s.generalTotal / 3));
            s.icuTotal = int(rng.integer(4, 50));
            s.icuFree = full || rng.chance(0.3) ? 0 : int(rng.integer(1, *s.icuTotal / 2));
        }
        statuses.append(std::move(s));
    }
    return statuses;
}

// What one would write first: distance to every hospital, sort them all, keep the first
// eligible ones.
QList<NearestHospital> nearestByFullSort(const QList<HospitalStatus> &statuses, const GeoPoint &from, BedType type,
                                         int limit)
{
    QList<NearestHospital> all;
    all.reserve(statuses.size());
    for (const HospitalStatus &s : statuses) {
        const double d = geo::distanceMetres(from, s.location);
        all.append({s, d, estimatedTravelMinutes(d)});
    }
    std::sort(all.begin(), all.end(), [](const NearestHospital &a, const NearestHospital &b) {
        if (a.distanceMetres != b.distanceMetres)
            return a.distanceMetres < b.distanceMetres;
        return a.status.name < b.status.name;
    });
    QList<NearestHospital> result;
    for (const NearestHospital &n : std::as_const(all)) {
        if (result.size() == limit)
            break;
        const std::optional<int> free = n.status.freeBeds(type);
        if (n.status.hasReport && !n.status.stale && free && *free > 0)
            result.append(n);
    }
    return result;
}

bool benchNearest()
{
    Random rng(20260315);
    const QList<HospitalStatus> statuses = syntheticStatuses(5000, rng);
    const int queries = 1000;
    std::vector<GeoPoint> points;
    for (int i = 0; i < queries; ++i)
        points.push_back({rng.uniform(kMinLat, kMaxLat), rng.uniform(kMinLon, kMaxLon)});

    std::vector<double> fast, naive;
    int mismatches = 0;
    QElapsedTimer timer;
    for (int i = 0; i < queries; ++i) {
        const BedType type = i % 2 ? BedType::Icu : BedType::General;
        timer.start();
        const QList<NearestHospital> a = nearestWithCapacity(statuses, points[size_t(i)], type, 5);
        fast.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        const QList<NearestHospital> b = nearestByFullSort(statuses, points[size_t(i)], type, 5);
        naive.push_back(double(timer.nsecsElapsed()) / 1e6);
        bool same = a.size() == b.size();
        for (qsizetype k = 0; same && k < a.size(); ++k)
            same = a[k].status.hospitalId == b[k].status.hospitalId;
        mismatches += same ? 0 : 1;
    }
    if (mismatches > 0)
        std::fprintf(stderr, "bench_hospitals: %d of %d queries disagree with the full sort\n", mismatches, queries);
    const double fastMs = median(fast);
    const double naiveMs = median(naive);
    std::printf("BENCH hospitals.nearest5000_ms %.4f ms\n", fastMs);
    std::printf("BENCH hospitals.nearest5000_fullsort_ms %.4f ms\n", naiveMs);
    std::printf("BENCH hospitals.nearest_speedup %.1f x\n", fastMs > 0 ? naiveMs / fastMs : 0.0);
    return mismatches == 0;
}

bool benchStatuses(const QString &path)
{
    Database db;
    const Database::OpenResult opened = db.open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "bench_hospitals: %s\n", qPrintable(opened.message));
        return false;
    }
    const int hospitals = 500;
    const int days = 365;
    const QDate firstDay(2025, 3, 16);
    const qint64 first = QDateTime(firstDay, QTime(8, 0), QTimeZone::UTC).toSecsSinceEpoch();
    Random rng(7);
    QElapsedTimer timer;
    timer.start();
    const bool written = db.inTransaction([&] {
        const QString square = u"{\"type\":\"Polygon\",\"coordinates\":[[[-9.42,38.95],[-9.3,38.95],[-9.3,39.05],[-9.42,39.05],[-9.42,38.95]]]}"_s;
        QSqlQuery region = db.prepare(u"INSERT INTO region (id, level, code, name, parent_id, geometry, centroid_lat,"
                                      " centroid_lon, min_lat, min_lon, max_lat, max_lon)"
                                      " VALUES (?, ?, ?, ?, ?, ?, 39.0, -9.36, 38.95, -9.42, 39.05, -9.30)"_s);
        // 10 districts (ids 1-10), each with 5 neighbourhoods (ids 11-60).
        for (int id = 1; id <= 60; ++id) {
            const bool district = id <= 10;
            region.bindValue(0, id);
            region.bindValue(1, district ? u"district"_s : u"neighbourhood"_s);
            region.bindValue(2, u"R%1"_s.arg(id));
            region.bindValue(3, u"Region %1"_s.arg(id));
            region.bindValue(4, district ? QVariant() : QVariant(1 + (id - 11) / 5));
            region.bindValue(5, square);
            if (!Database::exec(region))
                return false;
        }
        QSqlQuery hospital = db.prepare(u"INSERT INTO hospital (id, name, institution, region_id, lat, lon,"
                                        " general_beds, icu_beds) VALUES (?, ?, 'Synthetic', ?, ?, ?, ?, ?)"_s);
        QSqlQuery report = db.prepare(u"INSERT INTO bed_report (hospital_id, reported_at, general_total, general_free,"
                                      " icu_total, icu_free, reported_level, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'bench')"_s);
        for (int h = 1; h <= hospitals; ++h) {
            const int general = int(rng.integer(50, 900));
            const int icu = int(rng.integer(4, 50));
            hospital.bindValue(0, h);
            hospital.bindValue(1, u"Hospital %1"_s.arg(h, 3, 10, QLatin1Char('0')));
            hospital.bindValue(2, rng.integer(11, 60));
            hospital.bindValue(3, rng.uniform(kMinLat, kMaxLat));
            hospital.bindValue(4, rng.uniform(kMinLon, kMaxLon));
            hospital.bindValue(5, general);
            hospital.bindValue(6, icu);
            if (!Database::exec(hospital))
                return false;
            const bool levelOnly = h % 10 == 0; // one source in ten publishes only a level
            for (int d = 0; d < days; ++d) {
                report.bindValue(0, h);
                report.bindValue(1, first + qint64(d) * 86400);
                if (levelOnly) {
                    for (int c = 2; c <= 5; ++c)
                        report.bindValue(c, QVariant());
                    report.bindValue(6, levelKey(AvailabilityLevel(rng.integer(1, 3))));
                } else {
                    report.bindValue(2, general);
                    report.bindValue(3, int(rng.integer(0, general / 3)));
                    report.bindValue(4, icu);
                    report.bindValue(5, int(rng.integer(0, icu / 2)));
                    report.bindValue(6, QVariant());
                }
                if (!Database::exec(report))
                    return false;
            }
        }
        return true;
    });
    if (!written) {
        std::fprintf(stderr, "bench_hospitals: could not write the synthetic store\n");
        return false;
    }
    std::printf("hospitals: wrote %d hospitals x %d reports in %.0f ms\n", hospitals, days,
                double(timer.nsecsElapsed()) / 1e6);

    std::vector<double> ms;
    for (int run = 0; run < 21; ++run) {
        const QDateTime at = QDateTime(firstDay.addDays(rng.integer(0, days - 1)), QTime(int(rng.integer(0, 23)), 0),
                                       QTimeZone::UTC);
        timer.start();
        const QList<HospitalStatus> statuses = hospitalStatusesAt(db, at);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (statuses.size() != hospitals) {
            std::fprintf(stderr, "bench_hospitals: expected %d statuses, got %lld\n", hospitals,
                         qint64(statuses.size()));
            return false;
        }
    }
    std::printf("BENCH hospitals.statuses_ms %.2f ms\n", median(ms));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_hospitals: cannot create a temporary folder\n");
        return 1;
    }
    const bool nearestOk = benchNearest();
    const bool statusesOk = benchStatuses(dir.filePath(u"hospitals.sqlite"_s));
    return nearestOk && statusesOk ? 0 : 1;
}
