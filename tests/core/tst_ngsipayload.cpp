#include "feeds/ngsi.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace atalaya::feeds;
using namespace Qt::StringLiterals;

namespace {

qint64 utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::UTC).toSecsSinceEpoch();
}

QStringList shown(const QList<SensorReading> &readings)
{
    QStringList out;
    for (const SensorReading &r : readings)
        out.append(u"%1/%2@%3=%4"_s.arg(r.provider, r.sensor).arg(r.observedAt).arg(r.value, 0, 'g', 17));
    return out;
}

QString reading(const QString &sensor, qint64 at, double value, const QString &provider = u"fiware"_s)
{
    return u"%1/%2@%3=%4"_s.arg(provider, sensor).arg(at).arg(value, 0, 'g', 17);
}

QStringList wheres(const ParsedPayload &payload)
{
    QStringList out;
    for (const PayloadProblem &p : payload.problems)
        out.append(p.where);
    return out;
}

const qint64 kReceived = utc(2026, 7, 1, 10, 0, 0);

// x = longitude, y = latitude.
const QRectF kGalicia(-9.3, 41.8, 2.3, 2.0);
const QRectF kHelsinki(24.8, 60.1, 0.3, 0.2);

} // namespace

/** FIWARE NGSI-v2 entities from the Smart Data Models examples (tests/data/formats/fiware, copied
 *  unchanged) in both representations, as arrays and notifications, and broken ones. */
class TestNgsiPayload : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        const QString path = QFINDTESTDATA(u"../data/formats/fiware/"_s + name);
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            qFatal("fixture %s not found", qPrintable(name));
        return file.readAll();
    }

    static ParsedPayload parse(const QByteArray &json, const QRectF &bounds = kGalicia, qint64 receivedAt = kReceived)
    {
        ngsi::Options options;
        options.cityBounds = bounds;
        options.receivedAt = receivedAt;
        return ngsi::parseEntities(json, options);
    }

