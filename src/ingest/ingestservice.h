#pragma once

#include "alerts/alertrule.h"
#include "feeds/connector.h"
#include "feeds/feedconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace atalaya {
class Database;
namespace alerts {
class AlertEngine;
}
namespace feeds {
class FeedEngine;
}
} // namespace atalaya

namespace atalaya::ingest {

/** The headless ingest service: the feed engine on the main thread, writing to the store given
 *  by its location, and the alert engine beside it on a worker thread with its own connection
 *  (as in the dashboard), fed by every stored batch. Runs until stop() (SIGTERM, SIGINT), or,
 *  in once mode, until every feed has made one attempt; finished() gives the exit code. */
class IngestService : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString storeLocation;              // Database::open(): a SQLite path or a PostgreSQL URL
        QList<feeds::FeedConfig> feeds;
        std::optional<QList<alerts::Rule>> rules; // none: alerts are not evaluated
        bool once = false;
        int flushIntervalMs = 250;
        /** How long a shutdown keeps offering buffered readings to a store that refuses them
         *  (locked, restarting) before giving up; below systemd's TimeoutStopSec. */
        int stopGraceSeconds = 20;
    };

    explicit IngestService(Options options, QObject *parent = nullptr);
    ~IngestService() override;

    /** Opens the store and starts the engines; false (finished() not emitted) with the reason
     *  logged when the store cannot be opened. */
    bool start();

    /** Stops polling, writes what was read, stops the alert engine and closes the store, then
     *  emits finished(). Safe to call more than once. */
    void stop(const QString &reason);

    /** The key under which the service leaves its feeds' expectations in the store's meta
     *  table, so `atalaya-ingest status` can judge staleness without the feeds file. */
    static QString metaKey();

signals:
    /** The process's exit code: 0, 1 (once: a feed failed), 65 (the store lost readings). */
    void finished(int exitCode);

private:
    void onStatusChanged(const feeds::FeedStatus &status);
    void onAttemptFinished(const feeds::FeedStatus &status);
    void logSummary();
    void recordFeedsInStore();
    void finishOnce();
    int shutDown();

    Options m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<feeds::FeedEngine> m_engine;
    alerts::AlertEngine *m_alerts = nullptr; // lives in m_alertThread
    QThread *m_alertThread = nullptr;
    QHash<QString, feeds::FeedStatus> m_last;      // by feed id: what was last logged
    QHash<QString, qint64> m_storedAtSummary;      // by feed id: stored count at the last summary
    QHash<QString, feeds::FeedStatus> m_onceResults; // once: the first attempt of each feed
    QTimer m_summaryTimer;
    bool m_stopping = false;
};

} // namespace atalaya::ingest
