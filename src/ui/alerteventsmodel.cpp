#include "alerteventsmodel.h"

#include "alertlistmodel.h"
#include "feedsmodel.h"

namespace atalaya {

using alerts::AlertEvent;

AlertEventsModel::AlertEventsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AlertEventsModel::setEvents(const QList<AlertEvent> &events)
{
    const bool countChanges = events.size() != m_events.size();
    beginResetModel();
    m_events = events;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int AlertEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QString AlertEventsModel::kindKey(AlertEvent::Kind kind)
{
    switch (kind) {
    case AlertEvent::Kind::Raised:
        return QStringLiteral("raised");
    case AlertEvent::Kind::Acknowledged:
        return QStringLiteral("acknowledged");
    case AlertEvent::Kind::Commented:
        return QStringLiteral("commented");
    case AlertEvent::Kind::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

QVariant AlertEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertEvent &e = m_events.at(index.row());
    switch (role) {
    case KindRole:
        return kindKey(e.kind);
    case Qt::DisplayRole:
    case KindTextRole:
        switch (e.kind) {
        case AlertEvent::Kind::Raised:
            return tr("Raised");
        case AlertEvent::Kind::Acknowledged:
            return tr("Acknowledged");
        case AlertEvent::Kind::Commented:
            return tr("Comment");
        case AlertEvent::Kind::Resolved:
            return tr("Resolved");
        }
        return {};
    case AtTextRole:
        return e.at.isValid() ? FeedsModel::clockText(e.at.toSecsSinceEpoch()) : QString();
    case ActorRole:
        return e.actor;
    case CommentRole:
        return e.comment;
    case ValueTextRole:
        return e.value ? tr("value %1").arg(AlertListModel::numberText(*e.value)) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertEventsModel::roleNames() const
{
    return {
        {KindRole, "kind"},
        {KindTextRole, "kindText"},
        {AtTextRole, "atText"},
        {ActorRole, "actor"},
        {CommentRole, "comment"},
        {ValueTextRole, "valueText"},
    };
}

} // namespace atalaya
