#pragma once

#include "services/servicestore.h"

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QList>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** One service's audited edits for its card, newest first: who, when, which field, the value
 *  before and after (as people read them: "open", "not reported"), and the audit row to undo. */
class ServiceHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ServiceHistoryModel is provided by Dashboard.services.history")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        AuditIdRole = Qt::UserRole + 1,
        ActorRole,
        AtRole,       // QDateTime, UTC
        AtTextRole,   // local, short format
        FieldRole,    // the column: "status", "opening_hours", "notes", "capacity"
        FieldNameRole,
        OldTextRole,
        NewTextRole,
    };
    Q_ENUM(Role)

    explicit ServiceHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<ServiceAuditEntry> &entries);
    const QList<ServiceAuditEntry> &entries() const { return m_entries; }

    /** "Status", "Opening hours", ... */
    static QString fieldName(const QString &field);
    /** A stored value as the card shows it: a status as its word, nothing as "not reported". */
    static QString valueText(const QString &field, const std::optional<QString> &value);
    /** A status key as a word ("open" -> "Open"); the key itself for anything else. */
    static QString statusWord(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<ServiceAuditEntry> m_entries;
};

} // namespace atalaya
