#include "analytics/bedavailability.h"
#include "demo/democity.h"
#include "demo/random.h"
#include "geo/geometry.h"
#include "store/database.h"
#include "storedigest.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

using namespace atalaya;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kAnchor(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);

std::unique_ptr<Database> makeCity(quint64 seed, QString *error = nullptr, int *progressCalls = nullptr)
{
    auto db = std::make_unique<Database>();
    if (!db->openInMemory().ok())
        return {};
    DemoCityOptions options;
    options.seed = seed;
    options.anchor = kAnchor;
    int calls = 0;
    double last = -1.0;
    bool monotone = true;
    const bool ok = DemoCity::generate(*db, options, [&](double f, const QString &stage) {
        ++calls;
        monotone = monotone && f >= last && !stage.isEmpty();
        last = f;
    }, error);
    if (!ok || !monotone)
        return {};
    if (progressCalls)
        *progressCalls = calls;
    return db;
}

QSqlQuery query(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    if (!Database::exec(q))
        qFatal("query failed: %s", qPrintable(sql));
    return q;
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q = query(db, sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

// Hash of every table's content in a fixed order, types included.
QByteArray contentHash(const Database &db)
{
    static const QStringList tables = {
        u"meta ORDER BY key"_s, u"basemap_feature ORDER BY id"_s, u"region ORDER BY id"_s, u"service_point ORDER BY id"_s,
        u"hospital ORDER BY id"_s, u"bed_report ORDER BY hospital_id, reported_at"_s,
        u"epidemic_daily ORDER BY region_id, day"_s, u"site ORDER BY id"_s, u"sensor ORDER BY id"_s,
        u"observation ORDER BY sensor_id, observed_at"_s,
    };
    return test::storeDigest(db, tables);
}

// Levels of the current (non-stale) reports at the anchor, one bed type.
std::multiset<AvailabilityLevel> currentLevels(const Database &db, BedType type)
{
    std::multiset<AvailabilityLevel> levels;
    for (const HospitalStatus &s : hospitalStatusesAt(db, kAnchor))
        if (s.hasReport && !s.stale)
            levels.insert(s.level(type));
    return levels;
}

// The city's occupancy of one bed type (0..1) per report day.
std::map<qint64, double> cityOccupancyByDay(const Database &db, const QString &type)
{
    std::map<qint64, double> out;
    QSqlQuery q = db.prepare(u"SELECT reported_at, 1.0 - CAST(SUM(%1_free) AS REAL) / SUM(%1_total) FROM bed_report"
                             " GROUP BY reported_at"_s.arg(type));
    if (!Database::exec(q))
        qFatal("query failed");
    while (q.next())
        out[q.value(0).toLongLong()] = q.value(1).toDouble();
    return out;
}

struct Shape {
    qint64 id;
    Polygon polygon;
};

QList<Shape> regions(const Database &db, const QString &level)
{
    QList<Shape> out;
    QSqlQuery q = query(db, u"SELECT id, geometry FROM region WHERE level = '%1' ORDER BY id"_s.arg(level));
    while (q.next()) {
        Geometry g;
        QString error;
        if (!geo::fromGeoJson(q.value(1).toString(), &g, &error) || g.type != Geometry::Type::Polygon)
            qFatal("bad region geometry: %s", qPrintable(error));
        out.append({q.value(0).toLongLong(), g.polygons.first()});
    }
    return out;
}

Polygon feature(const Database &db, const QString &kind)
{
    QSqlQuery q = query(db, u"SELECT geometry FROM basemap_feature WHERE kind = '%1' ORDER BY id"_s.arg(kind));
    Geometry g;
    if (!q.next() || !geo::fromGeoJson(q.value(0).toString(), &g))
        qFatal("no %s feature", qPrintable(kind));
    return g.polygons.first();
}

} // namespace

/** Tests the demo city generator: determinism, tiling, plausibility of every series. */
class TestDemoCity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void progressIsReported();
    void meta();
    void counts_data();
    void counts();
    void deterministic();
    void populationsAddUp();
    void regionsTile();
    void labelPointsInside();
    void servicePointsWhereTheySay();
    void serviceDetails();
    void epidemicPlausible();
    void epidemicHasWaves();
    void vaccinationBounded();
    void bedReports();
    void bedLevelsDifferAtAnchor_data();
    void bedLevelsDifferAtAnchor();
    void bedReportsHeterogeneous();
    void occupancyProfiles_data();
    void occupancyProfiles();
    void occupancyEdges();
    void refusesNonEmptyStore();
    void randomIsDeterministic();

private:
    std::unique_ptr<Database> m_db;
    int m_progressCalls = 0;
};

