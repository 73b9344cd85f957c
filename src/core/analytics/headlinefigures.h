#pragma once

#include <QDateTime>
#include <QString>

namespace atalaya {

class Database;

/** The status bar's figures: the city's population (on the Overview too) and the time of the
 *  newest data known at the cursor. The Overview's key figures are KPIs (kpis.h); these stay
 *  this small because Dashboard recomputes them on every move of the time cursor. */
struct HeadlineFigures {
    QDateTime at; // the time cursor they were computed for

    qint64 population = 0; // sum over districts; 0 when the store has none

    // The newest data anywhere in the store at or before the cursor (status bar "data time");
    // invalid when there is none.
    QDateTime dataTime;
};

/** Reads the status bar's figures from the store at a moment; prepared statements, no caching. */
HeadlineFigures computeHeadlineFigures(const Database &db, const QDateTime &at);

/** Grace added to a hospital's report cadence before its report counts as stale. */
inline constexpr qint64 kHospitalReportGraceSeconds = 60 * 60;

} // namespace atalaya
