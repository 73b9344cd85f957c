#include "servicepointsource.h"

#include <cmath>

namespace atalaya {

ServicePointSource::ServicePointSource(QObject *parent)
    : QObject(parent)
    , m_index(m_options)
{
}

void ServicePointSource::setPoints(const QList<IndexedPoint> &points)
{
    m_points = points;
    m_unreadable = 0;
    rebuild();
}

bool ServicePointSource::update(const IndexedPoint &point)
{
    const auto row = m_rows.constFind(point.id);
    if (row == m_rows.cend() || !m_index.update(point))
        return false;
    m_points[*row] = point;
    Q_EMIT changed();
    return true;
}

void ServicePointSource::setPointList(const QVariantList &points)
{
    QList<IndexedPoint> read;
    read.reserve(points.size());
    qsizetype unreadable = 0;
    for (const QVariant &entry : points) {
        if (const std::optional<IndexedPoint> point = pointFromMap(entry.toMap()))
            read.append(*point);
        else
            ++unreadable;
    }
    m_points = std::move(read);
    m_unreadable = unreadable;
    rebuild();
}

bool ServicePointSource::updatePoint(const QVariantMap &point)
{
    const std::optional<IndexedPoint> read = pointFromMap(point);
    return read && update(*read);
}

std::optional<IndexedPoint> ServicePointSource::point(qint64 id) const
{
    const auto row = m_rows.constFind(id);
    if (row == m_rows.cend())
        return std::nullopt;
    return m_points.at(*row);
}

void ServicePointSource::setClusterRadius(double radius)
{
    if (!std::isfinite(radius) || radius <= 0 || radius == m_options.clusterRadiusPx)
        return;
    m_options.clusterRadiusPx = radius;
    Q_EMIT optionsChanged();
    rebuild();
}

void ServicePointSource::setMaxClusterZoom(int zoom)
{
    if (zoom < 0 || zoom == m_options.maxClusterZoom)
        return;
    m_options.maxClusterZoom = zoom;
    Q_EMIT optionsChanged();
    rebuild();
}

std::optional<ServiceStatus> ServicePointSource::statusFromVariant(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QString name = value.toString();
        if (name == u"open")
            return ServiceStatus::Open;
        if (name == u"limited")
            return ServiceStatus::Limited;
        if (name == u"closed")
            return ServiceStatus::Closed;
        return std::nullopt;
    }
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < 0 || number >= kServiceStatusCount)
        return std::nullopt;
    return ServiceStatus(number);
}

std::optional<IndexedPoint> ServicePointSource::pointFromMap(const QVariantMap &map)
{
    bool idOk = false, latOk = false, lonOk = false, categoryOk = false;
    IndexedPoint point;
    point.id = map.value(QStringLiteral("id")).toLongLong(&idOk);
    point.lat = map.value(QStringLiteral("latitude")).toDouble(&latOk);
    point.lon = map.value(QStringLiteral("longitude")).toDouble(&lonOk);
    const int category = map.value(QStringLiteral("category")).toInt(&categoryOk);
    const QVariant statusValue = map.value(QStringLiteral("status"), 0);
    const std::optional<ServiceStatus> status = statusFromVariant(statusValue);
    if (!idOk || !latOk || !lonOk || !categoryOk || category < 0 || category >= kMaxCategories || !status)
        return std::nullopt;
    point.category = quint16(category);
    point.status = *status;
    return point;
}

void ServicePointSource::rebuild()
{
    m_index = PointIndex(m_options);
    m_index.build(m_points);
    m_rows.clear();
    m_rows.reserve(m_points.size());
    for (qsizetype row = 0; row < m_points.size(); ++row)
        m_rows.insert(m_points.at(row).id, row);
    Q_EMIT changed();
}

} // namespace atalaya
