#pragma once

#include "alertevaluator.h"
#include "alertrule.h"
#include "alertstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace atalaya {
class Database;
}

namespace atalaya::alerts {

/** Runs the alert rules live. Made for a worker thread: it opens its own connection to the store
 *  (start()), so evaluating never waits on the UI's or the feed engine's connection, and reads
 *  in SQLite's WAL mode never block their writes. Batches of readings (FeedEngine::readingsStored,
 *  queued across threads) are coalesced for coalesceMs and evaluated together, only for the rules
 *  and subjects they touch; a timer evaluates every rule (frozen sensors, durations, hours of
 *  anomalies, hospital and epidemic figures that arrive by import). Decisions are written through
 *  AlertStore in one transaction per evaluation. */
class AlertEngine : public QObject
{
    Q_OBJECT
public:
    /** storePath: the store file (":memory:" is refused: a second connection would see another
     *  database). Nothing is opened before start(). */
    explicit AlertEngine(const QString &storePath, QObject *parent = nullptr);
    ~AlertEngine() override;

    /** The clock (UTC epoch seconds) rules are evaluated at; the wall clock unless replaced. */
    void setClock(std::function<qint64()> now);
    void setCoalesceMs(int ms);
    void setTimerIntervalMs(int ms);
    QList<Rule> rules() const { return m_rules; }
    bool isStarted() const { return m_db != nullptr; }

public slots:
    /** Opens the store connection (in the engine's thread), reads the open episodes, starts the
     *  timer and evaluates every rule once. */
    void start();
    /** Closes the connection and stops the timers (call before the thread ends). */
    void stop();
    /** Replaces the rules; episodes of rules that are gone or disabled are resolved, so nothing
     *  stays open that nothing can close. Evaluates the new rules at once. */
    void setRules(const QList<atalaya::alerts::Rule> &rules);
    /** FeedEngine::readingsStored: remembered and evaluated after coalesceMs with the batches
     *  that follow. */
    void readingsStored(const QList<qint64> &sensorIds, qint64 latestObservedAt, qint64 earliestObservedAt);
    /** Evaluates every enabled rule now (also the timer's job). */
    void evaluateAll();
    /** Evaluates the coalesced batches now. */
    void evaluatePending();
    /** Evaluates the history [from, to] every stepSeconds (UTC seconds), writing the episodes as
     *  live evaluation would have; emits backfilled. */
    void backfill(qint64 from, qint64 to, qint64 stepSeconds);
    /** Caches of hospitals, regions, epidemic figures are read again (after an import). */
    void invalidate();

signals:
    void started(bool ok, const QString &message);
    void alertRaised(const atalaya::alerts::AlertRecord &alert);
    void alertResolved(qint64 alertId);
    /** After each evaluation: the rules evaluated and the time it took (store writes included). */
    void evaluated(int rules, qint64 micros);
    void backfilled(int steps, int raised, int resolved);

private:
    void evaluate(const std::optional<QSet<qint64>> &scope, const QList<Rule> &rules);
    /** The alert store and evaluator on the open connection, and the open episodes read again. */
    void openStores();
    /** True when the connection answers, reopening one the server dropped; see the .cpp. */
    bool storeAnswers();

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AlertStore> m_store;
    std::unique_ptr<AlertEvaluator> m_evaluator;
    std::function<qint64()> m_now;
    QList<Rule> m_rules;
    QHash<QString, qint64> m_open;
    QSet<qint64> m_pending;
    int m_coalesceMs = 200;
    bool m_storeLost = false; // said once per outage
    // Children, so moveToThread() takes them along.
    QTimer m_coalesce{this};
    QTimer m_timer{this};
};

} // namespace atalaya::alerts
