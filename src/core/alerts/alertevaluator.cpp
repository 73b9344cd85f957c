#include "alertevaluator.h"

#include "analytics/epidemicindicators.h"
#include "analytics/occupancy.h"
#include "geo/geometry.h"
#include "logging.h"
#include "store/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace atalaya::alerts {

namespace {

enum class Source { Observation = 0, Occupancy = 1, Hospital = 2, Epidemic = 3 };
constexpr int kSources = 4;

struct Subject {
    qint64 id = 0;
    QString key;   // "sensor:12"
    QString code;  // what `subjects` globs match (besides the name)
    QString name;
    QString type;  // sensor type (observation)
    QString unit;  // sensor unit (observation)
    qint64 siteId = 0;
    std::optional<double> lat, lon;
};

struct Point {
    qint64 t = 0;
    double v = 0;
};
using Series = QList<Point>;

// The last point at or before t, or null.
const Point *atOrBefore(const Series &s, qint64 t)
{
    auto it = std::upper_bound(s.begin(), s.end(), t, [](qint64 value, const Point &p) { return value < p.t; });
    return it == s.begin() ? nullptr : &*(it - 1);
}

Source sourceOf(const QString &indicator)
{
    if (indicator == "occupancy"_L1)
        return Source::Occupancy;
    if (indicator.startsWith("hospital."_L1))
        return Source::Hospital;
    if (indicator.startsWith("epidemic."_L1))
        return Source::Epidemic;
    return Source::Observation;
}

// How far back a rule looks from `at` (seconds): its points in (at - lookback, at] and the last one
// at or before at - lookback.
qint64 lookbackOf(const Rule &r)
{
    switch (r.type) {
    case RuleType::Threshold:
    case RuleType::Geofence:
        return qint64(std::max(0, r.forMinutes)) * 60;
    case RuleType::RateOfChange:
        return qint64(std::max(1, r.windowMinutes)) * 60;
    case RuleType::Frozen:
        return 0;
    case RuleType::Anomaly:
        return 0; // the current hour up to the moment: evaluate() knows where the hour starts
    }
    return 0;
}

QString idList(const QSet<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

bool hasWildcard(const QString &glob)
{
    return glob.contains(u'*') || glob.contains(u'?') || glob.contains(u'[');
}

// An anomaly's verdict needs at least this many readings in the part of the hour compared: a
// single reading is one draw of the counter's noise, and weeks of hour means have far less of it.
constexpr int kMinHourReadings = 2;

// The readings' own noise is estimated only from this many successive differences or more.
constexpr int kMinNoiseSteps = 8;

qsizetype readingsIn(const Series &s, qint64 from, qint64 to)
{
    const auto lo = std::lower_bound(s.begin(), s.end(), from, [](const Point &p, qint64 value) { return p.t < value; });
    const auto hi = std::upper_bound(s.begin(), s.end(), to, [](qint64 value, const Point &p) { return value < p.t; });
    return hi - lo;
}

// The mean of the points in [from, to], or null with fewer than kMinHourReadings of them.
std::optional<double> hourMean(const Series &s, qint64 from, qint64 to)
{
    const auto lo = std::lower_bound(s.begin(), s.end(), from, [](const Point &p, qint64 value) { return p.t < value; });
    const auto hi = std::upper_bound(s.begin(), s.end(), to, [](qint64 value, const Point &p) { return value < p.t; });
    if (hi - lo < kMinHourReadings)
        return std::nullopt;
    double sum = 0;
    for (auto it = lo; it != hi; ++it)
        sum += it->v;
    return sum / double(hi - lo);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString isoUtc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::UTC).toString(Qt::ISODate);
}

} // namespace

QString episodeKey(const QString &ruleId, const QString &subjectKey)
{
    return ruleId + u'\n' + subjectKey;
}

struct AlertEvaluator::Private {
    explicit Private(Database &database)
        : db(database)
    {
    }

    Database &db;
    qint64 statements = 0;
    bool loaded = false;
    QTimeZone zone = QTimeZone::UTC;

    // Subjects per source, and where each one is in its list.
    std::array<QList<Subject>, kSources> subjects;
    std::array<QHash<qint64, qsizetype>, kSources> indexOf;
    QHash<qint64, occupancy::Site> sites;  // by id
    QHash<qint64, QList<qint64>> siteSensors; // site -> its occupancy sensors
    QHash<qint64, QString> sensorMeasure;      // occupancy sensor -> its type
    std::optional<QHash<qint64, EpidemicSeries>> epidemic;
    QHash<QString, MultiPolygon> regionShapes; // code -> shape (any level)
    // (source, sensorType, glob, geofence) -> indices into subjects[source]
    QHash<QString, QList<qsizetype>> matches;
    // Anomaly: per source, the points of each subject in the local hour starting at a UTC instant
    // (the same weekday and hour of past weeks), kept for the hour being evaluated: the points, not
    // their mean, because the current hour is compared with the same minutes of those hours.
    std::array<QHash<qint64, QHash<qint64, Series>>, 2> hourPoints;

    // Statements kept prepared across evaluations (keepStatements), by their text.
    bool keepStatements = false;
    std::map<QString, QSqlQuery> kept;

    bool exec(QSqlQuery &q)
    {
        ++statements;
        return Database::exec(q);
    }

    // The prepared statement for sql: a kept one when statements are kept, else a new one made
    // in `fresh`. Bind values by position (bindValue(i, ...)): a kept statement still holds the
    // previous evaluation's. On PostgreSQL a fresh statement costs three round trips (QPSQL's
    // PREPARE, the EXECUTE, the DEALLOCATE when the query dies), a kept one only the EXECUTE.
    // The reference is good until the next call (which may drop the kept ones).
    QSqlQuery &statement(const QString &sql, std::optional<QSqlQuery> &fresh)
    {
        if (!keepStatements)
            return fresh.emplace(db.prepare(sql));
        auto it = kept.find(sql);
        if (it == kept.end()) {
            // Id lists differ with the scope of an evaluation; a replay has a handful of texts,
            // so many more means scopes that change, not worth keeping.
            if (kept.size() >= 64)
                kept.clear();
            it = kept.emplace(sql, db.prepare(sql)).first;
        }
        return it->second;
    }

