#pragma once

#include <QStringView>

namespace atalaya::demo {

/** Fraction of capacity a site of this kind (beach, station, market, square, park, car_park,
 *  venue) holds at this ISO weekday (1 = Monday) and hour of the day (fractional) on an average
 *  day. One set of curves for the demo city's recorded history and the feed simulator's live
 *  readings, so that live data continues the history. Unknown kinds follow the park's curve. */
double occupancyShape(QStringView kind, int weekday, double hour);

} // namespace atalaya::demo
