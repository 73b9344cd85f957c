#include "io/serviceexport.h"
#include "io/serviceimport.h"
#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using atalaya::Database;
using atalaya::ServiceExport;
using atalaya::ServiceExportFormat;
using namespace Qt::StringLiterals;

namespace {

QString square(double minLat, double minLon, double maxLat, double maxLon)
{
    return u"{\"type\":\"Polygon\",\"coordinates\":[[[%2,%1],[%4,%1],[%4,%3],[%2,%3],[%2,%1]]]}"_s.arg(minLat).arg(minLon).arg(maxLat).arg(maxLon);
}

const QDateTime kEdited(QDate(2026, 3, 14), QTime(18, 30), QTimeZone::UTC);

} // namespace

/** Service export to GeoJSON and CSV: the shape of each file, and that importing an export into
 *  an empty category gives back the same services. */
class TestServiceExport : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    static constexpr qint64 kCentro = 2, kPc39001 = 3, kPc39002 = 4;
    // Seeded services, by id.
    static constexpr qint64 kCentral = 1, kBare = 2, kPark = 3, kBeach = 4;

    void run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(Database::exec(query), qPrintable(sql));
    }

    void addRegion(qint64 id, const QString &level, const QString &code, double minLat, double minLon, double maxLat, double maxLon)
    {
        run(u"INSERT INTO region (id, level, code, name, geometry, centroid_lat, centroid_lon,"
            " min_lat, min_lon, max_lat, max_lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {id, level, code, code, square(minLat, minLon, maxLat, maxLon), (minLat + maxLat) / 2, (minLon + maxLon) / 2,
             minLat, minLon, maxLat, maxLon});
    }

    void addService(qint64 id, const QVariant &externalId, const QString &name, const QVariant &address, const QVariant &postCode,
                    const QVariant &regionId, double lat, double lon, const QVariant &geometry, const QString &status,
                    const QVariant &hours, const QVariant &capacity, const QVariant &notes)
    {
        run(u"INSERT INTO service_point (id, external_id, category, name, address, post_code, region_id, lat, lon, geometry,"
            " status, opening_hours, capacity, notes, updated_by, updated_at)"
            " VALUES (?, ?, 'source-things', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'marta', ?)"_s,
            {id, externalId, name, address, postCode, regionId, lat, lon, geometry, status, hours, capacity, notes,
             kEdited.toSecsSinceEpoch()});
    }

    /** The fields an import writes, of every service of a category, by name: equal lists mean
     *  the same services. */
    QStringList services(const QString &category)
    {
        QStringList rows;
        QSqlQuery query = m_db.prepare(u"SELECT external_id, name, address, post_code, region_id, lat, lon, geometry, status,"
                                       " opening_hours, capacity, notes FROM service_point WHERE category = ? ORDER BY name"_s);
        query.addBindValue(category);
        if (!Database::exec(query))
            return {};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
            rows.append(values.join(u'|'));
        }
        return rows;
    }

    QList<qint64> allIds() { return {kCentral, kBare, kPark, kBeach}; }

