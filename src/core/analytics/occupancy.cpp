#include "occupancy.h"

#include "geo/geometry.h"
#include "logging.h"
#include "store/database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace atalaya::occupancy {

namespace {

// Thresholds are typed as 0.40 and compared with 600 / 1500 or 0.40 - 0.05: allow for the last
// bits of binary rounding so "at the line" means at the line.
constexpr double kTolerance = 1e-9;
constexpr qint64 kWeekSeconds = 7 * 86400;

// Steps of the ladder: Green 0, Amber 1, Red 2, Closed 3.
int stepOf(Light light)
{
    switch (light) {
    case Light::Green:
        return 0;
    case Light::Amber:
        return 1;
    case Light::Red:
        return 2;
    case Light::Closed:
        return 3;
    case Light::Unknown:
        break;
    }
    return -1;
}

Light lightOfStep(int step)
{
    static constexpr std::array<Light, 4> lights = {Light::Green, Light::Amber, Light::Red, Light::Closed};
    return lights[size_t(std::clamp(step, 0, 3))];
}

// The line a light starts at (step 1..3).
double lineOf(const Thresholds &t, int step)
{
    return step == 1 ? t.amber : step == 2 ? t.red : t.closed.value_or(std::numeric_limits<double>::infinity());
}

int topStep(const Thresholds &t)
{
    return t.closed ? 3 : 2;
}

// What a sensor type says, most precise first: a site uses the best one that reports.
enum class Measure { Count = 0, Rate = 1, Level = 2 };
constexpr int kMeasures = 3;

std::optional<Measure> measureOf(const QString &type)
{
    if (type == QLatin1String("people_count") || type == QLatin1String("occupied_spots"))
        return Measure::Count;
    if (type == QLatin1String("occupancy_rate"))
        return Measure::Rate;
    if (type == QLatin1String("occupancy_level"))
        return Measure::Level;
    return std::nullopt;
}

// The SQL list of the types above, for queries that only want occupancy sensors.
constexpr auto kOccupancyTypes = "('people_count','occupied_spots','occupancy_rate','occupancy_level')";

struct SensorRef {
    qint64 id = 0;
    Measure measure = Measure::Count;
};

// One reading turned into occupancy; level is set for occupancy_level readings.
struct Reading {
    qint64 at = 0;
    double fraction = 0.0;
    std::optional<int> level;
};

// A raw value as occupancy, or nothing when the source sent something no site can hold (a
// negative count, a level outside 0..3, not a number): such a reading is skipped, not clamped.
std::optional<Reading> toReading(Measure measure, qint64 at, double value, const Site &site)
{
    if (!std::isfinite(value) || value < 0.0)
        return std::nullopt;
    switch (measure) {
    case Measure::Count:
        return Reading{at, value / double(site.capacity), std::nullopt};
    case Measure::Rate:
        return Reading{at, value, std::nullopt};
    case Measure::Level: {
        const double rounded = std::round(value);
        if (std::abs(value - rounded) > 1e-6 || rounded > 3.0)
            return std::nullopt;
        const int level = int(rounded);
        return Reading{at, levelFraction(level, site.thresholds), level};
    }
    }
    return std::nullopt;
}

Site siteFrom(const QSqlQuery &q)
{
    Site s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.kind = q.value(3).toString();
    s.lat = q.value(4).toDouble();
    s.lon = q.value(5).toDouble();
    s.capacity = q.value(6).toInt();
    s.thresholds.amber = q.value(7).toDouble();
    s.thresholds.red = q.value(8).toDouble();
    s.thresholds.closed = q.value(9).isNull() ? std::nullopt : std::optional<double>(q.value(9).toDouble());
    return s;
}

constexpr auto kSiteColumns = "id, code, name, kind, lat, lon, capacity, amber_threshold, red_threshold, closed_threshold";

std::optional<Site> siteById(const Database &db, qint64 siteId)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT %1 FROM site WHERE id = ?").arg(QLatin1String(kSiteColumns)));
    q.addBindValue(siteId);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    return siteFrom(q);
}

