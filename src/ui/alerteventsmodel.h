#pragma once

#include "alerts/alertstore.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** The history of the alert selected in the alert centre, oldest first: raised (with the value),
 *  acknowledged and commented (who, when, what they wrote), resolved (with the value that
 *  cleared it). In a replayed past it ends at the time cursor. */
class AlertEventsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AlertEventsModel is provided by Dashboard.alerts.events")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "raised", "acknowledged", "commented", "resolved"
        KindTextRole,                // "Raised", "Acknowledged", ...
        AtTextRole,
        ActorRole,
        CommentRole,
        ValueTextRole,               // "" without a value
    };
    Q_ENUM(Role)

    explicit AlertEventsModel(QObject *parent = nullptr);

    void setEvents(const QList<alerts::AlertEvent> &events);
    const QList<alerts::AlertEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString kindKey(alerts::AlertEvent::Kind kind);

Q_SIGNALS:
    void countChanged();

private:
    QList<alerts::AlertEvent> m_events;
};

} // namespace atalaya