void TestDemoCity::initTestCase()
{
    QString error;
    m_db = makeCity(7, &error, &m_progressCalls);
    QVERIFY2(m_db, qPrintable(error));
}

void TestDemoCity::progressIsReported()
{
    QVERIFY2(m_progressCalls >= 20, qPrintable(QString::number(m_progressCalls)));
}

void TestDemoCity::meta()
{
    QVERIFY(DemoCity::storeHasCity(*m_db));
    QCOMPARE(m_db->meta(u"city_name"_s), u"Puerto Atalaya"_s);
    QCOMPARE(m_db->meta(u"demo_seed"_s), u"7"_s);
    QCOMPARE(m_db->meta(u"demo_anchor"_s), u"2026-03-15T12:00:00Z"_s);
    QCOMPARE(m_db->meta(u"demo_generator_version"_s), QString::number(DemoCity::kGeneratorVersion));
    QCOMPARE(m_db->meta(u"time_zone"_s), u"UTC"_s);
}

void TestDemoCity::counts_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<qint64>("maximum");

    QTest::newRow("land") << u"SELECT COUNT(*) FROM basemap_feature WHERE kind = 'land'"_s << 1LL << 1LL;
    QTest::newRow("sea") << u"SELECT COUNT(*) FROM basemap_feature WHERE kind = 'sea'"_s << 1LL << 1LL;
    QTest::newRow("river") << u"SELECT COUNT(*) FROM basemap_feature WHERE kind = 'river'"_s << 1LL << 1LL;
    QTest::newRow("parks") << u"SELECT COUNT(*) FROM basemap_feature WHERE kind = 'park'"_s << 6LL << 12LL;
    QTest::newRow("beaches") << u"SELECT COUNT(*) FROM basemap_feature WHERE kind = 'beach'"_s << 2LL << 8LL;
    QTest::newRow("city") << u"SELECT COUNT(*) FROM region WHERE level = 'city'"_s << 1LL << 1LL;
    QTest::newRow("districts") << u"SELECT COUNT(*) FROM region WHERE level = 'district'"_s << 8LL << 12LL;
    QTest::newRow("neighbourhoods") << u"SELECT COUNT(*) FROM region WHERE level = 'neighbourhood'"_s << 30LL << 50LL;
    QTest::newRow("post codes") << u"SELECT COUNT(*) FROM region WHERE level = 'postcode'"_s << 40LL << 100LL;
    QTest::newRow("services") << u"SELECT COUNT(*) FROM service_point"_s << 3000LL << 10000LL;
    QTest::newRow("categories") << u"SELECT COUNT(DISTINCT category) FROM service_point"_s << 7LL << 7LL;
    QTest::newRow("health centres (1 per ~25k)") << u"SELECT COUNT(*) FROM service_point WHERE category = 'health-centres'"_s << 18LL << 32LL;
    QTest::newRow("hospitals") << u"SELECT COUNT(*) FROM hospital"_s << 8LL << 15LL;
    QTest::newRow("sites") << u"SELECT COUNT(*) FROM site"_s << 10LL << 20LL;
    QTest::newRow("one sensor per site") << u"SELECT COUNT(*) FROM site s JOIN sensor n ON n.site_id = s.id"_s << 10LL << 20LL;
    QTest::newRow("observations") << u"SELECT COUNT(*) FROM observation"_s << 150000LL << 15LL * 12960;
    QTest::newRow("epidemic rows") << u"SELECT COUNT(*) FROM epidemic_daily"_s << 30LL * 730 << 50LL * 730;
    QTest::newRow("epidemic per neighbourhood only")
        << u"SELECT COUNT(*) FROM epidemic_daily e JOIN region r ON r.id = e.region_id WHERE r.level <> 'neighbourhood'"_s << 0LL << 0LL;
}

