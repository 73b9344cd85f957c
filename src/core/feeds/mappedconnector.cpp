#include "mappedconnector.h"

#include "mappedpayload.h"

namespace atalaya::feeds {

MappedConnector::MappedConnector(const FeedConfig &config, const ConnectorContext &context)
    : Connector(config, context)
{
}

void MappedConnector::attempt()
{
    Headers headers;
    for (auto it = config().headers.cbegin(); it != config().headers.cend(); ++it)
        headers.append({it.key().toUtf8(), it.value().toUtf8()});
    const QUrl url = config().url;
    send("GET", url, headers, {}, [this, url](const HttpResult &result) {
        if (!result.ok()) {
            fail(result.error);
            return;
        }
        const QString source = shownUrl(url);
        ParsedPayload payload = parseMapped(result.body, config().mapping, config().storeProvider(), now());
        if (!payload.ok()) {
            const QString fatal = payload.fatal;
            deliver(std::move(payload), source);
            fail(malformedError(source, fatal));
            return;
        }
        deliver(std::move(payload), source);
        succeed();
    });
}

} // namespace atalaya::feeds
