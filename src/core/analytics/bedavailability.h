#pragma once

#include "geo/geometry.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace atalaya {

class Database;

enum class BedType { General, Icu };

/** Availability as Mexico City's service shows it: High means plenty of free beds. */
enum class AvailabilityLevel { NoData, High, Medium, Low };

/** Occupancy cut-offs (fractions of the beds in use). Mexico City's rule is the default:
 *  high availability under 25 % occupancy, medium from 25 % to 80 %, low above 80 %. */
struct AvailabilityThresholds {
    double mediumFrom = 0.25; // occupancy at or above this is no longer High
    double lowAbove = 0.80;   // occupancy above this is Low
    bool isValid() const { return 0 < mediumFrom && mediumFrom < lowAbove && lowAbove < 1; }
};

AvailabilityLevel classifyOccupancy(double occupancy, const AvailabilityThresholds &thresholds = {});

/** A level as sources publish it ("Buena", "Media", "Crítica", "Alta", "Baja", "Good", ...),
 *  case- and accent-insensitive. NoData for explicit no-data markers ("", "Sin dato", "N/D",
 *  spreadsheet errors such as "#¡DIV/0!"); nullopt for text that is not a level at all. */
std::optional<AvailabilityLevel> parseReportedLevel(const QString &text);

/** Stable lower-case keys for storage and QML: "high", "medium", "low", "nodata". */
QString levelKey(AvailabilityLevel level);

/** One hospital's situation at a moment, from its latest report at or before it. */
struct HospitalStatus {
    qint64 hospitalId = 0;
    QString name;
    QString institution;
    QString district;
    GeoPoint location;
    bool hasReport = false;
    QDateTime reportedAt;
    qint64 ageSeconds = 0;
    bool stale = false; // older than the hospital's cadence (default 24 h) plus one hour of grace
    std::optional<int> generalFree, generalTotal, icuFree, icuTotal; // as reported, never invented
    std::optional<double> generalOccupancy, icuOccupancy;           // 0..1, from counts only
    AvailabilityLevel generalLevel = AvailabilityLevel::NoData;     // from counts, else the reported level
    AvailabilityLevel icuLevel = AvailabilityLevel::NoData;
    bool levelOnly = false; // the report gave a level and no counts

    std::optional<int> freeBeds(BedType type) const { return type == BedType::Icu ? icuFree : generalFree; }
    std::optional<int> totalBeds(BedType type) const { return type == BedType::Icu ? icuTotal : generalTotal; }
    AvailabilityLevel level(BedType type) const { return type == BedType::Icu ? icuLevel : generalLevel; }
};

/** Every hospital (ordered by name) with its latest report at or before `at`. */
QList<HospitalStatus> hospitalStatusesAt(const Database &db, const QDateTime &at,
                                         const AvailabilityThresholds &thresholds = {});

/** City totals of one bed type over the current (non-stale) reports with counts; stale and
 *  level-only hospitals are counted apart, never summed. */
struct BedTotals {
    std::optional<qint64> free;
    std::optional<qint64> total;
    int hospitalsCounted = 0;
    int hospitalsStale = 0;
    int hospitalsLevelOnly = 0;
    int hospitalsWithoutReport = 0;
    QDateTime newestReport;
};
BedTotals cityBedTotals(const QList<HospitalStatus> &statuses, BedType type);

/** One point of an occupancy time series. */
struct OccupancyPoint {
    QDateTime at;
    std::optional<qint64> free;
    std::optional<qint64> total;
    std::optional<double> occupancy; // 0..1
};
/** A hospital's reports of one bed type in [from, to], in time order (gaps stay gaps). */
QList<OccupancyPoint> hospitalOccupancySeries(const Database &db, qint64 hospitalId, BedType type,
                                              const QDateTime &from, const QDateTime &to);
/** City totals per day in [from, to]: free and total beds over the hospitals that reported
 *  counts that day. */
QList<OccupancyPoint> cityBedSeries(const Database &db, BedType type, const QDate &from, const QDate &to);

/** Travel-time model, stated where it is used: straight-line distance times a detour factor of
 *  1.4 (typical for city street grids), at 25 km/h average emergency speed in town, plus 2 minutes
 *  to leave and arrive. It ignores traffic, one-way streets, bridges and the river; it is an
 *  order of magnitude for ranking, not a routing engine. */
double estimatedTravelMinutes(double straightLineMetres);

struct NearestHospital {
    HospitalStatus status;
    double distanceMetres = 0;
    double travelMinutes = 0;
};
/** Hospitals with at least one free bed of the type in a current (non-stale) report, nearest
 *  first; at most `limit`. */
QList<NearestHospital> nearestWithCapacity(const QList<HospitalStatus> &statuses, const GeoPoint &from,
                                           BedType type, int limit = 5);

} // namespace atalaya
