#include "ingestservice.h"

#include "alerts/alertengine.h"
#include "feeds/feedengine.h"
#include "logging.h"
#include "logsink.h"
#include "store/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace atalaya::ingest {

namespace {

// One line per feed per period when it stored something or is not live: enough to see the flow
// in the journal without a line per batch (those are at debug level).
constexpr int kSummaryIntervalMs = 60'000;
// How often a shutdown offers buffered readings again to a store that refused them.
constexpr int kStopRetryMs = 500;

QString isoTime(qint64 epochSeconds)
{
    return epochSeconds > 0 ? QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::UTC).toString(Qt::ISODate) : QString();
}

// As a log field: null when nothing was ever read, so a log query can tell "never" from a time.
QJsonValue isoField(qint64 epochSeconds)
{
    return epochSeconds > 0 ? QJsonValue(isoTime(epochSeconds)) : QJsonValue();
}

QString stateKey(feeds::FeedStatus::State state)
{
    switch (state) {
    case feeds::FeedStatus::State::Starting: return u"starting"_s;
    case feeds::FeedStatus::State::Live: return u"live"_s;
    case feeds::FeedStatus::State::Stale: return u"stale"_s;
    case feeds::FeedStatus::State::Failing: return u"failing"_s;
    case feeds::FeedStatus::State::Paused: return u"paused"_s;
    }
    return u"starting"_s;
}

/** The store's location for the log: a PostgreSQL URL loses any password written into it. */
QString shownLocation(const QString &location)
{
    if (!location.contains(u"://"_s))
        return location;
    return QUrl(location).toDisplayString(QUrl::RemovePassword);
}

} // namespace

IngestService::IngestService(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_summaryTimer.setInterval(kSummaryIntervalMs);
    connect(&m_summaryTimer, &QTimer::timeout, this, &IngestService::logSummary);
}

IngestService::~IngestService()
{
    if (!m_stopping && m_engine)
        shutDown();
}

QString IngestService::metaKey()
{
    return u"ingest_feeds"_s;
}

bool IngestService::start()
{
    m_db = std::make_unique<Database>();
    const Database::OpenResult opened = m_db->open(m_options.storeLocation);
    if (!opened.ok()) {
        LogSink::Fields fields({{u"store"_s, shownLocation(m_options.storeLocation)}});
        qCCritical(lcIngest).noquote() << opened.message;
        m_db.reset();
        return false;
    }

    QList<feeds::FeedConfig> feeds;
    for (feeds::FeedConfig feed : std::as_const(m_options.feeds)) {
        if (m_options.once) {
            LogSink::Fields fields({{u"feed"_s, feed.id}});
            // A cron run polls and leaves: nothing would stay to receive notifications, and a
            // subscription made on each run would pile up at the broker.
            if (feed.paused) {
                qCInfo(lcIngest).noquote() << "feed" << feed.id << "is paused in the feeds file; not polled";
                continue;
            }
            if (feed.kind == feeds::FeedConfig::Kind::Ngsi && !feed.poll) {
                qCWarning(lcIngest).noquote() << "feed" << feed.id
                                              << "receives notifications only (poll: false); --once cannot poll it, skipped";
                continue;
            }
            feed.notificationPort = -1;
        }
        feeds.append(feed);
    }

    m_engine = std::make_unique<feeds::FeedEngine>(*m_db);
    m_engine->setFlushIntervalMs(m_options.flushIntervalMs);
    connect(m_engine.get(), &feeds::FeedEngine::feedStatusChanged, this, &IngestService::onStatusChanged);
    connect(m_engine.get(), &feeds::FeedEngine::attemptFinished, this, &IngestService::onAttemptFinished);

    if (m_options.rules) {
        m_alertThread = new QThread(this);
        m_alertThread->setObjectName(u"Alerts"_s);
        // The alert engine opens its own connection in its thread, as in the dashboard, so an
        // evaluation never holds up the next batch of readings.
        m_alerts = new alerts::AlertEngine(m_options.storeLocation);
        m_alerts->setRules(*m_options.rules);
        m_alerts->moveToThread(m_alertThread);
        connect(m_alerts, &alerts::AlertEngine::started, this, [](bool ok, const QString &message) {
            if (!ok)
                qCCritical(lcIngest).noquote() << "the alert engine could not open the store; alerts are not evaluated:" << message;
        });
        connect(m_alerts, &alerts::AlertEngine::alertRaised, this, [](const alerts::AlertRecord &alert) {
            LogSink::Fields fields({{u"alert"_s, alert.id}, {u"rule"_s, alert.ruleId}, {u"subject"_s, alert.subjectKey}});
            qCInfo(lcIngest).noquote() << "alert raised:" << alert.message;
        }, Qt::DirectConnection); // logged from the alerts thread: a queued call could miss the last batch at exit
        // A server restart cuts the alert engine's connection as well as the feed engine's: it
        // reopens its own at its next evaluation and then judges every rule (AlertEngine::storeAnswers).
        connect(m_engine.get(), &feeds::FeedEngine::readingsStored, m_alerts, &alerts::AlertEngine::readingsStored);
        m_alertThread->start();
        QMetaObject::invokeMethod(m_alerts, &alerts::AlertEngine::start, Qt::QueuedConnection);
        LogSink::Fields fields({{u"rules"_s, int(m_options.rules->size())}});
        qCInfo(lcIngest).noquote() << "evaluating" << m_options.rules->size() << "alert rules";
    } else {
        qCInfo(lcIngest).noquote() << "no --rules given: this service evaluates no alerts";
    }

    recordFeedsInStore();
    {
        LogSink::Fields fields({{u"store"_s, shownLocation(m_options.storeLocation)},
                                {u"feeds"_s, int(feeds.size())},
                                {u"pid"_s, qint64(QCoreApplication::applicationPid())},
                                {u"mode"_s, m_options.once ? u"once"_s : u"service"_s}});
        qCInfo(lcIngest).noquote() << (m_options.once ? "polling" : "running") << feeds.size() << "feeds into the store"
                                   << shownLocation(m_options.storeLocation);
    }
    for (const feeds::FeedConfig &feed : std::as_const(feeds)) {
        if (!feed.paused)
            m_onceResults.insert(feed.id, {}); // once: the feeds still to answer (id known, status empty)
    }
    m_engine->setFeeds(feeds);
    if (m_options.once) {
        if (m_onceResults.isEmpty())
            QTimer::singleShot(0, this, &IngestService::finishOnce);
    } else {
        m_onceResults.clear();
        m_summaryTimer.start();
    }
    return true;
}

