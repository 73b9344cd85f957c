#pragma once

#include <QString>

namespace atalaya {

/** A scale bar's length: a round distance and how many pixels it spans on screen. */
struct ScaleBarLength {
    double metres = 0;
    double pixels = 0;
    QString label; // "500 m", "2 km"
};

/** The longest round distance (1, 2 or 5 × 10^n metres) that fits in maxPixels at the given
 *  ground resolution. Returns an empty length for non-positive or non-finite input. */
ScaleBarLength niceScaleBar(double metresPerPixel, double maxPixels);

/** Ground resolution of a Web Mercator map (256-pixel tiles, as Qt Location's zoomLevel uses)
 *  at a latitude and zoom level. */
double webMercatorMetresPerPixel(double latitude, double zoomLevel);

} // namespace atalaya
