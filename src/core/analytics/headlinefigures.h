#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace atalaya {

class Database;

/** The Overview's headline figures, each with the time it is valid at ("as of").
 *  A figure with no data behind it is std::nullopt, never zero. */
struct HeadlineFigures {
    QDateTime at; // the time cursor they were computed for

    qint64 population = 0;

    // New cases in the 7 days ending on the cursor's day (inclusive), the 7 days before, and the
    // change between them in percent (nullopt when the week before had no cases).
    std::optional<qint64> casesLast7Days;
    std::optional<qint64> casesPrevious7Days;
    std::optional<double> casesTrendPercent;
    QDate casesAsOf; // last day with reported figures at or before the cursor

    // ICU beds free and in total across hospitals whose last report is current (no older than
    // their cadence plus one hour of grace); stale hospitals are counted, not summed.
    std::optional<qint64> icuBedsFree;
    std::optional<qint64> icuBedsTotal;
    int hospitalsReporting = 0;
    int hospitalsStale = 0;
    QDateTime icuAsOf; // newest report used

    // Occupancy sites whose latest reading (no older than 30 minutes) is at or above red.
    std::optional<int> sitesAtRed;
    int sitesReporting = 0;
    int sitesTotal = 0;
    QDateTime sitesAsOf;

    // The newest data anywhere in the store at or before the cursor (status bar "data time").
    QDateTime dataTime;
};

/** Reads the headline figures from the store at a moment; prepared statements, no caching. */
HeadlineFigures computeHeadlineFigures(const Database &db, const QDateTime &at);

/** How old a reading of an occupancy sensor may be and still count as "now". */
inline constexpr qint64 kSiteReadingMaxAgeSeconds = 30 * 60;
/** Grace added to a hospital's report cadence before its report counts as stale. */
inline constexpr qint64 kHospitalReportGraceSeconds = 60 * 60;

} // namespace atalaya
