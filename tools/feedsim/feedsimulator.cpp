#include "feedsimulator.h"

#include "demo/occupancyshape.h"
#include "store/database.h"

#include <QDateTime>
#include <QHash>
#include <QHttpHeaders>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <list>
#include <numbers>
#include <variant>

using namespace Qt::StringLiterals;

namespace atalaya::feedsim {

// The simulator is a tool outside atalaya_core, so its category lives here rather than in
// src/core/logging.h: QT_LOGGING_RULES="atalaya.feedsim.debug=true" shows every request.
Q_LOGGING_CATEGORY(lcFeedSim, "atalaya.feedsim", QtInfoMsg)

namespace {

constexpr qint64 kDaySeconds = 86400;
// Sentilo caps `limit` by a platform setting; 1000 is what the simulator's platform says.
constexpr int kSentiloMaxLimit = 1000;
// Orion's defaults: 20 entities a page unless `limit` says, at most 1000.
constexpr int kOrionDefaultLimit = 20;
constexpr int kOrionMaxLimit = 1000;

using Status = QHttpServerResponder::StatusCode;

// ---- deterministic values -------------------------------------------------------------------

quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

quint64 fnv1a(const QByteArray &bytes)
{
    quint64 h = 0xCBF29CE484222325ULL;
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 0x100000001B3ULL;
    }
    return h;
}

double unitInterval(quint64 bits)
{
    return double(bits >> 11) * 0x1.0p-53;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// ISO weekday (1 = Monday) of a UTC instant. Like the demo city, the simulator's day runs on UTC,
// so its live readings continue the demo's stored history without a seam.
int isoWeekday(qint64 secs)
{
    const qint64 day = floorDiv(secs, kDaySeconds);
    return int(((day % 7) + 7 + 3) % 7) + 1; // 1970-01-01 was a Thursday
}

// ---- protocol vocabulary --------------------------------------------------------------------

QString entityType(const QString &kind)
{
    if (kind == "beach"_L1)
        return u"Beach"_s;
    if (kind == "car_park"_L1)
        return u"OffStreetParking"_s;
    if (kind == "square"_L1 || kind == "station"_L1)
        return u"CrowdFlowObserved"_s;
    return u"PointOfInterest"_s; // market, park, venue
}

QString entityId(const SimSite &site)
{
    return u"urn:ngsi-ld:%1:%2"_s.arg(entityType(site.kind), site.code);
}

bool isCarPark(const SimSite &site)
{
    return site.kind == "car_park"_L1;
}

// Beach.occupationRate is one of high / medium / low / none (Smart Data Models); the bands
// follow the amber and red lines of Barcelona's beach lights.
QString occupationRate(double people, int capacity)
{
    const double fraction = capacity > 0 ? people / capacity : 0.0;
    if (fraction < 0.05)
        return u"none"_s;
    if (fraction < 0.40)
        return u"low"_s;
    if (fraction < 0.60)
        return u"medium"_s;
    return u"high"_s;
}

QString sentiloTimestamp(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::UTC).toString(u"dd/MM/yyyy'T'HH:mm:ss"_s);
}

// Sentilo's dd/MM/yyyyTHH:mm:ss, UTC (the zone suffixes Sentilo accepts are not needed by the
// connectors that ask the simulator).
std::optional<qint64> parseSentiloTimestamp(const QString &text)
{
    static const QRegularExpression shape(u"^(\\d{2})/(\\d{2})/(\\d{4})T(\\d{2}):(\\d{2}):(\\d{2})$"_s);
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::UTC).toSecsSinceEpoch();
}

QString isoInstant(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    default:
        return u"OTHER"_s;
    }
}

QString pathOf(const QHttpServerRequest &request)
{
    return request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/** Hands accepted connections to QHttpServer and remembers each by its peer port, so a request
 *  can be answered by closing its own connection (Fault::DropConnections): QHttpServer does
 *  not expose the socket behind a request, and a client's keep-alive connection must be dropped
 *  per request, not only when it is opened. */
class LoopbackServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    QTcpSocket *socketFor(quint16 peerPort) const { return m_sockets.value(peerPort).data(); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            qCWarning(lcFeedSim) << "cannot take an incoming connection:" << socket->errorString();
            delete socket;
            return;
        }
        for (auto it = m_sockets.begin(); it != m_sockets.end();) {
            if (it->isNull())
                it = m_sockets.erase(it);
            else
                ++it;
        }
        m_sockets.insert(socket->peerPort(), socket);
        addPendingConnection(socket);
    }

private:
    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
};

enum class Api { Sentilo, Ngsi, Control };

struct Reply {
    Status status = Status::Ok;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json"_ba;
};

Reply json(const QJsonDocument &document, Status status = Status::Ok)
{
    Reply r;
    r.status = status;
    r.body = document.toJson(QJsonDocument::Compact);
    return r;
}

Reply json(const QJsonObject &object, Status status = Status::Ok)
{
    return json(QJsonDocument(object), status);
}

Reply empty(Status status)
{
    Reply r;
    r.status = status;
    r.contentType.clear();
    return r;
}

// Error bodies are part of the protocols, in the servers' own shapes and language (as Sentilo and
// Orion answer), not text of ours shown to users; hence no tr().
Reply sentiloError(Status status, const QString &message)
{
    return json(QJsonObject{{u"code"_s, int(status)}, {u"message"_s, message}}, status);
}

