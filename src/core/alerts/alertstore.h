#pragma once

#include "alertrule.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace atalaya {
class Database;
}

namespace atalaya::alerts {

/** One alert: one episode of a rule firing for one subject, as it stood at a moment. */
struct AlertRecord {
    qint64 id = 0;
    QString ruleId;
    QString ruleName;
    Severity severity = Severity::Warning;
    QString subjectKey;  // "sensor:12", "site:3", "hospital:5", "region:7"
    QString subjectName; // "Platja de la Barceloneta"
    std::optional<double> lat, lon; // where it is (click flies there); unset = no place
    QString message;     // one sentence: what, where, the values ("Occupancy 84 % above 80 % for 15 min")
    std::optional<double> value;     // the value that fired it
    std::optional<double> threshold; // the line it crossed, if any
    QString details;     // JSON object of the values that fired it (rule-type specific)
    QDateTime raisedAt;
    QDateTime acknowledgedAt; // invalid = not acknowledged (as of the moment asked)
    QString acknowledgedBy;
    QString ackComment;
    QDateTime resolvedAt;     // invalid = still open (as of the moment asked)
};

struct AlertEvent {
    enum class Kind { Raised, Acknowledged, Commented, Resolved };
    qint64 id = 0;
    qint64 alertId = 0;
    QDateTime at;
    Kind kind = Kind::Raised;
    QString actor;
    QString comment;
    std::optional<double> value;
};

/** The alert table and its history (schema 4). Reads take a moment, so a replayed past shows
 *  the alerts as they stood then: open = raised at or before `at` and not resolved by then;
 *  acknowledged only by acknowledgements at or before `at`. One instance per Database. */
class AlertStore
{
    Q_DECLARE_TR_FUNCTIONS(AlertStore)
public:
    explicit AlertStore(Database &db);

    /** Open alerts at `at`, most severe first, then newest first. */
    QList<AlertRecord> openAt(const QDateTime &at) const;
    /** Alerts resolved in [from, to], newest first, at most limit. */
    QList<AlertRecord> resolvedBetween(const QDateTime &from, const QDateTime &to, int limit = 200) const;
    /** Alerts raised in (from, to], newest first (Overview: "since the last briefing"). */
    QList<AlertRecord> raisedBetween(const QDateTime &from, const QDateTime &to, int limit = 200) const;
    std::optional<AlertRecord> alert(qint64 id, const QDateTime &at) const;
    /** The alert's history, oldest first. */
    QList<AlertEvent> events(qint64 alertId) const;

    /** Acknowledges an open alert with a comment (may be empty) by actor at `at`. Acknowledging
     *  again adds to the history and updates who/when. False with a message (unknown alert,
     *  already resolved, store error). */
    bool acknowledge(qint64 alertId, const QString &actor, const QString &comment, const QDateTime &at,
                     QString *error);
    /** Adds a comment to an alert's history (open or resolved). */
    bool comment(qint64 alertId, const QString &actor, const QString &comment, const QDateTime &at, QString *error);

    // The engine's side: an episode per (rule, subject).
    /** Raises a new alert (record.id, acknowledged*, resolvedAt ignored); returns its id, 0 on failure. */
    qint64 raise(const AlertRecord &record);
    /** Resolves an open alert at `at` with the value that cleared it. */
    bool resolve(qint64 alertId, const QDateTime &at, std::optional<double> value);
    /** Open episodes now, keyed by ruleId + '\n' + subjectKey -> alert id. */
    QHash<QString, qint64> openEpisodes() const;

private:
    Database &m_db;
};

} // namespace atalaya::alerts
