#pragma once

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QVariantList>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

class Database;

/** The offline basemap for the Map page: land, sea, rivers, parks and beaches from the store's
 *  basemap_feature rows, then district and neighbourhood outlines with their label points.
 *  One row per drawable part: a MultiPolygon gives one row per polygon. */
class BasemapModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("BasemapModel is provided by Dashboard.basemap")
    Q_PROPERTY(QGeoRectangle bounds READ bounds NOTIFY boundsChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // land, sea, river, park, beach, district, neighbourhood
        NameRole,
        // QVariantList of QGeoCoordinate: outer ring or line vertices. Not called "path": a
        // MapPolygon delegate's own path property would be shadowed by the required property.
        CoordinatesRole,
        LabelCoordinateRole, // where to write the name; invalid for unlabelled rows
        ShapeRole,           // Shape
        DrawOrderRole,       // bottom first; not "layer", which every Item already has
    };
    Q_ENUM(Role)

    enum Shape { Area, Line };
    Q_ENUM(Shape)

    explicit BasemapModel(QObject *parent = nullptr);

    /** Reads every layer from the store; rows whose geometry does not parse are skipped with a
     *  warning (one bad feature must not blank the map). */
    void load(const Database &db);
    void clear();

    /** The city's extent: its districts, or every feature when it has none. */
    QGeoRectangle bounds() const { return m_bounds; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Draw order of a kind (bottom first); unknown kinds go on top of the areas. */
    static int layerOf(const QString &kind);

Q_SIGNALS:
    void boundsChanged();
    void countChanged();

private:
    struct Feature {
        QString kind;
        QString name;
        QVariantList path;
        QGeoCoordinate labelCoordinate;
        Shape shape = Area;
        int layer = 0;
    };

    QList<Feature> m_features;
    QGeoRectangle m_bounds;
};

/** A layer of the basemap: rows of some kinds and one shape, optionally only labelled ones. */
class BasemapFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY kindsChanged)
    Q_PROPERTY(atalaya::BasemapModel::Shape shape READ shape WRITE setShape NOTIFY shapeChanged)
    Q_PROPERTY(bool labelledOnly READ labelledOnly WRITE setLabelledOnly NOTIFY labelledOnlyChanged)

public:
    explicit BasemapFilterModel(QObject *parent = nullptr);

    QStringList kinds() const { return m_kinds; }
    /** Empty: every kind. */
    void setKinds(const QStringList &kinds);
    BasemapModel::Shape shape() const { return m_shape; }
    void setShape(BasemapModel::Shape shape);
    bool labelledOnly() const { return m_labelledOnly; }
    void setLabelledOnly(bool labelledOnly);

Q_SIGNALS:
    void kindsChanged();
    void shapeChanged();
    void labelledOnlyChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_kinds;
    BasemapModel::Shape m_shape = BasemapModel::Area;
    bool m_labelledOnly = false;
};

} // namespace atalaya
