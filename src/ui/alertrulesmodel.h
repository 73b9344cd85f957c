#pragma once

#include "alerts/alertrule.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** The rules of the rules file that run, in file order, for the alert centre's Rules tab: each
 *  with its type, severity and what it watches in one line ("occupancy above 80, clears at 75,
 *  for 15 min"). The rules the file holds but that could not run are AlertsPanel::problems. */
class AlertRulesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AlertRulesModel is provided by Dashboard.alerts.rules")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RuleIdRole = Qt::UserRole + 1,
        NameRole,
        TypeKeyRole,      // "threshold", "rateOfChange", "frozen", "anomaly", "geofence"
        TypeTextRole,     // "Threshold", ...
        SeverityKeyRole,
        SeverityTextRole,
        EnabledRole,
        IndicatorRole,
        SummaryRole,      // the condition in words
    };
    Q_ENUM(Role)

    explicit AlertRulesModel(QObject *parent = nullptr);

    void setRules(const QList<alerts::Rule> &rules);
    const QList<alerts::Rule> &rules() const { return m_rules; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString typeText(alerts::RuleType type);
    /** The indicator in words ("occupancy", "ICU beds free (%)"). */
    static QString indicatorText(const QString &indicator);
    /** What the rule watches and when it fires, in one line. */
    static QString summary(const alerts::Rule &rule);

Q_SIGNALS:
    void countChanged();

private:
    QList<alerts::Rule> m_rules;
};

} // namespace atalaya
