#include "headlinefigures.h"

#include "bedavailability.h"
#include "epidemicdays.h"

#include "store/database.h"

#include <QTimeZone>

namespace atalaya {

namespace {

QDateTime fromEpoch(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC);
}

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

void readPopulation(const Database &db, HeadlineFigures &out)
{
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(population), 0) FROM region WHERE level = 'district'"));
    if (Database::exec(query) && query.next())
        out.population = query.value(0).toLongLong();
}

// Cases are summed over neighbourhoods, the finest level the store keeps daily figures for;
// the 7-day windows end on the last reported day, so a day not yet reported never reads as 0.
void readCases(const Database &db, const QDate &cursorDay, HeadlineFigures &out)
{
    const QDate asOf = lastReportedEpidemicDay(db, cursorDay);
    if (!asOf.isValid())
        return;
    out.casesAsOf = asOf;

    QSqlQuery sum = db.prepare(QStringLiteral(
        "SELECT SUM(e.cases), COUNT(e.cases) FROM epidemic_daily e JOIN region r ON r.id = e.region_id"
        " WHERE r.level = 'neighbourhood' AND e.day BETWEEN ? AND ?"));
    const auto window = [&](const QDate &from, const QDate &to) -> std::optional<qint64> {
        sum.addBindValue(isoDay(from));
        sum.addBindValue(isoDay(to));
        if (!Database::exec(sum) || !sum.next() || sum.value(1).toLongLong() == 0)
            return std::nullopt;
        return sum.value(0).toLongLong();
    };
    out.casesLast7Days = window(asOf.addDays(-6), asOf);
    out.casesPrevious7Days = window(asOf.addDays(-13), asOf.addDays(-7));
    if (out.casesLast7Days && out.casesPrevious7Days && *out.casesPrevious7Days > 0)
        out.casesTrendPercent = 100.0 * double(*out.casesLast7Days - *out.casesPrevious7Days)
                                / double(*out.casesPrevious7Days);
}

// The ICU figure is the Hospitals page's city total, so the Overview and that page can never
// disagree on what counts as current (one staleness rule, in bedavailability.cpp). A hospital
// that never reported is shown among the stale here, as the Overview always has.
void readIcu(const Database &db, const QDateTime &at, HeadlineFigures &out)
{
    const BedTotals icu = cityBedTotals(hospitalStatusesAt(db, at), BedType::Icu);
    out.hospitalsReporting = icu.hospitalsCounted;
    out.hospitalsStale = icu.hospitalsStale + icu.hospitalsWithoutReport;
    if (icu.hospitalsCounted > 0) {
        out.icuBedsFree = icu.free;
        out.icuBedsTotal = icu.total;
        out.icuAsOf = icu.newestReport;
    }
}

void readSites(const Database &db, qint64 at, HeadlineFigures &out)
{
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT s.id, s.capacity, s.red_threshold, o.value, o.observed_at"
        " FROM site s"
        " LEFT JOIN sensor se ON se.site_id = s.id AND se.type = 'people_count'"
        " LEFT JOIN observation o ON o.sensor_id = se.id AND o.observed_at ="
        "  (SELECT MAX(observed_at) FROM observation WHERE sensor_id = se.id"
        "   AND observed_at <= ? AND observed_at > ?)"
        " ORDER BY s.id"));
    query.addBindValue(at);
    query.addBindValue(at - kSiteReadingMaxAgeSeconds);
    if (!Database::exec(query))
        return;
    int red = 0;
    qint64 newest = 0;
    QList<qint64> counted;
    while (query.next()) {
        const qint64 siteId = query.value(0).toLongLong();
        if (!counted.contains(siteId)) {
            counted.append(siteId);
            ++out.sitesTotal;
        }
        if (query.value(3).isNull())
            continue;
        ++out.sitesReporting;
        const double ratio = query.value(3).toDouble() / query.value(1).toDouble();
        if (ratio >= query.value(2).toDouble())
            ++red;
        newest = std::max(newest, query.value(4).toLongLong());
    }
    if (out.sitesReporting > 0) {
        out.sitesAtRed = red;
        out.sitesAsOf = fromEpoch(newest);
    }
}

void readDataTime(const Database &db, qint64 at, HeadlineFigures &out)
{
    // Per-sensor and per-hospital maxima use the primary keys; a global MAX would scan.
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT MAX(t) FROM ("
        " SELECT (SELECT MAX(observed_at) FROM observation WHERE sensor_id = se.id AND observed_at <= ?) AS t FROM sensor se"
        " UNION ALL"
        " SELECT (SELECT MAX(reported_at) FROM bed_report WHERE hospital_id = h.id AND reported_at <= ?) FROM hospital h)"));
    query.addBindValue(at);
    query.addBindValue(at);
    qint64 newest = -1;
    if (Database::exec(query) && query.next() && !query.value(0).isNull())
        newest = query.value(0).toLongLong();
    if (out.casesAsOf.isValid()) {
        // Daily figures carry no time of day: count them from the start of their day, so a
        // day's totals never make the data look newer than the newest timed reading.
        newest = std::max(newest, QDateTime(out.casesAsOf, QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch());
    }
    if (newest >= 0)
        out.dataTime = fromEpoch(newest);
}

} // namespace

HeadlineFigures computeHeadlineFigures(const Database &db, const QDateTime &at)
{
    HeadlineFigures figures;
    figures.at = at.toUTC();
    const qint64 seconds = figures.at.toSecsSinceEpoch();
    readPopulation(db, figures);
    readCases(db, figures.at.date(), figures);
    readIcu(db, figures.at, figures);
    readSites(db, seconds, figures);
    readDataTime(db, seconds, figures);
    return figures;
}

} // namespace atalaya