Reply orionError(Status status, const QString &error, const QString &description)
{
    return json(QJsonObject{{u"error"_s, error}, {u"description"_s, description}}, status);
}

struct EntityFilter {
    QString id, type;
    QRegularExpression idPattern; // invalid when the filter names an id
};

struct Subscription {
    QString id, description;
    QList<EntityFilter> entities;
    QUrl url;
    bool keyValues = false;
    QString service, servicePath;
    bool tenantMatches = true; // created under the simulator's Fiware-Service
};

} // namespace

struct FeedSimulator::Private {
    struct Pending {
        Pending(QHttpServerResponder &&r, Reply rep, quint16 port, QString m, QString p)
            : responder(std::move(r)), reply(std::move(rep)), peerPort(port), method(std::move(m)), path(std::move(p))
        {
        }
        QHttpServerResponder responder;
        Reply reply;
        quint16 peerPort;
        QString method, path;
    };

    FeedSimulator *q;
    QList<SimSite> sites;
    QHash<QString, qsizetype> byCode;
    QString provider = u"demo"_s;
    QString identityKey, fiwareService;
    int cadence = 60;
    std::function<qint64()> clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    Fault fault = Fault::None;
    int delayMs = 0;
    qint64 faultSince = 0;
    QStringList log;
    QList<Subscription> subscriptions;
    quint64 nextSubscription = 1;
    QString error;

    std::unique_ptr<QHttpServer> http;
    LoopbackServer *tcp = nullptr; // owned by http
    std::unique_ptr<QNetworkAccessManager> nam;
    std::list<std::unique_ptr<Pending>> pending;

    explicit Private(FeedSimulator *owner)
        : q(owner)
    {
    }

    ~Private()
    {
        // Delayed answers still held keep their connections' streams busy; let them go while the
        // server that owns those streams is still alive.
        pending.clear();
        nam.reset();
        http.reset();
    }

    const SimSite *site(const QString &code) const
    {
        const auto it = byCode.constFind(code);
        return it == byCode.cend() ? nullptr : &sites[*it];
    }

    qint64 gridFloor(qint64 at) const { return floorDiv(at, cadence) * cadence; }

    qint64 latest() const
    {
        qint64 now = clock();
        if (fault == Fault::Silent)
            now = std::min(now, faultSince);
        return gridFloor(now);
    }

    double value(const SimSite &s, qint64 at) const
    {
        const quint64 seed = fnv1a(s.code.toUtf8());
        // Each site runs a little above or below its kind's curve, always the same for a code.
        const double scale = 0.92 + 0.16 * unitInterval(splitmix64(seed ^ 0x5EEDULL));
        const quint64 bits1 = splitmix64(seed ^ splitmix64(quint64(at)));
        const quint64 bits2 = splitmix64(bits1 ^ 0xA5A5A5A5A5A5A5A5ULL);
        const double radius = std::sqrt(-2.0 * std::log(1.0 - unitInterval(bits1)));
        const double angle = 2.0 * std::numbers::pi * unitInterval(bits2);
        const double noise = radius * std::cos(angle), noise2 = radius * std::sin(angle);

        const qint64 secondOfDay = at - floorDiv(at, kDaySeconds) * kDaySeconds;
        const double hour = double(secondOfDay) / 3600.0;
        double level = demo::occupancyShape(s.kind, isoWeekday(at), hour) * scale;
        if (s.kind == "beach"_L1) {
            // Summer fills beaches, as in the demo city.
            const int doy = QDateTime::fromSecsSinceEpoch(at, QTimeZone::UTC).date().dayOfYear();
            level *= 0.55 + 0.45 * std::max(0.0, std::cos(2.0 * std::numbers::pi * (doy - 200) / 365.0));
        }
        const double cap = s.capacity;
        // People counters overshoot a nominal capacity a little; a car park has only its spots.
        const double top = isCarPark(s) ? cap : std::round(1.2 * cap);
        return std::clamp(std::round(cap * level * (1.0 + 0.07 * noise) + 0.01 * cap * noise2), 0.0, top);
    }

    /** Grid instants newest first, at or before min(latest, to) and at or after from. */
    QList<qint64> newestFirst(std::optional<qint64> from, std::optional<qint64> to, int count) const
    {
        qint64 hi = latest();
        if (to)
            hi = std::min(hi, gridFloor(*to));
        QList<qint64> out;
        for (qint64 t = hi; out.size() < count && (!from || t >= *from); t -= cadence)
            out.append(t);
        return out;
    }

    // ---- Sentilo ----------------------------------------------------------------------------

    std::optional<Reply> refuseSentilo(const QHttpServerRequest &request) const
    {
        const QByteArray key = request.value("IDENTITY_KEY"_ba);
        if (key.isEmpty())
            return sentiloError(Status::Unauthorized, u"Invalid credential: the request has no IDENTITY_KEY header"_s);
        if (!identityKey.isEmpty() && key != identityKey.toUtf8())
            return sentiloError(Status::Unauthorized, u"Invalid credential: IDENTITY_KEY not recognised"_s);
        return std::nullopt;
    }

