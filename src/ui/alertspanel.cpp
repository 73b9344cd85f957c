#include "alertspanel.h"

#include "alerts/alertengine.h"
#include "alerts/alertstore.h"
#include "alerts/demorules.h"
#include "feeds/feedengine.h"
#include "feedspanel.h"
#include "feedsmodel.h"
#include "logging.h"
#include "servicespanel.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace atalaya {

using alerts::AlertEngine;
using alerts::AlertRecord;
using alerts::Rule;
using alerts::RuleProblem;
using alerts::RuleType;
using alerts::Severity;

namespace {

/** The resolved list reaches this far back from the time cursor. */
constexpr int kResolvedDays = 7;

QString problemLine(const RuleProblem &p)
{
    QString where;
    if (p.index >= 0 && !p.ruleId.isEmpty())
        where = AlertsPanel::tr("Rule %1 “%2”").arg(p.index + 1).arg(p.ruleId);
    else if (p.index >= 0)
        where = AlertsPanel::tr("Rule %1").arg(p.index + 1);
    if (!p.field.isEmpty())
        where = where.isEmpty() ? AlertsPanel::tr("Field %1").arg(p.field) : AlertsPanel::tr("%1, field %2").arg(where, p.field);
    return where.isEmpty() ? p.message : AlertsPanel::tr("%1: %2").arg(where, p.message);
}

QVariantMap recordMap(const AlertRecord &a)
{
    // The names of AlertListModel's roles, so the detail binds like a list row.
    const auto number = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    const auto time = [](const QDateTime &t) { return t.isValid() ? FeedsModel::clockText(t.toSecsSinceEpoch()) : QString(); };
    QStringList values;
    if (a.value)
        values << AlertListModel::tr("value %1").arg(AlertListModel::numberText(*a.value));
    if (a.threshold)
        values << AlertListModel::tr("limit %1").arg(AlertListModel::numberText(*a.threshold));
    return {
        {u"id"_s, a.id},
        {u"severity"_s, int(a.severity)},
        {u"severityKey"_s, alerts::severityKey(a.severity)},
        {u"severityText"_s, AlertListModel::severityText(a.severity)},
        {u"ruleId"_s, a.ruleId},
        {u"ruleName"_s, a.ruleName},
        {u"subjectName"_s, a.subjectName},
        {u"message"_s, a.message},
        {u"value"_s, number(a.value)},
        {u"threshold"_s, number(a.threshold)},
        {u"valuesText"_s, values.join(u" · "_s)},
        {u"raisedAtText"_s, time(a.raisedAt)},
        {u"lat"_s, number(a.lat)},
        {u"lon"_s, number(a.lon)},
        {u"hasPlace"_s, a.lat.has_value() && a.lon.has_value()},
        {u"acknowledged"_s, a.acknowledgedAt.isValid()},
        {u"acknowledgedBy"_s, a.acknowledgedBy},
        {u"acknowledgedAtText"_s, time(a.acknowledgedAt)},
        {u"ackComment"_s, a.ackComment},
        {u"resolved"_s, a.resolvedAt.isValid()},
        {u"resolvedAtText"_s, time(a.resolvedAt)},
    };
}

} // namespace

/** Lives in the alerts thread and destroys the engine there: the engine's store connection and
 *  timers belong to that thread. */
class AlertWorker : public QObject
{
    Q_OBJECT
public:
    AlertEngine *engine = nullptr; // made in the UI thread, moved to ours before it starts

    void close()
    {
        if (!engine)
            return;
        engine->stop();
        delete engine;
        engine = nullptr;
    }
};

AlertsPanel::AlertsPanel(QObject *parent)
    : QObject(parent)
    , m_open(new AlertListModel(this))
    , m_resolved(new AlertListModel(this))
    , m_events(new AlertEventsModel(this))
    , m_rules(new AlertRulesModel(this))
{
}

AlertsPanel::~AlertsPanel()
{
    stop();
}

QString AlertsPanel::badgeText() const
{
    return m_unacknowledged > 0 ? tr("%n unacknowledged alert(s)", nullptr, m_unacknowledged) : QString();
}

void AlertsPanel::setDatabase(Database *db)
{
    m_db = db;
    m_store = db ? std::make_unique<alerts::AlertStore>(*db) : nullptr;
    refresh();
}

