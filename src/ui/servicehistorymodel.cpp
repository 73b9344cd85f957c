#include "servicehistorymodel.h"

#include <QLocale>

namespace atalaya {

ServiceHistoryModel::ServiceHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ServiceHistoryModel::setEntries(const QList<ServiceAuditEntry> &entries)
{
    const qsizetype oldCount = m_entries.size();
    beginResetModel();
    m_entries = entries;
    endResetModel();
    if (oldCount != m_entries.size())
        Q_EMIT countChanged();
}

QString ServiceHistoryModel::fieldName(const QString &field)
{
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("opening_hours"))
        return tr("Opening hours");
    if (field == QLatin1String("notes"))
        return tr("Notes");
    if (field == QLatin1String("capacity"))
        return tr("Capacity");
    return field;
}

QString ServiceHistoryModel::statusWord(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("limited"))
        return tr("Limited");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    return status;
}

QString ServiceHistoryModel::valueText(const QString &field, const std::optional<QString> &value)
{
    if (!value || value->isEmpty())
        return tr("not reported");
    if (field == QLatin1String("status"))
        return statusWord(*value);
    if (field == QLatin1String("capacity")) {
        bool ok = false;
        const int n = value->toInt(&ok);
        return ok ? QLocale().toString(n) : *value;
    }
    return *value;
}

int ServiceHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ServiceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceAuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case AuditIdRole:
        return e.id;
    case ActorRole:
        return e.actor;
    case AtRole:
        return e.at;
    case AtTextRole:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case FieldRole:
        return e.field;
    case Qt::DisplayRole:
    case FieldNameRole:
        return fieldName(e.field);
    case OldTextRole:
        return valueText(e.field, e.oldValue);
    case NewTextRole:
        return valueText(e.field, e.newValue);
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceHistoryModel::roleNames() const
{
    return {
        {AuditIdRole, "auditId"},
        {ActorRole, "actor"},
        {AtRole, "at"},
        {AtTextRole, "atText"},
        {FieldRole, "field"},
        {FieldNameRole, "fieldName"},
        {OldTextRole, "oldText"},
        {NewTextRole, "newText"},
    };
}

} // namespace atalaya