    Reply catalog() const
    {
        QJsonArray sensors;
        for (const SimSite &s : sites) {
            sensors.append(QJsonObject{
                {u"sensor"_s, FeedSimulator::sensorCode(s.code)},
                {u"description"_s, isCarPark(s) ? u"Occupied spots at %1"_s.arg(s.name) : u"People at %1"_s.arg(s.name)},
                {u"dataType"_s, u"NUMBER"_s},
                {u"type"_s, isCarPark(s) ? u"occupied_spots"_s : u"people_count"_s},
                {u"unit"_s, isCarPark(s) ? u"spots"_s : u"people"_s},
                {u"component"_s, s.code},
                {u"componentType"_s, s.kind},
                {u"componentDesc"_s, s.name},
                {u"location"_s, u"%1 %2"_s.arg(s.lat, 0, 'f', 6).arg(s.lon, 0, 'f', 6)},
                {u"timeZone"_s, u"UTC"_s},
                {u"state"_s, u"online"_s},
                {u"componentAdditionalInfo"_s, QJsonObject{{u"capacity"_s, QString::number(s.capacity)}}},
            });
        }
        QJsonObject providerObject{{u"provider"_s, provider}, {u"permission"_s, u"READ"_s}, {u"sensors"_s, sensors}};
        return json(QJsonObject{{u"providers"_s, QJsonArray{providerObject}}});
    }

    struct Window {
        std::optional<qint64> from, to;
        int limit = 1; // without `limit` Sentilo gives the last observation only
    };

    std::variant<Window, Reply> sentiloWindow(const QHttpServerRequest &request) const
    {
        const QUrlQuery query = request.query();
        Window w;
        for (const char *name : {"from", "to"}) {
            const QString key = QString::fromLatin1(name);
            if (!query.hasQueryItem(key))
                continue;
            const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
            const auto at = parseSentiloTimestamp(text);
            if (!at)
                return sentiloError(Status::BadRequest,
                                    u"Bad request data: parameter %1 '%2' is not a date dd/MM/yyyyTHH:mm:ss"_s.arg(key, text));
            (key == "from"_L1 ? w.from : w.to) = *at;
        }
        if (query.hasQueryItem(u"limit"_s)) {
            const QString text = query.queryItemValue(u"limit"_s);
            bool ok = false;
            const int limit = text.toInt(&ok);
            if (!ok || limit < 1)
                return sentiloError(Status::BadRequest,
                                    u"Bad request data: parameter limit '%1' is not a whole number of at least 1"_s.arg(text));
            w.limit = std::min(limit, kSentiloMaxLimit);
        }
        return w;
    }

    QJsonArray observations(const SimSite &s, const Window &w) const
    {
        QJsonArray out;
        for (const qint64 at : newestFirst(w.from, w.to, w.limit)) {
            out.append(QJsonObject{{u"value"_s, QString::number(qint64(value(s, at)))},
                                   {u"timestamp"_s, sentiloTimestamp(at)},
                                   {u"time"_s, at * 1000}});
        }
        return out;
    }

    Reply sensorData(const QString &providerName, const QString &sensor, const QHttpServerRequest &request) const
    {
        if (auto refused = refuseSentilo(request))
            return *refused;
        if (providerName != provider)
            return sentiloError(Status::NotFound, u"Provider %1 not found"_s.arg(providerName));
        const SimSite *s = sensor.startsWith("occ-"_L1) ? site(sensor.mid(4)) : nullptr;
        if (!s)
            return sentiloError(Status::NotFound, u"Sensor %1 not found for provider %2"_s.arg(sensor, providerName));
        auto window = sentiloWindow(request);
        if (auto *error = std::get_if<Reply>(&window))
            return *error;
        return json(QJsonObject{{u"observations"_s, observations(*s, std::get<Window>(window))}});
    }

    Reply providerData(const QString &providerName, const QHttpServerRequest &request) const
    {
        if (auto refused = refuseSentilo(request))
            return *refused;
        if (providerName != provider)
            return sentiloError(Status::NotFound, u"Provider %1 not found"_s.arg(providerName));
        auto window = sentiloWindow(request);
        if (auto *error = std::get_if<Reply>(&window))
            return *error;
        QJsonArray sensors;
        for (const SimSite &s : sites) {
            const QJsonArray obs = observations(s, std::get<Window>(window));
            if (!obs.isEmpty())
                sensors.append(QJsonObject{{u"sensor"_s, FeedSimulator::sensorCode(s.code)}, {u"observations"_s, obs}});
        }
        return json(QJsonObject{{u"sensors"_s, sensors}});
    }

    // ---- NGSI-v2 ----------------------------------------------------------------------------

    /** Orion keeps one database per Fiware-Service and files entities under a service path; ours
     *  live in the simulator's service (any, when none is set) under "/". A request for another
     *  tenant or path finds nothing, as it would on Orion. */
    bool tenantMatches(const QHttpServerRequest &request) const
    {
        const QString service = QString::fromUtf8(request.value("Fiware-Service"_ba));
        if (!fiwareService.isEmpty() && service.compare(fiwareService, Qt::CaseInsensitive) != 0)
            return false;
        const QString path = QString::fromUtf8(request.value("Fiware-ServicePath"_ba)).trimmed();
        return path.isEmpty() || path == "/"_L1 || path == "/#"_L1;
    }