void AlertsPanel::setAt(const QDateTime &at, bool live)
{
    const bool changed = at != m_at || live != m_live;
    m_at = at;
    m_live = live;
    if (changed)
        Q_EMIT atChanged();
    refresh();
}

void AlertsPanel::refresh()
{
    if (!m_store || !m_at.isValid()) {
        m_open->setAlerts({});
        m_resolved->setAlerts({});
    } else {
        // Live, the present is the clock's: an alert the engine raised a few seconds after the
        // cursor's last minute is already on screen with its notification.
        const QDateTime at = m_live ? std::max(m_at, QDateTime::currentDateTimeUtc()) : m_at;
        m_open->setAlerts(m_store->openAt(at));
        m_resolved->setAlerts(m_store->resolvedBetween(at.addDays(-kResolvedDays), at));
    }
    int critical = 0, warning = 0, info = 0, unacknowledged = 0;
    for (const AlertRecord &a : m_open->alerts()) {
        switch (a.severity) {
        case Severity::Critical: ++critical; break;
        case Severity::Warning: ++warning; break;
        case Severity::Info: ++info; break;
        }
        if (!a.acknowledgedAt.isValid())
            ++unacknowledged;
    }
    if (critical != m_critical || warning != m_warning || info != m_info || unacknowledged != m_unacknowledged) {
        m_critical = critical;
        m_warning = warning;
        m_info = info;
        m_unacknowledged = unacknowledged;
        Q_EMIT countsChanged();
    }
    refreshSelected();
}

void AlertsPanel::setSelectedId(qint64 id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    refreshSelected();
}

void AlertsPanel::refreshSelected()
{
    QVariantMap selected;
    QList<alerts::AlertEvent> events;
    if (m_selectedId > 0 && m_store && m_at.isValid()) {
        const QDateTime at = m_live ? std::max(m_at, QDateTime::currentDateTimeUtc()) : m_at;
        const std::optional<AlertRecord> record = m_store->alert(m_selectedId, at);
        // An alert raised after a replayed moment did not exist then.
        if (record && record->raisedAt <= at) {
            selected = recordMap(*record);
            for (const alerts::AlertEvent &e : m_store->events(m_selectedId)) {
                if (e.at <= at)
                    events.append(e);
            }
        }
    }
    m_events->setEvents(events);
    if (selected != m_selected) {
        m_selected = selected;
        Q_EMIT selectedChanged();
    } else if (selected.isEmpty() && m_selectedId == 0) {
        // Nothing to tell: no alert was and none is selected.
    } else {
        Q_EMIT selectedChanged(); // the id changed to one with the same fields (or none found)
    }
}

QString AlertsPanel::acknowledge(qint64 id, const QString &comment)
{
    if (!m_store)
        return tr("The store is not open.");
    if (!m_live)
        return tr("The time cursor shows a past moment: go live to acknowledge.");
    QString error;
    if (!m_store->acknowledge(id, ServicesPanel::actor(), comment.trimmed(), QDateTime::currentDateTimeUtc(), &error)) {
        qCWarning(lcAlerts).noquote() << "alert" << id << "not acknowledged:" << error;
        return error.isEmpty() ? tr("The alert could not be acknowledged.") : error;
    }
    refresh();
    return {};
}

QString AlertsPanel::comment(qint64 id, const QString &text)
{
    if (!m_store)
        return tr("The store is not open.");
    if (!m_live)
        return tr("The time cursor shows a past moment: go live to comment.");
    if (text.trimmed().isEmpty())
        return tr("Write a comment first.");
    QString error;
    if (!m_store->comment(id, ServicesPanel::actor(), text.trimmed(), QDateTime::currentDateTimeUtc(), &error)) {
        qCWarning(lcAlerts).noquote() << "comment on alert" << id << "not stored:" << error;
        return error.isEmpty() ? tr("The comment could not be stored.") : error;
    }
    refresh();
    return {};
}

// --- the rules file -------------------------------------------------------------------------

QString AlertsPanel::defaultRulesFilePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(folder).filePath(u"alert-rules.json"_s);
}

