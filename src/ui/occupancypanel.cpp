#include "occupancypanel.h"

#include "geo/geometry.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace atalaya {

Q_LOGGING_CATEGORY(lcOccupancyUi, "atalaya.occupancy.ui")

using occupancy::Light;

namespace {

constexpr qint64 kStaleAfterSeconds = qint64(OccupancyPanel::kStaleAfterMinutes) * 60;
/** How many alternatives the card lists. */
constexpr int kAlternatives = 3;

} // namespace

OccupancyPanel::OccupancyPanel(QObject *parent)
    : QObject(parent)
    , m_sites(new OccupancySitesModel(this))
    , m_sorted(new OccupancySitesSortModel(m_sites, this))
{
}

OccupancyPanel::~OccupancyPanel() = default;

void OccupancyPanel::setDatabase(Database *db)
{
    m_db = db;
    m_store = db ? std::make_unique<occupancy::OccupancyStore>(*db) : nullptr;
    m_profileKey.reset();
    if (!m_db) {
        m_sites->clear();
        m_counts = {};
        m_selectedId = 0;
        m_profile = {};
        m_heatmap.clear();
        m_today.clear();
        m_usual.clear();
        m_alternatives.clear();
        Q_EMIT lightsChanged();
        Q_EMIT selectedChanged();
        Q_EMIT profileChanged();
        Q_EMIT dayChanged();
        Q_EMIT alternativesChanged();
    }
}

QDateTime OccupancyPanel::cityTime(qint64 secs) const
{
    return QDateTime::fromSecsSinceEpoch(secs, m_store ? m_store->timeZone() : QTimeZone::systemTimeZone());
}

double OccupancyPanel::axisMs(qint64 secs) const
{
    // DateTimeAxis writes an instant in the machine's time zone, the weekday x hour profile is in
    // the city's: give the axis the instant whose local clock reads the city's clock, so the
    // curve, the hours of the heatmap and the readings' times agree wherever the app runs.
    const QDateTime city = cityTime(secs);
    return double(QDateTime(city.date(), city.time(), QTimeZone::LocalTime).toMSecsSinceEpoch());
}

QString OccupancyPanel::timeText(qint64 secs, bool withDate) const
{
    const QDateTime city = cityTime(secs);
    // Hours and minutes in every language: seconds say nothing about a 10-minute counter.
    const QString time = QLocale().toString(city.time(), QStringLiteral("HH:mm"));
    return withDate ? tr("%1 %2", "date, then time").arg(QLocale().toString(city.date(), QStringLiteral("d MMM")), time)
                    : time;
}

QString OccupancyPanel::atText() const
{
    return m_at.isValid() ? timeText(m_at.toSecsSinceEpoch(), true) : QString();
}

void OccupancyPanel::recompute(const QDateTime &at)
{
    if (at != m_at) {
        m_at = at;
        Q_EMIT atChanged();
    }
    if (!m_store || !m_at.isValid())
        return;
    QElapsedTimer timer;
    timer.start();
    const qint64 now = m_at.toSecsSinceEpoch();
    const QDate cursorDay = cityTime(now).date();
    m_dayStart = cursorDay.startOfDay(m_store->timeZone()).toSecsSinceEpoch();

    const QList<occupancy::Site> all = m_store->sites();
    const QList<occupancy::SiteLight> lights = m_store->lightsAt(now, kStaleAfterSeconds);
    QList<OccupancySitesModel::Row> rows;
    rows.reserve(all.size());
    m_counts = {};
    for (qsizetype i = 0; i < all.size() && i < lights.size(); ++i) {
        OccupancySitesModel::Row row{all[i], lights[i], {}};
        if (row.light.readingAt)
            row.readingText = timeText(*row.light.readingAt, cityTime(*row.light.readingAt).date() != cursorDay);
        ++m_counts[size_t(OccupancySitesModel::lightRank(row.light.light))];
        rows.append(row);
    }
    m_sites->setRows(rows);
    Q_EMIT lightsChanged();
    if (m_selectedId != 0 && !selectedRow())
        m_selectedId = 0;
    refreshSelected();
    // Runs in the UI thread on every step of the time cursor: keep an eye on what it costs.
    qCDebug(lcOccupancyUi) << "recomputed" << rows.size() << "sites at" << m_at << "in" << timer.elapsed() << "ms";
}

