#include "map/servicepointlayer.h"

#include <QAccessible>
#include <QPainter>
#include <QQmlContext>
#include <QQmlProperty>
#include <QQuickWindow>
#include <QSGGeometryNode>
#include <QSGRenderNode>
#include <QSGRendererInterface>
#include <QSGTexture>
#include <QSGTextureMaterial>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace atalaya {

namespace {

// How far outside a mark a click still picks it, in logical pixels (a finger is not a cursor).
constexpr double kHitSlop = 3;
// A selected mark's halo, relative to the mark's diameter.
constexpr double kPointHalo = 1.8;
constexpr double kClusterHalo = 1.3;
constexpr int kDefaultCountsInterval = 100;

/** The GPU path: every quad, two triangles each, in one node over the atlas texture. */
class QuadGeometryNode : public QSGGeometryNode
{
public:
    QuadGeometryNode()
        : m_geometry(QSGGeometry::defaultAttributes_TexturedPoint2D(), 0)
    {
        // Six vertices a quad and no index list: 16-bit indices would cap a node at 16,384 quads,
        // and four vertices with six 32-bit indices take about as many bytes.
        m_geometry.setDrawingMode(QSGGeometry::DrawTriangles);
        // Rewritten whenever the view moves.
        m_geometry.setVertexDataPattern(QSGGeometry::DynamicPattern);
        setGeometry(&m_geometry);
        m_material.setFiltering(QSGTexture::Linear);
        m_material.setHorizontalWrapMode(QSGTexture::ClampToEdge);
        m_material.setVerticalWrapMode(QSGTexture::ClampToEdge);
        setMaterial(&m_material);
    }

    void setAtlas(QQuickWindow *window, const QImage &image, quint64 version)
    {
        if (m_atlasVersion == version && m_texture)
            return;
        m_texture.reset(window->createTextureFromImage(image));
        m_material.setTexture(m_texture.get());
        m_atlasSize = image.size();
        m_atlasVersion = version;
        m_quadsVersion = 0; // texture coordinates depend on the atlas's size
        markDirty(QSGNode::DirtyMaterial);
    }

    void setQuads(const QList<ServicePointLayer::Quad> &quads, quint64 version)
    {
        if (m_quadsVersion == version || m_atlasSize.isEmpty())
            return;
        m_quadsVersion = version;
        const bool wasEmpty = m_geometry.vertexCount() == 0;
        m_geometry.allocate(int(quads.size() * 6));
        QSGGeometry::TexturedPoint2D *vertex = m_geometry.vertexDataAsTexturedPoint2D();
        const float w = float(m_atlasSize.width());
        const float h = float(m_atlasSize.height());
        for (const ServicePointLayer::Quad &quad : quads) {
            const float x0 = float(quad.target.left()), x1 = float(quad.target.right());
            const float y0 = float(quad.target.top()), y1 = float(quad.target.bottom());
            const float u0 = float(quad.source.left()) / w, u1 = float(quad.source.left() + quad.source.width()) / w;
            const float v0 = float(quad.source.top()) / h, v1 = float(quad.source.top() + quad.source.height()) / h;
            vertex[0].set(x0, y0, u0, v0);
            vertex[1].set(x1, y0, u1, v0);
            vertex[2].set(x0, y1, u0, v1);
            vertex[3].set(x0, y1, u0, v1);
            vertex[4].set(x1, y0, u1, v0);
            vertex[5].set(x1, y1, u1, v1);
            vertex += 6;
        }
        // The batch renderer leaves an empty node out of its batches, and a geometry change alone
        // does not bring it back in; a material change makes it rebuild them.
        markDirty(wasEmpty && !quads.isEmpty() ? QSGNode::DirtyGeometry | QSGNode::DirtyMaterial
                                               : QSGNode::DirtyState(QSGNode::DirtyGeometry));
    }

private:
    QSGGeometry m_geometry;
    QSGTextureMaterial m_material;
    std::unique_ptr<QSGTexture> m_texture;
    QSize m_atlasSize;
    quint64 m_atlasVersion = 0;
    quint64 m_quadsVersion = 0;
};

/** The software path: the same quads painted from the atlas image with QPainter. */
class QuadPainterNode : public QSGRenderNode
{
public:
    explicit QuadPainterNode(QQuickWindow *window) : m_window(window) {}

