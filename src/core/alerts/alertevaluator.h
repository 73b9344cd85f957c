#pragma once

#include "alertrule.h"
#include "alertstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace atalaya {
class Database;
}

namespace atalaya::alerts {

/** What one evaluation decided for one rule and subject: open an episode or close one. */
struct Decision {
    enum class Kind { Raise, Resolve };
    Kind kind = Kind::Raise;
    QString episodeKey;          // ruleId + '\n' + subjectKey, as AlertStore::openEpisodes() keys them
    AlertRecord record;          // Raise: the alert to store (raisedAt = the moment evaluated)
    qint64 alertId = 0;          // Resolve: the open alert
    std::optional<double> value; // Resolve: the value that cleared it
};

QString episodeKey(const QString &ruleId, const QString &subjectKey);

/** Evaluates rules at a moment against the store, using only data at or before it (so a replay
 *  of the past decides what live would have decided then). Rule semantics are those of
 *  docs/alert-rules.md. Reads are batched: per indicator source one query for all the rules and
 *  subjects of an evaluation (readings: the window and the last reading before it in one; hospital
 *  reports: a range query and a "latest at or before" query), plus one query per week-hour for
 *  anomalies, cached across evaluations. Subjects, sites, hospitals, regions and
 *  epidemic series are cached until invalidate() (new sensors are picked up by themselves).
 *  Use it in the thread of its Database. */
class AlertEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(atalaya::alerts::AlertEvaluator) // alert messages are shown to people

public:
    explicit AlertEvaluator(Database &db);
    ~AlertEvaluator();
    AlertEvaluator(const AlertEvaluator &) = delete;
    AlertEvaluator &operator=(const AlertEvaluator &) = delete;

    /** The decisions at `at` (UTC seconds) given the episodes open now (AlertStore::openEpisodes()
     *  form). sensorIds restricts the evaluation to the subjects a batch of readings touched
     *  (their sensors, their sites); rules on hospitals and epidemic figures are then skipped,
     *  they are not fed by sensors. Disabled rules are skipped. */
    QList<Decision> evaluate(const QList<Rule> &rules, qint64 at, const QHash<QString, qint64> &open,
                             const std::optional<QSet<qint64>> &sensorIds = std::nullopt);

    /** Whether a rule watches sensor readings (observation, occupancy), so a batch can touch it. */
    static bool readsSensors(const Rule &rule);
    /** Whether a rule can change its verdict with time alone, without new data (frozen,
     *  durations, anomalies' hours, figures that arrive by import): the engine's timer. */
    static bool timeDependent(const Rule &rule);

    /** Forgets every cache (after imports change hospitals, regions or epidemic figures). */
    void invalidate();
    /** SQL statements run since construction (tests and benches check batching with it). */
    qint64 statementsRun() const;
    /** Keeps the statements prepared from one evaluation to the next instead of preparing them
     *  each time (backfill(): on PostgreSQL, three round trips per statement become one). The
     *  kept statements belong to the connection: only for an evaluator whose Database is not
     *  reopened while it lives (false drops them). */
    void setKeepsStatements(bool keep);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** Writes decisions to the store and keeps `open` in step: raised alerts get their ids. Returns
 *  the alerts raised (with ids) and the ids resolved. */
struct Applied {
    QList<AlertRecord> raised;
    QList<qint64> resolved;
};
Applied applyDecisions(AlertStore &store, const QList<Decision> &decisions, qint64 at, QHash<QString, qint64> *open);

/** Evaluates the rules at from, from + step, ... up to to, raising and resolving episodes as
 *  live evaluation at those moments would have, so a store gets an honest alert history. Starts
 *  from the store's open episodes; runs in one transaction when the caller has none open
 *  (inTransaction = false: the caller's). */
struct BackfillResult {
    int steps = 0;
    int raised = 0;
    int resolved = 0;
    bool ok = true;
};
BackfillResult backfill(Database &db, const QList<Rule> &rules, qint64 from, qint64 to, qint64 stepSeconds,
                        bool ownTransaction = true);

} // namespace atalaya::alerts