private slots:
    void init()
    {
        QVERIFY(m_db.openInMemory().ok());
        addRegion(1, u"city"_s, u"PC"_s, 38.99, -9.41, 39.02, -9.37);
        addRegion(kCentro, u"neighbourhood"_s, u"CEN"_s, 39.00, -9.40, 39.01, -9.39);
        addRegion(kPc39001, u"postcode"_s, u"39001"_s, 39.00, -9.40, 39.01, -9.39);
        addRegion(kPc39002, u"postcode"_s, u"39002"_s, 39.00, -9.39, 39.01, -9.38);
        run(u"INSERT INTO service_category (slug, name) VALUES ('source-things', 'Source things')"_s);
        const QVariant null;
        addService(kCentral, u"x-1"_s, u"Farmacia \"Central\""_s, u"Calle Mayor, 5"_s, u"39001"_s, kCentro, 39.005123, -9.395001,
                   null, u"limited"_s, u"Mo-Fr 09:00-21:00"_s, 12, u"Guardia\nsábados, 10-14 \"con cita\""_s);
        // Outside every post-code area, so that no post code is filled in on the way back.
        addService(kBare, null, u"Banco"_s, null, null, null, 39.015, -9.375, null, u"closed"_s, null, null, null);
        // An area whose label point is not the polygon's pole of inaccessibility.
        addService(kPark, u"park-1"_s, u"Parque Ñu"_s, u"Ribera"_s, u"39001"_s, kCentro, 39.0025, -9.3975,
                   square(39.002, -9.398, 39.004, -9.396), u"open"_s, u"Mo-Su 07:00-22:00"_s, 300, null);
        addService(kBeach, u"beach-1"_s, u"Playa Doble"_s, null, u"39002"_s, kPc39002, 39.0015, -9.3885,
                   u"{\"type\":\"MultiPolygon\",\"coordinates\":[[[[-9.389,39.001],[-9.388,39.001],[-9.388,39.002],"
                   "[-9.389,39.002],[-9.389,39.001]]],[[[-9.386,39.001],[-9.3855,39.001],[-9.3855,39.0015],"
                   "[-9.386,39.0015],[-9.386,39.001]]]]}"_s,
                   u"open"_s, null, null, u"Acceso por la arena; sin sombra"_s);
    }

    void cleanup() { m_db.close(); }

    void geoJsonShape()
    {
        const QByteArray bytes = atalaya::exportServices(m_db, allIds(), ServiceExportFormat::GeoJson);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(!document.isNull(), qPrintable(error.errorString()));
        const QJsonObject root = document.object();
        QCOMPARE(root.value(u"type"_s).toString(), u"FeatureCollection"_s);
        QVERIFY(!root.contains(u"crs"_s)); // RFC 7946 has no crs member
        const QJsonArray features = root.value(u"features"_s).toArray();
        QCOMPARE(features.size(), 4);
        QCOMPARE(bytes.count('\n'), 6); // one feature per line

        const QJsonObject central = features[0].toObject();
        QCOMPARE(central.value(u"type"_s).toString(), u"Feature"_s);
        QCOMPARE(central.value(u"id"_s).toString(), u"x-1"_s);
        const QJsonObject point = central.value(u"geometry"_s).toObject();
        QCOMPARE(point.value(u"type"_s).toString(), u"Point"_s);
        QCOMPARE(point.value(u"coordinates"_s).toArray()[0].toDouble(), -9.395001); // [lon, lat]
        QCOMPARE(point.value(u"coordinates"_s).toArray()[1].toDouble(), 39.005123);
        const QJsonObject properties = central.value(u"properties"_s).toObject();
        QCOMPARE(properties.value(u"name"_s).toString(), u"Farmacia \"Central\""_s);
        QCOMPARE(properties.value(u"category"_s).toString(), u"source-things"_s);
        QCOMPARE(properties.value(u"address"_s).toString(), u"Calle Mayor, 5"_s);
        QCOMPARE(properties.value(u"post_code"_s).toString(), u"39001"_s);
        QCOMPARE(properties.value(u"status"_s).toString(), u"limited"_s);
        QCOMPARE(properties.value(u"opening_hours"_s).toString(), u"Mo-Fr 09:00-21:00"_s);
        QCOMPARE(properties.value(u"capacity"_s).toInt(), 12);
        QCOMPARE(properties.value(u"notes"_s).toString(), u"Guardia\nsábados, 10-14 \"con cita\""_s);
        QCOMPARE(properties.value(u"external_id"_s).toString(), u"x-1"_s);
        QCOMPARE(properties.value(u"updated_by"_s).toString(), u"marta"_s);
        QCOMPARE(properties.value(u"updated_at"_s).toString(), u"2026-03-14T18:30:00Z"_s);
        QVERIFY(!properties.contains(u"lat"_s)); // a point's position is its geometry

        const QJsonObject bare = features[1].toObject();
        QVERIFY(!bare.contains(u"id"_s));
        const QJsonObject bareProperties = bare.value(u"properties"_s).toObject();
        for (const QString &key : {u"address"_s, u"post_code"_s, u"opening_hours"_s, u"capacity"_s, u"notes"_s, u"external_id"_s})
            QVERIFY2(bareProperties.value(key).isNull(), qPrintable(key));

        const QJsonObject park = features[2].toObject();
        QCOMPARE(park.value(u"geometry"_s).toObject().value(u"type"_s).toString(), u"Polygon"_s);
        QCOMPARE(park.value(u"properties"_s).toObject().value(u"lat"_s).toDouble(), 39.0025);
        QCOMPARE(park.value(u"properties"_s).toObject().value(u"lon"_s).toDouble(), -9.3975);
        QCOMPARE(features[3].toObject().value(u"geometry"_s).toObject().value(u"type"_s).toString(), u"MultiPolygon"_s);
    }

    void csvShape()
    {
        const QByteArray bytes = atalaya::exportServices(m_db, {kCentral, kBare}, ServiceExportFormat::Csv);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.split('\n');
        QCOMPARE(lines[0], QByteArray("external_id,name,category,address,post_code,status,opening_hours,capacity,notes,lat,lon,"
                                      "geometry,updated_by,updated_at\r"));
        // Quotes doubled, commas and line breaks quoted, UTF-8 accents.
        QVERIFY2(bytes.contains("x-1,\"Farmacia \"\"Central\"\"\",source-things,\"Calle Mayor, 5\",39001,limited,"
                                "Mo-Fr 09:00-21:00,12,\"Guardia\ns\xC3\xA1" "bados, 10-14 \"\"con cita\"\"\",39.005123,-9.395001,,"
                                "marta,2026-03-14T18:30:00Z\r\n"),
                 bytes.constData());
        QVERIFY2(bytes.contains("\r\n,Banco,source-things,,,closed,,,,39.015,-9.375,,marta,2026-03-14T18:30:00Z\r\n"),
                 bytes.constData());
    }

    void orderAndUnknownIds()
    {
        const QByteArray bytes = atalaya::exportServices(m_db, {kPark, kCentral, 999, kPark}, ServiceExportFormat::GeoJson);
        const QJsonArray features = QJsonDocument::fromJson(bytes).object().value(u"features"_s).toArray();
        QCOMPARE(features.size(), 2);
        QCOMPARE(features[0].toObject().value(u"id"_s).toString(), u"park-1"_s);
        QCOMPARE(features[1].toObject().value(u"id"_s).toString(), u"x-1"_s);
        const QByteArray empty = atalaya::exportServices(m_db, {}, ServiceExportFormat::GeoJson);
        QCOMPARE(QJsonDocument::fromJson(empty).object().value(u"features"_s).toArray().size(), 0);
        QCOMPARE(atalaya::exportServices(m_db, {}, ServiceExportFormat::Csv).count('\n'), 1);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("GeoJSON") << int(ServiceExportFormat::GeoJson) << u"export.geojson"_s;
        QTest::newRow("CSV") << int(ServiceExportFormat::Csv) << u"export.csv"_s;
    }

    void roundTrip()
    {
        QFETCH(int, format);
        QFETCH(QString, fileName);
        const QByteArray bytes = atalaya::exportServices(m_db, allIds(), ServiceExportFormat(format));
        atalaya::ServiceImportOptions options;
        options.category = u"copies"_s;
        options.actor = u"luis"_s;
        const atalaya::ServiceImportSummary s = atalaya::importServicesData(m_db, bytes, fileName, options);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.inserted, 4);
        QVERIFY2(s.issues.isEmpty() && s.warnings.isEmpty() && s.flagged.isEmpty(), qPrintable(s.toText()));
        const QStringList original = services(u"source-things"_s);
        QCOMPARE(original.size(), 4);
        QCOMPARE(services(u"copies"_s), original);

        // Importing the export over the originals changes nothing.
        options.category = u"source-things"_s;
        const atalaya::ServiceImportSummary again = atalaya::importServicesData(m_db, bytes, fileName, options);
        QVERIFY2(again.ok && again.unchanged == 4 && again.inserted == 0 && again.updated == 0, qPrintable(again.toText()));
        QCOMPARE(services(u"source-things"_s), original);
    }

    void filesAndCategories()
    {
        QCOMPARE(ServiceExport::formatFor(u"/tmp/a.GeoJSON"_s), ServiceExportFormat::GeoJson);
        QCOMPARE(ServiceExport::formatFor(u"a.json"_s), ServiceExportFormat::GeoJson);
        QCOMPARE(ServiceExport::formatFor(u"a.csv"_s), ServiceExportFormat::Csv);
        QVERIFY(!ServiceExport::formatFor(u"a.xlsx"_s));
        QVERIFY(!ServiceExport::formatFor(u"csv"_s));

        run(u"INSERT INTO service_point (category, name, lat, lon, status, updated_by, updated_at)"
            " VALUES ('pharmacies', 'Otra', 39.0, -9.39, 'open', 'x', 0)"_s);
        QCOMPARE(ServiceExport::idsInCategory(m_db, u"source-things"_s), allIds());
        QCOMPARE(ServiceExport::idsInCategory(m_db).size(), 5);
        QVERIFY(ServiceExport::idsInCategory(m_db, u"nothing-here"_s).isEmpty());

        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(u"out.csv"_s);
        QCOMPARE(ServiceExport::writeFile(m_db, allIds(), path, &error), std::optional<int>(4));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), atalaya::exportServices(m_db, allIds(), ServiceExportFormat::Csv));
        QVERIFY(!ServiceExport::writeFile(m_db, allIds(), dir.filePath(u"out.txt"_s), &error));
        QVERIFY2(error.contains(u".geojson, .json or .csv"_s), qPrintable(error));
        QVERIFY(!ServiceExport::writeFile(m_db, allIds(), dir.filePath(u"missing/out.csv"_s), &error));
        QVERIFY2(error.contains(u"Cannot write"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServiceExport)
#include "tst_serviceexport.moc"
