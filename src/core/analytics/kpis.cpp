#include "kpis.h"

#include "bedavailability.h"
#include "epidemicindicators.h"
#include "occupancy.h"

#include "store/database.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace atalaya {

namespace {

// Every KPI's words come from here, so the Overview, presentation mode and the PDF say the same.
struct KpiText
{
    Q_DECLARE_TR_FUNCTIONS(atalaya::Kpi)
};

QDateTime fromEpoch(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC);
}

// A day's figures carry no time of day; they count from the start of their day.
QDateTime startOfDay(const QDate &day)
{
    return day.isValid() ? QDateTime(day, QTime(0, 0), QTimeZone::UTC) : QDateTime();
}

void setTrend(Kpi &kpi)
{
    if (kpi.value && kpi.reference && *kpi.reference != 0)
        kpi.trendPercent = 100.0 * (*kpi.value - *kpi.reference) / *kpi.reference;
}

qint64 cityRegionId(const Database &db)
{
    QSqlQuery query = db.prepare(u"SELECT id FROM region WHERE level = 'city' ORDER BY id LIMIT 1"_s);
    if (Database::exec(query) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

EpidemicSeries loadCitySeries(const Database &db)
{
    const qint64 city = cityRegionId(db);
    return city != 0 ? EpidemicSeries::load(db, city) : EpidemicSeries();
}

// The epidemic KPIs are the city's headline values of the Epidemic page (same series, same "as of"
// rule: the last reported day on or before the cursor's), so the two never disagree.
void addEpidemic(const EpidemicSeries &series, const QDate &day, QList<Kpi> &out)
{

    const auto add = [&](const QString &key, EpidemicIndicator indicator, const QString &title,
                         const QString &unit, int decimals, bool increaseIsBad) {
        Kpi kpi;
        kpi.key = key;
        kpi.title = title;
        kpi.unit = unit;
        kpi.decimals = decimals;
        kpi.increaseIsBad = increaseIsBad;
        kpi.referenceLabel = indicator == EpidemicIndicator::NewCases ? KpiText::tr("on the 7 days before")
                                                                      : KpiText::tr("a week before");
        if (series.isValid()) {
            const HeadlineValue h = series.headline(indicator, day);
            if (h.value) {
                kpi.value = indicator == EpidemicIndicator::NewCases ? h.thisWeek : h.value;
                kpi.reference = h.weekBefore;
                kpi.trendPercent = h.trendPercent;
                kpi.asOf = startOfDay(h.asOf);
                if (!h.complete)
                    kpi.detail = KpiText::tr("Some districts have not reported this window yet");
            }
        }
        out.append(kpi);
    };
    add(u"cases7d"_s, EpidemicIndicator::NewCases, KpiText::tr("New cases, last 7 days"), KpiText::tr("cases"), 0, true);
    add(u"incidence14"_s, EpidemicIndicator::Incidence14, KpiText::tr("14-day incidence"),
        KpiText::tr("per 100,000"), 1, true);
    add(u"positivity7"_s, EpidemicIndicator::Positivity7, KpiText::tr("Test positivity, 7 days"), u"%"_s, 1, true);
    add(u"coverageDose2"_s, EpidemicIndicator::CoverageDose2, KpiText::tr("Fully vaccinated"), u"%"_s, 1, false);
}

// Free beds are the Hospitals page's city totals (one staleness rule, in bedavailability.cpp),
// against the same figure a day earlier.
void addBeds(const Database &db, const QDateTime &at, QList<Kpi> &out)
{
    const QList<HospitalStatus> now = hospitalStatusesAt(db, at);
    const QList<HospitalStatus> dayBefore = hospitalStatusesAt(db, at.addDays(-1));
    const auto add = [&](const QString &key, BedType type, const QString &title) {
        const BedTotals totals = cityBedTotals(now, type);
        const BedTotals before = cityBedTotals(dayBefore, type);
        Kpi kpi;
        kpi.key = key;
        kpi.title = title;
        kpi.unit = KpiText::tr("beds free");
        kpi.increaseIsBad = false;
        kpi.referenceLabel = KpiText::tr("a day before");
        if (totals.free) {
            kpi.value = double(*totals.free);
            kpi.asOf = totals.newestReport;
            if (before.free)
                kpi.reference = double(*before.free);
            setTrend(kpi);
        }
        const int notCounted = totals.hospitalsStale + totals.hospitalsWithoutReport + totals.hospitalsLevelOnly;
        if (!totals.total)
            kpi.detail = KpiText::tr("No hospital has a current report");
        else if (notCounted == 0)
            kpi.detail = KpiText::tr("of %1 beds in %2 hospitals, all reporting")
                             .arg(QLocale().toString(*totals.total))
                             .arg(totals.hospitalsCounted);
        else
            kpi.detail = KpiText::tr("of %1 beds in %2 hospitals reporting; %3 not counted (stale or no counts)")
                             .arg(QLocale().toString(*totals.total))
                             .arg(totals.hospitalsCounted)
                             .arg(notCounted);
        out.append(kpi);
    };
    add(u"icuFree"_s, BedType::Icu, KpiText::tr("Intensive-care beds free"));
    add(u"generalFree"_s, BedType::General, KpiText::tr("General beds free"));
}

// Crowding compares with the same moment a week before: occupancy follows the weekday and hour,
// so the hour before would mostly show the daily rhythm.
void addSites(Database &db, const QDateTime &at, QList<Kpi> &out)
{
    occupancy::OccupancyStore store(db);
    const auto count = [&](qint64 moment, int *reporting, qint64 *newest) {
        int crowded = 0;
        for (const occupancy::SiteLight &light : store.lightsAt(moment)) {
            if (light.light == occupancy::Light::Unknown)
                continue;
            ++*reporting;
            if (light.readingAt)
                *newest = std::max(*newest, *light.readingAt);
            if (light.light == occupancy::Light::Red || light.light == occupancy::Light::Closed)
                ++crowded;
        }
        return crowded;
    };
    const qint64 seconds = at.toSecsSinceEpoch();
    int reporting = 0, reportingBefore = 0;
    qint64 newest = 0, newestBefore = 0;
    const int crowded = count(seconds, &reporting, &newest);
    const int crowdedBefore = count(seconds - 7 * 86400, &reportingBefore, &newestBefore);
    const int sites = int(store.sites().size());

    Kpi kpi;
    kpi.key = u"sitesAtRed"_s;
    kpi.title = KpiText::tr("Crowded sites (red or closed)");
    kpi.unit = KpiText::tr("sites");
    kpi.referenceLabel = KpiText::tr("same time a week before");
    if (reporting > 0) {
        kpi.value = crowded;
        kpi.asOf = fromEpoch(newest);
        if (reportingBefore > 0)
            kpi.reference = crowdedBefore;
        setTrend(kpi);
    }
    kpi.detail = KpiText::tr("%1 of %2 sites reporting").arg(reporting).arg(sites);
    out.append(kpi);
}

// Essential services (pharmacies, supermarkets, health centres) not fully open. A service's status
// at a past moment is the old value of its first status edit after that moment (audit_log), else
// its current status, so replay shows what coordinators saw then.
void addServices(const Database &db, const QDateTime &at, QList<Kpi> &out)
{
    QSqlQuery query = db.prepare(
        u"SELECT COALESCE((SELECT a.old_value FROM audit_log a WHERE a.entity = 'service_point'"
        " AND a.entity_id = s.id AND a.field = 'status' AND a.at > ? ORDER BY a.at, a.id LIMIT 1), s.status),"
        " COUNT(*), MAX(s.updated_at)"
        " FROM service_point s WHERE s.category IN ('pharmacies', 'supermarkets', 'health-centres')"
        " GROUP BY 1"_s);
    const auto read = [&](qint64 moment, int *closed, int *limited, int *total, qint64 *newest) {
        query.addBindValue(moment);
        if (!Database::exec(query))
            return false;
        while (query.next()) {
            const QString status = query.value(0).toString();
            const int n = query.value(1).toInt();
            *total += n;
            if (status == "closed"_L1)
                *closed += n;
            else if (status == "limited"_L1)
                *limited += n;
            *newest = std::max(*newest, query.value(2).toLongLong());
        }
        return true;
    };
    const qint64 seconds = at.toSecsSinceEpoch();
    int closed = 0, limited = 0, total = 0, closedBefore = 0, limitedBefore = 0, totalBefore = 0;
    qint64 newest = 0, unused = 0;
    const bool ok = read(seconds, &closed, &limited, &total, &newest);
    read(seconds - 86400, &closedBefore, &limitedBefore, &totalBefore, &unused);

    Kpi kpi;
    kpi.key = u"servicesDown"_s;
    kpi.title = KpiText::tr("Essential services closed or limited");
    kpi.unit = KpiText::tr("services");
    kpi.referenceLabel = KpiText::tr("a day before");
    if (ok && total > 0) {
        kpi.value = closed + limited;
        kpi.reference = closedBefore + limitedBefore;
        setTrend(kpi);
        // The newest edit before the moment, not after it.
        kpi.asOf = fromEpoch(std::min(newest, seconds));
        kpi.detail = KpiText::tr("%1 closed, %2 limited, of %3 pharmacies, supermarkets and health centres")
                         .arg(closed)
                         .arg(limited)
                         .arg(total);
    }
    out.append(kpi);
}

// Open alerts as they stood at the moment: raised by then and not yet resolved.
void addAlerts(const Database &db, const QDateTime &at, QList<Kpi> &out)
{
    QSqlQuery query = db.prepare(
        u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN severity = 'critical' THEN 1 ELSE 0 END), 0), MAX(raised_at)"
        " FROM alert WHERE raised_at <= ? AND (resolved_at IS NULL OR resolved_at > ?)"_s);
    const auto read = [&](qint64 moment, int *critical, qint64 *newest) -> std::optional<int> {
        query.addBindValue(moment);
        query.addBindValue(moment);
        if (!Database::exec(query) || !query.next())
            return std::nullopt;
        *critical = query.value(1).toInt();
        *newest = query.value(2).toLongLong();
        return query.value(0).toInt();
    };
    const qint64 seconds = at.toSecsSinceEpoch();
    int critical = 0, criticalBefore = 0;
    qint64 newest = 0, unused = 0;
    Kpi kpi;
    kpi.key = u"alertsOpen"_s;
    kpi.title = KpiText::tr("Open alerts");
    kpi.unit = KpiText::tr("alerts");
    kpi.referenceLabel = KpiText::tr("a day before");
    if (const std::optional<int> open = read(seconds, &critical, &newest)) {
        kpi.value = *open;
        if (const std::optional<int> before = read(seconds - 86400, &criticalBefore, &unused))
            kpi.reference = *before;
        setTrend(kpi);
        // The alerts are evaluated continuously: the count is as of the moment itself.
        kpi.asOf = at.toUTC();
        kpi.detail = KpiText::tr("%1 critical").arg(critical);
    }
    out.append(kpi);
}

} // namespace

