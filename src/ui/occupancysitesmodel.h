#pragma once

#include "analytics/occupancy.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** Every crowding site with its traffic light at the time cursor, for the Occupancy page's map
 *  and list. Rows stay in the store's order (site id) so the map's markers are not rebuilt when
 *  the lights change; OccupancySitesSortModel orders them for the list. A figure without data is
 *  undefined, never 0. */
class OccupancySitesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OccupancySitesModel is provided by Dashboard.occupancy.sites")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        SiteIdRole = Qt::UserRole + 1,
        CodeRole,
        NameRole,
        KindRole,             // "beach", "square", "market", "station", "park", "car_park", ...
        KindTitleRole,        // the kind in words, translated
        CoordinateRole,       // QGeoCoordinate
        CapacityRole,         // people (or spaces), 0 when unknown
        LightRole,            // "green", "amber", "red", "closed" or "unknown"
        LightRankRole,        // 4 closed, 3 red, 2 amber, 1 green, 0 unknown: higher is more crowded
        OccupancyPercentRole, // 0..100+ or undefined (no reading, or a level-only sensor)
        PeopleRole,           // occupancy x capacity, rounded, or undefined
        LevelRole,            // FIWARE occupationRate level 0..3, or undefined
        StaleRole,            // the latest reading is older than the stale limit
        HasReadingRole,
        ReadingAtRole,        // QDateTime or undefined
        ReadingTimeTextRole,  // "14:30" (the city's time), with the date when not the cursor's day
        AmberPercentRole,     // the site's thresholds in percent
        RedPercentRole,
        ClosedPercentRole,    // undefined: the site never closes
    };
    Q_ENUM(Role)

    struct Row {
        occupancy::Site site;
        occupancy::SiteLight light;
        QString readingText;
    };

    explicit OccupancySitesModel(QObject *parent = nullptr);

    /** Replaces the rows. The same sites in the same order only change their data, so the map's
     *  markers and the list's current row survive a move of the time cursor. */
    void setRows(const QList<Row> &rows);
    void clear();
    const QList<Row> &rows() const { return m_rows; }
    /** The row of a site, or -1. */
    int rowOf(qint64 siteId) const;

    static QString lightKey(occupancy::Light light);
    static int lightRank(occupancy::Light light);
    /** "Beach", "Square", ... translated; the stored word for a kind we do not know. */
    static QString kindTitle(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace atalaya
