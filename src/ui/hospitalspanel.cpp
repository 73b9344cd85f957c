#include "hospitalspanel.h"

#include "appsettings.h"
#include "hospitalsmodel.h"
#include "io/hospitalimport.h"
#include "nearestmodel.h"
#include "store/database.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtCharts/QXYSeries>

#include <algorithm>

namespace atalaya {

Q_LOGGING_CATEGORY(lcHospitals, "atalaya.hospitals")

namespace {

/** How far back the trend charts look. */
constexpr int kTrendDays = 90;

double msOf(const QDateTime &t)
{
    return double(t.toMSecsSinceEpoch());
}

} // namespace

HospitalsPanel::HospitalsPanel(QObject *parent)
    : QObject(parent)
    , m_model(new HospitalsModel(this))
    , m_nearest(new NearestModel(this))
{
}

HospitalsPanel::~HospitalsPanel() = default;

void HospitalsPanel::setDatabase(Database *db)
{
    m_db = db;
    m_trendKey.reset();
    if (const AppSettings *settings = AppSettings::instance()) {
        const AvailabilityThresholds saved{settings->bedMediumFrom(), settings->bedLowAbove()};
        if (saved.isValid() && (saved.mediumFrom != m_thresholds.mediumFrom || saved.lowAbove != m_thresholds.lowAbove)) {
            m_thresholds = saved;
            Q_EMIT thresholdsChanged();
        }
        setBedType(settings->bedType());
    }
    QStringList postCodes;
    if (m_db) {
        QSqlQuery codes = m_db->prepare(QStringLiteral("SELECT code FROM region WHERE level = 'postcode' ORDER BY code"));
        if (Database::exec(codes))
            while (codes.next())
                postCodes.append(codes.value(0).toString());
    }
    if (postCodes != m_postCodes) {
        m_postCodes = postCodes;
        Q_EMIT postCodesChanged();
    }
    if (!m_db) {
        m_statuses.clear();
        m_totals = {};
        m_model->clear();
        m_nearest->clear();
        m_cityTrend.clear();
        m_selectedTrend.clear();
        Q_EMIT totalsChanged();
        Q_EMIT trendsChanged();
    }
}

void HospitalsPanel::recompute(const QDateTime &at)
{
    if (at != m_at) {
        m_at = at;
        Q_EMIT atChanged();
    }
    refresh();
}

void HospitalsPanel::refresh()
{
    if (!m_db || !m_at.isValid())
        return;
    m_statuses = hospitalStatusesAt(*m_db, m_at, m_thresholds);
    m_totals = cityBedTotals(m_statuses, m_type);
    m_model->setStatuses(m_statuses, m_type);
    Q_EMIT totalsChanged();
    // The selected hospital's figures changed with the moment; it stays selected if it exists.
    if (m_selectedId != 0 && !selectedStatus())
        m_selectedId = 0;
    Q_EMIT selectedChanged();
    refreshNearest();
    refreshTrends();
}

QString HospitalsPanel::bedType() const
{
    return m_type == BedType::Icu ? QStringLiteral("icu") : QStringLiteral("general");
}

void HospitalsPanel::setBedType(const QString &type)
{
    BedType chosen;
    if (type == QLatin1String("general"))
        chosen = BedType::General;
    else if (type == QLatin1String("icu"))
        chosen = BedType::Icu;
    else
        return;
    if (chosen == m_type)
        return;
    m_type = chosen;
    if (AppSettings *settings = AppSettings::instance())
        settings->setBedType(type);
    Q_EMIT bedTypeChanged();
    m_totals = cityBedTotals(m_statuses, m_type);
    m_model->setStatuses(m_statuses, m_type);
    Q_EMIT totalsChanged();
    refreshNearest();
    refreshTrends();
}

bool HospitalsPanel::setThresholds(double mediumFromPercent, double lowAbovePercent)
{
    const AvailabilityThresholds wanted{mediumFromPercent / 100.0, lowAbovePercent / 100.0};
    if (!wanted.isValid()) {
        setThresholdMessage(tr("Not applied: the medium level must start above 0 %, below where the low "
                               "level starts, and the low level below 100 % (%1 % and %2 % given).")
                                .arg(QLocale().toString(mediumFromPercent, 'f', 0),
                                     QLocale().toString(lowAbovePercent, 'f', 0)));
        return false;
    }
    setThresholdMessage({});
    if (wanted.mediumFrom == m_thresholds.mediumFrom && wanted.lowAbove == m_thresholds.lowAbove)
        return true;
    m_thresholds = wanted;
    if (AppSettings *settings = AppSettings::instance())
        settings->setBedThresholds(m_thresholds.mediumFrom, m_thresholds.lowAbove);
    Q_EMIT thresholdsChanged();
    refresh();
    return true;
}

void HospitalsPanel::resetThresholds()
{
    const AvailabilityThresholds defaults;
    setThresholds(defaults.mediumFrom * 100.0, defaults.lowAbove * 100.0);
}

void HospitalsPanel::setThresholdMessage(const QString &message)
{
    if (message == m_thresholdMessage)
        return;
    m_thresholdMessage = message;
    Q_EMIT thresholdMessageChanged();
}

QVariant HospitalsPanel::freeBeds() const
{
    return m_totals.free ? QVariant::fromValue(*m_totals.free) : QVariant();
}

QVariant HospitalsPanel::totalBeds() const
{
    return m_totals.total ? QVariant::fromValue(*m_totals.total) : QVariant();
}

QVariant HospitalsPanel::occupancyPercent() const
{
    if (!m_totals.free || !m_totals.total || *m_totals.total <= 0)
        return {};
    return 100.0 * double(*m_totals.total - *m_totals.free) / double(*m_totals.total);
}

QString HospitalsPanel::newestReportText() const
{
    return m_totals.newestReport.isValid()
        ? QLocale().toString(m_totals.newestReport.toLocalTime(), QLocale::ShortFormat) : QString();
}

const HospitalStatus *HospitalsPanel::selectedStatus() const
{
    if (m_selectedId == 0)
        return nullptr;
    const auto found = std::find_if(m_statuses.cbegin(), m_statuses.cend(),
                                    [this](const HospitalStatus &s) { return s.hospitalId == m_selectedId; });
    return found == m_statuses.cend() ? nullptr : &*found;
}

void HospitalsPanel::setSelectedId(qint64 id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    if (m_selectedId != 0 && !selectedStatus())
        m_selectedId = 0;
    Q_EMIT selectedChanged();
    refreshTrends();
}

QString HospitalsPanel::selectedName() const
{
    const HospitalStatus *status = selectedStatus();
    return status ? status->name : QString();
}

QString HospitalsPanel::selectedDistrict() const
{
    const HospitalStatus *status = selectedStatus();
    return status ? status->district : QString();
}

QGeoCoordinate HospitalsPanel::selectedCoordinate() const
{
    const HospitalStatus *status = selectedStatus();
    return status ? QGeoCoordinate(status->location.lat, status->location.lon) : QGeoCoordinate();
}

QString HospitalsPanel::travelModelNote()
{
    // The model of estimatedTravelMinutes(), in words a coordinator can weigh.
    return tr("Travel time is an estimate: the straight-line distance times 1.4 for the street grid, "
              "at 25 km/h average emergency speed, plus 2 minutes to leave and arrive. It ignores traffic, "
              "one-way streets, bridges and the river: use it to rank, not to route. The line on the map "
              "is a straight line, not the road route.");
}

QVariantList HospitalsPanel::routePath() const
{
    if (!m_origin.isValid() || m_nearest->rows().isEmpty())
        return {};
    const GeoPoint to = m_nearest->rows().constFirst().status.location;
    return {QVariant::fromValue(m_origin), QVariant::fromValue(QGeoCoordinate(to.lat, to.lon))};
}

void HospitalsPanel::nearestFrom(const QGeoCoordinate &origin)
{
    if (!origin.isValid()) {
        clearNearest();
        return;
    }
    m_origin = origin;
    m_originText = tr("From the point %1, %2")
                       .arg(QLocale().toString(origin.latitude(), 'f', 4), QLocale().toString(origin.longitude(), 'f', 4));
    refreshNearest();
}

bool HospitalsPanel::nearestFromSelectedDistrict()
{
    const HospitalStatus *status = selectedStatus();
    if (!status || !m_db)
        return false;
    QSqlQuery query = m_db->prepare(QStringLiteral(
        "SELECT centroid_lat, centroid_lon FROM region WHERE level = 'district' AND name = ? ORDER BY id LIMIT 1"));
    query.addBindValue(status->district);
    QGeoCoordinate centre;
    if (Database::exec(query) && query.next())
        centre = QGeoCoordinate(query.value(0).toDouble(), query.value(1).toDouble());
    if (!centre.isValid()) {
        // A hospital outside every known district: its own position is the best origin we have.
        centre = QGeoCoordinate(status->location.lat, status->location.lon);
        m_originText = tr("From %1").arg(status->name);
    } else {
        m_originText = tr("From the centre of %1").arg(status->district);
    }
    m_origin = centre;
    refreshNearest();
    return true;
}

bool HospitalsPanel::nearestFromPostCode(const QString &code)
{
    if (!m_db)
        return false;
    // The label point, not the area centroid: it is inside the post code even when it is concave.
    QSqlQuery query = m_db->prepare(QStringLiteral(
        "SELECT centroid_lat, centroid_lon FROM region WHERE level = 'postcode' AND code = ? ORDER BY id LIMIT 1"));
    query.addBindValue(code.trimmed());
    if (!Database::exec(query) || !query.next())
        return false;
    m_origin = QGeoCoordinate(query.value(0).toDouble(), query.value(1).toDouble());
    m_originText = tr("From the centre of post code %1").arg(code.trimmed());
    refreshNearest();
    return true;
}

void HospitalsPanel::clearNearest()
{
    m_origin = {};
    m_originText.clear();
    refreshNearest();
}

void HospitalsPanel::refreshNearest()
{
    if (!m_origin.isValid())
        m_nearest->clear();
    else
        m_nearest->setRows(nearestWithCapacity(m_statuses, GeoPoint{m_origin.latitude(), m_origin.longitude()}, m_type, 5),
                           m_type);
    Q_EMIT nearestChanged();
}

QDateTime HospitalsPanel::latestReport() const
{
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT MAX(reported_at) FROM bed_report"));
    if (Database::exec(query) && query.next() && !query.value(0).isNull())
        return QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone::UTC);
    return {};
}

