#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

// Alert rules: what to watch, when it is abnormal, how serious it is. Rules live in a JSON rules
// file (docs/alert-rules.md); a bad rule is reported by position, id and field and skipped, the
// others keep working.
namespace atalaya::alerts {

enum class Severity { Info, Warning, Critical };

enum class RuleType {
    Threshold,    // value above / below a limit, with a clearing level (hysteresis) and a minimum duration
    RateOfChange, // value rose / fell by at least `change` (absolute or percent) within `windowMinutes`
    Frozen,       // no new data from a subject for `frozenMinutes` (Sentilo's FROZEN alert)
    Anomaly,      // robust z-score of the value against the same weekday and hour of the last `weeks` weeks
    Geofence,     // a reading of a sensor inside `area` crosses `limit` (threshold semantics)
};

/** What a rule watches. Each indicator has subjects (the things it is measured on) and a value
 *  series per subject read from the store:
 *  - "observation": sensor readings as stored (subject: a sensor; `sensorType` filters by
 *    sensor.type, `subjects` matches provider/code, e.g. "demo/beach-*");
 *  - "occupancy": a site's occupancy in percent of capacity (subject: a site, matched by code);
 *  - "hospital.icuFree", "hospital.icuFreePercent", "hospital.generalFree",
 *    "hospital.generalFreePercent": from bed reports (subject: a hospital, matched by name);
 *  - "epidemic.incidence7", "epidemic.incidence14" (per 100,000), "epidemic.cases7Average",
 *    "epidemic.positivity" (percent): daily, per district (subject: a region, matched by code). */
enum class Direction { Above, Below };

struct Rule {
    QString id;   // unique in the file; alerts refer to it
    QString name; // shown to people ("Beach over capacity")
    RuleType type = RuleType::Threshold;
    Severity severity = Severity::Warning;
    bool enabled = true;

    QString indicator = QStringLiteral("observation");
    QString subjects = QStringLiteral("*"); // glob on the subject's code / name; "*" = all
    QString sensorType;                     // "observation" only; empty = any type

    // Threshold, Geofence, Anomaly (direction only) and RateOfChange (direction of the change).
    Direction direction = Direction::Above;
    double limit = 0;
    /** The alert resolves only once the value is back past this level (hysteresis); unset = limit. */
    std::optional<double> clearAt;
    /** The condition must hold this long before the alert is raised (0 = at once). */
    int forMinutes = 0;

    // RateOfChange
    double change = 0;
    bool changeInPercent = false;
    int windowMinutes = 60;

    // Frozen
    int frozenMinutes = 30;

    // Anomaly: |value - median| / (1.4826 * MAD) >= zScore over the last `weeks` same weekday+hour.
    int weeks = 8;
    double zScore = 3.5;
    int minSamples = 4;

    // Geofence: a polygon ring as (lon, lat) points, or a region by code.
    QList<QPointF> area;
    QString regionCode;

    friend bool operator==(const Rule &, const Rule &) = default;
};

/** One problem with a rule in a rules file: where (position in "rules", id if it had one, the
 *  field) and why, in words. */
struct RuleProblem {
    int index = -1; // position in the file's "rules" array; -1 = the file as a whole
    QString ruleId;
    QString field;
    QString message;
};

struct RulesFile {
    QList<Rule> rules;           // the valid ones, in file order
    QList<RuleProblem> problems; // the skipped ones and file-level errors
};

/** The problem in one sentence, rules counted from 1 as people count them:
 *  "rule 3 'beach-full', field 'limit': must be a number". */
QString problemText(const RuleProblem &problem);

/** Reads a rules file; never throws, never loses the good rules for a bad one. */
RulesFile loadRulesFile(const QString &path);
RulesFile parseRules(const QByteArray &json, const QString &sourceName);
/** The problems of one rule as the loader would report them (the UI's editor checks with it). */
QList<RuleProblem> validateRule(const Rule &rule, int index = -1);
/** Writes rules to path (atomically, QSaveFile). False with a message on failure. */
bool saveRulesFile(const QString &path, const QList<Rule> &rules, QString *error);
/** The rules file text saveRulesFile writes: parseRules() of it gives the same rules back. */
QByteArray rulesToJson(const QList<Rule> &rules);

QString severityKey(Severity severity);           // "info", "warning", "critical" (store, file)
std::optional<Severity> severityFromKey(const QString &key);
QString ruleTypeKey(RuleType type);               // "threshold", "rateOfChange", "frozen", "anomaly", "geofence"
std::optional<RuleType> ruleTypeFromKey(const QString &key);
QString directionKey(Direction direction);        // "above", "below"
std::optional<Direction> directionFromKey(const QString &key);
/** The indicators a rule may name, in the order a UI lists them. */
QStringList indicatorKeys();

} // namespace atalaya::alerts
