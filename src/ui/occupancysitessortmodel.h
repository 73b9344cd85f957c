#pragma once

#include "occupancysitesmodel.h"

#include <QSortFilterProxyModel>
#include <QString>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** The sites as the list shows them: by crowding (closed, red, amber, green, then grey; fuller
 *  first within a light) unless a column title asks for another order. Rows move as the lights
 *  change; the current row follows its site. */
class OccupancySitesSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OccupancySitesSortModel is provided by Dashboard.occupancy.sortedSites")
    /** "crowding", "name", "kind", "occupancy" or "reading"; anything else is ignored. */
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY sortChanged)
    /** Reverses the key's natural order (most crowded, A to Z, fullest, newest first). */
    Q_PROPERTY(bool reversed READ isReversed WRITE setReversed NOTIFY sortChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit OccupancySitesSortModel(OccupancySitesModel *source, QObject *parent = nullptr);

    QString sortKey() const { return m_key; }
    void setSortKey(const QString &key);
    bool isReversed() const { return m_reversed; }
    void setReversed(bool reversed);
    int count() const { return rowCount(); }

    /** The same key again reverses it; another key starts in its natural order. */
    Q_INVOKABLE void toggleSort(const QString &key);
    Q_INVOKABLE qint64 siteIdAt(int row) const;
    Q_INVOKABLE int rowOfSite(qint64 siteId) const;

Q_SIGNALS:
    void sortChanged();
    void countChanged();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /** Negative when a comes first in the key's order (reversed or not); ties go by name. */
    int compare(const OccupancySitesModel::Row &a, const OccupancySitesModel::Row &b) const;
    void resort();

    OccupancySitesModel *m_source;
    QString m_key = QStringLiteral("crowding");
    bool m_reversed = false;
};

} // namespace atalaya
