#include "io/serviceimport.h"
#include "services/servicestore.h"
#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using atalaya::Database;
using atalaya::ServiceImportIssue;
using atalaya::ServiceImportOptions;
using atalaya::ServiceImportSummary;
using namespace Qt::StringLiterals;

namespace {

QString square(double minLat, double minLon, double maxLat, double maxLon)
{
    return u"{\"type\":\"Polygon\",\"coordinates\":[[[%2,%1],[%4,%1],[%4,%3],[%2,%3],[%2,%1]]]}"_s.arg(minLat).arg(minLon).arg(maxLat).arg(maxLon);
}

const QDateTime kFirst(QDate(2026, 3, 15), QTime(9, 0), QTimeZone::UTC);
const QDateTime kSecond(QDate(2026, 3, 16), QTime(9, 0), QTimeZone::UTC);

} // namespace

/** Service import from CSV dialects, GeoJSON and FIWARE: what is stored, skipped, left out and
 *  flagged and why, that refused files change nothing, and that re-imports update in place. */
class TestServiceImport : public QObject
{
    Q_OBJECT

private:
    Database m_db;

    // Puerto Claro: a city box; neighbourhood Centro over post code 39001 (west of lon -9.39);
    // post code 39002 east of it, in no neighbourhood.
    static constexpr qint64 kCity = 1, kCentro = 2, kPc39001 = 3, kPc39002 = 4;

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

    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!Database::exec(query) || !query.next())
            return {};
        return query.value(0);
    }

    /** One stored column of the service with this name, "NULL" for NULL, "<none>" without a row. */
    QString column(const QString &name, const QString &columnName)
    {
        QSqlQuery query = m_db.prepare(u"SELECT %1 FROM service_point WHERE name = ?"_s.arg(columnName));
        query.addBindValue(name);
        if (!Database::exec(query) || !query.next())
            return u"<none>"_s;
        return query.value(0).isNull() ? u"NULL"_s : query.value(0).toString();
    }

    /** Every row of the tables an import writes, as text: equal dumps mean nothing changed. */
    QString dump()
    {
        QStringList lines;
        for (const QString &sql : {u"SELECT * FROM service_point ORDER BY id"_s, u"SELECT * FROM service_category ORDER BY slug"_s,
                                   u"SELECT * FROM audit_log ORDER BY id"_s}) {
            QSqlQuery query = m_db.prepare(sql);
            if (!Database::exec(query))
                return {};
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i) {
                    const QVariant value = query.value(i);
                    values.append(value.isNull() ? u"NULL"_s : value.toString());
                }
                lines.append(values.join(u'|'));
            }
        }
        return lines.join(u'\n');
    }

    static ServiceImportOptions into(const QString &category, const QDateTime &at = kFirst, const QString &actor = u"ana"_s)
    {
        ServiceImportOptions options;
        options.category = category;
        options.actor = actor;
        options.at = at;
        return options;
    }

    ServiceImportSummary importFixture(const QString &name, const ServiceImportOptions &options)
    {
        const QString path = QFINDTESTDATA(u"../data/services/"_s + name);
        if (path.isEmpty())
            qWarning("fixture %s not found", qPrintable(name));
        return checked(atalaya::importServicesFile(m_db, path, options));
    }

    ServiceImportSummary importText(const QByteArray &data, const QString &fileName, const ServiceImportOptions &options)
    {
        return checked(atalaya::importServicesData(m_db, data, fileName, options));
    }

    /** The bookkeeping every summary keeps. */
    static ServiceImportSummary checked(const ServiceImportSummary &s)
    {
        if (s.ok && s.rowsRead != s.inserted + s.updated + s.unchanged + s.skipped)
            qWarning("summary does not add up:\n%s", qPrintable(s.toText()));
        if (s.ok && s.issues.size() != s.skipped)
            qWarning("one issue per skipped row expected:\n%s", qPrintable(s.toText()));
        return s;
    }

    static bool addsUp(const ServiceImportSummary &s)
    {
        return s.rowsRead == s.inserted + s.updated + s.unchanged + s.skipped && s.issues.size() == s.skipped;
    }

    static bool has(const QList<ServiceImportIssue> &list, const ServiceImportSummary &s, int row, const QString &field,
                    const QString &reasonPart)
    {
        for (const ServiceImportIssue &issue : list) {
            if (issue.row == row && issue.field == field && issue.reason.contains(reasonPart))
                return true;
        }
        qWarning("no entry (%d, %s, ...%s...) in:\n%s", row, qPrintable(field), qPrintable(reasonPart), qPrintable(s.toText()));
        return false;
    }

    static bool hasNote(const ServiceImportSummary &s, const QString &part)
    {
        if (std::any_of(s.notes.cbegin(), s.notes.cend(), [&](const QString &note) { return note.contains(part); }))
            return true;
        qWarning("no note with %s in:\n%s", qPrintable(part), qPrintable(s.toText()));
        return false;
    }