    static QJsonObject attribute(const QString &type, const QJsonValue &value)
    {
        return QJsonObject{{u"type"_s, type}, {u"value"_s, value}, {u"metadata"_s, QJsonObject{}}};
    }

    QJsonObject entity(const SimSite &s, qint64 at, bool keyValues, const QStringList &attrs) const
    {
        const qint64 people = qint64(value(s, at));
        QList<std::tuple<QString, QString, QJsonValue>> fields; // name, NGSI type, value
        fields.append({u"name"_s, u"Text"_s, s.name});
        fields.append({u"location"_s, u"geo:json"_s,
                       QJsonObject{{u"type"_s, u"Point"_s}, {u"coordinates"_s, QJsonArray{s.lon, s.lat}}}});
        fields.append({u"dateObserved"_s, u"DateTime"_s, isoInstant(at)});
        const QString type = entityType(s.kind);
        if (type == "Beach"_L1) {
            fields.append({u"peopleOccupancy"_s, u"Number"_s, people});
            fields.append({u"occupationRate"_s, u"Text"_s, occupationRate(double(people), s.capacity)});
        } else if (type == "OffStreetParking"_L1) {
            fields.append({u"totalSpotNumber"_s, u"Number"_s, s.capacity});
            fields.append({u"occupiedSpotNumber"_s, u"Number"_s, people});
            fields.append({u"availableSpotNumber"_s, u"Number"_s, std::max<qint64>(0, s.capacity - people)});
        } else if (type == "CrowdFlowObserved"_L1) {
            fields.append({u"peopleCount"_s, u"Number"_s, people});
        } else {
            fields.append({u"category"_s, u"StructuredValue"_s, QJsonArray{s.kind}});
            fields.append({u"capacity"_s, u"Number"_s, s.capacity});
            fields.append({u"occupancy"_s, u"Number"_s, people});
        }
        QJsonObject e{{u"id"_s, entityId(s)}, {u"type"_s, type}};
        for (const auto &[name, ngsiType, v] : fields) {
            if (!attrs.isEmpty() && !attrs.contains(name))
                continue;
            e.insert(name, keyValues ? v : QJsonValue(attribute(ngsiType, v)));
        }
        return e;
    }

    static bool matches(const EntityFilter &f, const SimSite &s)
    {
        if (!f.type.isEmpty() && f.type != entityType(s.kind))
            return false;
        if (!f.id.isEmpty())
            return f.id == entityId(s);
        return f.idPattern.match(entityId(s)).hasMatch();
    }

    std::optional<Reply> badOptions(const QSet<QString> &options) const
    {
        for (const QString &o : options) {
            if (o != "keyValues"_L1 && o != "count"_L1)
                return orionError(Status::BadRequest, u"BadRequest"_s, u"Invalid value for URI param /options/"_s);
        }
        return std::nullopt;
    }

    static QStringList list(const QUrlQuery &query, const QString &key)
    {
        QStringList out;
        for (const QString &part : query.queryItemValue(key, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts))
            out.append(part.trimmed());
        return out;
    }

    Reply entities(const QHttpServerRequest &request) const
    {
        const QUrlQuery query = request.query();
        const QStringList optionList = list(query, u"options"_s);
        const QSet<QString> options(optionList.cbegin(), optionList.cend());
        if (auto bad = badOptions(options))
            return *bad;
        int limit = kOrionDefaultLimit;
        if (query.hasQueryItem(u"limit"_s)) {
            const QString text = query.queryItemValue(u"limit"_s);
            bool ok = false;
            limit = text.toInt(&ok);
            if (!ok || limit < 1 || limit > kOrionMaxLimit)
                return orionError(Status::BadRequest, u"BadRequest"_s,
                                  u"Bad pagination limit: /%1/ [max: %2]"_s.arg(text).arg(kOrionMaxLimit));
        }
        int offset = 0;
        if (query.hasQueryItem(u"offset"_s)) {
            const QString text = query.queryItemValue(u"offset"_s);
            bool ok = false;
            offset = text.toInt(&ok);
            if (!ok || offset < 0)
                return orionError(Status::BadRequest, u"BadRequest"_s, u"Bad pagination offset: /%1/ [must be a decimal number]"_s.arg(text));
        }
        const QStringList types = list(query, u"type"_s), ids = list(query, u"id"_s), attrs = list(query, u"attrs"_s);
        QRegularExpression idPattern;
        if (query.hasQueryItem(u"idPattern"_s)) {
            idPattern.setPattern(query.queryItemValue(u"idPattern"_s, QUrl::FullyDecoded));
            if (!idPattern.isValid())
                return orionError(Status::BadRequest, u"BadRequest"_s, u"Invalid regex for entity idPattern"_s);
        }

        QList<const SimSite *> found;
        if (tenantMatches(request)) {
            for (const SimSite &s : sites) {
                if (!types.isEmpty() && !types.contains(entityType(s.kind)))
                    continue;
                if (!ids.isEmpty() && !ids.contains(entityId(s)))
                    continue;
                if (!idPattern.pattern().isEmpty() && !idPattern.match(entityId(s)).hasMatch())
                    continue;
                found.append(&s);
            }
        }
        const qint64 at = latest();
        const bool keyValues = options.contains(u"keyValues"_s);
        QJsonArray page;
        for (qsizetype i = offset; i < found.size() && page.size() < limit; ++i)
            page.append(entity(*found[i], at, keyValues, attrs));
        Reply r = json(QJsonDocument(page));
        if (options.contains(u"count"_s))
            r.headers.append({"Fiware-Total-Count"_ba, QByteArray::number(found.size())});
        return r;
    }

