#include "feedengine.h"

#include "logging.h"
#include "store/database.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace atalaya::feeds {

namespace {

// How soon a flush the store refused is tried again.
constexpr int kStoreRetryMs = 1000;
// How often Live turns into Stale is checked: staleness is a matter of the clock, not of events.
constexpr int kStateCheckMs = 1000;

QString sensorKey(const QString &provider, const QString &code)
{
    return provider + QChar(0x1f) + code;
}

// The same feed, paused or not: pausing is not a change that needs a new connector.
bool sameApartFromPause(FeedConfig a, FeedConfig b)
{
    a.paused = b.paused = false;
    return a == b;
}

} // namespace

FeedEngine::FeedEngine(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_writer(db), m_now([] { return QDateTime::currentSecsSinceEpoch(); })
{
    qRegisterMetaType<atalaya::feeds::FeedStatus>();
    qRegisterMetaType<atalaya::feeds::FeedConfig>();
    qRegisterMetaType<QList<atalaya::feeds::FeedConfig>>();
    qRegisterMetaType<atalaya::feeds::ParsedPayload>();
    qRegisterMetaType<QList<qint64>>();

    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &FeedEngine::flush);
    connect(&m_reconnect, &StoreReconnector::aboutToReopen, this, [this] { m_writer.dropStatements(); });
    connect(&m_reconnect, &StoreReconnector::lost, this, &FeedEngine::storeConnectionLost);
    connect(&m_reconnect, &StoreReconnector::restored, this, [this] {
        // Through the event loop: this may be a flush() that reconnected and goes on writing.
        m_flushTimer.start(0);
    });
    m_stateTimer.setInterval(kStateCheckMs);
    connect(&m_stateTimer, &QTimer::timeout, this, [this] {
        for (auto &[id, connector] : m_connectors)
            connector->refreshState();
    });
}

FeedEngine::~FeedEngine()
{
    for (auto &[id, connector] : m_connectors)
        connector->stop();
    flush();
    m_connectors.clear(); // before the network manager, which the last requests go through
}

void FeedEngine::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
}

void FeedEngine::setCityBounds(const QRectF &bounds)
{
    m_cityBounds = bounds;
    m_cityBoundsSet = true;
}

void FeedEngine::setFlushIntervalMs(int ms)
{
    m_flushIntervalMs = std::max(0, ms);
}

void FeedEngine::setReconnectBackoff(int firstDelayMs, int maxDelayMs)
{
    m_reconnect.setBackoff(firstDelayMs, maxDelayMs);
}

void FeedEngine::setFlushThreshold(int readings)
{
    m_flushThreshold = std::max(1, readings);
}

QNetworkAccessManager *FeedEngine::network()
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        // Feeds are polled, not browsed: an answer must never come from a cache.
        m_network->setCache(nullptr);
    }
    return m_network;
}

QRectF FeedEngine::storeBounds() const
{
    QSqlQuery query = m_db.prepare(u"SELECT MIN(min_lon), MIN(min_lat), MAX(max_lon), MAX(max_lat) FROM region"_s);
    if (!Database::exec(query) || !query.next() || query.value(0).isNull())
        return {};
    const double minLon = query.value(0).toDouble(), minLat = query.value(1).toDouble();
    return QRectF(minLon, minLat, query.value(2).toDouble() - minLon, query.value(3).toDouble() - minLat);
}

ConnectorContext FeedEngine::context()
{
    if (!m_cityBoundsSet && !m_reconnect.isReconnecting()) {
        m_cityBounds = storeBounds();
        m_cityBoundsSet = true;
    }
    ConnectorContext context;
    context.network = network();
    context.now = [this] { return m_now(); };
    context.latestStored = [this](const QString &provider) { return latestStored(provider); };
    context.cityBounds = m_cityBounds;
    return context;
}

