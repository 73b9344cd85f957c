#pragma once

#include "feeds/connector.h"
#include "feeds/feedconfig.h"
#include "feedsmodel.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QVariantMap>
#include <QtQmlIntegration/qqmlintegration.h>

#include <functional>

namespace atalaya {

namespace feeds {
class FeedEngine;
}

class FeedWorker;

/** The Feeds page and the app's live feeds: reads the feeds file, runs the FeedEngine on a worker
 *  thread with its own connection to the store (the UI thread never waits for a feed), and shows
 *  what every feed is doing. The UI reaches the engine through queued calls only; the engine's
 *  statuses and "readings stored" come back as queued signals. Adding, editing and removing a
 *  feed writes the feeds file (saveFeedsFile) and hands the engine the new list. */
class FeedsPanel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FeedsPanel is provided by Dashboard.feeds")
    Q_PROPERTY(atalaya::FeedsModel *model READ model CONSTANT)
    /** The feeds file in use; empty: the app runs without feeds. */
    Q_PROPERTY(QString filePath READ filePath NOTIFY fileChanged)
    /** The file could not be read at all (missing, not JSON, no feeds list); empty otherwise. */
    Q_PROPERTY(QString fileError READ fileError NOTIFY fileChanged)
    /** The problems of the loaded file, one line each: feed, field and why. */
    Q_PROPERTY(QStringList problems READ problems NOTIFY fileChanged)
    /** Feeds the file lists that were left out because of a problem (saving drops them). */
    Q_PROPERTY(int skippedCount READ skippedCount NOTIFY fileChanged)
    /** The status bar's line, e.g. "Feeds: 2 live, 1 stale since 14:05"; empty without feeds. */
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)
    /** How the summary is marked: "ok", "amber" (stale, starting), "red" (failing), "paused" or "". */
    Q_PROPERTY(QString summaryLevel READ summaryLevel NOTIFY summaryChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)

public:
    explicit FeedsPanel(QObject *parent = nullptr);
    ~FeedsPanel() override;

    FeedsModel *model() const { return m_model; }
    QString filePath() const { return m_filePath; }
    QString fileError() const { return m_fileError; }
    QStringList problems() const { return m_problems; }
    int skippedCount() const { return m_skipped; }
    QString summary() const { return m_summary; }
    QString summaryLevel() const { return m_summaryLevel; }
    bool isRunning() const { return m_thread != nullptr; }
    QList<feeds::FeedConfig> feeds() const { return m_feeds; }

    /** Reads the feeds file (empty: no feeds). The engine, when running, takes the new list. */
    void setFilePath(const QString &path);
    /** Starts the worker thread and its engine on the store at databasePath. */
    void start(const QString &databasePath);
    /** Stops the engine (its buffered readings are written first) and the thread. */
    void stop();
    /** Runs fn on the engine in its thread (tests and benchmarks: clocks, flush settings). */
    void onEngine(std::function<void(feeds::FeedEngine &)> fn);

    Q_INVOKABLE void pause(const QString &id);
    Q_INVOKABLE void resume(const QString &id);
    Q_INVOKABLE void pollNow(const QString &id);
    /** Reads the file again (after it was edited by hand). */
    Q_INVOKABLE void reload();

    /** A feed's fields for the edit form, as texts (lists joined by ", "); an empty id gives
     *  the defaults of a new feed. */
    Q_INVOKABLE QVariantMap form(const QString &id) const;
    /** Validates the form as the feeds file would be, and when it is sound saves it in place of
     *  the feed originalId (empty: a new feed) and writes the file. Returns the problems by form
     *  field ("" for the form as a whole); empty when saved. */
    Q_INVOKABLE QVariantMap saveFeed(const QString &originalId, const QVariantMap &form);
    /** Removes a feed and writes the file; returns what went wrong, or "". */
    Q_INVOKABLE QString removeFeed(const QString &id);

    /** Where a feeds file goes when a user adds a feed without one: the user's data folder. */
    static QString defaultFilePath();

Q_SIGNALS:
    void fileChanged();
    void summaryChanged();
    void runningChanged();
    /** The engine stored new readings observed from earliestObservedAt to latestObservedAt
     *  (UTC seconds). */
    void readingsStored(qint64 latestObservedAt, qint64 earliestObservedAt);
    /** The file was written from the page; the path in use may have changed (settings keep it). */
    void fileSaved(const QString &path);

private:
    void applyFile(const feeds::FeedsFile &file);
    void sendFeedsToEngine();
    void updateSummary();
    QString writeFeeds(const QList<feeds::FeedConfig> &feeds);

    FeedsModel *m_model = nullptr;
    QString m_filePath;
    QString m_fileError;
    QStringList m_problems;
    int m_skipped = 0;
    QList<feeds::FeedConfig> m_feeds;
    QString m_summary;
    QString m_summaryLevel;
    QPointer<QThread> m_thread;
    FeedWorker *m_worker = nullptr; // lives in m_thread
};

} // namespace atalaya
