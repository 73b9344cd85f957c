#pragma once

#include "connector.h"

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QTcpServer;

namespace atalaya::feeds {

/** FIWARE NGSI-v2 (Orion Context Broker): polls GET /v2/entities (type, options, limit,
 *  offset; Fiware-Service and Fiware-ServicePath headers), page by page, and receives
 *  subscription notifications on a local HTTP endpoint (POST /notify), creating the
 *  subscription at the broker when asked. Notifications are handed on as they arrive; the
 *  engine buffers them, so a burst is stored in a few transactions and nothing is lost. */
class NgsiConnector : public Connector
{
    Q_OBJECT
public:
    NgsiConnector(const FeedConfig &config, const ConnectorContext &context);
    ~NgsiConnector() override;

    void start() override;
    void stop() override;

    /** The port the notification endpoint listens on; 0 when there is none. */
    quint16 notificationPort() const;
    /** What the broker is told to call. */
    QUrl notificationUrl() const;
    /** The subscription id the broker gave, once subscribed. */
    QString subscriptionId() const { return m_subscriptionId; }

    /** Entities per page Orion answers at most. */
    static constexpr int kMaxPagesPerAttempt = 1000;

protected:
    void attempt() override;

private:
    Headers headers() const;
    QUrl entitiesUrl(int offset) const;
    void subscribe();
    void fetchPage(int offset);
    void listen();
    void unsubscribe();
    QByteArray notified(const QHttpServerRequest &request, int *status);

    std::unique_ptr<QHttpServer> m_server;
    QTcpServer *m_tcp = nullptr; // owned by m_server once bound
    QString m_listenError;
    QString m_subscriptionId;
    int m_pages = 0;
};

} // namespace atalaya::feeds