void TestDemoCity::counts()
{
    QFETCH(QString, sql);
    QFETCH(qint64, minimum);
    QFETCH(qint64, maximum);
    const qint64 n = scalar(*m_db, sql);
    QVERIFY2(n >= minimum && n <= maximum, qPrintable(u"%1 not in %2..%3"_s.arg(n).arg(minimum).arg(maximum)));
    const qint64 benches = scalar(*m_db, u"SELECT COUNT(*) FROM service_point WHERE category = 'benches'"_s);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM service_point WHERE category <> 'benches' GROUP BY category"
                            " ORDER BY COUNT(*) DESC LIMIT 1"_s) < benches, true);
}

void TestDemoCity::deterministic()
{
    const QByteArray first = contentHash(*m_db);
    QVERIFY(!first.isEmpty());
    const auto again = makeCity(7);
    QVERIFY(again);
    QCOMPARE(contentHash(*again), first);
    const auto other = makeCity(8);
    QVERIFY(other);
    QVERIFY(contentHash(*other) != first);
}

void TestDemoCity::populationsAddUp()
{
    const qint64 city = scalar(*m_db, u"SELECT population FROM region WHERE level = 'city'"_s);
    QVERIFY2(city > 580000 && city < 620000, qPrintable(QString::number(city)));
    QCOMPARE(scalar(*m_db, u"SELECT SUM(population) FROM region WHERE level = 'district'"_s), city);
    QCOMPARE(scalar(*m_db, u"SELECT SUM(population) FROM region WHERE level = 'neighbourhood'"_s), city);
    QCOMPARE(scalar(*m_db, u"SELECT SUM(population) FROM region WHERE level = 'postcode'"_s), city);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM region d WHERE d.level = 'district' AND d.population <>"
                            " (SELECT SUM(n.population) FROM region n WHERE n.parent_id = d.id AND n.level = 'neighbourhood')"_s),
             0LL);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM region n LEFT JOIN region d ON d.id = n.parent_id"
                            " WHERE n.level = 'neighbourhood' AND (d.level IS NULL OR d.level <> 'district')"_s),
             0LL);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM region WHERE share_over_65 NOT BETWEEN 0 AND 1"
                            " OR deprivation_index NOT BETWEEN 0 AND 1 OR area_km2 <= 0 OR population <= 0"_s),
             0LL);
}

void TestDemoCity::regionsTile()
{
    const Polygon city = regions(*m_db, u"city"_s).first().polygon;
    const QList<Shape> districts = regions(*m_db, u"district"_s);
    const QList<Shape> hoods = regions(*m_db, u"neighbourhood"_s);
    const QList<Shape> postcodes = regions(*m_db, u"postcode"_s);
    QHash<qint64, qint64> parentOf;
    QSqlQuery q = query(*m_db, u"SELECT id, parent_id FROM region WHERE level = 'neighbourhood'"_s);
    while (q.next())
        parentOf.insert(q.value(0).toLongLong(), q.value(1).toLongLong());

    const GeoBox box = geo::boundingBox(city);
    int insideCity = 0;
    const int steps = 97; // not a divisor of the grid, so samples do not sit on shared edges
    for (int i = 0; i <= steps; ++i) {
        for (int j = 0; j <= steps; ++j) {
            const GeoPoint p{box.minLat + (box.maxLat - box.minLat) * (i + 0.5) / (steps + 1),
                             box.minLon + (box.maxLon - box.minLon) * (j + 0.5) / (steps + 1)};
            const bool in = geo::contains(city, p);
            insideCity += in;
            auto hits = [&](const QList<Shape> &shapes, qint64 *which) {
                int n = 0;
                for (const Shape &s : shapes) {
                    if (geo::contains(s.polygon, p)) {
                        ++n;
                        *which = s.id;
                    }
                }
                return n;
            };
            qint64 d = 0, h = 0, pc = 0;
            const int expected = in ? 1 : 0;
            QCOMPARE(hits(districts, &d), expected);
            QCOMPARE(hits(hoods, &h), expected);
            QCOMPARE(hits(postcodes, &pc), expected);
            if (in)
                QCOMPARE(parentOf.value(h), d);
        }
    }
    QVERIFY(insideCity > steps * steps / 3);
}

