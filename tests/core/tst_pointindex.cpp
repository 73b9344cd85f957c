#include "services/pointindex.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace atalaya;
using namespace Qt::StringLiterals;

namespace {

// A city of about 15 x 10 km around Santander's centre.
constexpr double kCityLat = 43.4623;
constexpr double kCityLon = -3.8099;
constexpr double kHalfLat = 0.045;
constexpr double kHalfLon = 0.093;
constexpr int kCategories = 7;
constexpr double kRadiusPx = 48;
constexpr int kMaxClusterZoom = 17;

struct Brute {
    MercatorPoint m;
    IndexedPoint p;
};

std::vector<Brute> project(const std::vector<IndexedPoint> &points)
{
    std::vector<Brute> out;
    for (const IndexedPoint &p : points)
        out.push_back({toMercator(p.lat, p.lon), p});
    return out;
}

IndexedPoint makePoint(qint64 id, double lat, double lon, QRandomGenerator &rng)
{
    return {id, lat, lon, quint16(rng.bounded(kCategories)), ServiceStatus(rng.bounded(kServiceStatusCount))};
}

IndexedPoint fromMercatorPoint(qint64 id, double x, double y, QRandomGenerator &rng)
{
    double lat = 0;
    double lon = 0;
    fromMercator({x, y}, &lat, &lon);
    return makePoint(id, lat, lon, rng);
}

/** The point sets every exactness check runs on. */
std::vector<IndexedPoint> dataset(const QString &kind)
{
    QRandomGenerator rng(4242);
    std::vector<IndexedPoint> points;
    qint64 id = 1;
    if (kind == u"random"_s) {
        // Spread over the city, with three dense centres as real services have.
        for (int i = 0; i < 2000; ++i)
            points.push_back(makePoint(id++, kCityLat - kHalfLat + rng.bounded(2 * kHalfLat),
                                       kCityLon - kHalfLon + rng.bounded(2 * kHalfLon), rng));
        const double centres[3][2] = {{43.4623, -3.8099}, {43.4700, -3.7900}, {43.4450, -3.8400}};
        for (const auto &centre : centres) {
            for (int i = 0; i < 700; ++i) {
                const double r = 0.004 * std::sqrt(-2 * std::log(1 - rng.generateDouble()));
                const double a = rng.bounded(2 * M_PI);
                points.push_back(makePoint(id++, centre[0] + r * std::sin(a), centre[1] + 1.4 * r * std::cos(a), rng));
            }
        }
    } else if (kind == u"one spot"_s) {
        for (int i = 0; i < 600; ++i)
            points.push_back(makePoint(id++, kCityLat, kCityLon, rng));
    } else if (kind == u"cell borders"_s) {
        // Mercator coordinates on the corners of level-17 cells, which are borders at every
        // coarser level too when the cell number is a multiple of a power of two.
        const double finest = kRadiusPx / (256.0 * std::ldexp(1.0, kMaxClusterZoom));
        const MercatorPoint centre = toMercator(kCityLat, kCityLon);
        const auto baseX = qint64(std::floor(centre.x / finest / 4096)) * 4096;
        const auto baseY = qint64(std::floor(centre.y / finest / 4096)) * 4096;
        for (int i = 0; i < 900; ++i) {
            const qint64 kx = baseX + qint64(rng.bounded(-8, 9)) * (qint64(1) << rng.bounded(13));
            const qint64 ky = baseY + qint64(rng.bounded(-8, 9)) * (qint64(1) << rng.bounded(13));
            points.push_back(fromMercatorPoint(id++, double(kx) * finest, double(ky) * finest, rng));
            // The same spot stated directly in Mercator and in degrees may differ by an ulp;
            // both must be counted once.
            if (i % 3 == 0)
                points.push_back(makePoint(id++, points.back().lat, points.back().lon, rng));
        }
    } else if (kind == u"city edges"_s) {
        // The corners and edges of the city's box, where a view fitted to the city cuts.
        const double south = kCityLat - kHalfLat;
        const double north = kCityLat + kHalfLat;
        const double west = kCityLon - kHalfLon;
        const double east = kCityLon + kHalfLon;
        for (const double lat : {south, north}) {
            for (const double lon : {west, east}) {
                for (int k = 0; k < 5; ++k)
                    points.push_back(makePoint(id++, lat, lon, rng));
            }
        }
        for (int i = 0; i < 400; ++i) {
            const double t = rng.generateDouble();
            switch (i % 4) {
            case 0: points.push_back(makePoint(id++, south, west + t * (east - west), rng)); break;
            case 1: points.push_back(makePoint(id++, north, west + t * (east - west), rng)); break;
            case 2: points.push_back(makePoint(id++, south + t * (north - south), west, rng)); break;
            default: points.push_back(makePoint(id++, south + t * (north - south), east, rng)); break;
            }
        }
        for (int i = 0; i < 200; ++i)
            points.push_back(makePoint(id++, south + rng.bounded(north - south), west + rng.bounded(east - west), rng));
    } else if (kind == u"world edges"_s) {
        // Valid extremes of the Mercator square: they must neither be lost nor crash a query.
        const double maxLat = 85.0511287798;
        for (const double lat : {-maxLat, 0.0, maxLat}) {
            for (const double lon : {-180.0, 0.0, 180.0}) {
                for (int k = 0; k < 3; ++k)
                    points.push_back(makePoint(id++, lat, lon, rng));
            }
        }
        for (int i = 0; i < 100; ++i)
            points.push_back(makePoint(id++, kCityLat + rng.bounded(0.01), kCityLon + rng.bounded(0.01), rng));
    }
    return points;
}

QRectF mercatorBox(double south, double west, double north, double east)
{
    const MercatorPoint nw = toMercator(north, west);
    const MercatorPoint se = toMercator(south, east);
    return QRectF(QPointF(nw.x, nw.y), QPointF(se.x, se.y));
}

/** A 1600 x 1000 px screen at `zoom` centred on `centre`. */
QRectF screen(const MercatorPoint &centre, int zoom)
{
    const double world = 256.0 * std::ldexp(1.0, zoom);
    return QRectF(centre.x - 800 / world, centre.y - 500 / world, 1600 / world, 1000 / world);
}

QList<QRectF> views(const std::vector<Brute> &points, int zoom)
{
    QList<QRectF> out;
    out << QRectF(0, 0, 1, 1);
    out << mercatorBox(kCityLat - kHalfLat, kCityLon - kHalfLon, kCityLat + kHalfLat, kCityLon + kHalfLon);
    out << screen(toMercator(kCityLat, kCityLon), zoom);
    out << screen(toMercator(kCityLat + 0.01, kCityLon - 0.02), zoom);
    // Views whose edges run exactly through points (edges count as inside).
    QRandomGenerator rng(quint32(zoom) + 17);
    for (int i = 0; i < 3 && points.size() >= 2; ++i) {
        const MercatorPoint a = points[rng.bounded(quint32(points.size()))].m;
        const MercatorPoint b = points[rng.bounded(quint32(points.size()))].m;
        out << QRectF(QPointF(std::min(a.x, b.x), std::min(a.y, b.y)), QPointF(std::max(a.x, b.x), std::max(a.y, b.y)));
    }
    // A part of the city, the size of a district.
    const QRectF city = out[1];
    out << QRectF(city.x() + city.width() * 0.3, city.y() + city.height() * 0.2, city.width() * 0.35, city.height() * 0.45);
    return out;
}

bool inView(const MercatorPoint &m, const QRectF &view)
{
    const QRectF r = view.normalized();
    return m.x >= r.left() && m.x <= r.right() && m.y >= r.top() && m.y <= r.bottom();
}

bool shown(const IndexedPoint &p, CategoryMask mask)
{
    return mask & (CategoryMask(1) << p.category);
}

double cellSide(int zoom, double radius = kRadiusPx)
{
    return radius / (256.0 * std::ldexp(1.0, zoom));
}

/** Every property a query must have, checked against a pass over every point. */
void checkQuery(const PointIndex &index, const std::vector<Brute> &points, int zoom, const QRectF &view,
                CategoryMask mask, bool compareCells, double radius = kRadiusPx, int maxClusterZoom = kMaxClusterZoom)
{
    QHash<qint64, const Brute *> byId;
    QList<qint64> expected;
    std::array<int, kServiceStatusCount> expectedStatus{};
    std::array<int, kMaxCategories> expectedPerCategory{};
    for (const Brute &b : points) {
        byId.insert(b.p.id, &b);
        if (inView(b.m, view) && shown(b.p, mask)) {
            expected.append(b.p.id);
            ++expectedStatus[quint8(b.p.status)];
            ++expectedPerCategory[b.p.category];
        }
    }
    std::sort(expected.begin(), expected.end());

    const QList<PointCluster> clusters = index.clusters(zoom, view, mask);
    QList<qint64> members;
    std::array<int, kServiceStatusCount> status{};
    QHash<QPair<qint64, qint64>, int> cells;
    const double side = cellSide(zoom, radius);
    for (const PointCluster &c : clusters) {
        QVERIFY(c.count > 0);
        int statusSum = 0;
        for (int s = 0; s < kServiceStatusCount; ++s) {
            statusSum += c.statusCounts[size_t(s)];
            status[size_t(s)] += c.statusCounts[size_t(s)];
        }
        QCOMPARE(statusSum, c.count);
        const QList<qint64> ids = index.members(c, zoom, view, mask);
        QCOMPARE(ids.size(), qsizetype(c.count));
        members.append(ids);
        int category = byId.value(ids.first())->p.category;
        for (const qint64 id : ids) {
            if (byId.value(id)->p.category != category)
                category = -1;
        }
        QCOMPARE(c.category, category);
        if (c.count == 1) {
            QCOMPARE(c.id, ids.first());
            QCOMPARE(c.position.x, byId.value(c.id)->m.x);
            QCOMPARE(c.position.y, byId.value(c.id)->m.y);
        } else {
            QCOMPARE(c.id, qint64(0));
        }
        if (zoom >= maxClusterZoom) {
            QCOMPARE(c.count, 1);
            continue;
        }
        // One mark per cell, and every member inside the mark's cell.
        const auto cell = qMakePair(qint64(std::floor(c.position.x / side)), qint64(std::floor(c.position.y / side)));
        QVERIFY2(!cells.contains(cell), "two marks for one cell");
        cells.insert(cell, c.count);
        const double slack = side * 1e-9;
        for (const qint64 id : ids) {
            const MercatorPoint m = byId.value(id)->m;
            QVERIFY(m.x >= double(cell.first) * side - slack && m.x <= double(cell.first + 1) * side + slack);
            QVERIFY(m.y >= double(cell.second) * side - slack && m.y <= double(cell.second + 1) * side + slack);
        }
    }
    std::sort(members.begin(), members.end());
    QCOMPARE(members, expected); // nothing lost, nothing doubled
    QCOMPARE(status, expectedStatus);
    QCOMPARE(index.countsInView(view, mask), expectedPerCategory);

    if (compareCells && zoom < maxClusterZoom) {
        QHash<QPair<qint64, qint64>, int> expectedCells;
        for (const qint64 id : expected) {
            const MercatorPoint m = byId.value(id)->m;
            ++expectedCells[qMakePair(qint64(std::floor(m.x / side)), qint64(std::floor(m.y / side)))];
        }
        QCOMPARE(cells, expectedCells);
    }
}

PointIndex makeIndex(const std::vector<IndexedPoint> &points)
{
    PointIndex index(PointIndex::Options{kRadiusPx, kMaxClusterZoom});
    index.build(points);
    return index;
}

} // namespace

