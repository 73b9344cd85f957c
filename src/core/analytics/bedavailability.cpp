#include "bedavailability.h"

#include "analytics/headlinefigures.h"
#include "logging.h"
#include "store/database.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace atalaya {

namespace {

constexpr qint64 kDaySeconds = 86400;
// The schema's default cadence; a hospital row with a nonsensical cadence (0 or negative)
// falls back to it rather than making every report instantly stale.
constexpr qint64 kDefaultCadenceSeconds = kDaySeconds;

QDateTime fromEpoch(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC);
}

std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

std::optional<qint64> optionalLong(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Counts that contradict themselves (negative, or more free beds than beds) give no occupancy:
// clamping would invent a figure the source never reported.
template<typename T>
std::optional<double> occupancyFromCounts(std::optional<T> free, std::optional<T> total)
{
    if (!free || !total || *total <= 0 || *free < 0 || *free > *total)
        return std::nullopt;
    return double(*total - *free) / double(*total);
}

// Folds case and strips accents so "CRÍTICA", "crítica" and "Critica" are one word; the
// inverted marks of Spanish ("¡", "¿") only appear inside spreadsheet errors, handled apart.
QString foldForMatching(const QString &text)
{
    const QString decomposed = text.simplified().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

const QHash<QString, AvailabilityLevel> &levelWords()
{
    using L = AvailabilityLevel;
    // Keys are already folded (lower case, no accents). Words seen in Mexico City's, Spanish,
    // Portuguese and Brazilian hospital-availability publications, plus English and our own keys.
    // "Alto"/"bajo" are left out on purpose: sources use them for occupancy as often as for
    // availability, so guessing would invert the meaning half the time.
    static const QHash<QString, L> words = {
        // no data
        {QStringLiteral(""), L::NoData},
        {QStringLiteral("sin dato"), L::NoData},
        {QStringLiteral("sin datos"), L::NoData},
        {QStringLiteral("sin informacion"), L::NoData},
        {QStringLiteral("n/d"), L::NoData},
        {QStringLiteral("nd"), L::NoData},
        {QStringLiteral("s/d"), L::NoData},
        {QStringLiteral("na"), L::NoData},
        {QStringLiteral("n/a"), L::NoData},
        {QStringLiteral("-"), L::NoData},
        {QStringLiteral("--"), L::NoData},
        {QStringLiteral("sem dados"), L::NoData},
        {QStringLiteral("sem dado"), L::NoData},
        {QStringLiteral("sem informacao"), L::NoData},
        {QStringLiteral("no data"), L::NoData},
        {QStringLiteral("nodata"), L::NoData},
        // high availability
        {QStringLiteral("buena"), L::High},
        {QStringLiteral("bueno"), L::High},
        {QStringLiteral("alta disponibilidad"), L::High},
        {QStringLiteral("alta"), L::High},
        {QStringLiteral("disponible"), L::High},
        {QStringLiteral("boa"), L::High},
        {QStringLiteral("alta disponibilidade"), L::High},
        {QStringLiteral("disponivel"), L::High},
        {QStringLiteral("good"), L::High},
        {QStringLiteral("high"), L::High},
        {QStringLiteral("high availability"), L::High},
        {QStringLiteral("available"), L::High},
        // medium
        {QStringLiteral("media"), L::Medium},
        {QStringLiteral("medio"), L::Medium},
        {QStringLiteral("media disponibilidad"), L::Medium},
        {QStringLiteral("disponibilidad media"), L::Medium},
        {QStringLiteral("moderada"), L::Medium},
        {QStringLiteral("moderado"), L::Medium},
        {QStringLiteral("regular"), L::Medium},
        {QStringLiteral("medium"), L::Medium},
        {QStringLiteral("moderate"), L::Medium},
        // low availability
        {QStringLiteral("critica"), L::Low},
        {QStringLiteral("critico"), L::Low},
        {QStringLiteral("baja"), L::Low},
        {QStringLiteral("baja disponibilidad"), L::Low},
        {QStringLiteral("saturado"), L::Low},
        {QStringLiteral("saturada"), L::Low},
        {QStringLiteral("sin disponibilidad"), L::Low},
        {QStringLiteral("no disponible"), L::Low},
        {QStringLiteral("lleno"), L::Low},
        {QStringLiteral("llena"), L::Low},
        {QStringLiteral("cheio"), L::Low},
        {QStringLiteral("cheia"), L::Low},
        {QStringLiteral("lotado"), L::Low},
        {QStringLiteral("lotada"), L::Low},
        {QStringLiteral("sem disponibilidade"), L::Low},
        {QStringLiteral("critical"), L::Low},
        {QStringLiteral("full"), L::Low},
        {QStringLiteral("low"), L::Low},
    };
    return words;
}

AvailabilityLevel levelFor(const std::optional<double> &occupancy, const std::optional<AvailabilityLevel> &reported,
                           const AvailabilityThresholds &thresholds)
{
    if (occupancy)
        return classifyOccupancy(*occupancy, thresholds);
    return reported.value_or(AvailabilityLevel::NoData);
}

} // namespace

AvailabilityLevel classifyOccupancy(double occupancy, const AvailabilityThresholds &thresholds)
{
    // Invalid cut-offs (from a hand-edited setting) fall back to Mexico City's rule rather than
    // colouring every hospital the same; hospitalStatusesAt() logs them once per call.
    const AvailabilityThresholds t = thresholds.isValid() ? thresholds : AvailabilityThresholds{};
    if (!std::isfinite(occupancy))
        return AvailabilityLevel::NoData;
    if (occupancy > t.lowAbove)
        return AvailabilityLevel::Low;
    if (occupancy >= t.mediumFrom)
        return AvailabilityLevel::Medium;
    return AvailabilityLevel::High;
}

std::optional<AvailabilityLevel> parseReportedLevel(const QString &text)
{
    const QString trimmed = text.trimmed();
    // Spreadsheet errors (#DIV/0!, #¡DIV/0!, #N/A, #VALUE!, #¡VALOR!, #REF!, #NAME? ...) all
    // start with '#' in every locale: a formula that failed, so nothing was reported.
    if (trimmed.startsWith(QLatin1Char('#')))
        return AvailabilityLevel::NoData;
    const auto it = levelWords().constFind(foldForMatching(trimmed));
    if (it == levelWords().cend())
        return std::nullopt;
    return *it;
}

QString levelKey(AvailabilityLevel level)
{
    switch (level) {
    case AvailabilityLevel::High:
        return QStringLiteral("high");
    case AvailabilityLevel::Medium:
        return QStringLiteral("medium");
    case AvailabilityLevel::Low:
        return QStringLiteral("low");
    case AvailabilityLevel::NoData:
        break;
    }
    return QStringLiteral("nodata");
}

QList<HospitalStatus> hospitalStatusesAt(const Database &db, const QDateTime &at,
                                         const AvailabilityThresholds &thresholds)
{
    if (!thresholds.isValid()) {
        qCWarning(lcAnalytics, "availability thresholds %g/%g are invalid; using 0.25/0.80",
                  thresholds.mediumFrom, thresholds.lowAbove);
    }
    // An invalid cursor means "now": the live view passes no time.
    const qint64 now = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();

    // One statement: the latest report per hospital comes from the (hospital_id, reported_at)
    // primary key (MAX then an equality seek), not a scan. Hospitals sit in a neighbourhood in
    // the demo and may sit directly in a district in imported data, so the district is looked
    // for up to two levels above the hospital's own region.
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT h.id, h.name, h.institution, h.lat, h.lon, h.report_cadence_s,"
        " CASE WHEN r.level = 'district' THEN r.name WHEN p.level = 'district' THEN p.name"
        "  WHEN g.level = 'district' THEN g.name END,"
        " b.reported_at, b.general_total, b.general_free, b.icu_total, b.icu_free, b.reported_level"
        " FROM hospital h"
        " LEFT JOIN region r ON r.id = h.region_id"
        " LEFT JOIN region p ON p.id = r.parent_id"
        " LEFT JOIN region g ON g.id = p.parent_id"
        " LEFT JOIN bed_report b ON b.hospital_id = h.id AND b.reported_at ="
        "  (SELECT MAX(reported_at) FROM bed_report WHERE hospital_id = h.id AND reported_at <= ?)"
        " ORDER BY h.name, h.id"));
    query.addBindValue(now);
    QList<HospitalStatus> statuses;
    if (!Database::exec(query))
        return statuses;
    while (query.next()) {
        HospitalStatus s;
        s.hospitalId = query.value(0).toLongLong();
        s.name = query.value(1).toString();
        s.institution = query.value(2).toString();
        s.location = {query.value(3).toDouble(), query.value(4).toDouble()};
        s.district = query.value(6).toString();
        s.hasReport = !query.value(7).isNull();
        if (s.hasReport) {
            qint64 cadence = query.value(5).toLongLong();
            if (cadence <= 0)
                cadence = kDefaultCadenceSeconds;
            const qint64 reportedAt = query.value(7).toLongLong();
            s.reportedAt = fromEpoch(reportedAt);
            s.ageSeconds = now - reportedAt;
            // The same rule the Overview's ICU figure has always used: exactly cadence + grace
            // old is still current, one second more is stale.
            s.stale = s.ageSeconds > cadence + kHospitalReportGraceSeconds;
            s.generalTotal = optionalInt(query.value(8));
            s.generalFree = optionalInt(query.value(9));
            s.icuTotal = optionalInt(query.value(10));
            s.icuFree = optionalInt(query.value(11));
            s.generalOccupancy = occupancyFromCounts(s.generalFree, s.generalTotal);
            s.icuOccupancy = occupancyFromCounts(s.icuFree, s.icuTotal);

            std::optional<AvailabilityLevel> reported;
            const bool hasReportedLevel = !query.value(12).isNull();
            if (hasReportedLevel) {
                reported = parseReportedLevel(query.value(12).toString());
                if (!reported) {
                    qCWarning(lcAnalytics) << "hospital" << s.hospitalId << "has an unknown reported level"
                                           << query.value(12).toString();
                }
            }
            const bool anyCount = s.generalTotal || s.generalFree || s.icuTotal || s.icuFree;
            s.levelOnly = hasReportedLevel && !anyCount;
            // Counts win; the reported level only fills in where counts give no occupancy.
            s.generalLevel = levelFor(s.generalOccupancy, reported, thresholds);
            s.icuLevel = levelFor(s.icuOccupancy, reported, thresholds);
        }
        statuses.append(std::move(s));
    }
    return statuses;
}

