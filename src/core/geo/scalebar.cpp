#include "scalebar.h"

#include <QCoreApplication>

#include <cmath>

namespace atalaya {

ScaleBarLength niceScaleBar(double metresPerPixel, double maxPixels)
{
    if (!(metresPerPixel > 0) || !(maxPixels > 0) || !std::isfinite(metresPerPixel) || !std::isfinite(maxPixels))
        return {};
    const double maxMetres = metresPerPixel * maxPixels;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = magnitude;
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxMetres) {
            metres = step * magnitude;
            break;
        }
    }
    ScaleBarLength result;
    result.metres = metres;
    result.pixels = metres / metresPerPixel;
    if (metres >= 1000)
        result.label = QCoreApplication::translate("ScaleBar", "%1 km").arg(metres / 1000, 0, 'g', 6);
    else if (metres >= 1)
        result.label = QCoreApplication::translate("ScaleBar", "%1 m").arg(metres, 0, 'g', 6);
    else
        result.label = QCoreApplication::translate("ScaleBar", "%1 cm").arg(metres * 100, 0, 'g', 6);
    return result;
}

double webMercatorMetresPerPixel(double latitude, double zoomLevel)
{
    // Equatorial circumference of the WGS 84 ellipsoid divided by one 256-pixel tile.
    constexpr double kMetresPerPixelAtZoom0 = 2 * M_PI * 6378137.0 / 256.0;
    constexpr double kDegreesToRadians = M_PI / 180.0;
    return kMetresPerPixelAtZoom0 * std::cos(latitude * kDegreesToRadians) / std::pow(2.0, zoomLevel);
}

} // namespace atalaya