/** The services map's point index: exact clusters at every zoom for random and awkward point
 *  sets, category masks, members, edits, rejected input and the Mercator projection. */
class TestPointIndex : public QObject
{
    Q_OBJECT

private slots:
    void mercator()
    {
        const MercatorPoint origin = toMercator(0, 0);
        QCOMPARE(origin.x, 0.5);
        QVERIFY(std::abs(origin.y - 0.5) < 1e-15);
        QCOMPARE(toMercator(0, -180).x, 0.0);
        QCOMPARE(toMercator(0, 180).x, 1.0);
        QVERIFY(std::abs(toMercator(85.0511287798, 0).y) < 1e-9);
        QVERIFY(std::abs(toMercator(-85.0511287798, 0).y - 1) < 1e-9);
        QCOMPARE(toMercator(89.9, 0).y, 0.0); // beyond the square: on its edge
        // Bilbao at zoom 0: y from the Mercator formula by hand, 0.5 - ln(tan(45° + φ/2)) / 2π.
        const MercatorPoint bilbao = toMercator(43.263, -2.935);
        QVERIFY(std::abs(bilbao.x - 0.4918472222) < 1e-9);
        QVERIFY(std::abs(bilbao.y - 0.3664482355) < 1e-9);
        for (const double lat : {-80.0, -43.5, 0.0, 12.25, 43.4623, 85.0}) {
            for (const double lon : {-179.5, -3.81, 0.0, 120.0}) {
                double lat2 = 0;
                double lon2 = 0;
                fromMercator(toMercator(lat, lon), &lat2, &lon2);
                QVERIFY(std::abs(lat2 - lat) < 1e-9);
                QVERIFY(std::abs(lon2 - lon) < 1e-9);
            }
        }
    }

