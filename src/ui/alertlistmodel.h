#pragma once

#include "alerts/alertstore.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** A list of alerts as they stood at the time cursor, for the alert centre and the Overview:
 *  the open ones (most severe first, then newest) or the resolved ones (newest first). Every
 *  row says its severity in a key and a word, when it was raised, where (with a place to fly
 *  to, when it has one), the rule and the values that fired it, and who acknowledged it. */
class AlertListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AlertListModel is provided by Dashboard.alerts")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SeverityRole,       // 0 info, 1 warning, 2 critical
        SeverityKeyRole,    // "info", "warning", "critical"
        SeverityTextRole,   // "Critical", ... (translated; the section heading)
        RuleIdRole,
        RuleNameRole,
        SubjectNameRole,
        MessageRole,
        ValueRole,          // number, or undefined when the rule has none
        ThresholdRole,      // number, or undefined
        ValuesTextRole,     // "value 84 · line 80", or ""
        RaisedAtRole,       // QDateTime (UTC)
        RaisedAtTextRole,   // "14:05", or "21/11/2026 14:05" on another day
        LatRole,            // number, or undefined without a place
        LonRole,
        HasPlaceRole,
        CoordinateRole,     // QGeoCoordinate (invalid without a place)
        AcknowledgedRole,
        AcknowledgedByRole,
        AcknowledgedAtTextRole,
        AckCommentRole,
        ResolvedAtRole,     // QDateTime, invalid while open
        ResolvedAtTextRole,
    };
    Q_ENUM(Role)

    explicit AlertListModel(QObject *parent = nullptr);

    /** Replaces the rows; a list equal to the one shown changes nothing (no reset, no flicker). */
    void setAlerts(const QList<alerts::AlertRecord> &alerts);
    const QList<alerts::AlertRecord> &alerts() const { return m_alerts; }
    /** The row of an alert id, or -1. */
    Q_INVOKABLE int rowOf(qint64 id) const;
    /** The alert id of a row, or 0. */
    Q_INVOKABLE qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** "Critical", "Warning", "Information". */
    static QString severityText(alerts::Severity severity);
    /** A number as the alert centre writes it: up to two decimals, in the user's locale. */
    static QString numberText(double value);

Q_SIGNALS:
    void countChanged();

private:
    QList<alerts::AlertRecord> m_alerts;
};

} // namespace atalaya
