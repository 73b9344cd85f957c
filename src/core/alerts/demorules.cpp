#include "demorules.h"

#include "logging.h"

using namespace Qt::StringLiterals;

namespace atalaya::alerts {

QByteArray demoRulesJson()
{
    // incidence-high: the shape of Germany's 2021 "emergency brake" (7-day incidence above 100 on
    // three consecutive days), with the line moved to where the demo city's winter wave
    // (700-1,300 per 100,000) separates the worst districts; at 100 every district would be
    // flagged every day and the alert would say nothing. Daily figures count from the start of
    // their day, so three daily values past the line means the line has been crossed for 48 hours
    // at the start of the third day: forMinutes 2880.
    // crowd-unusual: the modified z-score's usual 3.5 (Iglewicz and Hoaglin). The hour's mean so
    // far is compared with the same minutes of the same weekday and hour of 8 weeks, the spread
    // never below the readings' own noise: over the demo's last 14 days it raises 61 alerts, mostly
    // hot-afternoon crowds in parks and squares and beaches at night, where counts near 0 are skewed.
    // beach-strip: the coastal strip of the four beaches (lon, lat), leaving out the market and
    // the square just behind them.
    return R"({
  "version": 1,
  "rules": [
    {"id": "beach-closing", "name": "Beach past its closing line", "type": "threshold", "severity": "critical",
     "indicator": "occupancy", "subjects": "playa-*", "direction": "above", "limit": 80, "clearAt": 70, "forMinutes": 10},
    {"id": "counter-silent", "name": "People counter silent", "type": "frozen", "severity": "warning",
     "indicator": "observation", "sensorType": "people_count", "frozenMinutes": 30},
    {"id": "icu-free-low", "name": "ICU beds running out", "type": "threshold", "severity": "critical",
     "indicator": "hospital.icuFreePercent", "direction": "below", "limit": 10, "clearAt": 15},
    {"id": "incidence-high", "name": "7-day incidence above 1,200 for 3 days", "type": "threshold", "severity": "warning",
     "indicator": "epidemic.incidence7", "direction": "above", "limit": 1200, "clearAt": 1100, "forMinutes": 2880},
    {"id": "crowd-unusual", "name": "Unusual crowd", "type": "anomaly", "severity": "info",
     "indicator": "observation", "sensorType": "people_count", "direction": "above", "weeks": 8, "zScore": 3.5, "minSamples": 6},
    {"id": "beach-strip-crowd", "name": "Crowd on the beach strip", "type": "geofence", "severity": "warning",
     "indicator": "observation", "sensorType": "people_count", "direction": "above", "limit": 2500, "clearAt": 2200,
     "forMinutes": 20,
     "area": [[-9.42, 38.955], [-9.3965, 38.955], [-9.3965, 38.986], [-9.403, 38.986], [-9.403, 39.037], [-9.42, 39.037]]}
  ]
}
)"_ba;
}

QList<Rule> demoRules()
{
    const RulesFile file = parseRules(demoRulesJson(), u"demo rules"_s);
    // The text above is part of the build: a problem here is a programming error.
    Q_ASSERT(file.problems.isEmpty());
    return file.rules;
}

} // namespace atalaya::alerts
