#pragma once

#include "services/servicestore.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** The Map page's layer list: every service category in the store's order (the built-in seven,
 *  then those imports created), with its services and whether the map shows it. The row is the
 *  category's index for the map layer (ServicePointLayer styles and categoryVisible). */
class ServiceCategoriesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ServiceCategoriesModel is provided by Dashboard.services.categories")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        SlugRole = Qt::UserRole + 1,
        NameRole,
        BuiltinRole,
        TotalRole,   // services in the category, shown or not, in view or not
        ShownRole,
        CategoryIndexRole,
    };
    Q_ENUM(Role)

    explicit ServiceCategoriesModel(QObject *parent = nullptr);

    /** New categories; those with a slug seen before keep their shown state, new ones are shown. */
    void setCategories(const QList<ServiceCategory> &categories);
    const QList<ServiceCategory> &categories() const { return m_categories; }
    /** false when the index is out of range or the state is already that. */
    bool setShown(int index, bool shown);
    QList<bool> shown() const { return m_shown; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<ServiceCategory> m_categories;
    QList<bool> m_shown;
};

} // namespace atalaya
