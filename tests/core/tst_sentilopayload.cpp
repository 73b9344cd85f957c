#include "feeds/sentilo.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace atalaya::feeds;
using namespace Qt::StringLiterals;

namespace {

qint64 utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::UTC).toSecsSinceEpoch();
}

/** A reading as "sensor@epoch=value", so lists compare and print readably. */
QStringList shown(const QList<SensorReading> &readings)
{
    QStringList out;
    for (const SensorReading &r : readings)
        out.append(u"%1/%2@%3=%4"_s.arg(r.provider, r.sensor).arg(r.observedAt).arg(r.value, 0, 'g', 17));
    return out;
}

QString reading(const QString &provider, const QString &sensor, qint64 at, double value)
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

} // namespace

/** Sentilo payloads as its documentation publishes them (tests/data/formats/sentilo, copied
 *  unchanged) and as servers break them: readings, sensors, problems and fatal errors. */
class TestSentiloPayload : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        const QString path = QFINDTESTDATA(u"../data/formats/sentilo/"_s + name);
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            qFatal("fixture %s not found", qPrintable(name));
        return file.readAll();
    }

private slots:
    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<bool>("valid");

        QTest::newRow("UTC without suffix") << u"17/09/2012T12:34:45"_s << utc(2012, 9, 17, 12, 34, 45) << true;
        // CET as the Sentilo server (Java) reads it: Central European Time with its summer time.
        QTest::newRow("CET in summer is +02:00") << u"17/09/2012T12:34:45CET"_s << utc(2012, 9, 17, 10, 34, 45) << true;
        QTest::newRow("CET in winter is +01:00") << u"17/02/2016T11:43:45CET"_s << utc(2016, 2, 17, 10, 43, 45) << true;
        QTest::newRow("CEST") << u"17/09/2012T12:34:45CEST"_s << utc(2012, 9, 17, 10, 34, 45) << true;
        QTest::newRow("WET in summer") << u"01/07/2024T09:00:00WET"_s << utc(2024, 7, 1, 8, 0, 0) << true;
        QTest::newRow("IANA name") << u"01/07/2024T09:00:00Europe/Madrid"_s << utc(2024, 7, 1, 7, 0, 0) << true;
        QTest::newRow("Z") << u"17/09/2012T12:34:45Z"_s << utc(2012, 9, 17, 12, 34, 45) << true;
        QTest::newRow("UTC") << u"17/09/2012T12:34:45UTC"_s << utc(2012, 9, 17, 12, 34, 45) << true;
        QTest::newRow("+0100") << u"17/09/2012T12:34:45+0100"_s << utc(2012, 9, 17, 11, 34, 45) << true;
        QTest::newRow("+01:00") << u"17/09/2012T12:34:45+01:00"_s << utc(2012, 9, 17, 11, 34, 45) << true;
        QTest::newRow("-0530") << u"17/09/2012T12:34:45-0530"_s << utc(2012, 9, 17, 18, 4, 45) << true;
        QTest::newRow("+02") << u"17/09/2012T12:34:45+02"_s << utc(2012, 9, 17, 10, 34, 45) << true;
        QTest::newRow("milliseconds dropped") << u"17/09/2012T12:34:45.678"_s << utc(2012, 9, 17, 12, 34, 45) << true;
        QTest::newRow("surrounding spaces") << u"  17/09/2012T12:34:45 "_s << utc(2012, 9, 17, 12, 34, 45) << true;
        QTest::newRow("space for T") << u"17/09/2012 12:34:45"_s << utc(2012, 9, 17, 12, 34, 45) << true;
        QTest::newRow("leap day") << u"29/02/2016T00:00:00"_s << utc(2016, 2, 29, 0, 0, 0) << true;
        QTest::newRow("year end") << u"31/12/1999T23:59:59"_s << utc(1999, 12, 31, 23, 59, 59) << true;
        QTest::newRow("before 1970") << u"01/01/1969T00:00:00"_s << utc(1969, 1, 1, 0, 0, 0) << true;

        QTest::newRow("no leap day in 2015") << u"29/02/2015T00:00:00"_s << qint64(0) << false;
        QTest::newRow("31 February") << u"31/02/2012T10:00:00"_s << qint64(0) << false;
        QTest::newRow("month 13") << u"01/13/2012T10:00:00"_s << qint64(0) << false;
        QTest::newRow("hour 24") << u"17/09/2012T24:00:00"_s << qint64(0) << false;
        QTest::newRow("no seconds") << u"17/09/2012T12:34"_s << qint64(0) << false;
        QTest::newRow("ISO instead") << u"2012-09-17T12:34:45"_s << qint64(0) << false;
        QTest::newRow("unknown zone") << u"17/09/2012T12:34:45XYZ"_s << qint64(0) << false;
        QTest::newRow("offset out of range") << u"17/09/2012T12:34:45+2500"_s << qint64(0) << false;
        QTest::newRow("dot without digits") << u"17/09/2012T12:34:45."_s << qint64(0) << false;
        QTest::newRow("letters") << u"ab/cd/efghTij:kl:mn"_s << qint64(0) << false;
        QTest::newRow("empty") << QString() << qint64(0) << false;
        QTest::newRow("placeholder from the docs") << u"..."_s << qint64(0) << false;
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QFETCH(bool, valid);
        const std::optional<qint64> parsed = sentilo::parseTimestamp(text);
        if (!valid) {
            QVERIFY2(!parsed, qPrintable(u"read as %1"_s.arg(parsed.value_or(0))));
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, expected);
        }
    }

    void formatRoundTrip()
    {
        for (const qint64 at : {utc(2012, 9, 17, 12, 34, 45), utc(2026, 1, 1, 0, 0, 0), utc(2024, 2, 29, 23, 59, 59)}) {
            const QString text = sentilo::formatTimestamp(at);
            QCOMPARE(sentilo::parseTimestamp(text), std::optional<qint64>(at));
        }
        QCOMPARE(sentilo::formatTimestamp(utc(2012, 9, 7, 8, 4, 5)), u"07/09/2012T08:04:05"_s);
    }

    void publishedExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sensor"); // empty: provider data
        QTest::addColumn<qint64>("receivedAt");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("problemsAt");

        const QString p = u"prov"_s;
        const qint64 received = utc(2026, 5, 1, 12, 0, 0);
        // "time" says 2017-11-13T08:30:00Z for every observation; the timestamps win.
        QTest::newRow("retrieve sensor data 1")
            << u"data__retrieve_sensor_data__1.json"_s << u"S1"_s << qint64(0)
            << QStringList{reading(p, u"S1"_s, utc(2017, 11, 13, 9, 0, 0), 28.61132406103821),
                           reading(p, u"S1"_s, utc(2017, 11, 13, 8, 30, 0), 20.795568440010314),
                           reading(p, u"S1"_s, utc(2017, 11, 13, 8, 30, 0), 91.01094902496055),
                           reading(p, u"S1"_s, utc(2013, 1, 11, 8, 16, 38), 62.22915604583776),
                           reading(p, u"S1"_s, utc(2013, 1, 11, 7, 16, 38), 99.96065618303348),
                           reading(p, u"S1"_s, utc(2013, 1, 11, 6, 16, 38), 94.95685904585568),
                           reading(p, u"S1"_s, utc(2013, 1, 11, 5, 16, 38), 51.26506022800391),
                           reading(p, u"S1"_s, utc(2013, 1, 11, 4, 16, 38), 21.43303677241535),
                           reading(p, u"S1"_s, utc(2013, 1, 11, 3, 16, 38), 55.6601921120059),
                           reading(p, u"S1"_s, utc(2013, 1, 11, 2, 16, 38), 56.692086830598996)}
            << QStringList{};
        QTest::newRow("retrieve sensor data 2") << u"data__retrieve_sensor_data__2.json"_s << u"S1"_s << qint64(0)
                                                << QStringList{reading(p, u"S1"_s, utc(2012, 9, 18, 17, 20, 0), 11.5)}
                                                << QStringList{};
        QTest::newRow("retrieve provider data 1")
            << u"data__retrieve_provider_sensor_data__1.json"_s << QString() << qint64(0)
            << QStringList{reading(p, u"RE0012"_s, utc(2012, 9, 10, 10, 5, 0), 1),
                           reading(p, u"RE0012"_s, utc(2012, 9, 10, 7, 5, 0), 1.2),
                           reading(p, u"RE0013"_s, utc(2012, 9, 10, 10, 6, 10), 24)}
            << QStringList{};
        QTest::newRow("retrieve provider data 2")
            << u"data__retrieve_provider_sensor_data__2.json"_s << QString() << qint64(0)
            << QStringList{reading(p, u"RE0012"_s, utc(2012, 9, 10, 10, 5, 0), 1),
                           reading(p, u"RE0013"_s, utc(2012, 9, 10, 10, 6, 10), 24)}
            << QStringList{};
        QTest::newRow("publish sensor data 1") << u"data__publish_sensor_data__1.json"_s << u"S1"_s << qint64(0)
                                               << QStringList{reading(p, u"S1"_s, utc(2012, 9, 17, 12, 34, 45), 12.3)}
                                               << QStringList{};
        QTest::newRow("publish sensor data 2, CET") << u"data__publish_sensor_data__2.json"_s << u"S1"_s << qint64(0)
                                                    << QStringList{reading(p, u"S1"_s, utc(2016, 2, 17, 10, 43, 45), 9.6)}
                                                    << QStringList{};
        // Publish requests leave the timestamp out: Sentilo stamps such an observation on arrival.
        QTest::newRow("publish sensor data 3, stamped on arrival")
            << u"data__publish_sensor_data__3.json"_s << u"S1"_s << received
            << QStringList{reading(p, u"S1"_s, received, 10.1), reading(p, u"S1"_s, utc(2012, 9, 17, 12, 34, 45), 11.2),
                           reading(p, u"S1"_s, utc(2012, 9, 17, 10, 34, 45), 12.3)}
            << QStringList{};
        QTest::newRow("publish sensor data 3, no arrival time")
            << u"data__publish_sensor_data__3.json"_s << u"S1"_s << qint64(0)
            << QStringList{reading(p, u"S1"_s, utc(2012, 9, 17, 12, 34, 45), 11.2),
                           reading(p, u"S1"_s, utc(2012, 9, 17, 10, 34, 45), 12.3)}
            << QStringList{u"observations[0]"_s};
        QTest::newRow("publish provider data, CET")
            << u"data__publish_provider_sensor_data__1.json"_s << QString() << received
            << QStringList{reading(p, u"RE0012"_s, received, 1.1), reading(p, u"RE0012"_s, utc(2012, 9, 17, 10, 34, 45), 1.2),
                           reading(p, u"RE0012"_s, utc(2012, 9, 17, 8, 34, 45), 1.3),
                           reading(p, u"RE0013"_s, received, 2.1), reading(p, u"RE0013"_s, utc(2012, 9, 16, 13, 43, 21), 2.2),
                           reading(p, u"RE0013"_s, utc(2012, 9, 16, 8, 43, 21), 2.3)}
            << QStringList{};
    }

    void publishedExamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, sensor);
        QFETCH(qint64, receivedAt);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, problemsAt);
        const QByteArray json = fixture(file);
        const ParsedPayload parsed = sensor.isEmpty() ? sentilo::parseProviderData(json, u"prov"_s, receivedAt)
                                                      : sentilo::parseSensorData(json, u"prov"_s, sensor, receivedAt);
        QVERIFY2(parsed.ok(), qPrintable(parsed.fatal));
        QCOMPARE(shown(parsed.readings), expected);
        QCOMPARE(wheres(parsed), problemsAt);
        QVERIFY(parsed.sensors.isEmpty());
    }

    void brokenAsPublished_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("place");
        // subscription 1: no comma after "tenant":"..." (line 12), so line 13 starts unexpectedly.
        // (Qt places the error just inside the unexpected string: column 4 or 5 depending on it.)
        QTest::newRow("missing comma") << u"subscription__subscription__1.json"_s << u"line 13, column "_s;
        // subscription 4: "publisher": :"sentilo" on line 9.
        QTest::newRow("double colon") << u"subscription__subscription__4.json"_s << u"line 9, column 17"_s;
    }

    void brokenAsPublished()
    {
        QFETCH(QString, file);
        QFETCH(QString, place);
        const QByteArray json = fixture(file);
        for (const ParsedPayload &parsed : {sentilo::parseSensorData(json, u"p"_s, u"s"_s), sentilo::parseProviderData(json, u"p"_s),
                                            sentilo::parseCatalog(json)}) {
            QVERIFY(!parsed.ok());
            QVERIFY2(parsed.fatal.contains(place), qPrintable(parsed.fatal));
            QVERIFY(parsed.readings.isEmpty());
            QVERIFY(parsed.problems.isEmpty());
        }
    }

    void wrongShape_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("a notification, not data") << fixture(u"subscription__subscription__2.json"_s) << u"observations"_s;
        QTest::newRow("array") << "[1,2]"_ba << u"array"_s;
        QTest::newRow("bare number") << "42"_ba << u"value"_s;
        QTest::newRow("Sentilo error answer") << R"({"code":401,"message":"Invalid credential: no IDENTITY_KEY"})"_ba
                                              << u"Invalid credential: no IDENTITY_KEY (code 401)"_s;
        QTest::newRow("empty") << QByteArray() << u"line 1, column 1"_s;
        QTest::newRow("observations not a list") << R"({"observations":{"value":"1"}})"_ba << u"observations"_s;
    }

    void wrongShape()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const ParsedPayload parsed = sentilo::parseSensorData(json, u"p"_s, u"s"_s);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.fatal.contains(mentions), qPrintable(parsed.fatal));
        QVERIFY(parsed.readings.isEmpty());
    }

    /** One bad observation is a problem naming it; the others are kept. */
    void badObservationsKeepTheRest()
    {
        const QByteArray json = R"({"observations":[
            {"value":"12,3","timestamp":"01/06/2026T10:00:00"},
            {"value":"abc","timestamp":"01/06/2026T10:01:00"},
            {"value":"","timestamp":"01/06/2026T10:02:00"},
            {"value":"1.5","timestamp":"32/01/2026T00:00:00"},
            {"value":7,"timestamp":"01/06/2026T10:04:00"},
            "not an observation",
            {"value":"NaN","timestamp":"01/06/2026T10:06:00"},
            {"value":"5","time":1780308420000},
            {"value":"-3.25e1","timestamp":"01/06/2026T10:08:00+02:00"},
            {"value":"1","time":"yesterday"},
            {"timestamp":"01/06/2026T10:10:00"},
            {"value":true,"timestamp":"01/06/2026T10:11:00"},
            {"value":" 8 ","timestamp":"01/06/2026T10:12:00"}
        ]})"_ba;
        const ParsedPayload parsed = sentilo::parseSensorData(json, u"p"_s, u"s"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(shown(parsed.readings),
                 (QStringList{reading(u"p"_s, u"s"_s, utc(2026, 6, 1, 10, 0, 0), 12.3),
                              reading(u"p"_s, u"s"_s, utc(2026, 6, 1, 10, 4, 0), 7),
                              reading(u"p"_s, u"s"_s, 1780308420, 5),
                              reading(u"p"_s, u"s"_s, utc(2026, 6, 1, 8, 8, 0), -32.5),
                              reading(u"p"_s, u"s"_s, utc(2026, 6, 1, 10, 12, 0), 8)}));
        QCOMPARE(wheres(parsed), (QStringList{u"observations[1].value"_s, u"observations[2].value"_s,
                                              u"observations[3].timestamp"_s, u"observations[5]"_s,
                                              u"observations[6].value"_s, u"observations[9].time"_s,
                                              u"observations[10].value"_s, u"observations[11].value"_s}));
        QVERIFY(parsed.problems.at(0).what.contains(u"abc"_s));
        QVERIFY(parsed.problems.at(2).what.contains(u"32/01/2026T00:00:00"_s));
    }

    void badSensorEntries()
    {
        const QByteArray json = R"({"sensors":[
            {"sensor":"A","observations":[{"value":"1","timestamp":"01/06/2026T10:00:00"}]},
            {"observations":[{"value":"2","timestamp":"01/06/2026T10:00:00"}]},
            {"sensor":"C"},
            {"sensor":"D","observations":[{"value":"x","timestamp":"01/06/2026T10:00:00"},
                                          {"value":"4","timestamp":"01/06/2026T10:01:00"}]},
            7
        ]})"_ba;
        const ParsedPayload parsed = sentilo::parseProviderData(json, u"p"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(shown(parsed.readings), (QStringList{reading(u"p"_s, u"A"_s, utc(2026, 6, 1, 10, 0, 0), 1),
                                                      reading(u"p"_s, u"D"_s, utc(2026, 6, 1, 10, 1, 0), 4)}));
        QCOMPARE(wheres(parsed), (QStringList{u"sensors[1].sensor"_s, u"sensors[2].observations"_s,
                                              u"sensors[3].observations[0].value"_s, u"sensors[4]"_s}));
    }

    void catalogue()
    {
        const ParsedPayload parsed = sentilo::parseCatalog(fixture(u"catalog__retrieve_authorized_entities__1.json"_s));
        QVERIFY2(parsed.ok(), qPrintable(parsed.fatal));
        QVERIFY(parsed.readings.isEmpty());
        QCOMPARE(parsed.sensors.size(), 3);
        const SensorInfo &noise = parsed.sensors.at(0);
        QCOMPARE(noise.provider, u"A"_s);
        QCOMPARE(noise.code, u"MAR_01_00_SN001_1010"_s);
        QCOMPARE(noise.component, u"MAR_01_00_SN001_1010"_s);
        QCOMPARE(noise.type, u"noise"_s);
        QCOMPARE(noise.unit, u"dBa"_s);
        QVERIFY(!noise.lat && !noise.lon);
        QVERIFY(!noise.site); // a "generic" component is no place whose crowding we follow
        QCOMPARE(parsed.sensors.at(2).provider, u"C"_s);
        QCOMPARE(parsed.sensors.at(2).code, u"MAR_02_20_PM001_1012"_s);
        QCOMPARE(parsed.sensors.at(2).component, u"air_quality"_s);
        QCOMPARE(parsed.sensors.at(2).type, u"air_quality_pm10"_s);

        const ParsedPayload second = sentilo::parseCatalog(fixture(u"catalog__retrieve_authorized_entities__2.json"_s));
        QVERIFY(second.ok());
        QCOMPARE(second.sensors.size(), 2);
    }

    void providerCatalogue()
    {
        // POST /catalog/{provider} bodies name no provider: the caller does.
        const QByteArray json = fixture(u"catalog__create_sensors__2.json"_s);
        QVERIFY(!sentilo::parseCatalog(json).ok());
        const ParsedPayload parsed = sentilo::parseCatalog(json, u"meteo"_s);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.sensors.size(), 2);
        for (const SensorInfo &info : parsed.sensors) {
            QCOMPARE(info.provider, u"meteo"_s);
            QCOMPARE(info.component, u"METEO-1"_s);
            QCOMPARE(info.unit, u"grams"_s);
            QVERIFY(info.lat && info.lon);
            QCOMPARE(*info.lat, 41.39479);
            QCOMPARE(*info.lon, 2.148768);
            QVERIFY(!info.site);
        }
        for (const char *name : {"catalog__create_sensors__1.json", "catalog__create_sensors__3.json"}) {
            const ParsedPayload one = sentilo::parseCatalog(fixture(QString::fromLatin1(name)), u"meteo"_s);
            QVERIFY(one.ok());
            QCOMPARE(one.sensors.size(), 1);
            QCOMPARE(one.sensors.at(0).code, u"RE0025"_s);
            QCOMPARE(one.sensors.at(0).type, u"humidity"_s);
            QCOMPARE(one.sensors.at(0).unit, u"%"_s);
        }
    }

    /** Components that are places (as the feed simulator's catalogue describes them) become
     *  site hints with their capacity. */
    void catalogueSites()
    {
        const QByteArray json = R"({"providers":[{"provider":"bcn","sensors":[
            {"sensor":"occ-bogatell","type":"people_count","unit":"people","component":"bogatell",
             "componentType":"beach","componentDesc":"Platja del Bogatell","location":"41.3947 2.2066",
             "componentAdditionalInfo":{"capacity":"4.500"}},
            {"sensor":"occ-p1","type":"occupied_spots","component":"p1","componentType":"Parking",
             "location":"41.39 2.16, 41.40 2.18","additionalInfo":{"capacity":310}},
            {"sensor":"occ-x","type":"people_count","component":"x","componentType":"square",
             "location":"north","componentAdditionalInfo":{"capacity":"lots"}},
            {"sensor":"","type":"noise"}
        ]}]})"_ba;
        const ParsedPayload parsed = sentilo::parseCatalog(json);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.sensors.size(), 3);
        const SensorInfo &beach = parsed.sensors.at(0);
        QVERIFY(beach.site);
        QCOMPARE(beach.site->code, u"bogatell"_s);
        QCOMPARE(beach.site->name, u"Platja del Bogatell"_s);
        QCOMPARE(beach.site->kind, u"beach"_s);
        QCOMPARE(beach.site->capacity, std::optional<int>(4500));
        QCOMPARE(*beach.lat, 41.3947);
        const SensorInfo &park = parsed.sensors.at(1);
        QCOMPARE(park.site->kind, u"car_park"_s);
        QCOMPARE(park.site->name, u"p1"_s);
        QCOMPARE(park.site->capacity, std::optional<int>(310));
        QVERIFY(std::abs(*park.lat - 41.395) < 1e-9 && std::abs(*park.lon - 2.17) < 1e-9); // mean of a line
        const SensorInfo &square = parsed.sensors.at(2);
        QVERIFY(square.site && !square.site->capacity);
        QVERIFY(!square.lat);
        QCOMPARE(wheres(parsed), (QStringList{u"providers[0].sensors[2].location"_s,
                                              u"providers[0].sensors[2].componentAdditionalInfo.capacity"_s,
                                              u"providers[0].sensors[3].sensor"_s}));
    }

    /** Clean answers take a fast path of their own; anything unusual goes through QJsonDocument.
     *  Both must read the same: an escaped string anywhere sends an answer the slow way, so each
     *  generated answer is read both ways and compared bit for bit. */
    void fastAndSlowPathsAgree()
    {
        quint64 state = 0x9E3779B97F4A7C15ull;
        const auto next = [&state](quint64 n) {
            state ^= state << 13, state ^= state >> 7, state ^= state << 17;
            return state % n;
        };
        const QList<QByteArray> zones = {""_ba, ""_ba, ""_ba, "Z"_ba, "+0100"_ba, "CET"_ba, ".250"_ba};
        const QList<QByteArray> spaces = {""_ba, " "_ba, "\n  "_ba, "\r\n\t"_ba};
        for (int round = 0; round < 200; ++round) {
            const QByteArray sp = spaces.at(int(next(spaces.size())));
            QByteArray json = "{" + sp + "\"sensors\"" + sp + ":" + sp + "[";
            const int sensors = int(next(4));
            for (int s = 0; s < sensors; ++s) {
                json += (s ? "," : "") + sp + "{\"sensor\":\"S" + QByteArray::number(next(1000)) + "\"";
                if (next(3) == 0)
                    json += ",\"location\":\"41.1 2.1\"";
                json += "," + sp + "\"observations\":[";
                const int observations = int(next(5));
                for (int o = 0; o < observations; ++o) {
                    QByteArray value;
                    switch (next(6)) {
                    case 0: value = QByteArray::number(next(100000)); break;
                    case 1: value = QByteArray::number(next(100000)) + "." + QByteArray::number(next(1000000)); break;
                    case 2: value = "-" + QByteArray::number(next(1000)) + ".5"; break;
                    case 3: value = QByteArray::number(next(9) + 1) + "." + QByteArray::number(next(100)) + "e" + QByteArray::number(next(20)); break;
                    case 4: value = "00" + QByteArray::number(next(10)); break;
                    default: value = "0." + QByteArray::number(next(1000000000)); break;
                    }
                    const QByteArray timestamp = sentilo::formatTimestamp(qint64(1'300'000'000 + next(400'000'000))).toLatin1()
                                                 + zones.at(int(next(zones.size())));
                    json += (o ? "," : "") + sp + "{\"value\":\"" + value + "\"," + sp + "\"timestamp\":\"" + timestamp + "\"";
                    if (next(2))
                        json += ",\"time\":" + QByteArray::number(next(2'000'000'000) * 1000);
                    json += "}";
                }
                json += "]}";
            }
            json += "]" + sp + "}" + sp;
            QByteArray slow = json;
            slow.insert(1, "\"note\":\"caf\\u00e9\",");
            const ParsedPayload fast = sentilo::parseProviderData(json, u"p"_s);
            const ParsedPayload reference = sentilo::parseProviderData(slow, u"p"_s);
            QVERIFY2(fast.ok() && reference.ok(), json.constData());
            QVERIFY(fast.problems.isEmpty() && reference.problems.isEmpty());
            QCOMPARE(fast.readings.size(), reference.readings.size());
            for (qsizetype i = 0; i < fast.readings.size(); ++i) {
                QCOMPARE(fast.readings[i].sensor, reference.readings[i].sensor);
                QCOMPARE(fast.readings[i].observedAt, reference.readings[i].observedAt);
                QVERIFY2(fast.readings[i].value == reference.readings[i].value, json.constData()); // bit for bit, not fuzzy
            }
        }
    }

    /** What the fast path must refuse and leave to the slow one, which reports it. */
    void unusualAnswersReadTheSlowWay_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("readings");
        QTest::addColumn<int>("problems");
        QTest::newRow("sensor after observations")
            << R"({"sensors":[{"observations":[{"value":"1","timestamp":"01/06/2026T10:00:00"}],"sensor":"A"}]})"_ba << 1 << 0;
        QTest::newRow("decimal comma") << R"({"sensors":[{"sensor":"A","observations":[{"value":"1,5","timestamp":"01/06/2026T10:00:00"}]}]})"_ba
                                       << 1 << 0;
        QTest::newRow("number value") << R"({"sensors":[{"sensor":"A","observations":[{"value":2,"timestamp":"01/06/2026T10:00:00"}]}]})"_ba
                                      << 1 << 0;
        QTest::newRow("time only") << R"({"sensors":[{"sensor":"A","observations":[{"value":"2","time":1780308000000}]}]})"_ba << 1 << 0;
        QTest::newRow("leading zero in a JSON number")
            << R"({"sensors":[{"sensor":"A","observations":[{"value":"2","timestamp":"01/06/2026T10:00:00","time":01}]}]})"_ba << 0 << 0;
        QTest::newRow("trailing garbage") << R"({"sensors":[]} x)"_ba << 0 << 0;
        QTest::newRow("non-ASCII code") << R"({"sensors":[{"sensor":"Plaça","observations":[{"value":"1","timestamp":"01/06/2026T10:00:00"}]}]})"_ba
                                        << 1 << 0;
        QTest::newRow("bad timestamp") << R"({"sensors":[{"sensor":"A","observations":[{"value":"1","timestamp":"31/06/2026T10:00:00"}]}]})"_ba
                                       << 0 << 1;
        QTest::newRow("value with spaces") << R"({"sensors":[{"sensor":"A","observations":[{"value":" 1 ","timestamp":"01/06/2026T10:00:00"}]}]})"_ba
                                           << 1 << 0;
    }

    void unusualAnswersReadTheSlowWay()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, readings);
        QFETCH(int, problems);
        const ParsedPayload parsed = sentilo::parseProviderData(json, u"p"_s);
        QCOMPARE(parsed.readings.size(), readings);
        QCOMPARE(parsed.problems.size(), problems);
        QCOMPARE(parsed.ok(), !json.contains(" x") && !json.contains(":01}"));
    }

    /** Every prefix of every published payload is read or refused, never a crash; a refused one
     *  gives nothing but the reason. */
    void truncatedPayloadsNeverCrash()
    {
        for (const char *name : {"data__retrieve_provider_sensor_data__1.json", "data__retrieve_sensor_data__1.json",
                                 "catalog__retrieve_authorized_entities__1.json"}) {
            const QByteArray json = fixture(QString::fromLatin1(name));
            for (qsizetype size = 0; size < json.size(); ++size) {
                const QByteArray cut = json.left(size);
                for (const ParsedPayload &parsed : {sentilo::parseProviderData(cut, u"p"_s), sentilo::parseSensorData(cut, u"p"_s, u"s"_s),
                                                    sentilo::parseCatalog(cut)}) {
                    if (!parsed.ok()) {
                        QVERIFY(parsed.readings.isEmpty() && parsed.sensors.isEmpty() && parsed.problems.isEmpty());
                        QVERIFY(parsed.fatal.contains(u"line"_s) || parsed.fatal.contains(u"Sentilo"_s));
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSentiloPayload)
#include "tst_sentilopayload.moc"