void IngestService::recordFeedsInStore()
{
    QJsonArray list;
    for (const feeds::FeedConfig &feed : std::as_const(m_options.feeds)) {
        QJsonObject entry{{u"id"_s, feed.id},
                          {u"name"_s, feed.name.isEmpty() ? feed.id : feed.name},
                          {u"kind"_s, feeds::FeedConfig::kindName(feed.kind)},
                          {u"provider"_s, feed.storeProvider()},
                          {u"stale_after"_s, feed.staleAfter()},
                          {u"paused"_s, feed.paused}};
        if (feed.kind == feeds::FeedConfig::Kind::Sentilo && !feed.sensors.isEmpty())
            entry.insert(u"sensors"_s, QJsonArray::fromStringList(feed.sensors));
        list.append(entry);
    }
    const QJsonObject record{{u"written_at"_s, QDateTime::currentSecsSinceEpoch()},
                             {u"host"_s, QSysInfo::machineHostName()},
                             {u"pid"_s, qint64(QCoreApplication::applicationPid())},
                             {u"feeds"_s, list}};
    if (!m_db->setMeta(metaKey(), QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))))
        qCWarning(lcIngest).noquote() << "the feeds' expectations could not be recorded in the store (meta" << metaKey()
                                      << "); `atalaya-ingest status` will need --feeds to judge staleness";
}

void IngestService::onStatusChanged(const feeds::FeedStatus &status)
{
    const feeds::FeedStatus previous = m_last.value(status.id);
    m_last.insert(status.id, status);
    LogSink::Fields fields({{u"feed"_s, status.id}, {u"state"_s, stateKey(status.state)}});
    if (status.stored > previous.stored) {
        LogSink::Fields stored({{u"stored"_s, status.stored - previous.stored}, {u"total"_s, status.stored},
                                {u"newest"_s, isoField(status.lastReadingAt)}});
        qCDebug(lcIngest).noquote() << "feed" << status.id << "stored" << status.stored - previous.stored << "new readings";
    }
    if (previous.id.isEmpty() || previous.state == status.state)
        return;
    switch (status.state) {
    case feeds::FeedStatus::State::Live:
        qCInfo(lcIngest).noquote() << "feed" << status.id << "is live";
        break;
    case feeds::FeedStatus::State::Stale: {
        LogSink::Fields since({{u"stale_since"_s, isoField(status.lastReadingAt)}});
        if (status.lastReadingAt > 0)
            qCWarning(lcIngest).noquote() << "feed" << status.id << "is stale since" << isoTime(status.lastReadingAt);
        else
            qCWarning(lcIngest).noquote() << "feed" << status.id << "is stale: it answers but no reading came yet";
        break;
    }
    case feeds::FeedStatus::State::Failing:
        qCWarning(lcIngest).noquote() << "feed" << status.id << "is failing:" << status.lastError;
        break;
    case feeds::FeedStatus::State::Paused:
    case feeds::FeedStatus::State::Starting:
        break;
    }
}

