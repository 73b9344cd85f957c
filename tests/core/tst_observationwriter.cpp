#include "feeds/ngsi.h"
#include "feeds/observationwriter.h"
#include "feeds/sentilo.h"
#include "store/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <random>

using atalaya::Database;
using namespace atalaya::feeds;
using namespace Qt::StringLiterals;

/** The observation writer against a real store, in memory and in a WAL file as the app opens
 *  it: batches, duplicates, order, unknown sensors, all-or-nothing, and sensors and sites from
 *  catalogues and entities. */
class TestObservationWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db->prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!Database::exec(query) || !query.next())
            return {};
        return query.value(0);
    }

    bool run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db->prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return Database::exec(query);
    }

    qint64 sensorId(const QString &provider, const QString &code)
    {
        const QVariant id = scalar(u"SELECT id FROM sensor WHERE provider = ? AND code = ?"_s, {provider, code});
        return id.isValid() ? id.toLongLong() : -1;
    }

    /** "instant=value" of one sensor, in time order as a panel reads them. */
    QStringList series(const QString &provider, const QString &code)
    {
        QSqlQuery query = m_db->prepare(
            u"SELECT o.observed_at, o.value FROM observation o JOIN sensor s ON s.id = o.sensor_id"
            " WHERE s.provider = ? AND s.code = ? ORDER BY o.observed_at"_s);
        query.addBindValue(provider);
        query.addBindValue(code);
        QStringList out;
        if (!Database::exec(query))
            return {u"<query failed>"_s};
        while (query.next())
            out.append(u"%1=%2"_s.arg(query.value(0).toLongLong()).arg(query.value(1).toDouble()));
        return out;
    }

    static QByteArray fixture(const QString &path)
    {
        QFile file(QFINDTESTDATA(u"../data/formats/"_s + path));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("fixture %s not found", qPrintable(path));
        return file.readAll();
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("onDisk");
        QTest::newRow("in memory") << false;
        QTest::newRow("WAL file") << true;
    }

    void init()
    {
        QFETCH_GLOBAL(bool, onDisk);
        m_db = std::make_unique<Database>();
        if (onDisk) {
            m_dir = std::make_unique<QTemporaryDir>();
            QVERIFY(m_dir->isValid());
            const auto opened = m_db->open(m_dir->filePath(u"store.db"_s));
            QVERIFY2(opened.ok(), qPrintable(opened.message));
        } else {
            const auto opened = m_db->openInMemory();
            QVERIFY2(opened.ok(), qPrintable(opened.message));
        }
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void writesAndRegistersUnknownSensors()
    {
        ObservationWriter writer(*m_db);
        writer.setDefaultType(u"feedA"_s, u"people_count"_s);
        const auto result = writer.write({{u"feedA"_s, u"s1"_s, 100, 1.5},
                                          {u"feedA"_s, u"s2"_s, 100, 2.5},
                                          {u"feedB"_s, u"s1"_s, 100, 3.5}});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.stored, 3);
        QCOMPARE(result.duplicates, 0);
        QCOMPARE(result.newSensors, 3);
        QCOMPARE(scalar(u"SELECT type FROM sensor WHERE provider = 'feedA' AND code = 's2'"_s).toString(), u"people_count"_s);
        QCOMPARE(scalar(u"SELECT type FROM sensor WHERE provider = 'feedB'"_s).toString(), u"unknown"_s);
        QCOMPARE(scalar(u"SELECT component FROM sensor WHERE provider = 'feedB'"_s).toString(), u"s1"_s);

        // Known now: no new sensors, and the cache and the store agree.
        const auto again = writer.write({{u"feedA"_s, u"s1"_s, 160, 4}});
        QCOMPARE(again.newSensors, 0);
        QCOMPARE(again.stored, 1);
        QCOMPARE(series(u"feedA"_s, u"s1"_s), (QStringList{u"100=1.5"_s, u"160=4"_s}));
        QCOMPARE(writer.write({}).stored, 0);
    }

    void duplicatesAreStoredOnceAndCounted()
    {
        ObservationWriter writer(*m_db);
        const QList<SensorReading> batch = {{u"p"_s, u"a"_s, 60, 10}, {u"p"_s, u"a"_s, 120, 20},
                                            {u"p"_s, u"a"_s, 60, 99}, // same instant again: the first received wins
                                            {u"p"_s, u"b"_s, 60, 30}};
        auto result = writer.write(batch);
        QVERIFY(result.ok());
        QCOMPARE(result.stored, 3);
        QCOMPARE(result.duplicates, 1);
        QCOMPARE(series(u"p"_s, u"a"_s), (QStringList{u"60=10"_s, u"120=20"_s}));

        // The same payload fetched again after a reconnection.
        result = writer.write(batch);
        QVERIFY(result.ok());
        QCOMPARE(result.stored, 0);
        QCOMPARE(result.duplicates, 4);
        QCOMPARE(scalar(u"SELECT count(*) FROM observation"_s).toInt(), 3);
    }

    void outOfOrderReadsBackInTimeOrder()
    {
        ObservationWriter writer(*m_db);
        QVERIFY(writer.write({{u"p"_s, u"a"_s, 500, 5}, {u"p"_s, u"a"_s, 100, 1}, {u"p"_s, u"a"_s, 300, 3}}).ok());
        // A late batch filling the gaps, as a catch-up after an outage brings it.
        QVERIFY(writer.write({{u"p"_s, u"a"_s, 400, 4}, {u"p"_s, u"a"_s, 200, 2}, {u"p"_s, u"a"_s, 600, 6}}).ok());
        QCOMPARE(series(u"p"_s, u"a"_s),
                 (QStringList{u"100=1"_s, u"200=2"_s, u"300=3"_s, u"400=4"_s, u"500=5"_s, u"600=6"_s}));
    }

    /** Batches of every size the multi-row statements split into, shuffled: each reading lands
     *  once with its own value. */
    void batchesOfEverySize()
    {
        ObservationWriter writer(*m_db);
        std::mt19937 random(7);
        qint64 base = 1'000'000;
        QStringList expected;
        for (const int size : {1, 2, 3, 255, 256, 257, 511, 1000, 5000}) {
            QList<SensorReading> batch;
            for (int i = 0; i < size; ++i) {
                const double value = double(random() % 100000) / 8.0;
                batch.append({u"p"_s, u"s%1"_s.arg(i % 7), base + (i / 7) * 60, value});
                expected.append(u"s%1@%2=%3"_s.arg(i % 7).arg(base + (i / 7) * 60).arg(value));
            }
            std::shuffle(batch.begin(), batch.end(), random);
            const auto result = writer.write(batch);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.stored, size);
            QCOMPARE(result.duplicates, 0);
            base += 1'000'000;
        }
        // Every reading under its own sensor and instant with its own value.
        QSqlQuery all = m_db->prepare(u"SELECT s.code, o.observed_at, o.value FROM observation o"
                                      " JOIN sensor s ON s.id = o.sensor_id"_s);
        QVERIFY(Database::exec(all));
        QStringList stored;
        while (all.next())
            stored.append(u"%1@%2=%3"_s.arg(all.value(0).toString()).arg(all.value(1).toLongLong()).arg(all.value(2).toDouble()));
        expected.sort();
        stored.sort();
        QCOMPARE(stored, expected);
    }

    void refusedBatchWritesNothing()
    {
        ObservationWriter writer(*m_db);
        QVERIFY(writer.write({{u"p"_s, u"old"_s, 60, 1}}).ok());
        // A store that refuses a row, as a full disk or a constraint would.
        QVERIFY(run(u"CREATE TRIGGER refuse_negative BEFORE INSERT ON observation WHEN NEW.value < 0"
                    " BEGIN SELECT RAISE(ABORT, 'negative values are refused'); END"_s));
        QList<SensorReading> batch;
        for (int i = 0; i < 600; ++i)
            batch.append({u"p"_s, u"new"_s, 1000 + i, double(i)});
        batch.append({u"p"_s, u"old"_s, 120, -1});
        const auto result = writer.write(batch);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"negative values are refused"_s), qPrintable(result.error));
        QCOMPARE(result.stored, 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM observation"_s).toInt(), 1);
        QCOMPARE(sensorId(u"p"_s, u"new"_s), -1); // registered inside the batch, rolled back with it

        // The writer forgot the rolled-back sensor: the next batch registers it again.
        batch.removeLast();
        const auto retry = writer.write(batch);
        QVERIFY2(retry.ok(), qPrintable(retry.error));
        QCOMPARE(retry.stored, 600);
        QCOMPARE(retry.newSensors, 1);
        QVERIFY(sensorId(u"p"_s, u"new"_s) > 0);
    }

    void registersSitesFromEntities()
    {
        ObservationWriter writer(*m_db);
        ngsi::Options options;
        options.service = u"porto"_s;
        options.receivedAt = 1'700'000'000;
        const ParsedPayload parking = ngsi::parseEntities(fixture(u"fiware/OffStreetParking_example.json"_s), options);
        QVERIFY(parking.ok());
        auto result = writer.registerSensors(parking.sensors);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.newSensors, 1);
        QCOMPARE(result.newSites, 1);
        QCOMPARE(result.stored, 1);

        QSqlQuery site = m_db->prepare(
            u"SELECT id, name, kind, capacity, amber_threshold, red_threshold, closed_threshold, lat, lon FROM site WHERE code = ?"_s);
        site.addBindValue(u"porto-ParkingLot-23889"_s);
        QVERIFY(Database::exec(site) && site.next());
        const qint64 siteId = site.value(0).toLongLong();
        QCOMPARE(site.value(1).toString(), u"Parque de estacionamento Trindade"_s);
        QCOMPARE(site.value(2).toString(), u"car_park"_s);
        QCOMPARE(site.value(3).toInt(), 414);
        QCOMPARE(site.value(4).toDouble(), 0.40);
        QCOMPARE(site.value(5).toDouble(), 0.60);
        QCOMPARE(site.value(6).toDouble(), 0.80);
        QCOMPARE(site.value(7).toDouble(), 41.150691773);
        QCOMPARE(site.value(8).toDouble(), -8.60961198807);
        site.finish();
        const QString code = u"porto-ParkingLot-23889#occupiedSpotNumber"_s;
        QCOMPARE(scalar(u"SELECT site_id FROM sensor WHERE code = ?"_s, {code}).toLongLong(), siteId);
        QCOMPARE(scalar(u"SELECT type || '/' || unit || '/' || component FROM sensor WHERE code = ?"_s, {code}).toString(),
                 u"occupied_spots/spots/porto-ParkingLot-23889"_s);

        // Readings of the registered sensor go under its id; no sensor is added.
        result = writer.write(parking.readings);
        QCOMPARE(result.newSensors, 0);
        QCOMPARE(result.stored, 1);

        // The car park grows and is renamed; a coordinator had tuned its amber line.
        QVERIFY(run(u"UPDATE site SET amber_threshold = 0.5 WHERE id = ?"_s, {siteId}));
        QByteArray changed = fixture(u"fiware/OffStreetParking_example.json"_s);
        changed.replace("\"totalSpotNumber\": 414", "\"totalSpotNumber\": 500")
            .replace("Parque de estacionamento Trindade", "Parque Trindade");
        result = writer.registerSensors(ngsi::parseEntities(changed, options).sensors);
        QVERIFY(result.ok());
        QCOMPARE(result.newSensors, 0);
        QCOMPARE(result.newSites, 0);
        QCOMPARE(result.stored, 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM site"_s).toInt(), 1);
        QCOMPARE(scalar(u"SELECT capacity || '/' || name || '/' || amber_threshold || '/' || kind FROM site"_s).toString(),
                 u"500/Parque Trindade/0.5/car_park"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM sensor"_s).toInt(), 1);

        // A beach without a capacity: the sensor alone, no site row.
        const ParsedPayload beach = ngsi::parseEntities(fixture(u"fiware/Beach_example.json"_s), options);
        result = writer.registerSensors(beach.sensors);
        QVERIFY(result.ok());
        QCOMPARE(result.newSensors, 1);
        QCOMPARE(result.newSites, 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM site"_s).toInt(), 1);
        QVERIFY(scalar(u"SELECT site_id FROM sensor WHERE code = 'Beach-A-Concha-123456#occupationRate'"_s).isNull());
        QCOMPARE(scalar(u"SELECT lat FROM sensor WHERE code = 'Beach-A-Concha-123456#occupationRate'"_s).toDouble(),
                 42.60214472222222);
    }

    void registersSentiloComponents()
    {
        ObservationWriter writer(*m_db);
        // A site the city already has (the demo city's, a planner's): a hint without capacity
        // links to it, names and places it as the catalogue does, and keeps its capacity.
        QVERIFY(run(u"INSERT INTO site (code, name, kind, lat, lon, capacity, amber_threshold, red_threshold)"
                    " VALUES ('bogatell', 'Bogatell', 'beach', 41.39, 2.20, 3000, 0.4, 0.6)"_s));
        const QByteArray catalog = R"({"providers":[{"provider":"bcn","sensors":[
            {"sensor":"occ-bogatell","type":"people_count","unit":"people","component":"bogatell",
             "componentType":"beach","componentDesc":"Platja del Bogatell","location":"41.3947 2.2066"},
            {"sensor":"occ-mercat","type":"people_count","component":"mercat","componentType":"market",
             "componentDesc":"Mercat de Sant Antoni","location":"41.3789 2.1622",
             "componentAdditionalInfo":{"capacity":"1200"}},
            {"sensor":"occ-mercat-2","type":"people_count","component":"mercat","componentType":"market",
             "componentDesc":"Mercat de Sant Antoni","componentAdditionalInfo":{"capacity":"1200"}},
            {"sensor":"occ-nowhere","type":"people_count","component":"nowhere","componentType":"square",
             "componentAdditionalInfo":{"capacity":"50"}},
            {"sensor":"noise-1","type":"noise","unit":"dBA","component":"n1","componentType":"generic"}
        ]}]})"_ba;
        const ParsedPayload parsed = sentilo::parseCatalog(catalog);
        QVERIFY(parsed.ok());
        const auto result = writer.registerSensors(parsed.sensors);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.newSensors, 5);
        QCOMPARE(result.newSites, 1); // mercat; nowhere has no location
        const qint64 bogatell = scalar(u"SELECT id FROM site WHERE code = 'bogatell'"_s).toLongLong();
        QCOMPARE(scalar(u"SELECT site_id FROM sensor WHERE code = 'occ-bogatell'"_s).toLongLong(), bogatell);
        QCOMPARE(scalar(u"SELECT capacity || '/' || name || '/' || lat FROM site WHERE code = 'bogatell'"_s).toString(),
                 u"3000/Platja del Bogatell/41.3947"_s);
        const qint64 mercat = scalar(u"SELECT id FROM site WHERE code = 'mercat'"_s).toLongLong();
        QVERIFY(mercat > 0);
        QCOMPARE(scalar(u"SELECT kind || '/' || capacity FROM site WHERE id = ?"_s, {mercat}).toString(), u"market/1200"_s);
        // The second sensor of the component joins the site the first one created.
        QCOMPARE(scalar(u"SELECT site_id FROM sensor WHERE code = 'occ-mercat-2'"_s).toLongLong(), mercat);
        QVERIFY(scalar(u"SELECT site_id FROM sensor WHERE code = 'occ-nowhere'"_s).isNull());
        QCOMPARE(scalar(u"SELECT count(*) FROM site WHERE code = 'nowhere'"_s).toInt(), 0);
        QVERIFY(scalar(u"SELECT site_id FROM sensor WHERE code = 'noise-1'"_s).isNull());
        QCOMPARE(scalar(u"SELECT unit FROM sensor WHERE code = 'noise-1'"_s).toString(), u"dBA"_s);
    }

    void refusedRegistrationWritesNothing()
    {
        ObservationWriter writer(*m_db);
        SensorInfo good{u"p"_s, u"a"_s, u"c"_s, u"people_count"_s, {}, 41.0, 2.0, std::nullopt};
        SensorInfo bad{u"p"_s, QString(), u"c"_s, u"people_count"_s, {}, {}, {}, std::nullopt};
        const auto result = writer.registerSensors({good, bad});
        QVERIFY(!result.ok());
        QCOMPARE(scalar(u"SELECT count(*) FROM sensor"_s).toInt(), 0);
    }

    void latestByProvider()
    {
        ObservationWriter writer(*m_db);
        QVERIFY(writer.write({{u"p"_s, u"a"_s, 300, 1}, {u"p"_s, u"a"_s, 100, 1}, {u"p"_s, u"b"_s, 200, 1},
                              {u"q"_s, u"a"_s, 900, 1}})
                    .ok());
        QVERIFY(writer.registerSensors({SensorInfo{u"p"_s, u"silent"_s, u"c"_s, u"people_count"_s, {}, {}, {}, std::nullopt}})
                    .ok());
        const QHash<QString, qint64> latest = writer.latestByProvider(u"p"_s);
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.value(u"a"_s), 300);
        QCOMPARE(latest.value(u"b"_s), 200);
        QVERIFY(writer.latestByProvider(u"nobody"_s).isEmpty());
    }

    /** A published Sentilo answer, parsed and written twice (a poll repeated after a timeout). */
    void sentiloAnswerEndToEnd()
    {
        ObservationWriter writer(*m_db);
        const ParsedPayload parsed = sentilo::parseProviderData(fixture(u"sentilo/data__retrieve_provider_sensor_data__1.json"_s),
                                                                u"bcn"_s);
        QVERIFY(parsed.ok());
        auto result = writer.write(parsed.readings);
        QCOMPARE(result.stored, 3);
        QCOMPARE(result.newSensors, 2);
        result = writer.write(parsed.readings);
        QCOMPARE(result.stored, 0);
        QCOMPARE(result.duplicates, 3);
        QCOMPARE(series(u"bcn"_s, u"RE0012"_s), (QStringList{u"1347260700=1.2"_s, u"1347271500=1"_s}));
    }
};

QTEST_GUILESS_MAIN(TestObservationWriter)
#include "tst_observationwriter.moc"