    Reply oneEntity(const QString &id, const QHttpServerRequest &request) const
    {
        const QUrlQuery query = request.query();
        const QStringList optionList = list(query, u"options"_s);
        const QSet<QString> options(optionList.cbegin(), optionList.cend());
        if (auto bad = badOptions(options))
            return *bad;
        if (tenantMatches(request)) {
            for (const SimSite &s : sites) {
                if (entityId(s) == id)
                    return json(entity(s, latest(), options.contains(u"keyValues"_s), list(query, u"attrs"_s)));
            }
        }
        return orionError(Status::NotFound, u"NotFound"_s, u"The requested entity has not been found. Check type and id"_s);
    }

    Reply createSubscription(const QHttpServerRequest &request)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
        if (!doc.isObject())
            return orionError(Status::BadRequest, u"ParseError"_s, u"Errors found in incoming JSON buffer"_s);
        const QJsonObject body = doc.object();
        Subscription sub;
        sub.description = body.value(u"description"_s).toString();
        const QJsonArray subjects = body.value(u"subject"_s).toObject().value(u"entities"_s).toArray();
        if (subjects.isEmpty())
            return orionError(Status::BadRequest, u"BadRequest"_s, u"Invalid JSON payload: subject.entities is missing or empty"_s);
        for (const QJsonValue &v : subjects) {
            const QJsonObject o = v.toObject();
            EntityFilter f;
            f.id = o.value(u"id"_s).toString();
            f.type = o.value(u"type"_s).toString();
            if (f.id.isEmpty()) {
                f.idPattern.setPattern(o.value(u"idPattern"_s).toString(u".*"_s));
                if (!f.idPattern.isValid())
                    return orionError(Status::BadRequest, u"BadRequest"_s, u"Invalid regex for entity idPattern"_s);
            }
            sub.entities.append(f);
        }
        const QJsonObject notification = body.value(u"notification"_s).toObject();
        sub.url = QUrl(notification.value(u"http"_s).toObject().value(u"url"_s).toString(), QUrl::StrictMode);
        if (!sub.url.isValid() || sub.url.scheme() != "http"_L1)
            return orionError(Status::BadRequest, u"BadRequest"_s, u"Invalid JSON payload: notification.http.url is not an http URL"_s);
        // The simulator reaches nothing beyond this machine, notifications included.
        if (!isLoopbackHost(sub.url.host()))
            return orionError(Status::BadRequest, u"BadRequest"_s,
                              u"notification.http.url must be on this machine (127.0.0.1, ::1 or localhost): the simulator sends nothing beyond loopback"_s);
        sub.keyValues = notification.value(u"attrsFormat"_s).toString() == "keyValues"_L1;
        sub.service = QString::fromUtf8(request.value("Fiware-Service"_ba));
        sub.servicePath = QString::fromUtf8(request.value("Fiware-ServicePath"_ba));
        sub.tenantMatches = tenantMatches(request);
        // Orion's ids are 24 hex digits (MongoDB object ids).
        sub.id = u"%1"_s.arg(qulonglong(0x5EED0000ULL + nextSubscription++), 24, 16, QChar(u'0'));
        subscriptions.append(sub);
        Reply r = empty(Status::Created);
        r.headers.append({"Location"_ba, "/v2/subscriptions/"_ba + sub.id.toLatin1()});
        return r;
    }

    QJsonObject subscriptionJson(const Subscription &sub) const
    {
        QJsonArray entities;
        for (const EntityFilter &f : sub.entities) {
            QJsonObject o;
            if (!f.id.isEmpty())
                o.insert(u"id"_s, f.id);
            else
                o.insert(u"idPattern"_s, f.idPattern.pattern());
            if (!f.type.isEmpty())
                o.insert(u"type"_s, f.type);
            entities.append(o);
        }
        return QJsonObject{
            {u"id"_s, sub.id},
            {u"description"_s, sub.description},
            {u"status"_s, u"active"_s},
            {u"subject"_s, QJsonObject{{u"entities"_s, entities}}},
            {u"notification"_s,
             QJsonObject{{u"http"_s, QJsonObject{{u"url"_s, sub.url.toString()}}},
                         {u"attrsFormat"_s, sub.keyValues ? u"keyValues"_s : u"normalized"_s}}},
        };
    }

    Reply listSubscriptions(const QHttpServerRequest &request) const
    {
        QJsonArray out;
        const bool tenant = tenantMatches(request);
        for (const Subscription &sub : subscriptions) {
            if (sub.tenantMatches == tenant)
                out.append(subscriptionJson(sub));
        }
        return json(QJsonDocument(out));
    }

    Reply deleteSubscription(const QString &id)
    {
        for (qsizetype i = 0; i < subscriptions.size(); ++i) {
            if (subscriptions[i].id == id) {
                subscriptions.removeAt(i);
                return empty(Status::NoContent);
            }
        }
        return orionError(Status::NotFound, u"NotFound"_s, u"The requested subscription has not been found. Check id"_s);
    }

    // ---- control ----------------------------------------------------------------------------

    QJsonObject status() const
    {
        return QJsonObject{
            {u"fault"_s, FeedSimulator::faultName(fault)},
            {u"delayMs"_s, fault == Fault::Delay ? delayMs : 0},
            {u"faultSince"_s, fault == Fault::None ? QJsonValue() : QJsonValue(isoInstant(faultSince))},
            {u"now"_s, isoInstant(clock())},
            {u"latestReading"_s, isoInstant(latest())},
            {u"cadenceSeconds"_s, cadence},
            {u"provider"_s, provider},
            {u"sites"_s, int(sites.size())},
            {u"subscriptions"_s, int(subscriptions.size())},
            {u"requests"_s, int(log.size())},
        };
    }

    Reply setFaultFromRequest(const QHttpServerRequest &request)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body());
        if (!doc.isObject())
            return json(QJsonObject{{u"error"_s, u"the body must be a JSON object such as {\"fault\":\"drop\"}"_s}}, Status::BadRequest);
        const QJsonObject body = doc.object();
        const QString name = body.value(u"fault"_s).toString();
        const auto f = FeedSimulator::faultFromName(name);
        if (!f)
            return json(QJsonObject{{u"error"_s, u"unknown fault '%1': use garbage, drop, delay, silent, error or none"_s.arg(name)}},
                        Status::BadRequest);
        const QJsonValue delay = body.value(u"delayMs"_s);
        if (!delay.isUndefined() && (!delay.isDouble() || delay.toDouble() < 0))
            return json(QJsonObject{{u"error"_s, u"delayMs must be a number of milliseconds, 0 or more"_s}}, Status::BadRequest);
        q->setFault(*f, delay.toInt());
        return json(status());
    }

    // ---- answering --------------------------------------------------------------------------

    static QHttpServerResponse toResponse(const Reply &reply)
    {
        QHttpServerResponse response = reply.contentType.isEmpty()
            ? QHttpServerResponse(reply.status)
            : QHttpServerResponse(reply.contentType, reply.body, reply.status);
        if (!reply.headers.isEmpty()) {
            QHttpHeaders headers = response.headers(); // keeps the content type
            for (const auto &[name, value] : reply.headers)
                headers.append(name, value);
            response.setHeaders(std::move(headers));
        }
        return response;
    }

    void send(QHttpServerResponder &responder, const Reply &reply, const QString &method, const QString &path)
    {
        responder.sendResponse(toResponse(reply));
        qCDebug(lcFeedSim) << method << path << int(reply.status);
        emit q->requestServed(method, path, int(reply.status));
    }

    Reply faultReply(Api api) const
    {
        if (api == Api::Ngsi)
            return orionError(Status::ServiceUnavailable, u"ServiceUnavailable"_s, u"The service is temporarily unavailable (simulated fault)"_s);
        return sentiloError(Status::ServiceUnavailable, u"Service unavailable (simulated fault)"_s);
    }

    static Reply garbage(const Reply &real)
    {
        // What a broken proxy or a crashed upstream leaves: the start of a real answer, cut off,
        // then someone else's text. A truncated JSON value can never parse.
        Reply r;
        r.body = real.body.left(std::max<qsizetype>(1, real.body.size() * 3 / 5));
        if (r.body.isEmpty())
            r.body = "{"_ba;
        r.body += "\r\n<html><body><h1>502 Bad Gateway</h1></body></html>"_ba;
        return r;
    }

    template <typename Build>
    void serve(Api api, const QHttpServerRequest &request, QHttpServerResponder &responder, Build &&build)
    {
        const QString method = methodName(request.method());
        const QString path = pathOf(request);
        if (api == Api::Control) {
            send(responder, build(), method, path);
            return;
        }
        log.append(path);
        switch (fault) {
        case Fault::DropConnections:
            if (QTcpSocket *socket = tcp->socketFor(request.remotePort())) {
                qCDebug(lcFeedSim) << method << path << "dropped";
                // The responder is left unused: QHttpServer sees a closed connection and lets
                // the stream go once the responder is destroyed after this handler.
                socket->abort();
                emit q->requestServed(method, path, 0);
                return;
            }
            qCWarning(lcFeedSim) << "cannot find the connection of" << method << path << "to drop; answering 503";
            send(responder, faultReply(api), method, path);
            return;
        case Fault::ServerError:
            send(responder, faultReply(api), method, path);
            return;
        case Fault::Garbage:
            send(responder, garbage(build()), method, path);
            return;
        case Fault::Delay: {
            auto *held = new Pending(std::move(responder), build(), request.remotePort(), method, path);
            pending.emplace_back(held);
            QTimer::singleShot(delayMs, q, [this, held] { answerLater(held); });
            return;
        }
        case Fault::Silent: // latest() already stops at the moment the fault began
        case Fault::None:
            break;
        }
        send(responder, build(), method, path);
    }

    void answerLater(Pending *held)
    {
        const auto it = std::find_if(pending.begin(), pending.end(), [held](const auto &p) { return p.get() == held; });
        if (it == pending.end())
            return;
        const QTcpSocket *socket = tcp->socketFor(held->peerPort);
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            send(held->responder, held->reply, held->method, held->path);
        else
            qCDebug(lcFeedSim) << held->method << held->path << "client left before the delayed answer";
        pending.erase(it);
    }

    void notFound(const QHttpServerRequest &request, QHttpServerResponder &responder)
    {
        const QString path = request.url().path();
        const Reply reply = path.startsWith("/v2/"_L1)
            ? orionError(Status::NotFound, u"NotFound"_s, u"No such resource: %1"_s.arg(path))
            : sentiloError(Status::NotFound, u"No such resource: %1"_s.arg(path));
        send(responder, reply, methodName(request.method()), pathOf(request));
    }

    void route()
    {
        using Method = QHttpServerRequest::Method;
        http->route(u"/catalog"_s, Method::Get, q, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            serve(Api::Sentilo, request, responder, [&] { return refuseSentilo(request).value_or(catalog()); });
        });
        http->route(u"/data/<arg>/<arg>"_s, Method::Get, q,
                    [this](const QString &providerName, const QString &sensor, const QHttpServerRequest &request,
                           QHttpServerResponder &responder) {
                        serve(Api::Sentilo, request, responder, [&] { return sensorData(providerName, sensor, request); });
                    });
        http->route(u"/data/<arg>"_s, Method::Get, q,
                    [this](const QString &providerName, const QHttpServerRequest &request, QHttpServerResponder &responder) {
                        serve(Api::Sentilo, request, responder, [&] { return providerData(providerName, request); });
                    });
        http->route(u"/v2/entities"_s, Method::Get, q, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            serve(Api::Ngsi, request, responder, [&] { return entities(request); });
        });
        http->route(u"/v2/entities/<arg>"_s, Method::Get, q,
                    [this](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &responder) {
                        serve(Api::Ngsi, request, responder, [&] { return oneEntity(id, request); });
                    });
        http->route(u"/v2/subscriptions"_s, Method::Post, q, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            serve(Api::Ngsi, request, responder, [&] { return createSubscription(request); });
        });
        http->route(u"/v2/subscriptions"_s, Method::Get, q, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            serve(Api::Ngsi, request, responder, [&] { return listSubscriptions(request); });
        });
        http->route(u"/v2/subscriptions/<arg>"_s, Method::Delete, q,
                    [this](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &responder) {
                        serve(Api::Ngsi, request, responder, [&] { return deleteSubscription(id); });
                    });
        http->route(u"/_sim/fault"_s, Method::Post, q, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            serve(Api::Control, request, responder, [&] { return setFaultFromRequest(request); });
        });
        http->route(u"/_sim/status"_s, Method::Get, q, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            serve(Api::Control, request, responder, [&] { return json(status()); });
        });
        http->setMissingHandler(q, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            notFound(request, responder);
        });
    }
};