void FeedEngine::setFeeds(const QList<FeedConfig> &feeds)
{
    QSet<QString> wanted;
    for (const FeedConfig &feed : feeds)
        wanted.insert(feed.id);

    // Connectors whose feed is gone or changed stop first, so a new one can take over a port.
    for (auto it = m_connectors.begin(); it != m_connectors.end();) {
        const auto match = std::find_if(feeds.cbegin(), feeds.cend(), [&](const FeedConfig &f) { return f.id == it->first; });
        if (match == feeds.cend() || !sameApartFromPause(*match, it->second->config())) {
            it->second->stop();
            m_attempting.remove(it->first);
            it = m_connectors.erase(it);
        } else {
            ++it;
        }
    }
    m_order.clear();
    for (const FeedConfig &feed : feeds) {
        if (m_order.contains(feed.id)) {
            qCWarning(lcFeeds).noquote() << "feed id" << feed.id << "given twice; the second is ignored";
            continue;
        }
        m_order.append(feed.id);
        auto existing = m_connectors.find(feed.id);
        if (existing != m_connectors.end()) {
            if (feed.paused)
                existing->second->pause();
            else
                existing->second->resume();
            continue;
        }
        // Readings of sensors no catalogue describes take the type the feed's mapping gives.
        if (feed.kind == FeedConfig::Kind::Http || feed.kind == FeedConfig::Kind::File)
            m_writer.setDefaultType(feed.storeProvider(), feed.mapping.defaultType);
        std::unique_ptr<Connector> connector = Connector::create(feed, context());
        connect(connector.get(), &Connector::payloadReceived, this, &FeedEngine::received);
        connect(connector.get(), &Connector::statusChanged, this, &FeedEngine::feedStatusChanged);
        Connector *raw = connector.get();
        connect(raw, &Connector::statusChanged, this, [this, raw](const FeedStatus &status) { trackAttempt(raw, status); });
        raw->setParent(this); // moves with the engine to its thread; m_connectors still owns it
        m_connectors.emplace(feed.id, std::move(connector));
        qCInfo(lcFeeds).noquote() << "feed" << feed.id << u"("_s + FeedConfig::kindName(feed.kind) + u")"_s << "configured";
        raw->start();
    }
    if (!m_stateTimer.isActive())
        m_stateTimer.start();
}

Connector *FeedEngine::connector(const QString &id) const
{
    const auto it = m_connectors.find(id);
    return it == m_connectors.end() ? nullptr : it->second.get();
}

void FeedEngine::pause(const QString &id)
{
    if (Connector *c = connector(id))
        c->pause();
    else
        qCWarning(lcFeeds).noquote() << "cannot pause feed" << id << ": there is no such feed";
}

void FeedEngine::resume(const QString &id)
{
    if (Connector *c = connector(id))
        c->resume();
    else
        qCWarning(lcFeeds).noquote() << "cannot resume feed" << id << ": there is no such feed";
}

void FeedEngine::pollNow(const QString &id)
{
    if (Connector *c = connector(id))
        c->pollNow();
    else
        qCWarning(lcFeeds).noquote() << "cannot poll feed" << id << ": there is no such feed";
}

void FeedEngine::trackAttempt(const Connector *connector, const FeedStatus &status)
{
    // Connector has no signal of its own for the end of an attempt, but every attempt shows in
    // its status: starting one clears nextAttemptAt, and succeed() and fail() schedule the next
    // (nextAttemptAt > 0), while pause() and stop() abandon it and leave nextAttemptAt at 0.
    if (connector->attemptUnderWay()) {
        m_attempting.insert(status.id);
        return;
    }
    if (!m_attempting.remove(status.id) || status.nextAttemptAt == 0)
        return;
    Q_EMIT attemptFinished(status);
}

QList<FeedStatus> FeedEngine::statuses() const
{
    QList<FeedStatus> list;
    for (const QString &id : m_order) {
        if (const Connector *c = connector(id))
            list.append(c->status());
    }
    return list;
}

FeedStatus FeedEngine::status(const QString &id) const
{
    const Connector *c = connector(id);
    return c ? c->status() : FeedStatus{};
}

void FeedEngine::received(const QString &feedId, const ParsedPayload &payload)
{
    m_pendingSensors.append(payload.sensors);
    if (!payload.readings.isEmpty()) {
        m_pending[feedId].readings.append(payload.readings);
        m_buffered += int(payload.readings.size());
    }
    if (m_buffered >= m_flushThreshold)
        flush();
    else if (!m_flushTimer.isActive() && (m_buffered > 0 || !m_pendingSensors.isEmpty()))
        m_flushTimer.start(m_flushIntervalMs);
}

QHash<QString, qint64> FeedEngine::latestStored(const QString &provider)
{
    // What is still buffered counts as stored: a catch-up must not ask for it again.
    flush();
    // A store being reconnected cannot say: the connector then catches up over its whole window,
    // and the observation key drops what was already stored.
    if (m_reconnect.isReconnecting())
        return {};
    return m_writer.latestByProvider(provider);
}

qint64 FeedEngine::sensorId(const QString &provider, const QString &code)
{
    const QString key = sensorKey(provider, code);
    if (const auto it = m_sensorIds.constFind(key); it != m_sensorIds.cend())
        return *it;
    QSqlQuery query = m_db.prepare(u"SELECT id FROM sensor WHERE provider = ? AND code = ?"_s);
    query.addBindValue(provider);
    query.addBindValue(code);
    if (!Database::exec(query) || !query.next())
        return -1;
    const qint64 id = query.value(0).toLongLong();
    m_sensorIds.insert(key, id);
    return id;
}

