// The essential-services map layer (ServicePointLayer) over a real Qt Location Map with the
// network-free "itemsoverlay" plugin, offscreen: its projection against Map.fromCoordinate, the
// marks it draws against the index's clusters, hit tests, category toggles, the selection, the
// counts in view, and the pixels of a rendered frame.
#include "map/mapcamera.h"
#include "map/markatlas.h"
#include "map/servicepointlayer.h"
#include "map/servicepointsource.h"

#include <QAccessible>
#include <QGeoCoordinate>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>
#include <set>
#include <tuple>

Q_IMPORT_QML_PLUGIN(AtalayaPlugin)

using namespace atalaya;
using namespace Qt::StringLiterals;

namespace {

// Bilbao's centre: the layer is made for a city.
const QGeoCoordinate kCentre(43.2630, -2.9350);
const QColor kMapColour(0x80, 0x80, 0x80);
const QList<QColor> kCategoryColours{QColor(0xe4, 0x1a, 0x1c), QColor(0x37, 0x7e, 0xb8), QColor(0x4d, 0xaf, 0x4a)};
const QColor kSelectionColour(0xff, 0x00, 0xff);

const QByteArray kQml = R"(
import QtQuick
import QtLocation
import QtPositioning
import Atalaya

Window {
    width: 800
    height: 600
    visible: true
    property alias map: map
    property alias layer: layer
    property alias source: points

    ServicePointSource { id: points }
    Map {
        id: map
        anchors.fill: parent
        plugin: Plugin { name: "itemsoverlay" }
        color: "#808080"
        copyrightsVisible: false
        center: QtPositioning.coordinate(43.2630, -2.9350)
        zoomLevel: 14
    }
    ServicePointLayer {
        id: layer
        anchors.fill: map
        source: points
        center: map.center
        zoomLevel: map.zoomLevel
        bearing: map.bearing
        tilt: map.tilt
        fieldOfView: map.fieldOfView
        countsInterval: 0
        categoryColors: ["#e41a1c", "#377eb8", "#4daf4a"]
        categoryShapes: ["circle", "square", "diamond"]
        statusColors: ["#009e73", "#e69f00", "#d55e00"]
        selectionColor: "#ff00ff"
    }
}
)"_ba;

/** Points scattered over a few kilometres around the centre, in three categories and every
 *  status, the same on every run. */
QList<IndexedPoint> scatter(int n, quint32 seed = 7)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> spread(0.0, 0.02);
    QList<IndexedPoint> points;
    for (int i = 0; i < n; ++i) {
        IndexedPoint p;
        p.id = 1000 + i;
        p.lat = kCentre.latitude() + spread(random);
        p.lon = kCentre.longitude() + spread(random) * 1.4;
        p.category = quint16(i % 3);
        p.status = ServiceStatus(int(random() % 3));
        points.append(p);
    }
    return points;
}

