// The essential-services map at the scale of issue 3: 10,000 and 100,000 service points over a
// Qt Location Map (the app's "itemsoverlay" plugin, 1280 x 800), drawn by our scene-graph layer
// (ServicePointLayer: clustered, one node) and, side by side in the same run, by Qt Location's
// own way, a MapItemView with one MapQuickItem delegate per point.
//
//   BENCH map.empty.frame_ms                     the map alone, no points: the floor
//   BENCH map.points10k.frame_ms                 median frame with our layer, 10,000 points
//   BENCH map.points10k.p90_frame_ms             its 90th percentile
//   BENCH map.points10k.mapitemview_frame_ms     median frame with MapItemView, 10,000 delegates
//   BENCH map.points10k.vs_mapitemview           MapItemView median / layer median
//   BENCH map.points10k.setup_ms                 layer: index build + first frame
//   BENCH map.points10k.mapitemview_setup_ms     MapItemView: delegate creation + first frame
//   (the same for map.points100k)
//
// A frame: set the map's center and zoomLevel (a zoom from 12 to 16 over the city, then a pan
// across it at 15), then QQuickWindow::grabWindow(), which polishes, synchronises and renders
// the scene before returning, so the time is the whole frame. frameSwapped is not used: the
// offscreen platform paces update requests with a timer, so swaps measure that timer, not the
// work. The grab's read-back of the window is in every figure, the floor included.
//
// MapItemView with 100,000 delegates takes long to create and to move: it gets fewer frames
// (kFramesCapped) over the same path, and stops early past kMapItemViewBudgetMs.
//
// Runs offscreen (the software scene graph) unless QT_QPA_PLATFORM says otherwise; the scene
// graph backend used is printed.

#include "benchstats.h"
#include "map/servicepointlayer.h"
#include "map/servicepointsource.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <numbers>
#include <random>
#include <vector>

Q_IMPORT_QML_PLUGIN(AtalayaPlugin)

using namespace atalaya;
using namespace Qt::StringLiterals;

namespace {

constexpr int kFrames = 80;
constexpr int kFramesCapped = 16;
constexpr double kMapItemViewBudgetMs = 120'000;
const QGeoCoordinate kCentre(43.2630, -2.9350);

const QByteArray kLayerQml = R"(
import QtQuick
import QtLocation
import QtPositioning
import Atalaya

Window {
    width: 1280
    height: 800
    visible: true
    property alias map: map
    property alias source: points

    ServicePointSource { id: points }
    Map {
        id: map
        anchors.fill: parent
        plugin: Plugin { name: "itemsoverlay" }
        color: "#b9d7ea"
        copyrightsVisible: false
        center: QtPositioning.coordinate(43.2630, -2.9350)
        zoomLevel: 12
    }
    ServicePointLayer {
        anchors.fill: map
        source: points
        center: map.center
        zoomLevel: map.zoomLevel
        bearing: map.bearing
        tilt: map.tilt
        fieldOfView: map.fieldOfView
        categoryColors: ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7d8592"]
        categoryShapes: ["circle", "square", "diamond", "triangle", "hexagon", "cross", "star"]
    }
}
)"_ba;

const QByteArray kItemViewQml = R"(
import QtQuick
import QtLocation
import QtPositioning

Window {
    width: 1280
    height: 800
    visible: true
    property alias map: map
    property alias view: view

    Map {
        id: map
        anchors.fill: parent
        plugin: Plugin { name: "itemsoverlay" }
        color: "#b9d7ea"
        copyrightsVisible: false
        center: QtPositioning.coordinate(43.2630, -2.9350)
        zoomLevel: 12

        MapItemView {
            id: view
            delegate: MapQuickItem {
                required coordinate
                anchorPoint.x: 6
                anchorPoint.y: 6
                sourceItem: Rectangle {
                    width: 12
                    height: 12
                    radius: 6
                    color: "#d55e00"
                    border.color: "white"
                }
            }
        }
    }
}
)"_ba;