void IngestService::onAttemptFinished(const feeds::FeedStatus &status)
{
    {
        LogSink::Fields fields({{u"feed"_s, status.id}, {u"ok"_s, status.lastError.isEmpty()},
                                {u"buffered"_s, m_engine->bufferedReadings()}});
        qCDebug(lcIngest).noquote() << "feed" << status.id << (status.lastError.isEmpty() ? "attempt succeeded;" : "attempt failed;")
                                    << m_engine->bufferedReadings() << "readings waiting to be written";
    }
    if (!m_options.once || m_stopping)
        return;
    const auto it = m_onceResults.find(status.id);
    if (it == m_onceResults.end() || !it->id.isEmpty())
        return; // a retry after the first outcome: --once reports the first
    *it = status;
    const bool allDone = std::all_of(m_onceResults.cbegin(), m_onceResults.cend(), [](const feeds::FeedStatus &s) { return !s.id.isEmpty(); });
    if (allDone)
        QTimer::singleShot(0, this, &IngestService::finishOnce); // not inside the connector's own call
}

void IngestService::finishOnce()
{
    if (m_stopping)
        return;
    const int code = shutDown();
    emit finished(code);
}

void IngestService::logSummary()
{
    if (!m_engine)
        return;
    for (const feeds::FeedStatus &status : m_engine->statuses()) {
        const qint64 delta = status.stored - m_storedAtSummary.value(status.id);
        m_storedAtSummary.insert(status.id, status.stored);
        if (delta == 0 && status.state == feeds::FeedStatus::State::Live)
            continue;
        LogSink::Fields fields({{u"feed"_s, status.id}, {u"state"_s, stateKey(status.state)}, {u"stored"_s, delta},
                                {u"total"_s, status.stored}, {u"newest"_s, isoField(status.lastReadingAt)}});
        qCInfo(lcIngest).noquote() << "feed" << status.id + u":"_s << delta << "readings stored in the last minute, state"
                                   << stateKey(status.state);
    }
}

void IngestService::stop(const QString &reason)
{
    if (m_stopping || !m_engine)
        return;
    qCInfo(lcIngest).noquote() << reason;
    emit finished(shutDown());
}

int IngestService::shutDown()
{
    m_stopping = true;
    m_summaryTimer.stop();
    int code = 0;

    // What was read is written before anything stops; a store that refuses (locked by another
    // writer, a PostgreSQL restart) is offered the readings again until the grace period ends.
    QElapsedTimer waited;
    waited.start();
    m_engine->flush();
    while (m_engine->bufferedReadings() > 0 && waited.elapsed() < qint64(m_options.stopGraceSeconds) * 1000) {
        QThread::msleep(kStopRetryMs);
        m_engine->flush();
    }
    const QList<feeds::FeedStatus> statuses = m_engine->statuses();
    // Stops every connector (an answer under way is abandoned: its readings are asked for again
    // by the next run's catch-up, or re-read from the file).
    m_engine->setFeeds({});
    m_engine->flush();
    if (const int lost = m_engine->bufferedReadings(); lost > 0) {
        LogSink::Fields fields({{u"lost"_s, lost}});
        qCCritical(lcIngest).noquote() << lost << "readings could not be written to the store within"
                                       << m_options.stopGraceSeconds << "s and are lost";
        code = 65;
    }

    if (m_options.once) {
        for (const feeds::FeedStatus &status : statuses) {
            const feeds::FeedStatus first = m_onceResults.value(status.id);
            const bool ok = !first.id.isEmpty() && first.lastError.isEmpty();
            LogSink::Fields fields({{u"feed"_s, status.id}, {u"ok"_s, ok}, {u"stored"_s, status.stored},
                                    {u"duplicates"_s, status.duplicates}, {u"newest"_s, isoField(status.lastReadingAt)}});
            if (ok) {
                qCInfo(lcIngest).noquote() << "feed" << status.id + u":"_s << "polled," << status.stored << "new readings stored,"
                                           << status.duplicates << "already there";
            } else {
                qCWarning(lcIngest).noquote() << "feed" << status.id + u":"_s << "failed:"
                                              << (first.id.isEmpty() ? u"no answer before the stop"_s : first.lastError);
                if (code == 0)
                    code = 1;
            }
        }
    }

    if (m_alerts) {
        alerts::AlertEngine *engine = m_alerts;
        // The batches stored last are evaluated before the engine closes its connection.
        QMetaObject::invokeMethod(engine, [engine] {
            if (engine->isStarted())
                engine->evaluatePending();
            engine->stop();
            delete engine;
        }, Qt::BlockingQueuedConnection);
        m_alerts = nullptr;
        m_alertThread->quit();
        m_alertThread->wait();
    }
    m_engine.reset();
    m_db->close();
    m_db.reset();
    LogSink::Fields fields({{u"exit_code"_s, code}});
    qCInfo(lcIngest).noquote() << "stopped; the store is closed";
    return code;
}

} // namespace atalaya::ingest