// Occupancy sensors by site, by id within a site.
QHash<qint64, QList<SensorRef>> sensorsBySite(const Database &db, std::optional<qint64> onlySite = std::nullopt)
{
    QHash<qint64, QList<SensorRef>> out;
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id, site_id, type FROM sensor WHERE site_id IS NOT NULL AND type IN %1%2"
                                            " ORDER BY site_id, id")
                                 .arg(QLatin1String(kOccupancyTypes),
                                      onlySite ? QStringLiteral(" AND site_id = ?") : QString()));
    if (onlySite)
        q.addBindValue(*onlySite);
    q.setForwardOnly(true);
    if (!Database::exec(q))
        return out;
    while (q.next()) {
        if (const auto measure = measureOf(q.value(2).toString()))
            out[q.value(1).toLongLong()].append({q.value(0).toLongLong(), *measure});
    }
    return out;
}

// Replays readings (time order, all at or before `at`) through classify().
SiteLight replay(const QList<Reading> &readings, const Thresholds &t, qint64 at, qint64 staleAfter)
{
    SiteLight out;
    if (readings.isEmpty())
        return out;
    Light state = Light::Unknown;
    qint64 previousAt = readings.constFirst().at;
    for (const Reading &r : readings) {
        // Grey was on screen during a gap: the light after it starts afresh.
        if (r.at - previousAt > staleAfter)
            state = Light::Unknown;
        state = r.level ? lightForLevel(*r.level) : classify(r.fraction, t, state);
        previousAt = r.at;
    }
    const Reading &latest = readings.constLast();
    out.readingAt = latest.at;
    if (latest.level)
        out.level = latest.level;
    else
        out.occupancy = latest.fraction;
    out.stale = at - latest.at > staleAfter;
    out.light = out.stale ? Light::Unknown : state;
    return out;
}

// Weekday and local hour of instants, remembering the UTC span of the last local hour seen so
// that a run of 1-minute readings costs one time zone conversion per hour, not per reading.
class LocalHours
{
public:
    explicit LocalHours(const QTimeZone &zone)
        : m_zone(zone)
    {
    }

    // (weekday Monday = 0, hour 0..23)
    std::pair<int, int> cellOf(qint64 t)
    {
        if (t >= m_from && t < m_to)
            return m_cell;
        const QDateTime local = QDateTime::fromSecsSinceEpoch(t, m_zone);
        const QDate day = local.date();
        const QTime time = local.time();
        m_cell = {day.dayOfWeek() - 1, time.hour()};
        // The span is trusted only when the clock runs straight from hh:00:00 to hh:59:59 on the
        // same day: a change of offset inside the hour (DST, half-hour zones) would show at its
        // ends, and then this instant is answered alone.
        const qint64 start = t - time.minute() * 60 - time.second();
        const QDateTime first = QDateTime::fromSecsSinceEpoch(start, m_zone);
        const QDateTime last = QDateTime::fromSecsSinceEpoch(start + 3599, m_zone);
        if (first.date() == day && first.time() == QTime(time.hour(), 0) && last.date() == day
            && last.time() == QTime(time.hour(), 59, 59)) {
            m_from = start;
            m_to = start + 3600;
        } else {
            m_from = t;
            m_to = t + 1;
        }
        return m_cell;
    }

private:
    QTimeZone m_zone;
    qint64 m_from = 0, m_to = 0;
    std::pair<int, int> m_cell{0, 0};
};

} // namespace

Light classify(double occupancy, const Thresholds &t, Light previous)
{
    if (!std::isfinite(occupancy))
        return Light::Unknown;
    const int top = topStep(t);
    int plain = 0;
    for (int step = 1; step <= top; ++step) {
        if (occupancy >= lineOf(t, step) - kTolerance)
            plain = step;
    }
    if (previous == Light::Unknown)
        return lightOfStep(plain);
    const int shown = std::min(stepOf(previous), top);
    if (plain >= shown)
        return lightOfStep(plain);
    // Falling: keep each line crossed until the occupancy is a hysteresis below it.
    const double hysteresis = std::max(0.0, t.hysteresis);
    int step = shown;
    while (step > plain && occupancy < lineOf(t, step) - hysteresis - kTolerance)
        --step;
    return lightOfStep(step);
}

Light lightForLevel(int level)
{
    switch (level) {
    case 0:
    case 1:
        return Light::Green;
    case 2:
        return Light::Amber;
    case 3:
        return Light::Red;
    default:
        return Light::Unknown;
    }
}

