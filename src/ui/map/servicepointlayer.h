#pragma once

#include "map/mapcamera.h"
#include "map/markatlas.h"
#include "map/servicepointsource.h"
#include "services/pointindex.h"

#include <QColor>
#include <QGeoCoordinate>
#include <QList>
#include <QPointer>
#include <QQuickItem>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

namespace atalaya {

/** Every service point over a Qt Location Map, drawn by the Qt Quick scene graph as one node:
 *  textured quads from a MarkAtlas (icons, cluster rings, count glyphs), rebuilt only for the
 *  marks in view when the view, the data or the style changes. Put it over the map with
 *  anchors.fill and bind the map's center, zoomLevel, bearing, tilt and fieldOfView; it projects
 *  with its own Web Mercator camera (MapCamera), not Qt's private classes.
 *
 *  Under the software scene graph (offscreen, no GPU) the same quads are painted with QPainter
 *  by a render node, since the software renderer does not draw geometry nodes. */
class ServicePointLayer : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(atalaya::ServicePointSource *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(double bearing READ bearing WRITE setBearing NOTIFY viewChanged)
    Q_PROPERTY(double tilt READ tilt WRITE setTilt NOTIFY viewChanged)
    Q_PROPERTY(double fieldOfView READ fieldOfView WRITE setFieldOfView NOTIFY viewChanged)
    // Category c is drawn unless categoryVisible[c] is false (missing entries count as shown).
    Q_PROPERTY(QList<bool> categoryVisible READ categoryVisible WRITE setCategoryVisible NOTIFY categoryVisibleChanged)
    Q_PROPERTY(QList<QColor> categoryColors READ categoryColors WRITE setCategoryColors NOTIFY styleChanged)
    Q_PROPERTY(QStringList categoryShapes READ categoryShapes WRITE setCategoryShapes NOTIFY styleChanged)
    // Open, limited, closed: the parts of a cluster's ring.
    Q_PROPERTY(QList<QColor> statusColors READ statusColors WRITE setStatusColors NOTIFY styleChanged)
    Q_PROPERTY(QColor haloColor READ haloColor WRITE setHaloColor NOTIFY styleChanged)
    Q_PROPERTY(QColor clusterColor READ clusterColor WRITE setClusterColor NOTIFY styleChanged)
    Q_PROPERTY(QColor labelColor READ labelColor WRITE setLabelColor NOTIFY styleChanged)
    Q_PROPERTY(QColor selectionColor READ selectionColor WRITE setSelectionColor NOTIFY styleChanged)
    Q_PROPERTY(double pointSize READ pointSize WRITE setPointSize NOTIFY styleChanged)
    Q_PROPERTY(double clusterSize READ clusterSize WRITE setClusterSize NOTIFY styleChanged)
    // 0: nothing selected.
    Q_PROPERTY(qint64 selectedId READ selectedId WRITE setSelectedId NOTIFY selectedIdChanged)
    // Points of each category (every category, shown or not) inside the view, for the layer
    // list; one entry per styled category. Notified at most every countsInterval ms while the
    // view moves: the list needs no frame-by-frame figures.
    Q_PROPERTY(QVariantList countsInView READ countsInView NOTIFY countsInViewChanged)
    Q_PROPERTY(int countsInterval READ countsInterval WRITE setCountsInterval NOTIFY countsIntervalChanged)
    // Marks (points and clusters) drawn now.
    Q_PROPERTY(int markCount READ markCount NOTIFY marksChanged)

public:
    /** One drawn mark: what the index returned and where it is on the item. */
    struct Mark {
        PointCluster cluster;
        QPointF position;
        double radius = 0;   // logical pixels, for hit tests
        bool selected = false;
    };
    /** One textured quad: where on the item, and which atlas pixels. */
    struct Quad {
        QRectF target;
        QRect source;
    };

    explicit ServicePointLayer(QQuickItem *parent = nullptr);
    ~ServicePointLayer() override;

    ServicePointSource *source() const { return m_source; }
    void setSource(ServicePointSource *source);
    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const { return m_zoomLevel; }
    void setZoomLevel(double zoomLevel);
    double bearing() const { return m_bearing; }
    void setBearing(double bearing);
    double tilt() const { return m_tilt; }
    void setTilt(double tilt);
    double fieldOfView() const { return m_fieldOfView; }
    void setFieldOfView(double fieldOfView);

    QList<bool> categoryVisible() const { return m_categoryVisible; }
    void setCategoryVisible(const QList<bool> &visible);
    /** Bit c set: category c shown (from categoryVisible). */
    CategoryMask categoryMask() const;
    QList<QColor> categoryColors() const { return m_style.categoryColors; }
    void setCategoryColors(const QList<QColor> &colors);
    QStringList categoryShapes() const { return m_style.categoryShapes; }
    void setCategoryShapes(const QStringList &shapes);
    QList<QColor> statusColors() const;
    void setStatusColors(const QList<QColor> &colors);
    QColor haloColor() const { return m_style.haloColor; }
    void setHaloColor(const QColor &color);
    QColor clusterColor() const { return m_style.clusterColor; }
    void setClusterColor(const QColor &color);
    QColor labelColor() const { return m_style.labelColor; }
    void setLabelColor(const QColor &color);
    QColor selectionColor() const { return m_style.selectionColor; }
    void setSelectionColor(const QColor &color);
    double pointSize() const { return m_style.pointSize; }
    void setPointSize(double size);
    double clusterSize() const { return m_style.clusterSize; }
    void setClusterSize(double size);

    qint64 selectedId() const { return m_selectedId; }
    void setSelectedId(qint64 id);

    QVariantList countsInView();
    int countsInterval() const { return m_countsTimer.interval(); }
    void setCountsInterval(int ms);
    int markCount();

    /** The topmost mark under an item position: {id, count, latitude, longitude, category}
     *  (id 0 and category -1 for a cluster of several; category -1 too when a cluster mixes
     *  categories), or an empty map. A cluster's coordinate is the mean of its members. */
    Q_INVOKABLE QVariantMap markAt(QPointF itemPos);
    /** Where the layer draws a coordinate, as Map.fromCoordinate would (NaN behind a tilted eye). */
    Q_INVOKABLE QPointF fromCoordinate(const QGeoCoordinate &coordinate);

    /** The camera of the current view. */
    MapCamera camera() const;
    /** The rectangle the index is asked for: the view grown by a mark's radius, then out to
     *  whole cluster cells so that marks at the edge show all their members. */
    QRectF queryRect() const;
    /** The marks drawn now, in drawing order (the selected one last). */
    const QList<Mark> &marks();
    const QList<Quad> &quads();

Q_SIGNALS:
    void sourceChanged();
    void viewChanged();
    void categoryVisibleChanged();
    void styleChanged();
    void selectedIdChanged();
    void countsInViewChanged();
    void countsIntervalChanged();
    void marksChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;
    void updatePolish() override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    void componentComplete() override;

private:
    enum Dirty : quint8 { MarksDirty = 1, StyleDirty = 2 };
    void invalidate(quint8 what);
    void ensureAtlas();
    void ensureMarks();
    void buildQuads();
    void updateCounts();
    void updateAccessibility();
    double maxMarkRadius() const;
    void setStyleColor(QColor MarkStyle::*member, const QColor &color);

    QPointer<ServicePointSource> m_source;
    QGeoCoordinate m_center{0, 0};
    double m_zoomLevel = 0;
    double m_bearing = 0;
    double m_tilt = 0;
    double m_fieldOfView = 90;
    QList<bool> m_categoryVisible;
    MarkStyle m_style;
    qint64 m_selectedId = 0;

    quint8 m_dirty = MarksDirty | StyleDirty;
    MarkAtlas m_atlas;
    quint64 m_atlasVersion = 0;  // bumped with every new atlas image, for the texture
    QList<Mark> m_marks;
    QList<Quad> m_quads;
    quint64 m_quadsVersion = 0;  // bumped with every new quad list, for the nodes
    int m_lastMarkCount = 0;

    bool m_countsDirty = true;
    QVariantList m_counts;
    QVariantList m_notifiedCounts;
    int m_lastTotalInView = -1;
    QTimer m_countsTimer;
};

} // namespace atalaya