FeedSimulator::FeedSimulator(QList<SimSite> sites, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->sites = std::move(sites);
    for (qsizetype i = 0; i < d->sites.size(); ++i)
        d->byCode.insert(d->sites[i].code, i);
    d->http = std::make_unique<QHttpServer>();
    d->tcp = new LoopbackServer(d->http.get());
    d->nam = std::make_unique<QNetworkAccessManager>();
    // Notifications go to loopback only; a proxy from the environment must not see them.
    d->nam->setProxy(QNetworkProxy::NoProxy);
    d->route();
}

FeedSimulator::~FeedSimulator() = default;

QList<SimSite> FeedSimulator::sitesFromStore(Database &db)
{
    // Sites are keyed by a code where the store has one; otherwise by the component of their
    // sensor, which is how the demo city names them (component = site code, sensor = occ-<code>).
    const bool hasCode = db.connection().record(u"site"_s).contains(u"code"_s);
    const QString sensorComponent = u"(SELECT MIN(component) FROM sensor WHERE sensor.site_id = s.id)"_s;
    const QString code = hasCode ? u"COALESCE(s.code, %1)"_s.arg(sensorComponent) : sensorComponent;
    QSqlQuery query = db.prepare(u"SELECT s.id, %1, s.name, s.kind, s.lat, s.lon, s.capacity FROM site s ORDER BY s.id"_s.arg(code));
    QList<SimSite> sites;
    if (!Database::exec(query))
        return sites;
    while (query.next()) {
        SimSite s;
        s.code = query.value(1).toString();
        if (s.code.isEmpty())
            s.code = u"site-%1"_s.arg(query.value(0).toLongLong());
        s.name = query.value(2).toString();
        s.kind = query.value(3).toString();
        s.lat = query.value(4).toDouble();
        s.lon = query.value(5).toDouble();
        s.capacity = query.value(6).toInt();
        sites.append(s);
    }
    return sites;
}