    void load()
    {
        if (loaded)
            return;
        loaded = true;
        matches.clear();
        for (auto &list : subjects)
            list.clear();
        for (auto &index : indexOf)
            index.clear();
        occupancy::OccupancyStore occupancyStore(db);
        zone = occupancyStore.timeZone();

        sites.clear();
        for (const occupancy::Site &site : occupancyStore.sites()) {
            sites.insert(site.id, site);
            Subject s;
            s.id = site.id;
            s.key = u"site:%1"_s.arg(site.id);
            s.code = site.code;
            s.name = site.name;
            s.lat = site.lat;
            s.lon = site.lon;
            addSubject(Source::Occupancy, s);
        }
        ++statements;

        siteSensors.clear();
        sensorMeasure.clear();
        static const QSet<QString> occupancyTypes = {u"people_count"_s, u"occupied_spots"_s, u"occupancy_rate"_s,
                                                     u"occupancy_level"_s};
        QSqlQuery q = db.prepare(u"SELECT s.id, s.provider, s.code, s.type, s.unit, s.site_id, COALESCE(s.lat, t.lat),"
                                 " COALESCE(s.lon, t.lon), t.name FROM sensor s LEFT JOIN site t ON t.id = s.site_id ORDER BY s.id"_s);
        q.setForwardOnly(true);
        if (exec(q)) {
            while (q.next()) {
                Subject s;
                s.id = q.value(0).toLongLong();
                s.key = u"sensor:%1"_s.arg(s.id);
                s.code = q.value(1).toString() + u'/' + q.value(2).toString();
                s.type = q.value(3).toString();
                s.unit = q.value(4).toString();
                s.siteId = q.value(5).toLongLong();
                if (!q.value(6).isNull())
                    s.lat = q.value(6).toDouble();
                if (!q.value(7).isNull())
                    s.lon = q.value(7).toDouble();
                s.name = q.value(8).isNull() ? s.code
                                             : AlertEvaluator::tr("%1, sensor %2").arg(q.value(8).toString(), q.value(2).toString());
                if (s.siteId && occupancyTypes.contains(s.type)) {
                    siteSensors[s.siteId].append(s.id);
                    sensorMeasure.insert(s.id, s.type);
                }
                addSubject(Source::Observation, s);
            }
        }

        QSqlQuery h = db.prepare(u"SELECT id, name, lat, lon FROM hospital ORDER BY id"_s);
        h.setForwardOnly(true);
        if (exec(h)) {
            while (h.next()) {
                Subject s;
                s.id = h.value(0).toLongLong();
                s.key = u"hospital:%1"_s.arg(s.id);
                s.name = h.value(1).toString();
                s.code = s.name;
                s.lat = h.value(2).toDouble();
                s.lon = h.value(3).toDouble();
                addSubject(Source::Hospital, s);
            }
        }

        QSqlQuery r = db.prepare(u"SELECT id, code, name, centroid_lat, centroid_lon FROM region WHERE level = 'district' ORDER BY id"_s);
        r.setForwardOnly(true);
        if (exec(r)) {
            while (r.next()) {
                Subject s;
                s.id = r.value(0).toLongLong();
                s.key = u"region:%1"_s.arg(s.id);
                s.code = r.value(1).toString();
                s.name = r.value(2).toString();
                s.lat = r.value(3).toDouble();
                s.lon = r.value(4).toDouble();
                addSubject(Source::Epidemic, s);
            }
        }
    }

    void addSubject(Source source, const Subject &s)
    {
        indexOf[size_t(source)].insert(s.id, subjects[size_t(source)].size());
        subjects[size_t(source)].append(s);
    }

    const MultiPolygon *regionShape(const QString &code)
    {
        auto it = regionShapes.find(code);
        if (it != regionShapes.end())
            return &*it;
        MultiPolygon shape;
        QSqlQuery q = db.prepare(u"SELECT geometry FROM region WHERE code = ? ORDER BY CASE level WHEN 'district' THEN 0"
                                 " WHEN 'neighbourhood' THEN 1 ELSE 2 END LIMIT 1"_s);
        q.addBindValue(code);
        if (exec(q) && q.next()) {
            Geometry g;
            if (geo::fromGeoJson(q.value(0).toString(), &g))
                shape = g.polygons;
        }
        return &*regionShapes.insert(code, shape);
    }