QString AlertsPanel::ensureDefaultRulesFile(QString *error)
{
    const QString path = defaultRulesFilePath();
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString why;
    if (!alerts::saveRulesFile(path, alerts::demoRules(), &why)) {
        if (error)
            *error = tr("The alert rules file %1 could not be created: %2").arg(path, why);
        return {};
    }
    qCInfo(lcAlerts).noquote() << "alert rules file created from the demo rules:" << path;
    return path;
}

void AlertsPanel::setRulesFile(const QString &path)
{
    m_rulesFilePath = path;
    applyRules(path.isEmpty() ? alerts::RulesFile{} : alerts::loadRulesFile(path));
}

void AlertsPanel::reload()
{
    setRulesFile(m_rulesFilePath);
}

QString AlertsPanel::useRulesFile(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    if (path.trimmed().isEmpty())
        return tr("Choose a rules file.");
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute)) {
        QString error;
        if (!alerts::saveRulesFile(absolute, {}, &error))
            return tr("The rules file %1 could not be created: %2").arg(absolute, error);
    }
    setRulesFile(absolute);
    Q_EMIT rulesFileSaved(absolute);
    return {};
}

void AlertsPanel::applyRules(const alerts::RulesFile &file)
{
    m_validRules = file.rules;
    m_rulesFileError.clear();
    m_problems.clear();
    for (const RuleProblem &p : file.problems) {
        // A problem of no rule and no field, or of the file's own fields, is the file's.
        if (p.index < 0 && (p.field.isEmpty() || p.field == u"version" || p.field == u"rules")) {
            m_rulesFileError = p.field.isEmpty() ? p.message : tr("%1 (field %2)").arg(p.message, p.field);
            continue;
        }
        m_problems.append(QVariantMap{{u"index"_s, p.index},
                                      {u"ruleId"_s, p.ruleId},
                                      {u"field"_s, p.field},
                                      {u"message"_s, p.message},
                                      {u"text"_s, problemLine(p)}});
    }
    m_rules->setRules(m_validRules);
    Q_EMIT rulesChanged();
    sendRulesToEngine();
}