bool FeedSimulator::listen(quint16 port)
{
    if (d->tcp->isListening()) {
        d->error = tr("The feed simulator already listens on 127.0.0.1:%1.").arg(d->tcp->serverPort());
        return false;
    }
    if (!d->tcp->listen(QHostAddress::LocalHost, port)) {
        d->error = d->tcp->serverError() == QAbstractSocket::AddressInUseError
            ? tr("Cannot listen on 127.0.0.1:%1: the port is already in use by another program. Choose another port, or 0 for a free one.")
                  .arg(port)
            : tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(d->tcp->errorString());
        return false;
    }
    if (!d->http->bind(d->tcp)) {
        d->error = tr("Cannot serve HTTP on 127.0.0.1:%1: the HTTP server refused the socket.").arg(d->tcp->serverPort());
        d->tcp->close();
        return false;
    }
    d->error.clear();
    qCDebug(lcFeedSim) << "serving" << d->sites.size() << "sites on" << baseUrl().toString();
    return true;
}

quint16 FeedSimulator::port() const
{
    return d->tcp->isListening() ? d->tcp->serverPort() : 0;
}

QString FeedSimulator::errorString() const
{
    return d->error;
}

QUrl FeedSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

QString FeedSimulator::sentiloProvider() const
{
    return d->provider;
}

