#include "districtfigures.h"

#include "epidemicdays.h"

#include "store/database.h"

#include <algorithm>

namespace atalaya {

namespace {

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

template<typename T>
std::optional<T> optionalValue(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

// Ranks by incidence; rows without one go last. Name, then id, break ties so the order is stable
// from one refresh to the next and the table does not shuffle.
bool ranksBefore(const DistrictFigures &a, const DistrictFigures &b)
{
    if (a.incidence7DaysPer100k.has_value() != b.incidence7DaysPer100k.has_value())
        return a.incidence7DaysPer100k.has_value();
    if (a.incidence7DaysPer100k && *a.incidence7DaysPer100k != *b.incidence7DaysPer100k)
        return *a.incidence7DaysPer100k > *b.incidence7DaysPer100k;
    if (const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive); byName != 0)
        return byName < 0;
    return a.regionId < b.regionId;
}

} // namespace

QList<DistrictFigures> computeDistrictFigures(const Database &db, const QDateTime &at, QDate *asOf)
{
    const QDate until = lastReportedEpidemicDay(db, at.toUTC().date());
    if (asOf)
        *asOf = until;

    // One pass over both weeks, grouped per district. Only neighbourhood rows are summed: a
    // district-level row would count its cases twice. Without a reported day the window binds
    // NULL, so every district is still listed, with no figures. COUNT(cases) tells "no report"
    // (nullopt) from a reported zero.
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT d.id, d.code, d.name, d.population, d.share_over_65, d.deprivation_index,"
        "  SUM(CASE WHEN e.day >= w.recent_from THEN e.cases END),"
        "  COUNT(CASE WHEN e.day >= w.recent_from THEN e.cases END),"
        "  SUM(CASE WHEN e.day < w.recent_from THEN e.cases END),"
        "  COUNT(CASE WHEN e.day < w.recent_from THEN e.cases END)"
        " FROM (SELECT ? AS previous_from, ? AS recent_from, ? AS until_day) w"
        " CROSS JOIN region d"
        " LEFT JOIN region n ON n.parent_id = d.id AND n.level = 'neighbourhood'"
        " LEFT JOIN epidemic_daily e ON e.region_id = n.id AND e.day BETWEEN w.previous_from AND w.until_day"
        " WHERE d.level = 'district'"
        " GROUP BY d.id"));
    const bool hasWindow = until.isValid();
    query.addBindValue(hasWindow ? QVariant(isoDay(until.addDays(-13))) : QVariant());
    query.addBindValue(hasWindow ? QVariant(isoDay(until.addDays(-6))) : QVariant());
    query.addBindValue(hasWindow ? QVariant(isoDay(until)) : QVariant());

    QList<DistrictFigures> rows;
    if (!Database::exec(query))
        return rows;
    while (query.next()) {
        DistrictFigures row;
        row.regionId = query.value(0).toLongLong();
        row.code = query.value(1).toString();
        row.name = query.value(2).toString();
        row.population = query.value(3).toLongLong();
        row.shareOver65 = optionalValue<double>(query.value(4));
        row.deprivationIndex = optionalValue<double>(query.value(5));
        if (query.value(7).toLongLong() > 0)
            row.casesLast7Days = query.value(6).toLongLong();
        if (query.value(9).toLongLong() > 0)
            row.casesPrevious7Days = query.value(8).toLongLong();
        if (row.casesLast7Days && row.population > 0)
            row.incidence7DaysPer100k = double(*row.casesLast7Days) / double(row.population) * 1e5;
        if (row.casesLast7Days && row.casesPrevious7Days && *row.casesPrevious7Days > 0)
            row.trendPercent = 100.0 * double(*row.casesLast7Days - *row.casesPrevious7Days)
                               / double(*row.casesPrevious7Days);
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), ranksBefore);
    return rows;
}

} // namespace atalaya