QString AlertsPanel::writeRules(const QList<Rule> &rules)
{
    QString path = m_rulesFilePath;
    if (path.isEmpty()) {
        path = defaultRulesFilePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    QString error;
    if (!alerts::saveRulesFile(path, rules, &error)) {
        qCWarning(lcAlerts).noquote() << "alert rules file not written:" << error;
        return error.isEmpty() ? tr("The rules file %1 could not be written.").arg(path) : error;
    }
    qCInfo(lcAlerts).noquote() << "alert rules file written:" << path << rules.size() << "rules";
    // Read back what was written: the page then shows exactly what the file says.
    setRulesFile(path);
    Q_EMIT rulesFileSaved(path);
    return {};
}

// --- the rule editor ------------------------------------------------------------------------

namespace {

const QStringList kNumberFields = {u"limit"_s, u"clearAt"_s, u"change"_s, u"zScore"_s};
const QStringList kIntegerFields = {u"forMinutes"_s, u"windowMinutes"_s, u"frozenMinutes"_s, u"weeks"_s, u"minSamples"_s};

QString numberForm(double value)
{
    return QLocale().toString(value, 'g', 12);
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = text.toDouble(&ok); // "12.5" in a locale with a decimal comma
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

} // namespace

QStringList AlertsPanel::formFields(const QString &typeKey) const
{
    QStringList fields{u"id"_s, u"name"_s, u"type"_s, u"severity"_s, u"enabled"_s, u"indicator"_s, u"subjects"_s, u"sensorType"_s};
    const RuleType type = alerts::ruleTypeFromKey(typeKey).value_or(RuleType::Threshold);
    switch (type) {
    case RuleType::Threshold:
        fields << u"direction"_s << u"limit"_s << u"clearAt"_s << u"forMinutes"_s;
        break;
    case RuleType::RateOfChange:
        fields << u"direction"_s << u"change"_s << u"changeInPercent"_s << u"windowMinutes"_s;
        break;
    case RuleType::Frozen:
        fields << u"frozenMinutes"_s;
        break;
    case RuleType::Anomaly:
        fields << u"direction"_s << u"zScore"_s << u"weeks"_s << u"minSamples"_s;
        break;
    case RuleType::Geofence:
        fields << u"direction"_s << u"limit"_s << u"clearAt"_s << u"forMinutes"_s << u"regionCode"_s << u"area"_s;
        break;
    }
    return fields;
}

QVariantMap AlertsPanel::ruleForm(const QString &id) const
{
    Rule rule;
    if (!id.isEmpty()) {
        for (const Rule &r : m_validRules) {
            if (r.id == id)
                rule = r;
        }
    }
    QStringList area;
    for (const QPointF &p : std::as_const(rule.area))
        area << u"%1 %2"_s.arg(numberForm(p.x()), numberForm(p.y()));
    return {
        {u"id"_s, rule.id},
        {u"name"_s, rule.name},
        {u"type"_s, alerts::ruleTypeKey(rule.type)},
        {u"severity"_s, alerts::severityKey(rule.severity)},
        {u"enabled"_s, rule.enabled},
        {u"indicator"_s, rule.indicator},
        {u"subjects"_s, rule.subjects},
        {u"sensorType"_s, rule.sensorType},
        {u"direction"_s, alerts::directionKey(rule.direction)},
        {u"limit"_s, numberForm(rule.limit)},
        {u"clearAt"_s, rule.clearAt ? numberForm(*rule.clearAt) : QString()},
        {u"forMinutes"_s, QString::number(rule.forMinutes)},
        {u"change"_s, numberForm(rule.change)},
        {u"changeInPercent"_s, rule.changeInPercent},
        {u"windowMinutes"_s, QString::number(rule.windowMinutes)},
        {u"frozenMinutes"_s, QString::number(rule.frozenMinutes)},
        {u"weeks"_s, QString::number(rule.weeks)},
        {u"zScore"_s, numberForm(rule.zScore)},
        {u"minSamples"_s, QString::number(rule.minSamples)},
        {u"area"_s, area.join(u", "_s)},
        {u"regionCode"_s, rule.regionCode},
    };
}

QVariantMap AlertsPanel::saveRule(const QString &originalId, const QVariantMap &form)
{
    int originalIndex = -1;
    for (int i = 0; i < m_validRules.size(); ++i) {
        if (m_validRules.at(i).id == originalId)
            originalIndex = i;
    }
    if (!originalId.isEmpty() && originalIndex < 0)
        return {{QString(), tr("The rule “%1” is no longer in the rules file.").arg(originalId)}};

    // The rule as the file holds it, with the form's fields laid over: what the form does not
    // show for this type keeps its value.
    Rule rule = originalIndex >= 0 ? m_validRules.at(originalIndex) : Rule{};
    QVariantMap errors;
    const auto text = [&](const QString &field) { return form.value(field).toString().trimmed(); };
    const QString typeKey = text(u"type"_s);
    const QStringList fields = formFields(typeKey);
    if (const auto type = alerts::ruleTypeFromKey(typeKey))
        rule.type = *type;
    else
        errors.insert(u"type"_s, tr("Choose a rule type."));
    if (const auto severity = alerts::severityFromKey(text(u"severity"_s)))
        rule.severity = *severity;
    else
        errors.insert(u"severity"_s, tr("Choose a severity."));
    if (fields.contains(u"direction"_s)) {
        if (const auto direction = alerts::directionFromKey(text(u"direction"_s)))
            rule.direction = *direction;
    }
    rule.id = text(u"id"_s);
    rule.name = text(u"name"_s);
    rule.enabled = form.value(u"enabled"_s, true).toBool();
    rule.indicator = text(u"indicator"_s);
    rule.subjects = text(u"subjects"_s);
    rule.sensorType = text(u"sensorType"_s);
    rule.regionCode = fields.contains(u"regionCode"_s) ? text(u"regionCode"_s) : QString();
    if (fields.contains(u"changeInPercent"_s))
        rule.changeInPercent = form.value(u"changeInPercent"_s).toBool();

    for (const QString &field : fields) {
        const QString value = text(field);
        if (kNumberFields.contains(field)) {
            if (field == u"clearAt" && value.isEmpty()) {
                rule.clearAt.reset();
                continue;
            }
            const std::optional<double> number = parseNumber(value);
            if (!number) {
                errors.insert(field, value.isEmpty() ? tr("is required") : tr("“%1” is not a number").arg(value));
                continue;
            }
            if (field == u"limit")
                rule.limit = *number;
            else if (field == u"clearAt")
                rule.clearAt = *number;
            else if (field == u"change")
                rule.change = *number;
            else
                rule.zScore = *number;
        } else if (kIntegerFields.contains(field)) {
            bool ok = false;
            const int number = QLocale().toInt(value, &ok);
            if (!ok) {
                errors.insert(field, value.isEmpty() ? tr("is required") : tr("“%1” is not a whole number").arg(value));
                continue;
            }
            if (field == u"forMinutes")
                rule.forMinutes = number;
            else if (field == u"windowMinutes")
                rule.windowMinutes = number;
            else if (field == u"frozenMinutes")
                rule.frozenMinutes = number;
            else if (field == u"weeks")
                rule.weeks = number;
            else
                rule.minSamples = number;
        }
    }
    if (fields.contains(u"area"_s)) {
        // "lon lat, lon lat, ...": the order GeoJSON and the rules file use.
        rule.area.clear();
        const QString area = text(u"area"_s);
        for (const QString &position : area.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList parts = position.simplified().split(QLatin1Char(' '));
            const std::optional<double> lon = parts.size() == 2 ? parseNumber(parts.at(0)) : std::nullopt;
            const std::optional<double> lat = parts.size() == 2 ? parseNumber(parts.at(1)) : std::nullopt;
            if (!lon || !lat) {
                errors.insert(u"area"_s, tr("“%1” is not a position “longitude latitude”").arg(position.trimmed()));
                break;
            }
            rule.area.append(QPointF(*lon, *lat));
        }
    } else {
        rule.area.clear();
    }
    if (!errors.isEmpty())
        return errors;

    for (const RuleProblem &p : alerts::validateRule(rule)) {
        QString field = p.field;
        if (field.startsWith(u"area["_s))
            field = u"area"_s;
        if (!fields.contains(field))
            field.clear(); // about something the form does not show: said for the form as a whole
        const QString message = field.isEmpty() && !p.field.isEmpty() ? tr("%1: %2").arg(p.field, p.message) : p.message;
        const QString previous = errors.value(field).toString();
        errors.insert(field, previous.isEmpty() ? message : previous + u"; "_s + message);
    }
    for (int i = 0; i < m_validRules.size(); ++i) {
        if (i != originalIndex && m_validRules.at(i).id == rule.id && !rule.id.isEmpty())
            errors.insert(u"id"_s, tr("“%1” is already the id of another rule").arg(rule.id));
    }
    if (!errors.isEmpty())
        return errors;

    QList<Rule> updated = m_validRules;
    if (originalIndex >= 0)
        updated[originalIndex] = rule;
    else
        updated.append(rule);
    const QString error = writeRules(updated);
    if (!error.isEmpty())
        return {{QString(), error}};
    return {};
}

QString AlertsPanel::removeRule(const QString &id)
{
    QList<Rule> updated = m_validRules;
    if (updated.removeIf([&](const Rule &rule) { return rule.id == id; }) == 0)
        return tr("The rule “%1” is no longer in the rules file.").arg(id);
    return writeRules(updated);
}

QVariantList AlertsPanel::ruleTypeChoices() const
{
    QVariantList out;
    for (RuleType type : {RuleType::Threshold, RuleType::RateOfChange, RuleType::Frozen, RuleType::Anomaly, RuleType::Geofence})
        out.append(QVariantMap{{u"key"_s, alerts::ruleTypeKey(type)}, {u"text"_s, AlertRulesModel::typeText(type)}});
    return out;
}

QVariantList AlertsPanel::severityChoices() const
{
    QVariantList out;
    for (Severity severity : {Severity::Critical, Severity::Warning, Severity::Info})
        out.append(QVariantMap{{u"key"_s, alerts::severityKey(severity)}, {u"text"_s, AlertListModel::severityText(severity)}});
    return out;
}

QVariantList AlertsPanel::indicatorChoices() const
{
    QVariantList out;
    for (const QString &key : alerts::indicatorKeys())
        out.append(QVariantMap{{u"key"_s, key}, {u"text"_s, AlertRulesModel::indicatorText(key)}});
    return out;
}

// --- the engine -----------------------------------------------------------------------------

void AlertsPanel::start(const QString &databasePath)
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(u"Alerts"_s);
    m_worker = new AlertWorker;
    // Made here so its address is known at once (to connect the feed engine to it); it opens
    // nothing before start(), which runs in its thread.
    m_engine = new AlertEngine(databasePath);
    m_engine->setRules(m_validRules);
    m_worker->engine = m_engine;
    m_worker->moveToThread(m_thread);
    m_engine->moveToThread(m_thread);
    // Queued: the panel lives in the UI thread.
    connect(m_engine, &AlertEngine::alertRaised, this, &AlertsPanel::onEngineRaised);
    connect(m_engine, &AlertEngine::alertResolved, this, &AlertsPanel::onEngineResolved);
    connect(m_engine, &AlertEngine::started, this, [this](bool ok, const QString &message) {
        if (ok)
            return;
        m_rulesFileError = tr("The alerts could not open the store: %1").arg(message);
        Q_EMIT rulesChanged();
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_engine, &AlertEngine::start, Qt::QueuedConnection);
    connectFeeds();
    Q_EMIT runningChanged();
}

void AlertsPanel::stop()
{
    if (!m_thread)
        return;
    AlertWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_engine = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    Q_EMIT runningChanged();
}

void AlertsPanel::setFeeds(FeedsPanel *feeds)
{
    m_feeds = feeds;
    connectFeeds();
}

void AlertsPanel::connectFeeds()
{
    if (!m_feeds || !m_engine || m_feedsConnected)
        return;
    m_feedsConnected = true;
    // Straight from the feeds thread to the alerts thread (queued), with the sensors each batch
    // touched: the engine evaluates only those, and the UI thread is not in the way.
    QPointer<AlertEngine> engine(m_engine);
    m_feeds->onEngine([engine](feeds::FeedEngine &feedEngine) {
        if (engine)
            QObject::connect(&feedEngine, &feeds::FeedEngine::readingsStored, engine.data(), &AlertEngine::readingsStored);
    });
}

void AlertsPanel::sendRulesToEngine()
{
    if (!m_engine)
        return;
    const QList<Rule> rules = m_validRules;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, rules] { engine->setRules(rules); }, Qt::QueuedConnection);
}

