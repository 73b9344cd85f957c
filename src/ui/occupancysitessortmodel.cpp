#include "occupancysitessortmodel.h"

#include <QStringList>

#include <optional>

namespace atalaya {

OccupancySitesSortModel::OccupancySitesSortModel(OccupancySitesModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
    connect(this, &QAbstractItemModel::rowsInserted, this, &OccupancySitesSortModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &OccupancySitesSortModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &OccupancySitesSortModel::countChanged);
    sort(0);
}

void OccupancySitesSortModel::setSortKey(const QString &key)
{
    static const QStringList keys = {QStringLiteral("crowding"), QStringLiteral("name"), QStringLiteral("kind"),
                                     QStringLiteral("occupancy"), QStringLiteral("reading")};
    if (!keys.contains(key) || key == m_key)
        return;
    m_key = key;
    resort();
}

void OccupancySitesSortModel::setReversed(bool reversed)
{
    if (reversed == m_reversed)
        return;
    m_reversed = reversed;
    resort();
}

void OccupancySitesSortModel::toggleSort(const QString &key)
{
    if (key == m_key) {
        setReversed(!m_reversed);
        return;
    }
    m_reversed = false;
    setSortKey(key);
}

void OccupancySitesSortModel::resort()
{
    invalidate();
    sort(0);
    Q_EMIT sortChanged();
}

qint64 OccupancySitesSortModel::siteIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? index(row, 0).data(OccupancySitesModel::SiteIdRole).toLongLong() : 0;
}

int OccupancySitesSortModel::rowOfSite(qint64 siteId) const
{
    const int sourceRow = m_source->rowOf(siteId);
    return sourceRow < 0 ? -1 : mapFromSource(m_source->index(sourceRow)).row();
}

int OccupancySitesSortModel::compare(const OccupancySitesModel::Row &a, const OccupancySitesModel::Row &b) const
{
    // Undefined figures go last whatever the direction: "no data" is never the top of a ranking.
    const int sign = m_reversed ? -1 : 1;
    const auto byNumber = [sign](const std::optional<double> &x, const std::optional<double> &y) {
        if (x.has_value() != y.has_value())
            return x ? -1 : 1;
        if (!x || *x == *y)
            return 0;
        return *x > *y ? -sign : sign;
    };
    const auto byName = [sign](const QString &x, const QString &y) { return sign * QString::localeAwareCompare(x, y); };
    int order = 0;
    if (m_key == QLatin1String("name")) {
        order = byName(a.site.name, b.site.name);
    } else if (m_key == QLatin1String("kind")) {
        order = byName(OccupancySitesModel::kindTitle(a.site.kind), OccupancySitesModel::kindTitle(b.site.kind));
    } else if (m_key == QLatin1String("occupancy")) {
        order = byNumber(a.light.occupancy, b.light.occupancy);
    } else if (m_key == QLatin1String("reading")) {
        const auto at = [](const OccupancySitesModel::Row &r) {
            return r.light.readingAt ? std::optional<double>(double(*r.light.readingAt)) : std::nullopt;
        };
        order = byNumber(at(a), at(b));
    } else {
        // Crowding: the light first (a level-only site has no percentage but has a light), then
        // how full within the light.
        const int rankA = OccupancySitesModel::lightRank(a.light.light);
        const int rankB = OccupancySitesModel::lightRank(b.light.light);
        order = rankA != rankB ? (rankA > rankB ? -sign : sign) : byNumber(a.light.occupancy, b.light.occupancy);
    }
    return order != 0 ? order : QString::localeAwareCompare(a.site.name, b.site.name);
}

bool OccupancySitesSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const OccupancySitesModel::Row &a = m_source->rows()[left.row()];
    const OccupancySitesModel::Row &b = m_source->rows()[right.row()];
    const int order = compare(a, b);
    return order != 0 ? order < 0 : a.site.id < b.site.id;
}

} // namespace atalaya
