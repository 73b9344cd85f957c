#include "feeds/mappedpayload.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace atalaya::feeds;
using namespace Qt::StringLiterals;

namespace {

qint64 utc(int year, int month, int day, int hour, int minute, int second = 0)
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

QString reading(const QString &sensor, qint64 at, double value)
{
    return u"feed/%1@%2=%3"_s.arg(sensor).arg(at).arg(value, 0, 'g', 17);
}

QStringList wheres(const ParsedPayload &payload)
{
    QStringList out;
    for (const PayloadProblem &p : payload.problems)
        out.append(p.where);
    return out;
}

const qint64 kReceived = utc(2026, 7, 1, 10, 0);

} // namespace

/** Generic HTTP and file feeds: JSON records found by path, CSV as portals write it, GeoJSON
 *  points; each record a reading, each bad record a problem naming where. */
class TestMappedPayload : public QObject
{
    Q_OBJECT

private slots:
    void jsonWithPaths()
    {
        FieldMapping m;
        m.recordsPath = u"data.items"_s;
        m.sensorField = u"station.code"_s;
        m.valueField = u"counts.people"_s;
        m.timeField = u"at"_s;
        m.latField = u"station.lat"_s;
        m.lonField = u"station.lon"_s;
        m.defaultUnit = u"people"_s;
        const QByteArray json = R"({"data":{"items":[
            {"station":{"code":"E1","lat":41.38,"lon":2.17},"counts":{"people":120},"at":"2026-07-01T09:00:00Z"},
            {"station":{"code":"E2"},"counts":{"people":"n/a"},"at":"2026-07-01T09:00:00Z"},
            {"station":{"code":"E2"},"counts":{"people":"35,5"},"at":"2026-07-01T11:00:00+02:00"},
            {"counts":{"people":3},"at":"2026-07-01T09:00:00Z"},
            {"station":{"code":"E1"},"counts":{"people":121},"at":"ayer"},
            "x",
            {"station":{"code":"E1"},"counts":{"people":122},"at":"2026-07-01T09:05:00Z"}
        ]}})"_ba;
        const ParsedPayload parsed = parseMapped(json, m, u"feed"_s, kReceived);
        QVERIFY2(parsed.ok(), qPrintable(parsed.fatal));
        QCOMPARE(shown(parsed.readings), (QStringList{reading(u"E1"_s, utc(2026, 7, 1, 9, 0), 120),
                                                      reading(u"E2"_s, utc(2026, 7, 1, 9, 0), 35.5),
                                                      reading(u"E1"_s, utc(2026, 7, 1, 9, 5), 122)}));
        QCOMPARE(wheres(parsed), (QStringList{u"data.items[1].counts.people"_s, u"data.items[3].station.code"_s,
                                              u"data.items[4].at"_s, u"data.items[5]"_s}));
        QVERIFY(parsed.problems.at(0).what.contains(u"n/a"_s));
        QVERIFY(parsed.problems.at(2).what.contains(u"ayer"_s));
        QCOMPARE(parsed.sensors.size(), 2);
        QCOMPARE(parsed.sensors.at(0).code, u"E1"_s);
        QCOMPARE(parsed.sensors.at(0).type, u"people_count"_s);
        QCOMPARE(parsed.sensors.at(0).unit, u"people"_s);
        QCOMPARE(parsed.sensors.at(0).lat, std::optional<double>(41.38));
        QCOMPARE(parsed.sensors.at(0).lon, std::optional<double>(2.17));
        QVERIFY(!parsed.sensors.at(1).lat);
    }

    void timeFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("time");
        QTest::addColumn<qint64>("expected"); // 0: a problem
        QTest::newRow("iso") << u"iso"_s << "\"2026-07-01T09:00:00Z\""_ba << utc(2026, 7, 1, 9, 0);
        QTest::newRow("iso by default") << QString() << "\"2026-07-01T09:00:00\""_ba << utc(2026, 7, 1, 9, 0);
        QTest::newRow("epoch seconds") << u"epoch_s"_s << "1782896400"_ba << qint64(1782896400);
        QTest::newRow("epoch seconds as text") << u"epoch_s"_s << "\"1782896400\""_ba << qint64(1782896400);
        QTest::newRow("epoch milliseconds") << u"epoch_ms"_s << "1782896400123"_ba << qint64(1782896400);
        QTest::newRow("sentilo") << u"sentilo"_s << "\"01/07/2026T09:00:00\""_ba << utc(2026, 7, 1, 9, 0);
        QTest::newRow("own format, UTC") << u"dd/MM/yyyy HH:mm"_s << "\"01/07/2026 09:00\""_ba << utc(2026, 7, 1, 9, 0);
        QTest::newRow("own format with offset") << u"yyyyMMddHHmmt"_s << "\"202607011100+02:00\""_ba
                                                << utc(2026, 7, 1, 9, 0);
        QTest::newRow("not iso") << u"iso"_s << "\"01/07/2026\""_ba << qint64(0);
        QTest::newRow("negative epoch") << u"epoch_s"_s << "-5"_ba << qint64(0);
        QTest::newRow("not the own format") << u"dd/MM/yyyy HH:mm"_s << "\"2026-07-01 09:00\""_ba << qint64(0);
    }

    void timeFormats()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, time);
        QFETCH(qint64, expected);
        FieldMapping m;
        m.sensorField = u"s"_s;
        m.valueField = u"v"_s;
        m.timeField = u"t"_s;
        m.timeFormat = format;
        const ParsedPayload parsed = parseMapped(R"([{"s":"A","v":1,"t":)" + time + "}]", m, u"feed"_s, kReceived);
        QVERIFY(parsed.ok());
        if (expected == 0) {
            QCOMPARE(wheres(parsed), QStringList{u"[0].t"_s});
            QVERIFY(parsed.readings.isEmpty());
        } else {
            QCOMPARE(wheres(parsed), QStringList());
            QCOMPARE(shown(parsed.readings), QStringList{reading(u"A"_s, expected, 1)});
        }
    }

    void noTimeFieldIsReceivedTime()
    {
        FieldMapping m;
        m.sensorField = u"s"_s;
        m.valueField = u"v"_s;
        m.typeField = u"kind"_s;
        m.unitField = u"u"_s;
        const ParsedPayload parsed = parseMapped(R"({"s":"A","v":7,"kind":"occupied_spots","u":"spots"})", m, u"feed"_s,
                                                 kReceived);
        QCOMPARE(shown(parsed.readings), QStringList{reading(u"A"_s, kReceived, 7)}); // one object: one record
        QCOMPARE(parsed.sensors.first().type, u"occupied_spots"_s);
        QCOMPARE(parsed.sensors.first().unit, u"spots"_s);
    }

    void csvDialects_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("readings");
        QTest::addColumn<QStringList>("problemsAt");
        QTest::newRow("comma, UTF-8")
            << "sensor,people,time\nPlaça Reial,120,2026-07-01T09:00:00Z\nMercat,abc,2026-07-01T09:00:00Z\n"
               "Mercat,80.5,2026-07-01T09:00:00Z\n"_ba
            << QStringList{reading(u"Plaça Reial"_s, utc(2026, 7, 1, 9, 0), 120), reading(u"Mercat"_s, utc(2026, 7, 1, 9, 0), 80.5)}
            << QStringList{u"line 3, column people"_s};
        QTest::newRow("semicolon, decimal comma, Latin-1")
            << "Sensor;People;Time\r\nPla\xE7" "a Reial;120,5;2026-07-01T09:00:00Z\r\n;3;2026-07-01T09:00:00Z\r\n"
               "Mercat;1.234,5;2026-07-01T09:05:00Z\r\n"_ba
            << QStringList{reading(u"Plaça Reial"_s, utc(2026, 7, 1, 9, 0), 120.5),
                           reading(u"Mercat"_s, utc(2026, 7, 1, 9, 5), 1234.5)}
            << QStringList{u"line 3, column sensor"_s};
        QTest::newRow("quoted, missing time")
            << "\"sensor\",\"people\",\"time\"\n\"A\",\"5\",\"\"\n\"B\",\"6\",\"2026-07-01T09:00:00Z\"\n"_ba
            << QStringList{reading(u"B"_s, utc(2026, 7, 1, 9, 0), 6)} << QStringList{u"line 2, column time"_s};
    }

    void csvDialects()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, readings);
        QFETCH(QStringList, problemsAt);
        FieldMapping m;
        m.format = FieldMapping::Format::Csv;
        m.sensorField = u"sensor"_s;
        m.valueField = u"people"_s;
        m.timeField = u"time"_s;
        const ParsedPayload parsed = parseMapped(csv, m, u"feed"_s, kReceived);
        QVERIFY2(parsed.ok(), qPrintable(parsed.fatal));
        QCOMPARE(shown(parsed.readings), readings);
        QCOMPARE(wheres(parsed), problemsAt);
    }

    void csvRefused()
    {
        FieldMapping m;
        m.format = FieldMapping::Format::Csv;
        m.sensorField = u"sensor"_s;
        m.valueField = u"people"_s;
        ParsedPayload parsed = parseMapped("sensor,count\nA,1\n"_ba, m, u"feed"_s, kReceived);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.fatal.contains(u"people"_s) && parsed.fatal.contains(u"count"_s), qPrintable(parsed.fatal));
        QVERIFY(parsed.readings.isEmpty());

        parsed = parseMapped("sensor,people\n\"A,1\n"_ba, m, u"feed"_s, kReceived);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.fatal.contains(u"line 2"_s), qPrintable(parsed.fatal));

        parsed = parseMapped(QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11), m, u"feed"_s, kReceived);
        QVERIFY(!parsed.ok());
    }

    void geoJson()
    {
        FieldMapping m;
        m.format = FieldMapping::Format::GeoJson;
        m.sensorField = u"id"_s;
        m.valueField = u"ocupacion"_s;
        m.timeField = u"fecha"_s;
        const QByteArray json = R"({"type":"FeatureCollection","features":[
            {"type":"Feature","id":"playa-1","geometry":{"type":"Point","coordinates":[-8.41,43.37]},
             "properties":{"ocupacion":350,"fecha":"2026-07-01T09:00:00Z"}},
            {"type":"Feature","geometry":{"type":"Point","coordinates":[-8.40,43.36]},
             "properties":{"id":"playa-2","ocupacion":"mucha","fecha":"2026-07-01T09:00:00Z"}},
            {"type":"Feature","geometry":{"type":"Point","coordinates":[-8.39,43.35]},
             "properties":{"id":"playa-3","ocupacion":"12","fecha":"2026-07-01T09:00:00Z"}},
            {"type":"Feature","geometry":{"type":"Point","coordinates":[243.35,-8.39]},
             "properties":{"id":"playa-4","ocupacion":1,"fecha":"2026-07-01T09:00:00Z"}}
        ]})"_ba;
        const ParsedPayload parsed = parseMapped(json, m, u"feed"_s, kReceived);
        QVERIFY2(parsed.ok(), qPrintable(parsed.fatal));
        QCOMPARE(shown(parsed.readings), (QStringList{reading(u"playa-1"_s, utc(2026, 7, 1, 9, 0), 350),
                                                      reading(u"playa-3"_s, utc(2026, 7, 1, 9, 0), 12),
                                                      reading(u"playa-4"_s, utc(2026, 7, 1, 9, 0), 1)}));
        QCOMPARE(wheres(parsed), (QStringList{u"features[1].properties.ocupacion"_s, u"features[3].geometry"_s}));
        QCOMPARE(parsed.sensors.size(), 3);
        QCOMPARE(parsed.sensors.at(0).lat, std::optional<double>(43.37));
        QCOMPARE(parsed.sensors.at(0).lon, std::optional<double>(-8.41));
        QVERIFY(!parsed.sensors.at(2).lat);

        const ParsedPayload notGeo = parseMapped(R"({"type":"Point","coordinates":[1,2]})", m, u"feed"_s, kReceived);
        QVERIFY(!notGeo.ok());
        QVERIFY(notGeo.fatal.contains(u"FeatureCollection"_s));
    }

    void brokenJson()
    {
        FieldMapping m;
        m.sensorField = u"s"_s;
        m.valueField = u"v"_s;
        m.recordsPath = u"rows"_s;
        ParsedPayload parsed = parseMapped("{\"rows\":[\n  {\"s\":\"A\",\"v\":1},\n  {\"s\":\"B\" \"v\":2}\n]}"_ba, m, u"feed"_s,
                                           kReceived);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.fatal.contains(u"line 3"_s), qPrintable(parsed.fatal));
        QVERIFY(parsed.readings.isEmpty() && parsed.sensors.isEmpty());

        parsed = parseMapped(R"({"items":[]})", m, u"feed"_s, kReceived);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.fatal.contains(u"rows"_s));

        m.valueField.clear();
        parsed = parseMapped(R"({"rows":[]})", m, u"feed"_s, kReceived);
        QVERIFY(!parsed.ok());
    }
};

QTEST_GUILESS_MAIN(TestMappedPayload)
#include "tst_mappedpayload.moc"
