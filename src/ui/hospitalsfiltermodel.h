#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** The hospitals table's rows: filtered by text (name, institution, district), by level and by
 *  freshness, sorted by any role with the rows without data always last. */
class HospitalsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    /** Case- and accent-insensitive; matches the name, institution or district. */
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    /** Level keys to keep ("high", "medium", "low", "nodata"); empty keeps every level. */
    Q_PROPERTY(QStringList levels READ levels WRITE setLevels NOTIFY levelsChanged)
    Q_PROPERTY(bool hideStale READ hideStale WRITE setHideStale NOTIFY hideStaleChanged)
    /** A role name of HospitalsModel ("name", "occupancyPercent", "level", "reportedAt", ...);
     *  empty keeps the source order. */
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY sortChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit HospitalsFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    QStringList levels() const { return m_levels; }
    void setLevels(const QStringList &levels);
    bool hideStale() const { return m_hideStale; }
    void setHideStale(bool hide);
    QString sortKey() const { return m_sortKey; }
    void setSortKey(const QString &key);
    bool descending() const { return m_descending; }
    void setDescending(bool descending);
    int count() const { return rowCount(); }

    /** Sorts by the key; the same key again flips the direction (a column header's click). */
    Q_INVOKABLE void toggleSort(const QString &key);
    /** The row showing a hospital, or -1 when it is filtered out. */
    Q_INVOKABLE int rowOfHospital(qint64 hospitalId) const;
    /** The hospital id of a row, or 0. */
    Q_INVOKABLE qint64 hospitalIdAt(int row) const;

    /** Lower case without accents, for matching "Clinica" with "Clínica". */
    static QString folded(const QString &text);

Q_SIGNALS:
    void filterTextChanged();
    void levelsChanged();
    void hideStaleChanged();
    void sortChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void applySort();
    int roleOf(const QString &key) const;

    QString m_filterText;
    QString m_foldedFilter;
    QStringList m_levels;
    QString m_sortKey;
    bool m_hideStale = false;
    bool m_descending = false;
};

} // namespace atalaya