void TestDemoCity::labelPointsInside()
{
    QSqlQuery q = query(*m_db, u"SELECT geometry, centroid_lat, centroid_lon, min_lat, min_lon, max_lat, max_lon, area_km2 FROM region"_s);
    while (q.next()) {
        Geometry g;
        QVERIFY(geo::fromGeoJson(q.value(0).toString(), &g));
        const GeoPoint label{q.value(1).toDouble(), q.value(2).toDouble()};
        QVERIFY(geo::contains(g.polygons, label));
        const GeoBox box = geo::boundingBox(g);
        QCOMPARE(q.value(3).toDouble(), box.minLat);
        QCOMPARE(q.value(6).toDouble(), box.maxLon);
        QVERIFY(std::abs(q.value(7).toDouble() - geo::areaKm2(g.polygons)) < 0.002);
    }
}

void TestDemoCity::servicePointsWhereTheySay()
{
    const Polygon city = regions(*m_db, u"city"_s).first().polygon;
    QHash<qint64, Polygon> hoods;
    for (const Shape &s : regions(*m_db, u"neighbourhood"_s))
        hoods.insert(s.id, s.polygon);
    QHash<QString, Polygon> postcodes;
    QSqlQuery pq = query(*m_db, u"SELECT code, geometry FROM region WHERE level = 'postcode'"_s);
    while (pq.next()) {
        Geometry g;
        QVERIFY(geo::fromGeoJson(pq.value(1).toString(), &g));
        postcodes.insert(pq.value(0).toString(), g.polygons.first());
    }
    const Polygon river = feature(*m_db, u"river"_s);
    const Polygon sea = feature(*m_db, u"sea"_s);

    QSqlQuery q = query(*m_db, u"SELECT id, lat, lon, region_id, post_code FROM service_point ORDER BY id"_s);
    int n = 0;
    while (q.next()) {
        const GeoPoint p{q.value(1).toDouble(), q.value(2).toDouble()};
        const QString id = q.value(0).toString();
        QVERIFY2(geo::contains(city, p), qPrintable(id));
        QVERIFY2(geo::contains(hoods.value(q.value(3).toLongLong()), p), qPrintable(id));
        QVERIFY2(postcodes.contains(q.value(4).toString()), qPrintable(id));
        QVERIFY2(geo::contains(postcodes.value(q.value(4).toString()), p), qPrintable(id));
        QVERIFY2(!geo::contains(river, p), qPrintable(id));
        QVERIFY2(!geo::contains(sea, p), qPrintable(id));
        ++n;
    }
    QVERIFY(n >= 3000);

    // Hospitals and sites also lie in the neighbourhood they name.
    QSqlQuery h = query(*m_db, u"SELECT lat, lon, region_id FROM hospital UNION ALL SELECT lat, lon, region_id FROM site"_s);
    while (h.next())
        QVERIFY(geo::contains(hoods.value(h.value(2).toLongLong()), GeoPoint{h.value(0).toDouble(), h.value(1).toDouble()}));
}

void TestDemoCity::serviceDetails()
{
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM service_point WHERE category = 'benches' AND opening_hours IS NOT NULL"_s), 0LL);
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM service_point WHERE category = 'pharmacies' AND opening_hours = '24/7'"_s) > 0);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM service_point WHERE category IN ('elderly-homes', 'recreational-areas')"
                            " AND (capacity IS NULL OR capacity <= 0)"_s),
             0LL);
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM service_point WHERE status = 'limited'"_s) > 0);
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM service_point WHERE status = 'closed'"_s) > 0);
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM service_point WHERE status = 'open'"_s)
            > 8 * scalar(*m_db, u"SELECT COUNT(*) FROM service_point WHERE status <> 'open'"_s));
    const qint64 anchor = kAnchor.toSecsSinceEpoch();
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM service_point WHERE updated_by <> 'demo' OR updated_at > %1"
                            " OR updated_at < %2 OR address IS NULL OR post_code IS NULL"_s.arg(anchor).arg(anchor - 30 * 86400)),
             0LL);
}

