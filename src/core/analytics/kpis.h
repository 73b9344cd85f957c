#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace atalaya {

class Database;

/** One key figure of the city at a moment, from whichever capability has data: the Overview's
 *  cards, presentation mode, the briefing PDF and the briefing record all show these same
 *  figures, so they can never disagree. */
struct Kpi {
    QString key;   // stable: "cases7d", "incidence14", "positivity7", "coverageDose2", "icuFree",
                   // "generalFree", "sitesAtRed", "servicesDown", "alertsOpen"
    QString title; // translated ("New cases, last 7 days")
    std::optional<double> value; // nullopt = nothing reported behind it (shown as "no data", never 0)
    int decimals = 0;
    QString unit;  // translated ("cases", "per 100,000", "%", "beds")
    /** What the trend compares against, its value and words ("on the 7 days before"). */
    std::optional<double> reference;
    QString referenceLabel;
    std::optional<double> trendPercent; // 100 * (value - reference) / reference
    bool increaseIsBad = true;
    QDateTime asOf; // the newest data behind the value (invalid with no value)
    QString detail; // one translated line of context ("12 of 14 hospitals reporting; 2 stale")
};

/** Every KPI at `at` (UTC), in display order. Reads the store with prepared statements. */
QList<Kpi> computeKpis(const Database &db, const QDateTime &at);

/** computeKpis() for a caller that follows the time cursor: keeps the city's epidemic history
 *  (read in one pass over every reported day) between moments. invalidate() when the store's
 *  data changes (an import, new figures). */
class KpiCalculator
{
public:
    explicit KpiCalculator(const Database &db);
    ~KpiCalculator();
    QList<Kpi> compute(const QDateTime &at);
    void invalidate();

private:
    struct Cache;
    const Database &m_db;
    std::unique_ptr<Cache> m_cache;
};
/** key -> value of the KPIs that have one (the briefing record's figures). */
QJsonObject kpiValues(const QList<Kpi> &kpis);

} // namespace atalaya