void FeedSimulator::setSentiloProvider(const QString &provider)
{
    d->provider = provider;
}

void FeedSimulator::setIdentityKey(const QString &key)
{
    d->identityKey = key;
}

void FeedSimulator::setFiwareService(const QString &service)
{
    d->fiwareService = service;
}

void FeedSimulator::setCadenceSeconds(int seconds)
{
    d->cadence = std::max(1, seconds);
}

int FeedSimulator::cadenceSeconds() const
{
    return d->cadence;
}

void FeedSimulator::setClock(std::function<qint64()> now)
{
    if (now)
        d->clock = std::move(now);
    else
        d->clock = [] { return QDateTime::currentSecsSinceEpoch(); };
}

double FeedSimulator::valueAt(const QString &siteCode, qint64 at) const
{
    const SimSite *s = d->site(siteCode);
    return s ? d->value(*s, at) : qQNaN();
}

QList<qint64> FeedSimulator::instantsBetween(qint64 from, qint64 to) const
{
    QList<qint64> out;
    if (to < from)
        return out;
    qint64 t = d->gridFloor(from);
    if (t < from)
        t += d->cadence;
    for (; t <= to; t += d->cadence)
        out.append(t);
    return out;
}

qint64 FeedSimulator::latestInstant() const
{
    return d->latest();
}

QString FeedSimulator::sensorCode(const QString &siteCode)
{
    return u"occ-"_s + siteCode;
}

void FeedSimulator::setFault(Fault fault, int delayMs)
{
    if (fault != d->fault)
        d->faultSince = fault == Fault::None ? 0 : d->clock();
    d->fault = fault;
    d->delayMs = fault == Fault::Delay ? (delayMs > 0 ? delayMs : kDefaultDelayMs) : 0;
    qCDebug(lcFeedSim) << "fault:" << faultName(fault) << (fault == Fault::Delay ? d->delayMs : 0);
}

Fault FeedSimulator::fault() const
{
    return d->fault;
}

int FeedSimulator::delayMs() const
{
    return d->delayMs;
}

qint64 FeedSimulator::faultSince() const
{
    return d->faultSince;
}

QString FeedSimulator::faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return u"none"_s;
    case Fault::DropConnections:
        return u"drop"_s;
    case Fault::Garbage:
        return u"garbage"_s;
    case Fault::Delay:
        return u"delay"_s;
    case Fault::Silent:
        return u"silent"_s;
    case Fault::ServerError:
        return u"error"_s;
    }
    return {};
}

std::optional<Fault> FeedSimulator::faultFromName(const QString &name)
{
    for (const Fault f : {Fault::None, Fault::DropConnections, Fault::Garbage, Fault::Delay, Fault::Silent, Fault::ServerError}) {
        if (faultName(f) == name)
            return f;
    }
    return std::nullopt;
}

QStringList FeedSimulator::requestLog() const
{
    return d->log;
}

void FeedSimulator::notifySubscribers()
{
    if (d->fault == Fault::Silent) {
        qCDebug(lcFeedSim) << "silent: no notifications";
        return;
    }
    const qint64 at = d->latest();
    for (const Subscription &sub : std::as_const(d->subscriptions)) {
        if (!sub.tenantMatches)
            continue;
        QJsonArray data;
        for (const SimSite &s : std::as_const(d->sites)) {
            if (std::any_of(sub.entities.cbegin(), sub.entities.cend(), [&](const EntityFilter &f) { return Private::matches(f, s); }))
                data.append(d->entity(s, at, sub.keyValues, {}));
        }
        if (data.isEmpty())
            continue;
        QNetworkRequest request(sub.url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Ngsiv2-AttrsFormat"_ba, sub.keyValues ? "keyValues"_ba : "normalized"_ba);
        if (!sub.service.isEmpty())
            request.setRawHeader("Fiware-Service"_ba, sub.service.toUtf8());
        request.setRawHeader("Fiware-ServicePath"_ba, sub.servicePath.isEmpty() ? "/"_ba : sub.servicePath.toUtf8());
        request.setTransferTimeout(10000);
        const QByteArray body = QJsonDocument(QJsonObject{{u"subscriptionId"_s, sub.id}, {u"data"_s, data}}).toJson(QJsonDocument::Compact);
        QNetworkReply *reply = d->nam->post(request, body);
        const QString url = sub.url.toString();
        connect(reply, &QNetworkReply::finished, reply, [reply, url] {
            if (reply->error() != QNetworkReply::NoError)
                qCWarning(lcFeedSim) << "notification to" << url << "failed:" << reply->errorString();
            reply->deleteLater();
        });
    }
}

int FeedSimulator::subscriptionCount() const
{
    return int(d->subscriptions.size());
}

} // namespace atalaya::feedsim
