#include "connector.h"

#include "fileconnector.h"
#include "logging.h"
#include "mappedconnector.h"
#include "ngsiconnector.h"
#include "sentiloconnector.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace atalaya::feeds {

namespace {

// A payload's problems are logged one by one up to this many, then summed up: a feed that
// repeats the same broken record every minute must not drown the log.
constexpr int kProblemsLoggedPerPayload = 5;

// Readings dated further ahead than this are refused: a sensor with a wrong clock would
// otherwise keep its feed "live" for ever.
constexpr qint64 kFutureToleranceSeconds = 3600;

// A retry is never sooner than this, so full jitter cannot turn into a busy loop.
constexpr qint64 kMinimumRetryMs = 10;

} // namespace

std::unique_ptr<Connector> Connector::create(const FeedConfig &config, const ConnectorContext &context)
{
    switch (config.kind) {
    case FeedConfig::Kind::Sentilo: return std::unique_ptr<Connector>(new SentiloConnector(config, context));
    case FeedConfig::Kind::Ngsi: return std::unique_ptr<Connector>(new NgsiConnector(config, context));
    case FeedConfig::Kind::Http: return std::unique_ptr<Connector>(new MappedConnector(config, context));
    case FeedConfig::Kind::File: return std::unique_ptr<Connector>(new FileConnector(config, context));
    }
    return {};
}

Connector::Connector(const FeedConfig &config, const ConnectorContext &context)
    : m_config(config), m_context(context)
{
    m_status.id = config.id;
    m_status.name = config.name;
    m_status.kind = FeedConfig::kindName(config.kind);
    m_status.state = config.paused ? FeedStatus::State::Paused : FeedStatus::State::Starting;
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Connector::runAttempt);
    m_emitted = m_status;
}

Connector::~Connector()
{
    abandonAttempt();
}

void Connector::start()
{
    if (m_started)
        return;
    m_started = true;
    m_startedAt = now();
    // What the store already holds tells how fresh this feed is before the first answer.
    if (m_context.latestStored) {
        const QHash<QString, qint64> latest = m_context.latestStored(m_config.storeProvider());
        for (auto it = latest.begin(); it != latest.end(); ++it) {
            if (m_config.kind == FeedConfig::Kind::Sentilo && !m_config.sensors.isEmpty()
                && !m_config.sensors.contains(it.key()))
                continue;
            m_status.lastReadingAt = std::max(m_status.lastReadingAt, it.value());
        }
    }
    if (!m_config.paused)
        schedule(0);
    m_status.state = computeState();
    emitStatusIfChanged();
}

void Connector::stop()
{
    m_started = false;
    m_timer.stop();
    abandonAttempt();
    m_status.nextAttemptAt = 0;
    emitStatusIfChanged();
}

void Connector::pause()
{
    if (m_config.paused)
        return;
    m_config.paused = true;
    m_timer.stop();
    abandonAttempt();
    m_status.nextAttemptAt = 0;
    m_status.state = computeState();
    qCInfo(lcFeeds).noquote() << "feed" << m_config.id << "paused";
    emitStatusIfChanged();
}

void Connector::resume()
{
    if (!m_config.paused)
        return;
    m_config.paused = false;
    // A fresh start: whatever failed before the pause is tried again at once, without backoff.
    m_consecutiveFailures = 0;
    m_failing = false;
    m_status.state = computeState();
    qCInfo(lcFeeds).noquote() << "feed" << m_config.id << "resumed";
    if (m_started)
        schedule(0);
    emitStatusIfChanged();
}

void Connector::pollNow()
{
    if (m_config.paused || !m_started)
        return;
    if (m_busy) {
        m_pollAgain = true;
        return;
    }
    m_timer.stop();
    runAttempt();
}

void Connector::schedule(qint64 delayMs)
{
    delayMs = std::max<qint64>(0, delayMs);
    m_status.nextAttemptAt = now() + (delayMs + 999) / 1000;
    m_timer.start(std::chrono::milliseconds(delayMs));
}

void Connector::runAttempt()
{
    if (m_config.paused || !m_started || m_busy)
        return;
    m_busy = true;
    m_pollAgain = false;
    ++m_attemptSerial;
    m_status.lastAttemptAt = now();
    m_status.nextAttemptAt = 0;
    emitStatusIfChanged();
    attempt();
}

void Connector::abandonAttempt()
{
    if (!m_busy && m_replies.isEmpty())
        return;
    ++m_attemptSerial; // late answers of the abandoned attempt are ignored
    const QList<QPointer<QNetworkReply>> replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_busy = false;
}

