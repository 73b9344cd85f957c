#include "geo/geometry.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace atalaya;
using namespace Qt::StringLiterals;

namespace {

Ring box(double lat0, double lon0, double lat1, double lon1)
{
    return {{lat0, lon0}, {lat0, lon1}, {lat1, lon1}, {lat1, lon0}};
}

// A "C" opening east: its area-weighted centroid falls in the open mouth, outside the shape.
Polygon cShape()
{
    return Polygon{{{0.0, 0.0}, {0.0, 3.0}, {1.0, 3.0}, {1.0, 1.0}, {2.0, 1.0}, {2.0, 3.0}, {3.0, 3.0}, {3.0, 0.0}}, {}};
}

// A square with a square hole in the middle: the centroid is in the hole.
Polygon donut()
{
    return Polygon{box(0.0, 0.0, 0.03, 0.03), {box(0.01, 0.01, 0.02, 0.02)}};
}

} // namespace

/** Tests the geometry helpers: containment, area, centroids, label points, GeoJSON. */
class TestGeometry : public QObject
{
    Q_OBJECT

private slots:
    void contains_data();
    void contains();
    void area_data();
    void area();
    void centroidOfRectangle();
    void labelPointInside_data();
    void labelPointInside();
    void distance_data();
    void distance();
    void boundingBox();
    void encode_data();
    void encode();
    void roundTrip_data();
    void roundTrip();
    void decodeErrors_data();
    void decodeErrors();
};

