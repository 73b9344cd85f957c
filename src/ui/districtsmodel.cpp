#include "districtsmodel.h"

#include <QLocale>

#include <algorithm>

namespace atalaya {

namespace {

template<typename T>
QVariant orUndefined(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace

DistrictsModel::DistrictsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DistrictsModel::setFigures(const QList<DistrictFigures> &rows, const QDate &asOf)
{
    const qsizetype oldCount = m_rows.size();
    if (rows.size() == oldCount && oldCount > 0) {
        // A new moment for the same districts (the usual case: a step of the time cursor):
        // rows change in place, so a view keeps its delegates instead of rebuilding them all.
        m_rows = rows;
        Q_EMIT dataChanged(index(0), index(int(oldCount) - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        if (m_rows.size() != oldCount)
            Q_EMIT countChanged();
    }
    if (m_asOf != asOf) {
        m_asOf = asOf;
        Q_EMIT asOfChanged();
    }
    double maxIncidence = 0;
    for (const DistrictFigures &row : std::as_const(m_rows))
        maxIncidence = std::max(maxIncidence, row.incidence7DaysPer100k.value_or(0.0));
    if (maxIncidence != m_maxIncidence) {
        m_maxIncidence = maxIncidence;
        Q_EMIT maxIncidenceChanged();
    }
}

QString DistrictsModel::asOfText() const
{
    // Day, abbreviated month and year reads unambiguously in every language we ship.
    return m_asOf.isValid() ? QLocale().toString(m_asOf, QStringLiteral("d MMM yyyy")) : QString();
}

void DistrictsModel::clear()
{
    setFigures({}, {});
}

int DistrictsModel::rowCount(const QModelIndex &parent) const
{
    // A list: only the invisible root has children.
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DistrictsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DistrictFigures &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case CodeRole:
        return row.code;
    case PopulationRole:
        // A district without residents has no population figure, not a population of zero.
        return row.population > 0 ? QVariant::fromValue(row.population) : QVariant();
    case Cases7dRole:
        return orUndefined(row.casesLast7Days);
    case Incidence7dRole:
        return orUndefined(row.incidence7DaysPer100k);
    case TrendPercentRole:
        return orUndefined(row.trendPercent);
    case ShareOver65Role:
        return orUndefined(row.shareOver65);
    case DeprivationIndexRole:
        return orUndefined(row.deprivationIndex);
    default:
        return {};
    }
}

QHash<int, QByteArray> DistrictsModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {CodeRole, "code"},
        {PopulationRole, "population"},
        {Cases7dRole, "cases7d"},
        {Incidence7dRole, "incidence7d"},
        {TrendPercentRole, "trendPercent"},
        {ShareOver65Role, "shareOver65"},
        {DeprivationIndexRole, "deprivationIndex"},
    };
}

} // namespace atalaya
