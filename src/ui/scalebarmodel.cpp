#include "scalebarmodel.h"

#include "geo/scalebar.h"


namespace atalaya {

ScaleBarModel::ScaleBarModel(QObject *parent)
    : QObject(parent)
{
    update();
}

void ScaleBarModel::setZoomLevel(double zoomLevel)
{
    if (qFuzzyCompare(zoomLevel, m_zoomLevel))
        return;
    m_zoomLevel = zoomLevel;
    Q_EMIT inputsChanged();
    update();
}

void ScaleBarModel::setLatitude(double latitude)
{
    if (qFuzzyCompare(latitude, m_latitude))
        return;
    m_latitude = latitude;
    Q_EMIT inputsChanged();
    update();
}

void ScaleBarModel::setMaxWidth(double maxWidth)
{
    if (qFuzzyCompare(maxWidth, m_maxWidth))
        return;
    m_maxWidth = maxWidth;
    Q_EMIT inputsChanged();
    update();
}

double ScaleBarModel::metresPerPixelAt(double latitude, double zoomLevel)
{
    return webMercatorMetresPerPixel(latitude, zoomLevel);
}

void ScaleBarModel::update()
{
    m_metresPerPixel = metresPerPixelAt(m_latitude, m_zoomLevel);
    if (m_metresPerPixel > 0 && m_maxWidth > 0) {
        const ScaleBarLength bar = niceScaleBar(m_metresPerPixel, m_maxWidth);
        m_width = bar.pixels;
        m_metres = bar.metres;
        m_label = bar.label;
    } else {
        m_width = 0;
        m_metres = 0;
        m_label.clear();
    }
    Q_EMIT changed();
}

} // namespace atalaya