const OccupancySitesModel::Row *OccupancyPanel::selectedRow() const
{
    const int row = m_selectedId != 0 ? m_sites->rowOf(m_selectedId) : -1;
    return row < 0 ? nullptr : &m_sites->rows()[row];
}

void OccupancyPanel::setSelectedId(qint64 id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    if (m_selectedId != 0 && !selectedRow())
        m_selectedId = 0;
    refreshSelected();
}

void OccupancyPanel::selectNext(int step)
{
    const int n = m_sorted->rowCount();
    if (n == 0 || step == 0)
        return;
    const int row = m_sorted->rowOfSite(m_selectedId);
    const int next = row < 0 ? (step > 0 ? 0 : n - 1) : ((row + step) % n + n) % n;
    setSelectedId(m_sorted->siteIdAt(next));
}

void OccupancyPanel::refreshSelected()
{
    Q_EMIT selectedChanged();
    refreshProfile();
    refreshDay();
    refreshAlternatives();
}

QString OccupancyPanel::selectedName() const
{
    const auto *row = selectedRow();
    return row ? row->site.name : QString();
}

QString OccupancyPanel::selectedKindTitle() const
{
    const auto *row = selectedRow();
    return row ? OccupancySitesModel::kindTitle(row->site.kind) : QString();
}

QGeoCoordinate OccupancyPanel::selectedCoordinate() const
{
    const auto *row = selectedRow();
    return row ? QGeoCoordinate(row->site.lat, row->site.lon) : QGeoCoordinate();
}

QString OccupancyPanel::selectedLight() const
{
    const auto *row = selectedRow();
    return row ? OccupancySitesModel::lightKey(row->light.light) : QString();
}

QVariant OccupancyPanel::selectedOccupancyPercent() const
{
    const auto *row = selectedRow();
    return row && row->light.occupancy ? QVariant(*row->light.occupancy * 100.0) : QVariant();
}

QVariant OccupancyPanel::selectedPeople() const
{
    const auto *row = selectedRow();
    if (!row || !row->light.occupancy || row->site.capacity <= 0)
        return {};
    return qint64(std::llround(*row->light.occupancy * row->site.capacity));
}

QVariant OccupancyPanel::selectedLevel() const
{
    const auto *row = selectedRow();
    return row && row->light.level ? QVariant(*row->light.level) : QVariant();
}

int OccupancyPanel::selectedCapacity() const
{
    const auto *row = selectedRow();
    return row ? row->site.capacity : 0;
}

bool OccupancyPanel::selectedStale() const
{
    const auto *row = selectedRow();
    return row && row->light.stale;
}

QString OccupancyPanel::selectedReadingText() const
{
    const auto *row = selectedRow();
    return row ? row->readingText : QString();
}

double OccupancyPanel::selectedAmberPercent() const
{
    const auto *row = selectedRow();
    return (row ? row->site.thresholds : occupancy::Thresholds{}).amber * 100.0;
}

double OccupancyPanel::selectedRedPercent() const
{
    const auto *row = selectedRow();
    return (row ? row->site.thresholds : occupancy::Thresholds{}).red * 100.0;
}

QVariant OccupancyPanel::selectedClosedPercent() const
{
    const auto *row = selectedRow();
    const std::optional<double> closed = (row ? row->site.thresholds : occupancy::Thresholds{}).closed;
    return closed ? QVariant(*closed * 100.0) : QVariant();
}

QGeoCoordinate OccupancyPanel::coordinateOf(qint64 siteId) const
{
    const int row = m_sites->rowOf(siteId);
    return row < 0 ? QGeoCoordinate() : QGeoCoordinate(m_sites->rows()[row].site.lat, m_sites->rows()[row].site.lon);
}

// --- the typical week ---------------------------------------------------------------------------

