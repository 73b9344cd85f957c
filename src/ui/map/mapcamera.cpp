#include "mapcamera.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace atalaya {

namespace {

constexpr double kTileSize = 256;
// Qt's near plane: one pixel in front of the eye. Nearer points are not drawn by the map either.
constexpr double kNearPlane = 1;
// How far up a tilted view the visible box reaches, in viewport heights in front of the centre.
constexpr double kFarLimitViewports = 4;

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

} // namespace

MapCamera::MapCamera(MercatorPoint center, double zoomLevel, QSizeF viewport, double bearing, double tilt,
                     double fieldOfView)
    : m_center(center)
    , m_zoomLevel(zoomLevel)
    , m_viewport(viewport)
    , m_worldSize(kTileSize * std::exp2(zoomLevel))
{
    m_cos = std::cos(radians(bearing));
    m_sin = std::sin(radians(bearing));
    // QGeoCameraData keeps the tilt within [0, 89.5] and the field of view within (0, 180).
    const double t = std::clamp(tilt, 0.0, 89.5);
    m_cosTilt = std::cos(radians(t));
    m_sinTilt = std::sin(radians(t));
    const double fov = std::clamp(fieldOfView, 1.0, 179.0);
    // The eye sits where the vertical field of view spans the viewport's height at the centre,
    // so one Mercator pixel of the zoom is one item pixel there whatever the field of view.
    m_eyeDistance = viewport.height() / (2.0 * std::tan(radians(fov) / 2.0));
}

bool MapCamera::isValid() const
{
    return m_viewport.width() > 0 && m_viewport.height() > 0 && std::isfinite(m_worldSize)
        && std::isfinite(m_center.x) && std::isfinite(m_center.y);
}

std::optional<QPointF> MapCamera::toItem(const MercatorPoint &point) const
{
    double dx = point.x - m_center.x;
    // The map shows the copy of the world nearest its centre.
    if (dx > 0.5)
        dx -= 1.0;
    else if (dx < -0.5)
        dx += 1.0;
    dx *= m_worldSize;
    const double dy = (point.y - m_center.y) * m_worldSize;
    // Ground coordinates in the viewer's frame: u to the right, v towards the bottom of the view.
    const double u = dx * m_cos + dy * m_sin;
    const double v = -dx * m_sin + dy * m_cos;
    // Tilting swings the eye back and down, so points up the view get farther away.
    const double depth = m_eyeDistance - v * m_sinTilt;
    if (!(depth >= kNearPlane))
        return std::nullopt;
    const double scale = m_eyeDistance / depth;
    return QPointF(m_viewport.width() / 2 + u * scale, m_viewport.height() / 2 + v * m_cosTilt * scale);
}

std::optional<MercatorPoint> MapCamera::toMercator(const QPointF &itemPos) const
{
    if (!isValid())
        return std::nullopt;
    const double x = (itemPos.x() - m_viewport.width() / 2) / m_eyeDistance;
    const double y = (itemPos.y() - m_viewport.height() / 2) / m_eyeDistance;
    const double denominator = m_cosTilt + y * m_sinTilt;
    if (denominator <= 1e-9)
        return std::nullopt; // a ray that never meets the ground
    const double v = y * m_eyeDistance / denominator;
    const double u = x * (m_eyeDistance - v * m_sinTilt);
    const double dx = u * m_cos - v * m_sin;
    const double dy = u * m_sin + v * m_cos;
    return MercatorPoint{m_center.x + dx / m_worldSize, m_center.y + dy / m_worldSize};
}

QRectF MapCamera::visibleMercatorRect(double marginPx) const
{
    if (!isValid())
        return {};
    const double w = m_viewport.width();
    const double h = m_viewport.height();
    const double m = std::max(0.0, marginPx);
    const std::array<QPointF, 4> corners{QPointF(-m, -m), QPointF(w + m, -m), QPointF(w + m, h + m), QPointF(-m, h + m)};
    const double farthest = kFarLimitViewports * h;
    double left = 1e300, top = 1e300, right = -1e300, bottom = -1e300;
    for (const QPointF &corner : corners) {
        const double x = (corner.x() - w / 2) / m_eyeDistance;
        const double y = (corner.y() - h / 2) / m_eyeDistance;
        const double denominator = m_cosTilt + y * m_sinTilt;
        // Up a tilted view the ground recedes to the horizon: stop at the far limit instead.
        double v = denominator > 1e-9 ? y * m_eyeDistance / denominator : -farthest;
        v = std::max(v, -farthest);
        const double u = x * (m_eyeDistance - v * m_sinTilt);
        const double px = m_center.x + (u * m_cos - v * m_sin) / m_worldSize;
        const double py = m_center.y + (u * m_sin + v * m_cos) / m_worldSize;
        left = std::min(left, px);
        right = std::max(right, px);
        top = std::min(top, py);
        bottom = std::max(bottom, py);
    }
    left = std::clamp(left, 0.0, 1.0);
    right = std::clamp(right, 0.0, 1.0);
    top = std::clamp(top, 0.0, 1.0);
    bottom = std::clamp(bottom, 0.0, 1.0);
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace atalaya