struct KpiCalculator::Cache
{
    EpidemicSeries city;
};

KpiCalculator::KpiCalculator(const Database &db)
    : m_db(db)
{
}

KpiCalculator::~KpiCalculator() = default;

void KpiCalculator::invalidate()
{
    m_cache.reset();
}

QList<Kpi> KpiCalculator::compute(const QDateTime &at)
{
    if (!m_cache)
        m_cache = std::make_unique<Cache>(Cache{loadCitySeries(m_db)});
    const QDateTime utc = at.toUTC();
    QList<Kpi> kpis;
    addEpidemic(m_cache->city, utc.date(), kpis);
    addBeds(m_db, utc, kpis);
    // OccupancyStore takes a non-const store for its prepared statements; it only reads.
    addSites(const_cast<Database &>(m_db), utc, kpis);
    addServices(m_db, utc, kpis);
    addAlerts(m_db, utc, kpis);
    return kpis;
}

QList<Kpi> computeKpis(const Database &db, const QDateTime &at)
{
    return KpiCalculator(db).compute(at);
}

QJsonObject kpiValues(const QList<Kpi> &kpis)
{
    QJsonObject values;
    for (const Kpi &kpi : kpis) {
        if (kpi.value)
            values.insert(kpi.key, *kpi.value);
    }
    return values;
}

} // namespace atalaya
