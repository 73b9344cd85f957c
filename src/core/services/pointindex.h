#pragma once
// The essential-services map's in-memory index: every service point projected once to Web
// Mercator, clustered per integer zoom level, answered per visible rectangle. The map layer
// (src/ui/map/pointlayer) draws what clusters() returns; nothing here knows about Qt Quick.

#include <QList>
#include <QRectF>
#include <QtGlobal>

#include <array>
#include <memory>
#include <span>

namespace atalaya {

/** A service's state as the map shows it. */
enum class ServiceStatus : quint8 { Open = 0, Limited = 1, Closed = 2 };
inline constexpr int kServiceStatusCount = 3;

/** One service point as the index needs it. category is an index into the caller's category
 *  list (0..kMaxCategories-1), so the index needs no strings. */
struct IndexedPoint {
    qint64 id = 0;
    double lat = 0;
    double lon = 0;
    quint16 category = 0;
    ServiceStatus status = ServiceStatus::Open;
};

inline constexpr int kMaxCategories = 64;
/** Bit c set: category c is shown. */
using CategoryMask = quint64;
inline constexpr CategoryMask kAllCategories = ~CategoryMask(0);

/** Web Mercator in the unit square: x = 0 at 180° W, 1 at 180° E; y = 0 at the north edge
 *  (85.0511° N), 1 at the south edge. A map at zoom z is 256 * 2^z pixels wide. */
struct MercatorPoint {
    double x = 0;
    double y = 0;
};
/** Latitudes beyond the square's edges land on them. */
MercatorPoint toMercator(double lat, double lon);
/** Latitude and longitude (degrees) of a unit-square point. */
void fromMercator(const MercatorPoint &point, double *lat, double *lon);

/** What the map draws at one place: a single point (count 1, id set) or a cluster of several. */
struct PointCluster {
    MercatorPoint position;  // single point: the point; cluster: the mean of its members
    int count = 0;
    qint64 id = 0;           // the point's id when count == 1, else 0
    int category = -1;       // the category when every member shares it, else -1
    std::array<int, kServiceStatusCount> statusCounts{}; // indexed by ServiceStatus
};

/** Spatial index and per-zoom grid clustering of service points.
 *
 *  - Clusters at zoom z are the members of each grid cell of clusterRadiusPx pixels at that zoom
 *    (cells aligned to the Mercator square, so panning never moves a cluster whose cell is in view
 *    whole). From maxClusterZoom on, every point is its own mark. Counts are exact: every shown
 *    point is in exactly one mark.
 *  - Built once per change of the point set in O(n log n); a query costs O(marks returned + cells
 *    visited), independent of the points outside the rectangle.
 *  - Const methods may run on several threads at once; copies are cheap (shared data). */
class PointIndex
{
public:
    struct Options {
        double clusterRadiusPx = 48; // the side of a cluster cell, kept within 1..65536
        int maxClusterZoom = 17;     // from this zoom up, no clustering; kept within 0..22
    };

    PointIndex() = default;
    explicit PointIndex(Options options) : m_options(options) {}

    /** Replaces every point. Points with a non-finite or out-of-range coordinate (beyond the
     *  Mercator square's ±85.0511°), a category >= kMaxCategories or an unknown status are left
     *  out and counted in rejected(). */
    void build(std::span<const IndexedPoint> points);
    /** Changes one point's status, category or position (an edit); false when the id is unknown
     *  or the new values are invalid. A status change costs O(zoom levels); a move to another
     *  category or far away re-sorts that category's points. Ids are expected to be unique. */
    bool update(const IndexedPoint &point);

    qsizetype size() const;
    qsizetype rejected() const;

    /** The marks to draw at zoom (fractional zooms use floor(zoom)) inside the Mercator rectangle
     *  `visible` (x/y in the unit square, edges included; a rectangle crossing the antimeridian is
     *  not needed for a city), counting only categories in `categories`. A cell cut by the
     *  rectangle's edge counts only its points inside, so the counts add up to exactly the points
     *  in view; pass a rectangle a cell wider than the screen to keep the marks at its edge whole. */
    QList<PointCluster> clusters(double zoom, const QRectF &visible, CategoryMask categories = kAllCategories) const;

    /** Points of each category inside `visible`, for the layer list's "count in view". */
    std::array<int, kMaxCategories> countsInView(const QRectF &visible, CategoryMask categories = kAllCategories) const;

    /** The ids of the points a cluster stands for (to list them, or zoom to their extent): every
     *  member of its grid cell in `categories`. */
    QList<qint64> members(const PointCluster &cluster, double zoom, CategoryMask categories = kAllCategories) const;
    /** The same, limited to `visible`: given the rectangle clusters() was asked for, the list has
     *  exactly cluster.count ids, also for a cluster cut by the rectangle's edge. */
    QList<qint64> members(const PointCluster &cluster, double zoom, const QRectF &visible,
                          CategoryMask categories = kAllCategories) const;

private:
    Options m_options;
    // Implementation's choice; see pointindex.cpp. Copies share it; update() copies on write.
    struct Data;
    std::shared_ptr<Data> m_data;
};

} // namespace atalaya