BedTotals cityBedTotals(const QList<HospitalStatus> &statuses, BedType type)
{
    // Every hospital lands in exactly one bucket, so counted + stale + level-only + without
    // report is the number of hospitals. "Level-only" here means a current report with no
    // counts of this bed type (a level, or counts of the other type only).
    BedTotals totals;
    qint64 free = 0;
    qint64 total = 0;
    for (const HospitalStatus &s : statuses) {
        if (!s.hasReport) {
            ++totals.hospitalsWithoutReport;
            continue;
        }
        if (s.stale) {
            ++totals.hospitalsStale;
            continue;
        }
        const std::optional<int> f = s.freeBeds(type);
        const std::optional<int> t = s.totalBeds(type);
        if (!f || !t) {
            ++totals.hospitalsLevelOnly;
            continue;
        }
        free += *f;
        total += *t;
        ++totals.hospitalsCounted;
        if (!totals.newestReport.isValid() || s.reportedAt > totals.newestReport)
            totals.newestReport = s.reportedAt;
    }
    if (totals.hospitalsCounted > 0) {
        totals.free = free;
        totals.total = total;
    }
    return totals;
}

QList<OccupancyPoint> hospitalOccupancySeries(const Database &db, qint64 hospitalId, BedType type,
                                              const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    // Column names cannot be bound, so each bed type has its own constant statement.
    QSqlQuery query = db.prepare(type == BedType::Icu
        ? QStringLiteral("SELECT reported_at, icu_free, icu_total FROM bed_report"
                         " WHERE hospital_id = ? AND reported_at BETWEEN ? AND ? ORDER BY reported_at")
        : QStringLiteral("SELECT reported_at, general_free, general_total FROM bed_report"
                         " WHERE hospital_id = ? AND reported_at BETWEEN ? AND ? ORDER BY reported_at"));
    query.addBindValue(hospitalId);
    query.addBindValue(from.toSecsSinceEpoch());
    query.addBindValue(to.toSecsSinceEpoch());
    QList<OccupancyPoint> points;
    if (!Database::exec(query))
        return points;
    // A report without counts of this type stays in the series as a point without values, so a
    // chart breaks its line there; days with no report at all have no point (nothing invented).
    while (query.next()) {
        OccupancyPoint p;
        p.at = fromEpoch(query.value(0).toLongLong());
        p.free = optionalLong(query.value(1));
        p.total = optionalLong(query.value(2));
        p.occupancy = occupancyFromCounts(p.free, p.total);
        points.append(p);
    }
    return points;
}