private slots:
    void dateTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Z") << u"2018-08-07T11:10:00Z"_s << utc(2018, 8, 7, 11, 10, 0) << true;
        QTest::newRow("no zone is UTC") << u"2018-08-07T11:10:00"_s << utc(2018, 8, 7, 11, 10, 0) << true;
        QTest::newRow("+02:00") << u"2018-08-07T13:10:00+02:00"_s << utc(2018, 8, 7, 11, 10, 0) << true;
        QTest::newRow("+0200") << u"2018-08-07T13:10:00+0200"_s << utc(2018, 8, 7, 11, 10, 0) << true;
        QTest::newRow("-03") << u"2018-08-07T08:10:00-03"_s << utc(2018, 8, 7, 11, 10, 0) << true;
        QTest::newRow("fraction") << u"2018-08-07T11:10:00.123Z"_s << utc(2018, 8, 7, 11, 10, 0) << true;
        QTest::newRow("no seconds") << u"2018-08-07T11:10Z"_s << utc(2018, 8, 7, 11, 10, 0) << true;
        QTest::newRow("date only") << u"2018-08-07"_s << utc(2018, 8, 7, 0, 0, 0) << true;
        QTest::newRow("interval: its end") << u"2018-08-07T11:10:00/2018-08-07T11:15:00"_s << utc(2018, 8, 7, 11, 15, 0)
                                           << true;
        QTest::newRow("leap day") << u"2024-02-29T23:59:59Z"_s << utc(2024, 2, 29, 23, 59, 59) << true;
        QTest::newRow("30 February") << u"2024-02-30T00:00:00Z"_s << qint64(0) << false;
        QTest::newRow("hour 25") << u"2018-08-07T25:10:00Z"_s << qint64(0) << false;
        QTest::newRow("Sentilo format") << u"07/08/2018T11:10:00"_s << qint64(0) << false;
        QTest::newRow("words") << u"yesterday"_s << qint64(0) << false;
        QTest::newRow("bad zone") << u"2018-08-07T11:10:00CET"_s << qint64(0) << false;
        QTest::newRow("empty") << QString() << qint64(0) << false;
    }

    void dateTimes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QFETCH(bool, valid);
        const std::optional<qint64> parsed = ngsi::parseDateTime(text);
        QCOMPARE(bool(parsed), valid);
        if (valid)
            QCOMPARE(*parsed, expected);
    }

    void publishedExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("readings");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("siteCode");
        QTest::addColumn<QString>("siteName");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("capacity"); // 0: none
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");

        // No instant in the entity: the time it was received.
        for (const char *file : {"Beach_example.json", "Beach_example-normalized.json"})
            QTest::newRow(file) << QString::fromLatin1(file)
                                << QStringList{reading(u"Beach-A-Concha-123456#occupationRate"_s, kReceived, 3)}
                                << u"occupancy_level"_s << QString() << u"Beach-A-Concha-123456"_s
                                << u"Playa de a Concha"_s << u"beach"_s << 0 << 42.60214472222222 << -8.768460000000001;
        // occupancyModified in both forms (the normalized one also times availableSpotNumber alike).
        for (const char *file : {"OffStreetParking_example.json", "OffStreetParking_example-normalized.json"})
            QTest::newRow(file) << QString::fromLatin1(file)
                                << QStringList{reading(u"porto-ParkingLot-23889#occupiedSpotNumber"_s,
                                                       utc(2018, 9, 21, 12, 0, 0), 282)}
                                << u"occupied_spots"_s << u"spots"_s << u"porto-ParkingLot-23889"_s
                                << u"Parque de estacionamento Trindade"_s << u"car_park"_s << 414 << 41.150691773
                                << -8.60961198807;
        // keyValues gives dateObserved as the interval 11:10/11:15, normalized gives 11:10 with
        // dateObservedTo 11:15Z: a count is known when its interval closes, in both.
        const double crowdLat = (41.6538181849672 + 41.6600594193478 + 41.659585195093) / 3;
        const double crowdLon = (-4.73735395519672 + -4.73414858659993 + -4.73447575302641) / 3;
        for (const char *file : {"CrowdFlowObserved_example.json", "CrowdFlowObserved_example-normalized.json"})
            QTest::newRow(file) << QString::fromLatin1(file)
                                << QStringList{reading(u"urn:ngsi-ld:CrowdFlowObserved:Valladolid_1#peopleCount"_s,
                                                       utc(2018, 8, 7, 11, 15, 0), 100)}
                                << u"people_count"_s << u"people"_s << u"Valladolid_1"_s
                                << u"urn:ngsi-ld:CrowdFlowObserved:Valladolid_1"_s << u"square"_s << 0 << crowdLat
                                << crowdLon;
        // The two published PointOfInterest examples disagree on the id.
        QTest::newRow("PointOfInterest_example.json")
            << u"PointOfInterest_example.json"_s
            << QStringList{reading(u"urn:ngsi-ld:PointOfInterest-A-Concha-123456#occupancy"_s, kReceived, 50)}
            << u"people_count"_s << u"people"_s << u"urn:ngsi-ld:PointOfInterest-A-Concha-123456"_s
            << u"Playa de a Concha"_s << u"venue"_s << 55 << 42.60214472222222 << -8.768460000000001;
        QTest::newRow("PointOfInterest_example-normalized.json")
            << u"PointOfInterest_example-normalized.json"_s
            << QStringList{reading(u"PointOfInterest-A-Concha-123456#occupancy"_s, kReceived, 50)} << u"people_count"_s
            << u"people"_s << u"PointOfInterest-A-Concha-123456"_s << u"Playa de a Concha"_s << u"venue"_s << 55
            << 42.60214472222222 << -8.768460000000001;
    }

    void publishedExamples()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, readings);
        QFETCH(QString, type);
        QFETCH(QString, unit);
        QFETCH(QString, siteCode);
        QFETCH(QString, siteName);
        QFETCH(QString, kind);
        QFETCH(int, capacity);
        QFETCH(double, lat);
        QFETCH(double, lon);

        const ParsedPayload parsed = parse(fixture(file));
        QVERIFY2(parsed.ok(), qPrintable(parsed.fatal));
        QCOMPARE(wheres(parsed), QStringList());
        QCOMPARE(shown(parsed.readings), readings);
        QCOMPARE(parsed.sensors.size(), 1);
        const SensorInfo &sensor = parsed.sensors.first();
        QCOMPARE(sensor.provider, u"fiware"_s);
        QCOMPARE(sensor.code, parsed.readings.first().sensor);
        QCOMPARE(sensor.component, sensor.code.section(u'#', 0, 0));
        QCOMPARE(sensor.type, type);
        QCOMPARE(sensor.unit, unit);
        QVERIFY(sensor.lat && sensor.lon);
        QVERIFY(std::abs(*sensor.lat - lat) < 1e-9);
        QVERIFY(std::abs(*sensor.lon - lon) < 1e-9);
        QVERIFY(sensor.site);
        QCOMPARE(sensor.site->code, siteCode);
        QCOMPARE(sensor.site->name, siteName);
        QCOMPARE(sensor.site->kind, kind);
        QCOMPARE(sensor.site->capacity.value_or(0), capacity);
    }

    void otherTypesSkipped_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::newRow("DeviceMeasurement") << u"DeviceMeasurement_example.json"_s << u"DeviceMeasurement"_s;
        QTest::newRow("DeviceMeasurement normalized") << u"DeviceMeasurement_example-normalized.json"_s << u"DeviceMeasurement"_s;
        QTest::newRow("ParkingSpot") << u"ParkingSpot_example.json"_s << u"ParkingSpot"_s;
        QTest::newRow("ParkingSpot normalized") << u"ParkingSpot_example-normalized.json"_s << u"ParkingSpot"_s;
    }

    void otherTypesSkipped()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        // Helsinki bounds, so the DeviceMeasurement's swapped point is not the reason it is skipped.
        const ParsedPayload parsed = parse(fixture(file), kHelsinki);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.readings.isEmpty());
        QVERIFY(parsed.sensors.isEmpty());
        QCOMPARE(wheres(parsed), QStringList{u"type"_s});
        QVERIFY2(parsed.problems.first().what.contains(type), qPrintable(parsed.problems.first().what));
    }

    /** An entity list (GET /v2/entities) and a subscription notification give the same readings,
     *  with problems placed in their own list. */
    void arraysAndNotifications()
    {
        const QByteArray entities = "[" + fixture(u"Beach_example.json"_s) + "," + fixture(u"OffStreetParking_example-normalized.json"_s)
                                    + "," + fixture(u"DeviceMeasurement_example.json"_s) + "]";
        const QByteArray notification = R"({"subscriptionId":"57458eb60962ef754e7c0998","data":)" + entities + "}";
        const QStringList expected = {reading(u"Beach-A-Concha-123456#occupationRate"_s, kReceived, 3, u"bcn"_s),
                                      reading(u"porto-ParkingLot-23889#occupiedSpotNumber"_s, utc(2018, 9, 21, 12, 0, 0), 282,
                                              u"bcn"_s)};
        ngsi::Options options;
        options.service = u"bcn"_s;
        options.receivedAt = kReceived;
        const ParsedPayload list = ngsi::parseEntities(entities, options);
        QVERIFY(list.ok());
        QCOMPARE(shown(list.readings), expected);
        QCOMPARE(list.sensors.size(), 2);
        QCOMPARE(wheres(list), QStringList{u"[2].type"_s});

        const ParsedPayload pushed = ngsi::parseEntities(notification, options);
        QVERIFY(pushed.ok());
        QCOMPARE(shown(pushed.readings), expected);
        QCOMPARE(wheres(pushed), QStringList{u"data[2].type"_s});
        QCOMPARE(ngsi::parseEntities("[]", options).readings.size(), 0);
    }

    /** The DeviceMeasurement example gives [latitude, longitude]: inside the city only when
     *  swapped, so it is read swapped and said so. */
    void swappedCoordinates()
    {
        QByteArray beach = fixture(u"Beach_example.json"_s);
        beach.replace("-8.768460000000001", "60.170833").replace("42.60214472222222", "24.9375");
        ParsedPayload parsed = parse(beach, kHelsinki);
        QVERIFY(parsed.ok());
        QCOMPARE(wheres(parsed), QStringList{u"location"_s});
        QVERIFY(parsed.problems.first().what.contains(u"latitude 60.170833"_s));
        QCOMPARE(*parsed.sensors.first().lat, 60.170833);
        QCOMPARE(*parsed.sensors.first().lon, 24.9375);
        QCOMPARE(parsed.readings.size(), 1); // still read

        // Outside the city either way: kept as given, no guess.
        parsed = parse(beach, kGalicia);
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(*parsed.sensors.first().lon, 60.170833);

        // Without a city, only a point off the Earth reveals a swap.
        parsed = parse(beach, QRectF());
        QVERIFY(parsed.problems.isEmpty());
        QByteArray offEarth = fixture(u"Beach_example.json"_s);
        offEarth.replace("-8.768460000000001", "42.6").replace("42.60214472222222", "-120.5");
        parsed = parse(offEarth, QRectF());
        QCOMPARE(wheres(parsed), QStringList{u"location"_s});
        QCOMPARE(*parsed.sensors.first().lat, 42.6);
        QCOMPARE(*parsed.sensors.first().lon, -120.5);

        QByteArray nowhere = fixture(u"Beach_example.json"_s);
        nowhere.replace("-8.768460000000001", "200").replace("42.60214472222222", "100");
        parsed = parse(nowhere, QRectF());
        QCOMPARE(wheres(parsed), QStringList{u"location"_s});
        QVERIFY(!parsed.sensors.first().lat);
        QCOMPARE(parsed.readings.size(), 1);
    }

    void geoPointText()
    {
        const QByteArray json = R"({"id":"urn:ngsi-ld:CrowdFlowObserved:plaza","type":"CrowdFlowObserved",
            "location":{"type":"geo:point","value":"42.6, -8.7"},
            "peopleCount":{"type":"Number","value":12,"metadata":{"TimeInstant":{"type":"DateTime","value":"2026-07-01T09:00:00Z"}}},
            "dateObserved":{"type":"DateTime","value":"2026-07-01T08:00:00Z"}})"_ba;
        const ParsedPayload parsed = parse(json);
        QVERIFY(parsed.problems.isEmpty());
        QCOMPARE(*parsed.sensors.first().lat, 42.6);
        QCOMPARE(*parsed.sensors.first().lon, -8.7);
        QCOMPARE(parsed.sensors.first().site->code, u"plaza"_s);
        // The attribute's own metadata is closer to the reading than the entity's date.
        QCOMPARE(shown(parsed.readings), QStringList{reading(u"urn:ngsi-ld:CrowdFlowObserved:plaza#peopleCount"_s,
                                                             utc(2026, 7, 1, 9, 0, 0), 12)});
    }

    void badAttributes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<qint64>("receivedAt");
        QTest::addColumn<QStringList>("problemsAt");
        QTest::addColumn<int>("readings");
        QTest::newRow("count not a number")
            << R"([{"id":"a","type":"CrowdFlowObserved","peopleCount":"many","dateObserved":"2026-07-01T09:00:00Z"}])"_ba
            << kReceived << QStringList{u"[0].peopleCount"_s} << 0;
        QTest::newRow("negative count")
            << R"([{"id":"a","type":"PointOfInterest","occupancy":-4,"capacity":10}])"_ba << kReceived
            << QStringList{u"[0].occupancy"_s} << 0;
        QTest::newRow("count as text is read")
            << R"([{"id":"a","type":"PointOfInterest","occupancy":"40","capacity":"50"}])"_ba << kReceived
            << QStringList{} << 1;
        QTest::newRow("unknown occupation rate")
            << R"([{"id":"b","type":"Beach","occupationRate":"full","peopleOccupancy":120}])"_ba << kReceived
            << QStringList{u"[0].occupationRate"_s} << 1;
        QTest::newRow("capacity not whole")
            << R"([{"id":"a","type":"PointOfInterest","occupancy":3,"capacity":2.5}])"_ba << kReceived
            << QStringList{u"[0].capacity"_s} << 1;
        QTest::newRow("more available than total")
            << R"([{"id":"p","type":"OffStreetParking","totalSpotNumber":100,"availableSpotNumber":120}])"_ba
            << kReceived << QStringList{u"[0].availableSpotNumber"_s} << 0;
        QTest::newRow("occupied from total and available")
            << R"([{"id":"p","type":"OffStreetParking","totalSpotNumber":100,"availableSpotNumber":30}])"_ba
            << kReceived << QStringList{} << 1;
        QTest::newRow("unreadable date")
            << R"([{"id":"a","type":"CrowdFlowObserved","peopleCount":3,"dateObserved":"yesterday"},
                  {"id":"c","type":"CrowdFlowObserved","peopleCount":4,"dateObserved":"2026-07-01T09:00:00Z"}])"_ba
            << kReceived << QStringList{u"[0].dateObserved"_s} << 1;
        QTest::newRow("no time at all")
            << R"([{"id":"a","type":"CrowdFlowObserved","peopleCount":3}])"_ba << qint64(0)
            << QStringList{u"[0].peopleCount"_s} << 0;
        QTest::newRow("no measure") << R"([{"id":"a","type":"Beach","name":"Riazor"}])"_ba << kReceived
                                    << QStringList{u"[0]"_s} << 0;
        QTest::newRow("no id") << R"([{"type":"Beach","occupationRate":"low"}])"_ba << kReceived
                               << QStringList{u"[0].id"_s} << 0;
        QTest::newRow("not an object") << R"([3, {"id":"a","type":"PointOfInterest","occupancy":1}])"_ba << kReceived
                                       << QStringList{u"[0]"_s} << 1;
        QTest::newRow("bad location") << R"([{"id":"a","type":"PointOfInterest","occupancy":1,"location":{"type":"Point"}}])"_ba
                                      << kReceived << QStringList{u"[0].location"_s} << 1;
    }

    void badAttributes()
    {
        QFETCH(QByteArray, json);
        QFETCH(qint64, receivedAt);
        QFETCH(QStringList, problemsAt);
        QFETCH(int, readings);
        const ParsedPayload parsed = parse(json, kGalicia, receivedAt);
        QVERIFY(parsed.ok());
        QCOMPARE(wheres(parsed), problemsAt);
        QCOMPARE(parsed.readings.size(), readings);
    }

    void occupiedFromAvailable()
    {
        const ParsedPayload parsed = parse(
            R"({"id":"p","type":"OffStreetParking","totalSpotNumber":{"type":"Number","value":100},
                "availableSpotNumber":{"type":"Number","value":30,"metadata":{"timestamp":{"type":"DateTime","value":"2026-07-01T09:05:00Z"}}}})"_ba);
        QCOMPARE(shown(parsed.readings), QStringList{reading(u"p#occupiedSpotNumber"_s, utc(2026, 7, 1, 9, 5, 0), 70)});
        QCOMPARE(parsed.sensors.first().site->capacity, std::optional<int>(100));
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QByteArray truncated = fixture(u"Beach_example.json"_s);
        truncated.truncate(truncated.indexOf("\"beachType\""));
        QTest::newRow("truncated") << truncated << u"line 10, column 3"_s;
        QTest::newRow("not JSON") << "<html>502 Bad Gateway</html>"_ba << u"not valid JSON"_s;
        QTest::newRow("Orion error") << R"({"error":"NotFound","description":"The requested entity has not been found. Check type and id"})"_ba
                                     << u"The requested entity has not been found"_s;
        QTest::newRow("bare value") << "42"_ba << u"line 1"_s; // Qt's JSON reader wants an object or array
        QTest::newRow("other object") << R"({"count":3})"_ba << u"NGSI"_s;
    }

    void broken()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const ParsedPayload parsed = parse(json);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.fatal.contains(mentions), qPrintable(parsed.fatal));
        QVERIFY(parsed.readings.isEmpty() && parsed.sensors.isEmpty() && parsed.problems.isEmpty());
    }

    void truncatedNeverCrash()
    {
        for (const char *name : {"OffStreetParking_example-normalized.json", "CrowdFlowObserved_example.json"}) {
            const QByteArray json = fixture(QString::fromLatin1(name));
            for (qsizetype size = 0; size < json.size(); ++size) {
                const ParsedPayload parsed = parse(json.left(size));
                if (!parsed.ok())
                    QVERIFY(parsed.readings.isEmpty() && parsed.problems.isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestNgsiPayload)
#include "tst_ngsipayload.moc"
