#include "headlinefigures.h"

#include "epidemicdays.h"

#include "store/database.h"

#include <QTimeZone>

#include <algorithm>

namespace atalaya {

namespace {

void readPopulation(const Database &db, HeadlineFigures &out)
{
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(population), 0) FROM region WHERE level = 'district'"));
    if (Database::exec(query) && query.next())
        out.population = query.value(0).toLongLong();
}

void readDataTime(const Database &db, const QDateTime &at, HeadlineFigures &out)
{
    const qint64 seconds = at.toSecsSinceEpoch();
    // Per-sensor and per-hospital maxima use the primary keys; a global MAX would scan.
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT MAX(t) FROM ("
        " SELECT (SELECT MAX(observed_at) FROM observation WHERE sensor_id = se.id AND observed_at <= ?) AS t FROM sensor se"
        " UNION ALL"
        " SELECT (SELECT MAX(reported_at) FROM bed_report WHERE hospital_id = h.id AND reported_at <= ?) FROM hospital h)"));
    query.addBindValue(seconds);
    query.addBindValue(seconds);
    qint64 newest = -1;
    if (Database::exec(query) && query.next() && !query.value(0).isNull())
        newest = query.value(0).toLongLong();
    // The last day any neighbourhood reported cases on or before the cursor's day. Daily figures
    // carry no time of day: count them from the start of their day, so a day's totals never make
    // the data look newer than the newest timed reading.
    const QDate casesAsOf = lastReportedEpidemicDay(db, at.date());
    if (casesAsOf.isValid())
        newest = std::max(newest, QDateTime(casesAsOf, QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch());
    if (newest >= 0)
        out.dataTime = QDateTime::fromSecsSinceEpoch(newest, QTimeZone::UTC);
}

} // namespace

HeadlineFigures computeHeadlineFigures(const Database &db, const QDateTime &at)
{
    HeadlineFigures figures;
    figures.at = at.toUTC();
    readPopulation(db, figures);
    readDataTime(db, figures.at, figures);
    return figures;
}

} // namespace atalaya
