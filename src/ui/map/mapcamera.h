#pragma once

#include "services/pointindex.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>

namespace atalaya {

/** Where a Qt Location Map (Web Mercator, 256-pixel tiles) draws a place, computed without Qt's
 *  private projection classes: the same camera as QGeoProjectionWebMercator (the eye above the
 *  centre at the height that makes one Mercator pixel of the zoom one item pixel, turned by the
 *  bearing, tipped back by the tilt, a perspective of the given vertical field of view), worked
 *  relative to the centre in doubles so that zoom 20 keeps sub-pixel precision. The map's
 *  visibleArea (an off-centre viewport) is not modelled: the app's maps leave it empty. */
class MapCamera
{
public:
    MapCamera() = default;
    /** zoomLevel as Qt counts it: the world is 256 * 2^zoomLevel pixels wide. Degrees for the
     *  angles; fieldOfView only matters with a tilt. */
    MapCamera(MercatorPoint center, double zoomLevel, QSizeF viewport, double bearing = 0, double tilt = 0,
              double fieldOfView = 90);

    bool isValid() const;
    MercatorPoint center() const { return m_center; }
    double zoomLevel() const { return m_zoomLevel; }
    QSizeF viewport() const { return m_viewport; }
    /** Item pixels per unit of the Mercator square at the centre: 256 * 2^zoomLevel. */
    double worldSize() const { return m_worldSize; }

    /** The item position of a Mercator point; nullopt when it lies behind the eye (a tilted
     *  map's far side). Longitudes wrap to the copy of the world nearest the centre. */
    std::optional<QPointF> toItem(const MercatorPoint &point) const;
    /** The Mercator point under an item position; nullopt above a tilted map's horizon. */
    std::optional<MercatorPoint> toMercator(const QPointF &itemPos) const;
    /** The bounding box, in the Mercator square, of what the viewport shows, grown by marginPx
     *  item pixels on each side. A tilted view's far edge is limited to a few viewport heights,
     *  where marks are too small to matter, so the box stays finite. */
    QRectF visibleMercatorRect(double marginPx = 0) const;

private:
    MercatorPoint m_center;
    double m_zoomLevel = 0;
    QSizeF m_viewport;
    double m_worldSize = 256;
    double m_cos = 1;       // of the bearing
    double m_sin = 0;
    double m_cosTilt = 1;
    double m_sinTilt = 0;
    double m_eyeDistance = 1; // from the eye to the centre, in item pixels
};

} // namespace atalaya
