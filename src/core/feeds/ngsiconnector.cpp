#include "ngsiconnector.h"

#include "logging.h"
#include "ngsi.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace atalaya::feeds {

namespace {

QString joinedPath(const QUrl &base, const QString &tail)
{
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path + tail;
}

} // namespace

NgsiConnector::NgsiConnector(const FeedConfig &config, const ConnectorContext &context)
    : Connector(config, context)
{
}

NgsiConnector::~NgsiConnector()
{
    unsubscribe();
}

void NgsiConnector::start()
{
    if (config().notificationPort >= 0 && !m_server)
        listen();
    Connector::start();
}

void NgsiConnector::stop()
{
    Connector::stop();
    unsubscribe();
    m_server.reset();
    m_tcp = nullptr;
}

quint16 NgsiConnector::notificationPort() const
{
    return m_tcp && m_tcp->isListening() ? m_tcp->serverPort() : 0;
}

QUrl NgsiConnector::notificationUrl() const
{
    if (!config().notificationUrl.isEmpty())
        return config().notificationUrl;
    QHostAddress address(config().notificationAddress);
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
        address = QHostAddress::LocalHost;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(address.toString());
    url.setPort(notificationPort());
    url.setPath(u"/notify"_s);
    return url;
}

Connector::Headers NgsiConnector::headers() const
{
    Headers headers;
    if (!config().fiwareService.isEmpty())
        headers.append({QByteArrayLiteral("Fiware-Service"), config().fiwareService.toUtf8()});
    if (!config().fiwareServicePath.isEmpty())
        headers.append({QByteArrayLiteral("Fiware-ServicePath"), config().fiwareServicePath.toUtf8()});
    return headers;
}

void NgsiConnector::listen()
{
    m_server = std::make_unique<QHttpServer>(this);
    m_server->route(u"/notify"_s, QHttpServerRequest::Method::Post, this,
                    [this](const QHttpServerRequest &request) {
                        int status = 200;
                        QByteArray body = notified(request, &status);
                        return QHttpServerResponse("application/json"_ba, std::move(body),
                                                   QHttpServerResponse::StatusCode(status));
                    });
    auto *tcp = new QTcpServer(m_server.get());
    const QHostAddress address(config().notificationAddress);
    if (!tcp->listen(address, quint16(config().notificationPort))) {
        m_listenError = tr("Cannot receive notifications on %1 port %2: %3")
                            .arg(config().notificationAddress)
                            .arg(config().notificationPort)
                            .arg(tcp->errorString());
        delete tcp;
        m_server.reset();
        return;
    }
    if (!m_server->bind(tcp)) {
        m_listenError = tr("Cannot receive notifications on %1 port %2: the HTTP server refused the socket")
                            .arg(config().notificationAddress)
                            .arg(config().notificationPort);
        delete tcp;
        m_server.reset();
        return;
    }
    m_tcp = tcp;
    m_listenError.clear();
    qCInfo(lcFeeds).noquote() << "feed" << config().id << "receives notifications at" << notificationUrl().toString();
}

QByteArray NgsiConnector::notified(const QHttpServerRequest &request, int *status)
{
    const QString source = tr("a notification from %1").arg(request.remoteAddress().toString());
    if (config().paused) {
        // Paused means nothing is stored; the broker is still told all is well, or it would
        // mark the subscription as failing.
        return {};
    }
    ngsi::Options options;
    options.service = config().fiwareService;
    options.cityBounds = context().cityBounds;
    options.receivedAt = now();
    ParsedPayload payload = ngsi::parseEntities(request.body(), options);
    if (!payload.ok()) {
        const QString fatal = payload.fatal;
        deliver(std::move(payload), source); // counted and logged as malformed
        *status = 400;
        return QJsonDocument(QJsonObject{{u"error"_s, u"BadRequest"_s}, {u"description"_s, fatal}}).toJson(QJsonDocument::Compact);
    }
    deliver(std::move(payload), source);
    noteContact();
    return {};
}

void NgsiConnector::attempt()
{
    if (config().notificationPort >= 0 && !m_server)
        listen();
    if (config().notificationPort >= 0 && !m_server) {
        fail(m_listenError);
        return;
    }
    if (config().notificationPort >= 0 && config().subscribe && m_subscriptionId.isEmpty()) {
        subscribe();
        return;
    }
    if (!config().poll) {
        succeed();
        return;
    }
    m_pages = 0;
    fetchPage(0);
}