bool near(QColor a, QColor b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestServicePointLayer : public QObject
{
    Q_OBJECT

private:
    QQmlEngine m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    QQuickItem *m_map = nullptr;
    ServicePointLayer *m_layer = nullptr;
    ServicePointSource *m_source = nullptr;

    QPointF mapFromCoordinate(const QGeoCoordinate &c) const
    {
        QPointF result;
        const bool ok = QMetaObject::invokeMethod(m_map, "fromCoordinate", Q_RETURN_ARG(QPointF, result),
                                                  Q_ARG(QGeoCoordinate, c), Q_ARG(bool, false));
        return ok ? result : QPointF(qQNaN(), qQNaN());
    }

    QGeoCoordinate mapToCoordinate(QPointF p) const
    {
        QGeoCoordinate result;
        QMetaObject::invokeMethod(m_map, "toCoordinate", Q_RETURN_ARG(QGeoCoordinate, result), Q_ARG(QPointF, p),
                                  Q_ARG(bool, false));
        return result;
    }

    void setView(double zoom, const QGeoCoordinate &centre = kCentre, double bearing = 0, double tilt = 0)
    {
        m_map->setProperty("bearing", bearing);
        m_map->setProperty("tilt", tilt);
        m_map->setProperty("zoomLevel", zoom);
        m_map->setProperty("center", QVariant::fromValue(centre));
    }

    QImage frame()
    {
        if (!QQuickTest::qWaitForPolish(m_window.get()))
            return {};
        return m_window->grabWindow();
    }

    /** The colour at an item position of a grabbed frame (which is in device pixels). */
    QColor pixel(const QImage &image, QPointF itemPos) const
    {
        // A grab is in device pixels, whether or not it says so in its devicePixelRatio.
        const QPointF scene = m_layer->mapToScene(itemPos) * (double(image.width()) / m_window->width());
        return image.pixelColor(scene.toPoint());
    }

    static std::tuple<int, qint64, qint64, qint64> key(const PointCluster &c)
    {
        return {c.count, c.id, qRound64(c.position.x * 1e12), qRound64(c.position.y * 1e12)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQmlComponent component(&m_engine);
        component.setData(kQml, QUrl(u"tst_servicepointlayer.qml"_s));
        QObject *root = component.create();
        QVERIFY2(root, qPrintable(component.errorString()));
        m_window.reset(qobject_cast<QQuickWindow *>(root));
        QVERIFY(m_window);
        m_map = qvariant_cast<QQuickItem *>(m_window->property("map"));
        m_layer = qvariant_cast<ServicePointLayer *>(m_window->property("layer"));
        m_source = qvariant_cast<ServicePointSource *>(m_window->property("source"));
        QVERIFY(m_map && m_layer && m_source);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        qInfo("scene graph: %s", m_window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software
                                     ? "software (QPainter render node)"
                                     : "hardware (geometry node)");
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void init()
    {
        m_layer->setCategoryVisible({});
        m_layer->setSelectedId(0);
        m_source->setPoints(scatter(3000));
        setView(14);
    }

    // --- projection ------------------------------------------------------------------------------

    void projectionMatchesMap_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("bearing");
        QTest::addColumn<double>("tilt");
        QTest::newRow("z3") << 3.0 << 0.0 << 0.0;
        QTest::newRow("z10.5") << 10.5 << 0.0 << 0.0;
        QTest::newRow("z14") << 14.0 << 0.0 << 0.0;
        QTest::newRow("z16.25") << 16.25 << 0.0 << 0.0;
        QTest::newRow("z19.9") << 19.9 << 0.0 << 0.0;
        QTest::newRow("z14 bearing 30") << 14.0 << 30.0 << 0.0;
        QTest::newRow("z15.5 bearing 250") << 15.5 << 250.0 << 0.0;
        QTest::newRow("z14 tilt 30") << 14.0 << 0.0 << 30.0;
        QTest::newRow("z13.3 bearing 70 tilt 45") << 13.3 << 70.0 << 45.0;
    }

    void projectionMatchesMap()
    {
        QFETCH(double, zoom);
        QFETCH(double, bearing);
        QFETCH(double, tilt);
        setView(zoom, kCentre, bearing, tilt);
        QCOMPARE(m_map->property("zoomLevel").toDouble(), zoom);
        QCOMPARE(m_map->property("bearing").toDouble(), bearing);
        QCOMPARE(m_map->property("tilt").toDouble(), tilt); // the plugin allows it: a real check
        QCOMPARE(m_layer->zoomLevel(), zoom);

        // Places all over the view (and one beyond its edge), found through the map itself.
        const QList<QPointF> spots{{400, 300}, {10, 12}, {790, 590}, {123, 456}, {700, 80}, {-150, 320}};
        for (const QPointF &spot : spots) {
            const QGeoCoordinate c = mapToCoordinate(spot);
            QVERIFY2(c.isValid(), qPrintable(u"(%1, %2)"_s.arg(spot.x()).arg(spot.y())));
            const QPointF expected = mapFromCoordinate(c);
            const QPointF ours = m_layer->fromCoordinate(c);
            QVERIFY2(QLineF(expected, ours).length() < 1.0,
                     qPrintable(u"%1: map (%2, %3), layer (%4, %5)"_s.arg(c.toString())
                                    .arg(expected.x()).arg(expected.y()).arg(ours.x()).arg(ours.y())));
            // And back: the layer's camera finds the same place under that pixel.
            const std::optional<MercatorPoint> back = m_layer->camera().toMercator(ours);
            QVERIFY(back);
            const MercatorPoint m = toMercator(c.latitude(), c.longitude());
            QVERIFY(std::abs(back->x - m.x) * m_layer->camera().worldSize() < 0.01);
            QVERIFY(std::abs(back->y - m.y) * m_layer->camera().worldSize() < 0.01);
        }
    }

    void zoomLevelIsTwoHundredFiftySixTimesTwoToTheZ()
    {
        // Qt's zoom level z: the world is 256 * 2^z pixels wide. Checked on the map itself.
        for (const double zoom : {2.0, 9.0, 13.5, 17.0}) {
            setView(zoom);
            const double step = 360.0 / std::exp2(zoom + 1); // half a 256-pixel tile of longitude
            const QPointF a = mapFromCoordinate(QGeoCoordinate(kCentre.latitude(), kCentre.longitude()));
            const QPointF b = mapFromCoordinate(QGeoCoordinate(kCentre.latitude(), kCentre.longitude() + step));
            QVERIFY2(std::abs((b.x() - a.x()) - 128.0) < 1e-3, qPrintable(QString::number(b.x() - a.x())));
            QCOMPARE(m_layer->camera().worldSize(), 256.0 * std::exp2(zoom));
        }
    }

    // --- what is drawn ---------------------------------------------------------------------------

    void marksMatchIndexClusters_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QList<bool>>("visible");
        QTest::newRow("z11 all") << 11.0 << QList<bool>{};
        QTest::newRow("z13.6 all") << 13.6 << QList<bool>{};
        QTest::newRow("z15 no squares") << 15.0 << QList<bool>{true, false, true};
        QTest::newRow("z17 every point") << 17.0 << QList<bool>{};
        QTest::newRow("z17 diamonds only") << 17.0 << QList<bool>{false, false, true};
    }

    void marksMatchIndexClusters()
    {
        QFETCH(double, zoom);
        QFETCH(QList<bool>, visible);
        m_layer->setCategoryVisible(visible);
        const QGeoCoordinate centre(kCentre.latitude() + 0.004, kCentre.longitude() - 0.003);
        setView(zoom, centre);

        // The rectangle asked for covers the whole view, as the map sees it.
        const QRectF rect = m_layer->queryRect();
        for (const QPointF corner : {QPointF(0, 0), QPointF(800, 0), QPointF(0, 600), QPointF(800, 600)}) {
            const QGeoCoordinate c = mapToCoordinate(corner);
            const MercatorPoint m = toMercator(c.latitude(), c.longitude());
            QVERIFY(rect.contains(QPointF(m.x, m.y)));
        }

        // Every mark the layer draws is one of the index's clusters for that rectangle, at the
        // place the map gives its coordinate, and every cluster whose place is in view is drawn.
        CategoryMask mask = kAllCategories;
        for (qsizetype c = 0; c < visible.size(); ++c) {
            if (!visible[c])
                mask &= ~(CategoryMask(1) << c);
        }
        const QList<PointCluster> clusters = m_source->index().clusters(zoom, rect, mask);
        std::set<std::tuple<int, qint64, qint64, qint64>> expected;
        const QRectF view(0, 0, 800, 600);
        for (const PointCluster &cluster : clusters) {
            double lat, lon;
            fromMercator(cluster.position, &lat, &lon);
            if (view.contains(mapFromCoordinate(QGeoCoordinate(lat, lon))))
                expected.insert(key(cluster));
        }
        std::set<std::tuple<int, qint64, qint64, qint64>> drawn;
        for (const ServicePointLayer::Mark &mark : m_layer->marks()) {
            QVERIFY(mask & (mark.cluster.count == 1 ? CategoryMask(1) << mark.cluster.category : mask));
            double lat, lon;
            fromMercator(mark.cluster.position, &lat, &lon);
            const QPointF onMap = mapFromCoordinate(QGeoCoordinate(lat, lon));
            QVERIFY(QLineF(onMap, mark.position).length() < 1.0);
            // Marks just outside still show their edge; farther ones are not drawn.
            QVERIFY(view.adjusted(-m_layer->clusterSize(), -m_layer->clusterSize(), m_layer->clusterSize(),
                                  m_layer->clusterSize()).contains(onMap));
            if (view.contains(onMap))
                drawn.insert(key(mark.cluster));
        }
        QVERIFY(!expected.empty());
        QVERIFY(expected == drawn);
        QCOMPARE(m_layer->markCount(), int(m_layer->marks().size()));

        // No shown point in view is left out of the rectangle asked for. (A cluster is drawn at
        // its members' mean, so some points in view belong to marks centred just off screen.)
        int pointsInView = 0;
        for (const IndexedPoint &p : scatter(3000)) {
            if ((mask & (CategoryMask(1) << p.category)) && view.contains(mapFromCoordinate(QGeoCoordinate(p.lat, p.lon))))
                ++pointsInView;
        }
        int inRectangle = 0;
        for (const PointCluster &cluster : clusters)
            inRectangle += cluster.count;
        QVERIFY2(inRectangle >= pointsInView, qPrintable(u"%1 < %2"_s.arg(inRectangle).arg(pointsInView)));
        // One quad per point, and per cluster a ring plus one per character of its count.
        int quads = 0;
        for (const ServicePointLayer::Mark &mark : m_layer->marks())
            quads += mark.cluster.count == 1 ? 1 : 1 + int(MarkAtlas::countLabel(mark.cluster.count).size());
        QCOMPARE(int(m_layer->quads().size()), quads);
    }

    void markAtFindsPointAndCluster()
    {
        // Zoomed in, a single point: its id, category and coordinate.
        const IndexedPoint target = scatter(3000).at(41);
        const QGeoCoordinate where(target.lat, target.lon);
        setView(19, where);
        const QPointF at = mapFromCoordinate(where);
        QVariantMap hit = m_layer->markAt(at + QPointF(3, -2));
        QCOMPARE(hit.value(u"id"_s).toLongLong(), target.id);
        QCOMPARE(hit.value(u"count"_s).toInt(), 1);
        QCOMPARE(hit.value(u"category"_s).toInt(), int(target.category));
        QVERIFY(std::abs(hit.value(u"latitude"_s).toDouble() - target.lat) < 1e-9);
        QVERIFY(std::abs(hit.value(u"longitude"_s).toDouble() - target.lon) < 1e-9);
        // Far from any mark: nothing.
        QVERIFY(m_layer->markAt(at + QPointF(m_layer->pointSize() * 3, 0)).isEmpty()
                || m_layer->markAt(at + QPointF(m_layer->pointSize() * 3, 0)).value(u"id"_s).toLongLong() != target.id);
        setView(19, QGeoCoordinate(kCentre.latitude() + 1, kCentre.longitude()));
        QVERIFY(m_layer->markAt(QPointF(400, 300)).isEmpty());

        // Zoomed out, the cluster under the centre of the city: its count and mean coordinate.
        setView(12);
        const QList<ServicePointLayer::Mark> marks = m_layer->marks();
        const auto biggest = std::max_element(marks.cbegin(), marks.cend(), [](const auto &a, const auto &b) {
            return a.cluster.count < b.cluster.count;
        });
        QVERIFY(biggest != marks.cend() && biggest->cluster.count > 1);
        hit = m_layer->markAt(biggest->position);
        QCOMPARE(hit.value(u"count"_s).toInt(), biggest->cluster.count);
        QCOMPARE(hit.value(u"id"_s).toLongLong(), 0);
        double lat, lon;
        fromMercator(biggest->cluster.position, &lat, &lon);
        QCOMPARE(hit.value(u"latitude"_s).toDouble(), lat);
        QCOMPARE(hit.value(u"longitude"_s).toDouble(), lon);
        QCOMPARE(QLineF(mapFromCoordinate(QGeoCoordinate(lat, lon)), biggest->position).length() < 1.0, true);
        // The cluster's members, asked of the index, are as many as it says.
        QCOMPARE(m_source->index().members(biggest->cluster, 12, m_layer->queryRect()).size(), biggest->cluster.count);
    }

    void categoryMaskHides()
    {
        const IndexedPoint square = scatter(3000).at(1); // category 1
        QCOMPARE(square.category, quint16(1));
        const QGeoCoordinate where(square.lat, square.lon);
        setView(19, where);
        const QPointF at = mapFromCoordinate(where);
        QCOMPARE(m_layer->markAt(at).value(u"id"_s).toLongLong(), square.id);

        // Set as the page does, from a QML list.
        QSignalSpy visibleSpy(m_layer, &ServicePointLayer::categoryVisibleChanged);
        QQmlExpression toggle(qmlContext(m_window.get()), m_window.get(), u"layer.categoryVisible = [true, false, true]"_s);
        toggle.evaluate();
        QVERIFY2(!toggle.hasError(), qPrintable(toggle.error().toString()));
        QCOMPARE(visibleSpy.count(), 1);
        QCOMPARE(m_layer->categoryVisible(), (QList<bool>{true, false, true}));
        QCOMPARE(m_layer->categoryMask() & 0b111, CategoryMask(0b101));
        const QVariantMap hit = m_layer->markAt(at);
        QVERIFY(hit.isEmpty() || hit.value(u"id"_s).toLongLong() != square.id);
        for (const ServicePointLayer::Mark &mark : m_layer->marks())
            QVERIFY(mark.cluster.category != 1);

        // Zoomed out, the clusters count only what is shown.
        setView(12);
        int shown = 0;
        for (const ServicePointLayer::Mark &mark : m_layer->marks())
            shown += mark.cluster.count;
        m_layer->setCategoryVisible({});
        int all = 0;
        for (const ServicePointLayer::Mark &mark : m_layer->marks())
            all += mark.cluster.count;
        QCOMPARE(all, 3000); // the whole city is in view at zoom 12
        QCOMPARE(shown, 2000);
    }

    void selectedIdIsHighlighted()
    {
        const IndexedPoint target = scatter(3000).at(100);
        const QGeoCoordinate where(target.lat, target.lon);
        setView(18, where);
        const int quadsBefore = int(m_layer->quads().size());
        m_layer->setSelectedId(target.id);
        QCOMPARE(m_layer->marks().constLast().cluster.id, target.id); // drawn last, over the rest
        QVERIFY(m_layer->marks().constLast().selected);
        QCOMPARE(int(m_layer->quads().size()), quadsBefore + 1);  // plus the halo
        int selected = 0;
        for (const ServicePointLayer::Mark &mark : m_layer->marks())
            selected += mark.selected ? 1 : 0;
        QCOMPARE(selected, 1);

        // The halo is on screen in the selection colour, around the point.
        const QImage image = frame();
        QVERIFY(!image.isNull());
        const QPointF at = mapFromCoordinate(where);
        bool ring = false;
        for (double r = m_layer->pointSize() / 2; r <= m_layer->pointSize(); r += 0.5)
            ring = ring || near(pixel(image, at + QPointF(r, 0)), kSelectionColour, 40);
        QVERIFY(ring);

        // Zoomed out, the cluster holding it is the one highlighted.
        setView(12);
        const ServicePointLayer::Mark &last = m_layer->marks().constLast();
        QVERIFY(last.selected && last.cluster.count > 1);
        QVERIFY(m_source->index().members(last.cluster, 12, m_layer->queryRect()).contains(target.id));

        // Hiding its category hides the highlight too.
        m_layer->setCategoryVisible({target.category != 0, target.category != 1, target.category != 2});
        for (const ServicePointLayer::Mark &mark : m_layer->marks())
            QVERIFY(!mark.selected);
    }

    // --- pixels ----------------------------------------------------------------------------------

    void renderedFrameShowsPointsWhereTheyAre()
    {
        // One open point of each category, far enough apart to stay single at zoom 15.
        QList<IndexedPoint> points;
        for (int c = 0; c < 3; ++c)
            points.append({100 + c, kCentre.latitude(), kCentre.longitude() + (c - 1) * 0.01, quint16(c), ServiceStatus::Open});
        m_source->setPoints(points);
        setView(15);
        QImage image = frame();
        QVERIFY(!image.isNull());
        for (const IndexedPoint &p : points) {
            const QPointF at = mapFromCoordinate(QGeoCoordinate(p.lat, p.lon));
            QVERIFY2(near(pixel(image, at), kCategoryColours.at(p.category)),
                     qPrintable(pixel(image, at).name() + u" at category "_s + QString::number(p.category)));
        }
        // Between them, the map.
        QVERIFY(near(pixel(image, mapFromCoordinate(QGeoCoordinate(kCentre.latitude(), kCentre.longitude() + 0.005))),
                     kMapColour));

        // Category 0 hidden: its place shows the map, the others are still there.
        m_layer->setCategoryVisible({false});
        image = frame();
        const QPointF hidden = mapFromCoordinate(QGeoCoordinate(points[0].lat, points[0].lon));
        QVERIFY2(near(pixel(image, hidden), kMapColour), qPrintable(pixel(image, hidden).name()));
        const QPointF shown = mapFromCoordinate(QGeoCoordinate(points[1].lat, points[1].lon));
        QVERIFY(near(pixel(image, shown), kCategoryColours.at(1)));

        // Panning moves the drawing with the map.
        m_layer->setCategoryVisible({});
        setView(15, QGeoCoordinate(kCentre.latitude() + 0.003, kCentre.longitude() - 0.004));
        image = frame();
        for (const IndexedPoint &p : points) {
            const QPointF at = mapFromCoordinate(QGeoCoordinate(p.lat, p.lon));
            QVERIFY(near(pixel(image, at), kCategoryColours.at(p.category)));
        }
    }

    void statusIsShownByFillNotOnlyColour()
    {
        // Closed: a hollow shape (halo-coloured inside, away from its bar); limited: the lower half
        // filled and the upper not; open: filled.
        QList<IndexedPoint> points{{1, kCentre.latitude(), kCentre.longitude() - 0.01, 0, ServiceStatus::Open},
                                   {2, kCentre.latitude(), kCentre.longitude(), 0, ServiceStatus::Limited},
                                   {3, kCentre.latitude(), kCentre.longitude() + 0.01, 0, ServiceStatus::Closed}};
        m_source->setPoints(points);
        setView(15);
        const QImage image = frame();
        const double quarter = m_layer->pointSize() / 4;
        const QPointF open = mapFromCoordinate(QGeoCoordinate(points[0].lat, points[0].lon));
        const QPointF limited = mapFromCoordinate(QGeoCoordinate(points[1].lat, points[1].lon));
        const QPointF closed = mapFromCoordinate(QGeoCoordinate(points[2].lat, points[2].lon));
        const QColor red = kCategoryColours[0];
        const QColor halo = m_layer->haloColor();
        QVERIFY(near(pixel(image, open + QPointF(0, -quarter)), red));
        QVERIFY(near(pixel(image, open + QPointF(0, quarter)), red));
        QVERIFY(near(pixel(image, limited + QPointF(0, -quarter)), halo));
        QVERIFY(near(pixel(image, limited + QPointF(0, quarter)), red));
        QVERIFY(near(pixel(image, closed + QPointF(0, -quarter)), halo));
        QVERIFY(near(pixel(image, closed + QPointF(0, quarter)), halo));
        // The bar, across from top left to bottom right.
        QVERIFY(near(pixel(image, closed + QPointF(quarter / 2, quarter / 2)), red, 40));

    }

    // --- counts, data changes, accessibility -----------------------------------------------------

    void countsInViewPerCategory()
    {
        setView(15);
        const QVariantList counts = m_layer->countsInView();
        QCOMPARE(counts.size(), 3);
        // Brute force: the points whose place on the map is inside the view.
        std::array<int, 3> expected{};
        for (const IndexedPoint &p : scatter(3000)) {
            const QPointF at = mapFromCoordinate(QGeoCoordinate(p.lat, p.lon));
            if (QRectF(0, 0, 800, 600).contains(at))
                ++expected[p.category];
        }
        for (int c = 0; c < 3; ++c)
            QVERIFY2(std::abs(counts[c].toInt() - expected[size_t(c)]) <= 1,
                     qPrintable(u"%1: %2 vs %3"_s.arg(c).arg(counts[c].toInt()).arg(expected[size_t(c)])));

        // Panning away changes them, with a signal.
        QSignalSpy spy(m_layer, &ServicePointLayer::countsInViewChanged);
        setView(15, QGeoCoordinate(kCentre.latitude() + 0.5, kCentre.longitude()));
        QVERIFY(spy.wait());
        QCOMPARE(m_layer->countsInView(), (QVariantList{0, 0, 0}));
    }

    void sourceChangesRedraw()
    {
        ServicePointSource source;
        QSignalSpy changed(&source, &ServicePointSource::changed);
        source.setPointList({QVariantMap{{u"id"_s, 1}, {u"latitude"_s, 43.26}, {u"longitude"_s, -2.93},
                                         {u"category"_s, 2}, {u"status"_s, u"limited"_s}},
                             QVariantMap{{u"id"_s, 2}, {u"latitude"_s, 43.27}, {u"longitude"_s, -2.94}},
                             QVariantMap{{u"id"_s, 3}, {u"latitude"_s, 43.27}, {u"longitude"_s, -2.94},
                                         {u"status"_s, u"unknown"_s}},
                             QVariantMap{{u"id"_s, 4}, {u"latitude"_s, 95.0}, {u"longitude"_s, 0.0}}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(source.count(), 1);    // id 2 has no category
        QCOMPARE(source.rejected(), 3); // no category, an unknown status, beyond the poles
        QCOMPARE(int(source.point(1)->status), int(ServiceStatus::Limited));

        QVERIFY(!source.updatePoint({{u"id"_s, 99}, {u"latitude"_s, 43.26}, {u"longitude"_s, -2.93}, {u"category"_s, 2}}));
        QCOMPARE(changed.count(), 1);
        QVERIFY(source.updatePoint({{u"id"_s, 1}, {u"latitude"_s, 43.26}, {u"longitude"_s, -2.93},
                                    {u"category"_s, 2}, {u"status"_s, 2}}));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(int(source.point(1)->status), int(ServiceStatus::Closed));

        // An owner's edit reaches the layer: the same point, now closed.
        const IndexedPoint target = scatter(3000).at(5);
        setView(18, QGeoCoordinate(target.lat, target.lon));
        const auto statusOf = [&](qint64 id) {
            for (const ServicePointLayer::Mark &mark : m_layer->marks()) {
                if (mark.cluster.id == id)
                    return int(std::max_element(mark.cluster.statusCounts.cbegin(), mark.cluster.statusCounts.cend())
                               - mark.cluster.statusCounts.cbegin());
            }
            return -1;
        };
        IndexedPoint edited = target;
        edited.status = target.status == ServiceStatus::Closed ? ServiceStatus::Open : ServiceStatus::Closed;
        QCOMPARE(statusOf(target.id), int(target.status));
        QVERIFY(m_source->update(edited));
        QCOMPARE(statusOf(target.id), int(edited.status));
    }

    void atlasLabelsAndRings()
    {
        QCOMPARE(MarkAtlas::countLabel(7), u"7"_s);
        QCOMPARE(MarkAtlas::countLabel(12), u"12"_s);
        QCOMPARE(MarkAtlas::countLabel(999), u"999"_s);
        QCOMPARE(MarkAtlas::countLabel(1000), u"1k"_s);
        QCOMPARE(MarkAtlas::countLabel(1299), u"1.2k"_s);
        QCOMPARE(MarkAtlas::countLabel(12'345), u"12k"_s);
        QCOMPARE(MarkAtlas::countLabel(123'999), u"123k"_s);
        QCOMPARE(MarkAtlas::countLabel(1'250'000), u"1.2M"_s);

        using Steps = std::array<int, kServiceStatusCount>;
        QCOMPARE(MarkAtlas::ringSteps({10, 0, 0}), (Steps{MarkAtlas::kRingSteps, 0, 0}));
        QCOMPARE(MarkAtlas::ringSteps({1, 1, 2}), (Steps{4, 4, 8}));
        // One closed service among 500 still gets its part of the ring.
        const Steps few = MarkAtlas::ringSteps({499, 0, 1});
        QCOMPARE(few[2], 1);
        QCOMPARE(few[0] + few[1] + few[2], MarkAtlas::kRingSteps);

        // Every icon and ring has its own place in the atlas; glyphs exist for every label.
        MarkStyle style;
        style.categoryColors = kCategoryColours;
        style.devicePixelRatio = 2;
        const MarkAtlas atlas(style);
        QCOMPARE(atlas.image().devicePixelRatio(), 2.0);
        QVERIFY(atlas.icon(0, ServiceStatus::Open) != atlas.icon(0, ServiceStatus::Closed));
        QVERIFY(atlas.icon(7, ServiceStatus::Open).isValid()); // unstyled: the fallback
        QVERIFY(atlas.ring({8, 4, 4}) != atlas.ring({4, 8, 4}));
        QVERIFY(QRect(QPoint(0, 0), atlas.image().size()).contains(atlas.ring({0, 0, 16})));
        for (const QChar c : u"0123456789.kM"_s)
            QVERIFY(atlas.glyph(c));
        // The open icon is filled with its colour, at twice the pixels.
        const QRect icon = atlas.icon(1, ServiceStatus::Open);
        QVERIFY(icon.width() >= int(style.pointSize * 2));
        QVERIFY(near(atlas.image().pixelColor(icon.center()), kCategoryColours[1], 2));
    }

    void accessibleRoleAndName()
    {
        const QQmlProperty role(m_layer, u"Accessible.role"_s, qmlContext(m_layer));
        const QQmlProperty name(m_layer, u"Accessible.name"_s, qmlContext(m_layer));
        QVERIFY(role.isValid() && name.isValid());
        QCOMPARE(role.read().toInt(), int(QAccessible::Graphic));
        QVERIFY(!name.read().toString().isEmpty());
        setView(15);
        const QQmlProperty description(m_layer, u"Accessible.description"_s, qmlContext(m_layer));
        QTRY_VERIFY(description.read().toString().contains(QString::number(
            m_layer->countsInView()[0].toInt() + m_layer->countsInView()[1].toInt() + m_layer->countsInView()[2].toInt())));
    }
};

QTEST_MAIN(TestServicePointLayer)
#include "tst_servicepointlayer.moc"
