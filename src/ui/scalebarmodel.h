#pragma once

#include <QObject>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** A map scale bar for QML: from the map's zoom level and latitude (Web Mercator, 256-pixel
 *  tiles, as Qt Location's zoomLevel counts them) to a bar of a round length and its label. */
class ScaleBarModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY inputsChanged)
    Q_PROPERTY(double latitude READ latitude WRITE setLatitude NOTIFY inputsChanged)
    Q_PROPERTY(double maxWidth READ maxWidth WRITE setMaxWidth NOTIFY inputsChanged)
    Q_PROPERTY(double metresPerPixel READ metresPerPixel NOTIFY changed)
    Q_PROPERTY(double width READ width NOTIFY changed)
    Q_PROPERTY(double metres READ metres NOTIFY changed)
    Q_PROPERTY(QString label READ label NOTIFY changed)

public:
    explicit ScaleBarModel(QObject *parent = nullptr);

    double zoomLevel() const { return m_zoomLevel; }
    void setZoomLevel(double zoomLevel);
    double latitude() const { return m_latitude; }
    void setLatitude(double latitude);
    double maxWidth() const { return m_maxWidth; }
    void setMaxWidth(double maxWidth);

    double metresPerPixel() const { return m_metresPerPixel; }
    double width() const { return m_width; }
    double metres() const { return m_metres; }
    QString label() const { return m_label; }

    /** Ground metres per logical pixel at a latitude and Qt Location zoom level. */
    static double metresPerPixelAt(double latitude, double zoomLevel);

Q_SIGNALS:
    void inputsChanged();
    void changed();

private:
    void update();

    double m_zoomLevel = 0;
    double m_latitude = 0;
    double m_maxWidth = 100;
    double m_metresPerPixel = 0;
    double m_width = 0;
    double m_metres = 0;
    QString m_label;
};

} // namespace atalaya
