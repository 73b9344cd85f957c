#include "occupancysitesmodel.h"

#include <QGeoCoordinate>

#include <algorithm>
#include <cmath>

namespace atalaya {

using occupancy::Light;

namespace {

QVariant percentOf(const std::optional<double> &fraction)
{
    return fraction ? QVariant(*fraction * 100.0) : QVariant();
}

} // namespace

OccupancySitesModel::OccupancySitesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void OccupancySitesModel::setRows(const QList<Row> &rows)
{
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Row &a, const Row &b) { return a.site.id == b.site.id; });
    if (sameRows) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    const qsizetype oldCount = m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (m_rows.size() != oldCount)
        Q_EMIT countChanged();
}

void OccupancySitesModel::clear()
{
    setRows({});
}

int OccupancySitesModel::rowOf(qint64 siteId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].site.id == siteId)
            return int(i);
    }
    return -1;
}

QString OccupancySitesModel::lightKey(Light light)
{
    switch (light) {
    case Light::Green: return QStringLiteral("green");
    case Light::Amber: return QStringLiteral("amber");
    case Light::Red: return QStringLiteral("red");
    case Light::Closed: return QStringLiteral("closed");
    case Light::Unknown: break;
    }
    return QStringLiteral("unknown");
}

int OccupancySitesModel::lightRank(Light light)
{
    switch (light) {
    case Light::Green: return 1;
    case Light::Amber: return 2;
    case Light::Red: return 3;
    case Light::Closed: return 4;
    case Light::Unknown: break;
    }
    return 0;
}

QString OccupancySitesModel::kindTitle(const QString &kind)
{
    // The kinds the demo city, the FIWARE models (Beach, OffStreetParking, PointOfInterest) and
    // the feeds' mappings write; a kind of a feed we do not know is shown as stored.
    if (kind == QLatin1String("beach"))
        return tr("Beach");
    if (kind == QLatin1String("square"))
        return tr("Square");
    if (kind == QLatin1String("market"))
        return tr("Market");
    if (kind == QLatin1String("station"))
        return tr("Station");
    if (kind == QLatin1String("park"))
        return tr("Park");
    if (kind == QLatin1String("car_park") || kind == QLatin1String("parking"))
        return tr("Car park");
    return kind;
}

int OccupancySitesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OccupancySitesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const occupancy::Site &site = row.site;
    const occupancy::SiteLight &light = row.light;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return site.name;
    case SiteIdRole: return site.id;
    case CodeRole: return site.code;
    case KindRole: return site.kind;
    case KindTitleRole: return kindTitle(site.kind);
    case CoordinateRole: return QVariant::fromValue(QGeoCoordinate(site.lat, site.lon));
    case CapacityRole: return site.capacity;
    case LightRole: return lightKey(light.light);
    case LightRankRole: return lightRank(light.light);
    case OccupancyPercentRole: return percentOf(light.occupancy);
    case PeopleRole:
        if (!light.occupancy || site.capacity <= 0)
            return {};
        return qint64(std::llround(*light.occupancy * site.capacity));
    case LevelRole: return light.level ? QVariant(*light.level) : QVariant();
    case StaleRole: return light.stale;
    case HasReadingRole: return light.readingAt.has_value();
    case ReadingAtRole:
        return light.readingAt ? QVariant(QDateTime::fromSecsSinceEpoch(*light.readingAt, QTimeZone::UTC)) : QVariant();
    case ReadingTimeTextRole: return row.readingText;
    case AmberPercentRole: return site.thresholds.amber * 100.0;
    case RedPercentRole: return site.thresholds.red * 100.0;
    case ClosedPercentRole: return percentOf(site.thresholds.closed);
    default: break;
    }
    return {};
}

QHash<int, QByteArray> OccupancySitesModel::roleNames() const
{
    return {
        {SiteIdRole, "siteId"},
        {CodeRole, "code"},
        {NameRole, "name"},
        {KindRole, "kind"},
        {KindTitleRole, "kindTitle"},
        {CoordinateRole, "coordinate"},
        {CapacityRole, "capacity"},
        {LightRole, "light"},
        {LightRankRole, "lightRank"},
        {OccupancyPercentRole, "occupancyPercent"},
        {PeopleRole, "people"},
        {LevelRole, "level"},
        {StaleRole, "stale"},
        {HasReadingRole, "hasReading"},
        {ReadingAtRole, "readingAt"},
        {ReadingTimeTextRole, "readingTimeText"},
        {AmberPercentRole, "amberPercent"},
        {RedPercentRole, "redPercent"},
        {ClosedPercentRole, "closedPercent"},
    };
}

} // namespace atalaya
