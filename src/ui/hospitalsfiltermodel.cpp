#include "hospitalsfiltermodel.h"

#include "hospitalsmodel.h"

#include <QDateTime>

namespace atalaya {

HospitalsFilterModel::HospitalsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &HospitalsFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &HospitalsFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &HospitalsFilterModel::countChanged);
    // A new source knows nothing of our sort role yet.
    connect(this, &QSortFilterProxyModel::sourceModelChanged, this, &HospitalsFilterModel::applySort);
}

QString HospitalsFilterModel::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

void HospitalsFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_foldedFilter = folded(text.trimmed());
    invalidateRowsFilter();
    Q_EMIT filterTextChanged();
    Q_EMIT countChanged();
}

void HospitalsFilterModel::setLevels(const QStringList &levels)
{
    if (levels == m_levels)
        return;
    m_levels = levels;
    invalidateRowsFilter();
    Q_EMIT levelsChanged();
    Q_EMIT countChanged();
}

void HospitalsFilterModel::setHideStale(bool hide)
{
    if (hide == m_hideStale)
        return;
    m_hideStale = hide;
    invalidateRowsFilter();
    Q_EMIT hideStaleChanged();
    Q_EMIT countChanged();
}

void HospitalsFilterModel::setSortKey(const QString &key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    applySort();
    Q_EMIT sortChanged();
}

void HospitalsFilterModel::setDescending(bool descending)
{
    if (descending == m_descending)
        return;
    m_descending = descending;
    applySort();
    Q_EMIT sortChanged();
}

void HospitalsFilterModel::toggleSort(const QString &key)
{
    if (key == m_sortKey) {
        setDescending(!m_descending);
        return;
    }
    m_sortKey = key;
    m_descending = false;
    applySort();
    Q_EMIT sortChanged();
}

int HospitalsFilterModel::rowOfHospital(qint64 hospitalId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(HospitalsModel::HospitalIdRole).toLongLong() == hospitalId)
            return row;
    }
    return -1;
}

qint64 HospitalsFilterModel::hospitalIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return index(row, 0).data(HospitalsModel::HospitalIdRole).toLongLong();
}

int HospitalsFilterModel::roleOf(const QString &key) const
{
    // Levels sort by their rank (high, medium, low) and report times by the time itself.
    if (key == QLatin1String("level"))
        return HospitalsModel::LevelRankRole;
    if (key == QLatin1String("reportedAt") || key == QLatin1String("ageText") || key == QLatin1String("reportedAtText"))
        return HospitalsModel::ReportedAtRole;
    const QHash<int, QByteArray> roles = sourceModel() ? sourceModel()->roleNames() : HospitalsModel().roleNames();
    return roles.key(key.toUtf8(), -1);
}

void HospitalsFilterModel::applySort()
{
    const int role = m_sortKey.isEmpty() ? -1 : roleOf(m_sortKey);
    if (role < 0) {
        sort(-1); // the source order
        return;
    }
    setSortRole(role);
    // A sort that finds the same key in the same direction does nothing: force it.
    sort(-1);
    sort(0, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

bool HospitalsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hideStale && index.data(HospitalsModel::StaleRole).toBool())
        return false;
    if (!m_levels.isEmpty() && !m_levels.contains(index.data(HospitalsModel::LevelRole).toString()))
        return false;
    if (m_foldedFilter.isEmpty())
        return true;
    for (const int role : {HospitalsModel::NameRole, HospitalsModel::InstitutionRole, HospitalsModel::DistrictRole}) {
        if (folded(index.data(role).toString()).contains(m_foldedFilter))
            return true;
    }
    return false;
}

bool HospitalsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const bool hasA = a.isValid() && !a.isNull();
    const bool hasB = b.isValid() && !b.isNull();
    // Rows without data go last in both directions; a descending sort compares (b, a).
    if (!hasA || !hasB) {
        if (hasA == hasB)
            return left.row() < right.row();
        return hasA ? !m_descending : m_descending;
    }
    const auto tieBreak = [&] {
        const int byName = QString::localeAwareCompare(left.data(HospitalsModel::NameRole).toString(),
                                                       right.data(HospitalsModel::NameRole).toString());
        return byName != 0 ? (byName < 0) != m_descending : left.row() < right.row();
    };
    if (a.metaType().id() == QMetaType::QDateTime) {
        const QDateTime x = a.toDateTime();
        const QDateTime y = b.toDateTime();
        return x == y ? tieBreak() : x < y;
    }
    if (a.metaType().id() == QMetaType::QString) {
        const int order = QString::localeAwareCompare(a.toString(), b.toString());
        return order == 0 ? tieBreak() : order < 0;
    }
    const double x = a.toDouble();
    const double y = b.toDouble();
    return x == y ? tieBreak() : x < y;
}

} // namespace atalaya
