#include "alertrule.h"

#include "logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace atalaya::alerts {

namespace {

/** Translation context of the rules file's messages. */
class RulesFileText
{
    Q_DECLARE_TR_FUNCTIONS(atalaya::alerts::RulesFileText)
};

constexpr int kFormatVersion = 1;

// Field names as written in the file: the names of struct Rule's members.
const QStringList &fieldNames()
{
    static const QStringList names = {u"id"_s,        u"name"_s,          u"type"_s,          u"severity"_s,
                                      u"enabled"_s,   u"indicator"_s,     u"subjects"_s,      u"sensorType"_s,
                                      u"direction"_s, u"limit"_s,         u"clearAt"_s,       u"forMinutes"_s,
                                      u"change"_s,    u"changeInPercent"_s, u"windowMinutes"_s, u"frozenMinutes"_s,
                                      u"weeks"_s,     u"zScore"_s,        u"minSamples"_s,    u"area"_s,
                                      u"regionCode"_s};
    return names;
}

bool isEpidemic(const QString &indicator)
{
    return indicator.startsWith("epidemic."_L1);
}

// Reads one rule object field by field; every field with the wrong type is a problem.
class RuleReader
{
public:
    RuleReader(const QJsonObject &object, int index, QList<RuleProblem> *problems)
        : m_object(object)
        , m_index(index)
        , m_problems(problems)
    {
        m_rule.id = object.value("id"_L1).isString() ? object.value("id"_L1).toString().trimmed() : QString();
    }

    void problem(const QString &field, const QString &message)
    {
        m_problems->append({m_index, m_rule.id, field, message});
        m_ok = false;
    }

    bool has(const QString &field) const { return m_object.contains(field); }

    void string(const QString &field, QString *out, bool required)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined()) {
            if (required)
                problem(field, RulesFileText::tr("is required"));
            return;
        }
        if (!v.isString()) {
            problem(field, RulesFileText::tr("must be text"));
            return;
        }
        *out = v.toString().trimmed();
    }

    void number(const QString &field, double *out, bool required)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined()) {
            if (required)
                problem(field, RulesFileText::tr("is required"));
            return;
        }
        if (!v.isDouble()) {
            problem(field, RulesFileText::tr("must be a number"));
            return;
        }
        *out = v.toDouble();
    }

    void optionalNumber(const QString &field, std::optional<double> *out)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble()) {
            problem(field, RulesFileText::tr("must be a number"));
            return;
        }
        *out = v.toDouble();
    }

    void integer(const QString &field, int *out)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined())
            return;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9) {
            problem(field, RulesFileText::tr("must be a whole number"));
            return;
        }
        *out = int(d);
    }

    void boolean(const QString &field, bool *out)
    {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined())
            return;
        if (!v.isBool()) {
            problem(field, RulesFileText::tr("must be true or false"));
            return;
        }
        *out = v.toBool();
    }

    void area()
    {
        const QJsonValue v = m_object.value("area"_L1);
        if (v.isUndefined() || v.isNull())
            return;
        const QString shape = RulesFileText::tr("must be a list of [lon, lat] positions");
        if (!v.isArray()) {
            problem(u"area"_s, shape);
            return;
        }
        const QJsonArray points = v.toArray();
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QJsonArray p = points.at(i).toArray();
            if (!points.at(i).isArray() || p.size() != 2 || !p.at(0).isDouble() || !p.at(1).isDouble()) {
                problem(u"area[%1]"_s.arg(i), shape);
                return;
            }
            m_rule.area.append(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
        }
    }

    std::optional<Rule> read()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!fieldNames().contains(it.key()))
                problem(it.key(), RulesFileText::tr("is not a field of a rule (the fields are: %1)")
                                      .arg(fieldNames().join(", "_L1)));
        }
        string(u"id"_s, &m_rule.id, true);
        string(u"name"_s, &m_rule.name, true);
        QString type, severity, direction;
        string(u"type"_s, &type, true);
        if (!type.isEmpty()) {
            if (const auto t = ruleTypeFromKey(type))
                m_rule.type = *t;
            else
                problem(u"type"_s, RulesFileText::tr("unknown type '%1' (one of: threshold, rateOfChange, frozen, anomaly, geofence)")
                                       .arg(type));
        }
        string(u"severity"_s, &severity, false);
        if (has(u"severity"_s) && m_object.value("severity"_L1).isString()) {
            if (const auto s = severityFromKey(severity))
                m_rule.severity = *s;
            else
                problem(u"severity"_s, RulesFileText::tr("unknown severity '%1' (one of: info, warning, critical)").arg(severity));
        }
        boolean(u"enabled"_s, &m_rule.enabled);
        string(u"indicator"_s, &m_rule.indicator, false);
        string(u"subjects"_s, &m_rule.subjects, false);
        string(u"sensorType"_s, &m_rule.sensorType, false);
        string(u"direction"_s, &direction, false);
        if (has(u"direction"_s) && m_object.value("direction"_L1).isString()) {
            if (const auto d = directionFromKey(direction))
                m_rule.direction = *d;
            else
                problem(u"direction"_s, RulesFileText::tr("unknown direction '%1' (one of: above, below)").arg(direction));
        }
        const bool needsLimit = m_rule.type == RuleType::Threshold || m_rule.type == RuleType::Geofence;
        number(u"limit"_s, &m_rule.limit, needsLimit && !type.isEmpty());
        optionalNumber(u"clearAt"_s, &m_rule.clearAt);
        integer(u"forMinutes"_s, &m_rule.forMinutes);
        number(u"change"_s, &m_rule.change, m_rule.type == RuleType::RateOfChange);
        boolean(u"changeInPercent"_s, &m_rule.changeInPercent);
        integer(u"windowMinutes"_s, &m_rule.windowMinutes);
        integer(u"frozenMinutes"_s, &m_rule.frozenMinutes);
        integer(u"weeks"_s, &m_rule.weeks);
        number(u"zScore"_s, &m_rule.zScore, false);
        integer(u"minSamples"_s, &m_rule.minSamples);
        area();
        string(u"regionCode"_s, &m_rule.regionCode, false);
        if (!m_ok)
            return std::nullopt;
        // Type-level checks only once every field could be read, so one mistake is one message.
        const QList<RuleProblem> semantic = validateRule(m_rule, m_index);
        m_problems->append(semantic);
        if (!semantic.isEmpty())
            return std::nullopt;
        return m_rule;
    }

