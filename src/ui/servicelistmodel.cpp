#include "servicelistmodel.h"

#include <QGeoCoordinate>

namespace atalaya {

ServiceListModel::ServiceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ServiceListModel::setRows(const QList<Row> &rows)
{
    const qsizetype oldCount = m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
}

void ServiceListModel::setStatus(qint64 serviceId, const QString &status)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.kind != QLatin1String("service") || row.id != serviceId || row.status == status)
            continue;
        row.status = status;
        const QModelIndex changed = index(int(i));
        Q_EMIT dataChanged(changed, changed, {StatusRole});
    }
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return row.kind;
    case ServiceIdRole:
        return row.id;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case CategoryIndexRole:
        return row.category;
    case CategorySlugRole:
        return row.categorySlug;
    case CategoryNameRole:
        return row.categoryName;
    case AddressRole:
        return row.address;
    case PostCodeRole:
        return row.postCode;
    case StatusRole:
        return row.status;
    case MatchedRole:
        return row.matched;
    case CoordinateRole:
        return row.hasLocation ? QVariant::fromValue(QGeoCoordinate(row.location.lat, row.location.lon))
                               : QVariant::fromValue(QGeoCoordinate());
    case ServiceCountRole:
        return row.services;
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    return {
        {KindRole, "kind"},
        {ServiceIdRole, "serviceId"},
        {NameRole, "name"},
        {CategoryIndexRole, "categoryIndex"},
        {CategorySlugRole, "categorySlug"},
        {CategoryNameRole, "categoryName"},
        {AddressRole, "address"},
        {PostCodeRole, "postCode"},
        {StatusRole, "status"},
        {MatchedRole, "matched"},
        {CoordinateRole, "coordinate"},
        {ServiceCountRole, "serviceCount"},
    };
}

} // namespace atalaya
