#include "nearestmodel.h"

#include <QGeoCoordinate>

namespace atalaya {

NearestModel::NearestModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void NearestModel::setRows(const QList<NearestHospital> &rows, BedType type)
{
    const qsizetype oldCount = m_rows.size();
    beginResetModel();
    m_rows = rows;
    m_type = type;
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
}

void NearestModel::clear()
{
    setRows({}, m_type);
}

int NearestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NearestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NearestHospital &row = m_rows.at(index.row());
    switch (role) {
    case RankRole:
        return index.row() + 1;
    case HospitalIdRole:
        return row.status.hospitalId;
    case Qt::DisplayRole:
    case NameRole:
        return row.status.name;
    case InstitutionRole:
        return row.status.institution;
    case DistrictRole:
        return row.status.district;
    case DistanceKmRole:
        return row.distanceMetres / 1000.0;
    case TravelMinutesRole:
        return row.travelMinutes;
    case FreeBedsRole: {
        const std::optional<int> free = row.status.freeBeds(m_type);
        return free ? QVariant(*free) : QVariant();
    }
    case TotalBedsRole: {
        const std::optional<int> total = row.status.totalBeds(m_type);
        return total ? QVariant(*total) : QVariant();
    }
    case LevelRole:
        return levelKey(row.status.level(m_type));
    case CoordinateRole:
        return QVariant::fromValue(QGeoCoordinate(row.status.location.lat, row.status.location.lon));
    default:
        return {};
    }
}

QHash<int, QByteArray> NearestModel::roleNames() const
{
    return {
        {RankRole, "rank"},
        {HospitalIdRole, "hospitalId"},
        {NameRole, "name"},
        {InstitutionRole, "institution"},
        {DistrictRole, "district"},
        {DistanceKmRole, "distanceKm"},
        {TravelMinutesRole, "travelMinutes"},
        {FreeBedsRole, "freeBeds"},
        {TotalBedsRole, "totalBeds"},
        {LevelRole, "level"},
        {CoordinateRole, "coordinate"},
    };
}

} // namespace atalaya