/** A city's services: dense neighbourhoods over a 15 km x 10 km area, seven categories. */
QList<IndexedPoint> cityPoints(int n)
{
    std::mt19937 random(20260315);
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    std::normal_distribution<double> gauss(0.0, 1.0);
    std::vector<std::pair<double, double>> hubs;
    for (int i = 0; i < 40; ++i)
        hubs.emplace_back(kCentre.latitude() + uniform(random) * 0.045, kCentre.longitude() + uniform(random) * 0.09);
    QList<IndexedPoint> points;
    points.reserve(n);
    for (int i = 0; i < n; ++i) {
        const auto &hub = hubs[size_t(random() % hubs.size())];
        IndexedPoint p;
        p.id = i + 1;
        p.lat = hub.first + gauss(random) * 0.006;
        p.lon = hub.second + gauss(random) * 0.008;
        p.category = quint16(random() % 7);
        const quint32 roll = random() % 10;
        p.status = roll < 7 ? ServiceStatus::Open : roll < 9 ? ServiceStatus::Limited : ServiceStatus::Closed;
        points.append(p);
    }
    return points;
}

/** The points as a list model for MapItemView: one role, "coordinate". */
class CoordinateModel : public QAbstractListModel
{
public:
    explicit CoordinateModel(const QList<IndexedPoint> &points)
    {
        m_coordinates.reserve(points.size());
        for (const IndexedPoint &p : points)
            m_coordinates.append(QGeoCoordinate(p.lat, p.lon));
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_coordinates.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::UserRole || !index.isValid())
            return {};
        return QVariant::fromValue(m_coordinates.at(index.row()));
    }
    QHash<int, QByteArray> roleNames() const override { return {{Qt::UserRole, "coordinate"}}; }

private:
    QList<QGeoCoordinate> m_coordinates;
};

/** Where frame f of `frames` looks: zooming in over the centre, then panning across the city. */
void setView(QObject *map, int f, int frames)
{
    const int zoomFrames = frames / 2;
    if (f < zoomFrames) {
        map->setProperty("zoomLevel", 12.0 + 4.0 * f / std::max(1, zoomFrames - 1));
        map->setProperty("center", QVariant::fromValue(kCentre));
        return;
    }
    const double t = double(f - zoomFrames) / std::max(1, frames - zoomFrames - 1);
    map->setProperty("zoomLevel", 15.0);
    map->setProperty("center", QVariant::fromValue(QGeoCoordinate(kCentre.latitude() + 0.012 * std::sin(2 * std::numbers::pi * t),
                                                                  kCentre.longitude() - 0.05 + 0.1 * t)));
}

struct Frames {
    double median = -1;
    double p90 = -1;
    int count = 0;
};

Frames runFrames(QQuickWindow *window, QObject *map, int frames, double budgetMs)
{
    std::vector<double> times;
    QElapsedTimer total;
    total.start();
    for (int f = 0; f < frames; ++f) {
        QElapsedTimer timer;
        timer.start();
        setView(map, f, frames);
        const QImage image = window->grabWindow();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (image.isNull())
            return {};
        if (double(total.elapsed()) > budgetMs)
            break;
    }
    Frames result;
    result.count = int(times.size());
    result.median = bench::median(times);
    result.p90 = bench::percentile90(times);
    return result;
}

/** The window of a QML scene, shown and exposed: a window that is not exposed renders nothing,
 *  and a grab of it would time nothing. */
std::unique_ptr<QObject> load(QQmlEngine &engine, const QByteArray &qml, const char *name)
{
    QQmlComponent component(&engine);
    component.setData(qml, QUrl(QString::fromLatin1(name)));
    std::unique_ptr<QObject> root(component.create());
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window) {
        std::fprintf(stderr, "bench_pointlayer: %s did not load: %s\n", name, qPrintable(component.errorString()));
        return {};
    }
    QElapsedTimer wait;
    wait.start();
    while (!window->isExposed() && wait.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!window->isExposed()) {
        std::fprintf(stderr, "bench_pointlayer: the %s window was never exposed\n", name);
        return {};
    }
    return root;
}