void OccupancyPanel::setProfileWeeks(int weeks)
{
    if ((weeks != 4 && weeks != 8 && weeks != 12) || weeks == m_weeks)
        return;
    m_weeks = weeks;
    refreshProfile();
    refreshDay();
}

int OccupancyPanel::cursorWeekday() const
{
    return m_at.isValid() ? cityTime(m_at.toSecsSinceEpoch()).date().dayOfWeek() - 1 : -1;
}

int OccupancyPanel::cursorHour() const
{
    return m_at.isValid() ? cityTime(m_at.toSecsSinceEpoch()).time().hour() : -1;
}

QString OccupancyPanel::profileRangeText() const
{
    if (!m_profileKey)
        return {};
    return tr("Typical occupancy over the %n week(s) before %1", "", m_weeks)
        .arg(QLocale().toString(cityTime(m_dayStart).date(), QStringLiteral("d MMM yyyy")));
}

void OccupancyPanel::refreshProfile()
{
    const auto *row = selectedRow();
    if (!row || !m_store) {
        if (m_profileKey || !m_heatmap.isEmpty()) {
            m_profileKey.reset();
            m_profile = {};
            m_heatmap.clear();
            Q_EMIT profileChanged();
        }
        return;
    }
    const ProfileKey key{row->site.id, m_weeks, m_dayStart};
    if (m_profileKey && *m_profileKey == key)
        return;
    m_profileKey = key;
    // The weeks before the cursor's day: "usual" must not include the day it is compared with.
    m_profile = m_store->profile(row->site.id, m_dayStart, m_weeks);

    const occupancy::Thresholds &thresholds = row->site.thresholds;
    const QLocale locale;
    m_heatmap.clear();
    for (int day = 0; day < 7; ++day) {
        QVariantList cells;
        for (int hour = 0; hour < 24; ++hour) {
            const int readings = m_profile.count[size_t(day)][size_t(hour)];
            const double mean = m_profile.mean[size_t(day)][size_t(hour)];
            cells.append(QVariantMap{
                {QStringLiteral("hour"), hour},
                {QStringLiteral("readings"), readings},
                {QStringLiteral("percent"), readings > 0 ? QVariant(mean * 100.0) : QVariant()},
                // The light the typical value would show, on plain thresholds (no history).
                {QStringLiteral("light"), readings > 0 ? OccupancySitesModel::lightKey(occupancy::classify(mean, thresholds, Light::Unknown))
                                                       : QStringLiteral("unknown")},
            });
        }
        m_heatmap.append(QVariantMap{
            {QStringLiteral("day"), day},
            {QStringLiteral("dayName"), locale.dayName(day + 1, QLocale::ShortFormat)},
            {QStringLiteral("dayLongName"), locale.dayName(day + 1, QLocale::LongFormat)},
            {QStringLiteral("cells"), cells},
        });
    }
    Q_EMIT profileChanged();
}

// --- the day chart ------------------------------------------------------------------------------