void Connector::succeed()
{
    if (!m_busy)
        return;
    m_busy = false;
    m_everSucceeded = true;
    m_consecutiveFailures = 0;
    m_failing = false;
    m_status.lastSuccessAt = now();
    m_status.lastError = m_storeRefusal; // the source answered; the store may still refuse
    m_status.state = computeState();
    if (m_started && !m_config.paused)
        schedule(m_pollAgain ? 0 : qint64(m_config.cadenceSeconds) * 1000);
    emitStatusIfChanged();
}

void Connector::fail(const QString &error)
{
    if (!m_busy)
        return;
    m_busy = false;
    ++m_consecutiveFailures;
    m_status.lastError = error;
    // The feed shows as failing once its retries are spent; it keeps retrying, at most every
    // capSeconds, so it recovers by itself when the source does.
    if (m_consecutiveFailures > m_config.retry.maxRetries)
        m_failing = true;
    const qint64 delay = backoffMs(m_config.retry, m_consecutiveFailures, QRandomGenerator::global()->generateDouble());
    qCWarning(lcFeeds).noquote() << "feed" << m_config.id << "attempt failed" << m_consecutiveFailures
                                 << "time(s) in a row, retrying in" << delay << "ms:" << error;
    ++m_status.retries;
    m_status.state = computeState();
    if (m_started && !m_config.paused)
        schedule(delay);
    emitStatusIfChanged();
}

void Connector::noteContact()
{
    m_everSucceeded = true;
    m_status.lastSuccessAt = now();
    m_status.state = computeState();
    emitStatusIfChanged();
}

qint64 Connector::backoffMs(const RetryPolicy &policy, int retry, double unitRandom)
{
    const double cap = double(policy.capSeconds) * 1000.0;
    const double ceiling = std::min(cap, double(policy.baseMs) * std::pow(2.0, std::max(0, retry - 1)));
    return std::max(kMinimumRetryMs, qint64(std::clamp(unitRandom, 0.0, 1.0) * ceiling));
}

FeedStatus::State Connector::computeState() const
{
    if (m_config.paused)
        return FeedStatus::State::Paused;
    if (m_failing || !m_storeRefusal.isEmpty())
        return FeedStatus::State::Failing;
    if (!m_everSucceeded)
        return FeedStatus::State::Starting;
    const qint64 reference = m_status.lastReadingAt > 0 ? m_status.lastReadingAt : m_startedAt;
    return now() - reference > m_config.staleAfter() ? FeedStatus::State::Stale : FeedStatus::State::Live;
}

void Connector::refreshState()
{
    m_status.state = computeState();
    emitStatusIfChanged();
}

void Connector::emitStatusIfChanged()
{
    if (m_status == m_emitted)
        return;
    m_emitted = m_status;
    emit statusChanged(m_status);
}

void Connector::noteStored(qint64 stored, qint64 duplicates, qint64 newestObservedAt)
{
    m_status.stored += stored;
    m_status.duplicates += duplicates;
    if (stored > 0)
        m_status.lastReadingAt = std::max(m_status.lastReadingAt, newestObservedAt);
    if (!m_storeRefusal.isEmpty()) {
        if (m_status.lastError == m_storeRefusal)
            m_status.lastError.clear();
        m_storeRefusal.clear();
    }
    m_status.state = computeState();
    emitStatusIfChanged();
}

bool Connector::noteStoreRefused(const QString &why)
{
    const bool news = why != m_storeRefusal;
    m_storeRefusal = why;
    m_status.lastError = why;
    m_status.state = computeState();
    emitStatusIfChanged();
    return news;
}

void Connector::countProblem(const QString &source, const QString &where, const QString &what)
{
    ++m_status.problems;
    qCWarning(lcFeeds).noquote() << "feed" << m_config.id << (where.isEmpty() ? source : source + u", "_s + where) + u":"_s
                                 << what;
    emitStatusIfChanged();
}

QString Connector::malformedError(const QString &source, const QString &fatal) const
{
    return tr("Unreadable answer from %1: %2").arg(source, fatal);
}

