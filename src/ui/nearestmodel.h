#pragma once

#include "analytics/bedavailability.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** The hospitals with a free bed of the chosen type nearest to a point, nearest first, with
 *  the straight-line distance and the estimated travel time. */
class NearestModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("NearestModel is provided by Dashboard.hospitals.nearest")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RankRole = Qt::UserRole + 1, // 1 for the nearest
        HospitalIdRole,
        NameRole,
        InstitutionRole,
        DistrictRole,
        DistanceKmRole,              // straight line
        TravelMinutesRole,           // estimatedTravelMinutes()
        FreeBedsRole,                // of the chosen type
        TotalBedsRole,               // int or undefined
        LevelRole,                   // level key
        CoordinateRole,              // QGeoCoordinate
    };
    Q_ENUM(Role)

    explicit NearestModel(QObject *parent = nullptr);

    void setRows(const QList<NearestHospital> &rows, BedType type);
    void clear();
    const QList<NearestHospital> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<NearestHospital> m_rows;
    BedType m_type = BedType::General;
};

} // namespace atalaya
