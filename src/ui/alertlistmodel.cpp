#include "alertlistmodel.h"

#include "feedsmodel.h"

#include <QGeoCoordinate>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace atalaya {

using alerts::AlertRecord;
using alerts::Severity;

namespace {

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? FeedsModel::clockText(at.toSecsSinceEpoch()) : QString();
}

/** What the list shows of an alert: two lists equal in these show the same rows. */
bool sameRow(const AlertRecord &a, const AlertRecord &b)
{
    return a.id == b.id && a.severity == b.severity && a.ruleName == b.ruleName && a.subjectName == b.subjectName
        && a.message == b.message && a.value == b.value && a.threshold == b.threshold && a.raisedAt == b.raisedAt
        && a.lat == b.lat && a.lon == b.lon && a.acknowledgedAt == b.acknowledgedAt
        && a.acknowledgedBy == b.acknowledgedBy && a.ackComment == b.ackComment && a.resolvedAt == b.resolvedAt;
}

} // namespace

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AlertListModel::setAlerts(const QList<AlertRecord> &alerts)
{
    // Row by row rather than a reset: every move of the time cursor brings a new list, mostly
    // the same alerts, and a reset would make every view (the Overview's list and map, the
    // alert centre) build all its delegates again and lose its current row.
    const qsizetype countBefore = m_alerts.size();
    QSet<qint64> kept;
    for (const AlertRecord &alert : alerts)
        kept.insert(alert.id);
    for (qsizetype row = m_alerts.size() - 1; row >= 0; --row) {
        if (kept.contains(m_alerts.at(row).id))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_alerts.removeAt(row);
        endRemoveRows();
    }
    // What is left is in the new list; put each new row in its place, moving or inserting.
    for (qsizetype row = 0; row < alerts.size(); ++row) {
        const AlertRecord &alert = alerts.at(row);
        if (row < m_alerts.size() && m_alerts.at(row).id == alert.id) {
            if (!sameRow(m_alerts.at(row), alert)) {
                m_alerts[row] = alert;
                Q_EMIT dataChanged(index(int(row)), index(int(row)));
            }
            continue;
        }
        qsizetype from = -1;
        for (qsizetype later = row + 1; later < m_alerts.size() && from < 0; ++later) {
            if (m_alerts.at(later).id == alert.id)
                from = later;
        }
        if (from >= 0) {
            beginMoveRows({}, int(from), int(from), {}, int(row));
            m_alerts.move(from, row);
            endMoveRows();
            if (!sameRow(m_alerts.at(row), alert)) {
                m_alerts[row] = alert;
                Q_EMIT dataChanged(index(int(row)), index(int(row)));
            }
        } else {
            beginInsertRows({}, int(row), int(row));
            m_alerts.insert(row, alert);
            endInsertRows();
        }
    }
    if (m_alerts.size() != countBefore)
        Q_EMIT countChanged();
}

int AlertListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts.at(row).id == id)
            return row;
    }
    return -1;
}

qint64 AlertListModel::idAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? m_alerts.at(row).id : 0;
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRecord &a = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return a.message;
    case IdRole:
        return a.id;
    case SeverityRole:
        return int(a.severity);
    case SeverityKeyRole:
        return alerts::severityKey(a.severity);
    case SeverityTextRole:
        return severityText(a.severity);
    case RuleIdRole:
        return a.ruleId;
    case RuleNameRole:
        return a.ruleName;
    case SubjectNameRole:
        return a.subjectName;
    case ValueRole:
        return optionalNumber(a.value);
    case ThresholdRole:
        return optionalNumber(a.threshold);
    case ValuesTextRole: {
        QStringList parts;
        if (a.value)
            parts << tr("value %1").arg(numberText(*a.value));
        if (a.threshold)
            parts << tr("limit %1").arg(numberText(*a.threshold));
        return parts.join(QStringLiteral(" · "));
    }
    case RaisedAtRole:
        return a.raisedAt;
    case RaisedAtTextRole:
        return timeText(a.raisedAt);
    case LatRole:
        return optionalNumber(a.lat);
    case LonRole:
        return optionalNumber(a.lon);
    case HasPlaceRole:
        return a.lat.has_value() && a.lon.has_value();
    case CoordinateRole:
        return QVariant::fromValue(a.lat && a.lon ? QGeoCoordinate(*a.lat, *a.lon) : QGeoCoordinate());
    case AcknowledgedRole:
        return a.acknowledgedAt.isValid();
    case AcknowledgedByRole:
        return a.acknowledgedBy;
    case AcknowledgedAtTextRole:
        return timeText(a.acknowledgedAt);
    case AckCommentRole:
        return a.ackComment;
    case ResolvedAtRole:
        return a.resolvedAt;
    case ResolvedAtTextRole:
        return timeText(a.resolvedAt);
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertListModel::roleNames() const
{
    return {
        {IdRole, "id"},
        {SeverityRole, "severity"},
        {SeverityKeyRole, "severityKey"},
        {SeverityTextRole, "severityText"},
        {RuleIdRole, "ruleId"},
        {RuleNameRole, "ruleName"},
        {SubjectNameRole, "subjectName"},
        {MessageRole, "message"},
        {ValueRole, "value"},
        {ThresholdRole, "threshold"},
        {ValuesTextRole, "valuesText"},
        {RaisedAtRole, "raisedAt"},
        {RaisedAtTextRole, "raisedAtText"},
        {LatRole, "lat"},
        {LonRole, "lon"},
        {HasPlaceRole, "hasPlace"},
        {CoordinateRole, "coordinate"},
        {AcknowledgedRole, "acknowledged"},
        {AcknowledgedByRole, "acknowledgedBy"},
        {AcknowledgedAtTextRole, "acknowledgedAtText"},
        {AckCommentRole, "ackComment"},
        {ResolvedAtRole, "resolvedAt"},
        {ResolvedAtTextRole, "resolvedAtText"},
    };
}

QString AlertListModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return tr("Critical");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Information");
    }
    return {};
}

QString AlertListModel::numberText(double value)
{
    // Occupancy 84, incidence 312.5, a z-score 3.71: two decimals at most, none when whole.
    return QLocale().toString(value, 'f', value == std::round(value) ? 0 : (std::abs(value) >= 100 ? 1 : 2));
}

} // namespace atalaya
