#include "basemapmodel.h"

#include "geo/geometry.h"
#include "store/database.h"

#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

namespace atalaya {

Q_LOGGING_CATEGORY(lcMap, "atalaya.map")

namespace {

QVariantList toPath(const Ring &ring)
{
    QVariantList path;
    path.reserve(ring.size());
    for (const GeoPoint &p : ring)
        path.append(QVariant::fromValue(QGeoCoordinate(p.lat, p.lon)));
    return path;
}

void extend(GeoBox &box, const Geometry &geometry)
{
    box.extend(geo::boundingBox(geometry));
}

} // namespace

BasemapModel::BasemapModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int BasemapModel::layerOf(const QString &kind)
{
    static const QStringList order = {
        QStringLiteral("sea"), QStringLiteral("land"), QStringLiteral("beach"), QStringLiteral("park"),
        QStringLiteral("river"), QStringLiteral("neighbourhood"), QStringLiteral("district"),
    };
    const qsizetype i = order.indexOf(kind);
    return i < 0 ? int(order.indexOf(QStringLiteral("river"))) : int(i);
}

void BasemapModel::load(const Database &db)
{
    QList<Feature> features;
    GeoBox districtBox;
    GeoBox allBox;

    const auto append = [&](const QString &kind, const QString &name, const QString &geometryText,
                            const QGeoCoordinate &label) {
        Geometry geometry;
        QString error;
        if (!geo::fromGeoJson(geometryText, &geometry, &error)) {
            qCWarning(lcMap) << "skipping" << kind << name << "with unreadable geometry:" << error;
            return;
        }
        extend(allBox, geometry);
        if (kind == QLatin1String("district"))
            extend(districtBox, geometry);
        const int layer = layerOf(kind);
        switch (geometry.type) {
        case Geometry::Type::Point:
            return; // nothing to draw on a basemap
        case Geometry::Type::LineString:
            features.append({kind, name, toPath(geometry.line), label, Line, layer});
            return;
        case Geometry::Type::Polygon:
        case Geometry::Type::MultiPolygon: {
            // The label goes on the largest part only, so a district split by a river is named once.
            qsizetype largest = 0;
            double largestArea = -1;
            for (qsizetype i = 0; i < geometry.polygons.size(); ++i) {
                const double area = geo::areaKm2(geometry.polygons.at(i));
                if (area > largestArea) {
                    largestArea = area;
                    largest = i;
                }
            }
            for (qsizetype i = 0; i < geometry.polygons.size(); ++i) {
                features.append({kind, name, toPath(geometry.polygons.at(i).outer),
                                 i == largest ? label : QGeoCoordinate(), Area, layer});
            }
            return;
        }
        }
    };

    QSqlQuery basemap = db.prepare(QStringLiteral("SELECT kind, COALESCE(name, ''), geometry FROM basemap_feature ORDER BY id"));
    if (Database::exec(basemap)) {
        while (basemap.next())
            append(basemap.value(0).toString(), basemap.value(1).toString(), basemap.value(2).toString(), {});
    }

    QSqlQuery regions = db.prepare(QStringLiteral(
        "SELECT level, name, geometry, centroid_lat, centroid_lon FROM region"
        " WHERE level IN ('district', 'neighbourhood') ORDER BY level, name"));
    if (Database::exec(regions)) {
        while (regions.next()) {
            const QString level = regions.value(0).toString();
            // Neighbourhood names would crowd the map; only districts are labelled.
            const QGeoCoordinate label = level == QLatin1String("district")
                ? QGeoCoordinate(regions.value(3).toDouble(), regions.value(4).toDouble())
                : QGeoCoordinate();
            append(level, regions.value(1).toString(), regions.value(2).toString(), label);
        }
    }

    std::stable_sort(features.begin(), features.end(),
                     [](const Feature &a, const Feature &b) { return a.layer < b.layer; });

    const GeoBox box = districtBox.valid ? districtBox : allBox;
    const QGeoRectangle bounds = box.valid
        ? QGeoRectangle(QGeoCoordinate(box.maxLat, box.minLon), QGeoCoordinate(box.minLat, box.maxLon))
        : QGeoRectangle();

    beginResetModel();
    m_features = std::move(features);
    endResetModel();
    Q_EMIT countChanged();
    if (bounds != m_bounds) {
        m_bounds = bounds;
        Q_EMIT boundsChanged();
    }
}

void BasemapModel::clear()
{
    beginResetModel();
    m_features.clear();
    endResetModel();
    Q_EMIT countChanged();
}

int BasemapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_features.size());
}

QVariant BasemapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Feature &f = m_features.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return f.name;
    case KindRole: return f.kind;
    case CoordinatesRole: return f.path;
    case LabelCoordinateRole: return QVariant::fromValue(f.labelCoordinate);
    case ShapeRole: return f.shape;
    case DrawOrderRole: return f.layer;
    default: return {};
    }
}

QHash<int, QByteArray> BasemapModel::roleNames() const
{
    return {
        {KindRole, "kind"},
        {NameRole, "name"},
        {CoordinatesRole, "coordinates"},
        {LabelCoordinateRole, "labelCoordinate"},
        {ShapeRole, "shape"},
        {DrawOrderRole, "drawOrder"},
    };
}

BasemapFilterModel::BasemapFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void BasemapFilterModel::setKinds(const QStringList &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    invalidateRowsFilter();
    Q_EMIT kindsChanged();
}

void BasemapFilterModel::setShape(BasemapModel::Shape shape)
{
    if (shape == m_shape)
        return;
    m_shape = shape;
    invalidateRowsFilter();
    Q_EMIT shapeChanged();
}

void BasemapFilterModel::setLabelledOnly(bool labelledOnly)
{
    if (labelledOnly == m_labelledOnly)
        return;
    m_labelledOnly = labelledOnly;
    invalidateRowsFilter();
    Q_EMIT labelledOnlyChanged();
}

bool BasemapFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kinds.isEmpty() && !m_kinds.contains(index.data(BasemapModel::KindRole).toString()))
        return false;
    if (index.data(BasemapModel::ShapeRole).toInt() != m_shape)
        return false;
    if (m_labelledOnly && !index.data(BasemapModel::LabelCoordinateRole).value<QGeoCoordinate>().isValid())
        return false;
    return true;
}

} // namespace atalaya
