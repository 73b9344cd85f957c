#include "epidemicregionsmodel.h"

namespace atalaya {

namespace {

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

EpidemicRegionsModel::EpidemicRegionsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EpidemicRegionsModel::setRows(QList<Row> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void EpidemicRegionsModel::updateRows(const std::function<void(Row &)> &update)
{
    if (m_rows.isEmpty())
        return;
    for (Row &row : m_rows)
        update(row);
    // Only the day's roles: the outlines and names stay, so the map keeps its polygons.
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                       {ValueRole, ValueTextRole, CompleteRole, ColourClassRole, RiskIndexRole, RiskNameRole,
                        TrendPercentRole, SelectedRole});
}

int EpidemicRegionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EpidemicRegionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return row.name;
    case RegionIdRole: return row.id;
    case CodeRole: return row.code;
    case CoordinatesRole: return row.coordinates;
    case LabelCoordinateRole: return QVariant::fromValue(row.label);
    case ValueRole: return optionalValue(row.value);
    case ValueTextRole: return row.valueText;
    case CompleteRole: return row.complete;
    case ColourClassRole: return row.colourClass;
    case RiskIndexRole: return row.riskIndex;
    case RiskNameRole: return row.riskName;
    case TrendPercentRole: return optionalValue(row.trendPercent);
    case TrendTextRole: return row.trendText;
    case PopulationRole: return row.population;
    case DensityRole: return optionalValue(row.density);
    case ShareOver65Role: return optionalValue(row.shareOver65);
    case DeprivationRole: return optionalValue(row.deprivation);
    case SelectedRole: return row.selected;
    case DescriptionRole: return row.description;
    default: return {};
    }
}

QHash<int, QByteArray> EpidemicRegionsModel::roleNames() const
{
    return {
        {RegionIdRole, "regionId"},
        {CodeRole, "code"},
        {NameRole, "name"},
        {CoordinatesRole, "coordinates"},
        {LabelCoordinateRole, "labelCoordinate"},
        {ValueRole, "value"},
        {ValueTextRole, "valueText"},
        {CompleteRole, "complete"},
        {ColourClassRole, "colourClass"},
        {RiskIndexRole, "riskIndex"},
        {RiskNameRole, "riskName"},
        {TrendPercentRole, "trendPercent"},
        {TrendTextRole, "trendText"},
        {PopulationRole, "population"},
        {DensityRole, "density"},
        {ShareOver65Role, "shareOver65"},
        {DeprivationRole, "deprivation"},
        {SelectedRole, "selected"},
        {DescriptionRole, "description"},
    };
}

EpidemicRankingModel::EpidemicRankingModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

QVariant EpidemicRankingModel::data(const QModelIndex &index, int role) const
{
    if (role != RankRole)
        return QSortFilterProxyModel::data(index, role);
    // Rows are sorted with the valued ones first, so a valued row's rank is its position.
    if (!index.isValid() || !QSortFilterProxyModel::data(index, EpidemicRegionsModel::ValueRole).isValid())
        return 0;
    return index.row() + 1;
}

QHash<int, QByteArray> EpidemicRankingModel::roleNames() const
{
    QHash<int, QByteArray> names = QSortFilterProxyModel::roleNames();
    names.insert(RankRole, "rank");
    return names;
}

bool EpidemicRankingModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // "Less" is "ranked higher": the highest value first, no value last, then by name.
    const QVariant a = left.data(EpidemicRegionsModel::ValueRole);
    const QVariant b = right.data(EpidemicRegionsModel::ValueRole);
    if (a.isValid() != b.isValid())
        return a.isValid();
    if (a.isValid() && a.toDouble() != b.toDouble())
        return a.toDouble() > b.toDouble();
    return QString::localeAwareCompare(left.data(EpidemicRegionsModel::NameRole).toString(),
                                       right.data(EpidemicRegionsModel::NameRole).toString()) < 0;
}

} // namespace atalaya