    void setContent(const QImage &atlas, const QList<ServicePointLayer::Quad> &quads, quint64 version, const QRectF &bounds)
    {
        if (version == m_version && bounds == m_bounds)
            return;
        // Both are implicitly shared: no pixel or quad is copied here.
        m_atlas = atlas;
        m_quads = quads;
        m_version = version;
        m_bounds = bounds;
        markDirty(QSGNode::DirtyMaterial);
    }

    void render(const RenderState *state) override
    {
        auto *painter = static_cast<QPainter *>(
            m_window->rendererInterface()->getResource(m_window, QSGRendererInterface::PainterResource));
        if (!painter || m_atlas.isNull())
            return;
        if (const QRegion *clip = state->clipRegion(); clip && !clip->isEmpty())
            painter->setClipRegion(*clip, Qt::ReplaceClip); // before setTransform, as it is in device space
        painter->setTransform(matrix()->toTransform());
        painter->setOpacity(inheritedOpacity());
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        for (const ServicePointLayer::Quad &quad : std::as_const(m_quads))
            painter->drawImage(quad.target, m_atlas, QRectF(quad.source));
    }

    RenderingFlags flags() const override { return BoundedRectRendering; }
    QRectF rect() const override { return m_bounds; }
    StateFlags changedStates() const override { return {}; }

private:
    QQuickWindow *m_window;
    QImage m_atlas;
    QList<ServicePointLayer::Quad> m_quads;
    quint64 m_version = 0;
    QRectF m_bounds;
};

double snap(double value, double dpr)
{
    return std::round(value * dpr) / dpr;
}

} // namespace

ServicePointLayer::ServicePointLayer(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    // Marks at the edge must not spill over the panels around the map.
    setClip(true);
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(kDefaultCountsInterval);
    connect(&m_countsTimer, &QTimer::timeout, this, &ServicePointLayer::updateCounts);
}

ServicePointLayer::~ServicePointLayer() = default;

void ServicePointLayer::setSource(ServicePointSource *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &ServicePointSource::changed, this, [this] { invalidate(MarksDirty); });
        connect(m_source, &ServicePointSource::optionsChanged, this, [this] { invalidate(MarksDirty); });
        connect(m_source, &QObject::destroyed, this, [this] { invalidate(MarksDirty); });
    }
    invalidate(MarksDirty);
    Q_EMIT sourceChanged();
}

void ServicePointLayer::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    invalidate(MarksDirty);
    Q_EMIT viewChanged();
}

void ServicePointLayer::setZoomLevel(double zoomLevel)
{
    if (zoomLevel == m_zoomLevel || !std::isfinite(zoomLevel))
        return;
    m_zoomLevel = zoomLevel;
    invalidate(MarksDirty);
    Q_EMIT viewChanged();
}

void ServicePointLayer::setBearing(double bearing)
{
    if (bearing == m_bearing || !std::isfinite(bearing))
        return;
    m_bearing = bearing;
    invalidate(MarksDirty);
    Q_EMIT viewChanged();
}

void ServicePointLayer::setTilt(double tilt)
{
    if (tilt == m_tilt || !std::isfinite(tilt))
        return;
    m_tilt = tilt;
    invalidate(MarksDirty);
    Q_EMIT viewChanged();
}

void ServicePointLayer::setFieldOfView(double fieldOfView)
{
    if (fieldOfView == m_fieldOfView || !std::isfinite(fieldOfView))
        return;
    m_fieldOfView = fieldOfView;
    invalidate(MarksDirty);
    Q_EMIT viewChanged();
}