double levelFraction(int level, const Thresholds &t)
{
    switch (level) {
    case 0:
        return 0.0;
    case 1:
        return t.amber / 2.0;
    case 2:
        return (t.amber + t.red) / 2.0;
    default:
        return (t.red + t.closed.value_or(1.0)) / 2.0;
    }
}

OccupancyStore::OccupancyStore(Database &db)
    : m_db(db)
{
    const QString zone = db.meta(QStringLiteral("time_zone"));
    m_zone = zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toUtf8());
    if (!m_zone.isValid()) {
        qCWarning(lcAnalytics) << "unknown time zone" << zone << "in the store; profiling occupancy in the system's";
        m_zone = QTimeZone::systemTimeZone();
    }
}

QList<Site> OccupancyStore::sites() const
{
    QList<Site> out;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM site ORDER BY id").arg(QLatin1String(kSiteColumns)));
    q.setForwardOnly(true);
    if (!Database::exec(q))
        return out;
    while (q.next())
        out.append(siteFrom(q));
    return out;
}

QList<SiteLight> OccupancyStore::lightsAt(qint64 at, qint64 staleAfterSeconds) const
{
    const QList<Site> all = sites();
    const QHash<qint64, QList<SensorRef>> sensors = sensorsBySite(m_db);
    const qint64 window = std::max(kReplaySeconds, staleAfterSeconds);

    // One pass over the window: for each occupancy sensor a range of observation's primary key.
    // Written as IN (subquery), not as a join: with a join SQLite's planner scanned the whole
    // observation table (its range on observed_at looks selective without statistics), 20-40 ms
    // on the demo city instead of a few hundred key lookups.
    struct Raw {
        qint64 at;
        double value;
    };
    QHash<qint64, QList<Raw>> bySensor;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT o.sensor_id, o.observed_at, o.value FROM observation o"
                                              " WHERE o.sensor_id IN (SELECT s.id FROM sensor s"
                                              "  WHERE s.site_id IS NOT NULL AND s.type IN %1)"
                                              " AND o.observed_at > ? AND o.observed_at <= ?")
                                   .arg(QLatin1String(kOccupancyTypes)));
    q.addBindValue(at - window);
    q.addBindValue(at);
    q.setForwardOnly(true);
    if (Database::exec(q)) {
        while (q.next())
            bySensor[q.value(0).toLongLong()].append({q.value(1).toLongLong(), q.value(2).toDouble()});
    }

    QSqlQuery latestQuery = m_db.prepare(QStringLiteral(
        "SELECT observed_at, value FROM observation WHERE sensor_id = ? AND observed_at <= ? ORDER BY observed_at DESC LIMIT 1"));

    QList<SiteLight> out;
    out.reserve(all.size());
    for (const Site &site : all) {
        const QList<SensorRef> refs = sensors.value(site.id);
        // Readings per measure; the best measure that is fresh at `at` lights the site, else
        // the one heard from last (stale then anyway).
        std::array<QList<Reading>, kMeasures> readings;
        for (const SensorRef &ref : refs) {
            for (const Raw &raw : bySensor.value(ref.id)) {
                if (const auto r = toReading(ref.measure, raw.at, raw.value, site))
                    readings[size_t(ref.measure)].append(*r);
            }
        }
        int chosen = -1;
        for (int m = 0; m < kMeasures && chosen < 0; ++m) {
            QList<Reading> &list = readings[size_t(m)];
            std::stable_sort(list.begin(), list.end(), [](const Reading &a, const Reading &b) { return a.at < b.at; });
            if (!list.isEmpty() && at - list.constLast().at <= staleAfterSeconds)
                chosen = m;
        }
        if (chosen < 0) {
            // Nothing fresh: the latest reading of any measure, to say since when it is grey.
            std::optional<Reading> latest;
            for (const SensorRef &ref : refs) {
                latestQuery.bindValue(0, ref.id);
                latestQuery.bindValue(1, at);
                if (!Database::exec(latestQuery) || !latestQuery.next())
                    continue;
                const auto r = toReading(ref.measure, latestQuery.value(0).toLongLong(),
                                         latestQuery.value(1).toDouble(), site);
                if (r && (!latest || r->at > latest->at))
                    latest = r;
            }
            SiteLight light = latest ? replay({*latest}, site.thresholds, at, staleAfterSeconds) : SiteLight{};
            light.light = Light::Unknown;
            out.append(light);
            continue;
        }
        out.append(replay(readings[size_t(chosen)], site.thresholds, at, staleAfterSeconds));
    }
    return out;
}

