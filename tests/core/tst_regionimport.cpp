#include "geo/geometry.h"
#include "io/regionimport.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using atalaya::Database;
using atalaya::GeoPoint;
using atalaya::Geometry;
using atalaya::RegionImportIssue;
using atalaya::RegionImportOptions;
using atalaya::RegionImportSummary;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RegionImportOptions)

/** Region polygons from GeoJSON: what is stored for new and known regions (ids kept, epidemic
 *  figures untouched), property names in three languages, parents by code, name and location,
 *  every way a feature can be wrong, and files refused whole with the store unchanged. */
class TestRegionImport : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    static constexpr qint64 kCity = 1;

    void run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(Database::exec(query), qPrintable(sql));
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

    /** One column of the region of that level and code; column is a fixed name, never input. */
    QVariant region(const QString &level, const QString &code, const QString &column)
    {
        return scalar(u"SELECT %1 FROM region WHERE level = ? AND code = ?"_s.arg(column), {level, code});
    }

    qint64 regionId(const QString &level, const QString &code)
    {
        const QVariant id = region(level, code, u"id"_s);
        return id.isValid() ? id.toLongLong() : -1;
    }

    Geometry storedGeometry(const QString &level, const QString &code)
    {
        Geometry geometry;
        QString error;
        if (!atalaya::geo::fromGeoJson(region(level, code, u"geometry"_s).toString(), &geometry, &error))
            qWarning().noquote() << "stored geometry of" << code << "does not parse:" << error;
        return geometry;
    }

    /** The region and epidemic tables as text: equal dumps mean nothing changed. */
    QString dump()
    {
        QStringList lines;
        for (const QString &sql : {u"SELECT * FROM region ORDER BY id"_s, u"SELECT * FROM epidemic_daily ORDER BY region_id, day"_s}) {
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

    static QString fixturePath(const QString &name)
    {
        const QString path = QFINDTESTDATA(u"../data/"_s + name);
        if (path.isEmpty())
            qFatal("fixture %s not found", qPrintable(name));
        return path;
    }

    RegionImportSummary importFixture(const QString &name, const QString &level = {})
    {
        RegionImportOptions options;
        options.level = level;
        return atalaya::importRegionsFile(m_db, fixturePath(u"regions/"_s + name), options);
    }

    RegionImportSummary importText(const QByteArray &data, const QString &level = {})
    {
        RegionImportOptions options;
        options.level = level;
        return atalaya::importRegionsData(m_db, data, u"inline.geojson"_s, options);
    }

    static bool addsUp(const RegionImportSummary &s)
    {
        return s.featuresRead == s.regionsInserted + s.regionsUpdated + s.regionsUnchanged + s.featuresSkipped
            && s.issues.size() == s.featuresSkipped;
    }

    static bool hasIssue(const RegionImportSummary &s, int feature, const QString &field, const QString &reason)
    {
        for (const RegionImportIssue &issue : s.issues) {
            if (issue.feature == feature && issue.field == field && issue.reason == reason)
                return true;
        }
        qWarning().noquote() << "no issue" << feature << field << reason << "in\n" << s.toText();
        return false;
    }

    static bool hasNote(const RegionImportSummary &s, const QString &part)
    {
        for (const QString &note : s.notes) {
            if (note.contains(part))
                return true;
        }
        qWarning().noquote() << "no note containing" << part << "in\n" << s.toText();
        return false;
    }

    static double rectangleArea(double lat0, double lat1, double lon0, double lon1)
    {
        return atalaya::geo::areaKm2(atalaya::Ring{{lat0, lon0}, {lat0, lon1}, {lat1, lon1}, {lat1, lon0}});
    }

private slots:
    void init()
    {
        QVERIFY(m_db.openInMemory().ok());
        // The city the districts hang from, as the demo city stores it.
        run(u"INSERT INTO region (id, level, code, name, population, geometry, centroid_lat, centroid_lon,"
            " min_lat, min_lon, max_lat, max_lon) VALUES (?, 'city', 'PAT', 'Puerto Atalaya', 0, ?, 39.0, -9.32,"
            " 38.9, -9.45, 39.1, -9.2)"_s,
            {kCity, u"{\"type\":\"Polygon\",\"coordinates\":[[[-9.45,38.9],[-9.2,38.9],[-9.2,39.1],[-9.45,39.1],[-9.45,38.9]]]}"_s});
    }

    void cleanup() { m_db.close(); }

    void insertsDistricts()
    {
        const RegionImportSummary s = importFixture(u"districts.geojson"_s, u"district"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.featuresRead, 4);
        QCOMPARE(s.regionsInserted, 4);
        QCOMPARE(s.regionsUpdated, 0);
        QCOMPARE(s.regionsUnchanged, 0);
        QCOMPARE(s.featuresSkipped, 0);
        QVERIFY(addsUp(s));
        QCOMPARE(s.propertiesIgnored, QStringList{u"fid"_s});
        QVERIFY(hasNote(s, u"1 region(s) gave no population (“D04”): new ones were stored with 0"_s));
        QVERIFY(hasNote(s, u"Areas that cannot be in km² (m² or hectares?) were replaced by the polygon's own: D02 (3080 given"_s));
        QVERIFY(hasNote(s, u"Properties not imported: “fid”."_s));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM region WHERE level = 'district'"_s).toInt(), 4);

        const QString d = u"district"_s;
        QCOMPARE(region(d, u"D01"_s, u"name"_s).toString(), u"Centro"_s);
        QCOMPARE(region(d, u"D01"_s, u"population"_s).toLongLong(), 145120);
        QCOMPARE(region(d, u"D01"_s, u"area_km2"_s).toDouble(), 30.8); // given, and it fits the polygon
        QCOMPARE(region(d, u"D01"_s, u"share_over_65"_s).toDouble(), 0.231);
        QCOMPARE(region(d, u"D01"_s, u"deprivation_index"_s).toDouble(), 0.42);
        QCOMPARE(region(d, u"D01"_s, u"parent_id"_s).toLongLong(), kCity);
        // Label point and box of a rectangle: its middle and its corners.
        QCOMPARE(region(d, u"D01"_s, u"centroid_lat"_s).toDouble(), 38.98);
        QCOMPARE(region(d, u"D01"_s, u"centroid_lon"_s).toDouble(), -9.36);
        QCOMPARE(region(d, u"D01"_s, u"min_lat"_s).toDouble(), 38.96);
        QCOMPARE(region(d, u"D01"_s, u"max_lon"_s).toDouble(), -9.32);
        QCOMPARE(region(d, u"D01"_s, u"geometry"_s).toString(),
                 u"{\"type\":\"Polygon\",\"coordinates\":[[[-9.4,38.96],[-9.32,38.96],[-9.32,39],[-9.4,39],[-9.4,38.96]]]}"_s);

        // "area": 3080 was hectares: the polygon's own area in km² was stored.
        QVERIFY(qAbs(region(d, u"D02"_s, u"area_km2"_s).toDouble() - rectangleArea(38.96, 39.0, -9.32, -9.24)) < 1e-3);

        // MultiPolygon: kept as one, its box spans the island, its label sits in the larger part.
        const Geometry ribera = storedGeometry(d, u"D03"_s);
        QCOMPARE(ribera.type, Geometry::Type::MultiPolygon);
        QCOMPARE(ribera.polygons.size(), 2);
        QCOMPARE(region(d, u"D03"_s, u"max_lat"_s).toDouble(), 39.06);
        QCOMPARE(region(d, u"D03"_s, u"min_lon"_s).toDouble(), -9.42);
        const GeoPoint riberaLabel{region(d, u"D03"_s, u"centroid_lat"_s).toDouble(), region(d, u"D03"_s, u"centroid_lon"_s).toDouble()};
        QVERIFY(atalaya::geo::contains(ribera.polygons.first(), riberaLabel));
        QVERIFY(qAbs(region(d, u"D03"_s, u"area_km2"_s).toDouble() - rectangleArea(39.0, 39.04, -9.4, -9.32)
                     - rectangleArea(39.05, 39.06, -9.42, -9.41)) < 1e-3);
        QVERIFY(region(d, u"D03"_s, u"deprivation_index"_s).isNull()); // not reported, not 0

        // No population: 0 on insert. The hole is kept, and the label is not in it.
        QCOMPARE(region(d, u"D04"_s, u"population"_s).toLongLong(), 0);
        QVERIFY(region(d, u"D04"_s, u"share_over_65"_s).isNull());
        const Geometry penascal = storedGeometry(d, u"D04"_s);
        QCOMPARE(penascal.polygons.size(), 1);
        QCOMPARE(penascal.polygons.first().holes.size(), 1);
        const GeoPoint penascalLabel{region(d, u"D04"_s, u"centroid_lat"_s).toDouble(), region(d, u"D04"_s, u"centroid_lon"_s).toDouble()};
        QVERIFY(atalaya::geo::contains(penascal.polygons, penascalLabel));
        QCOMPARE(region(d, u"D04"_s, u"name"_s).toString(), u"Peñascal"_s);

        const QString text = s.toText();
        QVERIFY2(text.startsWith(u"Imported districts.geojson (GeoJSON).\nFeatures read: 4. Regions new: 4, updated: 0, "
                                 "unchanged: 0. Features skipped: 0."_s), qPrintable(text));
    }

    void reimportChangesNothing()
    {
        QVERIFY(importFixture(u"districts.geojson"_s, u"district"_s).ok);
        QVERIFY(importFixture(u"barrios_es.geojson"_s).ok);
        const QString before = dump();
        const RegionImportSummary districts = importFixture(u"districts.geojson"_s, u"district"_s);
        QVERIFY2(districts.ok, qPrintable(districts.toText()));
        QCOMPARE(districts.regionsUnchanged, 4);
        QCOMPARE(districts.regionsInserted + districts.regionsUpdated, 0);
        const RegionImportSummary barrios = importFixture(u"barrios_es.geojson"_s);
        QCOMPARE(barrios.regionsUnchanged, 5);
        QCOMPARE(barrios.regionsInserted + barrios.regionsUpdated, 0);
        QCOMPARE(dump(), before);
    }

    void updateKeepsIdsAndEpidemicFigures()
    {
        QVERIFY(importFixture(u"districts.geojson"_s, u"district"_s).ok);
        const QString d = u"district"_s;
        const qint64 centro = regionId(d, u"D01"_s);
        const qint64 sanTelmo = regionId(d, u"D02"_s);
        const qint64 penascal = regionId(d, u"D04"_s);
        run(u"INSERT INTO epidemic_daily (region_id, day, cases, source) VALUES (?, '2024-03-01', 12, 'boletin'),"
            " (?, '2024-03-01', 7, 'boletin'), (?, '2024-03-02', NULL, 'boletin')"_s, {centro, sanTelmo, penascal});
        const QString penascalBefore = scalar(u"SELECT name || population || geometry || centroid_lat || min_lon"
                                              " FROM region WHERE id = ?"_s, {penascal}).toString();

        const RegionImportSummary s = importFixture(u"districts_update.geojson"_s, u"district"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.featuresRead, 4);
        QCOMPARE(s.regionsInserted, 1);  // D06
        QCOMPARE(s.regionsUpdated, 2);   // D01 redrawn, D02 renamed
        QCOMPARE(s.regionsUnchanged, 1); // D03
        QVERIFY(addsUp(s));
        QVERIFY(hasNote(s, u"1 region(s) gave no population (“D02”): new ones were stored with 0, known ones kept theirs."_s));

        QCOMPARE(regionId(d, u"D01"_s), centro);
        QCOMPARE(regionId(d, u"D02"_s), sanTelmo);
        QCOMPARE(region(d, u"D01"_s, u"population"_s).toLongLong(), 150000);
        QCOMPARE(region(d, u"D01"_s, u"min_lon"_s).toDouble(), -9.41);
        QCOMPARE(region(d, u"D01"_s, u"centroid_lon"_s).toDouble(), -9.365);
        QCOMPARE(region(d, u"D01"_s, u"area_km2"_s).toDouble(), 34.6);
        QCOMPARE(region(d, u"D02"_s, u"name"_s).toString(), u"San Telmo y Puerto"_s);
        QCOMPARE(region(d, u"D02"_s, u"population"_s).toLongLong(), 161200); // kept
        QCOMPARE(region(d, u"D06"_s, u"population"_s).toLongLong(), 40500);
        QCOMPARE(region(d, u"D06"_s, u"parent_id"_s).toLongLong(), kCity);
        // D04 was not in the file: nothing about it changed.
        QCOMPARE(scalar(u"SELECT name || population || geometry || centroid_lat || min_lon FROM region WHERE id = ?"_s,
                        {penascal}).toString(), penascalBefore);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM region WHERE level = 'district'"_s).toInt(), 5);

        // The epidemic figures still belong to the same regions.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_daily"_s).toInt(), 3);
        QCOMPARE(scalar(u"SELECT cases FROM epidemic_daily WHERE region_id = ?"_s, {centro}).toInt(), 12);
        QCOMPARE(scalar(u"SELECT cases FROM epidemic_daily WHERE region_id = ?"_s, {sanTelmo}).toInt(), 7);
        QVERIFY(scalar(u"SELECT cases FROM epidemic_daily WHERE region_id = ?"_s, {penascal}).isNull());
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM epidemic_daily e LEFT JOIN region r ON r.id = e.region_id"
                        " WHERE r.id IS NULL"_s).toInt(), 0);
    }

    void spanishPropertiesAndParents()
    {
        QVERIFY(importFixture(u"districts.geojson"_s, u"district"_s).ok);
        const RegionImportSummary s = importFixture(u"barrios_es.geojson"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.featuresRead, 5);
        QCOMPARE(s.regionsInserted, 5);
        QCOMPARE(s.featuresSkipped, 0);
        QVERIFY(addsUp(s));
        QCOMPARE(s.propertiesIgnored, QStringList{u"observaciones"_s});
        QVERIFY(hasNote(s, u"1 share(s) of people over 65 were percentages"_s));
        QVERIFY(hasNote(s, u"2 neighbourhood(s) were placed in the district that contains them."_s));
        for (const QString &note : s.notes)
            QVERIFY2(!note.contains(u"no population"_s), qPrintable(note));

        const QString n = u"neighbourhood"_s;
        const QString d = u"district"_s;
        // "población": "12.345" (thousands separator), "mayores_65": "21,5 %" (a percentage).
        QCOMPARE(region(n, u"011"_s, u"name"_s).toString(), u"Casco Viejo"_s);
        QCOMPARE(region(n, u"011"_s, u"population"_s).toLongLong(), 12345);
        QCOMPARE(region(n, u"011"_s, u"share_over_65"_s).toDouble(), 0.215);
        QCOMPARE(region(n, u"011"_s, u"deprivation_index"_s).toDouble(), 0.41);
        // Parents: by code ("D01"), by location (no "distrito"), by name ("San Telmo"), and a
        // district that comes after its neighbourhood in the same file.
        QCOMPARE(region(n, u"011"_s, u"parent_id"_s).toLongLong(), regionId(d, u"D01"_s));
        QCOMPARE(region(n, u"012"_s, u"parent_id"_s).toLongLong(), regionId(d, u"D01"_s));
        QCOMPARE(region(n, u"012"_s, u"name"_s).toString(), u"Santa Lucía"_s); // "Código", "Nombre": any case
        QCOMPARE(region(n, u"012"_s, u"population"_s).toLongLong(), 9870);
        QCOMPARE(region(n, u"012"_s, u"share_over_65"_s).toDouble(), 0.19);
        QCOMPARE(region(n, u"021"_s, u"parent_id"_s).toLongLong(), regionId(d, u"D02"_s));
        QCOMPARE(region(d, u"D05"_s, u"parent_id"_s).toLongLong(), kCity);
        QCOMPARE(region(n, u"051"_s, u"parent_id"_s).toLongLong(), regionId(d, u"D05"_s));
        QVERIFY(regionId(d, u"D05"_s) > 0);
    }

    void portuguesePropertiesAndMultiPolygon()
    {
        QVERIFY(importFixture(u"districts.geojson"_s, u"district"_s).ok);
        const RegionImportSummary s = importFixture(u"bairros_pt.geojson"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.regionsInserted, 2);
        QVERIFY(s.propertiesIgnored.isEmpty());
        const QString n = u"neighbourhood"_s;
        const QString d = u"district"_s;
        QCOMPARE(region(n, u"031"_s, u"name"_s).toString(), u"Ribeira Velha"_s);
        QCOMPARE(region(n, u"031"_s, u"population"_s).toLongLong(), 8200);
        QCOMPARE(region(n, u"031"_s, u"share_over_65"_s).toDouble(), 0.19);
        QCOMPARE(region(n, u"031"_s, u"deprivation_index"_s).toDouble(), 0.35);
        QCOMPARE(region(n, u"031"_s, u"parent_id"_s).toLongLong(), regionId(d, u"D03"_s));
        const Geometry ribeira = storedGeometry(n, u"031"_s);
        QCOMPARE(ribeira.type, Geometry::Type::MultiPolygon);
        QCOMPARE(ribeira.polygons.size(), 2);
        QCOMPARE(region(n, u"031"_s, u"max_lat"_s).toDouble(), 39.03);
        QVERIFY(qAbs(region(n, u"031"_s, u"area_km2"_s).toDouble() - rectangleArea(39.0, 39.02, -9.4, -9.37)
                     - rectangleArea(39.02, 39.03, -9.36, -9.34)) < 1e-3);
        // "nível": "freguesia"; "população": "5.432"; "idosos": "18%"; "ivs": "0,52".
        QCOMPARE(region(n, u"041"_s, u"population"_s).toLongLong(), 5432);
        QCOMPARE(region(n, u"041"_s, u"share_over_65"_s).toDouble(), 0.18);
        QCOMPARE(region(n, u"041"_s, u"deprivation_index"_s).toDouble(), 0.52);
        // In Peñascal, beside the hole: found by location.
        QCOMPARE(region(n, u"041"_s, u"parent_id"_s).toLongLong(), regionId(d, u"D04"_s));
    }

    void levelOptionOverridesProperties()
    {
        const RegionImportSummary s = importFixture(u"barrios_es.geojson"_s, u"neighbourhood"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.regionsInserted, 5);
        QVERIFY(hasNote(s, u"1 feature(s) named another level in their properties; all were read as neighbourhood as asked."_s));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM region WHERE level = 'neighbourhood'"_s).toInt(), 5);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM region WHERE level = 'district'"_s).toInt(), 0);
        // No district in the store: the parents named cannot be found, and nothing contains them.
        QVERIFY(hasNote(s, u"Parents that matched no region in the store or the file: “D01” (feature 1), “San Telmo” (feature 3)."_s));
        QVERIFY(hasNote(s, u"Neighbourhoods in no district of the store, kept without one: “011”, “012”, “021”, “051”, “D05”."_s));
        QVERIFY(region(u"neighbourhood"_s, u"011"_s, u"parent_id"_s).isNull());
    }

    // The Epidemic page's import: features without a level take the level on screen, features
    // with one keep theirs.
    void defaultLevelFillsOnlyMissingLevels()
    {
        RegionImportOptions options;
        options.defaultLevel = u"district"_s;
        const QByteArray data = R"({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"codigo": "D09", "nombre": "Norte"},
             "geometry": {"type": "Polygon", "coordinates": [[[-9.4, 38.96], [-9.36, 38.96], [-9.36, 38.98], [-9.4, 38.98], [-9.4, 38.96]]]}},
            {"type": "Feature", "properties": {"codigo": "091", "nombre": "Alto", "nivel": "barrio", "distrito": "D09"},
             "geometry": {"type": "Polygon", "coordinates": [[[-9.39, 38.965], [-9.37, 38.965], [-9.37, 38.975], [-9.39, 38.975], [-9.39, 38.965]]]}}
        ]})";
        const RegionImportSummary s = atalaya::importRegionsData(m_db, data, u"inline.geojson"_s, options);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.regionsInserted, 2);
        QCOMPARE(region(u"district"_s, u"D09"_s, u"name"_s).toString(), u"Norte"_s);
        QCOMPARE(region(u"neighbourhood"_s, u"091"_s, u"parent_id"_s).toLongLong(), regionId(u"district"_s, u"D09"_s));

        options.defaultLevel = u"borough"_s;
        const RegionImportSummary refused = atalaya::importRegionsData(m_db, data, u"inline.geojson"_s, options);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"borough"_s), qPrintable(refused.error));
    }

    void badFeaturesAreSkippedAndNamed()
    {
        const RegionImportSummary s = importFixture(u"bad_features.geojson"_s, u"postcode"_s);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.featuresRead, 16);
        QCOMPARE(s.regionsInserted, 3);
        QCOMPARE(s.featuresSkipped, 13);
        QVERIFY(addsUp(s));
        QVERIFY(hasIssue(s, 4, u"geometry"_s, u"a Point is not an area; a region needs a Polygon or MultiPolygon"_s));
        QVERIFY(hasIssue(s, 5, u"geometry"_s, u"ring 1 is not closed (its last position must repeat its first)"_s));
        QVERIFY(hasIssue(s, 6, u"geometry"_s, u"ring 1 has 3 position(s); a closed ring needs at least 4"_s));
        QVERIFY(hasIssue(s, 7, u"geometry"_s, u"ring 1, position 1: [199, 38.96] is outside longitude -180..180, latitude "
                                              "-90..90 (are the coordinates projected, in metres?)"_s));
        QVERIFY(hasIssue(s, 8, u"geometry"_s, u"the shape lies at latitude -9.3000, longitude 38.9900, far from the other "
                                              "regions, which it would join with latitude and longitude swapped: the "
                                              "positions look like [latitude, longitude], GeoJSON wants [longitude, latitude]"_s));
        QVERIFY(hasIssue(s, 9, u"code"_s, u"no code (such as “code”, “codigo” or “id”)"_s));
        QVERIFY(hasIssue(s, 10, u"name"_s, u"no name (such as “name”, “nombre” or “nome”)"_s));
        QVERIFY(hasIssue(s, 11, u"geometry"_s, u"no geometry (a region needs a Polygon or MultiPolygon)"_s));
        QVERIFY(hasIssue(s, 12, QString(), u"the same post code “39001” as feature 1, which was kept"_s));
        QVERIFY(hasIssue(s, 13, u"poblacion"_s, u"“muchos” is not a whole number of people"_s));
        QVERIFY(hasIssue(s, 14, u"geometry"_s, u"ring 1, position 1: latitude 139.6 is outside -90..90; the positions look "
                                               "like [latitude, longitude], GeoJSON wants [longitude, latitude]"_s));
        QVERIFY(hasIssue(s, 15, QString(), u"not a GeoJSON Feature"_s));
        QVERIFY(hasIssue(s, 16, u"geometry"_s, u"the polygon encloses no area"_s));

        QCOMPARE(scalar(u"SELECT COUNT(*) FROM region WHERE level = 'postcode'"_s).toInt(), 3);
        QCOMPARE(region(u"postcode"_s, u"39001"_s, u"name"_s).toString(), u"Casco Viejo"_s); // the first one kept
        QCOMPARE(region(u"postcode"_s, u"39003"_s, u"population"_s).toLongLong(), 7000);
        QCOMPARE(region(u"postcode"_s, u"39001"_s, u"parent_id"_s).toLongLong(), kCity);

        const QString text = s.toText();
        QVERIFY2(text.contains(u"\nSkipped:\n  feature 4, geometry: a Point is not an area"_s), qPrintable(text));
        QVERIFY2(text.contains(u"\n  feature 12: the same post code “39001” as feature 1, which was kept\n"_s), qPrintable(text));
    }

    void swappedAgainstTheStore()
    {
        // One feature alone says nothing about where the city is; the store's regions do.
        QVERIFY(importFixture(u"districts.geojson"_s, u"district"_s).ok);
        const QByteArray swapped = R"({"type": "Feature", "properties": {"code": "099", "name": "Revés", "level": "barrio"},
            "geometry": {"type": "Polygon", "coordinates": [[[38.97, -9.38], [38.97, -9.37], [38.98, -9.37], [38.97, -9.38]]]}})";
        const RegionImportSummary s = importText(swapped);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.featuresSkipped, 1);
        QCOMPARE(s.issues.first().field, u"geometry"_s);
        QVERIFY2(s.issues.first().reason.contains(u"[latitude, longitude]"_s), qPrintable(s.issues.first().reason));
        QCOMPARE(regionId(u"neighbourhood"_s, u"099"_s), -1);

        // The same shape the right way round, as a single Feature, is imported.
        const QByteArray right = R"({"type": "Feature", "properties": {"code": "099", "name": "Revés", "level": "barrio"},
            "geometry": {"type": "Polygon", "coordinates": [[[-9.38, 38.97], [-9.37, 38.97], [-9.37, 38.98], [-9.38, 38.97]]]}})";
        const RegionImportSummary t = importText(right);
        QVERIFY2(t.ok && t.regionsInserted == 1, qPrintable(t.toText()));
        QCOMPARE(region(u"neighbourhood"_s, u"099"_s, u"parent_id"_s).toLongLong(), regionId(u"district"_s, u"D01"_s));
    }

    void featureWithoutLevel()
    {
        // Some features give their level and one does not: that one is skipped, not guessed.
        const QByteArray data = R"({"type": "FeatureCollection", "features": [
            {"type": "Feature", "id": "D01", "properties": {"nombre": "Centro", "tipo": "Distrito"},
             "geometry": {"type": "Polygon", "coordinates": [[[-9.4, 38.96], [-9.32, 38.96], [-9.32, 39], [-9.4, 39], [-9.4, 38.96]]]}},
            {"type": "Feature", "properties": {"codigo": "D02", "nombre": "San Telmo"},
             "geometry": {"type": "Polygon", "coordinates": [[[-9.32, 38.96], [-9.24, 38.96], [-9.24, 39], [-9.32, 39], [-9.32, 38.96]]]}},
            {"type": "Feature", "properties": {"codigo": "X1", "nombre": "Todo", "tipo": "municipio"},
             "geometry": {"type": "Polygon", "coordinates": [[[-9.32, 38.96], [-9.24, 38.96], [-9.24, 39], [-9.32, 39], [-9.32, 38.96]]]}}]})";
        const RegionImportSummary s = importText(data);
        QVERIFY2(s.ok, qPrintable(s.toText()));
        QCOMPARE(s.regionsInserted, 1);
        QVERIFY(hasIssue(s, 2, u"level"_s, u"no level (district, neighbourhood or post code) given"_s));
        QVERIFY(hasIssue(s, 3, u"tipo"_s, u"“municipio” is not a region level (district, neighbourhood or post code)"_s));
        QCOMPARE(region(u"district"_s, u"D01"_s, u"name"_s).toString(), u"Centro"_s); // code from the Feature's "id"
    }

    void refusalChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("error");
        const QString district = u"district"_s;
        QTest::newRow("csv") << QByteArray() << u"regions/not_geojson.csv"_s << district
                             << u"The file is not GeoJSON (it does not start with “{”)."_s;
        QTest::newRow("topojson") << QByteArray() << u"regions/topology.json"_s << district
                                  << u"The file is JSON but not a GeoJSON FeatureCollection or Feature (its “type” is “Topology”)."_s;
        QTest::newRow("image") << QByteArray() << u"hospitals/not_csv.png"_s << district << u"The file is not text"_s;
        QTest::newRow("empty") << QByteArray(" \n") << QString() << district << u"The file is empty."_s;
        QTest::newRow("broken json") << QByteArray(R"({"type": "FeatureCollection", "features": [)") << QString() << district
                                     << u"The file starts like GeoJSON but is not valid JSON"_s;
        QTest::newRow("array") << QByteArray(R"([{"type": "Feature"}])") << QString() << district
                               << u"The file is a JSON array, not a GeoJSON FeatureCollection or Feature."_s;
        QTest::newRow("no type") << QByteArray(R"({"id": "urn:ngsi-ld:Hospital:1", "name": "Hospital"})") << QString() << district
                                 << u"it has no “type” member"_s;
        QTest::newRow("bare geometry")
            << QByteArray(R"({"type": "Polygon", "coordinates": [[[-9.4, 38.96], [-9.32, 38.96], [-9.32, 39], [-9.4, 38.96]]]})")
            << QString() << district << u"The file is a bare Polygon geometry"_s;
        QTest::newRow("projected") << QByteArray(R"({"type": "FeatureCollection", "crs": {"type": "name", "properties":
            {"name": "urn:ogc:def:crs:EPSG::25830"}}, "features": [{"type": "Feature", "properties": {"code": "1", "name": "A"},
            "geometry": {"type": "Polygon", "coordinates": [[[440000, 4310000], [441000, 4310000], [441000, 4311000], [440000, 4310000]]]}}]})")
                                   << QString() << district << u"The coordinates are in urn:ogc:def:crs:EPSG::25830"_s;
        QTest::newRow("no features") << QByteArray(R"({"type": "FeatureCollection", "features": []})") << QString() << district
                                     << u"The file holds no features."_s;
        QTest::newRow("features not a list") << QByteArray(R"({"type": "FeatureCollection", "features": {}})") << QString()
                                             << district << u"The FeatureCollection has no “features” array."_s;
        QTest::newRow("no level anywhere") << QByteArray() << u"regions/districts.geojson"_s << QString()
                                           << u"No feature says which level it is"_s;
        QTest::newRow("bad level option") << QByteArray() << u"regions/districts.geojson"_s << u"barrio"_s
                                          << u"“barrio” is not a region level (district, neighbourhood or postcode)."_s;
    }

    void refusalChangesNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fixture);
        QFETCH(QString, level);
        QFETCH(QString, error);
        QVERIFY(importFixture(u"districts.geojson"_s, u"district"_s).ok);
        QVERIFY(importFixture(u"barrios_es.geojson"_s).ok);
        const QString before = dump();
        RegionImportOptions options;
        options.level = level;
        const RegionImportSummary s = fixture.isEmpty() ? importText(data, level)
                                                        : atalaya::importRegionsFile(m_db, fixturePath(fixture), options);
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(error), qPrintable(s.error));
        QCOMPARE(s.featuresRead, 0);
        QCOMPARE(s.regionsInserted, 0);
        QVERIFY(s.issues.isEmpty());
        QVERIFY(s.toText().startsWith(u"Refused "_s));
        QVERIFY(s.toText().endsWith(u"Nothing was changed."_s));
        QCOMPARE(dump(), before);
    }

    void storeErrorRollsEverythingBack()
    {
        QVERIFY(importFixture(u"districts.geojson"_s, u"district"_s).ok);
        const QString before = dump();
        // The new region fails to write: the two updates before it must not stay behind.
        run(u"CREATE TRIGGER refuse_d06 BEFORE INSERT ON region WHEN NEW.code = 'D06'"
            " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s);
        const RegionImportSummary s = importFixture(u"districts_update.geojson"_s, u"district"_s);
        QVERIFY(!s.ok);
        QVERIFY2(s.error.contains(u"refused by the test"_s), qPrintable(s.error));
        QVERIFY2(s.error.endsWith(u"nothing was imported."_s), qPrintable(s.error));
        QCOMPARE(s.regionsUpdated, 0);
        QCOMPARE(dump(), before);
    }

    void closedStoreIsRefused()
    {
        m_db.close();
        const RegionImportSummary s = importFixture(u"districts.geojson"_s, u"district"_s);
        QVERIFY(!s.ok);
        QCOMPARE(s.error, u"The store is not open."_s);
    }

    void unreadableFileIsRefused()
    {
        const RegionImportSummary s = atalaya::importRegionsFile(m_db, u"/nonexistent/barrios.geojson"_s);
        QVERIFY(!s.ok);
        QVERIFY2(s.error.startsWith(u"Cannot read "_s), qPrintable(s.error));
        QCOMPARE(s.fileName, u"barrios.geojson"_s);
    }
};

QTEST_GUILESS_MAIN(TestRegionImport)
#include "tst_regionimport.moc"