    void exactAtEveryZoom_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("compareCells");
        QTest::newRow("random") << u"random"_s << true;
        QTest::newRow("one spot") << u"one spot"_s << true;
        QTest::newRow("cell borders") << u"cell borders"_s << false; // which side of a border is the index's call
        QTest::newRow("city edges") << u"city edges"_s << true;
        QTest::newRow("world edges") << u"world edges"_s << false;
    }

    void exactAtEveryZoom()
    {
        QFETCH(QString, kind);
        QFETCH(bool, compareCells);
        const std::vector<IndexedPoint> points = dataset(kind);
        const std::vector<Brute> brute = project(points);
        const PointIndex index = makeIndex(points);
        QCOMPARE(index.size(), qsizetype(points.size()));
        QCOMPARE(index.rejected(), 0);
        for (int zoom = 0; zoom <= 20; ++zoom) {
            const QList<QRectF> all = views(brute, zoom);
            for (qsizetype v = 0; v < all.size(); ++v) {
                checkQuery(index, brute, zoom, all[v], kAllCategories, compareCells);
                if (QTest::currentTestFailed())
                    qWarning("zoom %d, view %lld", zoom, qlonglong(v));
                QVERIFY(!QTest::currentTestFailed());
            }
        }
    }

    void categoryMasks_data()
    {
        QTest::addColumn<CategoryMask>("mask");
        QTest::newRow("one") << (CategoryMask(1) << 2);
        QTest::newRow("three") << CategoryMask((1 << 0) | (1 << 3) | (1 << 5));
        QTest::newRow("all but one") << (kAllCategories & ~CategoryMask(1 << 4));
        QTest::newRow("absent categories only") << (CategoryMask(1) << 40);
    }

    void categoryMasks()
    {
        QFETCH(CategoryMask, mask);
        for (const QString &kind : {u"random"_s, u"one spot"_s, u"cell borders"_s}) {
            const std::vector<IndexedPoint> points = dataset(kind);
            const std::vector<Brute> brute = project(points);
            const PointIndex index = makeIndex(points);
            for (int zoom = 0; zoom <= 20; zoom += 1) {
                for (const QRectF &view : views(brute, zoom)) {
                    checkQuery(index, brute, zoom, view, mask, kind != u"cell borders"_s);
                    QVERIFY2(!QTest::currentTestFailed(), qPrintable(u"%1 at zoom %2"_s.arg(kind).arg(zoom)));
                }
            }
        }
    }

    void nothingShown()
    {
        const PointIndex index = makeIndex(dataset(u"random"_s));
        QVERIFY(index.clusters(12, QRectF(0, 0, 1, 1), 0).isEmpty());
        QCOMPARE(index.countsInView(QRectF(0, 0, 1, 1), 0), (std::array<int, kMaxCategories>{}));
        // A view away from every point.
        const QRectF elsewhere = mercatorBox(40.0, 2.0, 40.1, 2.1);
        QVERIFY(index.clusters(12, elsewhere).isEmpty());
        QVERIFY(index.clusters(19, elsewhere).isEmpty());
    }

    void membersOfWholeClusters()
    {
        // Seen whole, a mark's cell is entirely on screen, so members() needs no rectangle.
        const PointIndex index = makeIndex(dataset(u"random"_s));
        const QRectF world(0, 0, 1, 1);
        for (int zoom = 0; zoom < kMaxClusterZoom; ++zoom) {
            qsizetype total = 0;
            for (const PointCluster &c : index.clusters(zoom, world)) {
                QCOMPARE(index.members(c, zoom).size(), qsizetype(c.count));
                total += c.count;
            }
            QCOMPARE(total, index.size());
        }
        // With a mask, the members are those of the shown categories only.
        const CategoryMask mask = CategoryMask(1 << 1) | CategoryMask(1 << 6);
        for (const PointCluster &c : index.clusters(14, world, mask))
            QCOMPARE(index.members(c, 14, mask).size(), qsizetype(c.count));
    }

    void clippedClusterMembers()
    {
        // A cell cut by the view counts only its points inside; without the rectangle,
        // members() gives the whole cell.
        const std::vector<IndexedPoint> points = dataset(u"one spot"_s);
        const PointIndex index = makeIndex(points);
        const MercatorPoint spot = toMercator(kCityLat, kCityLon);
        const QRectF touching(spot.x, spot.y, 0.01, 0.01);
        const QRectF missing(spot.x + 1e-9, spot.y, 0.01, 0.01);
        const QList<PointCluster> marks = index.clusters(10, touching);
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().count, 600);
        QVERIFY(index.clusters(10, missing).isEmpty());
        QCOMPARE(index.countsInView(missing), (std::array<int, kMaxCategories>{}));
    }

    void marksStayPutWhilePanning()
    {
        const PointIndex index = makeIndex(dataset(u"random"_s));
        const MercatorPoint centre = toMercator(kCityLat, kCityLon);
        const int zoom = 14;
        const QRectF a = screen(centre, zoom);
        const QRectF b = a.translated(a.width() * 0.1, a.height() * 0.05);
        const QRectF both = a.intersected(b);
        const double side = cellSide(zoom);
        // Marks whose cell lies inside both views are the same in both.
        auto wholeIn = [&](const PointCluster &c) {
            const double x0 = std::floor(c.position.x / side) * side;
            const double y0 = std::floor(c.position.y / side) * side;
            return both.contains(QRectF(x0, y0, side, side).adjusted(-1e-12, -1e-12, 1e-12, 1e-12));
        };
        QHash<QPair<double, double>, int> first;
        for (const PointCluster &c : index.clusters(zoom, a)) {
            if (wholeIn(c))
                first.insert(qMakePair(c.position.x, c.position.y), c.count);
        }
        QVERIFY(first.size() > 20);
        qsizetype matched = 0;
        for (const PointCluster &c : index.clusters(zoom, b)) {
            if (wholeIn(c)) {
                QCOMPARE(first.value(qMakePair(c.position.x, c.position.y)), c.count);
                ++matched;
            }
        }
        QCOMPARE(matched, first.size());
    }

    void fractionalZoomUsesItsFloor()
    {
        const PointIndex index = makeIndex(dataset(u"random"_s));
        const QRectF view = screen(toMercator(kCityLat, kCityLon), 13);
        const QList<PointCluster> whole = index.clusters(13, view);
        const QList<PointCluster> fractional = index.clusters(13.93, view);
        QCOMPARE(fractional.size(), whole.size());
        for (qsizetype i = 0; i < whole.size(); ++i) {
            QCOMPARE(fractional[i].count, whole[i].count);
            QCOMPARE(fractional[i].position.x, whole[i].position.x);
        }
        // Fewer, larger marks as the map zooms out.
        QVERIFY(index.clusters(11, view).size() < whole.size());
        QVERIFY(index.clusters(std::numeric_limits<double>::quiet_NaN(), view).isEmpty());
    }

    void rejectsInvalidPoints()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const std::vector<IndexedPoint> points{
            {1, kCityLat, kCityLon, 0, ServiceStatus::Open},
            {2, nan, kCityLon, 0, ServiceStatus::Open},
            {3, kCityLat, inf, 0, ServiceStatus::Open},
            {4, 86.0, kCityLon, 0, ServiceStatus::Open},
            {5, kCityLat, 180.5, 0, ServiceStatus::Open},
            {6, kCityLat, kCityLon, kMaxCategories, ServiceStatus::Open},
            {7, kCityLat, kCityLon, 0, ServiceStatus(7)},
            {8, kCityLat, kCityLon, 63, ServiceStatus::Closed},
        };
        const PointIndex index = makeIndex(points);
        QCOMPARE(index.size(), 2);
        QCOMPARE(index.rejected(), 6);
        const std::array<int, kMaxCategories> counts = index.countsInView(QRectF(0, 0, 1, 1));
        QCOMPARE(counts[0], 1);
        QCOMPARE(counts[63], 1);
        const QList<PointCluster> marks = index.clusters(5, QRectF(0, 0, 1, 1));
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().category, -1);
        QCOMPARE(marks.first().statusCounts, (std::array<int, kServiceStatusCount>{1, 0, 1}));
    }

    void emptyIndex()
    {
        PointIndex unbuilt;
        QCOMPARE(unbuilt.size(), 0);
        QVERIFY(unbuilt.clusters(12, QRectF(0, 0, 1, 1)).isEmpty());
        QVERIFY(!unbuilt.update({1, kCityLat, kCityLon, 0, ServiceStatus::Open}));
        PointIndex empty;
        empty.build({});
        QVERIFY(empty.clusters(3, QRectF(0, 0, 1, 1)).isEmpty());
        QVERIFY(empty.clusters(19, QRectF(0, 0, 1, 1)).isEmpty());
        QCOMPARE(empty.countsInView(QRectF(0, 0, 1, 1)), (std::array<int, kMaxCategories>{}));
    }

    void updates()
    {
        std::vector<IndexedPoint> points = dataset(u"random"_s);
        PointIndex index = makeIndex(points);
        const PointIndex before = index; // shares the data until the first edit
        QRandomGenerator rng(99);
        for (int edit = 0; edit < 300; ++edit) {
            IndexedPoint &p = points[rng.bounded(quint32(points.size()))];
            switch (edit % 4) {
            case 0: // status only, the common owner's edit
            case 1:
                p.status = ServiceStatus(rng.bounded(kServiceStatusCount));
                break;
            case 2: // recategorised
                p.category = quint16(rng.bounded(kCategories));
                break;
            default: // moved, a little or across the city
                p.lat += (edit % 8 == 3) ? 0.00001 : rng.bounded(0.02) - 0.01;
                p.lon += (edit % 8 == 3) ? 0.00001 : rng.bounded(0.02) - 0.01;
                break;
            }
            QVERIFY(index.update(p));
        }
        const std::vector<Brute> brute = project(points);
        for (const int zoom : {0, 9, 12, 14, 16, 17, 19}) {
            for (const QRectF &view : views(brute, zoom)) {
                checkQuery(index, brute, zoom, view, kAllCategories, true);
                QVERIFY(!QTest::currentTestFailed());
                checkQuery(index, brute, zoom, view, CategoryMask(0b1010101), true);
                QVERIFY(!QTest::currentTestFailed());
            }
        }
        // The copy taken before the edits still answers for the original points.
        const std::vector<Brute> original = project(dataset(u"random"_s));
        checkQuery(before, original, 13, views(original, 13)[1], kAllCategories, true);
    }

    void statusEditShowsInTheRing()
    {
        const std::vector<IndexedPoint> points{
            {10, kCityLat, kCityLon, 2, ServiceStatus::Open},
            {11, kCityLat + 0.0001, kCityLon, 2, ServiceStatus::Open},
            {12, kCityLat, kCityLon + 0.0001, 2, ServiceStatus::Limited},
        };
        PointIndex index = makeIndex(points);
        QCOMPARE(index.clusters(12, QRectF(0, 0, 1, 1)).first().statusCounts, (std::array<int, kServiceStatusCount>{2, 1, 0}));
        QVERIFY(index.update({11, kCityLat + 0.0001, kCityLon, 2, ServiceStatus::Closed}));
        const PointCluster mark = index.clusters(12, QRectF(0, 0, 1, 1)).first();
        QCOMPARE(mark.statusCounts, (std::array<int, kServiceStatusCount>{1, 1, 1}));
        QCOMPARE(mark.category, 2);
        QVERIFY(index.update({12, kCityLat, kCityLon + 0.0001, 5, ServiceStatus::Limited}));
        QCOMPARE(index.clusters(12, QRectF(0, 0, 1, 1)).first().category, -1);
        QCOMPARE(index.countsInView(QRectF(0, 0, 1, 1))[5], 1);
        // Unknown ids and invalid values are refused and change nothing.
        QVERIFY(!index.update({99, kCityLat, kCityLon, 2, ServiceStatus::Open}));
        QVERIFY(!index.update({10, kCityLat, kCityLon, 2, ServiceStatus(3)}));
        QVERIFY(!index.update({10, std::numeric_limits<double>::quiet_NaN(), kCityLon, 2, ServiceStatus::Closed}));
        QVERIFY(!index.update({10, kCityLat, kCityLon, kMaxCategories, ServiceStatus::Closed}));
        QCOMPARE(index.clusters(12, QRectF(0, 0, 1, 1)).first().statusCounts, (std::array<int, kServiceStatusCount>{1, 1, 1}));
        QCOMPARE(index.size(), 3);
    }

    void options()
    {
        // A larger radius makes fewer marks; maxClusterZoom decides where clustering stops.
        const std::vector<IndexedPoint> points = dataset(u"random"_s);
        PointIndex small(PointIndex::Options{24, 15});
        small.build(points);
        const PointIndex normal = makeIndex(points);
        const QRectF world(0, 0, 1, 1);
        QVERIFY(small.clusters(12, world).size() > normal.clusters(12, world).size());
        QCOMPARE(small.clusters(15, world).size(), qsizetype(points.size()));
        QVERIFY(normal.clusters(15, world).size() < qsizetype(points.size()));
        const std::vector<Brute> brute = project(points);
        for (const int zoom : {3, 12, 14, 15, 18}) {
            for (const QRectF &view : views(brute, zoom)) {
                checkQuery(small, brute, zoom, view, kAllCategories, true, 24, 15);
                QVERIFY(!QTest::currentTestFailed());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPointIndex)
#include "tst_pointindex.moc"