void FeedEngine::flush()
{
    m_flushTimer.stop();
    // While the connection is being reopened nothing is written: the readings wait. The
    // reconnector's timer brings it back, or this call when its backoff is due (a shutdown
    // that waits for the store outside the event loop).
    if (m_reconnect.isReconnecting() && !m_reconnect.reconnectIfDue())
        return;
    if (!m_pendingSensors.isEmpty()) {
        const ObservationWriter::Result result = m_writer.registerSensors(m_pendingSensors);
        if (result.ok()) {
            m_pendingSensors.clear();
            m_sensorRefusal.clear();
        } else {
            if (std::exchange(m_sensorRefusal, result.error) != result.error) // once per reason
                qCWarning(lcFeeds).noquote() << "the store refused" << m_pendingSensors.size()
                                             << "sensor descriptions (kept for the next flush):" << result.error;
            if (!m_reconnect.connectionLost())
                return; // gone: everything waits for the reconnection
        }
    }

    bool refused = false;
    qint64 storedInAll = 0;
    qint64 newest = 0;
    qint64 oldest = std::numeric_limits<qint64>::max();
    QSet<QString> written;
    QList<QPair<QString, QString>> writtenSensors;
    // One transaction per feed with readings waiting (usually one per flush), so each feed's
    // status counts exactly what the store made of its own readings.
    const QStringList feedIds = m_pending.keys();
    for (const QString &feedId : feedIds) {
        QList<SensorReading> &readings = m_pending[feedId].readings;
        if (readings.isEmpty()) {
            m_pending.remove(feedId);
            continue;
        }
        const ObservationWriter::Result result = m_writer.write(readings);
        if (!result.ok()) {
            refused = true;
            // A connection the server dropped is reopened before anything is written again;
            // a store that still answers (locked, a constraint) is asked again shortly.
            if (!m_reconnect.connectionLost()) {
                qCWarning(lcFeeds).noquote() << "the store refused" << readings.size() << "readings of feed" << feedId
                                             << "(kept until the store's connection is back):" << result.error;
                break;
            }
            // Said once per reason (a viewer's role refuses at every retry); the feed shows it.
            Connector *c = connector(feedId);
            if (!c || c->noteStoreRefused(result.error))
                qCWarning(lcFeeds).noquote() << "the store refused" << readings.size() << "readings of feed" << feedId
                                             << "(kept, retrying every" << kStoreRetryMs << "ms):" << result.error;
            continue;
        }
        qint64 feedNewest = 0;
        qint64 feedOldest = std::numeric_limits<qint64>::max();
        for (const SensorReading &reading : std::as_const(readings)) {
            feedNewest = std::max(feedNewest, reading.observedAt);
            feedOldest = std::min(feedOldest, reading.observedAt);
            const QString key = sensorKey(reading.provider, reading.sensor);
            if (!written.contains(key)) {
                written.insert(key);
                writtenSensors.append({reading.provider, reading.sensor});
            }
        }
        if (Connector *c = connector(feedId))
            c->noteStored(result.stored, result.duplicates, feedNewest);
        if (result.stored > 0) {
            storedInAll += result.stored;
            newest = std::max(newest, feedNewest);
            oldest = std::min(oldest, feedOldest);
        }
        qCDebug(lcFeeds).noquote() << "feed" << feedId + u":"_s << result.stored << "stored," << result.duplicates
                                   << "already there";
        m_buffered -= int(readings.size());
        m_pending.remove(feedId);
    }

    if (refused) {
        // A store that stays locked must not take all memory: the oldest buffered readings go.
        if (m_buffered > kMaxBuffered) {
            int excess = m_buffered - kMaxBuffered;
            for (auto it = m_pending.begin(); it != m_pending.end() && excess > 0; ++it) {
                const int drop = std::min<int>(excess, int(it->readings.size()));
                it->readings.remove(0, drop);
                excess -= drop;
                m_buffered -= drop;
                qCCritical(lcFeeds).noquote() << "feed" << it.key() << ": dropped" << drop
                                              << "buffered readings the store could not take";
            }
        }
        if (!m_reconnect.isReconnecting())
            m_flushTimer.start(kStoreRetryMs);
    }

    if (storedInAll > 0) {
        QList<qint64> ids;
        ids.reserve(writtenSensors.size());
        for (const auto &[provider, code] : std::as_const(writtenSensors)) {
            const qint64 id = sensorId(provider, code);
            if (id >= 0)
                ids.append(id);
        }
        std::sort(ids.begin(), ids.end());
        emit readingsStored(ids, newest, oldest);
    }
}

} // namespace atalaya::feeds
