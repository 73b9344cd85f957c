#include "services/servicestore.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace atalaya;
using namespace Qt::StringLiterals;

namespace {

bool run(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    return Database::exec(q);
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    if (!Database::exec(q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Every column but category, as text, for comparing rows before and after the upgrade.
QStringList rowsWithoutCategory(const Database &db)
{
    QStringList out;
    QSqlQuery q = db.prepare(u"SELECT id, external_id, name, address, post_code, region_id, lat, lon, status, opening_hours,"
                             " capacity, notes, updated_by, updated_at FROM service_point ORDER BY id"_s);
    if (!Database::exec(q))
        return out;
    while (q.next()) {
        QStringList fields;
        for (int c = 0; c < q.record().count(); ++c)
            fields.append(q.value(c).isNull() ? u"NULL"_s : q.value(c).toString());
        out.append(fields.join(u'|'));
    }
    return out;
}

} // namespace

/** Tests schemas 2 and 3 on their own and as upgrades of older stores that already hold data. */
class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void versionsAreConsecutive()
    {
        const QList<Migration> &all = migrations();
        QVERIFY(all.size() >= 2);
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(all[i].version, int(i + 1));
        QCOMPARE(Database::latestSchemaVersion(), all.constLast().version);
    }

    void upgradesVersionOneStoreKeepingEveryRow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"v1.db"_s);
        const QList<std::pair<QString, QString>> renamed = {
            {u"pharmacy"_s, u"pharmacies"_s},         {u"supermarket"_s, u"supermarkets"_s},
            {u"health_centre"_s, u"health-centres"_s}, {u"elderly_home"_s, u"elderly-homes"_s},
            {u"social_services"_s, u"social-services"_s}, {u"bench"_s, u"benches"_s},
            {u"recreational_area"_s, u"recreational-areas"_s},
        };
        QStringList before;
        {
            Database v1({migrations().first()}, u"v1-writer"_s);
            const auto opened = v1.open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            QCOMPARE(v1.schemaVersion(), 1);
            QVERIFY(v1.setMeta(u"city_name"_s, u"Testville"_s));
            QVERIFY(run(v1, u"INSERT INTO region (id, level, code, name, geometry, centroid_lat, centroid_lon, min_lat,"
                            " min_lon, max_lat, max_lon) VALUES (1, 'postcode', '39001', 'Centro',"
                            " '{\"type\":\"Polygon\",\"coordinates\":[[[-9.4,39],[-9.39,39],[-9.39,39.01],[-9.4,39.01],[-9.4,39]]]}',"
                            " 39.005, -9.395, 39, -9.4, 39.01, -9.39)"_s));
            // Two rows per old category, one with every optional column NULL.
            int id = 0;
            for (const auto &[old, slug] : renamed) {
                Q_UNUSED(slug);
                QSqlQuery full = v1.prepare(u"INSERT INTO service_point (id, external_id, category, name, address, post_code,"
                                            " region_id, lat, lon, status, opening_hours, capacity, notes, updated_by, updated_at)"
                                            " VALUES (?, ?, ?, ?, 'Calle Mayor, 1', '39001', 1, 39.005, -9.395, 'limited',"
                                            " 'Mo-Fr 09:00-14:00', 40, 'obras', 'ana', 1700000000)"_s);
                full.addBindValue(++id);
                full.addBindValue(u"ext-%1"_s.arg(id));
                full.addBindValue(old);
                full.addBindValue(u"Full %1"_s.arg(old));
                QVERIFY(Database::exec(full));
                QSqlQuery bare = v1.prepare(u"INSERT INTO service_point (id, category, name, lat, lon, status, updated_by,"
                                            " updated_at) VALUES (?, ?, ?, 39.2, -9.2, 'open', 'import', 1700000001)"_s);
                bare.addBindValue(++id);
                bare.addBindValue(old);
                bare.addBindValue(u"Bare %1"_s.arg(old));
                QVERIFY(Database::exec(bare));
            }
            QVERIFY(run(v1, u"INSERT INTO audit_log (id, at, actor, entity, entity_id, field, old_value, new_value)"
                            " VALUES (1, 1700000002, 'ana', 'service_point', 3, 'status', 'open', 'limited')"_s));
            before = rowsWithoutCategory(v1);
            QCOMPARE(before.size(), 14);
        }

        Database db;
        const auto upgraded = db.open(path);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM schema_migration"_s), qint64(Database::latestSchemaVersion()));
        QCOMPARE(db.meta(u"city_name"_s), u"Testville"_s);

        // Every row kept with every value; only the category changed, to its slug.
        QCOMPARE(rowsWithoutCategory(db), before);
        for (const auto &[old, slug] : renamed) {
            QSqlQuery q = db.prepare(u"SELECT category FROM service_point WHERE name IN (?, ?)"_s);
            q.addBindValue(u"Full %1"_s.arg(old));
            q.addBindValue(u"Bare %1"_s.arg(old));
            QVERIFY(Database::exec(q));
            int seen = 0;
            while (q.next()) {
                QCOMPARE(q.value(0).toString(), slug);
                ++seen;
            }
            QCOMPARE(seen, 2);
        }
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM service_point WHERE geometry IS NOT NULL"_s), 0LL);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE entity_id = 3 AND new_value = 'limited'"_s), 1LL);

        // The built-in categories, and the indexes rebuilt under their old names.
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM service_category WHERE builtin = 1"_s), 7LL);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM service_category"_s), 7LL);
        for (const char *index : {"service_point_category", "service_point_post_code", "service_point_lat_lon",
                                  "service_window_service"})
            QVERIFY2(scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'"_s.arg(QLatin1String(index))) == 1,
                     index);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'service_point_v2'"_s), 0LL);

        // The repository reads the upgraded store.
        ServiceStore store(db);
        const QList<ServiceCategory> categories = store.categories();
        QCOMPARE(categories.size(), 7);
        for (const ServiceCategory &c : categories)
            QCOMPARE(c.count, 2);
        QCOMPARE(store.indexedPoints(categories).size(), 14);
        QCOMPARE(store.servicesInPostCode(u"39001"_s).size(), 7);
    }

    void upgradesVersionTwoStoreWithSitesKeepingEveryRow()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"v2.db"_s);
        const QString siteColumns = u"id, name, kind, region_id, lat, lon, capacity, amber_threshold, red_threshold"_s;
        auto rows = [](const Database &db, const QString &sql) {
            QStringList out;
            QSqlQuery q = db.prepare(sql);
            if (!Database::exec(q))
                return out;
            while (q.next()) {
                QStringList fields;
                for (int c = 0; c < q.record().count(); ++c)
                    fields.append(q.value(c).isNull() ? u"NULL"_s : q.value(c).toString());
                out.append(fields.join(u'|'));
            }
            return out;
        };
        QStringList sitesBefore, sensorsBefore, observationsBefore;
        {
            Database v2(migrations().mid(0, 2), u"v2-writer"_s);
            const auto opened = v2.open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            QCOMPARE(v2.schemaVersion(), 2);
            QVERIFY(run(v2, u"INSERT INTO region (id, level, code, name, geometry, centroid_lat, centroid_lon, min_lat,"
                            " min_lon, max_lat, max_lon) VALUES (1, 'neighbourhood', 'N1', 'Centro',"
                            " '{\"type\":\"Polygon\",\"coordinates\":[[[-9.4,39],[-9.39,39],[-9.39,39.01],[-9.4,39.01],[-9.4,39]]]}',"
                            " 39.005, -9.395, 39, -9.4, 39.01, -9.39)"_s));
            // Every kind schema 2 knows, odd thresholds, a NULL region.
            QVERIFY(run(v2, u"INSERT INTO site (id, name, kind, region_id, lat, lon, capacity, amber_threshold, red_threshold)"
                            " VALUES (1, 'Playa Norte', 'beach', 1, 39.001, -9.391, 4000, 0.65, 0.875),"
                            " (2, 'Plaza Mayor', 'square', NULL, 39.002, -9.392, 800, 0.6, 0.9),"
                            " (3, 'Mercado', 'market', 1, 39.003, -9.393, 600, 0.123, 0.456),"
                            " (4, 'Estación', 'station', 1, 39.004, -9.394, 3500, 0.7, 0.85),"
                            " (5, 'Parque', 'park', NULL, 39.005, -9.395, 1000, 0.5, 0.8),"
                            " (7, 'Estadio', 'venue', 1, 39.006, -9.396, 20000, 0.66, 0.88),"
                            " (9, 'Sin sensor', 'square', 1, 39.007, -9.397, 50, 0.6, 0.9)"_s));
            // Codes come from the component: the demo city's own (1), two sensors agreeing (7);
            // a component shared by two sites (2, 3), a blank one (4), one that is another
            // site's fallback (5 says 'site-9') and no sensor at all (9) fall back to site-<id>.
            QVERIFY(run(v2, u"INSERT INTO sensor (id, provider, component, code, type, unit, site_id, lat, lon) VALUES"
                            " (1, 'demo', 'playa-norte', 'occ-playa-norte', 'people_count', 'people', 1, 39.001, -9.391),"
                            " (2, 'bcn', 'plazas', 'occ-2', 'people_count', NULL, 2, NULL, NULL),"
                            " (3, 'bcn', 'plazas', 'occ-3', 'people_count', NULL, 3, NULL, NULL),"
                            " (4, 'bcn', '', 'occ-4', 'people_count', NULL, 4, NULL, NULL),"
                            " (5, 'bcn', 'site-9', 'occ-5', 'people_count', NULL, 5, NULL, NULL),"
                            " (6, 'bcn', 'estadio', 'occ-6a', 'people_count', NULL, 7, NULL, NULL),"
                            " (7, 'bcn', 'estadio', 'occ-6b', 'occupancy_rate', NULL, 7, NULL, NULL),"
                            " (8, 'bcn', 'meteo', 'temp-1', 'temperature', 'C', NULL, 39.0, -9.3)"_s));
            QVERIFY(run(v2, u"INSERT INTO observation (sensor_id, observed_at, value) VALUES"
                            " (1, 1700000000, 1200), (1, 1700000600, 1300), (2, 1700000000, 400),"
                            " (6, 1700000000, 9000), (7, 1700000000, 0.45), (8, 1700000000, 21.5)"_s));
            QVERIFY(run(v2, u"INSERT INTO alert (id, rule, severity, subject_kind, subject_id, message, raised_at)"
                            " VALUES (1, 'site_red', 'warning', 'site', 7, 'Estadio at red', 1700000000)"_s));
            sitesBefore = rows(v2, u"SELECT %1 FROM site ORDER BY id"_s.arg(siteColumns));
            sensorsBefore = rows(v2, u"SELECT * FROM sensor ORDER BY id"_s);
            observationsBefore = rows(v2, u"SELECT * FROM observation ORDER BY sensor_id, observed_at"_s);
            QCOMPARE(sitesBefore.size(), 7);
            QCOMPARE(sensorsBefore.size(), 8);
        }

        Database db;
        const auto upgraded = db.open(path);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.schemaVersion() >= 3);

        // Every site, sensor link and observation kept with every value.
        QCOMPARE(rows(db, u"SELECT %1 FROM site ORDER BY id"_s.arg(siteColumns)), sitesBefore);
        QCOMPARE(rows(db, u"SELECT * FROM sensor ORDER BY id"_s), sensorsBefore);
        QCOMPARE(rows(db, u"SELECT * FROM observation ORDER BY sensor_id, observed_at"_s), observationsBefore);
        QCOMPARE(rows(db, u"SELECT id, code FROM site ORDER BY id"_s),
                 QStringList({u"1|playa-norte"_s, u"2|site-2"_s, u"3|site-3"_s, u"4|site-4"_s, u"5|site-5"_s,
                              u"7|estadio"_s, u"9|site-9"_s}));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM site WHERE closed_threshold IS NOT NULL"_s), 0LL);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM alert WHERE subject_kind = 'site' AND subject_id = 7"_s), 1LL);

        // The links are real foreign keys again, to the new table, and nothing dangles.
        QCOMPARE(rows(db, u"PRAGMA foreign_key_check"_s), QStringList());
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE name IN ('site_v3', 'sensor_site_v3')"_s), 0LL);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'sensor_site'"_s), 1LL);
        // Observations are clustered on (sensor_id, observed_at), and still refuse unknown sensors.
        QVERIFY(rows(db, u"SELECT sql FROM sqlite_master WHERE name = 'observation'"_s).value(0).contains(u"WITHOUT ROWID"_s));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'observation_v3'"_s), 0LL);
        QVERIFY(!run(db, u"INSERT INTO observation (sensor_id, observed_at, value) VALUES (99, 1700000000, 1)"_s));
        QVERIFY(!run(db, u"INSERT INTO observation (sensor_id, observed_at, value) VALUES (1, 1700000000, 5)"_s));
        QVERIFY(run(db, u"INSERT INTO observation (sensor_id, observed_at, value) VALUES (1, 1700000060, 5)"_s));
        QVERIFY(!run(db, u"DELETE FROM site WHERE id = 1"_s));
        QVERIFY(!run(db, u"UPDATE sensor SET site_id = 8 WHERE id = 1"_s));
        QVERIFY(run(db, u"UPDATE sensor SET site_id = 9 WHERE id = 1"_s));
    }

    void constraintsOfSchemaThree()
    {
        Database db;
        QVERIFY(db.openInMemory().ok());
        auto insertSite = [&](const QVariant &code, const QString &kind, double amber, double red, const QVariant &closed) {
            QSqlQuery q = db.prepare(u"INSERT INTO site (code, name, kind, lat, lon, capacity, amber_threshold, red_threshold,"
                                     " closed_threshold) VALUES (?, 'x', ?, 39, -9, 100, ?, ?, ?)"_s);
            q.addBindValue(code);
            q.addBindValue(kind);
            q.addBindValue(amber);
            q.addBindValue(red);
            q.addBindValue(closed);
            return q.exec();
        };
        QVERIFY(insertSite(u"playa-1"_s, u"beach"_s, 0.4, 0.6, 0.8));
        QVERIFY(insertSite(u"parking-1"_s, u"car_park"_s, 0.8, 0.95, QVariant()));
        QVERIFY(!insertSite(u"playa-1"_s, u"beach"_s, 0.4, 0.6, 0.8));          // code taken
        QVERIFY(!insertSite(QVariant(QMetaType::fromType<QString>()), u"beach"_s, 0.4, 0.6, 0.8)); // no code
        QVERIFY(!insertSite(u"playa-2"_s, u"beach"_s, 0.4, 0.6, 0.6));          // closing at red
        QVERIFY(!insertSite(u"playa-3"_s, u"beach"_s, 0.4, 0.6, 0.5));          // closing below red
        QVERIFY(!insertSite(u"playa-4"_s, u"beach"_s, 0.6, 0.4, QVariant()));   // amber above red
        QVERIFY(!insertSite(u"garage-1"_s, u"garage"_s, 0.4, 0.6, QVariant())); // unknown kind
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM site"_s), 2LL);
    }

    void constraintsOfSchemaTwo()
    {
        Database db;
        QVERIFY(db.openInMemory().ok());
        auto insertService = [&](const QString &category, const QString &status) {
            QSqlQuery q = db.prepare(u"INSERT INTO service_point (category, name, lat, lon, status, updated_by, updated_at)"
                                     " VALUES (?, 'x', 39, -9, ?, 'test', 0)"_s);
            q.addBindValue(category);
            q.addBindValue(status);
            return q.exec();
        };
        QVERIFY(insertService(u"pharmacies"_s, u"open"_s));
        // The category must exist; the old spelling is gone with the CHECK.
        QVERIFY(!insertService(u"pharmacy"_s, u"open"_s));
        QVERIFY(!insertService(u"defibrillators"_s, u"open"_s));
        QVERIFY(run(db, u"INSERT INTO service_category (slug, name) VALUES ('defibrillators', 'Desfibriladores')"_s));
        QVERIFY(insertService(u"defibrillators"_s, u"open"_s));
        QCOMPARE(scalar(db, u"SELECT builtin FROM service_category WHERE slug = 'defibrillators'"_s), 0LL);
        // The status CHECK stays.
        QVERIFY(!insertService(u"pharmacies"_s, u"abierto"_s));

        auto insertWindow = [&](qint64 service, int weekdays, int opens, int closes) {
            QSqlQuery q = db.prepare(u"INSERT INTO service_window (service_id, weekdays, opens, closes) VALUES (?, ?, ?, ?)"_s);
            q.addBindValue(service);
            q.addBindValue(weekdays);
            q.addBindValue(opens);
            q.addBindValue(closes);
            return q.exec();
        };
        QVERIFY(insertWindow(1, 127, 360, 600));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM service_window WHERE audience = 'all'"_s), 1LL);
        QVERIFY(insertWindow(1, 1, 1320, 90));   // past midnight
        QVERIFY(insertWindow(1, 1, 0, 1440));    // the whole day
        QVERIFY(!insertWindow(1, 0, 360, 600));  // no day
        QVERIFY(!insertWindow(1, 128, 360, 600)); // an eighth day
        QVERIFY(!insertWindow(1, 1, 600, 600));  // empty
        QVERIFY(!insertWindow(1, 1, 1440, 60));  // opens at the end of the day
        QVERIFY(!insertWindow(1, 1, 0, 0));
        QVERIFY(!insertWindow(999, 1, 360, 600)); // no such service
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
