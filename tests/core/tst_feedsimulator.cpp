#include "feedsimulator.h"
#include "store/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <memory>

using atalaya::Database;
using atalaya::feedsim::Fault;
using atalaya::feedsim::FeedSimulator;
using atalaya::feedsim::SimSite;
using namespace Qt::StringLiterals;

namespace {

// A Saturday afternoon in July: beaches busy, a reading due every minute.
const qint64 kNow = QDateTime(QDate(2026, 7, 18), QTime(16, 0, 30), QTimeZone::UTC).toSecsSinceEpoch();
const qint64 kLatest = kNow - 30;
const QByteArray kKey = "test-key"_ba;

QList<SimSite> testSites()
{
    return {
        {u"playa-test"_s, u"Playa de Prueba"_s, u"beach"_s, 43.4620, -3.8050, 2000},
        {u"parking-centro"_s, u"Aparcamiento Centro"_s, u"car_park"_s, 43.4610, -3.8100, 400},
        {u"plaza-test"_s, u"Plaza de Prueba"_s, u"square"_s, 43.4630, -3.8000, 1000},
        {u"estacion-test"_s, u"Estación de Prueba"_s, u"station"_s, 43.4580, -3.8200, 1500},
        {u"mercado-test"_s, u"Mercado de Prueba"_s, u"market"_s, 43.4600, -3.8150, 800},
        {u"parque-test"_s, u"Parque de Prueba"_s, u"park"_s, 43.4650, -3.8250, 1200},
        {u"auditorio-test"_s, u"Auditorio de Prueba"_s, u"venue"_s, 43.4640, -3.7950, 600},
    };
}

QString sentiloTime(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::UTC).toString(u"dd/MM/yyyy'T'HH:mm:ss"_s);
}

struct Response {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    qint64 elapsedMs = 0;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
};

/** Receives NGSI notifications the way a connector's local endpoint would. */
struct NotificationSink {
    QHttpServer http;
    QTcpServer *tcp = new QTcpServer(&http);
    QList<QJsonObject> bodies;
    QList<QByteArray> services;

    bool start()
    {
        http.route(u"/notify"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            bodies.append(QJsonDocument::fromJson(request.body()).object());
            services.append(request.value("Fiware-Service"_ba));
            return QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent);
        });
        return tcp->listen(QHostAddress::LocalHost, 0) && http.bind(tcp);
    }
    QString url() const { return u"http://127.0.0.1:%1/notify"_s.arg(tcp->serverPort()); }
};

} // namespace

/** The feed simulator over real HTTP on loopback: Sentilo catalogue and observations with their
 *  limits and windows, NGSI-v2 entities with pagination and tenants, subscriptions notified to
 *  a local server, every fault, and values that valueAt() reproduces. */