void ServicePointLayer::setCategoryVisible(const QList<bool> &visible)
{
    if (visible == m_categoryVisible)
        return;
    m_categoryVisible = visible;
    invalidate(MarksDirty);
    Q_EMIT categoryVisibleChanged();
}

CategoryMask ServicePointLayer::categoryMask() const
{
    CategoryMask mask = kAllCategories;
    for (qsizetype c = 0; c < std::min<qsizetype>(m_categoryVisible.size(), kMaxCategories); ++c) {
        if (!m_categoryVisible.at(c))
            mask &= ~(CategoryMask(1) << c);
    }
    return mask;
}

void ServicePointLayer::setCategoryColors(const QList<QColor> &colors)
{
    if (colors == m_style.categoryColors)
        return;
    m_style.categoryColors = colors;
    invalidate(StyleDirty);
    Q_EMIT styleChanged();
}

void ServicePointLayer::setCategoryShapes(const QStringList &shapes)
{
    if (shapes == m_style.categoryShapes)
        return;
    m_style.categoryShapes = shapes;
    invalidate(StyleDirty);
    Q_EMIT styleChanged();
}

QList<QColor> ServicePointLayer::statusColors() const
{
    return QList<QColor>(m_style.statusColors.begin(), m_style.statusColors.end());
}

void ServicePointLayer::setStatusColors(const QList<QColor> &colors)
{
    bool changed = false;
    for (qsizetype s = 0; s < std::min<qsizetype>(colors.size(), kServiceStatusCount); ++s) {
        if (m_style.statusColors[size_t(s)] != colors.at(s)) {
            m_style.statusColors[size_t(s)] = colors.at(s);
            changed = true;
        }
    }
    if (!changed)
        return;
    invalidate(StyleDirty);
    Q_EMIT styleChanged();
}

void ServicePointLayer::setStyleColor(QColor MarkStyle::*member, const QColor &color)
{
    if (color == m_style.*member)
        return;
    m_style.*member = color;
    invalidate(StyleDirty);
    Q_EMIT styleChanged();
}

void ServicePointLayer::setHaloColor(const QColor &color)
{
    setStyleColor(&MarkStyle::haloColor, color);
}

void ServicePointLayer::setClusterColor(const QColor &color)
{
    setStyleColor(&MarkStyle::clusterColor, color);
}

void ServicePointLayer::setLabelColor(const QColor &color)
{
    setStyleColor(&MarkStyle::labelColor, color);
}

void ServicePointLayer::setSelectionColor(const QColor &color)
{
    setStyleColor(&MarkStyle::selectionColor, color);
}

void ServicePointLayer::setPointSize(double size)
{
    if (size == m_style.pointSize || !(size > 0) || !std::isfinite(size))
        return;
    m_style.pointSize = size;
    invalidate(StyleDirty);
    Q_EMIT styleChanged();
}

void ServicePointLayer::setClusterSize(double size)
{
    if (size == m_style.clusterSize || !(size > 0) || !std::isfinite(size))
        return;
    m_style.clusterSize = size;
    invalidate(StyleDirty);
    Q_EMIT styleChanged();
}

void ServicePointLayer::setSelectedId(qint64 id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    invalidate(MarksDirty);
    Q_EMIT selectedIdChanged();
}

QVariantList ServicePointLayer::countsInView()
{
    if (m_countsDirty) {
        m_countsDirty = false;
        const int categories = std::max(1, m_style.categoryCount());
        QVariantList counts;
        counts.reserve(categories);
        std::array<int, kMaxCategories> perCategory{};
        const MapCamera view = camera();
        if (m_source && view.isValid())
            perCategory = m_source->index().countsInView(view.visibleMercatorRect(), kAllCategories);
        for (int c = 0; c < std::min(categories, kMaxCategories); ++c)
            counts.append(perCategory[size_t(c)]);
        m_counts = counts;
    }
    return m_counts;
}