void TestDemoCity::epidemicPlausible()
{
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM epidemic_daily WHERE cases < 0 OR recoveries < 0 OR deaths < 0 OR tests < 0"
                            " OR vaccinated_dose1 < 0 OR vaccinated_dose2 < 0 OR vaccinated_booster < 0 OR cases IS NULL"
                            " OR source <> 'demo'"_s),
             0LL);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM epidemic_daily WHERE cases > tests"_s), 0LL); // positivity <= 100 %
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(DISTINCT day) FROM epidemic_daily"_s), 730LL);
    QSqlQuery last = query(*m_db, u"SELECT MAX(day), MIN(day) FROM epidemic_daily"_s);
    QVERIFY(last.next());
    QCOMPARE(last.value(0).toString(), kAnchor.date().toString(Qt::ISODate));
    QCOMPARE(last.value(1).toString(), kAnchor.date().addDays(-729).toString(Qt::ISODate));
    // Positivity over the city varies between a few and some 25 percent.
    QSqlQuery pos = query(*m_db, u"SELECT MIN(p), MAX(p) FROM (SELECT 1.0 * SUM(cases) / SUM(tests) AS p FROM epidemic_daily"
                                  " WHERE day >= '%1' GROUP BY day)"_s.arg(kAnchor.date().addDays(-600).toString(Qt::ISODate)));
    QVERIFY(pos.next());
    QVERIFY2(pos.value(0).toDouble() < 0.05 && pos.value(1).toDouble() > 0.10 && pos.value(1).toDouble() <= 0.30,
             qPrintable(u"%1..%2"_s.arg(pos.value(0).toDouble()).arg(pos.value(1).toDouble())));
    // Deaths are a small fraction of cases; recoveries most of them.
    const qint64 cases = scalar(*m_db, u"SELECT SUM(cases) FROM epidemic_daily"_s);
    const qint64 deaths = scalar(*m_db, u"SELECT SUM(deaths) FROM epidemic_daily"_s);
    const qint64 recoveries = scalar(*m_db, u"SELECT SUM(recoveries) FROM epidemic_daily"_s);
    QVERIFY2(cases > 20000 && deaths > 0 && deaths < cases / 50 && recoveries > cases * 8 / 10 && recoveries <= cases,
             qPrintable(u"cases %1 deaths %2 recoveries %3"_s.arg(cases).arg(deaths).arg(recoveries)));
}

void TestDemoCity::epidemicHasWaves()
{
    QList<double> daily;
    QSqlQuery q = query(*m_db, u"SELECT SUM(cases) FROM epidemic_daily GROUP BY day ORDER BY day"_s);
    while (q.next())
        daily.append(q.value(0).toDouble());
    QList<double> avg;
    for (qsizetype i = 6; i < daily.size(); ++i) {
        double s = 0.0;
        for (qsizetype k = i - 6; k <= i; ++k)
            s += daily[k];
        avg.append(s / 7.0);
    }
    // A wave: a maximum of the 7-day average over +-30 days, at least 3x the lowest point since
    // the previous wave, and 60 days or more after it.
    int waves = 0;
    qsizetype previous = -1000;
    double trough = avg.first();
    for (qsizetype i = 0; i < avg.size(); ++i) {
        trough = std::min(trough, avg[i]);
        bool isMax = true;
        for (qsizetype k = std::max<qsizetype>(0, i - 30); k <= std::min(avg.size() - 1, i + 30); ++k)
            isMax = isMax && avg[k] <= avg[i];
        if (isMax && avg[i] > 3.0 * std::max(trough, 1.0) && i - previous >= 60) {
            ++waves;
            previous = i;
            trough = avg[i];
        }
    }
    QVERIFY2(waves >= 2, qPrintable(QString::number(waves)));
    QVERIFY2(waves <= 6, qPrintable(QString::number(waves)));
}

void TestDemoCity::vaccinationBounded()
{
    QSqlQuery q = query(*m_db, u"SELECT r.population, SUM(e.vaccinated_dose1), SUM(e.vaccinated_dose2), SUM(e.vaccinated_booster)"
                                " FROM epidemic_daily e JOIN region r ON r.id = e.region_id GROUP BY r.id ORDER BY r.id"_s);
    double minCoverage = 1.0, maxCoverage = 0.0;
    while (q.next()) {
        const qint64 pop = q.value(0).toLongLong(), d1 = q.value(1).toLongLong(), d2 = q.value(2).toLongLong(), b = q.value(3).toLongLong();
        QVERIFY(d1 <= pop && d2 <= d1 && b <= d2);
        minCoverage = std::min(minCoverage, double(d1) / double(pop));
        maxCoverage = std::max(maxCoverage, double(d1) / double(pop));
    }
    QVERIFY2(minCoverage >= 0.65 && maxCoverage <= 0.90, qPrintable(u"%1..%2"_s.arg(minCoverage).arg(maxCoverage)));
    // No vaccines in the first five months.
    QCOMPARE(scalar(*m_db, u"SELECT SUM(vaccinated_dose1) FROM epidemic_daily WHERE day < '%1'"_s
                              .arg(kAnchor.date().addDays(-729 + 150).toString(Qt::ISODate))),
             0LL);
}

