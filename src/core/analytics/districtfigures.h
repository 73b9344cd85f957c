#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace atalaya {

class Database;

/** One district's epidemic figures at a moment, for the Overview's ranked "where" table.
 *  A figure with no data behind it is std::nullopt, never zero. */
struct DistrictFigures {
    qint64 regionId = 0;
    QString code;
    QString name;
    qint64 population = 0;

    // New cases summed over the district's neighbourhoods in the 7 days ending on the city-wide
    // last reported day (inclusive) and in the 7 days before.
    std::optional<qint64> casesLast7Days;
    std::optional<qint64> casesPrevious7Days;
    // casesLast7Days per 100,000 residents (nullopt without cases or population), and the change
    // against the week before in percent (nullopt when that week had no cases or no report).
    std::optional<double> incidence7DaysPer100k;
    std::optional<double> trendPercent;

    // Context from the region table, as stored (nullopt when the store has none).
    std::optional<double> shareOver65;
    std::optional<double> deprivationIndex;
};

/** One row per district, ranked by 7-day incidence (highest first; districts without data last,
 *  then by name). Every district's window ends on the same day, the last day at or before at's
 *  UTC date on which any neighbourhood reported cases, so the rows are comparable; that day is
 *  written to *asOf (invalid when there is none). */
QList<DistrictFigures> computeDistrictFigures(const Database &db, const QDateTime &at, QDate *asOf = nullptr);

} // namespace atalaya