void ServicePointLayer::setCountsInterval(int ms)
{
    if (ms < 0 || ms == m_countsTimer.interval())
        return;
    m_countsTimer.setInterval(ms);
    Q_EMIT countsIntervalChanged();
}

int ServicePointLayer::markCount()
{
    ensureMarks();
    return int(m_marks.size());
}

QVariantMap ServicePointLayer::markAt(QPointF itemPos)
{
    ensureMarks();
    for (qsizetype i = m_marks.size() - 1; i >= 0; --i) {
        const Mark &mark = m_marks.at(i);
        if (QLineF(mark.position, itemPos).length() > mark.radius + kHitSlop)
            continue;
        double lat = 0, lon = 0;
        fromMercator(mark.cluster.position, &lat, &lon);
        return {
            {QStringLiteral("id"), mark.cluster.id},
            {QStringLiteral("count"), mark.cluster.count},
            {QStringLiteral("latitude"), lat},
            {QStringLiteral("longitude"), lon},
            {QStringLiteral("category"), mark.cluster.category},
        };
    }
    return {};
}

QPointF ServicePointLayer::fromCoordinate(const QGeoCoordinate &coordinate)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (!coordinate.isValid())
        return {nan, nan};
    return camera().toItem(toMercator(coordinate.latitude(), coordinate.longitude())).value_or(QPointF(nan, nan));
}

MapCamera ServicePointLayer::camera() const
{
    const MercatorPoint centre = m_center.isValid() ? toMercator(m_center.latitude(), m_center.longitude())
                                                    : MercatorPoint{0.5, 0.5};
    return MapCamera(centre, m_zoomLevel, size(), m_bearing, m_tilt, m_fieldOfView);
}

double ServicePointLayer::maxMarkRadius() const
{
    return std::max(m_style.pointSize * kPointHalo, m_style.clusterSize * 1.24 * kClusterHalo) / 2;
}

QRectF ServicePointLayer::queryRect() const
{
    const MapCamera view = camera();
    if (!view.isValid())
        return {};
    QRectF rect = view.visibleMercatorRect(maxMarkRadius());
    const int level = int(std::floor(std::max(0.0, m_zoomLevel)));
    if (m_source && level < m_source->maxClusterZoom()) {
        // Out to whole cells: a cell cut by the rectangle would show only part of its members,
        // and its count would change as the map pans.
        const double cell = m_source->clusterRadius() / (256.0 * std::exp2(level));
        rect = QRectF(QPointF(std::floor(rect.left() / cell) * cell, std::floor(rect.top() / cell) * cell),
                      QPointF(std::ceil(rect.right() / cell) * cell, std::ceil(rect.bottom() / cell) * cell))
                   .intersected(QRectF(0, 0, 1, 1));
    }
    return rect;
}

const QList<ServicePointLayer::Mark> &ServicePointLayer::marks()
{
    ensureMarks();
    return m_marks;
}

const QList<ServicePointLayer::Quad> &ServicePointLayer::quads()
{
    ensureMarks();
    return m_quads;
}

void ServicePointLayer::invalidate(quint8 what)
{
    m_dirty |= what;
    m_countsDirty = true;
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
    polish();
    update();
}

void ServicePointLayer::updatePolish()
{
    ensureMarks();
}

void ServicePointLayer::ensureAtlas()
{
    MarkStyle style = m_style;
    style.devicePixelRatio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    m_dirty &= quint8(~StyleDirty);
    if (!m_atlas.isNull() && m_atlas.style() == style)
        return;
    m_atlas = MarkAtlas(style);
    ++m_atlasVersion;
    m_dirty |= MarksDirty; // the quads name atlas pixels
}