void HospitalsPanel::refreshTrends()
{
    if (!m_db || !m_at.isValid())
        return;
    // The last 90 days of reports, with the cursor inside; a cursor outside them centres the window.
    QDateTime to = latestReport();
    if (!to.isValid() || m_at > to)
        to = m_at;
    else if (m_at < to.addDays(-kTrendDays))
        to = m_at.addDays(kTrendDays / 2);
    const QDateTime from = to.addDays(-kTrendDays);
    const TrendKey key{from, to, m_type, m_selectedId};
    if (m_trendKey && *m_trendKey == key)
        return;
    m_trendKey = key;
    m_trendFrom = from;
    m_trendTo = to;

    m_cityTrend.clear();
    m_cityTrendMax = 0;
    for (const OccupancyPoint &point : cityBedSeries(*m_db, m_type, from.date(), to.date())) {
        if (!point.free)
            continue;
        m_cityTrend.append(QPointF(msOf(point.at.isValid() ? point.at : from), double(*point.free)));
        m_cityTrendMax = std::max(m_cityTrendMax, double(*point.free));
    }
    m_selectedTrend.clear();
    if (m_selectedId != 0) {
        for (const OccupancyPoint &point : hospitalOccupancySeries(*m_db, m_selectedId, m_type, from, to)) {
            if (point.occupancy)
                m_selectedTrend.append(QPointF(msOf(point.at), *point.occupancy * 100.0));
        }
    }
    Q_EMIT trendsChanged();
}