    // The subjects a rule watches (before any batch scope), cached by what decides them.
    const QList<qsizetype> &matching(const Rule &rule)
    {
        const Source source = sourceOf(rule.indicator);
        QString key = u"%1\x1f%2\x1f%3"_s.arg(int(source)).arg(rule.sensorType, rule.subjects);
        if (rule.type == RuleType::Geofence) {
            key += u"\x1f"_s + rule.regionCode;
            for (const QPointF &p : rule.area)
                key += u"\x1f%1,%2"_s.arg(p.x(), 0, 'g', 17).arg(p.y(), 0, 'g', 17);
        }
        auto it = matches.find(key);
        if (it != matches.end())
            return *it;

        QList<qsizetype> out;
        const QList<Subject> &all = subjects[size_t(source)];
        const bool wildcard = hasWildcard(rule.subjects);
        const QRegularExpression glob = wildcard ? QRegularExpression::fromWildcard(rule.subjects, Qt::CaseInsensitive,
                                                                                   QRegularExpression::NonPathWildcardConversion)
                                                 : QRegularExpression();
        MultiPolygon fence;
        if (rule.type == RuleType::Geofence) {
            if (!rule.area.isEmpty()) {
                Polygon p;
                for (const QPointF &point : rule.area)
                    p.outer.append(GeoPoint{point.y(), point.x()});
                fence.append(p);
            } else {
                fence = *regionShape(rule.regionCode);
            }
        }
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Subject &s = all[i];
            if (!rule.sensorType.isEmpty() && s.type != rule.sensorType)
                continue;
            if (rule.subjects != "*"_L1) {
                const bool hit = wildcard ? (glob.match(s.code).hasMatch() || glob.match(s.name).hasMatch())
                                          : (s.code.compare(rule.subjects, Qt::CaseInsensitive) == 0
                                             || s.name.compare(rule.subjects, Qt::CaseInsensitive) == 0);
                if (!hit)
                    continue;
            }
            if (rule.type == RuleType::Geofence && (!s.lat || !s.lon || !geo::contains(fence, GeoPoint{*s.lat, *s.lon})))
                continue;
            out.append(i);
        }
        return *matches.insert(key, out);
    }

    // --- series -----------------------------------------------------------------------------

    // Observation readings of sensors in (at - lookback, at] and the last one at or before
    // at - lookback, by sensor, time order. sensors = nullopt: every sensor.
    QHash<qint64, Series> readings(const std::optional<QSet<qint64>> &sensors, qint64 at, qint64 lookback)
    {
        QHash<qint64, Series> out;
        if (sensors && sensors->isEmpty())
            return out;
        // CROSS JOIN keeps sensor as SQLite's outer loop, so each sensor is a range of
        // observation's primary key, never a scan of the table.
        const QString filter = sensors ? u" AND s.id IN (%1)"_s.arg(idList(*sensors)) : QString();
        const qint64 edge = at - lookback;
        // The anchor and the range in one statement: one round trip instead of two on PostgreSQL.
        // Each part keeps its own plan (a range of the primary key per sensor).
        QString sql = u"SELECT o.sensor_id, o.observed_at, o.value FROM sensor s CROSS JOIN observation o"
                      " WHERE o.sensor_id = s.id AND o.observed_at = (SELECT MAX(m.observed_at) FROM observation m"
                      " WHERE m.sensor_id = s.id AND m.observed_at <= ?)%1"_s.arg(filter);
        if (lookback > 0)
            sql += u" UNION ALL SELECT o.sensor_id, o.observed_at, o.value FROM sensor s CROSS JOIN observation o"
                   " WHERE o.sensor_id = s.id AND o.observed_at > ? AND o.observed_at <= ?%1"_s.arg(filter);
        std::optional<QSqlQuery> fresh;
        QSqlQuery &q = statement(sql, fresh);
        q.bindValue(0, edge);
        if (lookback > 0) {
            q.bindValue(1, edge);
            q.bindValue(2, at);
        }
        q.setForwardOnly(true);
        if (exec(q)) {
            while (q.next())
                out[q.value(0).toLongLong()].append({q.value(1).toLongLong(), q.value(2).toDouble()});
        }
        q.finish();
        for (Series &s : out)
            std::sort(s.begin(), s.end(), [](const Point &a, const Point &b) { return a.t < b.t; });
        return out;
    }

    // A site's occupancy in percent from its sensors' readings: the most precise measure that
    // has readings (counts, then rates, then levels, as analytics/occupancy.h chooses), never a
    // mix of them.
    Series siteSeries(const occupancy::Site &site, const QList<qint64> &sensors, const QHash<qint64, Series> &raw)
    {
        static const QStringList order = {u"people_count"_s, u"occupied_spots"_s, u"occupancy_rate"_s, u"occupancy_level"_s};
        for (int m = 0; m < 3; ++m) {
            Series out;
            for (qint64 sensor : sensors) {
                const QString type = sensorMeasure.value(sensor);
                const int measure = type == order[0] || type == order[1] ? 0 : type == order[2] ? 1 : 2;
                if (measure != m)
                    continue;
                for (const Point &p : raw.value(sensor)) {
                    if (!std::isfinite(p.v) || p.v < 0)
                        continue;
                    double fraction = 0;
                    if (m == 0)
                        fraction = p.v / double(site.capacity);
                    else if (m == 1)
                        fraction = p.v;
                    else if (p.v == std::round(p.v) && p.v <= 3)
                        fraction = occupancy::levelFraction(int(p.v), site.thresholds);
                    else
                        continue;
                    out.append({p.t, 100.0 * fraction});
                }
            }
            if (!out.isEmpty()) {
                std::stable_sort(out.begin(), out.end(), [](const Point &a, const Point &b) { return a.t < b.t; });
                return out;
            }
        }
        return {};
    }

    QHash<qint64, Series> occupancySeries(const QSet<qint64> &siteIds, qint64 at, qint64 lookback)
    {
        QSet<qint64> sensors;
        for (qint64 site : siteIds) {
            for (qint64 sensor : siteSensors.value(site))
                sensors.insert(sensor);
        }
        const QHash<qint64, Series> raw = readings(sensors, at, lookback);
        QHash<qint64, Series> out;
        for (qint64 site : siteIds) {
            const auto it = sites.constFind(site);
            if (it == sites.constEnd())
                continue;
            // Each sensor brought its own anchor; keep only the newest point at or before the
            // edge, so "the last reading at or before at - lookback" is the site's.
            Series s = siteSeries(*it, siteSensors.value(site), raw);
            const qint64 edge = at - lookback;
            const Point *anchor = atOrBefore(s, edge);
            if (anchor && anchor != s.constData()) {
                const qsizetype keep = anchor - s.constData();
                s.remove(0, keep);
            }
            if (!s.isEmpty())
                out.insert(site, s);
        }
        return out;
    }

    QHash<qint64, Series> hospitalSeries(const QString &indicator, const QSet<qint64> &ids, qint64 at, qint64 lookback)
    {
        QHash<qint64, Series> out;
        if (ids.isEmpty())
            return out;
        const bool icu = indicator.startsWith("hospital.icu"_L1);
        const bool percent = indicator.endsWith("Percent"_L1);
        const QString freeColumn = icu ? u"b.icu_free"_s : u"b.general_free"_s;
        const QString totalColumn = icu ? u"b.icu_total"_s : u"b.general_total"_s;
        auto add = [&](QSqlQuery &q) {
            while (q.next()) {
                if (q.value(2).isNull())
                    continue;
                const double free = q.value(2).toDouble();
                if (percent) {
                    if (q.value(3).isNull() || q.value(3).toDouble() <= 0)
                        continue;
                    out[q.value(0).toLongLong()].append({q.value(1).toLongLong(), 100.0 * free / q.value(3).toDouble()});
                } else {
                    out[q.value(0).toLongLong()].append({q.value(1).toLongLong(), free});
                }
            }
        };
        const QString filter = idList(ids);
        const qint64 edge = at - lookback;
        std::optional<QSqlQuery> freshLatest;
        QSqlQuery &latest = statement(u"SELECT h.id, b.reported_at, %1, %2 FROM hospital h CROSS JOIN bed_report b"
                                      " WHERE b.hospital_id = h.id AND h.id IN (%3) AND b.reported_at = (SELECT MAX(m.reported_at)"
                                      " FROM bed_report m WHERE m.hospital_id = h.id AND m.reported_at <= ? AND m.%4 IS NOT NULL)"_s
                                          .arg(freeColumn, totalColumn, filter, freeColumn.mid(2)),
                                      freshLatest);
        latest.bindValue(0, edge);
        if (exec(latest))
            add(latest);
        latest.finish();
        if (lookback > 0) {
            std::optional<QSqlQuery> freshRange;
            QSqlQuery &range = statement(u"SELECT h.id, b.reported_at, %1, %2 FROM hospital h CROSS JOIN bed_report b"
                                         " WHERE b.hospital_id = h.id AND h.id IN (%3) AND b.reported_at > ? AND b.reported_at <= ?"_s
                                             .arg(freeColumn, totalColumn, filter),
                                         freshRange);
            range.bindValue(0, edge);
            range.bindValue(1, at);
            if (exec(range))
                add(range);
            range.finish();
        }
        for (Series &s : out)
            std::sort(s.begin(), s.end(), [](const Point &a, const Point &b) { return a.t < b.t; });
        return out;
    }

    // A day's figure counts from the start of that local day: the panel shows the day's figures
    // on that day, and so do the alerts.
    QHash<qint64, Series> epidemicSeries(const QString &indicator, const QSet<qint64> &ids, qint64 at, qint64 lookback)
    {
        QHash<qint64, Series> out;
        if (!epidemic) {
            QString error;
            epidemic = EpidemicSeries::loadAll(db, &error);
            ++statements;
            if (!error.isEmpty())
                qCWarning(lcAlerts).noquote() << "epidemic figures for alerts:" << error;
        }
        static const QHash<QString, EpidemicIndicator> map = {{u"epidemic.incidence7"_s, EpidemicIndicator::Incidence7},
                                                              {u"epidemic.incidence14"_s, EpidemicIndicator::Incidence14},
                                                              {u"epidemic.cases7Average"_s, EpidemicIndicator::CasesAverage7},
                                                              {u"epidemic.positivity"_s, EpidemicIndicator::Positivity7}};
        const EpidemicIndicator which = map.value(indicator, EpidemicIndicator::Incidence7);
        const QDate lastDay = QDateTime::fromSecsSinceEpoch(at, zone).date();
        const QDate firstDay = QDateTime::fromSecsSinceEpoch(at - lookback, zone).date().addDays(-1);
        for (qint64 id : ids) {
            const auto it = epidemic->constFind(id);
            if (it == epidemic->constEnd() || !it->isValid())
                continue;
            Series s;
            const QList<DayValue> &values = it->values(which);
            const QDate from = std::max(firstDay, it->firstDay());
            const QDate to = std::min(lastDay, it->lastDay());
            // The anchor may lie before the window's first day when the days just before it were
            // not reported: look back a little further for it.
            QDate day = from;
            for (int back = 0; back < 14; ++back) {
                const int i = it->indexOf(day);
                if (i >= 0 && values[i].usable())
                    break;
                if (day <= it->firstDay())
                    break;
                day = day.addDays(-1);
            }
            for (; day.isValid() && day <= to; day = day.addDays(1)) {
                const int i = it->indexOf(day);
                if (i < 0 || !values[i].usable())
                    continue;
                const qint64 t = QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
                if (t <= at)
                    s.append({t, *values[i].value});
            }
            if (!s.isEmpty())
                out.insert(id, s);
        }
        return out;
    }

    // Anomaly: the points of each subject in [slot, slot + 1 h), cached while the evaluations stay
    // in the same hour (past hours do not change). Slots of other hours are dropped first, so the
    // cache holds `weeks` hours of the watched subjects, not a growing history.
    void fillHourPoints(Source source, const QList<qint64> &hours, const QSet<qint64> &wanted)
    {
        auto &cache = hourPoints[size_t(source)];
        for (auto it = cache.begin(); it != cache.end();) {
            if (hours.contains(it.key()))
                ++it;
            else
                it = cache.erase(it);
        }
        for (qint64 slot : hours) {
            QHash<qint64, Series> &slotPoints = cache[slot];
            QSet<qint64> missing;
            for (qint64 id : wanted) {
                if (!slotPoints.contains(id))
                    missing.insert(id);
            }
            if (missing.isEmpty())
                continue;
            const qint64 end = QDateTime::fromSecsSinceEpoch(slot, zone).addSecs(3600).toSecsSinceEpoch();
            QSet<qint64> sensors;
            if (source == Source::Observation) {
                sensors = missing;
            } else {
                for (qint64 site : std::as_const(missing)) {
                    for (qint64 sensor : siteSensors.value(site))
                        sensors.insert(sensor);
                }
            }
            QHash<qint64, Series> raw;
            if (!sensors.isEmpty()) {
                // sensor as the outer loop: each sensor is one range of observation's primary key.
                std::optional<QSqlQuery> fresh;
                QSqlQuery &q = statement(u"SELECT o.sensor_id, o.observed_at, o.value FROM sensor s CROSS JOIN observation o"
                                         " WHERE s.id IN (%1) AND o.sensor_id = s.id AND o.observed_at >= ? AND o.observed_at < ?"_s
                                             .arg(idList(sensors)),
                                         fresh);
                q.bindValue(0, slot);
                q.bindValue(1, end);
                q.setForwardOnly(true);
                if (exec(q)) {
                    while (q.next())
                        raw[q.value(0).toLongLong()].append({q.value(1).toLongLong(), q.value(2).toDouble()});
                }
                q.finish();
            }
            for (qint64 id : std::as_const(missing)) {
                Series points;
                if (source == Source::Observation) {
                    points = raw.value(id);
                    std::sort(points.begin(), points.end(), [](const Point &a, const Point &b) { return a.t < b.t; });
                } else if (const auto it = sites.constFind(id); it != sites.constEnd()) {
                    points = siteSeries(*it, siteSensors.value(id), raw);
                }
                slotPoints.insert(id, points); // empty: nothing reported in that hour
            }
        }
    }

    // --- words ----------------------------------------------------------------------------

    QString formatValue(double v, const QString &unit) const
    {
        const double a = std::abs(v);
        const int decimals = a == std::round(a) || a >= 100 ? 0 : a >= 10 ? 1 : 2;
        const QString number = QLocale().toString(v, 'f', decimals);
        return unit.isEmpty() ? number : AlertEvaluator::tr("%1 %2", "a value and its unit").arg(number, unit);
    }

    static QString indicatorName(const Rule &rule, const Subject &s)
    {
        const QString &i = rule.indicator;
        if (i == "occupancy"_L1)
            return AlertEvaluator::tr("Occupancy");
        if (i == "hospital.icuFree"_L1 || i == "hospital.icuFreePercent"_L1)
            return AlertEvaluator::tr("Free ICU beds");
        if (i == "hospital.generalFree"_L1 || i == "hospital.generalFreePercent"_L1)
            return AlertEvaluator::tr("Free general beds");
        if (i == "epidemic.incidence7"_L1)
            return AlertEvaluator::tr("7-day incidence");
        if (i == "epidemic.incidence14"_L1)
            return AlertEvaluator::tr("14-day incidence");
        if (i == "epidemic.cases7Average"_L1)
            return AlertEvaluator::tr("Daily cases (7-day average)");
        if (i == "epidemic.positivity"_L1)
            return AlertEvaluator::tr("Test positivity (7 days)");
        if (s.type == "people_count"_L1)
            return AlertEvaluator::tr("People count");
        if (s.type == "occupied_spots"_L1)
            return AlertEvaluator::tr("Occupied parking spots");
        if (s.type == "occupancy_rate"_L1)
            return AlertEvaluator::tr("Occupancy rate");
        if (s.type == "occupancy_level"_L1)
            return AlertEvaluator::tr("Occupancy level");
        return AlertEvaluator::tr("Reading (%1)").arg(s.type);
    }

    static QString unitOf(const Rule &rule, const Subject &s)
    {
        const QString &i = rule.indicator;
        if (i == "occupancy"_L1 || i.endsWith("Percent"_L1) || i == "epidemic.positivity"_L1)
            return u"%"_s;
        if (i == "hospital.icuFree"_L1 || i == "hospital.generalFree"_L1)
            return AlertEvaluator::tr("beds");
        if (i == "epidemic.incidence7"_L1 || i == "epidemic.incidence14"_L1)
            return AlertEvaluator::tr("per 100,000");
        if (i == "epidemic.cases7Average"_L1)
            return AlertEvaluator::tr("cases");
        return s.unit;
    }

    static QString duration(qint64 seconds)
    {
        const qint64 minutes = seconds / 60;
        if (minutes < 60)
            return AlertEvaluator::tr("%1 min").arg(minutes);
        if (minutes < 48 * 60)
            return minutes % 60 ? AlertEvaluator::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                                : AlertEvaluator::tr("%1 h").arg(minutes / 60);
        // Whole days read as such ("3 days", not "3.0 days"); otherwise one decimal.
        const double days = double(minutes) / 1440.0;
        return AlertEvaluator::tr("%1 days").arg(QLocale().toString(days, 'f', minutes % 1440 == 0 ? 0 : 1));
    }

    AlertRecord baseRecord(const Rule &rule, const Subject &s, qint64 at) const
    {
        AlertRecord r;
        r.ruleId = rule.id;
        r.ruleName = rule.name;
        r.severity = rule.severity;
        r.subjectKey = s.key;
        r.subjectName = s.name;
        r.lat = s.lat;
        r.lon = s.lon;
        r.raisedAt = QDateTime::fromSecsSinceEpoch(at, QTimeZone::UTC);
        return r;
    }

    // --- rules ------------------------------------------------------------------------------

    void evaluateSubject(const Rule &rule, const Subject &s, const Series &series, qint64 at, const QHash<QString, qint64> &open,
                         QList<Decision> *out)
    {
        const QString key = episodeKey(rule.id, s.key);
        const auto openIt = open.constFind(key);
        const bool isOpen = openIt != open.constEnd();
        const Point *last = atOrBefore(series, at);
        const bool above = rule.direction == Direction::Above;
        const QString unit = unitOf(rule, s);
        const QString what = indicatorName(rule, s);
        auto resolve = [&](std::optional<double> value) {
            Decision d;
            d.kind = Decision::Kind::Resolve;
            d.episodeKey = key;
            d.alertId = *openIt;
            d.value = value;
            out->append(d);
        };
        auto raise = [&](AlertRecord record) {
            Decision d;
            d.kind = Decision::Kind::Raise;
            d.episodeKey = key;
            d.record = std::move(record);
            out->append(d);
        };

        switch (rule.type) {
        case RuleType::Threshold:
        case RuleType::Geofence: {
            if (!last)
                return;
            const auto past = [&](double v) { return above ? v > rule.limit : v < rule.limit; };
            if (isOpen) {
                const double clear = rule.clearAt.value_or(rule.limit);
                if (above ? last->v < clear : last->v > clear)
                    resolve(last->v);
                return;
            }
            if (!past(last->v))
                return;
            const qint64 need = qint64(rule.forMinutes) * 60;
            if (need > 0) {
                const Point *anchor = atOrBefore(series, at - need);
                if (!anchor || !past(anchor->v))
                    return;
                for (const Point *p = anchor + 1; p <= last; ++p) {
                    if (!past(p->v))
                        return;
                }
            }
            // Since when the line has been crossed, as far as the points read show.
            const Point *first = last;
            while (first > series.constData() && past((first - 1)->v))
                --first;
            AlertRecord r = baseRecord(rule, s, at);
            r.value = last->v;
            r.threshold = rule.limit;
            const QString value = formatValue(last->v, unit), limit = formatValue(rule.limit, unit);
            QString place = s.name;
            if (rule.type == RuleType::Geofence) {
                const QString area = rule.regionCode.isEmpty() ? AlertEvaluator::tr("the area of \u201c%1\u201d").arg(rule.name)
                                                                : AlertEvaluator::tr("region %1").arg(rule.regionCode);
                place = AlertEvaluator::tr("%1 (in %2)").arg(s.name, area);
            }
            // The run may begin before the points read: then it is "at least" that long.
            const bool atLeast = first == series.constData();
            if (need > 0 && atLeast)
                r.message = above ? AlertEvaluator::tr("%1 at %2 is %3, above %4 for at least %5.").arg(what, place, value, limit, duration(at - first->t))
                                  : AlertEvaluator::tr("%1 at %2 is %3, below %4 for at least %5.").arg(what, place, value, limit, duration(at - first->t));
            else if (need > 0)
                r.message = above ? AlertEvaluator::tr("%1 at %2 is %3, above %4 for %5.").arg(what, place, value, limit, duration(at - first->t))
                                  : AlertEvaluator::tr("%1 at %2 is %3, below %4 for %5.").arg(what, place, value, limit, duration(at - first->t));
            else
                r.message = above ? AlertEvaluator::tr("%1 at %2 is %3, above %4.").arg(what, place, value, limit)
                                  : AlertEvaluator::tr("%1 at %2 is %3, below %4.").arg(what, place, value, limit);
            QJsonObject details{{u"value"_s, last->v},
                                {u"readingAt"_s, isoUtc(last->t)},
                                {u"limit"_s, rule.limit},
                                {u"direction"_s, directionKey(rule.direction)},
                                {u"clearAt"_s, rule.clearAt.value_or(rule.limit)},
                                {u"forMinutes"_s, rule.forMinutes},
                                {u"pastLineSince"_s, isoUtc(first->t)},
                                {u"unit"_s, unit}};
            if (rule.type == RuleType::Geofence) {
                if (!rule.regionCode.isEmpty())
                    details.insert(u"regionCode"_s, rule.regionCode);
                else
                    details.insert(u"areaPoints"_s, int(rule.area.size()));
            }
            r.details = compact(details);
            raise(r);
            return;
        }
        case RuleType::RateOfChange: {
            if (!last)
                return;
            const qint64 window = qint64(rule.windowMinutes) * 60;
            const Point *base = atOrBefore(series, at - window);
            if (!base)
                return;
            const double delta = last->v - base->v;
            std::optional<double> measure = delta;
            if (rule.changeInPercent)
                measure = base->v != 0 ? std::optional<double>(100.0 * delta / std::abs(base->v)) : std::nullopt;
            if (!measure)
                return;
            const bool fires = above ? *measure >= rule.change : *measure <= -rule.change;
            if (isOpen) {
                if (!fires)
                    resolve(last->v);
                return;
            }
            if (!fires)
                return;
            AlertRecord r = baseRecord(rule, s, at);
            r.value = last->v;
            r.threshold = base->v + (above ? 1 : -1) * (rule.changeInPercent ? std::abs(base->v) * rule.change / 100.0 : rule.change);
            const QString by = rule.changeInPercent ? formatValue(std::abs(*measure), u"%"_s) : formatValue(std::abs(delta), unit);
            r.message = delta >= 0 ? AlertEvaluator::tr("%1 at %2 rose by %3 in %4, from %5 to %6.")
                                         .arg(what, s.name, by, duration(window), formatValue(base->v, unit), formatValue(last->v, unit))
                                   : AlertEvaluator::tr("%1 at %2 fell by %3 in %4, from %5 to %6.")
                                         .arg(what, s.name, by, duration(window), formatValue(base->v, unit), formatValue(last->v, unit));
            r.details = compact(QJsonObject{{u"from"_s, base->v},
                                            {u"fromAt"_s, isoUtc(base->t)},
                                            {u"to"_s, last->v},
                                            {u"toAt"_s, isoUtc(last->t)},
                                            {u"change"_s, *measure},
                                            {u"changeInPercent"_s, rule.changeInPercent},
                                            {u"limit"_s, rule.change},
                                            {u"windowMinutes"_s, rule.windowMinutes},
                                            {u"unit"_s, unit}});
            raise(r);
            return;
        }
        case RuleType::Frozen: {
            // A subject that never reported is not frozen: there is nothing that stopped.
            if (!last)
                return;
            const qint64 silent = at - last->t;
            const bool frozen = silent > qint64(rule.frozenMinutes) * 60;
            if (isOpen) {
                if (!frozen)
                    resolve(double(silent) / 60.0);
                return;
            }
            if (!frozen)
                return;
            AlertRecord r = baseRecord(rule, s, at);
            r.value = double(silent) / 60.0;
            r.threshold = rule.frozenMinutes;
            r.message = AlertEvaluator::tr("No data from %1 for %2 (more than %3); the last reading was at %4 UTC.")
                            .arg(s.name, duration(silent), duration(qint64(rule.frozenMinutes) * 60),
                                 QDateTime::fromSecsSinceEpoch(last->t, QTimeZone::UTC).toString(u"yyyy-MM-dd HH:mm"_s));
            r.details = compact(QJsonObject{{u"lastReadingAt"_s, isoUtc(last->t)},
                                            {u"lastValue"_s, last->v},
                                            {u"silentMinutes"_s, double(silent) / 60.0},
                                            {u"frozenMinutes"_s, rule.frozenMinutes}});
            raise(r);
            return;
        }
        case RuleType::Anomaly:
            return; // evaluateAnomaly() has the week-hour means
        }
    }

    void evaluateAnomaly(const Rule &rule, Source source, const Subject &s, const Series &series, qint64 at, qint64 hourStart,
                         const QList<qint64> &hourSlots, const QHash<QString, qint64> &open, QList<Decision> *out)
    {
        const QString key = episodeKey(rule.id, s.key);
        const auto openIt = open.constFind(key);
        const bool isOpen = openIt != open.constEnd();
        const QDateTime localAt = QDateTime::fromSecsSinceEpoch(at, zone);
        // The minutes of the hour so far; past weeks are read over the same minutes of their hour,
        // so a count that climbs within the hour is compared with the same climb.
        const qint64 elapsed = at - hourStart;
        const std::optional<double> x = hourMean(series, hourStart, hourStart + elapsed);
        // Too few readings this hour for a verdict: an open episode stays as it is.
        if (!x)
            return;
        QList<double> means;
        QJsonArray weekMeans;
        const auto &cache = hourPoints[size_t(source)];
        for (qsizetype k = 0; k < std::min<qsizetype>(rule.weeks, hourSlots.size()); ++k) {
            const qint64 slot = hourSlots[k];
            const std::optional<double> m = hourMean(cache.value(slot).value(s.id), slot, slot + elapsed);
            weekMeans.append(m ? QJsonValue(*m) : QJsonValue());
            if (m)
                means.append(*m);
        }
        if (means.size() < rule.minSamples)
            return;
        const double med = median(means);
        QList<double> deviations;
        for (double m : std::as_const(means))
            deviations.append(std::abs(m - med));
        const double mad = median(deviations);
        // When more than half the weeks agree exactly (a counter at 0 every night) the MAD is 0
        // and says nothing of the spread; the mean absolute deviation scaled to the same normal
        // standard deviation (1.2533) takes its place, as in the usual modified z-score. Only a
        // history without any spread makes every difference infinitely unusual.
        double spread = 1.4826 * mad;
        if (spread == 0) {
            double sum = 0;
            for (double dev : std::as_const(deviations))
                sum += dev;
            spread = 1.2533 * sum / double(deviations.size());
        }
        // A MAD of eight weekly means is itself a noisy estimate, and now and then five of them
        // agree by chance far more closely than readings can: the spread of a mean of n readings
        // is never below the readings' own noise over sqrt(n). That noise comes from successive
        // differences within the past weeks' hours (MAD of the differences / sqrt 2), robust to a
        // crowd that builds up within the hour.
        const qsizetype n = readingsIn(series, hourStart, at);
        QList<double> steps;
        for (qsizetype k = 0; k < std::min<qsizetype>(rule.weeks, hourSlots.size()); ++k) {
            const Series points = cache.value(hourSlots[k]).value(s.id);
            for (qsizetype i = 1; i < points.size(); ++i)
                steps.append(std::abs(points[i].v - points[i - 1].v));
        }
        const double readingNoise = steps.size() >= kMinNoiseSteps ? 1.4826 * median(steps) / std::sqrt(2.0) : 0.0;
        const double noiseFloor = readingNoise / std::sqrt(double(n));
        spread = std::max(spread, noiseFloor);
        double z = 0;
        if (spread > 0)
            z = (*x - med) / spread;
        else if (*x != med)
            z = *x > med ? std::numeric_limits<double>::infinity() : -std::numeric_limits<double>::infinity();
        const bool above = rule.direction == Direction::Above;
        const bool fires = above ? z >= rule.zScore : z <= -rule.zScore;
        if (isOpen) {
            if (!fires) {
                Decision d;
                d.kind = Decision::Kind::Resolve;
                d.episodeKey = key;
                d.alertId = *openIt;
                d.value = *x;
                out->append(d);
            }
            return;
        }
        if (!fires)
            return;
        const QString unit = unitOf(rule, s);
        AlertRecord r = baseRecord(rule, s, at);
        r.value = *x;
        r.threshold = med + (above ? 1 : -1) * rule.zScore * spread;
        const QString day = QLocale().dayName(localAt.date().dayOfWeek());
        const QString hour = u"%1:00"_s.arg(localAt.time().hour(), 2, 10, QChar(u'0'));
        const QString zText = std::isfinite(z) ? QLocale().toString(z, 'f', 1) : AlertEvaluator::tr("beyond measure (no spread)");
        r.message = above ? AlertEvaluator::tr("%1 at %2 is %3, unusually high for a %4 at %5 (usual %6, z = %7).")
                                .arg(indicatorName(rule, s), s.name, formatValue(*x, unit), day, hour, formatValue(med, unit), zText)
                          : AlertEvaluator::tr("%1 at %2 is %3, unusually low for a %4 at %5 (usual %6, z = %7).")
                                .arg(indicatorName(rule, s), s.name, formatValue(*x, unit), day, hour, formatValue(med, unit), zText);
        r.details = compact(QJsonObject{{u"value"_s, *x},
                                        {u"readingAt"_s, isoUtc(atOrBefore(series, at)->t)},
                                        {u"from"_s, isoUtc(hourStart)},
                                        {u"readings"_s, int(readingsIn(series, hourStart, at))},
                                        {u"median"_s, med},
                                        {u"mad"_s, mad},
                                        {u"spread"_s, spread},
                                        {u"noiseFloor"_s, noiseFloor},
                                        {u"z"_s, std::isfinite(z) ? QJsonValue(z) : QJsonValue(z > 0 ? u"inf"_s : u"-inf"_s)},
                                        {u"zScore"_s, rule.zScore},
                                        {u"samples"_s, int(means.size())},
                                        {u"weekMeans"_s, weekMeans},
                                        {u"unit"_s, unit}});
        out->append({Decision::Kind::Raise, key, r, 0, std::nullopt});
    }
};