void ServicePointLayer::ensureMarks()
{
    ensureAtlas();
    if (!(m_dirty & MarksDirty))
        return;
    m_dirty &= quint8(~MarksDirty);
    m_marks.clear();

    const MapCamera view = camera();
    if (m_source && view.isValid()) {
        const PointIndex &index = m_source->index();
        const CategoryMask mask = categoryMask();
        const QList<PointCluster> clusters = index.clusters(m_zoomLevel, queryRect(), mask);

        // The selected point, and the cluster cell it falls in at this zoom.
        const int level = int(std::floor(std::max(0.0, m_zoomLevel)));
        const bool clustering = level < m_source->maxClusterZoom();
        const double cell = m_source->clusterRadius() / (256.0 * std::exp2(level));
        std::optional<std::pair<double, double>> selectedCell;
        if (m_selectedId != 0 && clustering) {
            if (const std::optional<IndexedPoint> point = m_source->point(m_selectedId);
                point && point->category < kMaxCategories && (mask & (CategoryMask(1) << point->category))) {
                const MercatorPoint m = toMercator(point->lat, point->lon);
                selectedCell = std::pair(std::floor(m.x / cell), std::floor(m.y / cell));
            }
        }

        const double margin = maxMarkRadius();
        const QRectF bounds = QRectF(QPointF(0, 0), size()).adjusted(-margin, -margin, margin, margin);
        QList<Mark> singles, groups;
        std::optional<Mark> selected;
        singles.reserve(clusters.size());
        for (const PointCluster &cluster : clusters) {
            const std::optional<QPointF> at = view.toItem(cluster.position);
            if (!at || !bounds.contains(*at))
                continue;
            Mark mark{cluster, *at, 0, false};
            if (cluster.count == 1) {
                mark.radius = m_style.pointSize / 2;
                mark.selected = cluster.id == m_selectedId && m_selectedId != 0;
            } else {
                mark.radius = m_atlas.clusterDiameter(MarkAtlas::countLabel(cluster.count).size()) / 2;
                mark.selected = selectedCell && std::floor(cluster.position.x / cell) == selectedCell->first
                                && std::floor(cluster.position.y / cell) == selectedCell->second;
            }
            if (mark.selected && !selected)
                selected = mark;
            else
                (cluster.count == 1 ? singles : groups).append(mark);
        }
        // Clusters over single points, the selected mark over everything.
        m_marks = std::move(singles);
        m_marks.append(groups);
        if (selected)
            m_marks.append(*selected);
    }
    buildQuads();
    ++m_quadsVersion;
    if (m_marks.size() != m_lastMarkCount) {
        m_lastMarkCount = int(m_marks.size());
        Q_EMIT marksChanged();
    }
    update();
}

