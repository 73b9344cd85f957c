#pragma once

#include "geo/geometry.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** The recreational areas' polygons for the map: one row per polygon part (a MapPolygon each),
 *  with whether the area is open at the time cursor to the chosen audience and the window that
 *  lets them in. The largest part of each area carries the label point. */
class ServiceAreasModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ServiceAreasModel is provided by Dashboard.services.areas")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ServiceIdRole = Qt::UserRole + 1,
        NameRole,
        PathRole,             // the part's outer ring, a list of QGeoCoordinate
        OpenRole,
        WindowTextRole,       // "06:00–10:00" when open; empty when closed
        LabelCoordinateRole,  // valid on the largest part only
    };
    Q_ENUM(Role)

    struct Area {
        qint64 id = 0;
        QString name;
        MultiPolygon polygons;
    };

    explicit ServiceAreasModel(QObject *parent = nullptr);

    /** Replaces the areas; every one starts closed. */
    void setAreas(const QList<Area> &areas);
    /** The areas open now, by id, with their window's text; every other area is closed. */
    void setOpen(const QHash<qint64, QString> &open);
    bool isOpen(qint64 id) const { return m_ids.contains(id) && m_open.contains(id); }
    int areaCount() const { return int(m_ids.size()); }
    /** Areas drawn filled: open, and with a polygon. */
    int openCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    struct Part {
        qint64 id = 0;
        QString name;
        QVariantList path;
        bool labelled = false;
        GeoPoint label;
    };
    QList<Part> m_parts;
    QHash<qint64, QString> m_open;
    QSet<qint64> m_ids;
};

} // namespace atalaya