void HospitalsPanel::fillCityTrend(QXYSeries *series) const
{
    if (series)
        series->replace(m_cityTrend);
}

void HospitalsPanel::fillSelectedTrend(QXYSeries *series) const
{
    if (series)
        series->replace(m_selectedTrend);
}

void HospitalsPanel::fillLevelLines(QXYSeries *series, double lower, double upper) const
{
    if (!series)
        return;
    // One series for both lines (one legend entry): across, up the right edge, back across.
    series->replace(QList<QPointF>{{msOf(m_trendFrom), lower}, {msOf(m_trendTo), lower},
                                   {msOf(m_trendTo), upper}, {msOf(m_trendFrom), upper}});
}

QString HospitalsPanel::importHospitals(const QUrl &file)
{
    if (!m_db)
        return tr("The store is not open yet; nothing was imported.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const HospitalImportSummary summary = importHospitalsFile(*m_db, path);
    qCInfo(lcHospitals) << "import" << path << (summary.ok ? "done" : "failed") << summary.error;
    if (!summary.ok)
        return summary.error.isEmpty() ? tr("The file could not be imported.")
                                       : tr("The file could not be imported: %1").arg(summary.error);
    m_trendKey.reset();
    refresh();
    Q_EMIT storeChanged();
    return summary.toText();
}

} // namespace atalaya