void ServicePointLayer::buildQuads()
{
    m_quads.clear();
    if (m_atlas.isNull())
        return;
    const double dpr = m_atlas.style().devicePixelRatio;
    m_quads.reserve(m_marks.size() + m_marks.size() / 4);
    const QRect halo = m_atlas.selection();
    const double haloDiameter = std::max(m_style.pointSize * kPointHalo, m_style.clusterSize * 1.24 * kClusterHalo);
    // A picture centred on a point at `scale` times its pixel size.
    auto centred = [dpr](QPointF at, QRect source, double scale) {
        const double w = source.width() / dpr * scale;
        const double h = source.height() / dpr * scale;
        return QRectF(snap(at.x() - w / 2, dpr), snap(at.y() - h / 2, dpr), w, h);
    };
    for (const Mark &mark : std::as_const(m_marks)) {
        const PointCluster &cluster = mark.cluster;
        if (cluster.count == 1) {
            if (mark.selected)
                m_quads.append({centred(mark.position, halo, m_style.pointSize * kPointHalo / haloDiameter), halo});
            ServiceStatus status = ServiceStatus::Open;
            for (int s = 0; s < kServiceStatusCount; ++s) {
                if (cluster.statusCounts[size_t(s)] > 0)
                    status = ServiceStatus(s);
            }
            const QRect icon = m_atlas.icon(cluster.category, status);
            m_quads.append({centred(mark.position, icon, 1.0), icon});
            continue;
        }
        const QString label = MarkAtlas::countLabel(cluster.count);
        const double diameter = m_atlas.clusterDiameter(label.size());
        if (mark.selected)
            m_quads.append({centred(mark.position, halo, diameter * kClusterHalo / haloDiameter), halo});
        const QRect ring = m_atlas.ring(MarkAtlas::ringSteps(cluster.statusCounts));
        m_quads.append({centred(mark.position, ring, diameter / m_atlas.clusterDiameter(4)), ring});
        double width = 0;
        for (const QChar c : label) {
            if (const MarkAtlas::Glyph *glyph = m_atlas.glyph(c))
                width += glyph->advance;
        }
        // Glyph pictures carry a margin around their advance; the pen starts inside it.
        double x = snap(mark.position.x() - width / 2, dpr);
        const double y = snap(mark.position.y() - m_atlas.labelHeight() / 2, dpr);
        for (const QChar c : label) {
            const MarkAtlas::Glyph *glyph = m_atlas.glyph(c);
            if (!glyph)
                continue;
            const double pad = 2 / dpr;
            m_quads.append({QRectF(snap(x, dpr) - pad, y - pad, glyph->source.width() / dpr, glyph->source.height() / dpr),
                            glyph->source});
            x += glyph->advance;
        }
    }
}

void ServicePointLayer::updateCounts()
{
    const QVariantList counts = countsInView();
    if (counts == m_notifiedCounts)
        return;
    m_notifiedCounts = counts;
    updateAccessibility();
    Q_EMIT countsInViewChanged();
}

void ServicePointLayer::updateAccessibility()
{
    QQmlContext *context = qmlContext(this);
    if (!context)
        return;
    const CategoryMask mask = categoryMask();
    int shown = 0;
    const QVariantList counts = countsInView();
    for (qsizetype c = 0; c < counts.size(); ++c) {
        if (mask & (CategoryMask(1) << c))
            shown += counts.at(c).toInt();
    }
    // The Accessible attached object is Qt Quick's; reached through QML so that no private
    // header is needed. Written here, so a page need not repeat it.
    QQmlProperty(this, QStringLiteral("Accessible.role"), context).write(int(QAccessible::Graphic));
    QQmlProperty(this, QStringLiteral("Accessible.name"), context).write(tr("Service points on the map"));
    QQmlProperty(this, QStringLiteral("Accessible.description"), context)
        .write(tr("%n service point(s) in view", nullptr, shown));
}

QSGNode *ServicePointLayer::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    QQuickWindow *win = window();
    if (!win)
        return oldNode;
    const bool software = win->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
    if (software) {
        auto *node = dynamic_cast<QuadPainterNode *>(oldNode);
        if (!node) {
            delete oldNode;
            node = new QuadPainterNode(win);
        }
        node->setContent(m_atlas.image(), m_quads, m_quadsVersion, QRectF(QPointF(0, 0), size()));
        return node;
    }
    auto *node = dynamic_cast<QuadGeometryNode *>(oldNode);
    if (!node) {
        delete oldNode;
        node = new QuadGeometryNode;
    }
    if (!m_atlas.isNull())
        node->setAtlas(win, m_atlas.image(), m_atlasVersion);
    node->setQuads(m_quads, m_quadsVersion);
    return node;
}

void ServicePointLayer::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        invalidate(MarksDirty);
}

void ServicePointLayer::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickItem::itemChange(change, value);
    if (change == ItemDevicePixelRatioHasChanged || change == ItemSceneChange)
        invalidate(StyleDirty | MarksDirty);
}

void ServicePointLayer::componentComplete()
{
    QQuickItem::componentComplete();
    updateAccessibility();
}

} // namespace atalaya
