#include "overviewpanel.h"

#include "alerts/alertstore.h"
#include "analytics/bedavailability.h"
#include "analytics/occupancy.h"
#include "notes/notestore.h"
#include "store/database.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace atalaya {

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace {

QVariant optionalVariant(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// Values stored in a briefing's JSON went through a double: compare at the KPI's decimals, so a
// figure that only changed in its 15th decimal reads "unchanged".
std::optional<double> roundedDelta(const OverviewKpiModel::Row &row)
{
    if (!row.kpi.value || !row.briefed)
        return std::nullopt;
    const double scale = std::pow(10.0, row.kpi.decimals);
    return std::round((*row.kpi.value - *row.briefed) * scale) / scale;
}

QString loginName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("operator") : user;
}

} // namespace

// --- OverviewKpiModel --------------------------------------------------------------------------

OverviewKpiModel::OverviewKpiModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

bool OverviewKpiModel::isDaily(const QString &key)
{
    return key == "cases7d"_L1 || key == "incidence14"_L1 || key == "positivity7"_L1 || key == "coverageDose2"_L1;
}

QString OverviewKpiModel::signedNumber(double value, int decimals)
{
    const QLocale locale;
    if (value == 0)
        return tr("±0");
    const QString magnitude = locale.toString(std::abs(value), 'f', decimals);
    // U+2212 MINUS SIGN: the hyphen reads as a dash next to large figures.
    return value > 0 ? u"+"_s + magnitude : u"\u2212"_s + magnitude;
}

void OverviewKpiModel::setRows(const QList<Row> &rows)
{
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows[i].kpi.key == m_rows[i].kpi.key;
    if (sameKeys) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int OverviewKpiModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].kpi.key == key)
            return int(i);
    }
    return -1;
}

int OverviewKpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OverviewKpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Kpi &kpi = row.kpi;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return kpi.title;
    case KeyRole:
        return kpi.key;
    case ValueRole:
        return optionalVariant(kpi.value);
    case DecimalsRole:
        return kpi.decimals;
    case UnitRole:
        return kpi.unit;
    case ReferenceRole:
        return optionalVariant(kpi.reference);
    case ReferenceLabelRole:
        return kpi.referenceLabel;
    case TrendPercentRole:
        return optionalVariant(kpi.trendPercent);
    case IncreaseIsBadRole:
        return kpi.increaseIsBad;
    case AsOfRole:
        return kpi.asOf;
    case AsOfTextRole:
        if (!kpi.value || !kpi.asOf.isValid())
            return QString();
        // A day's figures: the calendar day itself, not midnight moved into the local zone.
        if (isDaily(kpi.key))
            return tr("Reported up to %1").arg(QLocale().toString(kpi.asOf.toUTC().date(), QLocale::ShortFormat));
        return tr("As of %1").arg(QLocale().toString(kpi.asOf.toLocalTime(), QLocale::ShortFormat));
    case DetailRole:
        return kpi.detail;
    case BriefedValueRole:
        return optionalVariant(row.briefed);
    case DeltaRole:
        return optionalVariant(roundedDelta(row));
    case DeltaTextRole: {
        const std::optional<double> delta = roundedDelta(row);
        if (!delta)
            return QString();
        if (*delta == 0)
            return tr("Unchanged since the briefing");
        return tr("%1 since the briefing (was %2)")
            .arg(signedNumber(*delta, kpi.decimals), QLocale().toString(*row.briefed, 'f', kpi.decimals));
    }
    }
    return {};
}

QHash<int, QByteArray> OverviewKpiModel::roleNames() const
{
    return {
        {KeyRole, "key"},
        {TitleRole, "title"},
        {ValueRole, "value"},
        {DecimalsRole, "decimals"},
        {UnitRole, "unit"},
        {ReferenceRole, "reference"},
        {ReferenceLabelRole, "referenceLabel"},
        {TrendPercentRole, "trendPercent"},
        {IncreaseIsBadRole, "increaseIsBad"},
        {AsOfRole, "asOf"},
        {AsOfTextRole, "asOfText"},
        {DetailRole, "detail"},
        {BriefedValueRole, "briefedValue"},
        {DeltaRole, "delta"},
        {DeltaTextRole, "deltaText"},
    };
}

// --- OverviewPanel -----------------------------------------------------------------------------