void TestDemoCity::bedReports()
{
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM bed_report WHERE general_free > general_total OR icu_free > icu_total"
                            " OR general_free < 0 OR icu_free < 0 OR source <> 'demo'"_s),
             0LL);
    const qint64 anchor = kAnchor.toSecsSinceEpoch();
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM bed_report WHERE reported_at > %1 OR reported_at % 86400 <> 28800"_s.arg(anchor)), 0LL);
    // Exactly one hospital is stale at the anchor (last report older than a day plus grace).
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM (SELECT hospital_id, MAX(reported_at) AS last FROM bed_report"
                            " GROUP BY hospital_id) WHERE last < %1"_s.arg(anchor - 86400 - 3600)),
             1LL);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(DISTINCT hospital_id) FROM bed_report"_s), scalar(*m_db, u"SELECT COUNT(*) FROM hospital"_s));
    // Some hospitals miss days now and then.
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM (SELECT hospital_id FROM bed_report GROUP BY hospital_id HAVING COUNT(*) < 727)"_s) >= 2);
    // ICU is full somewhere at some point (bedReportsHeterogeneous() checks the shape over time).
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM bed_report WHERE icu_free = 0"_s) > 0);
}

void TestDemoCity::bedLevelsDifferAtAnchor_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 7") << quint64(7);
}

void TestDemoCity::bedLevelsDifferAtAnchor()
{
    // A coordinator looking at the Hospitals page must see contrast: a full ICU somewhere and
    // spare ICU beds elsewhere, and general wards that are not all the same colour.
    QFETCH(quint64, seed);
    std::unique_ptr<Database> own;
    if (seed != 7) { // m_db is seed 7
        own = makeCity(seed);
        QVERIFY(own);
    }
    const Database &db = own ? *own : *m_db;
    const std::multiset<AvailabilityLevel> icu = currentLevels(db, BedType::Icu);
    const std::multiset<AvailabilityLevel> general = currentLevels(db, BedType::General);
    QVERIFY(icu.size() >= 8);
    QCOMPARE(icu.count(AvailabilityLevel::NoData), size_t(0));
    QVERIFY2(icu.count(AvailabilityLevel::High) >= 1, "no hospital with plenty of free ICU beds");
    QVERIFY2(icu.count(AvailabilityLevel::Low) >= 1, "no hospital with a nearly full ICU");
    QVERIFY2(std::set<AvailabilityLevel>(general.begin(), general.end()).size() >= 2, "every general ward at the same level");
}