private:
    QJsonObject m_object;
    int m_index;
    QList<RuleProblem> *m_problems;
    Rule m_rule;
    bool m_ok = true;
};

QJsonValue number(double v)
{
    return QJsonValue(v);
}

} // namespace

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return u"warning"_s;
}

std::optional<Severity> severityFromKey(const QString &key)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Critical}) {
        if (severityKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString ruleTypeKey(RuleType type)
{
    switch (type) {
    case RuleType::Threshold:
        return u"threshold"_s;
    case RuleType::RateOfChange:
        return u"rateOfChange"_s;
    case RuleType::Frozen:
        return u"frozen"_s;
    case RuleType::Anomaly:
        return u"anomaly"_s;
    case RuleType::Geofence:
        return u"geofence"_s;
    }
    return u"threshold"_s;
}

std::optional<RuleType> ruleTypeFromKey(const QString &key)
{
    for (RuleType t : {RuleType::Threshold, RuleType::RateOfChange, RuleType::Frozen, RuleType::Anomaly, RuleType::Geofence}) {
        if (ruleTypeKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QString directionKey(Direction direction)
{
    return direction == Direction::Above ? u"above"_s : u"below"_s;
}

std::optional<Direction> directionFromKey(const QString &key)
{
    if (key == "above"_L1)
        return Direction::Above;
    if (key == "below"_L1)
        return Direction::Below;
    return std::nullopt;
}

QStringList indicatorKeys()
{
    return {u"observation"_s,
            u"occupancy"_s,
            u"hospital.icuFree"_s,
            u"hospital.icuFreePercent"_s,
            u"hospital.generalFree"_s,
            u"hospital.generalFreePercent"_s,
            u"epidemic.incidence7"_s,
            u"epidemic.incidence14"_s,
            u"epidemic.cases7Average"_s,
            u"epidemic.positivity"_s};
}

QString problemText(const RuleProblem &problem)
{
    QString where;
    if (problem.index >= 0 && !problem.ruleId.isEmpty())
        where = RulesFileText::tr("rule %1 '%2'").arg(problem.index + 1).arg(problem.ruleId);
    else if (problem.index >= 0)
        where = RulesFileText::tr("rule %1").arg(problem.index + 1);
    if (!problem.field.isEmpty()) {
        const QString field = RulesFileText::tr("field '%1'").arg(problem.field);
        where = where.isEmpty() ? field : RulesFileText::tr("%1, %2").arg(where, field);
    }
    return where.isEmpty() ? problem.message : RulesFileText::tr("%1: %2").arg(where, problem.message);
}

QList<RuleProblem> validateRule(const Rule &rule, int index)
{
    QList<RuleProblem> out;
    auto problem = [&](const QString &field, const QString &message) { out.append({index, rule.id, field, message}); };

    if (rule.id.trimmed().isEmpty())
        problem(u"id"_s, RulesFileText::tr("must not be empty"));
    if (rule.name.trimmed().isEmpty())
        problem(u"name"_s, RulesFileText::tr("must not be empty"));
    if (!indicatorKeys().contains(rule.indicator))
        problem(u"indicator"_s, RulesFileText::tr("unknown indicator '%1' (one of: %2)")
                                    .arg(rule.indicator, indicatorKeys().join(", "_L1)));
    if (rule.subjects.trimmed().isEmpty())
        problem(u"subjects"_s, RulesFileText::tr("must not be empty (\"*\" watches every subject)"));
    if (!rule.sensorType.isEmpty() && rule.indicator != "observation"_L1)
        problem(u"sensorType"_s, RulesFileText::tr("applies only to the indicator 'observation'"));
    if (!std::isfinite(rule.limit))
        problem(u"limit"_s, RulesFileText::tr("must be a finite number"));
    if (rule.forMinutes < 0)
        problem(u"forMinutes"_s, RulesFileText::tr("must not be negative"));

    switch (rule.type) {
    case RuleType::Threshold:
    case RuleType::Geofence:
        if (rule.clearAt) {
            if (!std::isfinite(*rule.clearAt))
                problem(u"clearAt"_s, RulesFileText::tr("must be a finite number"));
            else if (rule.direction == Direction::Above && *rule.clearAt > rule.limit)
                problem(u"clearAt"_s, RulesFileText::tr("must not be above 'limit' (%1): the rule fires above the limit and "
                                                        "clears below it")
                                          .arg(rule.limit));
            else if (rule.direction == Direction::Below && *rule.clearAt < rule.limit)
                problem(u"clearAt"_s, RulesFileText::tr("must not be below 'limit' (%1): the rule fires below the limit and "
                                                        "clears above it")
                                          .arg(rule.limit));
        }
        if (rule.type == RuleType::Geofence) {
            if (rule.area.isEmpty() && rule.regionCode.trimmed().isEmpty())
                problem(u"area"_s, RulesFileText::tr("a geofence needs an 'area' polygon or a 'regionCode'"));
            else if (!rule.area.isEmpty() && rule.area.size() < 3)
                problem(u"area"_s, RulesFileText::tr("must have at least 3 positions, has %1").arg(rule.area.size()));
            for (qsizetype i = 0; i < rule.area.size(); ++i) {
                const QPointF &p = rule.area.at(i);
                if (std::abs(p.x()) > 180.0 || std::abs(p.y()) > 90.0) {
                    problem(u"area[%1]"_s.arg(i), RulesFileText::tr("(%1, %2) is not a [lon, lat] position").arg(p.x()).arg(p.y()));
                    break;
                }
            }
            if (isEpidemic(rule.indicator))
                problem(u"indicator"_s, RulesFileText::tr("a geofence needs subjects with a place; '%1' is per region")
                                            .arg(rule.indicator));
        }
        break;
    case RuleType::RateOfChange:
        if (!(rule.change > 0))
            problem(u"change"_s, RulesFileText::tr("must be greater than 0 (the direction says rise or fall)"));
        if (rule.windowMinutes <= 0)
            problem(u"windowMinutes"_s, RulesFileText::tr("must be at least 1"));
        break;
    case RuleType::Frozen:
        if (rule.frozenMinutes <= 0)
            problem(u"frozenMinutes"_s, RulesFileText::tr("must be at least 1"));
        break;
    case RuleType::Anomaly:
        if (rule.weeks < 2)
            problem(u"weeks"_s, RulesFileText::tr("must be at least 2, is %1").arg(rule.weeks));
        if (rule.minSamples < 2 || rule.minSamples > std::max(rule.weeks, 2))
            problem(u"minSamples"_s, RulesFileText::tr("must be between 2 and 'weeks' (%1)").arg(rule.weeks));
        if (!(rule.zScore > 0) || !std::isfinite(rule.zScore))
            problem(u"zScore"_s, RulesFileText::tr("must be greater than 0"));
        if (rule.indicator != "observation"_L1 && rule.indicator != "occupancy"_L1)
            problem(u"indicator"_s, RulesFileText::tr("an anomaly compares hours of the week: use 'observation' or 'occupancy'"));
        break;
    }
    return out;
}

RulesFile parseRules(const QByteArray &json, const QString &sourceName)
{
    RulesFile out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int offset = std::clamp(parseError.offset, 0, int(json.size()));
        const QByteArray before = json.left(offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
        out.problems.append({-1, {}, {}, RulesFileText::tr("%1 is not valid JSON: %2 at line %3, column %4")
                                             .arg(sourceName, parseError.errorString())
                                             .arg(line)
                                             .arg(column)});
        return out;
    }
    if (!doc.isObject()) {
        out.problems.append({-1, {}, {}, RulesFileText::tr("%1 is not a rules file: expected an object with \"version\" and \"rules\"")
                                             .arg(sourceName)});
        return out;
    }
    const QJsonObject root = doc.object();
    if (root.value("version"_L1).toDouble(-1) != kFormatVersion) {
        out.problems.append({-1, {}, u"version"_s, RulesFileText::tr("%1: must be %2 (this Atalaya reads rules files of version %2)")
                                                       .arg(sourceName)
                                                       .arg(kFormatVersion)});
        return out;
    }
    if (!root.value("rules"_L1).isArray()) {
        out.problems.append({-1, {}, u"rules"_s, RulesFileText::tr("%1: must be a list of rules").arg(sourceName)});
        return out;
    }
    const QJsonArray rules = root.value("rules"_L1).toArray();
    QHash<QString, int> seen; // id -> index of its first rule
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const int index = int(i);
        if (!rules.at(i).isObject()) {
            out.problems.append({index, {}, {}, RulesFileText::tr("must be an object")});
            continue;
        }
        RuleReader reader(rules.at(i).toObject(), index, &out.problems);
        std::optional<Rule> rule = reader.read();
        if (!rule)
            continue;
        if (seen.contains(rule->id)) {
            out.problems.append({index, rule->id, u"id"_s,
                                 RulesFileText::tr("is already the id of rule %1; ids must be unique").arg(seen.value(rule->id) + 1)});
            continue;
        }
        seen.insert(rule->id, index);
        out.rules.append(*rule);
    }
    for (const RuleProblem &p : std::as_const(out.problems))
        qCWarning(lcAlerts).noquote() << sourceName << problemText(p);
    return out;
}

RulesFile loadRulesFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RulesFile out;
        out.problems.append({-1, {}, {}, RulesFileText::tr("Cannot read the rules file %1: %2").arg(path, file.errorString())});
        return out;
    }
    return parseRules(file.readAll(), path);
}

QByteArray rulesToJson(const QList<Rule> &rules)
{
    // A field is written when the rule's type uses it or it differs from the default, so files
    // stay short to read and parseRules() gives back exactly the rules written.
    const Rule defaults;
    QJsonArray array;
    for (const Rule &r : rules) {
        const bool limitType = r.type == RuleType::Threshold || r.type == RuleType::Geofence;
        QJsonObject o;
        o.insert("id"_L1, r.id);
        o.insert("name"_L1, r.name);
        o.insert("type"_L1, ruleTypeKey(r.type));
        o.insert("severity"_L1, severityKey(r.severity));
        if (!r.enabled)
            o.insert("enabled"_L1, false);
        o.insert("indicator"_L1, r.indicator);
        if (r.subjects != defaults.subjects)
            o.insert("subjects"_L1, r.subjects);
        if (!r.sensorType.isEmpty())
            o.insert("sensorType"_L1, r.sensorType);
        if (r.type != RuleType::Frozen || r.direction != defaults.direction)
            o.insert("direction"_L1, directionKey(r.direction));
        if (limitType || r.limit != defaults.limit)
            o.insert("limit"_L1, number(r.limit));
        if (r.clearAt)
            o.insert("clearAt"_L1, number(*r.clearAt));
        if (limitType || r.forMinutes != defaults.forMinutes)
            o.insert("forMinutes"_L1, r.forMinutes);
        if (r.type == RuleType::RateOfChange || r.change != defaults.change)
            o.insert("change"_L1, number(r.change));
        if (r.type == RuleType::RateOfChange || r.changeInPercent != defaults.changeInPercent)
            o.insert("changeInPercent"_L1, r.changeInPercent);
        if (r.type == RuleType::RateOfChange || r.windowMinutes != defaults.windowMinutes)
            o.insert("windowMinutes"_L1, r.windowMinutes);
        if (r.type == RuleType::Frozen || r.frozenMinutes != defaults.frozenMinutes)
            o.insert("frozenMinutes"_L1, r.frozenMinutes);
        if (r.type == RuleType::Anomaly || r.weeks != defaults.weeks)
            o.insert("weeks"_L1, r.weeks);
        if (r.type == RuleType::Anomaly || r.zScore != defaults.zScore)
            o.insert("zScore"_L1, number(r.zScore));
        if (r.type == RuleType::Anomaly || r.minSamples != defaults.minSamples)
            o.insert("minSamples"_L1, r.minSamples);
        if (!r.area.isEmpty()) {
            QJsonArray area;
            for (const QPointF &p : r.area)
                area.append(QJsonArray{p.x(), p.y()});
            o.insert("area"_L1, area);
        }
        if (!r.regionCode.isEmpty())
            o.insert("regionCode"_L1, r.regionCode);
        array.append(o);
    }
    QJsonObject root;
    root.insert("version"_L1, kFormatVersion);
    root.insert("rules"_L1, array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool saveRulesFile(const QString &path, const QList<Rule> &rules, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = RulesFileText::tr("Cannot write the rules file %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(rulesToJson(rules));
    if (!file.commit()) {
        if (error)
            *error = RulesFileText::tr("Cannot write the rules file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace atalaya::alerts