class TestFeedSimulator : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<FeedSimulator> m_sim;
    qint64 m_now = kNow;

    std::unique_ptr<FeedSimulator> makeSimulator(const QList<SimSite> &sites)
    {
        auto sim = std::make_unique<FeedSimulator>(sites);
        sim->setClock([this] { return m_now; });
        sim->setCadenceSeconds(60);
        sim->setIdentityKey(QString::fromLatin1(kKey));
        return sim;
    }

    Response send(const FeedSimulator &sim, const QByteArray &verb, const QString &pathAndQuery,
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {},
                  int timeoutMs = 5000)
    {
        QNetworkRequest request(QUrl(sim.baseUrl().toString() + pathAndQuery));
        request.setTransferTimeout(timeoutMs);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Response r;
        r.elapsedMs = clock.elapsed();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        if (reply->isOpen())
            r.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return r;
    }

    Response get(const QString &pathAndQuery, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send(*m_sim, "GET"_ba, pathAndQuery, headers);
    }
    Response sentilo(const QString &pathAndQuery) { return get(pathAndQuery, {{"IDENTITY_KEY"_ba, kKey}}); }

    static QJsonObject byId(const QJsonArray &entities, const QString &id)
    {
        for (const QJsonValue &e : entities) {
            if (e.toObject().value(u"id"_s).toString() == id)
                return e.toObject();
        }
        return {};
    }

    /** Checks Sentilo observations: newest first from `newest`, one per cadence, each the value
     *  valueAt gives for that instant, as strings with both timestamp forms agreeing. */
    void checkObservations(const QJsonArray &observations, const QString &siteCode, qint64 newest, int count)
    {
        QCOMPARE(observations.size(), count);
        for (int i = 0; i < count; ++i) {
            const QJsonObject o = observations[i].toObject();
            const qint64 at = newest - qint64(i) * 60;
            QCOMPARE(o.value(u"timestamp"_s).toString(), sentiloTime(at));
            QCOMPARE(qint64(o.value(u"time"_s).toDouble()), at * 1000);
            QVERIFY2(o.value(u"value"_s).isString(), "Sentilo values are strings");
            QCOMPARE(o.value(u"value"_s).toString(), QString::number(qint64(m_sim->valueAt(siteCode, at))));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Nothing in the tests reaches beyond loopback, whatever proxy the environment names.
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    void init()
    {
        m_now = kNow;
        m_sim = makeSimulator(testSites());
        QVERIFY2(m_sim->listen(0), qPrintable(m_sim->errorString()));
        QVERIFY(m_sim->port() > 0);
        QCOMPARE(m_sim->baseUrl().host(), u"127.0.0.1"_s);
    }

    void cleanup() { m_sim.reset(); }

    void catalogue()
    {
        const Response anonymous = get(u"/catalog"_s);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.object().value(u"code"_s).toInt(), 401);
        QVERIFY(!anonymous.object().value(u"message"_s).toString().isEmpty());
        QCOMPARE(get(u"/catalog"_s, {{"IDENTITY_KEY"_ba, "wrong"_ba}}).status, 401);

        const Response r = sentilo(u"/catalog"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), "application/json"_ba);
        const QJsonArray providers = r.object().value(u"providers"_s).toArray();
        QCOMPARE(providers.size(), 1);
        QCOMPARE(providers[0].toObject().value(u"provider"_s).toString(), m_sim->sentiloProvider());
        QCOMPARE(m_sim->sentiloProvider(), u"demo"_s);
        const QJsonArray sensors = providers[0].toObject().value(u"sensors"_s).toArray();
        QCOMPARE(sensors.size(), testSites().size());
        QHash<QString, QJsonObject> bySensor;
        for (const QJsonValue &s : sensors)
            bySensor.insert(s.toObject().value(u"sensor"_s).toString(), s.toObject());
        for (const SimSite &site : testSites()) {
            const QJsonObject s = bySensor.value(FeedSimulator::sensorCode(site.code));
            QVERIFY2(!s.isEmpty(), qPrintable(site.code));
            QCOMPARE(s.value(u"component"_s).toString(), site.code);
            QCOMPARE(s.value(u"componentType"_s).toString(), site.kind);
            const bool carPark = site.kind == "car_park"_L1;
            QCOMPARE(s.value(u"type"_s).toString(), carPark ? u"occupied_spots"_s : u"people_count"_s);
            QCOMPARE(s.value(u"unit"_s).toString(), carPark ? u"spots"_s : u"people"_s);
            const QStringList latLon = s.value(u"location"_s).toString().split(u' ');
            QCOMPARE(latLon.size(), 2);
            QVERIFY(std::abs(latLon[0].toDouble() - site.lat) < 1e-6);
            QVERIFY(std::abs(latLon[1].toDouble() - site.lon) < 1e-6);
        }
        QCOMPARE(FeedSimulator::sensorCode(u"playa-test"_s), u"occ-playa-test"_s);
    }

    void sensorLastObservation()
    {
        // Without limit Sentilo answers the last observation only.
        const Response r = sentilo(u"/data/demo/occ-playa-test"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sim->latestInstant(), kLatest);
        checkObservations(r.object().value(u"observations"_s).toArray(), u"playa-test"_s, kLatest, 1);
        QCOMPARE(r.object().value(u"observations"_s).toArray()[0].toObject().value(u"timestamp"_s).toString(),
                 u"18/07/2026T16:00:00"_s);
    }

    void sensorWindow_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<qint64>("newest");
        QTest::addColumn<int>("count");
        const auto at = [](int h, int m) { return QDateTime(QDate(2026, 7, 18), QTime(h, m), QTimeZone::UTC).toSecsSinceEpoch(); };
        QTest::newRow("limit only") << u"limit=5"_s << kLatest << 5;
        QTest::newRow("from and limit") << u"from=18/07/2026T15:50:00&limit=100"_s << kLatest << 11;
        QTest::newRow("from, to and limit") << u"from=18/07/2026T10:00:00&to=18/07/2026T10:09:59&limit=50"_s << at(10, 9) << 10;
        QTest::newRow("window without limit") << u"from=18/07/2026T10:00:00&to=18/07/2026T10:09:59"_s << at(10, 9) << 1;
        QTest::newRow("limit cuts the window") << u"from=18/07/2026T10:00:00&to=18/07/2026T11:00:00&limit=4"_s << at(11, 0) << 4;
        QTest::newRow("to in the future") << u"to=19/07/2026T00:00:00&limit=3"_s << kLatest << 3;
        QTest::newRow("limit above the platform's") << u"limit=5000"_s << kLatest << 1000;
        QTest::newRow("to before from") << u"from=18/07/2026T10:10:00&to=18/07/2026T10:00:00&limit=10"_s << kLatest << 0;
        QTest::newRow("window after now") << u"from=18/07/2026T17:00:00&limit=10"_s << kLatest << 0;
    }

    void sensorWindow()
    {
        QFETCH(QString, query);
        QFETCH(qint64, newest);
        QFETCH(int, count);
        const Response r = sentilo(u"/data/demo/occ-estacion-test?"_s + query);
        QCOMPARE(r.status, 200);
        checkObservations(r.object().value(u"observations"_s).toArray(), u"estacion-test"_s, newest, count);
    }

    void providerData()
    {
        const Response some = sentilo(u"/data/demo?limit=3"_s);
        QCOMPARE(some.status, 200);
        const QJsonArray sensors = some.object().value(u"sensors"_s).toArray();
        QCOMPARE(sensors.size(), testSites().size());
        for (const QJsonValue &v : sensors) {
            const QString sensor = v.toObject().value(u"sensor"_s).toString();
            QVERIFY(sensor.startsWith("occ-"_L1));
            checkObservations(v.toObject().value(u"observations"_s).toArray(), sensor.mid(4), kLatest, 3);
        }
        const Response last = sentilo(u"/data/demo"_s);
        for (const QJsonValue &v : last.object().value(u"sensors"_s).toArray())
            checkObservations(v.toObject().value(u"observations"_s).toArray(), v.toObject().value(u"sensor"_s).toString().mid(4), kLatest, 1);
        const Response window = sentilo(u"/data/demo?from=18/07/2026T15:58:00&to=18/07/2026T15:59:00&limit=10"_s);
        for (const QJsonValue &v : window.object().value(u"sensors"_s).toArray())
            checkObservations(v.toObject().value(u"observations"_s).toArray(), v.toObject().value(u"sensor"_s).toString().mid(4),
                              kLatest - 60, 2);
    }

    void sentiloRefusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("status");
        QTest::newRow("no key, provider data") << u"/data/demo"_s << false << 401;
        QTest::newRow("no key, sensor data") << u"/data/demo/occ-playa-test"_s << false << 401;
        QTest::newRow("unknown provider") << u"/data/other/occ-playa-test"_s << true << 404;
        QTest::newRow("unknown provider, all sensors") << u"/data/other"_s << true << 404;
        QTest::newRow("unknown sensor") << u"/data/demo/occ-nowhere"_s << true << 404;
        QTest::newRow("limit zero") << u"/data/demo/occ-playa-test?limit=0"_s << true << 400;
        QTest::newRow("limit not a number") << u"/data/demo?limit=lots"_s << true << 400;
        QTest::newRow("from in ISO form") << u"/data/demo/occ-playa-test?from=2026-07-18T10:00:00"_s << true << 400;
        QTest::newRow("to not a date") << u"/data/demo/occ-playa-test?to=31/02/2026T10:00:00"_s << true << 400;
    }

    void sentiloRefusals()
    {
        QFETCH(QString, path);
        QFETCH(bool, withKey);
        QFETCH(int, status);
        const Response r = withKey ? sentilo(path) : get(path);
        QCOMPARE(r.status, status);
        QCOMPARE(r.object().value(u"code"_s).toInt(), status);
        QVERIFY(!r.object().value(u"message"_s).toString().isEmpty());
    }

    void ngsiNormalized()
    {
        const Response r = get(u"/v2/entities"_s);
        QCOMPARE(r.status, 200);
        const QJsonArray entities = r.array();
        QCOMPARE(entities.size(), testSites().size());
        QVERIFY(!r.headers.contains("fiware-total-count"));
        const QString observed = u"2026-07-18T16:00:00.000Z"_s;

        const QJsonObject beach = byId(entities, u"urn:ngsi-ld:Beach:playa-test"_s);
        QCOMPARE(beach.value(u"type"_s).toString(), u"Beach"_s);
        const double people = m_sim->valueAt(u"playa-test"_s, kLatest);
        QVERIFY(people > 0);
        QCOMPARE(beach.value(u"peopleOccupancy"_s).toObject().value(u"type"_s).toString(), u"Number"_s);
        QCOMPARE(beach.value(u"peopleOccupancy"_s).toObject().value(u"value"_s).toDouble(), people);
        QVERIFY(beach.value(u"peopleOccupancy"_s).toObject().value(u"metadata"_s).isObject());
        const double fraction = people / 2000.0;
        const QString rate = fraction < 0.05 ? u"none"_s : fraction < 0.40 ? u"low"_s : fraction < 0.60 ? u"medium"_s : u"high"_s;
        QCOMPARE(beach.value(u"occupationRate"_s).toObject().value(u"value"_s).toString(), rate);
        const QJsonObject location = beach.value(u"location"_s).toObject();
        QCOMPARE(location.value(u"type"_s).toString(), u"geo:json"_s);
        QCOMPARE(location.value(u"value"_s).toObject().value(u"type"_s).toString(), u"Point"_s);
        const QJsonArray lonLat = location.value(u"value"_s).toObject().value(u"coordinates"_s).toArray();
        QCOMPARE(lonLat[0].toDouble(), -3.8050); // GeoJSON: longitude first
        QCOMPARE(lonLat[1].toDouble(), 43.4620);
        QCOMPARE(beach.value(u"dateObserved"_s).toObject().value(u"type"_s).toString(), u"DateTime"_s);
        QCOMPARE(beach.value(u"dateObserved"_s).toObject().value(u"value"_s).toString(), observed);

        const QJsonObject parking = byId(entities, u"urn:ngsi-ld:OffStreetParking:parking-centro"_s);
        const double occupied = m_sim->valueAt(u"parking-centro"_s, kLatest);
        QVERIFY(occupied <= 400);
        QCOMPARE(parking.value(u"totalSpotNumber"_s).toObject().value(u"value"_s).toInt(), 400);
        QCOMPARE(parking.value(u"occupiedSpotNumber"_s).toObject().value(u"value"_s).toDouble(), occupied);
        QCOMPARE(parking.value(u"availableSpotNumber"_s).toObject().value(u"value"_s).toDouble(), 400 - occupied);

        for (const QString &code : {u"plaza-test"_s, u"estacion-test"_s}) {
            const QJsonObject crowd = byId(entities, u"urn:ngsi-ld:CrowdFlowObserved:"_s + code);
            QCOMPARE(crowd.value(u"peopleCount"_s).toObject().value(u"value"_s).toDouble(), m_sim->valueAt(code, kLatest));
            QCOMPARE(crowd.value(u"dateObserved"_s).toObject().value(u"value"_s).toString(), observed);
        }
        for (const QString &code : {u"mercado-test"_s, u"parque-test"_s, u"auditorio-test"_s}) {
            const QJsonObject poi = byId(entities, u"urn:ngsi-ld:PointOfInterest:"_s + code);
            QVERIFY2(!poi.isEmpty(), qPrintable(code));
            QCOMPARE(poi.value(u"occupancy"_s).toObject().value(u"value"_s).toDouble(), m_sim->valueAt(code, kLatest));
            QVERIFY(poi.value(u"capacity"_s).toObject().value(u"value"_s).toInt() > 0);
        }
    }

    void ngsiKeyValuesAndFilters()
    {
        const Response parking = get(u"/v2/entities?type=OffStreetParking&options=keyValues"_s);
        QCOMPARE(parking.status, 200);
        QCOMPARE(parking.array().size(), 1);
        const QJsonObject p = parking.array()[0].toObject();
        QCOMPARE(p.value(u"occupiedSpotNumber"_s).toDouble(), m_sim->valueAt(u"parking-centro"_s, kLatest));
        QCOMPARE(p.value(u"location"_s).toObject().value(u"type"_s).toString(), u"Point"_s);
        QCOMPARE(p.value(u"location"_s).toObject().value(u"coordinates"_s).toArray()[0].toDouble(), -3.8100);
        QCOMPARE(p.value(u"dateObserved"_s).toString(), u"2026-07-18T16:00:00.000Z"_s);

        QCOMPARE(get(u"/v2/entities?type=Beach,CrowdFlowObserved"_s).array().size(), 3);
        QCOMPARE(get(u"/v2/entities?type=WeatherObserved"_s).array().size(), 0);
        QCOMPARE(get(u"/v2/entities?idPattern=.*test$&type=PointOfInterest"_s).array().size(), 3);
        const QJsonObject only = get(u"/v2/entities?type=CrowdFlowObserved&attrs=peopleCount&options=keyValues"_s).array()[0].toObject();
        const QStringList keys = only.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), (QSet<QString>{u"id"_s, u"type"_s, u"peopleCount"_s}));
        QCOMPARE(get(u"/v2/entities?options=sideways"_s).status, 400);

        const Response one = get(u"/v2/entities/urn:ngsi-ld:Beach:playa-test?options=keyValues"_s);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(u"peopleOccupancy"_s).toDouble(), m_sim->valueAt(u"playa-test"_s, kLatest));
        const Response missing = get(u"/v2/entities/urn:ngsi-ld:Beach:nowhere"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object().value(u"error"_s).toString(), u"NotFound"_s);
    }

    void ngsiPagination()
    {
        QList<SimSite> many;
        for (int i = 0; i < 45; ++i)
            many.append({u"plaza-%1"_s.arg(i, 2, 10, QChar(u'0')), u"Plaza %1"_s.arg(i), u"square"_s, 43.46 + i * 1e-4, -3.80, 500 + i});
        auto sim = makeSimulator(many);
        QVERIFY(sim->listen(0));

        // Orion's default page is 20 entities; the total comes only with options=count.
        const Response first = send(*sim, "GET"_ba, u"/v2/entities?options=count"_s);
        QCOMPARE(first.array().size(), 20);
        QCOMPARE(first.headers.value("fiware-total-count"), "45"_ba);

        QStringList ids;
        for (int offset = 0; offset < 60; offset += 20) {
            const Response page = send(*sim, "GET"_ba, u"/v2/entities?type=CrowdFlowObserved&options=count,keyValues&limit=20&offset=%1"_s.arg(offset));
            QCOMPARE(page.status, 200);
            QCOMPARE(page.headers.value("fiware-total-count"), "45"_ba);
            QCOMPARE(page.array().size(), std::min(20, 45 - offset));
            for (const QJsonValue &e : page.array())
                ids.append(e.toObject().value(u"id"_s).toString());
        }
        QCOMPARE(ids.size(), 45);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 45);
        QCOMPARE(ids.first(), u"urn:ngsi-ld:CrowdFlowObserved:plaza-00"_s);
        QCOMPARE(ids.last(), u"urn:ngsi-ld:CrowdFlowObserved:plaza-44"_s);
        QVERIFY(sim->requestLog().contains(u"/v2/entities?type=CrowdFlowObserved&options=count,keyValues&limit=20&offset=40"_s));

        QCOMPARE(send(*sim, "GET"_ba, u"/v2/entities?limit=1000"_s).array().size(), 45);
        const Response tooMany = send(*sim, "GET"_ba, u"/v2/entities?limit=1001"_s);
        QCOMPARE(tooMany.status, 400);
        QCOMPARE(tooMany.object().value(u"error"_s).toString(), u"BadRequest"_s);
        QCOMPARE(send(*sim, "GET"_ba, u"/v2/entities?limit=0"_s).status, 400);
        QCOMPARE(send(*sim, "GET"_ba, u"/v2/entities?offset=-1"_s).status, 400);
    }

    void ngsiTenant()
    {
        m_sim->setFiwareService(u"atalaya"_s);
        // Orion keeps each service apart: another tenant, or another service path, holds nothing.
        QCOMPARE(get(u"/v2/entities"_s).array().size(), 0);
        QCOMPARE(get(u"/v2/entities"_s, {{"Fiware-Service"_ba, "otra"_ba}}).array().size(), 0);
        QCOMPARE(get(u"/v2/entities"_s, {{"Fiware-Service"_ba, "atalaya"_ba}}).array().size(), testSites().size());
        QCOMPARE(get(u"/v2/entities"_s, {{"Fiware-Service"_ba, "Atalaya"_ba}}).array().size(), testSites().size());
        QCOMPARE(get(u"/v2/entities"_s, {{"Fiware-Service"_ba, "atalaya"_ba}, {"Fiware-ServicePath"_ba, "/#"_ba}}).array().size(),
                 testSites().size());
        QCOMPARE(get(u"/v2/entities"_s, {{"Fiware-Service"_ba, "atalaya"_ba}, {"Fiware-ServicePath"_ba, "/parking"_ba}}).array().size(), 0);
        const Response counted = get(u"/v2/entities?options=count"_s, {{"Fiware-Service"_ba, "otra"_ba}});
        QCOMPARE(counted.headers.value("fiware-total-count"), "0"_ba);
    }

    void subscriptionNotifications()
    {
        NotificationSink sink;
        QVERIFY(sink.start());
        m_sim->setFiwareService(u"atalaya"_s);
        const QList<std::pair<QByteArray, QByteArray>> tenant = {{"Fiware-Service"_ba, "atalaya"_ba}, {"Fiware-ServicePath"_ba, "/"_ba}};
        const QJsonObject subscription{
            {u"description"_s, u"beaches"_s},
            {u"subject"_s, QJsonObject{{u"entities"_s, QJsonArray{QJsonObject{{u"idPattern"_s, u".*"_s}, {u"type"_s, u"Beach"_s}}}}}},
            {u"notification"_s, QJsonObject{{u"http"_s, QJsonObject{{u"url"_s, sink.url()}}}}},
        };
        const Response created = send(*m_sim, "POST"_ba, u"/v2/subscriptions"_s, tenant, QJsonDocument(subscription).toJson());
        QCOMPARE(created.status, 201);
        const QByteArray location = created.headers.value("location");
        QVERIFY2(location.startsWith("/v2/subscriptions/"), location.constData());
        const QString id = QString::fromLatin1(location.mid(int(qstrlen("/v2/subscriptions/"))));
        QCOMPARE(id.size(), 24);
        QCOMPARE(m_sim->subscriptionCount(), 1);
        const Response listed = send(*m_sim, "GET"_ba, u"/v2/subscriptions"_s, tenant);
        QCOMPARE(listed.array().size(), 1);
        QCOMPARE(listed.array()[0].toObject().value(u"id"_s).toString(), id);

        m_sim->notifySubscribers();
        QTRY_COMPARE_WITH_TIMEOUT(sink.bodies.size(), 1, 5000);
        QCOMPARE(sink.bodies[0].value(u"subscriptionId"_s).toString(), id);
        QCOMPARE(sink.services[0], "atalaya"_ba);
        QJsonArray data = sink.bodies[0].value(u"data"_s).toArray();
        QCOMPARE(data.size(), 1); // the beach only
        QJsonObject beach = data[0].toObject();
        QCOMPARE(beach.value(u"id"_s).toString(), u"urn:ngsi-ld:Beach:playa-test"_s);
        QCOMPARE(beach.value(u"peopleOccupancy"_s).toObject().value(u"value"_s).toDouble(), m_sim->valueAt(u"playa-test"_s, kLatest));

        // The next reading, pushed when the clock moves on.
        m_now += 60;
        m_sim->notifySubscribers();
        QTRY_COMPARE_WITH_TIMEOUT(sink.bodies.size(), 2, 5000);
        beach = sink.bodies[1].value(u"data"_s).toArray()[0].toObject();
        QCOMPARE(beach.value(u"dateObserved"_s).toObject().value(u"value"_s).toString(), u"2026-07-18T16:01:00.000Z"_s);
        QCOMPARE(beach.value(u"peopleOccupancy"_s).toObject().value(u"value"_s).toDouble(), m_sim->valueAt(u"playa-test"_s, kLatest + 60));

        // A silent feed has nothing new to tell.
        m_sim->setFault(Fault::Silent);
        m_now += 60;
        m_sim->notifySubscribers();
        QTest::qWait(300);
        QCOMPARE(sink.bodies.size(), 2);
        m_sim->setFault(Fault::None);

        // Notifications stay on this machine; a subscription needs entities.
        QJsonObject away = subscription;
        away[u"notification"_s] = QJsonObject{{u"http"_s, QJsonObject{{u"url"_s, u"http://192.0.2.10/notify"_s}}}};
        QCOMPARE(send(*m_sim, "POST"_ba, u"/v2/subscriptions"_s, tenant, QJsonDocument(away).toJson()).status, 400);
        QJsonObject nothing = subscription;
        nothing[u"subject"_s] = QJsonObject{};
        QCOMPARE(send(*m_sim, "POST"_ba, u"/v2/subscriptions"_s, tenant, QJsonDocument(nothing).toJson()).status, 400);
        QCOMPARE(send(*m_sim, "POST"_ba, u"/v2/subscriptions"_s, tenant, "{not json"_ba).status, 400);
        QCOMPARE(m_sim->subscriptionCount(), 1);

        QCOMPARE(send(*m_sim, "DELETE"_ba, u"/v2/subscriptions/"_s + id, tenant).status, 204);
        QCOMPARE(m_sim->subscriptionCount(), 0);
        QCOMPARE(send(*m_sim, "DELETE"_ba, u"/v2/subscriptions/"_s + id, tenant).status, 404);
    }

    void faultGarbage()
    {
        m_sim->setFault(Fault::Garbage);
        for (const QString &path : {u"/data/demo/occ-playa-test?limit=10"_s, u"/catalog"_s}) {
            const Response r = sentilo(path);
            QCOMPARE(r.status, 200);
            QJsonParseError error;
            QJsonDocument::fromJson(r.body, &error);
            QVERIFY2(error.error != QJsonParseError::NoError, r.body.constData());
        }
        const Response ngsi = get(u"/v2/entities"_s);
        QCOMPARE(ngsi.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(ngsi.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);

        m_sim->setFault(Fault::None);
        QCOMPARE(sentilo(u"/data/demo/occ-playa-test"_s).object().value(u"observations"_s).toArray().size(), 1);
    }

    void faultServerError()
    {
        m_sim->setFault(Fault::ServerError);
        const Response s = sentilo(u"/data/demo"_s);
        QCOMPARE(s.status, 503);
        QCOMPARE(s.object().value(u"code"_s).toInt(), 503);
        const Response n = get(u"/v2/entities"_s);
        QCOMPARE(n.status, 503);
        QCOMPARE(n.object().value(u"error"_s).toString(), u"ServiceUnavailable"_s);
        m_sim->setFault(Fault::None);
        QCOMPARE(get(u"/v2/entities"_s).status, 200);
    }

    void faultDropConnections()
    {
        // A connection the client keeps alive from an earlier answer is dropped too.
        QCOMPARE(sentilo(u"/data/demo"_s).status, 200);
        QSignalSpy served(m_sim.get(), &FeedSimulator::requestServed);
        m_sim->setFault(Fault::DropConnections);
        for (const QString &path : {u"/data/demo/occ-playa-test"_s, u"/v2/entities"_s}) {
            const Response r = sentilo(path);
            QCOMPARE(r.status, 0);
            QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(path));
            QVERIFY(r.body.isEmpty());
            QVERIFY(m_sim->requestLog().contains(path));
        }
        QVERIFY(!served.isEmpty());
        for (const QList<QVariant> &args : served)
            QCOMPARE(args.at(2).toInt(), 0);

        m_sim->setFault(Fault::None);
        const Response back = sentilo(u"/data/demo/occ-playa-test"_s);
        QCOMPARE(back.status, 200);
        checkObservations(back.object().value(u"observations"_s).toArray(), u"playa-test"_s, kLatest, 1);
    }

    void faultDelay()
    {
        m_sim->setFault(Fault::Delay, 400);
        QCOMPARE(m_sim->delayMs(), 400);
        const Response r = sentilo(u"/data/demo/occ-playa-test?limit=2"_s);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 380, qPrintable(QString::number(r.elapsedMs)));
        checkObservations(r.object().value(u"observations"_s).toArray(), u"playa-test"_s, kLatest, 2);

        // A client that gives up before the answer: the simulator lets the connection go.
        const Response impatient = send(*m_sim, "GET"_ba, u"/v2/entities"_s, {}, {}, 100);
        QVERIFY(impatient.error != QNetworkReply::NoError);
        QTest::qWait(500);

        m_sim->setFault(Fault::None);
        const Response quick = get(u"/v2/entities"_s);
        QCOMPARE(quick.status, 200);
        QVERIFY(quick.elapsedMs < 380);
        QCOMPARE(m_sim->delayMs(), 0);
        m_sim->setFault(Fault::Delay);
        QCOMPARE(m_sim->delayMs(), FeedSimulator::kDefaultDelayMs);
    }

    void destroyedWhileDelaying()
    {
        m_sim->setFault(Fault::Delay, 5000);
        QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + u"/v2/entities"_s));
        QNetworkReply *reply = m_nam.get(request);
        QTRY_COMPARE(m_sim->requestLog().size(), 1);
        // The held answer goes with the simulator; the client sees its connection end.
        m_sim.reset();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 3000);
        QVERIFY(reply->error() != QNetworkReply::NoError);
        delete reply;
    }

    void faultSilent()
    {
        m_sim->setFault(Fault::Silent);
        QCOMPARE(m_sim->faultSince(), kNow);
        m_now += 10 * 60;
        // Answers keep coming, but with nothing newer than the moment the fault began.
        QCOMPARE(m_sim->latestInstant(), kLatest);
        const Response s = sentilo(u"/data/demo/occ-playa-test?limit=3"_s);
        QCOMPARE(s.status, 200);
        checkObservations(s.object().value(u"observations"_s).toArray(), u"playa-test"_s, kLatest, 3);
        const QJsonArray entities = get(u"/v2/entities?options=keyValues"_s).array();
        QCOMPARE(byId(entities, u"urn:ngsi-ld:Beach:playa-test"_s).value(u"dateObserved"_s).toString(), u"2026-07-18T16:00:00.000Z"_s);
        // Setting it again does not move its start.
        m_sim->setFault(Fault::Silent);
        QCOMPARE(m_sim->faultSince(), kNow);

        // Back to life: the readings of the silent stretch are there to catch up with.
        m_sim->setFault(Fault::None);
        QCOMPARE(m_sim->latestInstant(), kLatest + 600);
        const Response caughtUp = sentilo(u"/data/demo/occ-playa-test?from=%1&limit=100"_s.arg(sentiloTime(kLatest)));
        checkObservations(caughtUp.object().value(u"observations"_s).toArray(), u"playa-test"_s, kLatest + 600, 11);
    }

    void controlEndpoint()
    {
        const auto post = [this](const QByteArray &body) { return send(*m_sim, "POST"_ba, u"/_sim/fault"_s, {}, body); };
        const Response error = post(R"({"fault":"error"})"_ba);
        QCOMPARE(error.status, 200);
        QCOMPARE(m_sim->fault(), Fault::ServerError);
        QCOMPARE(error.object().value(u"fault"_s).toString(), u"error"_s);
        // The control endpoint answers whatever fault is on, so a demo can always turn it off.
        const Response status = get(u"/_sim/status"_s);
        QCOMPARE(status.status, 200);
        QCOMPARE(status.object().value(u"fault"_s).toString(), u"error"_s);
        QCOMPARE(status.object().value(u"sites"_s).toInt(), testSites().size());
        QCOMPARE(status.object().value(u"latestReading"_s).toString(), u"2026-07-18T16:00:00.000Z"_s);

        QCOMPARE(post(R"({"fault":"drop"})"_ba).status, 200);
        QCOMPARE(m_sim->fault(), Fault::DropConnections);
        QCOMPARE(get(u"/_sim/status"_s).status, 200);
        QCOMPARE(post(R"({"fault":"delay","delayMs":250})"_ba).object().value(u"delayMs"_s).toInt(), 250);
        QCOMPARE(m_sim->delayMs(), 250);
        QCOMPARE(post(R"({"fault":"silent"})"_ba).status, 200);
        QCOMPARE(m_sim->fault(), Fault::Silent);
        QCOMPARE(post(R"({"fault":"garbage"})"_ba).status, 200);
        QCOMPARE(m_sim->fault(), Fault::Garbage);

        QCOMPARE(post(R"({"fault":"meteor"})"_ba).status, 400);
        QCOMPARE(post(R"({"fault":"delay","delayMs":"soon"})"_ba).status, 400);
        QCOMPARE(post("drop"_ba).status, 400);
        QCOMPARE(m_sim->fault(), Fault::Garbage);
        QCOMPARE(post(R"({"fault":"none"})"_ba).status, 200);
        QCOMPARE(m_sim->fault(), Fault::None);
        QCOMPARE(m_sim->faultSince(), 0);
        // Control requests are not feed traffic.
        QVERIFY(m_sim->requestLog().isEmpty());

        for (const Fault f : {Fault::None, Fault::DropConnections, Fault::Garbage, Fault::Delay, Fault::Silent, Fault::ServerError})
            QCOMPARE(FeedSimulator::faultFromName(FeedSimulator::faultName(f)), f);
        QVERIFY(!FeedSimulator::faultFromName(u"Drop"_s));
    }

    void requestLogAndSignal()
    {
        QSignalSpy served(m_sim.get(), &FeedSimulator::requestServed);
        QCOMPARE(get(u"/v2/entities?type=Beach"_s).status, 200);
        QCOMPARE(sentilo(u"/data/demo?limit=2"_s).status, 200);
        QCOMPARE(get(u"/nowhere"_s).status, 404);
        QCOMPARE(m_sim->requestLog(), (QStringList{u"/v2/entities?type=Beach"_s, u"/data/demo?limit=2"_s}));
        QCOMPARE(served.size(), 3);
        QCOMPARE(served[0], (QList<QVariant>{u"GET"_s, u"/v2/entities?type=Beach"_s, 200}));
        QCOMPARE(served[2].at(2).toInt(), 404);
    }

    void valuesAreDeterministic()
    {
        QList<SimSite> reversed = testSites();
        std::reverse(reversed.begin(), reversed.end());
        FeedSimulator other(reversed);
        other.setCadenceSeconds(600);
        const qint64 dayStart = QDateTime(QDate(2026, 7, 18), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
        for (const SimSite &site : testSites()) {
            const double top = site.kind == "car_park"_L1 ? site.capacity : std::round(1.2 * site.capacity);
            for (qint64 at = dayStart; at < dayStart + 86400; at += 60) {
                const double v = m_sim->valueAt(site.code, at);
                // The same code and instant give the same value, whatever the order, cadence or clock.
                QCOMPARE(other.valueAt(site.code, at), v);
                QVERIFY(v >= 0 && v <= top);
                QCOMPARE(v, std::round(v));
            }
        }
        QVERIFY(std::isnan(m_sim->valueAt(u"nowhere"_s, dayStart)));

        const auto mean = [this](const QString &code, qint64 from, qint64 to) {
            double sum = 0;
            int n = 0;
            for (qint64 at = from; at < to; at += 60, ++n)
                sum += m_sim->valueAt(code, at);
            return sum / n;
        };
        // The daily curves: a Saturday beach full in the afternoon and empty at night, a station
        // at the weekday morning rush.
        QVERIFY(mean(u"playa-test"_s, dayStart + 15 * 3600, dayStart + 17 * 3600)
                > 10 * mean(u"playa-test"_s, dayStart + 2 * 3600, dayStart + 4 * 3600));
        const qint64 monday = dayStart + 2 * 86400;
        QVERIFY(mean(u"estacion-test"_s, monday + 7 * 3600 + 1800, monday + 8 * 3600 + 1800)
                > 5 * mean(u"estacion-test"_s, monday + 2 * 3600, monday + 4 * 3600));
        // Noise is the site's own: two sites of one kind and capacity do not move in lockstep.
        FeedSimulator twins({{u"a"_s, u"A"_s, u"square"_s, 0, 0, 1000}, {u"b"_s, u"B"_s, u"square"_s, 0, 0, 1000}});
        int differing = 0;
        for (qint64 at = dayStart + 12 * 3600; at < dayStart + 13 * 3600; at += 60)
            differing += twins.valueAt(u"a"_s, at) != twins.valueAt(u"b"_s, at) ? 1 : 0;
        QVERIFY(differing > 30);
    }

    void grid()
    {
        QCOMPARE(m_sim->cadenceSeconds(), 60);
        QCOMPARE(m_sim->instantsBetween(100, 400), (QList<qint64>{120, 180, 240, 300, 360}));
        QCOMPARE(m_sim->instantsBetween(120, 240), (QList<qint64>{120, 180, 240}));
        QCOMPARE(m_sim->instantsBetween(-130, -60), (QList<qint64>{-120, -60}));
        QVERIFY(m_sim->instantsBetween(400, 100).isEmpty());
        m_sim->setCadenceSeconds(300);
        QCOMPARE(m_sim->latestInstant(), kLatest); // 16:00:00 is on the 5-minute grid too
        m_now += 269; // 16:04:59
        QCOMPARE(m_sim->latestInstant(), kLatest);
        m_now += 1;
        QCOMPARE(m_sim->latestInstant(), kLatest + 300);
        const Response r = sentilo(u"/data/demo/occ-plaza-test?limit=2"_s);
        const QJsonArray obs = r.object().value(u"observations"_s).toArray();
        QCOMPARE(obs.size(), 2);
        QCOMPARE(qint64(obs[1].toObject().value(u"time"_s).toDouble()), kLatest * 1000);
    }

    void listenErrors()
    {
        FeedSimulator second(testSites());
        QVERIFY(!second.listen(m_sim->port()));
        QVERIFY2(second.errorString().contains(QString::number(m_sim->port())), qPrintable(second.errorString()));
        QVERIFY2(second.errorString().contains("in use"_L1), qPrintable(second.errorString()));
        QCOMPARE(second.port(), 0);
        QVERIFY(!m_sim->listen(0)); // already listening
        QVERIFY(!m_sim->errorString().isEmpty());
    }

    void sitesFromStore()
    {
        Database db;
        QVERIFY(db.openInMemory().ok());
        // Sites keyed by the store's code column where the schema has one, else by their sensor's
        // component (the demo city's naming); a site with neither gets "site-<id>".
        const bool hasCode = db.connection().record(u"site"_s).contains(u"code"_s);
        const auto run = [&db](const QString &sql, const QVariantList &values) {
            QSqlQuery q = db.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            return Database::exec(q);
        };
        const QString insertSite = hasCode
            ? u"INSERT INTO site (id, code, name, kind, lat, lon, capacity, amber_threshold, red_threshold) VALUES (?, ?, ?, ?, ?, ?, ?, 0.6, 0.85)"_s
            : u"INSERT INTO site (id, name, kind, lat, lon, capacity, amber_threshold, red_threshold) VALUES (?, ?, ?, ?, ?, ?, 0.6, 0.85)"_s;
        const auto site = [&](qint64 id, const QString &code, const QString &name, const QString &kind, double lat, double lon, int cap) {
            QVariantList values{id};
            if (hasCode)
                values.append(code);
            values << name << kind << lat << lon << cap;
            return run(insertSite, values);
        };
        QVERIFY(site(1, u"playa-norte"_s, u"Playa Norte"_s, u"beach"_s, 43.47, -3.79, 2500));
        QVERIFY(site(2, u"site-2"_s, u"Plaza Vieja"_s, u"square"_s, 43.46, -3.80, 900));
        QVERIFY(run(u"INSERT INTO sensor (id, provider, component, code, type, unit, site_id, lat, lon)"
                    " VALUES (1, 'demo', 'playa-norte', 'occ-playa-norte', 'people_count', 'people', 1, 43.47, -3.79)"_s,
                    {}));

        const QList<SimSite> sites = FeedSimulator::sitesFromStore(db);
        QCOMPARE(sites.size(), 2);
        QCOMPARE(sites[0].code, u"playa-norte"_s);
        QCOMPARE(sites[0].name, u"Playa Norte"_s);
        QCOMPARE(sites[0].kind, u"beach"_s);
        QCOMPARE(sites[0].capacity, 2500);
        QCOMPARE(sites[0].lat, 43.47);
        QCOMPARE(sites[0].lon, -3.79);
        QCOMPARE(sites[1].code, u"site-2"_s);
        QCOMPARE(sites[1].kind, u"square"_s);
    }
};

QTEST_GUILESS_MAIN(TestFeedSimulator)
#include "tst_feedsimulator.moc"
