#pragma once

#include "analytics/bedavailability.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** Every hospital at the time cursor for QML, with the counts of both bed types and the
 *  occupancy and level of the chosen one. A figure without data is undefined, never 0. */
class HospitalsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("HospitalsModel is provided by Dashboard.hospitals.model")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        HospitalIdRole = Qt::UserRole + 1,
        NameRole,
        InstitutionRole,
        DistrictRole,
        CoordinateRole,       // QGeoCoordinate
        GeneralFreeRole,      // int or undefined
        GeneralTotalRole,
        IcuFreeRole,
        IcuTotalRole,
        FreeBedsRole,         // of the chosen type, int or undefined
        TotalBedsRole,
        OccupancyPercentRole, // of the chosen type, 0..100, or undefined
        LevelRole,            // of the chosen type: "high", "medium", "low" or "nodata"
        LevelRankRole,        // 0 high, 1 medium, 2 low; undefined for no data (sorts last)
        LevelOnlyRole,        // the report gave a level and no counts
        StaleRole,
        HasReportRole,
        ReportedAtRole,       // QDateTime or undefined
        ReportedAtTextRole,   // "15/03/2026 09:00", empty without a report
        AgeSecondsRole,       // qint64 or undefined
        AgeTextRole,          // "3 h ago", "No report"
    };
    Q_ENUM(Role)

    explicit HospitalsModel(QObject *parent = nullptr);

    /** Replaces the rows. The same hospitals in the same order only change their data, so
     *  views keep their current row while the time cursor moves. */
    void setStatuses(const QList<HospitalStatus> &statuses, BedType type);
    void clear();

    BedType bedType() const { return m_type; }
    const QList<HospitalStatus> &statuses() const { return m_rows; }
    /** The row of a hospital, or -1. */
    int rowOf(qint64 hospitalId) const;

    /** "12 min ago", "3 h ago", "2 d ago", translated; "No report" for a negative age. */
    static QString ageText(qint64 seconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<HospitalStatus> m_rows;
    BedType m_type = BedType::General;
};

} // namespace atalaya