private slots:
    void init()
    {
        QVERIFY(m_db.openInMemory().ok());
        addRegion(kCity, u"city"_s, u"PC"_s, 38.99, -9.41, 39.02, -9.37);
        addRegion(kCentro, u"neighbourhood"_s, u"CEN"_s, 39.00, -9.40, 39.01, -9.39);
        addRegion(kPc39001, u"postcode"_s, u"39001"_s, 39.00, -9.40, 39.01, -9.39);
        addRegion(kPc39002, u"postcode"_s, u"39002"_s, 39.00, -9.39, 39.01, -9.38);
    }

    void cleanup() { m_db.close(); }

    void latin1SemicolonDecimalCommas()
    {
        const ServiceImportSummary s = importFixture(u"farmacias_latin1.csv"_s, into(u"pharmacies"_s));
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.format, u"csv"_s);
        QVERIFY2(s.encoding.contains(u"1252"_s), qPrintable(s.encoding));
        QCOMPARE(s.delimiter, u";"_s);
        QVERIFY(!s.categoryCreated); // a built-in category
        QCOMPARE(s.rowsRead, 9);
        QCOMPARE(s.inserted, 6);
        QCOMPARE(s.skipped, 3);
        QVERIFY(addsUp(s));
        QVERIFY(has(s.issues, s, 4, u"Latitud"_s, u"no coordinates"_s));
        QVERIFY(has(s.issues, s, 7, u"Latitud"_s, u"not a position on Earth"_s));
        QVERIFY(has(s.issues, s, 8, u"Estado"_s, u"“quizás” is not a status"_s));
        QVERIFY(has(s.warnings, s, 9, u"Horario"_s, u"“L-V 9 a 14” are not opening hours"_s));
        QVERIFY(has(s.flagged, s, 5, u"Latitud"_s, u"swapped"_s));
        QVERIFY(has(s.flagged, s, 6, u"Latitud"_s, u"km outside the city"_s));
        QCOMPARE(s.flagged.size(), 2);
        QVERIFY(hasNote(s, u"(lines 9)"_s)); // 39001 given, lies in 39002

        // Accents read from Latin-1, the quoted ";" kept, decimal commas read as decimals.
        QCOMPARE(column(u"Farmacia Alameda"_s, u"address"_s), u"Calle Mayor; 5"_s);
        QCOMPARE(column(u"Farmacia Alameda"_s, u"lat"_s).toDouble(), 39.005);
        QCOMPARE(column(u"Farmacia Alameda"_s, u"lon"_s).toDouble(), -9.395);
        QCOMPARE(column(u"Farmacia Alameda"_s, u"opening_hours"_s), u"Mo-Fr 09:00-21:00"_s);
        QCOMPARE(column(u"Farmacia Alameda"_s, u"region_id"_s).toLongLong(), kCentro);
        QCOMPARE(column(u"Farmacia Río"_s, u"address"_s), u"Avenida del Río 12"_s);
        QCOMPARE(column(u"Farmacia Río"_s, u"status"_s), u"limited"_s);
        // No post code given: the polygon's; no neighbourhood there: the post code's region.
        QCOMPARE(column(u"Farmacia Río"_s, u"post_code"_s), u"39002"_s);
        QCOMPARE(column(u"Farmacia Río"_s, u"region_id"_s).toLongLong(), kPc39002);
        QCOMPARE(column(u"Farmacia Vuelta"_s, u"lat"_s).toDouble(), 39.007);
        QCOMPARE(column(u"Farmacia Vuelta"_s, u"lon"_s).toDouble(), -9.385);
        QCOMPARE(column(u"Farmacia Vuelta"_s, u"status"_s), u"closed"_s);
        QCOMPARE(column(u"Farmacia Madrid"_s, u"post_code"_s), u"28013"_s);
        QCOMPARE(column(u"Farmacia Madrid"_s, u"region_id"_s), u"NULL"_s);
        QCOMPARE(column(u"Farmacia Horas"_s, u"opening_hours"_s), u"NULL"_s);
        QCOMPARE(column(u"Farmacia Horas"_s, u"post_code"_s), u"39001"_s); // the post code given is kept
        QCOMPARE(column(u"Farmacia \"La Nueva\""_s, u"address"_s), u"Rúa, 7"_s);
        QCOMPARE(column(u"Farmacia \"La Nueva\""_s, u"status"_s), u"open"_s); // not given: open
        QCOMPARE(column(u"Farmacia Alameda"_s, u"updated_by"_s), u"ana"_s);
        QCOMPARE(column(u"Farmacia Alameda"_s, u"updated_at"_s).toLongLong(), kFirst.toSecsSinceEpoch());
        QCOMPARE(column(u"Farmacia Alameda"_s, u"category"_s), u"pharmacies"_s);

        // One audit row for the whole import.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s).toInt(), 1);
        QCOMPARE(scalar(u"SELECT entity FROM audit_log"_s).toString(), u"import"_s);
        QCOMPARE(scalar(u"SELECT actor FROM audit_log"_s).toString(), u"ana"_s);
        QCOMPARE(scalar(u"SELECT id FROM audit_log"_s).toLongLong(), s.auditId);
        const QString record = scalar(u"SELECT new_value FROM audit_log"_s).toString();
        QVERIFY2(record.contains(u"\"inserted\":6"_s) && record.contains(u"\"category\":\"pharmacies\""_s), qPrintable(record));

        const QString text = s.toText();
        QVERIFY2(text.contains(u"Rows read: 9. New: 6, updated: 0, unchanged: 0, skipped: 3."_s), qPrintable(text));
        QVERIFY2(text.contains(u"line 8, Estado: “quizás” is not a status"_s), qPrintable(text));
    }

    void portugueseHeadersAndCapacities()
    {
        const ServiceImportSummary s = importFixture(u"lares_pt.csv"_s, into(u"elderly-homes"_s));
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.encoding, u"UTF-8"_s);
        QCOMPARE(s.delimiter, u","_s);
        QCOMPARE(s.inserted, 3);
        QCOMPARE(s.skipped, 0);
        QVERIFY(has(s.warnings, s, 3, u"capacidade"_s, u"“muitos” is not a capacity"_s));
        QVERIFY(has(s.warnings, s, 4, u"capacidade"_s, u"“-3” is not a capacity"_s));
        QCOMPARE(column(u"Lar São José"_s, u"address"_s), u"Rua das Flores, 12"_s);
        QCOMPARE(column(u"Lar São José"_s, u"capacity"_s), u"45"_s);
        QCOMPARE(column(u"Lar São José"_s, u"external_id"_s), u"lar-001"_s);
        QCOMPARE(column(u"Lar São José"_s, u"status"_s), u"open"_s);
        QCOMPARE(column(u"Lar Santa Ana"_s, u"status"_s), u"closed"_s);
        QCOMPARE(column(u"Lar Santa Ana"_s, u"capacity"_s), u"NULL"_s);
        QCOMPARE(column(u"Centro de Dia Luz"_s, u"status"_s), u"limited"_s);
        QCOMPARE(column(u"Centro de Dia Luz"_s, u"opening_hours"_s), u"Mo-Sa 08:00-18:00"_s);
    }

    void statusWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stored");
        QTest::newRow("en") << u"Open"_s << u"open"_s;
        QTest::newRow("es") << u"ABIERTO"_s << u"open"_s;
        QTest::newRow("pt") << u"aberta"_s << u"open"_s;
        QTest::newRow("limited es") << u"limitado"_s << u"limited"_s;
        QTest::newRow("limited en") << u"Restricted"_s << u"limited"_s;
        QTest::newRow("closed es") << u"Cerrado temporalmente"_s << u"closed"_s;
        QTest::newRow("closed pt") << u"fechado"_s << u"closed"_s;
        QTest::newRow("closed en") << u"closed"_s << u"closed"_s;
    }

    void statusWords()
    {
        QFETCH(QString, word);
        QFETCH(QString, stored);
        const QByteArray csv = "name,lat,lon,status\nFarmacia Uno,39.005,-9.395," + word.toUtf8() + "\n";
        const ServiceImportSummary s = importText(csv, u"status.csv"_s, into(u"pharmacies"_s));
        QVERIFY2(s.ok && s.inserted == 1, qPrintable(s.toText()));
        QCOMPARE(column(u"Farmacia Uno"_s, u"status"_s), stored);
    }

    void columnMapping()
    {
        // Without a mapping no column gives a name: refused, naming how to map one.
        ServiceImportSummary s = importFixture(u"bancos_mapping.csv"_s, into(u"benches"_s));
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(u"name=COLUMN"_s), qPrintable(s.error));

        // Column names are matched as headers are: case, accents and punctuation aside.
        ServiceImportOptions options = into(u"benches"_s);
        options.columns = {{u"name"_s, u"RÓTULO"_s}, {u"lat"_s, u"Coord N"_s}, {u"lon"_s, u"coord_e"_s}, {u"address"_s, u"sitio"_s}};
        s = importFixture(u"bancos_mapping.csv"_s, options);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.inserted, 2);
        QVERIFY(s.flagged.isEmpty());
        QCOMPARE(column(u"Banco del Muelle"_s, u"address"_s), u"Muelle"_s);
        QCOMPARE(column(u"Banco del Muelle"_s, u"lon"_s).toDouble(), -9.3814);

        // A mapped column the file lacks, and an unknown field: refused, nothing written.
        const QString before = dump();
        options.columns = {{u"name"_s, u"rotulo"_s}, {u"lat"_s, u"norte"_s}, {u"lon"_s, u"coord_e"_s}};
        s = importFixture(u"bancos_mapping.csv"_s, options);
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(u"lat=norte"_s), qPrintable(s.error));
        options.columns = {{u"name"_s, u"rotulo"_s}, {u"colour"_s, u"sitio"_s}};
        s = importFixture(u"bancos_mapping.csv"_s, options);
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(u"“colour”"_s) && s.error.contains(u"opening_hours"_s), qPrintable(s.error));
        QCOMPARE(dump(), before);
    }

    void mappingText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("good") << u"name=NOMBRE, lat=Y,lon=X"_s << true << QString();
        QTest::newRow("unknown field") << u"name=A,colour=B"_s << false << u"“colour” is not a field"_s;
        QTest::newRow("no equals") << u"name"_s << false << u"“name” is not field=COLUMN"_s;
        QTest::newRow("empty column") << u"name="_s << false << u"name is mapped to no column"_s;
        QTest::newRow("twice") << u"name=A,name=B"_s << false << u"name is mapped twice"_s;
        QTest::newRow("empty") << u","_s << false << u"empty"_s;
    }

    void mappingText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, mentions);
        QString error;
        const auto mapping = atalaya::parseServiceColumnMapping(text, &error);
        QCOMPARE(mapping.has_value(), valid);
        if (valid) {
            QCOMPARE(mapping->value(u"name"_s), u"NOMBRE"_s);
            QCOMPARE(mapping->value(u"lat"_s), u"Y"_s);
            QCOMPARE(mapping->value(u"lon"_s), u"X"_s);
        } else {
            QVERIFY2(error.contains(mentions), qPrintable(error));
            QVERIFY2(error.contains(u"external_id"_s) || !mentions.contains(u"field"_s), qPrintable(error));
        }
    }

    void coordinatesInOneColumnAndWkt()
    {
        const QByteArray csv = "nombre;ubicación\nUno;\"39,005 -9,395\"\nDos;POINT(-9.385 39.006)\nTres;cerca del puerto\n"
                               "Cuatro;\"{\"\"type\"\":\"\"Point\"\",\"\"coordinates\"\":[-9.386,39.0065]}\"\n";
        const ServiceImportSummary s = importText(csv, u"pares.csv"_s, into(u"pharmacies"_s));
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.inserted, 3);
        QCOMPARE(column(u"Cuatro"_s, u"lat"_s).toDouble(), 39.0065);
        QVERIFY(has(s.issues, s, 4, u"ubicación"_s, u"not a “lat,lon” pair"_s));
        QCOMPARE(column(u"Dos"_s, u"lat"_s).toDouble(), 39.006);
        QCOMPARE(column(u"Dos"_s, u"lon"_s).toDouble(), -9.385);
    }

    void geoJsonPointsAndAreas()
    {
        const ServiceImportSummary s = importFixture(u"centros.geojson"_s, into(u"test-places"_s));
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.format, u"geojson"_s);
        QVERIFY(s.categoryCreated);
        QCOMPARE(scalar(u"SELECT name FROM service_category WHERE slug = 'test-places'"_s).toString(), u"test-places"_s);
        QCOMPARE(s.rowsRead, 8);
        QCOMPARE(s.inserted, 4);
        QCOMPARE(s.skipped, 4);
        QVERIFY(addsUp(s));
        QVERIFY(has(s.issues, s, 5, u"geometry"_s, u"LineString is neither a point nor an area"_s));
        QVERIFY(has(s.issues, s, 6, u"name"_s, u"no name"_s));
        QVERIFY(has(s.issues, s, 7, u"geometry"_s, u"not a [longitude, latitude] pair"_s));
        QVERIFY(has(s.issues, s, 8, u"geometry"_s, u"not closed"_s));
        QVERIFY(has(s.flagged, s, 3, u"geometry"_s, u"swapped"_s));
        QVERIFY(s.columnsIgnored.contains(u"telefono"_s));

        QCOMPARE(column(u"Centro de Salud Norte"_s, u"external_id"_s), u"cs-1"_s);
        QCOMPARE(column(u"Centro de Salud Norte"_s, u"address"_s), u"Calle Norte 1"_s);
        QCOMPARE(column(u"Centro de Salud Norte"_s, u"geometry"_s), u"NULL"_s);
        // The Feature's own id when no property gives one.
        QCOMPARE(column(u"Parque del Río"_s, u"external_id"_s), u"park-1"_s);
        QCOMPARE(column(u"Parque del Río"_s, u"status"_s), u"limited"_s);
        const QString area = column(u"Parque del Río"_s, u"geometry"_s);
        QVERIFY2(area.startsWith(u"{\"type\":\"Polygon\""_s), qPrintable(area));
        const double lat = column(u"Parque del Río"_s, u"lat"_s).toDouble();
        const double lon = column(u"Parque del Río"_s, u"lon"_s).toDouble();
        QVERIFY2(lat > 39.002 && lat < 39.004 && lon > -9.398 && lon < -9.396, "the label point lies inside the area");
        QCOMPARE(column(u"Consultorio Vuelto"_s, u"lat"_s).toDouble(), 39.0061);
        QCOMPARE(column(u"Consultorio Vuelto"_s, u"lon"_s).toDouble(), -9.3862);
        // No geometry, but lat/lon properties.
        QCOMPARE(column(u"Consultorio Sin Geometría"_s, u"lat"_s).toDouble(), 39.0071);
        QCOMPARE(column(u"Consultorio Sin Geometría"_s, u"external_id"_s), u"cs-4"_s);
        QVERIFY2(s.toText().contains(u"feature 5, geometry: a LineString"_s), qPrintable(s.toText()));
    }

    void fiware_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("keyValues") << u"poi_keyvalues.json"_s << u"ngsi-v2 keyValues"_s;
        QTest::newRow("normalized") << u"poi_normalized.json"_s << u"ngsi-v2 normalized"_s;
    }

    void fiware()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const ServiceImportSummary s = importFixture(file, into(u"pharmacies"_s));
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.format, format);
        QCOMPARE(s.rowsRead, 4);
        QCOMPARE(s.inserted, 2);
        QVERIFY(has(s.issues, s, 3, u"name"_s, u"no name"_s));
        QVERIFY(has(s.issues, s, 4, QString(), u"not an entity"_s));
        QVERIFY(s.columnsIgnored.contains(u"category"_s));
        const QString puerto = u"Farmacia Puerto"_s;
        QCOMPARE(column(puerto, u"external_id"_s), u"urn:ngsi-ld:PointOfInterest:farmacia-puerto"_s);
        QCOMPARE(column(puerto, u"address"_s), u"Calle del Puerto 2, Puerto Atalaya"_s);
        QCOMPARE(column(puerto, u"post_code"_s), u"39001"_s);
        QCOMPARE(column(puerto, u"notes"_s), u"Guardia los domingos"_s);
        QCOMPARE(column(puerto, u"opening_hours"_s), u"Mo-Fr 09:00-14:00; Sa 10:00-13:00"_s);
        QCOMPARE(column(puerto, u"lat"_s).toDouble(), 39.0081);
        QCOMPARE(column(puerto, u"lon"_s).toDouble(), -9.3941);
        QCOMPARE(column(u"Farmacia Faro"_s, u"status"_s), u"closed"_s);
        QCOMPARE(column(u"Farmacia Faro"_s, u"capacity"_s), u"4"_s);
        QCOMPARE(column(u"Farmacia Faro"_s, u"lat"_s).toDouble(), 39.0091); // geo:point "lat, lon"
        QCOMPARE(column(u"Farmacia Faro"_s, u"post_code"_s), u"39002"_s);
        QVERIFY2(s.toText().contains(u"entity 3, name: no name"_s), qPrintable(s.toText()));
    }

    void refusedWholeStoreUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("broken JSON") << u"broken.geojson"_s << u"not valid JSON"_s;
        QTest::newRow("PNG renamed .csv") << u"png_renamed.csv"_s << u"not text"_s;
        QTest::newRow("CSV named .geojson") << u"csv_named.geojson"_s << u"is not JSON"_s;
    }

    void refusedWholeStoreUnchanged()
    {
        QFETCH(QString, file);
        QFETCH(QString, mentions);
        QVERIFY(importFixture(u"lares_pt.csv"_s, into(u"elderly-homes"_s)).ok);
        const QString before = dump();
        const ServiceImportSummary s = importFixture(file, into(u"new-things"_s));
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(mentions), qPrintable(s.error));
        QVERIFY(s.toText().contains(u"Nothing was changed."_s));
        QCOMPARE(s.inserted + s.updated + s.skipped, 0);
        QCOMPARE(dump(), before); // not even the new category
    }

    void refusedBeforeReading_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("mentions");
        const QByteArray csv = "name,lat,lon\nUno,39.005,-9.395\n";
        QTest::newRow("bad slug") << csv << u"a.csv"_s << u"Elderly Homes"_s << u"“Elderly Homes” cannot be used"_s;
        QTest::newRow("empty slug") << csv << u"a.csv"_s << QString() << u"cannot be used"_s;
        QTest::newRow("JSON named .csv") << QByteArray("[{\"id\":\"a\",\"type\":\"PointOfInterest\"}]") << u"a.csv"_s
                                         << u"pharmacies"_s << u"named .csv but holds JSON"_s;
        QTest::newRow("one column") << QByteArray("name\nUno\n") << u"a.csv"_s << u"pharmacies"_s << u"single column"_s;
        QTest::newRow("no coordinates") << QByteArray("name,address\nUno,Calle 1\n") << u"a.csv"_s << u"pharmacies"_s
                                        << u"No coordinate columns"_s;
        QTest::newRow("JSON neither") << QByteArray("{\"hello\": 1}") << u"a.json"_s << u"pharmacies"_s
                                      << u"neither GeoJSON nor FIWARE"_s;
        QTest::newRow("bare geometry") << QByteArray("{\"type\":\"Point\",\"coordinates\":[1,2]}") << u"a.geojson"_s
                                       << u"pharmacies"_s << u"bare Point"_s;
        QTest::newRow("projected crs")
            << QByteArray("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                          "\"urn:ogc:def:crs:EPSG::25830\"}},\"features\":[]}")
            << u"a.geojson"_s << u"pharmacies"_s << u"EPSG::25830"_s;
        QTest::newRow("no features") << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[]}") << u"a.geojson"_s
                                     << u"pharmacies"_s << u"no features"_s;
        QTest::newRow("unterminated quote") << QByteArray("name,lat,lon\n\"Uno,39,-9\n") << u"a.csv"_s << u"pharmacies"_s
                                            << u"never closed"_s;
    }

    void refusedBeforeReading()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fileName);
        QFETCH(QString, category);
        QFETCH(QString, mentions);
        const QString before = dump();
        const ServiceImportSummary s = importText(data, fileName, into(category));
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(mentions), qPrintable(s.error));
        QCOMPARE(dump(), before);
    }

    void categoryLimit()
    {
        const int builtin = scalar(u"SELECT COUNT(*) FROM service_category"_s).toInt();
        for (int i = builtin; i < atalaya::kMaxCategories; ++i)
            run(u"INSERT INTO service_category (slug, name) VALUES (?, ?)"_s, {u"extra-%1"_s.arg(i), u"Extra"_s});
        const QString before = dump();
        const ServiceImportSummary s = importText("name,lat,lon\nUno,39.005,-9.395\n", u"a.csv"_s, into(u"one-too-many"_s));
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(u"cannot be created"_s), qPrintable(s.error));
        QCOMPARE(dump(), before);
        // An existing category still takes imports.
        QVERIFY(importText("name,lat,lon\nUno,39.005,-9.395\n", u"a.csv"_s, into(u"extra-10"_s)).ok);
    }

    void reimportUpdatesInPlace()
    {
        ServiceImportSummary s = importFixture(u"lares_pt.csv"_s, into(u"elderly-homes"_s));
        QVERIFY(s.ok);
        QCOMPARE(s.inserted, 3);
        const qint64 joseId = column(u"Lar São José"_s, u"id"_s).toLongLong();

        // The same file again: nothing new, nothing rewritten (updated_by and updated_at stay).
        s = importFixture(u"lares_pt.csv"_s, into(u"elderly-homes"_s, kSecond, u"bruno"_s));
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.inserted, 0);
        QCOMPARE(s.updated, 0);
        QCOMPARE(s.unchanged, 3);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM service_point"_s).toInt(), 3);
        QCOMPARE(column(u"Lar São José"_s, u"updated_by"_s), u"ana"_s);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'import'"_s).toInt(), 2);

        // A service owner closes one on the card; the portal's file then changes another's
        // capacity and gives no status column: the owner's status stays.
        atalaya::ServiceStore store(m_db);
        QVERIFY(store.setStatus(joseId, u"closed"_s, u"owner"_s, kSecond).ok);
        const QByteArray changed = "nome,latitude,longitude,capacidade,id\n"
                                   "Lar São José,39.0021,-9.3981,45,lar-001\n"
                                   "Lar Santa Ana,39.0031,-9.3871,60,lar-002\n";
        s = importText(changed, u"lares_v2.csv"_s, into(u"elderly-homes"_s, kSecond, u"bruno"_s));
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.inserted, 0);
        QCOMPARE(s.updated, 1);
        QCOMPARE(s.unchanged, 1);
        QCOMPARE(column(u"Lar São José"_s, u"status"_s), u"closed"_s);
        QCOMPARE(column(u"Lar São José"_s, u"id"_s).toLongLong(), joseId);
        QCOMPARE(column(u"Lar Santa Ana"_s, u"capacity"_s), u"60"_s);
        QCOMPARE(column(u"Lar Santa Ana"_s, u"updated_by"_s), u"bruno"_s);
        QCOMPARE(column(u"Lar Santa Ana"_s, u"updated_at"_s).toLongLong(), kSecond.toSecsSinceEpoch());
        QCOMPARE(column(u"Lar Santa Ana"_s, u"address"_s), u"Avenida Central, 3"_s); // not in the file: kept

        // Without external ids, the same name at the same place (within ~10 m) is the same service.
        const QByteArray noIds = "name;lat;lon;status\nKiosco;39,00501;-9,39501;open\n";
        QVERIFY(importText(noIds, u"a.csv"_s, into(u"kiosks"_s)).ok);
        s = importText("name;lat;lon;status\nKIOSCO;39,005012;-9,395008;cerrado\n", u"b.csv"_s, into(u"kiosks"_s));
        QVERIFY2(s.ok && s.updated == 1 && s.inserted == 0, qPrintable(s.toText()));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM service_point WHERE category = 'kiosks'"_s).toInt(), 1);
        QCOMPARE(column(u"KIOSCO"_s, u"status"_s), u"closed"_s);
        // ... but the same name 100 m away is another one.
        s = importText("name;lat;lon\nKiosco;39,006;-9,395\n", u"c.csv"_s, into(u"kiosks"_s));
        QCOMPARE(s.inserted, 1);
        // Another category is never touched.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM service_point WHERE category = 'elderly-homes'"_s).toInt(), 3);
    }

    void manyRowsInBatches()
    {
        // More rows than one multi-row INSERT takes, and a remainder written one by one.
        QByteArray csv = "id,name,lat,lon,capacity\n";
        for (int i = 1; i <= 123; ++i)
            csv += "b" + QByteArray::number(i) + ",Banco " + QByteArray::number(i) + ",39.00" + QByteArray::number(100 + i)
                + ",-9.395," + QByteArray::number(i) + "\n";
        const ServiceImportSummary s = importText(csv, u"many.csv"_s, into(u"benches"_s));
        QVERIFY2(s.ok && s.inserted == 123, qPrintable(s.toText()));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM service_point WHERE category = 'benches'"_s).toInt(), 123);
        for (const int i : {1, 50, 51, 100, 101, 123}) {
            const QString name = u"Banco %1"_s.arg(i);
            QCOMPARE(column(name, u"external_id"_s), u"b%1"_s.arg(i));
            QCOMPARE(column(name, u"capacity"_s), QString::number(i));
            QCOMPARE(column(name, u"lat"_s).toDouble(), (u"39.00%1"_s.arg(100 + i)).toDouble());
            QCOMPARE(column(name, u"updated_by"_s), u"ana"_s);
            QCOMPARE(column(name, u"post_code"_s), u"39001"_s);
        }
        QCOMPARE(importText(csv, u"many.csv"_s, into(u"benches"_s)).unchanged, 123);
    }

    void duplicatesInOneFile()
    {
        const QByteArray csv = "id,name,lat,lon\n"
                               "a1,Uno,39.005,-9.395\n"
                               "a1,Uno bis,39.006,-9.395\n"
                               ",Dos,39.007,-9.395\n"
                               ",dos,39.00701,-9.39501\n";
        const ServiceImportSummary s = importText(csv, u"d.csv"_s, into(u"pharmacies"_s));
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.inserted, 2);
        QVERIFY(has(s.issues, s, 3, QString(), u"same external id “a1” as line 2"_s));
        QVERIFY(has(s.issues, s, 5, QString(), u"(same name and place) as line 4"_s));
    }

    void noCityUsesTheFilesMiddle()
    {
        run(u"DELETE FROM region"_s);
        const ServiceImportSummary s = importFixture(u"farmacias_latin1.csv"_s, into(u"pharmacies"_s));
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.inserted, 6);
        QVERIFY(has(s.flagged, s, 6, u"Latitud"_s, u"from the file's other services"_s));
        QVERIFY(has(s.flagged, s, 5, u"Latitud"_s, u"swapped"_s));
        QVERIFY(hasNote(s, u"no city boundary"_s));
        QCOMPARE(column(u"Farmacia Río"_s, u"post_code"_s), u"NULL"_s);
    }

    void offTheEarthAndFar()
    {
        // A latitude beyond 90 that is no position swapped either is skipped; a position on the
        // other side of the world, swapped or not, is imported and flagged.
        const QByteArray csv = "name,lat,lon\nLejos,-9.395,139.005\nAlrevés,-120.5,39.005\n";
        const ServiceImportSummary s = importText(csv, u"r.csv"_s, into(u"pharmacies"_s));
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QVERIFY(has(s.issues, s, 3, u"lat"_s, u"not a position on Earth"_s));
        QVERIFY(has(s.flagged, s, 2, u"lat"_s, u"km outside the city"_s));
        QCOMPARE(s.inserted, 1);
    }

    void impossibleLatitudeSwappedBack()
    {
        // A city east of 90° E: a latitude of 139.7 is its longitude, and the pair swapped lands in it.
        run(u"DELETE FROM region"_s);
        addRegion(kCity, u"city"_s, u"TK"_s, 35.60, 139.60, 35.80, 139.90);
        ServiceImportSummary s = importText("name,lat,lon\nShinjuku,139.70,35.69\n", u"t.csv"_s, into(u"pharmacies"_s));
        QVERIFY2(s.ok && s.inserted == 1, qPrintable(s.toText()));
        QVERIFY(has(s.flagged, s, 2, u"lat"_s, u"read as latitude 35.69, longitude 139.7"_s));
        QCOMPARE(column(u"Shinjuku"_s, u"lat"_s).toDouble(), 35.69);
        // With no city at all, a latitude beyond 90 whose swap is a position is swapped too.
        run(u"DELETE FROM region"_s);
        s = importText("name,lat,lon\nSolo,-120.5,39.005\n", u"u.csv"_s, into(u"pharmacies"_s));
        QVERIFY2(s.ok && s.inserted == 1, qPrintable(s.toText()));
        QCOMPARE(column(u"Solo"_s, u"lon"_s).toDouble(), -120.5);
    }
};

QTEST_GUILESS_MAIN(TestServiceImport)
#include "tst_serviceimport.moc"
