#pragma once

#include "feedconfig.h"
#include "reading.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace atalaya::feeds {

/** What a feed is doing, as the Feeds page and the occupancy map show it. Instants are UTC
 *  epoch seconds, 0 when not yet known. */
struct FeedStatus {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(State state MEMBER state)
    Q_PROPERTY(qint64 lastReadingAt MEMBER lastReadingAt)
    Q_PROPERTY(qint64 lastSuccessAt MEMBER lastSuccessAt)
    Q_PROPERTY(qint64 lastAttemptAt MEMBER lastAttemptAt)
    Q_PROPERTY(qint64 nextAttemptAt MEMBER nextAttemptAt)
    Q_PROPERTY(QString lastError MEMBER lastError)
    Q_PROPERTY(qint64 stored MEMBER stored)
    Q_PROPERTY(qint64 duplicates MEMBER duplicates)
    Q_PROPERTY(qint64 malformed MEMBER malformed)
    Q_PROPERTY(qint64 problems MEMBER problems)
    Q_PROPERTY(qint64 retries MEMBER retries)

public:
    enum class State {
        Starting, // no attempt has succeeded yet
        Live,     // a new reading within staleAfter
        Stale,    // answers, but no new reading for longer than staleAfter ("stale since" lastReadingAt)
        Failing,  // the last attempt failed, after its retries; lastError says why
        Paused,   // paused by a person; nothing is fetched
    };
    Q_ENUM(State)

    QString id;
    QString name;
    QString kind; // sentilo, ngsi, http, file
    State state = State::Starting;
    qint64 lastReadingAt = 0; // the newest instant stored from this feed
    qint64 lastSuccessAt = 0;
    qint64 lastAttemptAt = 0;
    qint64 nextAttemptAt = 0;
    QString lastError; // what, where, why; empty after a success
    qint64 stored = 0;      // readings new to the store
    qint64 duplicates = 0;  // readings the store already had
    qint64 malformed = 0;   // payloads that could not be read at all
    qint64 problems = 0;    // unusable parts of payloads that were otherwise read
    qint64 retries = 0;     // attempts made because an earlier one failed

    friend bool operator==(const FeedStatus &, const FeedStatus &) = default;
};

/** What a connector needs from the engine that runs it. */
struct ConnectorContext {
    QNetworkAccessManager *network = nullptr;
    std::function<qint64()> now;
    /** The latest stored instant of each sensor of a provider (buffered readings included). */
    std::function<QHash<QString, qint64>(const QString &provider)> latestStored;
    /** The city's bounding box (x = lon, y = lat), to catch swapped coordinates. */
    QRectF cityBounds;
};

/** The part every connector shares: scheduling at the feed's cadence, request timeouts,
 *  retries with full-jitter exponential backoff, and the feed's status. A subclass implements
 *  attempt(), which fetches and hands over what it read with deliver(), and ends with
 *  succeed() or fail(). Lives in one thread; no locking. */
class Connector : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<Connector> create(const FeedConfig &config, const ConnectorContext &context);
    ~Connector() override;

    const FeedConfig &config() const { return m_config; }
    FeedStatus status() const { return m_status; }

    /** Begins fetching (at once, unless paused). */
    virtual void start();
    /** Stops fetching and abandons an attempt under way. */
    virtual void stop();
    void pause();
    void resume();
    /** An attempt now (or right after the one under way), whatever the schedule says. */
    void pollNow();
    /** An attempt is waiting for its answers. */
    bool attemptUnderWay() const { return m_busy; }

    /** What the store made of readings this feed delivered. */
    void noteStored(qint64 stored, qint64 duplicates, qint64 newestObservedAt);
    /** The store, still answering, refused this feed's readings (a role that may not write
     *  them, a constraint, a lock); they wait in the engine. The feed shows as failing with why
     *  until the store takes them: fetching alone is not "live" when nothing is kept. True when
     *  why is news (the feed did not already show it). */
    bool noteStoreRefused(const QString &why);
    /** Re-evaluates Live and Stale against the clock (the engine calls this every second). */
    void refreshState();

    /** The delay before retry n (1-based) under policy: uniform in [0, min(cap, base x 2^(n-1))]. */
    static qint64 backoffMs(const RetryPolicy &policy, int retry, double unitRandom);

signals:
    void payloadReceived(const QString &feedId, const atalaya::feeds::ParsedPayload &payload);
    void statusChanged(const atalaya::feeds::FeedStatus &status);

protected:
    Connector(const FeedConfig &config, const ConnectorContext &context);

    /** Starts one attempt; must end, now or later, in exactly one succeed() or fail(). */
    virtual void attempt() = 0;

    void succeed();
    void fail(const QString &error);
    /** The source reached us outside an attempt (a pushed notification). */
    void noteContact();

    /** Hands readings and sensors to the engine; counts and logs the payload's problems. A fatal
     *  payload is counted as malformed, logged, and false is returned (the caller fails the
     *  attempt with malformedError()). source names where it came from (a URL or a file). */
    bool deliver(ParsedPayload payload, const QString &source);
    QString malformedError(const QString &source, const QString &fatal) const;
    void countProblem(const QString &source, const QString &where, const QString &what);

    struct HttpResult {
        int status = 0;      // HTTP status, 0 when no answer came
        QByteArray body;
        QString error;       // in words: what, where, why; empty on a 2xx answer
        QList<QPair<QByteArray, QByteArray>> headers;
        bool ok() const { return error.isEmpty(); }
        QByteArray header(const QByteArray &name) const;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    /** One HTTP request under the feed's timeout; done runs once with the outcome, unless the
     *  attempt is abandoned first. */
    void send(const QByteArray &verb, const QUrl &url, const Headers &headers, const QByteArray &body,
              std::function<void(const HttpResult &)> done);
    /** A request outside any attempt (e.g. removing a subscription on the way out). */
    void sendDetached(const QByteArray &verb, const QUrl &url, const Headers &headers);
    static QString shownUrl(const QUrl &url);

    qint64 now() const { return m_context.now(); }
    const ConnectorContext &context() const { return m_context; }
    void emitStatusIfChanged();

private:
    void runAttempt();
    void schedule(qint64 delayMs);
    void abandonAttempt();
    FeedStatus::State computeState() const;
    HttpResult resultOf(QNetworkReply *reply, bool timedOut) const;

    FeedConfig m_config;
    ConnectorContext m_context;
    FeedStatus m_status;
    FeedStatus m_emitted;
    QTimer m_timer{this}; // a child, so moveToThread() takes it along
    QList<QPointer<QNetworkReply>> m_replies;
    bool m_started = false;
    bool m_busy = false;
    bool m_pollAgain = false;
    bool m_failing = false;
    QString m_storeRefusal; // why the store refused the last readings; empty once it took them
    bool m_everSucceeded = false;
    int m_consecutiveFailures = 0;
    qint64 m_startedAt = 0;
    quint64 m_attemptSerial = 0;
};

} // namespace atalaya::feeds

Q_DECLARE_METATYPE(atalaya::feeds::ParsedPayload)