AlertEvaluator::AlertEvaluator(Database &db)
    : d(std::make_unique<Private>(db))
{
}

AlertEvaluator::~AlertEvaluator() = default;

bool AlertEvaluator::readsSensors(const Rule &rule)
{
    const Source s = sourceOf(rule.indicator);
    return s == Source::Observation || s == Source::Occupancy;
}

bool AlertEvaluator::timeDependent(const Rule &rule)
{
    return rule.type == RuleType::Frozen || rule.type == RuleType::Anomaly || rule.forMinutes > 0 || !readsSensors(rule);
}

void AlertEvaluator::invalidate()
{
    d->loaded = false;
    d->epidemic.reset();
    d->regionShapes.clear();
    d->matches.clear();
    for (auto &cache : d->hourPoints)
        cache.clear();
}

qint64 AlertEvaluator::statementsRun() const
{
    return d->statements;
}

void AlertEvaluator::setKeepsStatements(bool keep)
{
    d->keepStatements = keep;
    if (!keep)
        d->kept.clear();
}

QList<Decision> AlertEvaluator::evaluate(const QList<Rule> &rules, qint64 at, const QHash<QString, qint64> &open,
                                         const std::optional<QSet<qint64>> &sensorIds)
{
    QList<Decision> out;
    d->load();
    // A batch from a sensor the caches do not know yet (a feed registered it): read them again.
    if (sensorIds) {
        for (qint64 id : *sensorIds) {
            if (!d->indexOf[size_t(Source::Observation)].contains(id)) {
                const auto epidemic = std::move(d->epidemic);
                invalidate();
                d->epidemic = epidemic;
                d->load();
                break;
            }
        }
    }

    // Which rules and subjects this evaluation covers, and how far back each source must read.
    struct Work {
        const Rule *rule;
        Source source;
        QList<qsizetype> subjects; // indices into d->subjects[source]
    };
    QList<Work> work;
    // Anomalies read the current local hour up to `at`.
    const QDateTime localAt = QDateTime::fromSecsSinceEpoch(at, d->zone);
    const qint64 hourStart = QDateTime(localAt.date(), QTime(localAt.time().hour(), 0), d->zone).toSecsSinceEpoch();
    std::array<QSet<qint64>, kSources> wanted;
    std::array<qint64, kSources> lookback{};
    std::array<QSet<qint64>, 2> anomalyWanted;
    std::array<int, 2> anomalyWeeks{};
    QSet<qint64> scopeSites;
    if (sensorIds) {
        for (qint64 id : *sensorIds) {
            const qsizetype i = d->indexOf[size_t(Source::Observation)].value(id, -1);
            if (i >= 0 && d->subjects[size_t(Source::Observation)][i].siteId && d->sensorMeasure.contains(id))
                scopeSites.insert(d->subjects[size_t(Source::Observation)][i].siteId);
        }
    }
    for (const Rule &rule : rules) {
        if (!rule.enabled)
            continue;
        const Source source = sourceOf(rule.indicator);
        if (sensorIds && source != Source::Observation && source != Source::Occupancy)
            continue;
        const QList<qsizetype> &all = d->matching(rule);
        Work w{&rule, source, {}};
        const QList<Subject> &subjects = d->subjects[size_t(source)];
        if (sensorIds) {
            const QSet<qint64> &scope = source == Source::Observation ? *sensorIds : scopeSites;
            if (scope.size() < all.size()) {
                const QHash<qint64, qsizetype> &index = d->indexOf[size_t(source)];
                // Only the scope's subjects that the rule matches, in the rule's order.
                QSet<qsizetype> inScope;
                for (qint64 id : scope) {
                    const qsizetype i = index.value(id, -1);
                    if (i >= 0)
                        inScope.insert(i);
                }
                for (qsizetype i : all) {
                    if (inScope.contains(i))
                        w.subjects.append(i);
                }
            } else {
                for (qsizetype i : all) {
                    if (scope.contains(subjects[i].id))
                        w.subjects.append(i);
                }
            }
        } else {
            w.subjects = all;
        }
        if (w.subjects.isEmpty())
            continue;
        for (qsizetype i : std::as_const(w.subjects))
            wanted[size_t(source)].insert(subjects[i].id);
        lookback[size_t(source)] = std::max(lookback[size_t(source)], rule.type == RuleType::Anomaly ? at - hourStart : lookbackOf(rule));
        if (rule.type == RuleType::Anomaly) {
            for (qsizetype i : std::as_const(w.subjects))
                anomalyWanted[size_t(source)].insert(subjects[i].id);
            anomalyWeeks[size_t(source)] = std::max(anomalyWeeks[size_t(source)], rule.weeks);
        }
        work.append(std::move(w));
    }
    if (work.isEmpty())
        return out;

    // One read per source for every rule of this evaluation. Epidemic and hospital series are
    // per indicator (each indicator is its own column or computation).
    std::array<QHash<qint64, Series>, kSources> series;
    const bool everySensor = !sensorIds && wanted[0].size() == d->subjects[0].size();
    series[size_t(Source::Observation)] = d->readings(everySensor ? std::nullopt : std::optional<QSet<qint64>>(wanted[0]), at,
                                                      lookback[0]);
    series[size_t(Source::Occupancy)] = d->occupancySeries(wanted[1], at, lookback[1]);
    QHash<QString, QHash<qint64, Series>> perIndicator;
    for (const Work &w : std::as_const(work)) {
        if ((w.source == Source::Hospital || w.source == Source::Epidemic) && !perIndicator.contains(w.rule->indicator)) {
            perIndicator.insert(w.rule->indicator,
                                w.source == Source::Hospital
                                    ? d->hospitalSeries(w.rule->indicator, wanted[size_t(w.source)], at, lookback[size_t(w.source)])
                                    : d->epidemicSeries(w.rule->indicator, wanted[size_t(w.source)], at, lookback[size_t(w.source)]));
        }
    }

    // Anomaly: the same local weekday and hour in each of the previous weeks.
    std::array<QList<qint64>, 2> hourSlots;
    for (int src = 0; src < 2; ++src) {
        for (int k = 1; k <= anomalyWeeks[size_t(src)]; ++k)
            hourSlots[size_t(src)].append(
                QDateTime(localAt.date().addDays(-7 * k), QTime(localAt.time().hour(), 0), d->zone).toSecsSinceEpoch());
        if (!anomalyWanted[size_t(src)].isEmpty())
            d->fillHourPoints(Source(src), hourSlots[size_t(src)], anomalyWanted[size_t(src)]);
    }

    static const Series empty;
    for (const Work &w : std::as_const(work)) {
        const QHash<qint64, Series> &bySubject = (w.source == Source::Hospital || w.source == Source::Epidemic)
                                                     ? perIndicator[w.rule->indicator]
                                                     : series[size_t(w.source)];
        const QList<Subject> &subjects = d->subjects[size_t(w.source)];
        for (qsizetype i : w.subjects) {
            const Subject &s = subjects[i];
            const auto it = bySubject.constFind(s.id);
            const Series &points = it == bySubject.constEnd() ? empty : *it;
            if (w.rule->type == RuleType::Anomaly)
                d->evaluateAnomaly(*w.rule, w.source, s, points, at, hourStart, hourSlots[size_t(w.source)], open, &out);
            else
                d->evaluateSubject(*w.rule, s, points, at, open, &out);
        }
    }
    return out;
}