void TestDemoCity::bedReportsHeterogeneous()
{
    // Over two years the city's ICU occupancy swings from quiet troughs to wave peaks, more
    // than its general wards do.
    const std::map<qint64, double> icu = cityOccupancyByDay(*m_db, u"icu"_s), general = cityOccupancyByDay(*m_db, u"general"_s);
    auto range = [](const std::map<qint64, double> &series) {
        auto [lo, hi] = std::minmax_element(series.begin(), series.end(),
                                            [](const auto &a, const auto &b) { return a.second < b.second; });
        return std::pair{*lo, *hi};
    };
    const auto [icuLow, icuHigh] = range(icu);
    const auto [generalLow, generalHigh] = range(general);
    QVERIFY2(icuLow.second <= 0.45 && icuLow.second >= 0.25, qPrintable(QString::number(icuLow.second)));
    QVERIFY2(icuHigh.second >= 0.85, qPrintable(QString::number(icuHigh.second)));
    QVERIFY(icuHigh.second - icuLow.second > 1.5 * (generalHigh.second - generalLow.second));
    // At the worst of the waves ICU is tighter than the general wards.
    QVERIFY(icuHigh.second > general.at(icuHigh.first));

    // Hospitals differ: at the worst ICU moment several are nearly full; on the quietest day
    // some still have most of their ICU free.
    auto levelsOn = [&](qint64 at) {
        std::multiset<AvailabilityLevel> levels;
        QSqlQuery q = query(*m_db, u"SELECT 1.0 - CAST(icu_free AS REAL) / icu_total FROM bed_report WHERE reported_at = %1"_s.arg(at));
        while (q.next())
            levels.insert(classifyOccupancy(q.value(0).toDouble()));
        return levels;
    };
    QVERIFY(levelsOn(icuHigh.first).count(AvailabilityLevel::Low) >= 3);
    QVERIFY(levelsOn(icuLow.first).count(AvailabilityLevel::High) >= 2);
    // The spread of hospitals' average ICU occupancy is wide: a referral centre and idle units.
    QSqlQuery spread = query(*m_db, u"SELECT MAX(o) - MIN(o) FROM (SELECT hospital_id, AVG(1.0 - CAST(icu_free AS REAL) / icu_total) AS o"
                                     " FROM bed_report GROUP BY hospital_id)"_s);
    QVERIFY(spread.next());
    QVERIFY2(spread.value(0).toDouble() > 0.5, qPrintable(spread.value(0).toString()));

    // Fewer elective admissions at weekends: Monday's report (Sunday night) is emptier than
    // Thursday's.
    auto generalOn = [&](int weekday) { // strftime('%w'): 0 = Sunday
        QSqlQuery q = query(*m_db, u"SELECT 1.0 - CAST(SUM(general_free) AS REAL) / SUM(general_total) FROM bed_report"
                                    " WHERE strftime('%w', reported_at, 'unixepoch') = '%1'"_s.arg(weekday));
        return q.next() ? q.value(0).toDouble() : -1.0;
    };
    QVERIFY2(generalOn(1) < generalOn(4) - 0.02, qPrintable(u"%1 vs %2"_s.arg(generalOn(1)).arg(generalOn(4))));
}

void TestDemoCity::occupancyProfiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("busyDays"); // strftime('%w') digits, 0 = Sunday
    QTest::addColumn<int>("busyHour");
    QTest::addColumn<QString>("quietDays");
    QTest::addColumn<int>("quietHour");

    QTest::newRow("beach: Saturday afternoon vs Tuesday night") << u"beach"_s << u"6"_s << 16 << u"2"_s << 4;
    QTest::newRow("station: weekday rush vs night") << u"station"_s << u"12345"_s << 8 << u"12345"_s << 3;
    QTest::newRow("station: weekday rush vs Sunday") << u"station"_s << u"12345"_s << 8 << u"0"_s << 8;
    QTest::newRow("market: Saturday morning vs Sunday") << u"market"_s << u"6"_s << 11 << u"0"_s << 11;
    QTest::newRow("market: morning vs evening") << u"market"_s << u"6"_s << 11 << u"6"_s << 21;
    QTest::newRow("square: Saturday evening vs Tuesday dawn") << u"square"_s << u"6"_s << 20 << u"2"_s << 5;
    QTest::newRow("park: Sunday noon vs night") << u"park"_s << u"0"_s << 12 << u"0"_s << 2;
}

void TestDemoCity::occupancyProfiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, busyDays);
    QFETCH(int, busyHour);
    QFETCH(QString, quietDays);
    QFETCH(int, quietHour);
    auto mean = [&](const QString &days, int hour) {
        QSqlQuery q = query(*m_db, u"SELECT AVG(o.value) FROM observation o JOIN sensor n ON n.id = o.sensor_id"
                                    " JOIN site s ON s.id = n.site_id WHERE s.kind = '%1'"
                                    " AND instr('%2', strftime('%w', o.observed_at, 'unixepoch')) > 0"
                                    " AND CAST(strftime('%H', o.observed_at, 'unixepoch') AS INTEGER) = %3"_s.arg(kind, days).arg(hour));
        return q.next() ? q.value(0).toDouble() : -1.0;
    };
    const double busy = mean(busyDays, busyHour), quiet = mean(quietDays, quietHour);
    QVERIFY2(busy > 2.0 * quiet && quiet >= 0.0, qPrintable(u"busy %1, quiet %2"_s.arg(busy).arg(quiet)));
}