QList<OccupancyPoint> cityBedSeries(const Database &db, BedType type, const QDate &from, const QDate &to)
{
    QList<OccupancyPoint> points;
    if (!from.isValid() || !to.isValid() || from > to)
        return points;
    const qint64 start = QDateTime(from, QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
    const qint64 end = QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();

    // Days are UTC days of reported_at. A hospital that reported twice in one day is counted
    // once, with its last report of that day carrying counts (NOT EXISTS a later one), so a
    // correction never doubles the city's beds. Integer division works alike in SQLite and
    // PostgreSQL.
    const QString sql = QStringLiteral(
        "SELECT b.reported_at / 86400, SUM(b.%1_free), SUM(b.%1_total) FROM bed_report b"
        " WHERE b.reported_at >= ? AND b.reported_at < ?"
        "  AND b.%1_free IS NOT NULL AND b.%1_total IS NOT NULL"
        "  AND NOT EXISTS (SELECT 1 FROM bed_report l WHERE l.hospital_id = b.hospital_id"
        "   AND l.reported_at > b.reported_at AND l.reported_at < (b.reported_at / 86400 + 1) * 86400"
        "   AND l.%1_free IS NOT NULL AND l.%1_total IS NOT NULL)"
        " GROUP BY b.reported_at / 86400 ORDER BY 1")
                              .arg(type == BedType::Icu ? QStringLiteral("icu") : QStringLiteral("general"));
    QSqlQuery query = db.prepare(sql);
    query.addBindValue(start);
    query.addBindValue(end);
    if (!Database::exec(query))
        return points;
    QHash<qint64, std::pair<qint64, qint64>> byDay;
    while (query.next())
        byDay.insert(query.value(0).toLongLong(), {query.value(1).toLongLong(), query.value(2).toLongLong()});

    // Every day of the range gets a point; a day nobody reported counts keeps empty values
    // (a gap), never a zero.
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        OccupancyPoint p;
        p.at = QDateTime(day, QTime(0, 0), QTimeZone::UTC);
        const auto it = byDay.constFind(p.at.toSecsSinceEpoch() / kDaySeconds);
        if (it != byDay.cend()) {
            p.free = it->first;
            p.total = it->second;
            p.occupancy = occupancyFromCounts(p.free, p.total);
        }
        points.append(p);
    }
    return points;
}

