#pragma once

#include "analytics/bedavailability.h"
#include "hospitalsmodel.h"
#include "nearestmodel.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QPointF>
#include <QUrl>
#include <QVariant>
#include <QtCharts/QXYSeries>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

class Database;

/** The Hospitals page's state: the chosen bed type and thresholds, every hospital at the time
 *  cursor, the city totals, the selected hospital, the nearest hospitals with a free bed from a
 *  point, the trend series and the import. Made by the Dashboard (Dashboard.hospitals). */
class HospitalsPanel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("HospitalsPanel is provided by Dashboard.hospitals")
    /** "general" or "icu"; anything else is ignored. Saved in AppSettings. */
    Q_PROPERTY(QString bedType READ bedType WRITE setBedType NOTIFY bedTypeChanged)
    Q_PROPERTY(atalaya::HospitalsModel *model READ model CONSTANT)
    Q_PROPERTY(atalaya::NearestModel *nearest READ nearest CONSTANT)
    Q_PROPERTY(QDateTime at READ at NOTIFY atChanged)

    // Thresholds, in percent of beds in use (the core's fractions times 100).
    Q_PROPERTY(double mediumFromPercent READ mediumFromPercent NOTIFY thresholdsChanged)
    Q_PROPERTY(double lowAbovePercent READ lowAbovePercent NOTIFY thresholdsChanged)
    /** Why the last setThresholds() was refused; empty after an accepted one. */
    Q_PROPERTY(QString thresholdMessage READ thresholdMessage NOTIFY thresholdMessageChanged)

    // City totals of the chosen bed type over current reports with counts.
    Q_PROPERTY(QVariant freeBeds READ freeBeds NOTIFY totalsChanged)   // number or undefined
    Q_PROPERTY(QVariant totalBeds READ totalBeds NOTIFY totalsChanged) // number or undefined
    /** Beds in use over beds counted, 0..100, or undefined. */
    Q_PROPERTY(QVariant occupancyPercent READ occupancyPercent NOTIFY totalsChanged)
    Q_PROPERTY(int hospitalCount READ hospitalCount NOTIFY totalsChanged)
    Q_PROPERTY(int hospitalsCounted READ hospitalsCounted NOTIFY totalsChanged)
    Q_PROPERTY(int hospitalsStale READ hospitalsStale NOTIFY totalsChanged)
    Q_PROPERTY(int hospitalsLevelOnly READ hospitalsLevelOnly NOTIFY totalsChanged)
    Q_PROPERTY(int hospitalsWithoutReport READ hospitalsWithoutReport NOTIFY totalsChanged)
    Q_PROPERTY(QString newestReportText READ newestReportText NOTIFY totalsChanged)

    /** The selected hospital's id; 0 for none. */
    Q_PROPERTY(qint64 selectedId READ selectedId WRITE setSelectedId NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedDistrict READ selectedDistrict NOTIFY selectedChanged)
    Q_PROPERTY(QGeoCoordinate selectedCoordinate READ selectedCoordinate NOTIFY selectedChanged)

    /** Where the nearest hospitals were asked from; invalid when not asked. */
    /** The city's post codes, sorted, for asking "nearest from this post code". */
    Q_PROPERTY(QStringList postCodes READ postCodes NOTIFY postCodesChanged)
    Q_PROPERTY(QGeoCoordinate nearestOrigin READ nearestOrigin NOTIFY nearestChanged)
    /** "From the point clicked on the map", "From the centre of Centro", ... */
    Q_PROPERTY(QString nearestOriginText READ nearestOriginText NOTIFY nearestChanged)
    /** A straight line (QGeoCoordinate list) from the origin to the nearest hospital; empty
     *  when there is none. Not a road route. */
    Q_PROPERTY(QVariantList routePath READ routePath NOTIFY nearestChanged)
    /** The travel-time model and its limits, for a footnote or tooltip. */
    Q_PROPERTY(QString travelModelNote READ travelModelNote CONSTANT)

    // Trends: the window both charts show (ms since the epoch, for DateTimeAxis) and their scales.
    Q_PROPERTY(QDateTime trendFrom READ trendFrom NOTIFY trendsChanged)
    Q_PROPERTY(QDateTime trendTo READ trendTo NOTIFY trendsChanged)
    Q_PROPERTY(double cityTrendMax READ cityTrendMax NOTIFY trendsChanged)
    Q_PROPERTY(int cityTrendPoints READ cityTrendPoints NOTIFY trendsChanged)
    Q_PROPERTY(int selectedTrendPoints READ selectedTrendPoints NOTIFY trendsChanged)

