#pragma once

#include "analytics/occupancy.h"
#include "occupancysitesmodel.h"
#include "occupancysitessortmodel.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QVariant>
#include <QtCharts/QXYSeries>
#include <QtQmlIntegration/qqmlintegration.h>

#include <memory>
#include <optional>

namespace atalaya {

class Database;

/** The Occupancy page's state: every crowding site's traffic light at the time cursor, the
 *  selected site's card (its reading, today's curve against the usual one for the weekday, the
 *  weekday x hour heatmap of the last weeks) and the green alternatives of the same kind. Made by
 *  the Dashboard (Dashboard.occupancy), which calls recompute() when the cursor moves or new
 *  readings arrive. */
class OccupancyPanel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OccupancyPanel is provided by Dashboard.occupancy")
    /** Every site in the store's order, for the map. */
    Q_PROPERTY(atalaya::OccupancySitesModel *sites READ sites CONSTANT)
    /** The same sites ordered for the list (by crowding unless asked otherwise). */
    Q_PROPERTY(atalaya::OccupancySitesSortModel *sortedSites READ sortedSites CONSTANT)
    Q_PROPERTY(QDateTime at READ at NOTIFY atChanged)
    /** The moment in the city's time ("14:30", or "Sun 15 Mar 14:30" when asked for the date). */
    Q_PROPERTY(QString atText READ atText NOTIFY atChanged)
    /** A reading older than this is stale: the site is grey. */
    Q_PROPERTY(int staleAfterMinutes READ staleAfterMinutes CONSTANT)
    /** How far (percentage points) under its line a light must fall to step down. */
    Q_PROPERTY(double hysteresisPoints READ hysteresisPoints CONSTANT)

    // How many sites show each light.
    Q_PROPERTY(int greenCount READ greenCount NOTIFY lightsChanged)
    Q_PROPERTY(int amberCount READ amberCount NOTIFY lightsChanged)
    Q_PROPERTY(int redCount READ redCount NOTIFY lightsChanged)
    Q_PROPERTY(int closedCount READ closedCount NOTIFY lightsChanged)
    Q_PROPERTY(int unknownCount READ unknownCount NOTIFY lightsChanged)

    /** The selected site's id; 0 for none. An id that is not a site selects nothing. */
    Q_PROPERTY(qint64 selectedId READ selectedId WRITE setSelectedId NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedKindTitle READ selectedKindTitle NOTIFY selectedChanged)
    Q_PROPERTY(QGeoCoordinate selectedCoordinate READ selectedCoordinate NOTIFY selectedChanged)
    /** "green", "amber", "red", "closed", "unknown"; empty without a selection. */
    Q_PROPERTY(QString selectedLight READ selectedLight NOTIFY selectedChanged)
    Q_PROPERTY(QVariant selectedOccupancyPercent READ selectedOccupancyPercent NOTIFY selectedChanged)
    Q_PROPERTY(QVariant selectedPeople READ selectedPeople NOTIFY selectedChanged)
    Q_PROPERTY(QVariant selectedLevel READ selectedLevel NOTIFY selectedChanged)
    Q_PROPERTY(int selectedCapacity READ selectedCapacity NOTIFY selectedChanged)
    Q_PROPERTY(bool selectedStale READ selectedStale NOTIFY selectedChanged)
    /** When its latest reading was taken, in the city's time; empty without one. */
    Q_PROPERTY(QString selectedReadingText READ selectedReadingText NOTIFY selectedChanged)
    Q_PROPERTY(double selectedAmberPercent READ selectedAmberPercent NOTIFY selectedChanged)
    Q_PROPERTY(double selectedRedPercent READ selectedRedPercent NOTIFY selectedChanged)
    /** undefined: the site never closes access. */
    Q_PROPERTY(QVariant selectedClosedPercent READ selectedClosedPercent NOTIFY selectedChanged)

    /** How many weeks the heatmap and the usual curve look back: 4, 8 or 12. */
    Q_PROPERTY(int profileWeeks READ profileWeeks WRITE setProfileWeeks NOTIFY profileChanged)
    /** The selected site's typical week: 7 rows (Monday first), each { day, dayName, cells },
     *  cells 24 of { hour, percent (undefined = no data), readings, light }. */
    Q_PROPERTY(QVariantList heatmap READ heatmap NOTIFY profileChanged)
    /** Day of the heatmap row that is the cursor's weekday (0 = Monday); -1 without a site. */
    Q_PROPERTY(int cursorWeekday READ cursorWeekday NOTIFY atChanged)
    Q_PROPERTY(int cursorHour READ cursorHour NOTIFY atChanged)
    /** The weeks the profile covers, in words ("4 weeks to 15 Mar"). */
    Q_PROPERTY(QString profileRangeText READ profileRangeText NOTIFY profileChanged)

    // The day chart: the cursor's day in the city's time. Times are ms for DateTimeAxis, shifted
    // so that the axis (which writes the machine's local time) writes the city's clock.
    Q_PROPERTY(QDateTime dayFrom READ dayFrom NOTIFY dayChanged)
    Q_PROPERTY(QDateTime dayTo READ dayTo NOTIFY dayChanged)
    Q_PROPERTY(double cursorAxisMs READ cursorAxisMs NOTIFY atChanged)
    /** A round top for the percent axis that holds both curves and the thresholds. */
    Q_PROPERTY(double dayChartMax READ dayChartMax NOTIFY dayChanged)
    Q_PROPERTY(int todayPoints READ todayPoints NOTIFY dayChanged)
    Q_PROPERTY(int usualPoints READ usualPoints NOTIFY dayChanged)