void OccupancyPanel::refreshDay()
{
    const auto *row = selectedRow();
    QList<QPointF> today;
    QList<QPointF> usual;
    QDateTime from;
    QDateTime to;
    double top = 100;
    QList<double> lines; // the thresholds the chart draws, in percent
    if (row && m_store && m_at.isValid()) {
        const QTimeZone zone = m_store->timeZone();
        const QDate day = cityTime(m_dayStart).date();
        const qint64 dayEnd = day.addDays(1).startOfDay(zone).toSecsSinceEpoch();
        from = QDateTime::fromMSecsSinceEpoch(qint64(axisMs(m_dayStart)));
        to = QDateTime::fromMSecsSinceEpoch(qint64(axisMs(dayEnd)));
        // Replay shows the day as it was known at the cursor: nothing after it.
        const qint64 until = std::min(m_at.toSecsSinceEpoch(), dayEnd);
        double highest = 0;
        for (const auto &[at, fraction] : m_store->series(row->site.id, m_dayStart, until)) {
            today.append(QPointF(axisMs(at), fraction * 100.0));
            highest = std::max(highest, fraction * 100.0);
        }
        const int weekday = day.dayOfWeek() - 1;
        for (int hour = 0; hour < 24; ++hour) {
            if (m_profile.count[size_t(weekday)][size_t(hour)] == 0)
                continue;
            // Each mean is of the readings within its hour: drawn at the hour's middle.
            const QDateTime middle(day, QTime(hour, 30), zone);
            const double percent = m_profile.mean[size_t(weekday)][size_t(hour)] * 100.0;
            usual.append(QPointF(axisMs(middle.toSecsSinceEpoch()), percent));
            highest = std::max(highest, percent);
        }
        const occupancy::Thresholds &t = row->site.thresholds;
        lines = {t.amber * 100.0, t.red * 100.0, t.closed ? *t.closed * 100.0 : qQNaN()};
        highest = std::max(highest, t.closed.value_or(t.red) * 100.0 + 10.0);
        top = std::max(50.0, std::ceil(highest / 20.0) * 20.0);
    }
    const auto sameLines = [](const QList<double> &a, const QList<double> &b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                          [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); });
    };
    if (today == m_today && usual == m_usual && from == m_dayFrom && to == m_dayTo && top == m_dayChartMax
        && sameLines(lines, m_dayLines))
        return; // a step of the cursor without a new reading re-renders no chart
    m_today = today;
    m_usual = usual;
    m_dayFrom = from;
    m_dayTo = to;
    m_dayChartMax = top;
    m_dayLines = lines;
    Q_EMIT dayChanged();
}

double OccupancyPanel::cursorAxisMs() const
{
    return m_at.isValid() ? axisMs(m_at.toSecsSinceEpoch()) : qQNaN();
}

void OccupancyPanel::fillToday(QXYSeries *series) const
{
    if (series)
        series->replace(m_today);
}

void OccupancyPanel::fillUsual(QXYSeries *series) const
{
    if (series)
        series->replace(m_usual);
}

void OccupancyPanel::fillLine(QXYSeries *series, double percent) const
{
    if (!series)
        return;
    if (std::isnan(percent) || !m_dayFrom.isValid()) {
        series->clear();
        return;
    }
    series->replace(QList<QPointF>{{double(m_dayFrom.toMSecsSinceEpoch()), percent},
                                   {double(m_dayTo.toMSecsSinceEpoch()), percent}});
}

// --- alternatives -------------------------------------------------------------------------------

QString OccupancyPanel::distanceText(double metres)
{
    if (metres < 1000)
        return tr("%1 m").arg(QLocale().toString(std::round(metres / 10.0) * 10.0, 'f', 0));
    return tr("%1 km").arg(QLocale().toString(metres / 1000.0, 'f', 1));
}

void OccupancyPanel::refreshAlternatives()
{
    QVariantList out;
    if (const auto *row = selectedRow()) {
        // The core's rule over the lights this recompute already read: OccupancyStore::
        // alternatives() would read every site's last six hours a second time on each step.
        QList<occupancy::Site> sites;
        QList<occupancy::SiteLight> lights;
        for (const OccupancySitesModel::Row &other : m_sites->rows()) {
            sites.append(other.site);
            lights.append(other.light);
        }
        const auto found = occupancy::OccupancyStore::alternativesAmong(row->site.id, sites, lights, kAlternatives);
        for (const auto &alternative : found) {
            out.append(QVariantMap{
                {QStringLiteral("siteId"), alternative.siteId},
                {QStringLiteral("name"), alternative.name},
                {QStringLiteral("distanceMetres"), alternative.distanceMetres},
                {QStringLiteral("distanceText"), distanceText(alternative.distanceMetres)},
                {QStringLiteral("occupancyPercent"),
                 alternative.occupancy ? QVariant(*alternative.occupancy * 100.0) : QVariant()},
                {QStringLiteral("coordinate"), QVariant::fromValue(coordinateOf(alternative.siteId))},
            });
        }
    }
    if (out == m_alternatives)
        return;
    m_alternatives = out;
    Q_EMIT alternativesChanged();
}

} // namespace atalaya
