#include "servicecategoriesmodel.h"

#include <QHash>

namespace atalaya {

ServiceCategoriesModel::ServiceCategoriesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ServiceCategoriesModel::setCategories(const QList<ServiceCategory> &categories)
{
    QHash<QString, bool> before;
    for (qsizetype i = 0; i < m_categories.size(); ++i)
        before.insert(m_categories.at(i).slug, m_shown.value(i, true));
    const qsizetype oldCount = m_categories.size();
    beginResetModel();
    m_categories = categories;
    m_shown.clear();
    for (const ServiceCategory &c : categories)
        m_shown.append(before.value(c.slug, true));
    endResetModel();
    if (oldCount != m_categories.size())
        Q_EMIT countChanged();
}

bool ServiceCategoriesModel::setShown(int index, bool shown)
{
    if (index < 0 || index >= m_shown.size() || m_shown.at(index) == shown)
        return false;
    m_shown[index] = shown;
    const QModelIndex changed = this->index(index);
    Q_EMIT dataChanged(changed, changed, {ShownRole});
    return true;
}

int ServiceCategoriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

QVariant ServiceCategoriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceCategory &c = m_categories.at(index.row());
    switch (role) {
    case SlugRole:
        return c.slug;
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case BuiltinRole:
        return c.builtin;
    case TotalRole:
        return c.count;
    case ShownRole:
        return m_shown.value(index.row(), true);
    case CategoryIndexRole:
        return index.row();
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceCategoriesModel::roleNames() const
{
    return {
        {SlugRole, "slug"},
        {NameRole, "name"},
        {BuiltinRole, "builtin"},
        {TotalRole, "total"},
        {ShownRole, "shown"},
        {CategoryIndexRole, "categoryIndex"},
    };
}

} // namespace atalaya