OverviewPanel::OverviewPanel(QObject *parent)
    : QObject(parent)
    , m_kpis(new OverviewKpiModel(this))
    , m_actor(loginName())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void OverviewPanel::setDatabase(Database *db)
{
    m_db = db;
    if (!m_db) {
        m_current.clear();
        m_briefing.reset();
        m_places.clear();
        m_lowHospitals = m_crowdedSites = 0;
        m_alertsSince.clear();
        m_notesSince.clear();
        m_alertsSinceCount = m_notesSinceCount = 0;
        m_kpis->setRows({});
        Q_EMIT changed();
    }
}

void OverviewPanel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void OverviewPanel::setActor(const QString &actor)
{
    m_actor = actor;
}

void OverviewPanel::refresh()
{
    if (m_at.isValid())
        recompute(m_at, m_live);
}

void OverviewPanel::recompute(const QDateTime &at, bool live)
{
    m_at = at.toUTC();
    m_live = live;
    if (!m_db || !m_at.isValid())
        return;
    m_upTo = m_live ? std::max(m_at, m_clock().toUTC()) : m_at;
    // Live, the figures are the present's: the alert centre already lists an alert raised a few
    // seconds into the cursor's minute, and the open-alerts card must count it too.
    m_current = computeKpis(*m_db, m_upTo);
    m_briefing = BriefingStore(*m_db).lastBefore(m_upTo);

    QList<OverviewKpiModel::Row> rows;
    rows.reserve(m_current.size());
    for (const Kpi &kpi : std::as_const(m_current)) {
        OverviewKpiModel::Row row{kpi, std::nullopt};
        if (m_briefing) {
            const QJsonValue figure = m_briefing->figures.value(kpi.key);
            if (figure.isDouble())
                row.briefed = figure.toDouble();
        }
        rows.append(row);
    }
    m_kpis->setRows(rows);
    readPlaces();
    readChangesSince();
    Q_EMIT changed();
}

void OverviewPanel::readPlaces()
{
    m_places.clear();
    m_lowHospitals = 0;
    m_crowdedSites = 0;
    const QLocale locale;
    for (const HospitalStatus &hospital : hospitalStatusesAt(*m_db, m_at)) {
        // A stale report's level is not today's: the Hospitals page greys it, so the map of what
        // matters now leaves it out rather than alarm on old news.
        if (!hospital.hasReport || hospital.stale)
            continue;
        const bool icuLow = hospital.icuLevel == AvailabilityLevel::Low;
        const bool generalLow = hospital.generalLevel == AvailabilityLevel::Low;
        if (!icuLow && !generalLow)
            continue;
        ++m_lowHospitals;
        QString text;
        if (icuLow && generalLow)
            text = tr("Low availability of general and intensive-care beds");
        else if (icuLow)
            text = hospital.icuFree ? tr("Low intensive-care availability: %n bed(s) free", nullptr, *hospital.icuFree)
                                    : tr("Low intensive-care availability");
        else
            text = hospital.generalFree ? tr("Low general-bed availability: %n bed(s) free", nullptr, *hospital.generalFree)
                                        : tr("Low general-bed availability");
        m_places.append(QVariantMap{{u"kind"_s, u"hospital"_s},
                                    {u"id"_s, hospital.hospitalId},
                                    {u"name"_s, hospital.name},
                                    {u"lat"_s, hospital.location.lat},
                                    {u"lon"_s, hospital.location.lon},
                                    {u"level"_s, u"red"_s},
                                    {u"text"_s, text}});
    }

    occupancy::OccupancyStore store(*m_db);
    const QList<occupancy::Site> sites = store.sites();
    const QList<occupancy::SiteLight> lights = store.lightsAt(m_at.toSecsSinceEpoch());
    for (qsizetype i = 0; i < sites.size() && i < lights.size(); ++i) {
        const occupancy::SiteLight &light = lights[i];
        if (light.light != occupancy::Light::Red && light.light != occupancy::Light::Closed)
            continue;
        ++m_crowdedSites;
        const occupancy::Site &site = sites[i];
        QString text = light.light == occupancy::Light::Closed ? tr("Access closed: full") : tr("Crowded");
        if (light.occupancy)
            text = tr("%1, %2 % of capacity").arg(text, locale.toString(std::round(*light.occupancy * 100), 'f', 0));
        m_places.append(QVariantMap{{u"kind"_s, u"site"_s},
                                    {u"id"_s, site.id},
                                    {u"name"_s, site.name},
                                    {u"lat"_s, site.lat},
                                    {u"lon"_s, site.lon},
                                    {u"level"_s, u"red"_s},
                                    {u"text"_s, text}});
    }
}