void TestGeometry::contains_data()
{
    QTest::addColumn<Polygon>("polygon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<bool>("inside");

    QTest::newRow("square inside") << Polygon{box(0, 0, 1, 1), {}} << 0.5 << 0.5 << true;
    QTest::newRow("square outside") << Polygon{box(0, 0, 1, 1), {}} << 1.5 << 0.5 << false;
    QTest::newRow("donut ring") << donut() << 0.005 << 0.015 << true;
    QTest::newRow("donut hole") << donut() << 0.015 << 0.015 << false;
    QTest::newRow("donut outside") << donut() << 0.05 << 0.015 << false;
    QTest::newRow("C arm") << cShape() << 2.5 << 2.0 << true;
    QTest::newRow("C mouth") << cShape() << 1.5 << 2.0 << false;
    QTest::newRow("C back") << cShape() << 1.5 << 0.5 << true;
}

void TestGeometry::contains()
{
    QFETCH(Polygon, polygon);
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(bool, inside);
    QCOMPARE(geo::contains(polygon, GeoPoint{lat, lon}), inside);
    QCOMPARE(geo::contains(MultiPolygon{Polygon{box(10, 10, 11, 11), {}}, polygon}, GeoPoint{lat, lon}), inside);
}

void TestGeometry::area_data()
{
    QTest::addColumn<Polygon>("polygon");
    QTest::addColumn<double>("expectedKm2");

    // A 0.01° x 0.01° cell at 39° N: (πR/180)² · cos 39° · 1e-4 km².
    const double degree = geo::kEarthRadiusMetres * std::numbers::pi / 180.0 / 1000.0;
    const double cell = degree * degree * 1e-4 * std::cos(39.0 * std::numbers::pi / 180.0);
    QTest::newRow("cell at 39N") << Polygon{box(39.0, -9.36, 39.01, -9.35), {}} << cell;
    QTest::newRow("clockwise") << Polygon{{{39.0, -9.36}, {39.01, -9.36}, {39.01, -9.35}, {39.0, -9.35}}, {}} << cell;
    QTest::newRow("with hole") << Polygon{box(39.0, -9.36, 39.02, -9.34), {box(39.005, -9.355, 39.015, -9.345)}} << 3.0 * cell;
}

void TestGeometry::area()
{
    QFETCH(Polygon, polygon);
    QFETCH(double, expectedKm2);
    const double area = geo::areaKm2(polygon);
    QVERIFY2(std::abs(area - expectedKm2) / expectedKm2 < 0.005, qPrintable(u"area %1 km², expected %2"_s.arg(area).arg(expectedKm2)));
}

void TestGeometry::centroidOfRectangle()
{
    const GeoPoint c = geo::centroid(Polygon{box(39.0, -9.4, 39.02, -9.3), {}});
    QVERIFY(std::abs(c.lat - 39.01) < 1e-6);
    QVERIFY(std::abs(c.lon + 9.35) < 1e-6);
    // The donut is symmetric: its centroid is the centre of the hole.
    const GeoPoint d = geo::centroid(donut());
    QVERIFY(std::abs(d.lat - 0.015) < 1e-6 && std::abs(d.lon - 0.015) < 1e-6);
}

void TestGeometry::labelPointInside_data()
{
    QTest::addColumn<Polygon>("polygon");
    QTest::addColumn<bool>("centroidInside");

    QTest::newRow("rectangle") << Polygon{box(39.0, -9.4, 39.02, -9.3), {}} << true;
    QTest::newRow("C shape") << cShape() << false;
    QTest::newRow("donut") << donut() << false;
    QTest::newRow("thin sliver") << Polygon{box(39.0, -9.4, 39.00001, -9.3), {}} << true;
}

void TestGeometry::labelPointInside()
{
    QFETCH(Polygon, polygon);
    QFETCH(bool, centroidInside);
    QCOMPARE(geo::contains(polygon, geo::centroid(polygon)), centroidInside);
    const GeoPoint label = geo::labelPoint(polygon);
    QVERIFY2(geo::contains(polygon, label), qPrintable(u"label point %1, %2 is outside"_s.arg(label.lat).arg(label.lon)));
    QVERIFY(geo::contains(polygon, geo::labelPoint(MultiPolygon{polygon})));
}

void TestGeometry::distance_data()
{
    QTest::addColumn<GeoPoint>("a");
    QTest::addColumn<GeoPoint>("b");
    QTest::addColumn<double>("metres");

    const double degree = geo::kEarthRadiusMetres * std::numbers::pi / 180.0;
    QTest::newRow("same point") << GeoPoint{39.0, -9.35} << GeoPoint{39.0, -9.35} << 0.0;
    QTest::newRow("one degree of latitude") << GeoPoint{39.0, -9.35} << GeoPoint{40.0, -9.35} << degree;
    QTest::newRow("quarter of the equator") << GeoPoint{0.0, 0.0} << GeoPoint{0.0, 90.0} << 90.0 * degree;
    QTest::newRow("antipodes") << GeoPoint{0.0, 0.0} << GeoPoint{0.0, 180.0} << 180.0 * degree;
}

void TestGeometry::distance()
{
    QFETCH(GeoPoint, a);
    QFETCH(GeoPoint, b);
    QFETCH(double, metres);
    QVERIFY(std::abs(geo::distanceMetres(a, b) - metres) < 0.01);
    QVERIFY(std::abs(geo::distanceMetres(b, a) - metres) < 0.01);
}

void TestGeometry::boundingBox()
{
    const GeoBox b = geo::boundingBox(cShape());
    QVERIFY(b.valid);
    QCOMPARE(b.minLat, 0.0);
    QCOMPARE(b.maxLat, 3.0);
    QCOMPARE(b.maxLon, 3.0);
    QVERIFY(b.contains({1.5, 1.5}));
    QVERIFY(!b.contains({3.5, 1.5}));
    QVERIFY(!GeoBox().contains({0, 0}));
}

void TestGeometry::encode_data()
{
    QTest::addColumn<Geometry>("geometry");
    QTest::addColumn<QString>("expected");

    QTest::newRow("point rounded") << Geometry::fromPoint({39.123456789, -9.0000004})
                                   << u"{\"type\":\"Point\",\"coordinates\":[-9,39.123457]}"_s;
    QTest::newRow("no negative zero") << Geometry::fromPoint({-0.0000001, 0.0}) << u"{\"type\":\"Point\",\"coordinates\":[0,0]}"_s;
    QTest::newRow("line") << Geometry::fromLine({{39.0, -9.35}, {39.01, -9.34}})
                          << u"{\"type\":\"LineString\",\"coordinates\":[[-9.35,39],[-9.34,39.01]]}"_s;
    QTest::newRow("polygon closed") << Geometry::fromPolygon({{{39.0, -9.35}, {39.0, -9.34}, {39.01, -9.34}}, {}})
                                    << u"{\"type\":\"Polygon\",\"coordinates\":[[[-9.35,39],[-9.34,39],[-9.34,39.01],[-9.35,39]]]}"_s;
    QTest::newRow("multipolygon") << Geometry::fromMultiPolygon({Polygon{{{0, 0}, {0, 1}, {1, 1}}, {}}, Polygon{{{2, 2}, {2, 3}, {3, 3}}, {}}})
                                  << u"{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]]]]}"_s;
}

void TestGeometry::encode()
{
    QFETCH(Geometry, geometry);
    QFETCH(QString, expected);
    QCOMPARE(geo::toGeoJson(geometry), expected);
}

void TestGeometry::roundTrip_data()
{
    QTest::addColumn<Geometry>("geometry");

    QTest::newRow("point") << Geometry::fromPoint({39.000001, -9.35});
    QTest::newRow("line") << Geometry::fromLine({{39.0, -9.35}, {39.01, -9.34}, {39.02, -9.36}});
    QTest::newRow("donut") << Geometry::fromPolygon(donut());
    QTest::newRow("multipolygon") << Geometry::fromMultiPolygon({donut(), cShape()});
}

void TestGeometry::roundTrip()
{
    QFETCH(Geometry, geometry);
    const QString text = geo::toGeoJson(geometry);
    Geometry decoded;
    QString error;
    QVERIFY2(geo::fromGeoJson(text, &decoded, &error), qPrintable(error));
    QCOMPARE(decoded, geometry);
    QCOMPARE(geo::toGeoJson(decoded), text);
}

void TestGeometry::decodeErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("not json") << u"{\"type\":"_s << u"not valid JSON at offset"_s;
    QTest::newRow("array") << u"[1,2]"_s << u"expected a geometry object"_s;
    QTest::newRow("no type") << u"{\"coordinates\":[1,2]}"_s << u"\"type\" must be a string"_s;
    QTest::newRow("unknown type") << u"{\"type\":\"Circle\",\"coordinates\":[1,2]}"_s << u"unsupported geometry type \"Circle\""_s;
    QTest::newRow("no coordinates") << u"{\"type\":\"Point\"}"_s << u"no \"coordinates\""_s;
    QTest::newRow("string position") << u"{\"type\":\"LineString\",\"coordinates\":[[1,2],\"x\"]}"_s
                                     << u"geometry.coordinates[1]: expected a [lon, lat] position, got a string"_s;
    QTest::newRow("latitude out of range") << u"{\"type\":\"Point\",\"coordinates\":[39,-95]}"_s << u"latitude -95"_s;
    QTest::newRow("open ring") << u"{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"_s
                               << u"geometry.coordinates[0]: ring is not closed"_s;
    QTest::newRow("short ring") << u"{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[0,0]]]]}"_s
                                << u"coordinates[0][0]: expected at least 4 positions, got 3"_s;
}

void TestGeometry::decodeErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    Geometry g;
    QString error;
    QVERIFY(!geo::fromGeoJson(text, &g, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