double estimatedTravelMinutes(double straightLineMetres)
{
    constexpr double detourFactor = 1.4;
    constexpr double metresPerMinute = 25000.0 / 60.0; // 25 km/h
    constexpr double fixedMinutes = 2.0;
    const double metres = std::isfinite(straightLineMetres) ? std::max(0.0, straightLineMetres) : 0.0;
    return metres * detourFactor / metresPerMinute + fixedMinutes;
}

QList<NearestHospital> nearestWithCapacity(const QList<HospitalStatus> &statuses, const GeoPoint &from,
                                           BedType type, int limit)
{
    QList<NearestHospital> result;
    if (limit <= 0)
        return result;

    struct Candidate {
        double distance;
        qsizetype index;
    };
    const auto before = [&statuses](const Candidate &a, const Candidate &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        const int byName = QString::compare(statuses[a.index].name, statuses[b.index].name);
        if (byName != 0)
            return byName < 0;
        return statuses[a.index].hospitalId < statuses[b.index].hospitalId;
    };

    // A bounded, sorted top-k (k is small) instead of sorting every hospital: O(n log k).
    const size_t k = size_t(std::min<qsizetype>(limit, statuses.size()));
    std::vector<Candidate> best;
    best.reserve(k + 1);
    // The great-circle distance is never less than the north-south separation alone, so once k
    // candidates are held, a hospital whose latitude difference already exceeds the worst of
    // them is skipped without the trigonometry (the micrometre margin keeps rounding from
    // dropping an exact tie, which the name decides).
    constexpr double metresPerRadian = geo::kEarthRadiusMetres;
    constexpr double degToRad = std::numbers::pi / 180.0;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const HospitalStatus &s = statuses[i];
        if (!s.hasReport || s.stale)
            continue;
        const std::optional<int> free = s.freeBeds(type);
        if (!free || *free <= 0)
            continue;
        if (best.size() == k
            && std::abs(s.location.lat - from.lat) * degToRad * metresPerRadian - 1e-6 > best.back().distance)
            continue;
        const Candidate c{geo::distanceMetres(from, s.location), i};
        if (best.size() == k && !before(c, best.back()))
            continue;
        best.insert(std::upper_bound(best.begin(), best.end(), c, before), c);
        if (best.size() > k)
            best.pop_back();
    }

    result.reserve(qsizetype(best.size()));
    for (const Candidate &c : best)
        result.append({statuses[c.index], c.distance, estimatedTravelMinutes(c.distance)});
    return result;
}

} // namespace atalaya