const char *backendName(QQuickWindow *window)
{
    switch (window->rendererInterface()->graphicsApi()) {
    case QSGRendererInterface::Software:
        return "software (the layer paints its quads with QPainter)";
    case QSGRendererInterface::OpenGL:
        return "OpenGL (the layer is one geometry node)";
    case QSGRendererInterface::Vulkan:
        return "Vulkan (the layer is one geometry node)";
    default:
        return "other";
    }
}

bool benchLayer(QQmlEngine &engine, const QList<IndexedPoint> &points, const char *name, double *medianOut)
{
    std::unique_ptr<QObject> root = load(engine, kLayerQml, "bench_pointlayer_layer.qml");
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    auto *source = root ? qvariant_cast<ServicePointSource *>(root->property("source")) : nullptr;
    auto *map = root ? qvariant_cast<QObject *>(root->property("map")) : nullptr;
    if (!window || !source || !map)
        return false;
    window->grabWindow();
    QElapsedTimer setup;
    setup.start();
    source->setPoints(points);
    window->grabWindow();
    const double setupMs = double(setup.nsecsElapsed()) / 1e6;
    const Frames frames = runFrames(window, map, kFrames, 1e12);
    if (frames.count == 0)
        return false;
    *medianOut = frames.median;
    if (points.isEmpty()) {
        std::printf("# scene graph: %s\n", backendName(window));
        std::printf("BENCH map.empty.frame_ms %.3f ms\n", frames.median);
        return true;
    }
    std::printf("BENCH map.%s.frame_ms %.3f ms\n", name, frames.median);
    std::printf("BENCH map.%s.p90_frame_ms %.3f ms\n", name, frames.p90);
    std::printf("BENCH map.%s.setup_ms %.1f ms\n", name, setupMs);
    std::fflush(stdout);
    return true;
}

bool benchItemView(QQmlEngine &engine, const QList<IndexedPoint> &points, const char *name, int frameCount,
                   double layerMedian)
{
    std::unique_ptr<QObject> root = load(engine, kItemViewQml, "bench_pointlayer_itemview.qml");
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    auto *map = root ? qvariant_cast<QObject *>(root->property("map")) : nullptr;
    auto *view = root ? qvariant_cast<QObject *>(root->property("view")) : nullptr;
    if (!window || !map || !view)
        return false;
    window->grabWindow();
    CoordinateModel model(points);
    QElapsedTimer setup;
    setup.start();
    view->setProperty("model", QVariant::fromValue<QObject *>(&model));
    window->grabWindow();
    const double setupMs = double(setup.nsecsElapsed()) / 1e6;
    const Frames frames = runFrames(window, map, frameCount, kMapItemViewBudgetMs);
    if (frames.count == 0)
        return false;
    std::printf("BENCH map.%s.mapitemview_frame_ms %.3f ms\n", name, frames.median);
    std::printf("BENCH map.%s.mapitemview_setup_ms %.1f ms\n", name, setupMs);
    std::printf("BENCH map.%s.vs_mapitemview %.1f x\n", name, frames.median / layerMedian);
    if (frames.count < kFrames)
        std::printf("# %s: MapItemView measured over %d frames (capped), the layer over %d\n", name, frames.count, kFrames);
    std::fflush(stdout);
    // Tearing down 100,000 delegates is slow too; it is not part of any figure.
    view->setProperty("model", QVariant());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QQmlEngine engine;

    double floor = 0;
    if (!benchLayer(engine, {}, "empty", &floor))
        return 1;
    const struct {
        int n;
        const char *name;
        int itemViewFrames;
    } runs[] = {{10'000, "points10k", kFrames}, {100'000, "points100k", kFramesCapped}};
    for (const auto &run : runs) {
        const QList<IndexedPoint> points = cityPoints(run.n);
        double layerMedian = 0;
        if (!benchLayer(engine, points, run.name, &layerMedian))
            return 1;
        if (!benchItemView(engine, points, run.name, run.itemViewFrames, layerMedian))
            return 1;
    }
    return 0;
}