void NgsiConnector::subscribe()
{
    QJsonArray entities;
    if (config().types.isEmpty()) {
        entities.append(QJsonObject{{u"idPattern"_s, u".*"_s}});
    } else {
        for (const QString &type : config().types)
            entities.append(QJsonObject{{u"idPattern"_s, u".*"_s}, {u"type"_s, type}});
    }
    const QJsonObject body{
        {u"description"_s, u"Atalaya feed %1"_s.arg(config().id)},
        {u"subject"_s, QJsonObject{{u"entities"_s, entities}}},
        {u"notification"_s,
         QJsonObject{{u"http"_s, QJsonObject{{u"url"_s, notificationUrl().toString()}}},
                     {u"attrsFormat"_s, config().ngsiFormat == FeedConfig::NgsiFormat::KeyValues ? u"keyValues"_s
                                                                                                : u"normalized"_s}}},
    };
    QUrl url = config().url;
    url.setPath(joinedPath(config().url, u"/v2/subscriptions"_s));
    send("POST", url, headers(), QJsonDocument(body).toJson(QJsonDocument::Compact), [this](const HttpResult &result) {
        if (!result.ok()) {
            fail(tr("Cannot subscribe to notifications: %1").arg(result.error));
            return;
        }
        // Orion answers 201 with Location: /v2/subscriptions/<id>.
        const QString location = QString::fromUtf8(result.header("Location"));
        m_subscriptionId = location.section(u'/', -1);
        if (m_subscriptionId.isEmpty())
            m_subscriptionId = u"?"_s; // subscribed, but the broker did not say under which id
        qCInfo(lcFeeds).noquote() << "feed" << config().id << "subscribed at" << shownUrl(config().url) << "as"
                                  << m_subscriptionId;
        if (!config().poll) {
            succeed();
            return;
        }
        m_pages = 0;
        fetchPage(0);
    });
}

void NgsiConnector::unsubscribe()
{
    if (m_subscriptionId.isEmpty() || m_subscriptionId == u"?"_s)
        return;
    QUrl url = config().url;
    url.setPath(joinedPath(config().url, u"/v2/subscriptions/"_s + m_subscriptionId));
    sendDetached("DELETE", url, headers());
    m_subscriptionId.clear();
}

QUrl NgsiConnector::entitiesUrl(int offset) const
{
    QUrl url = config().url;
    url.setPath(joinedPath(config().url, u"/v2/entities"_s));
    QUrlQuery query;
    if (!config().types.isEmpty())
        query.addQueryItem(u"type"_s, config().types.join(u','));
    // count: Orion then says how many entities there are in all (Fiware-Total-Count).
    query.addQueryItem(u"options"_s,
                       config().ngsiFormat == FeedConfig::NgsiFormat::KeyValues ? u"keyValues,count"_s : u"count"_s);
    query.addQueryItem(u"limit"_s, QString::number(config().limit));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    url.setQuery(query);
    return url;
}

void NgsiConnector::fetchPage(int offset)
{
    const QUrl url = entitiesUrl(offset);
    send("GET", url, headers(), {}, [this, url, offset](const HttpResult &result) {
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        const QString source = shownUrl(url);
        ngsi::Options options;
        options.service = config().fiwareService;
        options.cityBounds = context().cityBounds;
        options.receivedAt = now();
        ParsedPayload payload = ngsi::parseEntities(result.body, options);
        if (!payload.ok()) {
            const QString fatal = payload.fatal;
            deliver(std::move(payload), source);
            fail(malformedError(source, fatal));
            return;
        }
        deliver(std::move(payload), source);
        ++m_pages;

        bool countKnown = false;
        const qint64 total = result.header("Fiware-Total-Count").toLongLong(&countKnown);
        const qsizetype onPage = QJsonDocument::fromJson(result.body).array().size();
        const bool more = countKnown ? offset + onPage < total && onPage > 0 : onPage >= config().limit;
        if (more && m_pages < kMaxPagesPerAttempt) {
            fetchPage(offset + int(onPage));
            return;
        }
        if (more)
            countProblem(source, {}, tr("paging stopped after %1 pages; entities after %2 were not read")
                                         .arg(m_pages).arg(offset + onPage));
        succeed();
    });
}

} // namespace atalaya::feeds
