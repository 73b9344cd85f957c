#include "serviceareasmodel.h"

#include <QGeoCoordinate>

namespace atalaya {

ServiceAreasModel::ServiceAreasModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ServiceAreasModel::setAreas(const QList<Area> &areas)
{
    const qsizetype oldCount = m_parts.size();
    beginResetModel();
    m_parts.clear();
    m_open.clear();
    m_ids.clear();
    for (const Area &area : areas) {
        if (area.polygons.isEmpty())
            continue;
        m_ids.insert(area.id);
        qsizetype largest = 0;
        double largestArea = -1;
        for (qsizetype i = 0; i < area.polygons.size(); ++i) {
            const double a = geo::areaKm2(area.polygons.at(i));
            if (a > largestArea) {
                largestArea = a;
                largest = i;
            }
        }
        for (qsizetype i = 0; i < area.polygons.size(); ++i) {
            Part part;
            part.id = area.id;
            part.name = area.name;
            // Holes are left out: a map polygon per outer ring is what the areas need (a park or
            // a beach has none), and an area's state reads from its fill, not from its holes.
            for (const GeoPoint &p : area.polygons.at(i).outer)
                part.path.append(QVariant::fromValue(QGeoCoordinate(p.lat, p.lon)));
            part.labelled = i == largest;
            if (part.labelled)
                part.label = geo::labelPoint(area.polygons.at(i));
            m_parts.append(part);
        }
    }
    endResetModel();
    if (oldCount != m_parts.size())
        Q_EMIT countChanged();
}

void ServiceAreasModel::setOpen(const QHash<qint64, QString> &open)
{
    const QHash<qint64, QString> before = m_open;
    m_open = open;
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        const qint64 id = m_parts.at(i).id;
        if (before.contains(id) == m_open.contains(id) && before.value(id) == m_open.value(id))
            continue;
        const QModelIndex changed = index(int(i));
        Q_EMIT dataChanged(changed, changed, {OpenRole, WindowTextRole});
    }
}

int ServiceAreasModel::openCount() const
{
    int n = 0;
    for (const qint64 id : m_ids)
        n += m_open.contains(id) ? 1 : 0;
    return n;
}

int ServiceAreasModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parts.size());
}

QVariant ServiceAreasModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Part &part = m_parts.at(index.row());
    switch (role) {
    case ServiceIdRole:
        return part.id;
    case Qt::DisplayRole:
    case NameRole:
        return part.name;
    case PathRole:
        return part.path;
    case OpenRole:
        return m_open.contains(part.id);
    case WindowTextRole:
        return m_open.value(part.id);
    case LabelCoordinateRole:
        return QVariant::fromValue(part.labelled ? QGeoCoordinate(part.label.lat, part.label.lon) : QGeoCoordinate());
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceAreasModel::roleNames() const
{
    return {
        {ServiceIdRole, "serviceId"},
        {NameRole, "name"},
        {PathRole, "coordinates"},
        {OpenRole, "open"},
        {WindowTextRole, "windowText"},
        {LabelCoordinateRole, "labelCoordinate"},
    };
}

} // namespace atalaya