void OverviewPanel::readChangesSince()
{
    m_alertsSince.clear();
    m_notesSince.clear();
    m_alertsSinceCount = 0;
    m_notesSinceCount = 0;
    if (!m_briefing)
        return;
    // Since the moment of the data the briefing showed: what happened after it was not in it,
    // even when the briefing itself was given later (a replayed morning briefed at noon).
    const QDateTime since = m_briefing->dataAt;

    const QList<alerts::AlertRecord> raised = alerts::AlertStore(*m_db).raisedBetween(since, m_upTo);
    m_alertsSinceCount = int(raised.size());
    for (const alerts::AlertRecord &alert : raised) {
        if (m_alertsSince.size() >= kChangesShown)
            break;
        const QString severityKey = alerts::severityKey(alert.severity);
        const QString severityText = alert.severity == alerts::Severity::Critical ? tr("Critical")
                                   : alert.severity == alerts::Severity::Warning  ? tr("Warning")
                                                                                   : tr("Information");
        m_alertsSince.append(QVariantMap{
            {u"id"_s, alert.id},
            {u"severityKey"_s, severityKey},
            {u"severityText"_s, severityText},
            {u"text"_s, alert.message.isEmpty() ? alert.ruleName + u" — "_s + alert.subjectName : alert.message},
            {u"atText"_s, momentText(alert.raisedAt, m_at)},
            {u"resolved"_s, alert.resolvedAt.isValid() && alert.resolvedAt <= m_at},
        });
    }

    const QList<OperatorNote> notes = NoteStore(*m_db).createdBetween(since, m_upTo);
    m_notesSinceCount = int(notes.size());
    // Newest first, like the alerts, whatever order the store gives.
    QList<OperatorNote> newestFirst = notes;
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [](const OperatorNote &a, const OperatorNote &b) { return a.createdAt > b.createdAt; });
    for (const OperatorNote &note : std::as_const(newestFirst)) {
        if (m_notesSince.size() >= kChangesShown)
            break;
        m_notesSince.append(QVariantMap{
            {u"id"_s, note.id},
            {u"text"_s, note.body},
            {u"author"_s, note.author},
            {u"atText"_s, momentText(note.createdAt, m_at)},
            {u"place"_s, note.regionName},
        });
    }
}

QString OverviewPanel::briefingText() const
{
    if (!m_briefing)
        return tr("No briefing recorded before this moment. \"Mark briefing given\" records the figures shown now.");
    const QString created = momentText(m_briefing->createdAt, m_at);
    const QString data = momentText(m_briefing->dataAt, m_at);
    if (m_briefing->createdBy.isEmpty())
        return tr("Last briefing %1, on the figures at %2").arg(created, data);
    return tr("Last briefing %1 by %2, on the figures at %3").arg(created, m_briefing->createdBy, data);
}

int OverviewPanel::changedKpiCount() const
{
    int changed = 0;
    for (const OverviewKpiModel::Row &row : m_kpis->rows()) {
        const std::optional<double> delta = roundedDelta(row);
        if (delta && *delta != 0)
            ++changed;
    }
    return changed;
}

QString OverviewPanel::momentText(const QDateTime &moment, const QDateTime &reference)
{
    if (!moment.isValid())
        return QString();
    const QLocale locale;
    const QDateTime local = moment.toLocalTime();
    if (reference.isValid() && local.date() == reference.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

bool OverviewPanel::markBriefed()
{
    if (!m_db || !m_at.isValid()) {
        setMarkMessage(tr("No briefing recorded: the store is not open yet."));
        return false;
    }
    BriefingRecord record;
    record.dataAt = m_at;
    record.createdAt = m_clock().toUTC();
    record.createdBy = m_actor;
    record.figures = kpiValues(m_current);
    const qint64 id = BriefingStore(*m_db).record(record);
    if (id <= 0) {
        setMarkMessage(tr("No briefing recorded: the store refused to write it (see the log)."));
        qCWarning(lcUi) << "briefing not recorded at" << m_at;
        return false;
    }
    if (!m_live && record.createdAt > m_at) {
        // A replayed moment: the briefing exists from now on, so this moment does not show it yet.
        setMarkMessage(tr("Briefing on the figures at %1 recorded; it counts from %2 on.")
                           .arg(momentText(m_at, record.createdAt), momentText(record.createdAt, record.createdAt)));
    } else {
        setMarkMessage(tr("Briefing on the figures at %1 recorded.").arg(momentText(m_at, m_at)));
    }
    Q_EMIT briefingRecorded(id);
    recompute(m_at, m_live);
    return true;
}

void OverviewPanel::setMarkMessage(const QString &message)
{
    if (message == m_markMessage)
        return;
    m_markMessage = message;
    Q_EMIT markMessageChanged();
}

} // namespace atalaya