void AlertsPanel::evaluateNow()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &AlertEngine::evaluateAll, Qt::QueuedConnection);
}

void AlertsPanel::onStoreChanged()
{
    // An import may have brought hospitals, regions or figures the engine's caches lack.
    if (m_engine) {
        QMetaObject::invokeMethod(m_engine, [engine = m_engine] {
            engine->invalidate();
            engine->evaluateAll();
        }, Qt::QueuedConnection);
    }
    refresh();
}

void AlertsPanel::onEngineRaised(const AlertRecord &record)
{
    refresh();
    Q_EMIT newAlert(record.id, alerts::severityKey(record.severity), AlertListModel::severityText(record.severity),
                    record.subjectName.isEmpty() ? record.ruleName : tr("%1 — %2").arg(record.ruleName, record.subjectName),
                    record.message);
}

void AlertsPanel::announceRaisedElsewhere()
{
    if (!m_db)
        return;
    if (m_announcedUpToId < 0) {
        QSqlQuery newest = m_db->prepare(u"SELECT MAX(id) FROM alert"_s);
        if (Database::exec(newest) && newest.next())
            m_announcedUpToId = newest.value(0).toLongLong();
        return;
    }
    QSqlQuery newer = m_db->prepare(u"SELECT id FROM alert WHERE id > ? AND resolved_at IS NULL ORDER BY id"_s);
    newer.addBindValue(m_announcedUpToId);
    if (!Database::exec(newer))
        return;
    QList<qint64> ids;
    while (newer.next())
        ids.append(newer.value(0).toLongLong());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const qint64 id : std::as_const(ids)) {
        m_announcedUpToId = std::max(m_announcedUpToId, id);
        const std::optional<AlertRecord> record = m_store ? m_store->alert(id, now) : std::nullopt;
        if (!record || !m_live)
            continue;
        Q_EMIT newAlert(record->id, alerts::severityKey(record->severity), AlertListModel::severityText(record->severity),
                        record->subjectName.isEmpty() ? record->ruleName : tr("%1 — %2").arg(record->ruleName, record->subjectName),
                        record->message);
    }
}

void AlertsPanel::onEngineResolved()
{
    refresh();
}

} // namespace atalaya

#include "alertspanel.moc"
