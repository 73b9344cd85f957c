#include "io/hospitalimport.h"
#include "store/database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

using atalaya::Database;
using atalaya::HospitalImportIssue;
using atalaya::HospitalImportOptions;
using atalaya::HospitalImportSummary;
using namespace Qt::StringLiterals;

namespace {

qint64 utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::UTC).toSecsSinceEpoch();
}

QString square(double minLat, double minLon, double maxLat, double maxLon)
{
    return u"{\"type\":\"Polygon\",\"coordinates\":[[[%2,%1],[%4,%1],[%4,%3],[%2,%3],[%2,%1]]]}"_s.arg(minLat).arg(minLon).arg(maxLat).arg(maxLon);
}

} // namespace

/** Hospital import from every CSV dialect and FIWARE form: what is stored, what is skipped and
 *  why, what is noted, and that refused files and re-imports change nothing. */
class TestHospitalImport : public QObject
{
    Q_OBJECT

private:
    Database m_db;

    // Puerto Claro: a city box, two districts split at lon 2.155 and one neighbourhood (Puerto)
    // in the north of the west district.
    static constexpr qint64 kWest = 2, kEast = 3, kPuerto = 4;

    void run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(Database::exec(query), qPrintable(sql));
    }

    void addRegion(qint64 id, const QString &level, const QString &name, double minLat, double minLon, double maxLat,
                   double maxLon)
    {
        run(u"INSERT INTO region (id, level, code, name, geometry, centroid_lat, centroid_lon,"
            " min_lat, min_lon, max_lat, max_lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {id, level, name.toUpper(), name, square(minLat, minLon, maxLat, maxLon), (minLat + maxLat) / 2,
             (minLon + maxLon) / 2, minLat, minLon, maxLat, maxLon});
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

    qint64 hospitalId(const QString &name) { return scalar(u"SELECT id FROM hospital WHERE name = ?"_s, {name}).toLongLong(); }

    /** Every row of both tables as text: equal dumps mean nothing changed. */
    QString dump()
    {
        QStringList lines;
        for (const QString &sql : {u"SELECT * FROM hospital ORDER BY id"_s, u"SELECT * FROM bed_report ORDER BY hospital_id, reported_at"_s}) {
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

    static QString fixture(const QString &name)
    {
        return QFINDTESTDATA(u"../data/hospitals/"_s + name);
    }

    HospitalImportSummary importFixture(const QString &name, const HospitalImportOptions &options = {})
    {
        const QString path = fixture(name);
        if (path.isEmpty())
            qWarning("fixture %s not found", qPrintable(name));
        return checked(atalaya::importHospitalsFile(m_db, path, options));
    }

    HospitalImportSummary importText(const QByteArray &data, const HospitalImportOptions &options = {})
    {
        return checked(atalaya::importHospitalsData(m_db, data, u"inline.csv"_s, options));
    }

    /** The bookkeeping every summary keeps. */
    static HospitalImportSummary checked(const HospitalImportSummary &s)
    {
        if (s.ok) {
            if (s.rowsRead != s.reportsStored + s.reportsDuplicate + s.reportsConflicting + s.rowsSkipped)
                qWarning("summary does not add up:\n%s", qPrintable(s.toText()));
            if (s.issues.size() != s.rowsSkipped)
                qWarning("one issue per skipped row expected:\n%s", qPrintable(s.toText()));
        }
        return s;
    }

    static bool addsUp(const HospitalImportSummary &s)
    {
        return s.rowsRead == s.reportsStored + s.reportsDuplicate + s.reportsConflicting + s.rowsSkipped
            && s.issues.size() == s.rowsSkipped;
    }

    static bool hasIssue(const HospitalImportSummary &s, int row, const QString &field, const QString &reasonPart)
    {
        for (const HospitalImportIssue &issue : s.issues) {
            if (issue.row == row && issue.field == field && issue.reason.contains(reasonPart))
                return true;
        }
        qWarning("no issue (%d, %s, ...%s...) in:\n%s", row, qPrintable(field), qPrintable(reasonPart), qPrintable(s.toText()));
        return false;
    }

    static bool hasNote(const HospitalImportSummary &s, const QStringList &parts)
    {
        for (const QString &note : s.notes) {
            if (std::all_of(parts.cbegin(), parts.cend(), [&](const QString &p) { return note.contains(p); }))
                return true;
        }
        qWarning("no note with %s in:\n%s", qPrintable(parts.join(u" + "_s)), qPrintable(s.toText()));
        return false;
    }

    struct Row {
        QVariant generalTotal, generalFree, icuTotal, icuFree, level, source;
    };
    Row report(qint64 hospital, qint64 at)
    {
        QSqlQuery query = m_db.prepare(u"SELECT general_total, general_free, icu_total, icu_free, reported_level, source"
                                       " FROM bed_report WHERE hospital_id = ? AND reported_at = ?"_s);
        query.addBindValue(hospital);
        query.addBindValue(at);
        if (!Database::exec(query) || !query.next())
            return {};
        return {query.value(0), query.value(1), query.value(2), query.value(3), query.value(4), query.value(5)};
    }

private slots:
    void init()
    {
        QVERIFY(m_db.openInMemory().ok());
        addRegion(1, u"city"_s, u"Puerto Claro"_s, 41.30, 2.05, 41.50, 2.25);
        addRegion(kWest, u"district"_s, u"Oeste"_s, 41.30, 2.05, 41.50, 2.155);
        addRegion(kEast, u"district"_s, u"Este"_s, 41.30, 2.155, 41.50, 2.25);
        addRegion(kPuerto, u"neighbourhood"_s, u"Puerto"_s, 41.40, 2.05, 41.50, 2.155);
    }

    void cleanup() { m_db.close(); }

    void countsCsv()
    {
        const HospitalImportSummary s = importFixture(u"counts_utf8.csv"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.format, u"csv"_s);
        QCOMPARE(s.encoding, u"UTF-8"_s);
        QCOMPARE(s.delimiter, u","_s);
        QCOMPARE(s.rowsRead, 8);
        QCOMPARE(s.hospitalsCreated, 3);
        QCOMPARE(s.hospitalsMatched, 0);
        QCOMPARE(s.reportsStored, 4);
        QCOMPARE(s.reportsDuplicate, 0);
        QCOMPARE(s.reportsConflicting, 0);
        QCOMPARE(s.rowsSkipped, 4);
        QVERIFY(addsUp(s));
        // Line numbers as an editor shows them: the quoted address spans lines 5-6, line 7 is blank.
        QVERIFY(hasIssue(s, 8, u"latitud"_s, u"no coordinates"_s));
        QVERIFY(hasIssue(s, 9, u"camas_disponibles"_s, u"“abc” is not a number of beds"_s));
        QVERIFY(hasIssue(s, 10, u"fecha"_s, u"“31/02/2024” is not a date"_s));
        QVERIFY(hasIssue(s, 11, u"camas_disponibles"_s, u"90 free beds but only 80"_s));

        QCOMPARE(scalar(u"SELECT COUNT(*) FROM hospital"_s).toInt(), 3);
        const qint64 norte = hospitalId(u"Hospital General Norte"_s);
        QVERIFY(norte > 0);
        const Row first = report(norte, utc(2024, 3, 1));
        QCOMPARE(first.generalTotal.toInt(), 200);
        QCOMPARE(first.generalFree.toInt(), 40);
        QCOMPARE(first.icuTotal.toInt(), 20);
        QCOMPARE(first.icuFree.toInt(), 5);
        QVERIFY(first.level.isNull());
        QCOMPARE(first.source.toString(), u"counts_utf8.csv"_s);
        QCOMPARE(scalar(u"SELECT general_beds FROM hospital WHERE id = ?"_s, {norte}).toInt(), 200);
        QCOMPARE(scalar(u"SELECT institution FROM hospital WHERE id = ?"_s, {norte}).toString(), u"Salud Pública"_s);
        QCOMPARE(scalar(u"SELECT address FROM hospital WHERE id = ?"_s, {norte}).toString(), u"Av. del Puerto 12, Norte"_s);

        // Region: the neighbourhood when one contains the point, else the district.
        QCOMPARE(scalar(u"SELECT region_id FROM hospital WHERE id = ?"_s, {norte}).toLongLong(), kPuerto);
        QCOMPARE(scalar(u"SELECT region_id FROM hospital WHERE name = 'Clínica San Rafael'"_s).toLongLong(), kEast);

        // Doubled quotes, a newline inside quotes and a time with Z; missing ICU counts stay NULL.
        const qint64 sanatorio = hospitalId(u"Sanatorio \"La Esperanza\""_s);
        QVERIFY(sanatorio > 0);
        QCOMPARE(scalar(u"SELECT address FROM hospital WHERE id = ?"_s, {sanatorio}).toString(), u"Paseo Marítimo 7"_s); // one line for lists
        const Row esperanza = report(sanatorio, utc(2024, 3, 1, 8, 30));
        QCOMPARE(esperanza.generalFree.toInt(), 60);
        QVERIFY(esperanza.icuTotal.isNull());
        QVERIFY(esperanza.icuFree.isNull());

        const QString text = s.toText();
        QVERIFY2(text.contains(u"Reports stored: 4"_s), qPrintable(text));
        QVERIFY2(text.contains(u"line 9, camas_disponibles"_s), qPrintable(text));
    }

    void latin1SemicolonCsv()
    {
        const HospitalImportSummary s = importFixture(u"latin1_semicolon.csv"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.encoding, u"Windows-1252 (Latin-1)"_s);
        QCOMPARE(s.delimiter, u";"_s);
        QCOMPARE(s.rowsRead, 3);
        QCOMPARE(s.hospitalsCreated, 2);
        QCOMPARE(s.reportsStored, 2);
        QCOMPARE(s.rowsSkipped, 1);
        QVERIFY(addsUp(s));
        QVERIFY(hasIssue(s, 4, u"Camas ocupadas"_s, u"85 beds in use but only 80"_s));
        QVERIFY(hasNote(s, {u"derived as total minus occupied in 3 report(s)"_s}));

        // "1.200" total and "1.000" occupied are thousands; free is derived, ICU likewise.
        const Row norte = report(hospitalId(u"Hosp. Gral. Norte"_s), utc(2024, 3, 1));
        QCOMPARE(norte.generalTotal.toInt(), 1200);
        QCOMPARE(norte.generalFree.toInt(), 200);
        QCOMPARE(norte.icuTotal.toInt(), 20);
        QCOMPARE(norte.icuFree.toInt(), 5);
        // Latin-1 name decoded; "1/3/24" is 1 March 2024; decimal-comma coordinates.
        const qint64 lucia = hospitalId(u"Clínica Santa Lucía"_s);
        QVERIFY(lucia > 0);
        QCOMPARE(report(lucia, utc(2024, 3, 1)).generalFree.toInt(), 60);
        QCOMPARE(scalar(u"SELECT lat FROM hospital WHERE id = ?"_s, {lucia}).toDouble(), 41.38);
        QCOMPARE(scalar(u"SELECT lon FROM hospital WHERE id = ?"_s, {lucia}).toDouble(), 2.12);
    }

    void levelsCsv()
    {
        const HospitalImportSummary s = importFixture(u"levels.csv"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.rowsRead, 12);
        QCOMPARE(s.hospitalsCreated, 5);
        QCOMPARE(s.reportsStored, 6);
        QCOMPARE(s.reportsDuplicate, 2);
        QCOMPARE(s.reportsConflicting, 1);
        QCOMPARE(s.rowsSkipped, 3);
        QVERIFY(addsUp(s));
        QVERIFY(hasIssue(s, 11, u"estatus_capacidad_hospitalaria"_s, u"“ver nota” is not an availability level"_s));
        QVERIFY(hasIssue(s, 12, u"coordenadas"_s, u"no coordinates for “Hospital Nuevo”"_s));
        QVERIFY(hasIssue(s, 13, u"coordenadas"_s, u"“41.35;x” is not a “lat,lon” pair"_s));

        // Three spellings, one hospital, stored under the first.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM hospital WHERE name LIKE '%Norte%' OR name LIKE '%NORTE%'"_s).toInt(), 1);
        QVERIFY(hasNote(s, {u"Read as one hospital, stored as “Hospital General Norte”"_s, u"“Hosp. Gral. Norte” (row 3)"_s,
                            u"“HOSPITAL GENERAL NORTE” (row 9)"_s}));
        QVERIFY(hasNote(s, {u"2 hospitals share the coordinates 41.35000, 2.20000"_s, u"Clínica San Rafael"_s,
                            u"Centro Médico Sur"_s}));
        QVERIFY(hasNote(s, {u"“Hospital General Norte” at 2024-03-02 00:00 UTC: row 10 differs from row 9; row 9 was kept."_s}));

        // Levels stored as levels, counts NULL, "no data" kept honestly.
        const qint64 norte = hospitalId(u"Hospital General Norte"_s);
        const Row day1 = report(norte, utc(2024, 3, 1));
        QCOMPARE(day1.level.toString(), u"high"_s);
        QVERIFY(day1.generalTotal.isNull());
        QVERIFY(day1.generalFree.isNull());
        QVERIFY(day1.icuTotal.isNull());
        QVERIFY(day1.icuFree.isNull());
        QCOMPARE(report(norte, utc(2024, 3, 2)).level.toString(), u"medium"_s); // first of the conflicting pair
        QCOMPARE(report(hospitalId(u"Centro Médico Sur"_s), utc(2024, 3, 1)).level.toString(), u"low"_s);
        QCOMPARE(report(hospitalId(u"Hospital Infantil"_s), utc(2024, 3, 1)).level.toString(), u"nodata"_s);
        QCOMPARE(report(hospitalId(u"Hospital Materno"_s), utc(2024, 3, 1)).level.toString(), u"nodata"_s);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM bed_report WHERE general_total IS NOT NULL OR general_free IS NOT NULL"
                        " OR icu_total IS NOT NULL OR icu_free IS NOT NULL"_s).toInt(), 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM hospital WHERE general_beds IS NOT NULL"_s).toInt(), 0);
    }

    void fiwareKeyValues()
    {
        const HospitalImportSummary s = importFixture(u"fiware_keyvalues.json"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.format, u"ngsi-v2 keyValues"_s);
        QCOMPARE(s.rowsRead, 5);
        QCOMPARE(s.hospitalsCreated, 2);
        QCOMPARE(s.reportsStored, 2);
        QCOMPARE(s.rowsSkipped, 3);
        QVERIFY(addsUp(s));
        QVERIFY(hasIssue(s, 3, QString(), u"no bed counts"_s));
        QVERIFY(hasIssue(s, 4, u"dateObserved"_s, u"“ayer” is not a date"_s));
        QVERIFY(hasIssue(s, 5, QString(), u"not an entity"_s));
        QVERIFY(s.toText().contains(u"entity 4, dateObserved"_s));

        const Row norte = report(hospitalId(u"Hospital General Norte"_s), utc(2024, 3, 4, 10));
        QCOMPARE(norte.generalTotal.toInt(), 200);
        QCOMPARE(norte.generalFree.toInt(), 50);
        QCOMPARE(norte.icuTotal.toInt(), 20);
        QCOMPARE(norte.icuFree.toInt(), 4);
        // OffStreetParking pattern: occupiedSpotNumber and total give free; +01:00 is honoured.
        const qint64 sur = hospitalId(u"Hospital del Sur"_s);
        const Row surReport = report(sur, utc(2024, 3, 4, 8, 0, 5));
        QCOMPARE(surReport.generalTotal.toInt(), 120);
        QCOMPARE(surReport.generalFree.toInt(), 30);
        QVERIFY(surReport.icuTotal.isNull());
        QCOMPARE(scalar(u"SELECT address FROM hospital WHERE id = ?"_s, {sur}).toString(), u"Rambla del Sur 40, Puerto Claro"_s);
        QCOMPARE(scalar(u"SELECT lat FROM hospital WHERE id = ?"_s, {sur}).toDouble(), 41.33);
        QVERIFY(hasNote(s, {u"derived as total minus occupied in 1 report(s)"_s}));
    }

    void fiwareNormalized()
    {
        const HospitalImportSummary s = importFixture(u"fiware_normalized.json"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.format, u"ngsi-v2 normalized"_s);
        QCOMPARE(s.rowsRead, 3);
        QCOMPARE(s.hospitalsCreated, 2);
        QCOMPARE(s.reportsStored, 2);
        QCOMPARE(s.rowsSkipped, 1);
        QVERIFY(addsUp(s));
        QVERIFY(hasIssue(s, 3, u"availableSpotNumber"_s, u"“muchas” is not a number of beds"_s));
        // [lat, lon] written where GeoJSON wants [lon, lat]: outside the city, inside swapped.
        QVERIFY(hasNote(s, {u"other way round in rows 1"_s}));
        const qint64 costa = hospitalId(u"Hospital de la Costa"_s);
        QCOMPARE(scalar(u"SELECT lat FROM hospital WHERE id = ?"_s, {costa}).toDouble(), 41.36);
        QCOMPARE(scalar(u"SELECT lon FROM hospital WHERE id = ?"_s, {costa}).toDouble(), 2.22);
        QCOMPARE(scalar(u"SELECT region_id FROM hospital WHERE id = ?"_s, {costa}).toLongLong(), kEast);
        // No dateObserved/dateModified: the timestamp metadata of availableSpotNumber.
        const Row row = report(costa, utc(2024, 3, 4, 12));
        QCOMPARE(row.generalFree.toInt(), 10);
        QCOMPARE(row.icuTotal.toInt(), 10);
        QCOMPARE(row.icuFree.toInt(), 0);
    }

    // The same report published in both forms is one report.
    void keyValuesThenNormalized()
    {
        QVERIFY(importFixture(u"fiware_keyvalues.json"_s).ok);
        const HospitalImportSummary s = importFixture(u"fiware_normalized.json"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.hospitalsMatched, 1);
        QCOMPARE(s.hospitalsCreated, 1);
        QCOMPARE(s.reportsDuplicate, 1);
        QCOMPARE(s.reportsStored, 1);
    }

    // A spelling variant in a later file reports on the stored hospital, which keeps its place.
    void variantMatchesStoredHospital()
    {
        QVERIFY(importFixture(u"counts_utf8.csv"_s).ok);
        const HospitalImportSummary s = importFixture(u"latin1_semicolon.csv"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.hospitalsMatched, 1);
        QCOMPARE(s.hospitalsCreated, 1);
        QVERIFY(hasNote(s, {u"Matched to the stored hospital “Hospital General Norte”: “Hosp. Gral. Norte” (row 2)"_s}));
        QCOMPARE(hospitalId(u"Hosp. Gral. Norte"_s), qint64(0));
        const qint64 norte = hospitalId(u"Hospital General Norte"_s);
        // The same hospital and day already had a report from the first file: conflicting, kept.
        QCOMPARE(s.reportsConflicting, 1);
        QCOMPARE(report(norte, utc(2024, 3, 1)).generalTotal.toInt(), 200);
        QCOMPARE(scalar(u"SELECT general_beds FROM hospital WHERE id = ?"_s, {norte}).toInt(), 200);
    }

    void reimportStoresNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("counts") << u"counts_utf8.csv"_s;
        QTest::newRow("latin1") << u"latin1_semicolon.csv"_s;
        QTest::newRow("levels") << u"levels.csv"_s;
        QTest::newRow("keyValues") << u"fiware_keyvalues.json"_s;
        QTest::newRow("normalized") << u"fiware_normalized.json"_s;
    }

    void reimportStoresNothing()
    {
        QFETCH(QString, file);
        const HospitalImportSummary first = importFixture(file);
        QVERIFY2(first.ok, qPrintable(first.toText()));
        const QString before = dump();
        const HospitalImportSummary again = importFixture(file);
        QVERIFY2(again.ok, qPrintable(again.toText()));
        QCOMPARE(dump(), before);
        QCOMPARE(again.hospitalsCreated, 0);
        QCOMPARE(again.hospitalsMatched, first.hospitalsCreated + first.hospitalsMatched);
        QCOMPARE(again.reportsStored, 0);
        QCOMPARE(again.reportsDuplicate, first.reportsStored + first.reportsDuplicate);
        QCOMPARE(again.reportsConflicting, first.reportsConflicting);
        QCOMPARE(again.rowsSkipped, first.rowsSkipped);
        QVERIFY(addsUp(again));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mapping"); // field=column
        QTest::addColumn<QString>("reason");

        QTest::newRow("PNG") << u"not_csv.png"_s << QByteArray() << QString() << u"not text"_s;
        QTest::newRow("GeoJSON, not entities") << u"not_entities.json"_s << QByteArray() << QString()
                                               << u"no FIWARE NGSI-v2 entities"_s;
        QTest::newRow("unterminated quote") << u"unterminated_quote.csv"_s << QByteArray() << QString() << u"Line 3"_s;
        QTest::newRow("empty") << QString() << "\r\n  \n"_ba << QString() << u"empty"_s;
        QTest::newRow("broken JSON") << QString() << "[{\"id\": \"x\", \"type\": "_ba << QString() << u"not valid JSON"_s;
        QTest::newRow("JSON of numbers") << QString() << "[1, 2, 3]"_ba << QString() << u"no FIWARE NGSI-v2 entities"_s;
        QTest::newRow("no name column") << QString() << "fecha,lat,lon,camas\n2024-03-01,41.4,2.1,10\n"_ba << QString()
                                        << u"No column with the hospital name"_s;
        QTest::newRow("no date column") << QString() << "nombre,lat,lon,camas\nA,41.4,2.1,10\n"_ba << QString()
                                        << u"No column with the report date"_s;
        QTest::newRow("no counts or level") << QString() << "nombre,lat,lon,fecha\nA,41.4,2.1,2024-03-01\n"_ba
                                            << QString() << u"No column with bed counts"_s;
        QTest::newRow("one column") << QString() << "just some text\nmore text\n"_ba << QString()
                                    << u"single column"_s;
        QTest::newRow("mapped column missing") << QString() << "nombre,lat,lon,fecha,camas\nA,41.4,2.1,2024-03-01,1\n"_ba
                                               << u"general_free=libres"_s << u"“libres” mapped to general_free"_s;
        QTest::newRow("unknown field") << QString() << "nombre,lat,lon,fecha,camas\nA,41.4,2.1,2024-03-01,1\n"_ba
                                       << u"beds=camas"_s << u"Unknown field “beds”"_s;
    }

    void refused()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, data);
        QFETCH(QString, mapping);
        QFETCH(QString, reason);

        QVERIFY(importFixture(u"counts_utf8.csv"_s).ok); // a store with something to lose
        const int hospitals = scalar(u"SELECT COUNT(*) FROM hospital"_s).toInt();
        const int reports = scalar(u"SELECT COUNT(*) FROM bed_report"_s).toInt();
        const QString before = dump();

        HospitalImportOptions options;
        if (!mapping.isEmpty())
            options.columns.insert(mapping.section(u'=', 0, 0), mapping.section(u'=', 1));
        const HospitalImportSummary s = file.isEmpty() ? importText(data, options) : importFixture(file, options);
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(reason), qPrintable(s.error));
        QCOMPARE(s.reportsStored, 0);
        QCOMPARE(s.hospitalsCreated, 0);
        QVERIFY(s.toText().contains(u"Nothing was changed"_s));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM hospital"_s).toInt(), hospitals);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM bed_report"_s).toInt(), reports);
        QCOMPARE(dump(), before);
    }

    // A store error half-way rolls back the hospitals and reports already written.
    void storeFailureRollsBack()
    {
        run(u"CREATE TRIGGER refuse_eighty BEFORE INSERT ON bed_report WHEN NEW.general_total = 80"
            " BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_s);
        const HospitalImportSummary s = importFixture(u"counts_utf8.csv"_s);
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(u"refused by test"_s), qPrintable(s.error));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM hospital"_s).toInt(), 0);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM bed_report"_s).toInt(), 0);
    }

    void explicitMapping()
    {
        // "nombre" would be detected as the name; the mapping says the official name is elsewhere.
        const QByteArray data = "nombre;Nombre oficial;Punto;Día del parte;Total;Libres\n"
                                "HGN;Hospital General Norte;41.45 2.10;05/03/2024;200;12\n"_ba;
        HospitalImportOptions options;
        options.columns = {{u"name"_s, u"Nombre oficial"_s}, {u"latlon"_s, u"punto"_s}, {u"date"_s, u"DIA_DEL_PARTE"_s},
                           {u"general_total"_s, u"Total"_s}, {u"general_free"_s, u"Libres"_s}};
        options.source = u"SEDESA"_s;
        options.defaultReportTime = QTime(12, 0);
        const HospitalImportSummary s = importText(data, options);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.reportsStored, 1);
        const Row row = report(hospitalId(u"Hospital General Norte"_s), utc(2024, 3, 5, 12));
        QCOMPARE(row.generalTotal.toInt(), 200);
        QCOMPARE(row.generalFree.toInt(), 12);
        QCOMPARE(row.source.toString(), u"SEDESA"_s);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("time");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("ISO") << u"2024-03-01"_s << QString() << utc(2024, 3, 1);
        QTest::newRow("ISO slashes") << u"2024/03/01"_s << QString() << utc(2024, 3, 1);
        QTest::newRow("dd/MM/yyyy") << u"01/03/2024"_s << QString() << utc(2024, 3, 1);
        QTest::newRow("d/M/yy") << u"1/3/24"_s << QString() << utc(2024, 3, 1);
        QTest::newRow("dd-MM-yyyy") << u"01-03-2024"_s << QString() << utc(2024, 3, 1);
        QTest::newRow("dd.MM.yyyy") << u"01.03.2024"_s << QString() << utc(2024, 3, 1);
        QTest::newRow("ISO with time") << u"2024-03-01 14:30"_s << QString() << utc(2024, 3, 1, 14, 30);
        QTest::newRow("ISO T Z") << u"2024-03-01T14:30:15Z"_s << QString() << utc(2024, 3, 1, 14, 30, 15);
        QTest::newRow("ISO offset") << u"2024-03-01T14:30:00-06:00"_s << QString() << utc(2024, 3, 1, 20, 30);
        QTest::newRow("ISO millis") << u"2024-03-01T14:30:00.250Z"_s << QString() << utc(2024, 3, 1, 14, 30);
        QTest::newRow("dd/MM/yyyy time") << u"01/03/2024 08:15:00"_s << QString() << utc(2024, 3, 1, 8, 15);
        QTest::newRow("separate time column") << u"01/03/2024"_s << u"07:45"_s << utc(2024, 3, 1, 7, 45);
    }

    void dates()
    {
        QFETCH(QString, date);
        QFETCH(QString, time);
        QFETCH(qint64, expected);
        const QByteArray data = (u"nombre;lat;lon;fecha;hora;camas\nHospital A;41,4;2,1;"_s + date + u';' + time
                                 + u";10\n"_s).toUtf8();
        const HospitalImportSummary s = importText(data);
        QVERIFY2(s.ok && s.reportsStored == 1, qPrintable(s.toText()));
        QCOMPARE(scalar(u"SELECT reported_at FROM bed_report"_s).toLongLong(), expected);
    }

    void monthFirstDates()
    {
        const QByteArray data = "name,lat,lon,date,beds,free beds\n"
                                "Hospital A,41.4,2.1,03/25/2024,10,5\n"
                                "Hospital A,41.4,2.1,03/26/2024,10,4\n"_ba;
        const HospitalImportSummary s = importText(data);
        QVERIFY2(s.ok && s.reportsStored == 2, qPrintable(s.toText()));
        QVERIFY(hasNote(s, {u"month first"_s}));
        QCOMPARE(report(hospitalId(u"Hospital A"_s), utc(2024, 3, 26)).generalFree.toInt(), 4);
    }

    void portugueseCounts()
    {
        const QByteArray data = "Nome;Latitude;Longitude;Data;Leitos;Leitos ocupados;Leitos UTI;Leitos UTI disponíveis\n"
                                "Hospital Municipal;41,42;2,11;2024-03-01;150;120;12;2\n"_ba;
        const HospitalImportSummary s = importText(data);
        QVERIFY2(s.ok && s.reportsStored == 1, qPrintable(s.toText()));
        const Row row = report(hospitalId(u"Hospital Municipal"_s), utc(2024, 3, 1));
        QCOMPARE(row.generalTotal.toInt(), 150);
        QCOMPARE(row.generalFree.toInt(), 30);
        QCOMPARE(row.icuTotal.toInt(), 12);
        QCOMPARE(row.icuFree.toInt(), 2);
    }

    void badRows_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no name") << ",41.4,2.1,2024-03-01,10,5"_ba << u"name"_s << u"no hospital name"_s;
        QTest::newRow("no date") << "A,41.4,2.1,,10,5"_ba << u"date"_s << u"no date"_s;
        QTest::newRow("bad date") << "A,41.4,2.1,ayer,10,5"_ba << u"date"_s << u"“ayer” is not a date"_s;
        QTest::newRow("bad latitude") << "A,norte,2.1,2024-03-01,10,5"_ba << u"lat"_s << u"“norte” is not a coordinate"_s;
        QTest::newRow("half a position") << "A,41.4,,2024-03-01,10,5"_ba << u"lon"_s << u"this one is empty"_s;
        QTest::newRow("off the Earth") << "A,141.4,200.1,2024-03-01,10,5"_ba << u"lat"_s << u"not a position on Earth"_s;
        QTest::newRow("negative beds") << "A,41.4,2.1,2024-03-01,-10,5"_ba << u"beds"_s << u"“-10” is not a number of beds"_s;
        QTest::newRow("fractional beds") << "A,41.4,2.1,2024-03-01,10.5,5"_ba << u"beds"_s << u"“10.5”"_s;
        QTest::newRow("more free than beds") << "A,41.4,2.1,2024-03-01,10,50"_ba << u"free"_s << u"50 free beds but only 10"_s;
        QTest::newRow("nothing reported") << "A,41.4,2.1,2024-03-01,,"_ba << QString() << u"no bed counts and no level"_s;
        QTest::newRow("too many fields") << "A,41.4,2.1,2024-03-01,10,5,7,8"_ba << QString() << u"8 fields where the header has 6"_s;
        QTest::newRow("too few fields") << "A,41.4,2.1"_ba << QString() << u"3 fields where the header has 6"_s;
    }

    void badRows()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const HospitalImportSummary s = importText("name,lat,lon,date,beds,free\nGood,41.4,2.1,2024-03-01,10,5\n"_ba + row + '\n');
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.rowsRead, 2);
        QCOMPARE(s.reportsStored, 1);
        QCOMPARE(s.rowsSkipped, 1);
        QVERIFY(hasIssue(s, 3, field, reason));
    }
};

QTEST_GUILESS_MAIN(TestHospitalImport)
#include "tst_hospitalimport.moc"
