#pragma once

#include "connector.h"
#include "feedconfig.h"
#include "observationwriter.h"
#include "reading.h"
#include "store/reconnect.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSet>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace atalaya {
class Database;
}

namespace atalaya::feeds {

/** Runs the city's live feeds: one connector per feed, their readings buffered and written to
 *  the store in batches (every flushIntervalMs, or sooner when flushThreshold readings wait),
 *  so a burst of notifications costs a few transactions and is never dropped. Headless and
 *  thread-agnostic: the dashboard moves it, with its own Database, to a worker thread and
 *  calls the slots through queued connections; the ingest service runs it on its main
 *  thread. Everything here runs in the thread the engine lives in.
 *
 *  A PostgreSQL connection the server drops (restart, failover, network cut) is reopened with
 *  backoff (StoreReconnector); the readings wait in memory meanwhile and are written once it is
 *  back. A batch whose commit was cut off is simply written again: the observation key and ON
 *  CONFLICT DO NOTHING make that idempotent, so nothing is lost or doubled. */
class FeedEngine : public QObject
{
    Q_OBJECT
public:
    /** db must outlive the engine and live in the engine's thread. */
    explicit FeedEngine(Database &db, QObject *parent = nullptr);
    ~FeedEngine() override;

    QList<FeedStatus> statuses() const;
    FeedStatus status(const QString &id) const;
    /** The connector of a feed (tests, and the settings page's "test connection"). */
    Connector *connector(const QString &id) const;

    /** The clock (UTC epoch seconds) feeds are judged by; the wall clock unless replaced
     *  (tests drive it together with the simulator's). */
    void setClock(std::function<qint64()> now);
    /** The city's extent (x = lon, y = lat) to catch swapped coordinates; by default the
     *  extent of the store's regions. */
    void setCityBounds(const QRectF &bounds);
    void setFlushIntervalMs(int ms);
    void setFlushThreshold(int readings);
    int bufferedReadings() const { return m_buffered; }
    /** True while the store's connection is lost and being reopened. */
    bool isReconnecting() const { return m_reconnect.isReconnecting(); }
    /** The backoff of reconnection attempts (default 0.5 s doubling to 10 s). */
    void setReconnectBackoff(int firstDelayMs, int maxDelayMs);

    /** Readings buffered at most when the store refuses them; older ones beyond are dropped. */
    static constexpr int kMaxBuffered = 1'000'000;

public slots:
    /** Starts, restarts (changed configuration) and stops connectors to match feeds. */
    void setFeeds(const QList<atalaya::feeds::FeedConfig> &feeds);
    void pause(const QString &id);
    void resume(const QString &id);
    void pollNow(const QString &id);
    /** Writes what is buffered now (also called by the flush timer). */
    void flush();

signals:
    void feedStatusChanged(const atalaya::feeds::FeedStatus &status);
    /** After a flush that stored new readings: the sensors written, and the newest and the
     *  oldest instant of the batch (a catch-up after an outage reaches into the past). */
    void readingsStored(const QList<qint64> &sensorIds, qint64 latestObservedAt, qint64 earliestObservedAt);
    /** A feed's attempt ended, succeeded (status.lastError empty) or failed (lastError says
     *  why); what it read may still be buffered (flush() writes it). Attempts abandoned by
     *  pause() or setFeeds() are not reported. The ingest service's --once waits on this. */
    void attemptFinished(const atalaya::feeds::FeedStatus &status);
    /** The store's connection is gone (why: the driver's words); readings wait in memory while
     *  it is reopened. Emitted once per outage. */
    void storeConnectionLost(const QString &why);

private:
    void trackAttempt(const Connector *connector, const FeedStatus &status);

    void received(const QString &feedId, const ParsedPayload &payload);
    QHash<QString, qint64> latestStored(const QString &provider);
    QRectF storeBounds() const;
    qint64 sensorId(const QString &provider, const QString &code);
    QNetworkAccessManager *network();
    ConnectorContext context();

    Database &m_db;
    ObservationWriter m_writer;
    std::function<qint64()> m_now;
    QRectF m_cityBounds;
    bool m_cityBoundsSet = false;
    QNetworkAccessManager *m_network = nullptr; // made on first use, in the engine's thread
    std::map<QString, std::unique_ptr<Connector>> m_connectors; // by id, in id order
    QList<QString> m_order; // feed ids in the order given

    struct Pending {
        QList<SensorReading> readings;
    };
    QHash<QString, Pending> m_pending; // by feed id
    QList<SensorInfo> m_pendingSensors;
    QString m_sensorRefusal; // why the store last refused them, said once
    int m_buffered = 0;
    int m_flushIntervalMs = 250;
    // 10,000 readings per transaction: each commit rewrites the last index page of every sensor
    // it touches, so bigger batches ingest faster (bench_ingest: 180k obs/s at 5,000, more at 10,000).
    int m_flushThreshold = 10000;
    // Children (not only members), so moveToThread() takes them along.
    QTimer m_flushTimer{this};
    QTimer m_stateTimer{this};
    QHash<QString, qint64> m_sensorIds; // "provider\x1fcode" -> sensor.id
    QSet<QString> m_attempting; // feeds seen with an attempt under way (attemptFinished)
    StoreReconnector m_reconnect{m_db, this}; // a child, so moveToThread() takes it along
};

} // namespace atalaya::feeds