void TestDemoCity::occupancyEdges()
{
    const qint64 anchor = kAnchor.toSecsSinceEpoch();
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM observation WHERE value < 0 OR observed_at > %1 OR observed_at % 600 <> 0"_s.arg(anchor)), 0LL);
    const qint64 newest = scalar(*m_db, u"SELECT MAX(observed_at) FROM observation"_s);
    QVERIFY(newest <= anchor && newest > anchor - 600);
    const qint64 oldest = scalar(*m_db, u"SELECT MIN(observed_at) FROM observation"_s);
    QVERIFY(oldest >= newest - 90LL * 86400);
    // Some readings at or above red, at several sites.
    QVERIFY(scalar(*m_db, u"SELECT COUNT(DISTINCT s.id) FROM observation o JOIN sensor n ON n.id = o.sensor_id"
                           " JOIN site s ON s.id = n.site_id WHERE o.value >= s.red_threshold * s.capacity"_s) >= 3);
    // Gaps: some sensors miss readings; one has been silent for hours at the anchor.
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM (SELECT sensor_id FROM observation GROUP BY sensor_id HAVING COUNT(*) < 12960)"_s) >= 3);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM (SELECT sensor_id FROM observation GROUP BY sensor_id"
                            " HAVING MAX(observed_at) < %1)"_s.arg(anchor - 3600)),
             1LL);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM site WHERE kind <> 'beach' AND NOT (amber_threshold BETWEEN 0.6 AND 0.7"
                            " AND red_threshold BETWEEN 0.85 AND 0.9 AND closed_threshold IS NULL)"_s), 0LL);
    // Beaches light up like Barcelona's: 40 / 60 %, access closed from 80 %.
    QVERIFY(scalar(*m_db, u"SELECT COUNT(*) FROM site WHERE kind = 'beach'"_s) >= 2);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM site WHERE kind = 'beach' AND NOT (amber_threshold = 0.4"
                            " AND red_threshold = 0.6 AND closed_threshold = 0.8)"_s), 0LL);
    // Every site's code is its sensor's component, which is how feeds find it.
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM site s JOIN sensor n ON n.site_id = s.id WHERE n.component <> s.code"_s), 0LL);
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM site WHERE code = 'playa-dunas'"_s), 1LL);
}

void TestDemoCity::refusesNonEmptyStore()
{
    const qint64 before = scalar(*m_db, u"SELECT COUNT(*) FROM observation"_s);
    QString error;
    DemoCityOptions options;
    options.anchor = kAnchor;
    QVERIFY(!DemoCity::generate(*m_db, options, {}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM observation"_s), before);

    // A store with unrelated data but no city name is refused too, and left as it was.
    Database other;
    QVERIFY(other.openInMemory().ok());
    QSqlQuery insert = other.prepare(u"INSERT INTO site (code, name, kind, lat, lon, capacity, amber_threshold, red_threshold)"
                                     " VALUES ('x', 'x', 'square', 39, -9.3, 10, 0.5, 0.8)"_s);
    QVERIFY(Database::exec(insert));
    QVERIFY(!DemoCity::generate(other, options, {}, &error));
    QCOMPARE(scalar(other, u"SELECT COUNT(*) FROM region"_s), 0LL);
}

void TestDemoCity::randomIsDeterministic()
{
    // Pinned values: if these change, every demo store changes; bump kGeneratorVersion.
    Random a(42), b(42);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(a.next(), b.next());
    // xoshiro256** seeded through splitmix64, as computed by an independent implementation.
    Random r(1);
    QCOMPARE(r.next(), Q_UINT64_C(0x578b1d01c8cdd9));
    QCOMPARE(r.next(), Q_UINT64_C(0x6c113f4e3b8f7bec));
    QCOMPARE(r.next(), Q_UINT64_C(0x2c005d04489190b));
    Random s(123);
    double sum = 0.0;
    qint64 poissonSum = 0;
    for (int i = 0; i < 10000; ++i) {
        const double u = s.uniform(2.0, 3.0);
        QVERIFY(u >= 2.0 && u < 3.0);
        sum += s.normal(10.0, 2.0);
        poissonSum += s.poisson(4.0) + s.poisson(100.0);
        const qint64 k = s.integer(-3, 3);
        QVERIFY(k >= -3 && k <= 3);
    }
    QVERIFY(std::abs(sum / 10000.0 - 10.0) < 0.1);
    QVERIFY(std::abs(double(poissonSum) / 10000.0 - 104.0) < 0.5);
}

QTEST_GUILESS_MAIN(TestDemoCity)
#include "tst_democity.moc"