QList<std::pair<qint64, double>> OccupancyStore::series(qint64 siteId, qint64 from, qint64 to) const
{
    QList<std::pair<qint64, double>> out;
    const std::optional<Site> site = siteById(m_db, siteId);
    if (!site)
        return out;
    const QList<SensorRef> refs = sensorsBySite(m_db, siteId).value(siteId);
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT observed_at, value FROM observation WHERE sensor_id = ? AND observed_at >= ? AND observed_at <= ?"));
    for (int m = 0; m < kMeasures && out.isEmpty(); ++m) {
        for (const SensorRef &ref : refs) {
            if (int(ref.measure) != m)
                continue;
            q.bindValue(0, ref.id);
            q.bindValue(1, from);
            q.bindValue(2, to);
            if (!Database::exec(q))
                continue;
            while (q.next()) {
                if (const auto r = toReading(ref.measure, q.value(0).toLongLong(), q.value(1).toDouble(), *site))
                    out.append({r->at, r->fraction});
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

WeekProfile OccupancyStore::profile(qint64 siteId, qint64 at, int weeks) const
{
    WeekProfile out;
    const std::optional<Site> site = siteById(m_db, siteId);
    if (!site || weeks <= 0)
        return out;
    const QList<SensorRef> refs = sensorsBySite(m_db, siteId).value(siteId);
    std::array<std::array<double, 24>, 7> sum{};
    LocalHours hours(m_zone);
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT observed_at, value FROM observation WHERE sensor_id = ? AND observed_at > ? AND observed_at <= ?"));
    q.setForwardOnly(true);
    bool any = false;
    for (int m = 0; m < kMeasures && !any; ++m) {
        for (const SensorRef &ref : refs) {
            if (int(ref.measure) != m)
                continue;
            q.bindValue(0, ref.id);
            q.bindValue(1, at - qint64(weeks) * kWeekSeconds);
            q.bindValue(2, at);
            if (!Database::exec(q))
                continue;
            while (q.next()) {
                const auto r = toReading(ref.measure, q.value(0).toLongLong(), q.value(1).toDouble(), *site);
                if (!r)
                    continue;
                const auto [weekday, hour] = hours.cellOf(r->at);
                sum[size_t(weekday)][size_t(hour)] += r->fraction;
                ++out.count[size_t(weekday)][size_t(hour)];
                any = true;
            }
        }
    }
    for (size_t d = 0; d < 7; ++d) {
        for (size_t h = 0; h < 24; ++h) {
            if (out.count[d][h] > 0)
                out.mean[d][h] = sum[d][h] / out.count[d][h];
        }
    }
    return out;
}

QList<OccupancyStore::Alternative> OccupancyStore::alternatives(qint64 siteId, qint64 at, int limit,
                                                                 qint64 staleAfterSeconds) const
{
    if (limit <= 0)
        return {};
    return alternativesAmong(siteId, sites(), lightsAt(at, staleAfterSeconds), limit);
}

QList<OccupancyStore::Alternative> OccupancyStore::alternativesAmong(qint64 siteId, const QList<Site> &all,
                                                                     const QList<SiteLight> &lights, int limit)
{
    QList<Alternative> out;
    if (limit <= 0 || lights.size() != all.size())
        return out;
    const auto self = std::find_if(all.cbegin(), all.cend(), [&](const Site &s) { return s.id == siteId; });
    if (self == all.cend())
        return out;
    const Light shown = lights[self - all.cbegin()].light;
    if (shown != Light::Amber && shown != Light::Red && shown != Light::Closed)
        return out;
    const GeoPoint from{self->lat, self->lon};
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Site &s = all[i];
        if (s.id == siteId || s.kind != self->kind || lights[i].light != Light::Green)
            continue;
        out.append({s.id, s.code, s.name, geo::distanceMetres(from, {s.lat, s.lon}), lights[i].occupancy});
    }
    std::sort(out.begin(), out.end(), [](const Alternative &a, const Alternative &b) {
        return a.distanceMetres != b.distanceMetres ? a.distanceMetres < b.distanceMetres : a.siteId < b.siteId;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace atalaya::occupancy
