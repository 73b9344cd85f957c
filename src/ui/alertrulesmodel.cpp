#include "alertrulesmodel.h"

#include "alertlistmodel.h"

namespace atalaya {

using alerts::Direction;
using alerts::Rule;
using alerts::RuleType;

AlertRulesModel::AlertRulesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AlertRulesModel::setRules(const QList<Rule> &rules)
{
    if (rules == m_rules)
        return;
    const bool countChanges = rules.size() != m_rules.size();
    beginResetModel();
    m_rules = rules;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int AlertRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

QVariant AlertRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rule &rule = m_rules.at(index.row());
    switch (role) {
    case RuleIdRole:
        return rule.id;
    case Qt::DisplayRole:
    case NameRole:
        return rule.name.isEmpty() ? rule.id : rule.name;
    case TypeKeyRole:
        return alerts::ruleTypeKey(rule.type);
    case TypeTextRole:
        return typeText(rule.type);
    case SeverityKeyRole:
        return alerts::severityKey(rule.severity);
    case SeverityTextRole:
        return AlertListModel::severityText(rule.severity);
    case EnabledRole:
        return rule.enabled;
    case IndicatorRole:
        return rule.indicator;
    case SummaryRole:
        return summary(rule);
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertRulesModel::roleNames() const
{
    return {
        {RuleIdRole, "ruleId"},
        {NameRole, "name"},
        {TypeKeyRole, "typeKey"},
        {TypeTextRole, "typeText"},
        {SeverityKeyRole, "severityKey"},
        {SeverityTextRole, "severityText"},
        {EnabledRole, "ruleEnabled"},
        {IndicatorRole, "indicator"},
        {SummaryRole, "summary"},
    };
}

QString AlertRulesModel::typeText(RuleType type)
{
    switch (type) {
    case RuleType::Threshold:
        return tr("Threshold");
    case RuleType::RateOfChange:
        return tr("Rate of change");
    case RuleType::Frozen:
        return tr("No new data");
    case RuleType::Anomaly:
        return tr("Unusual value");
    case RuleType::Geofence:
        return tr("Area");
    }
    return {};
}

QString AlertRulesModel::indicatorText(const QString &indicator)
{
    if (indicator == u"observation")
        return tr("sensor readings");
    if (indicator == u"occupancy")
        return tr("occupancy (%)");
    if (indicator == u"hospital.icuFree")
        return tr("ICU beds free");
    if (indicator == u"hospital.icuFreePercent")
        return tr("ICU beds free (%)");
    if (indicator == u"hospital.generalFree")
        return tr("general beds free");
    if (indicator == u"hospital.generalFreePercent")
        return tr("general beds free (%)");
    if (indicator == u"epidemic.incidence7")
        return tr("7-day incidence per 100,000");
    if (indicator == u"epidemic.incidence14")
        return tr("14-day incidence per 100,000");
    if (indicator == u"epidemic.cases7Average")
        return tr("7-day average of new cases");
    if (indicator == u"epidemic.positivity")
        return tr("test positivity (%)");
    return indicator;
}

QString AlertRulesModel::summary(const Rule &rule)
{
    const QString what = indicatorText(rule.indicator);
    const QString subjects = rule.subjects.isEmpty() || rule.subjects == u"*" ? QString() : rule.subjects;
    const auto num = &AlertListModel::numberText;
    const bool above = rule.direction == Direction::Above;
    QString condition;
    switch (rule.type) {
    case RuleType::Threshold:
    case RuleType::Geofence: {
        condition = above ? tr("%1 above %2").arg(what, num(rule.limit)) : tr("%1 below %2").arg(what, num(rule.limit));
        if (rule.clearAt)
            condition += tr(", clears at %1").arg(num(*rule.clearAt));
        if (rule.forMinutes > 0)
            condition += tr(", for %n min", nullptr, rule.forMinutes);
        if (rule.type == RuleType::Geofence) {
            condition += rule.regionCode.isEmpty() ? tr(", inside an area of %n point(s)", nullptr, int(rule.area.size()))
                                                   : tr(", inside region %1").arg(rule.regionCode);
        }
        break;
    }
    case RuleType::RateOfChange: {
        const QString change = rule.changeInPercent ? tr("%1 %").arg(num(rule.change)) : num(rule.change);
        condition = above ? tr("%1 rose by %2 within %n min", nullptr, rule.windowMinutes).arg(what, change)
                          : tr("%1 fell by %2 within %n min", nullptr, rule.windowMinutes).arg(what, change);
        break;
    }
    case RuleType::Frozen:
        condition = tr("no new %1 for %n min", nullptr, rule.frozenMinutes).arg(what);
        break;
    case RuleType::Anomaly:
        condition = (above ? tr("%1 unusually high (score %2 or more against the last %n weeks)", nullptr, rule.weeks)
                           : tr("%1 unusually low (score %2 or more against the last %n weeks)", nullptr, rule.weeks))
                        .arg(what, num(rule.zScore));
        break;
    }
    if (!rule.sensorType.isEmpty())
        condition = tr("%1 (type %2)").arg(condition, rule.sensorType);
    return subjects.isEmpty() ? condition : tr("%1 · %2").arg(subjects, condition);
}

} // namespace atalaya