Applied applyDecisions(AlertStore &store, const QList<Decision> &decisions, qint64 at, QHash<QString, qint64> *open)
{
    Applied out;
    const QDateTime when = QDateTime::fromSecsSinceEpoch(at, QTimeZone::UTC);
    for (const Decision &d : decisions) {
        if (d.kind == Decision::Kind::Raise) {
            if (open->contains(d.episodeKey))
                continue;
            AlertRecord r = d.record;
            r.id = store.raise(r);
            if (r.id == 0)
                continue;
            open->insert(d.episodeKey, r.id);
            out.raised.append(r);
        } else if (store.resolve(d.alertId, when, d.value)) {
            open->remove(d.episodeKey);
            out.resolved.append(d.alertId);
        }
    }
    return out;
}

BackfillResult backfill(Database &db, const QList<Rule> &rules, qint64 from, qint64 to, qint64 stepSeconds, bool ownTransaction)
{
    BackfillResult result;
    if (stepSeconds <= 0 || to < from)
        return result;
    auto run = [&] {
        AlertStore store(db);
        AlertEvaluator evaluator(db);
        // Thousands of evaluations with the same statements, on a connection that outlives them.
        evaluator.setKeepsStatements(true);
        QHash<QString, qint64> open = store.openEpisodes();
        for (qint64 t = from; t <= to; t += stepSeconds) {
            const Applied applied = applyDecisions(store, evaluator.evaluate(rules, t, open), t, &open);
            result.raised += int(applied.raised.size());
            result.resolved += int(applied.resolved.size());
            ++result.steps;
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    result.ok = ownTransaction ? db.inTransaction(run) : run();
    qCInfo(lcAlerts) << "backfilled" << result.steps << "steps:" << result.raised << "raised," << result.resolved << "resolved in"
                     << timer.elapsed() << "ms,"
                     << (std::clock() - cpu) * 1000 / CLOCKS_PER_SEC << "ms CPU";
    return result;
}

} // namespace atalaya::alerts
