#include "hospitalsmodel.h"

#include <QGeoCoordinate>
#include <QLocale>

#include <algorithm>

namespace atalaya {

namespace {

template<typename T>
QVariant orUndefined(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant levelRank(AvailabilityLevel level)
{
    switch (level) {
    case AvailabilityLevel::High: return 0;
    case AvailabilityLevel::Medium: return 1;
    case AvailabilityLevel::Low: return 2;
    case AvailabilityLevel::NoData: break;
    }
    return {};
}

} // namespace

HospitalsModel::HospitalsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void HospitalsModel::setStatuses(const QList<HospitalStatus> &statuses, BedType type)
{
    const bool sameRows = statuses.size() == m_rows.size()
        && std::equal(statuses.cbegin(), statuses.cend(), m_rows.cbegin(),
                      [](const HospitalStatus &a, const HospitalStatus &b) { return a.hospitalId == b.hospitalId; });
    m_type = type;
    if (sameRows) {
        m_rows = statuses;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    const qsizetype oldCount = m_rows.size();
    beginResetModel();
    m_rows = statuses;
    endResetModel();
    if (m_rows.size() != oldCount)
        Q_EMIT countChanged();
}

void HospitalsModel::clear()
{
    setStatuses({}, m_type);
}

int HospitalsModel::rowOf(qint64 hospitalId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).hospitalId == hospitalId)
            return int(row);
    }
    return -1;
}

QString HospitalsModel::ageText(qint64 seconds)
{
    if (seconds < 0)
        return tr("No report");
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    // Hours up to two days: a daily cadence reads better as "30 h ago" than "1 d ago".
    if (seconds < 48 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n d ago", nullptr, int(seconds / 86400));
}

int HospitalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HospitalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HospitalStatus &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case HospitalIdRole:
        return row.hospitalId;
    case InstitutionRole:
        return row.institution;
    case DistrictRole:
        return row.district;
    case CoordinateRole:
        return QVariant::fromValue(QGeoCoordinate(row.location.lat, row.location.lon));
    case GeneralFreeRole:
        return orUndefined(row.generalFree);
    case GeneralTotalRole:
        return orUndefined(row.generalTotal);
    case IcuFreeRole:
        return orUndefined(row.icuFree);
    case IcuTotalRole:
        return orUndefined(row.icuTotal);
    case FreeBedsRole:
        return orUndefined(row.freeBeds(m_type));
    case TotalBedsRole:
        return orUndefined(row.totalBeds(m_type));
    case OccupancyPercentRole: {
        const std::optional<double> occupancy = m_type == BedType::Icu ? row.icuOccupancy : row.generalOccupancy;
        return occupancy ? QVariant(*occupancy * 100.0) : QVariant();
    }
    case LevelRole:
        return levelKey(row.level(m_type));
    case LevelRankRole:
        return levelRank(row.level(m_type));
    case LevelOnlyRole:
        return row.levelOnly;
    case StaleRole:
        return row.stale;
    case HasReportRole:
        return row.hasReport;
    case ReportedAtRole:
        return row.hasReport ? QVariant(row.reportedAt) : QVariant();
    case ReportedAtTextRole:
        return row.hasReport ? QLocale().toString(row.reportedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case AgeSecondsRole:
        return row.hasReport ? QVariant::fromValue(row.ageSeconds) : QVariant();
    case AgeTextRole:
        return ageText(row.hasReport ? row.ageSeconds : -1);
    default:
        return {};
    }
}

QHash<int, QByteArray> HospitalsModel::roleNames() const
{
    return {
        {HospitalIdRole, "hospitalId"},
        {NameRole, "name"},
        {InstitutionRole, "institution"},
        {DistrictRole, "district"},
        {CoordinateRole, "coordinate"},
        {GeneralFreeRole, "generalFree"},
        {GeneralTotalRole, "generalTotal"},
        {IcuFreeRole, "icuFree"},
        {IcuTotalRole, "icuTotal"},
        {FreeBedsRole, "freeBeds"},
        {TotalBedsRole, "totalBeds"},
        {OccupancyPercentRole, "occupancyPercent"},
        {LevelRole, "level"},
        {LevelRankRole, "levelRank"},
        {LevelOnlyRole, "levelOnly"},
        {StaleRole, "stale"},
        {HasReportRole, "hasReport"},
        {ReportedAtRole, "reportedAt"},
        {ReportedAtTextRole, "reportedAtText"},
        {AgeSecondsRole, "ageSeconds"},
        {AgeTextRole, "ageText"},
    };
}

} // namespace atalaya