bool Connector::deliver(ParsedPayload payload, const QString &source)
{
    if (!payload.ok()) {
        ++m_status.malformed;
        qCWarning(lcFeeds).noquote() << "feed" << m_config.id << "malformed payload from" << source + u":"_s
                                     << payload.fatal << "(skipped)";
        emitStatusIfChanged();
        return false;
    }
    const qint64 latestAcceptable = now() + kFutureToleranceSeconds;
    QList<SensorReading> accepted;
    accepted.reserve(payload.readings.size());
    for (SensorReading &reading : payload.readings) {
        if (reading.observedAt > latestAcceptable) {
            payload.problems.append({reading.sensor,
                                     tr("observed at %1, in the future; skipped")
                                         .arg(QDateTime::fromSecsSinceEpoch(reading.observedAt, QTimeZone::UTC)
                                                  .toString(Qt::ISODate))});
            continue;
        }
        accepted.append(std::move(reading));
    }
    payload.readings = std::move(accepted);

    const qsizetype problemCount = payload.problems.size();
    for (qsizetype i = 0; i < std::min<qsizetype>(problemCount, kProblemsLoggedPerPayload); ++i)
        qCWarning(lcFeeds).noquote() << "feed" << m_config.id << source + u", "_s + payload.problems.at(i).where + u":"_s
                                     << payload.problems.at(i).what;
    if (problemCount > kProblemsLoggedPerPayload)
        qCWarning(lcFeeds).noquote() << "feed" << m_config.id << source << "and" << problemCount - kProblemsLoggedPerPayload
                                     << "more problems";
    m_status.problems += problemCount;
    emitStatusIfChanged();
    if (!payload.readings.isEmpty() || !payload.sensors.isEmpty())
        emit payloadReceived(m_config.id, payload);
    return true;
}

QByteArray Connector::HttpResult::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QString Connector::shownUrl(const QUrl &url)
{
    // Queries carry from/to instants and paging: noise in a status line, kept in the log.
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

void Connector::send(const QByteArray &verb, const QUrl &url, const Headers &headers, const QByteArray &body,
                     std::function<void(const HttpResult &)> done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(std::ceil(m_config.timeoutSeconds * 1000.0)));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json, text/csv;q=0.9, */*;q=0.5");
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    qCDebug(lcFeeds).noquote() << "feed" << m_config.id << verb << url.toString();

    QNetworkReply *reply = m_context.network->sendCustomRequest(request, verb, body);
    m_replies.append(reply);
    const quint64 serial = m_attemptSerial;
    connect(reply, &QNetworkReply::finished, this, [this, reply, serial, done = std::move(done)] {
        m_replies.removeIf([reply](const QPointer<QNetworkReply> &r) { return r == reply || r.isNull(); });
        reply->deleteLater();
        if (serial != m_attemptSerial || !m_busy)
            return; // abandoned
        // A transfer timeout aborts the reply; we never abort one of a current attempt ourselves.
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
            || reply->error() == QNetworkReply::TimeoutError;
        done(resultOf(reply, timedOut));
    });
}

void Connector::sendDetached(const QByteArray &verb, const QUrl &url, const Headers &headers)
{
    if (!m_context.network)
        return;
    QNetworkRequest request(url);
    request.setTransferTimeout(int(std::ceil(m_config.timeoutSeconds * 1000.0)));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_context.network->sendCustomRequest(request, verb);
    const QString id = m_config.id;
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, id, verb] {
        if (reply->error() != QNetworkReply::NoError)
            qCInfo(lcFeeds).noquote() << "feed" << id << verb << shownUrl(reply->url()) << "failed:" << reply->errorString();
        reply->deleteLater();
    });
}

Connector::HttpResult Connector::resultOf(QNetworkReply *reply, bool timedOut) const
{
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // an aborted reply (a timeout) is closed, with nothing to read
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    const QString where = shownUrl(reply->url());
    if (timedOut) {
        result.error = tr("No answer from %1 within %2 s (timed out)").arg(where).arg(m_config.timeoutSeconds);
        return result;
    }
    if (result.status >= 400 || (result.status > 0 && result.status < 200)) {
        // The server's own explanation when it gives one (Orion and Sentilo answer JSON errors).
        QString why;
        const QJsonDocument document = QJsonDocument::fromJson(result.body);
        if (document.isObject()) {
            const QJsonObject object = document.object();
            for (const QString &key : {u"description"_s, u"message"_s, u"error"_s}) {
                if (object.value(key).isString() && !object.value(key).toString().isEmpty()) {
                    why = object.value(key).toString();
                    break;
                }
            }
        }
        if (why.isEmpty())
            why = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (why.isEmpty())
            why = QString::fromUtf8(result.body.left(200)).simplified();
        result.error = why.isEmpty() ? tr("HTTP %1 from %2").arg(result.status).arg(where)
                                     : tr("HTTP %1 from %2: %3").arg(result.status).arg(where, why);
        return result;
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
        result.error = tr("Cannot connect to %1: the connection was refused (is the server running?)").arg(where);
        break;
    case QNetworkReply::RemoteHostClosedError:
        result.error = tr("%1 closed the connection without answering").arg(where);
        break;
    case QNetworkReply::HostNotFoundError:
        result.error = tr("Cannot connect to %1: the host name is not known").arg(where);
        break;
    default:
        result.error = tr("Cannot read %1: %2").arg(where, reply->errorString());
        break;
    }
    return result;
}

} // namespace atalaya::feeds
