#pragma once

#include "services/pointindex.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration/qqmlintegration.h>

#include <optional>

namespace atalaya {

/** The service points a ServicePointLayer draws: a PointIndex built from them, kept up to date
 *  point by point as owners edit, with `changed` whenever what the layer must draw changed. */
class ServicePointSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int rejected READ rejected NOTIFY changed)
    // The index's clustering: a grid of cells this many pixels wide at each integer zoom, and
    // the zoom from which every point is drawn on its own. Changing either rebuilds the index.
    Q_PROPERTY(double clusterRadius READ clusterRadius WRITE setClusterRadius NOTIFY optionsChanged)
    Q_PROPERTY(int maxClusterZoom READ maxClusterZoom WRITE setMaxClusterZoom NOTIFY optionsChanged)

public:
    explicit ServicePointSource(QObject *parent = nullptr);

    /** Replaces every point and rebuilds the index. */
    void setPoints(const QList<IndexedPoint> &points);
    /** One point's new status, category or position; false (and no signal) when the id is
     *  unknown or the values are invalid. */
    bool update(const IndexedPoint &point);

    /** For QML and tests: a list of {id, latitude, longitude, category, status}, status being
     *  0/1/2 or "open"/"limited"/"closed". Entries that cannot be read count as rejected. */
    Q_INVOKABLE void setPointList(const QVariantList &points);
    /** For QML: update() with one such map. */
    Q_INVOKABLE bool updatePoint(const QVariantMap &point);

    const PointIndex &index() const { return m_index; }
    /** A point as it was last set or updated. */
    std::optional<IndexedPoint> point(qint64 id) const;

    int count() const { return int(m_index.size()); }
    int rejected() const { return int(m_index.rejected() + m_unreadable); }
    double clusterRadius() const { return m_options.clusterRadiusPx; }
    void setClusterRadius(double radius);
    int maxClusterZoom() const { return m_options.maxClusterZoom; }
    void setMaxClusterZoom(int zoom);

    /** The status a map names it by, or nullopt for anything else. */
    static std::optional<ServiceStatus> statusFromVariant(const QVariant &value);

Q_SIGNALS:
    void changed();
    void optionsChanged();

private:
    static std::optional<IndexedPoint> pointFromMap(const QVariantMap &map);
    void rebuild();

    PointIndex::Options m_options;
    PointIndex m_index;
    QList<IndexedPoint> m_points;
    QHash<qint64, qsizetype> m_rows; // id -> row of m_points
    qsizetype m_unreadable = 0;
};

} // namespace atalaya
