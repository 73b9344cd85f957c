#pragma once

#include "reading.h"

#include <QByteArray>
#include <QStringView>

// Sentilo REST API (https://sentilo.readthedocs.io): payload parsing and its timestamp format.
// Pure functions: the connector does the HTTP, these read what came back.
namespace atalaya::feeds::sentilo {

/** Sentilo's "dd/MM/yyyyTHH:mm:ss", UTC unless a zone suffix follows: "Z", "UTC", "+0100",
 *  "+01:00", or an IANA zone name with its summer time ("CET", as the published examples write
 *  it: 17/09/2012T12:34:45CET is 10:34:45 UTC). Milliseconds (".123") are dropped. Returns UTC
 *  epoch seconds, or nothing when the text is not such a date or names an unknown zone. */
std::optional<qint64> parseTimestamp(QStringView text);
/** The same format, in UTC, for the from/to query parameters. */
QString formatTimestamp(qint64 utcSeconds);

/** GET /data/{provider}/{sensor}: {"observations":[{"value":"12.3","timestamp":"...","time":...}]}.
 *  Values arrive as strings ("12,3" reads as 12.3); non-numeric values are problems. The
 *  timestamp text wins over "time" (epoch ms), which published examples show disagreeing with
 *  it. An observation with neither (a publish request) is stamped receivedAt, as Sentilo stamps
 *  it on arrival; with receivedAt 0 it is a problem. A Sentilo error answer ({"code",
 *  "message"}) is fatal, with its message. */
ParsedPayload parseSensorData(const QByteArray &json, const QString &provider, const QString &sensor,
                              qint64 receivedAt = 0);
/** GET /data/{provider}: {"sensors":[{"sensor":"...","observations":[...]}, ...]}. */
ParsedPayload parseProviderData(const QByteArray &json, const QString &provider, qint64 receivedAt = 0);
/** GET /catalog: {"providers":[{"provider":"...","sensors":[{"sensor","type","unit",
 *  "component","componentType","location":"lat lon", ...}]}]}, or one provider's
 *  {"sensors":[...]} (POST /catalog/{provider}) when provider is given. Fills sensors only. A
 *  component whose componentType is a site kind (beach, square, market, station, park, venue,
 *  car_park or parking) becomes a SiteHint: code = component, name = componentDesc, capacity
 *  from componentAdditionalInfo.capacity (or additionalInfo.capacity). */
ParsedPayload parseCatalog(const QByteArray &json, const QString &provider = {});

} // namespace atalaya::feeds::sentilo
