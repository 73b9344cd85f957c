#include "occupancyshape.h"

#include <QLatin1StringView>

#include <cmath>

using namespace Qt::StringLiterals;

namespace atalaya::demo {

namespace {

double gauss(double x, double mu, double sigma)
{
    const double z = (x - mu) / sigma;
    return std::exp(-0.5 * z * z);
}

} // namespace

double occupancyShape(QStringView kind, int weekday, double hour)
{
    const bool weekend = weekday >= 6;
    if (kind == "beach"_L1) {
        const double day = hour < 8.0 || hour > 21.5 ? 0.01 : gauss(hour, 16.0, 2.6);
        return day * (weekend ? 0.95 : 0.45);
    }
    if (kind == "station"_L1) {
        if (hour < 5.0)
            return 0.02;
        if (weekend)
            return 0.05 + 0.30 * gauss(hour, 13.0, 4.0);
        return 0.06 + 0.80 * gauss(hour, 8.0, 0.9) + 0.68 * gauss(hour, 18.2, 1.3) + 0.22 * gauss(hour, 13.0, 3.0);
    }
    if (kind == "market"_L1) {
        if (weekday == 7)
            return 0.01;
        const double morning = hour < 7.5 || hour > 14.5 ? 0.0 : gauss(hour, 11.0, 1.7);
        const double evening = (weekday >= 2 && weekday <= 5 && hour > 17.0 && hour < 20.5) ? 0.25 : 0.0;
        return 0.01 + morning * (weekday == 6 ? 0.92 : 0.68) + evening;
    }
    if (kind == "square"_L1) {
        const bool lively = weekday == 5 || weekday == 6;
        return 0.03 + 0.30 * gauss(hour, 13.5, 1.5) + (lively ? 0.80 : 0.48) * gauss(hour, 20.5, 1.8)
            + (hour < 3.0 && lively ? 0.25 : 0.0);
    }
    if (kind == "car_park"_L1) {
        // Commuters fill it by mid-morning and leave from late afternoon; shoppers at weekends.
        if (weekend)
            return 0.08 + 0.62 * gauss(hour, 13.0, 3.0);
        return 0.10 + 0.78 * gauss(hour, 11.5, 2.8) + 0.15 * gauss(hour, 19.0, 1.5);
    }
    if (kind == "venue"_L1) {
        // Evening events, most on Fridays and Saturdays; a matinee at weekends.
        const double evening = (weekday == 5 || weekday == 6 ? 0.90 : 0.40) * gauss(hour, 21.0, 1.2);
        return 0.02 + evening + (weekend ? 0.35 * gauss(hour, 12.5, 1.0) : 0.0);
    }
    // park, and any kind the simulator does not know
    if (hour < 7.0 || hour > 22.0)
        return 0.01;
    return weekend ? 0.10 + 0.55 * gauss(hour, 12.0, 1.8) + 0.70 * gauss(hour, 17.5, 2.0)
                   : 0.06 + 0.25 * gauss(hour, 18.0, 2.0) + 0.10 * gauss(hour, 11.0, 1.5);
}

} // namespace atalaya::demo
