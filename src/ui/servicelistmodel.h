#pragma once

#include "geo/geometry.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** A list of services as the Map page shows them: the search's results (post codes first, then
 *  services, each saying which fields matched) or the services a post code serves (grouped by
 *  category: the view makes a section of categoryName). */
class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ServiceListModel is provided by Dashboard.services")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "service" or "postcode"
        ServiceIdRole,               // 0 for a post code
        NameRole,                    // a post code row: the code
        CategoryIndexRole,           // into Dashboard.services.categorySlugs; -1 for a post code
        CategorySlugRole,
        CategoryNameRole,
        AddressRole,
        PostCodeRole,
        StatusRole,                  // "open", "limited", "closed"
        MatchedRole,                 // "Matched: name, address" (search results only)
        CoordinateRole,              // QGeoCoordinate
        ServiceCountRole,            // a post code row: how many services have it
    };
    Q_ENUM(Role)

    struct Row {
        QString kind = QStringLiteral("service");
        qint64 id = 0;
        QString name;
        int category = -1;
        QString categorySlug;
        QString categoryName;
        QString address;
        QString postCode;
        QString status;
        QString matched;
        GeoPoint location;
        bool hasLocation = false;
        int services = 0;
    };

    explicit ServiceListModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    /** A service's status changed (an edit): its rows say so. */
    void setStatus(qint64 serviceId, const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace atalaya