public:
    explicit HospitalsPanel(QObject *parent = nullptr);
    ~HospitalsPanel() override;

    /** The store to read (not owned); nullptr clears everything. Reads the thresholds and the
     *  bed type saved in AppSettings when there is an instance. */
    void setDatabase(Database *db);
    /** Reads every hospital at the moment and refreshes everything that depends on it. */
    void recompute(const QDateTime &at);

    QString bedType() const;
    void setBedType(const QString &type);
    BedType type() const { return m_type; }
    HospitalsModel *model() const { return m_model; }
    NearestModel *nearest() const { return m_nearest; }
    QDateTime at() const { return m_at; }

    AvailabilityThresholds thresholds() const { return m_thresholds; }
    double mediumFromPercent() const { return m_thresholds.mediumFrom * 100.0; }
    double lowAbovePercent() const { return m_thresholds.lowAbove * 100.0; }
    QString thresholdMessage() const { return m_thresholdMessage; }
    /** Applies and saves new thresholds; refuses (and says why in thresholdMessage) unless
     *  0 < mediumFrom < lowAbove < 100. */
    Q_INVOKABLE bool setThresholds(double mediumFromPercent, double lowAbovePercent);
    /** Back to Mexico City's rule (25 % and 80 %). */
    Q_INVOKABLE void resetThresholds();
    /** Forgets a refusal (a new edit of the thresholds begins). */
    Q_INVOKABLE void clearThresholdMessage() { setThresholdMessage({}); }

    QVariant freeBeds() const;
    QVariant totalBeds() const;
    QVariant occupancyPercent() const;
    int hospitalCount() const { return int(m_statuses.size()); }
    int hospitalsCounted() const { return m_totals.hospitalsCounted; }
    int hospitalsStale() const { return m_totals.hospitalsStale; }
    int hospitalsLevelOnly() const { return m_totals.hospitalsLevelOnly; }
    int hospitalsWithoutReport() const { return m_totals.hospitalsWithoutReport; }
    QString newestReportText() const;

    qint64 selectedId() const { return m_selectedId; }
    void setSelectedId(qint64 id);
    QString selectedName() const;
    QString selectedDistrict() const;
    QGeoCoordinate selectedCoordinate() const;

    QGeoCoordinate nearestOrigin() const { return m_origin; }
    QString nearestOriginText() const { return m_originText; }
    QVariantList routePath() const;
    static QString travelModelNote();

    /** The hospitals with a free bed of the chosen type nearest to a point (nearest model and
     *  route); they follow the time cursor and the bed type until cleared. */
    Q_INVOKABLE void nearestFrom(const QGeoCoordinate &origin);
    /** The same from the centre of the selected hospital's district; false without one. */
    Q_INVOKABLE bool nearestFromSelectedDistrict();
    /** Nearest hospitals with capacity from a post code's centre; false for an unknown code. */
    Q_INVOKABLE bool nearestFromPostCode(const QString &code);
    QStringList postCodes() const { return m_postCodes; }
    Q_INVOKABLE void clearNearest();

    QDateTime trendFrom() const { return m_trendFrom; }
    QDateTime trendTo() const { return m_trendTo; }
    double cityTrendMax() const { return m_cityTrendMax; }
    int cityTrendPoints() const { return int(m_cityTrend.size()); }
    int selectedTrendPoints() const { return int(m_selectedTrend.size()); }
    const QList<QPointF> &cityTrend() const { return m_cityTrend; }
    const QList<QPointF> &selectedTrend() const { return m_selectedTrend; }
    /** City free beds of the chosen type per day (x: ms since the epoch), in one replace(). */
    Q_INVOKABLE void fillCityTrend(QXYSeries *series) const;
    /** The selected hospital's occupancy of the chosen type in percent, in one replace(). */
    Q_INVOKABLE void fillSelectedTrend(QXYSeries *series) const;
    /** Horizontal lines at two heights across the trend window (the thresholds). */
    Q_INVOKABLE void fillLevelLines(QXYSeries *series, double lower, double upper) const;

    /** Imports a CSV or JSON file of hospitals and bed reports, re-reads everything and
     *  returns the import's summary (or its error) as text. */
    Q_INVOKABLE QString importHospitals(const QUrl &file);

Q_SIGNALS:
    void bedTypeChanged();
    void atChanged();
    void thresholdsChanged();
    void thresholdMessageChanged();
    void totalsChanged();
    void selectedChanged();
    void nearestChanged();
    void postCodesChanged();
    void trendsChanged();
    /** The store has new hospitals or reports (after an import): whoever owns the time cursor
     *  re-reads the data range and recomputes (Dashboard does). */
    void storeChanged();

private:
    void refresh();
    void refreshNearest();
    void refreshTrends();
    void setThresholdMessage(const QString &message);
    const HospitalStatus *selectedStatus() const;
    QDateTime latestReport() const;

    Database *m_db = nullptr;
    HospitalsModel *m_model = nullptr;
    NearestModel *m_nearest = nullptr;
    QDateTime m_at;
    BedType m_type = BedType::General;
    AvailabilityThresholds m_thresholds;
    QString m_thresholdMessage;
    QList<HospitalStatus> m_statuses;
    BedTotals m_totals;
    qint64 m_selectedId = 0;
    QGeoCoordinate m_origin;
    QString m_originText;
    QStringList m_postCodes;
    QDateTime m_trendFrom;
    QDateTime m_trendTo;
    QList<QPointF> m_cityTrend;
    QList<QPointF> m_selectedTrend;
    double m_cityTrendMax = 0;
    // What the trends were computed for: they are re-read only when one of these changes.
    struct TrendKey {
        QDateTime from, to;
        BedType type = BedType::General;
        qint64 selectedId = 0;
        bool operator==(const TrendKey &) const = default;
    };
    std::optional<TrendKey> m_trendKey;
};

} // namespace atalaya