    /** Green sites of the selected site's kind nearest to it, when it is amber, red or closed:
     *  { siteId, name, distanceMetres, distanceText, occupancyPercent, coordinate }. */
    Q_PROPERTY(QVariantList alternatives READ alternatives NOTIFY alternativesChanged)

public:
    explicit OccupancyPanel(QObject *parent = nullptr);
    ~OccupancyPanel() override;

    /** The store to read (not owned); nullptr clears everything. */
    void setDatabase(Database *db);
    /** Reads every site's light at the moment and refreshes the selected site's card. */
    void recompute(const QDateTime &at);

    OccupancySitesModel *sites() const { return m_sites; }
    OccupancySitesSortModel *sortedSites() const { return m_sorted; }
    QDateTime at() const { return m_at; }
    QString atText() const;
    static constexpr int kStaleAfterMinutes = 30;
    int staleAfterMinutes() const { return kStaleAfterMinutes; }
    double hysteresisPoints() const { return occupancy::Thresholds{}.hysteresis * 100.0; }

    int greenCount() const { return m_counts[1]; }
    int amberCount() const { return m_counts[2]; }
    int redCount() const { return m_counts[3]; }
    int closedCount() const { return m_counts[4]; }
    int unknownCount() const { return m_counts[0]; }

    qint64 selectedId() const { return m_selectedId; }
    void setSelectedId(qint64 id);
    QString selectedName() const;
    QString selectedKindTitle() const;
    QGeoCoordinate selectedCoordinate() const;
    QString selectedLight() const;
    QVariant selectedOccupancyPercent() const;
    QVariant selectedPeople() const;
    QVariant selectedLevel() const;
    int selectedCapacity() const;
    bool selectedStale() const;
    QString selectedReadingText() const;
    double selectedAmberPercent() const;
    double selectedRedPercent() const;
    QVariant selectedClosedPercent() const;

    int profileWeeks() const { return m_weeks; }
    void setProfileWeeks(int weeks);
    QVariantList heatmap() const { return m_heatmap; }
    int cursorWeekday() const;
    int cursorHour() const;
    QString profileRangeText() const;
    const occupancy::WeekProfile &profile() const { return m_profile; }

    QDateTime dayFrom() const { return m_dayFrom; }
    QDateTime dayTo() const { return m_dayTo; }
    double cursorAxisMs() const;
    double dayChartMax() const { return m_dayChartMax; }
    int todayPoints() const { return int(m_today.size()); }
    int usualPoints() const { return int(m_usual.size()); }
    const QList<QPointF> &today() const { return m_today; }
    const QList<QPointF> &usual() const { return m_usual; }
    /** Today's readings of the selected site up to the cursor, in percent, in one replace(). */
    Q_INVOKABLE void fillToday(QXYSeries *series) const;
    /** The usual curve for the cursor's weekday (the profile's hourly means, at each hour's middle). */
    Q_INVOKABLE void fillUsual(QXYSeries *series) const;
    /** A horizontal line across the day at a percentage (a threshold); NaN empties the series.
     *  dayChanged() also tells when the selected site's thresholds changed. */
    Q_INVOKABLE void fillLine(QXYSeries *series, double percent) const;

    QVariantList alternatives() const { return m_alternatives; }
    /** Where a site is (for flying the map there); invalid for an unknown id. */
    Q_INVOKABLE QGeoCoordinate coordinateOf(qint64 siteId) const;
    /** Selects the next (step 1) or previous (-1) site in the list's order, wrapping around. */
    Q_INVOKABLE void selectNext(int step);

    /** "1.2 km", "350 m" in the user's locale. */
    static QString distanceText(double metres);

Q_SIGNALS:
    void atChanged();
    void lightsChanged();
    void selectedChanged();
    void profileChanged();
    void dayChanged();
    void alternativesChanged();

private:
    const OccupancySitesModel::Row *selectedRow() const;
    /** The city's local time of an instant. */
    QDateTime cityTime(qint64 secs) const;
    /** The instant as DateTimeAxis must get it to write the city's clock. */
    double axisMs(qint64 secs) const;
    QString timeText(qint64 secs, bool withDate) const;
    void refreshSelected();
    void refreshProfile();
    void refreshDay();
    void refreshAlternatives();

    Database *m_db = nullptr;
    std::unique_ptr<occupancy::OccupancyStore> m_store;
    OccupancySitesModel *m_sites = nullptr;
    OccupancySitesSortModel *m_sorted = nullptr;
    QDateTime m_at;
    std::array<int, 5> m_counts{};
    qint64 m_selectedId = 0;

    int m_weeks = 8;
    occupancy::WeekProfile m_profile;
    QVariantList m_heatmap;
    // What the profile was computed for: it covers the weeks before the cursor's day, so moving
    // within a day (every step of the slider) does not read it again.
    struct ProfileKey {
        qint64 siteId = 0;
        int weeks = 0;
        qint64 dayStart = 0;
        bool operator==(const ProfileKey &) const = default;
    };
    std::optional<ProfileKey> m_profileKey;
    qint64 m_dayStart = 0; // the cursor's day in the city's time, UTC seconds

    QDateTime m_dayFrom;
    QDateTime m_dayTo;
    QList<QPointF> m_today;
    QList<QPointF> m_usual;
    double m_dayChartMax = 100;
    QList<double> m_dayLines;

    QVariantList m_alternatives;
};

} // namespace atalaya
