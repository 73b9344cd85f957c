// Roles of a shared store, enforced by PostgreSQL (schema 6): a viewer reads and is refused every
// change with one sentence naming the remedy, an editor changes services, notes and alerts but not
// the city's data or settings, an administrator does everything and grants roles, and the
// database's own audit records each change under the login role that made it, where nobody but
// the owner can touch it.
#include "alerts/alertstore.h"
#include "feeds/observationwriter.h"
#include "notes/notestore.h"
#include "pgtestserver.h"
#include "services/servicestore.h"
#include "store/database.h"
#include "store/storeaccess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace atalaya;
using namespace Qt::StringLiterals;
using atalaya::test::PgTestServer;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::UTC);

// A statement on a store's own connection; its error (invalid when it ran).
QSqlError run(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (query.exec(sql))
        return {};
    return query.lastError();
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

OperatorNote noteBy(const QString &author)
{
    OperatorNote note;
    note.body = u"Road closed by flooding"_s;
    note.lat = 39.47;
    note.lon = -0.38;
    note.validFrom = kNow;
    note.author = author;
    return note;
}

} // namespace

Q_DECLARE_METATYPE(atalaya::StoreAccess::Role)

class TestStoreRoles : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_server;
    std::unique_ptr<Database> m_owner; // the superuser who made the store
    qint64 m_serviceId = 0;
    qint64 m_alertId = 0;
    qint64 m_siteId = 0;
    qint64 m_sensorId = 0;

    QString urlAs(const QString &user, const QString &database = u"city"_s) const
    {
        return u"postgresql://%1@%2:%3/%4"_s.arg(user, m_server.host()).arg(m_server.port()).arg(database);
    }

    // The store opened by a person's login role, or nullptr (the test fails) when refused.
    std::unique_ptr<Database> openAs(const QString &user)
    {
        auto db = std::make_unique<Database>();
        const Database::OpenResult opened = db->open(urlAs(user));
        if (!opened.ok()) {
            qWarning("%s opens the store: %s", qPrintable(user), qPrintable(opened.message));
            return nullptr;
        }
        return db;
    }

    QString statusOfTheService() { return scalar(*m_owner, u"SELECT status FROM service_point WHERE id = %1"_s.arg(m_serviceId)).toString(); }
    int count(const QString &from) { return scalar(*m_owner, u"SELECT count(*) FROM "_s + from).toInt(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createDatabase(u"city"_s), qPrintable(m_server.errorString()));
        m_owner = std::make_unique<Database>();
        const Database::OpenResult opened = m_owner->open(m_server.url(u"city"_s));
        QVERIFY2(opened.ok(), qPrintable(opened.message));

        // A service, a site with a sensor and an open alert, written by the owner.
        QSqlQuery service(m_owner->connection());
        QVERIFY2(service.exec(u"INSERT INTO service_point (category, name, lat, lon, status, updated_by, updated_at)"
                              " VALUES ('pharmacies', 'Farmàcia Central', 39.47, -0.38, 'open', 'import', 0) RETURNING id"_s)
                     && service.next(),
                 qPrintable(service.lastError().text()));
        m_serviceId = service.value(0).toLongLong();
        QSqlQuery site(m_owner->connection());
        QVERIFY2(site.exec(u"INSERT INTO site (code, name, kind, lat, lon, capacity, amber_threshold, red_threshold)"
                           " VALUES ('malvarrosa', 'Platja de la Malva-rosa', 'beach', 39.48, -0.32, 5000, 0.6, 0.8) RETURNING id"_s)
                     && site.next(),
                 qPrintable(site.lastError().text()));
        m_siteId = site.value(0).toLongLong();
        QSqlQuery sensor(m_owner->connection());
        QVERIFY2(sensor.exec(u"INSERT INTO sensor (provider, component, code, type, site_id)"
                             " VALUES ('city', 'malvarrosa', 'count-1', 'people', %1) RETURNING id"_s.arg(m_siteId))
                     && sensor.next(),
                 qPrintable(sensor.lastError().text()));
        m_sensorId = sensor.value(0).toLongLong();
        alerts::AlertRecord alert;
        alert.ruleId = u"beach-full"_s;
        alert.ruleName = u"Beach full"_s;
        alert.severity = alerts::Severity::Warning;
        alert.subjectKey = u"site:%1"_s.arg(m_siteId);
        alert.subjectName = u"Platja de la Malva-rosa"_s;
        alert.message = u"Occupancy 84 % above 80 %"_s;
        alert.raisedAt = kNow.addSecs(-600);
        alerts::AlertStore alertStore(*m_owner);
        m_alertId = alertStore.raise(alert);
        QVERIFY(m_alertId > 0);

        // People's login roles (trust authentication: no passwords), one per group role, and one
        // that was never given any.
        for (const QString &sql : {u"CREATE ROLE alice LOGIN IN ROLE atalaya_viewer"_s,
                                   u"CREATE ROLE bob LOGIN IN ROLE atalaya_editor"_s,
                                   u"CREATE ROLE carol LOGIN IN ROLE atalaya_admin"_s, u"CREATE ROLE dave LOGIN"_s})
            QVERIFY2(m_server.execute(u"city"_s, sql), qPrintable(m_server.errorString()));
    }

    void cleanupTestCase() { m_owner.reset(); }

    void migrationMadeTheRolesAndTheAudit()
    {
        QCOMPARE(m_owner->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(*m_owner, u"SELECT count(*) FROM pg_roles WHERE rolname IN ('atalaya_viewer', 'atalaya_editor',"
                                  " 'atalaya_admin') AND NOT rolcanlogin"_s)
                     .toInt(),
                 3);
        // viewer <- editor <- admin, and admin may hand out the other two.
        QVERIFY(scalar(*m_owner, u"SELECT pg_has_role('atalaya_admin', 'atalaya_viewer', 'USAGE')"
                                 " AND pg_has_role('atalaya_editor', 'atalaya_viewer', 'USAGE')"
                                 " AND NOT pg_has_role('atalaya_viewer', 'atalaya_editor', 'USAGE')"
                                 " AND NOT pg_has_role('atalaya_editor', 'atalaya_admin', 'USAGE')"
                                 " AND pg_has_role('atalaya_admin', 'atalaya_editor', 'MEMBER WITH ADMIN OPTION')"
                                 " AND pg_has_role('atalaya_admin', 'atalaya_viewer', 'MEMBER WITH ADMIN OPTION')"_s)
                    .toBool());
        // The audit is not one of the store's tables: those are the same on both backends.
        QVERIFY(!scalar(*m_owner, u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                                  " AND table_name = 'store_audit'"_s)
                     .toInt());
        // The owner's own writes above are in it: rows for the service and site, one line for the
        // sensor table.
        QCOMPARE(count(u"atalaya_audit.store_audit WHERE table_name = 'service_point' AND action = 'INSERT'"
                       " AND db_user = 'atalaya_test' AND row_id = %1 AND new_row ->> 'name' = 'Farmàcia Central'"_s
                           .arg(m_serviceId)),
                 1);
        QCOMPARE(count(u"atalaya_audit.store_audit WHERE table_name = 'sensor' AND row_id IS NULL AND new_row IS NULL"_s), 1);
    }

    void viewerReadsAndIsRefusedEveryChange()
    {
        const std::unique_ptr<Database> alice = openAs(u"alice"_s);
        QVERIFY(alice);
        const int auditRows = count(u"atalaya_audit.store_audit"_s);
        const int appAudit = count(u"audit_log"_s);

        ServiceStore services(*alice);
        const std::optional<ServiceDetails> details = services.details(m_serviceId);
        QVERIFY(details);
        QCOMPARE(details->name, u"Farmàcia Central"_s);
        QVERIFY(!services.categories().isEmpty());
        const ServiceEditResult status = services.setStatus(m_serviceId, u"closed"_s, u"Alice"_s, kNow);
        QVERIFY(!status.ok);
        QCOMPARE(status.error, u"Your database role 'alice' may only view this store: changing services needs the editor "
                               "role; ask an administrator."_s);
        QCOMPARE(statusOfTheService(), u"open"_s);

        NoteStore notes(*alice);
        QVERIFY(notes.validAt(kNow).isEmpty());
        QString error;
        QCOMPARE(notes.add(noteBy(u"Alice"_s), kNow, &error), 0);
        QCOMPARE(error, u"Your database role 'alice' may only view this store: writing notes needs the editor role; ask "
                        "an administrator."_s);
        QCOMPARE(count(u"note"_s), 0);

        alerts::AlertStore alerts(*alice);
        QCOMPARE(alerts.openAt(kNow).size(), 1);
        error.clear();
        QVERIFY(!alerts.acknowledge(m_alertId, u"Alice"_s, u"on it"_s, kNow, &error));
        QCOMPARE(error, u"Your database role 'alice' may only view this store: acknowledging and commenting alerts needs "
                        "the editor role; ask an administrator."_s);
        error.clear();
        QVERIFY(!alerts.comment(m_alertId, u"Alice"_s, u"seen"_s, kNow, &error));
        QVERIFY2(error.startsWith(u"Your database role 'alice' may only view this store"_s), qPrintable(error));
        QVERIFY(!alerts.openAt(kNow).constFirst().acknowledgedAt.isValid());
        QCOMPARE(alerts.events(m_alertId).size(), 1); // raised, nothing else

        // Around the stores, the server refuses the same.
        QCOMPARE(run(*alice, u"DELETE FROM service_point"_s).nativeErrorCode(), u"42501"_s);
        QCOMPARE(count(u"atalaya_audit.store_audit"_s), auditRows);
        QCOMPARE(count(u"audit_log"_s), appAudit);
    }

    void editorChangesServicesNotesAndAlerts()
    {
        const std::unique_ptr<Database> bob = openAs(u"bob"_s);
        QVERIFY(bob);
        ServiceStore services(*bob);
        const ServiceEditResult status = services.setStatus(m_serviceId, u"limited"_s, u"Bob"_s, kNow);
        QVERIFY2(status.ok, qPrintable(status.error));
        QVERIFY(status.auditId > 0); // lastInsertId (lastval()) is readable to the editor
        QCOMPARE(statusOfTheService(), u"limited"_s);
        QCOMPARE(services.history(m_serviceId).constFirst().id, status.auditId);

        NoteStore notes(*bob);
        QString error;
        OperatorNote note = noteBy(u"Bob"_s);
        note.id = notes.add(note, kNow, &error);
        QVERIFY2(note.id > 0, qPrintable(error));
        note.body = u"Road closed by flooding until 18:00"_s;
        QVERIFY2(notes.update(note, kNow.addSecs(60), &error), qPrintable(error));
        QVERIFY2(notes.remove(note.id, u"Bob"_s, kNow.addSecs(120), &error), qPrintable(error));

        alerts::AlertStore alerts(*bob);
        QVERIFY2(alerts.acknowledge(m_alertId, u"Bob"_s, u"patrol sent"_s, kNow, &error), qPrintable(error));
        QVERIFY2(alerts.comment(m_alertId, u"Bob"_s, u"patrol arrived"_s, kNow.addSecs(300), &error), qPrintable(error));
        const std::optional<alerts::AlertRecord> acknowledged = alerts.alert(m_alertId, kNow.addSecs(300));
        QVERIFY(acknowledged);
        QCOMPARE(acknowledged->acknowledgedBy, u"Bob"_s);
        QCOMPARE(alerts.events(m_alertId).size(), 3);
    }

    void editorIsRefusedTheCitysDataAndSettings()
    {
        const std::unique_ptr<Database> bob = openAs(u"bob"_s);
        QVERIFY(bob);
        const int observations = count(u"observation"_s);
        QCOMPARE(run(*bob, u"INSERT INTO observation (sensor_id, observed_at, value) VALUES (%1, 1, 10)"_s.arg(m_sensorId))
                     .nativeErrorCode(),
                 u"42501"_s);
        QCOMPARE(run(*bob, u"UPDATE site SET capacity = 1 WHERE id = %1"_s.arg(m_siteId)).nativeErrorCode(), u"42501"_s);
        QCOMPARE(run(*bob, u"UPDATE alert SET resolved_at = 1 WHERE id = %1"_s.arg(m_alertId)).nativeErrorCode(), u"42501"_s);
        QCOMPARE(run(*bob, u"DELETE FROM audit_log"_s).nativeErrorCode(), u"42501"_s);
        QVERIFY(!bob->setMeta(u"city"_s, u"Bobtown"_s));
        QCOMPARE(count(u"observation"_s), observations);
        QCOMPARE(scalar(*m_owner, u"SELECT capacity FROM site WHERE id = %1"_s.arg(m_siteId)).toInt(), 5000);
        QCOMPARE(m_owner->meta(u"city"_s), QString());

        ServiceStore services(*bob);
        const ServiceStore::CategoryResult category = services.createCategory(u"defibrillators"_s, u"Defibrillators"_s);
        QVERIFY(!category.ok);
        QCOMPARE(category.error, u"Your database role 'bob' has the editor role in this store: adding service categories "
                                 "needs the administrator role; ask an administrator."_s);

        // A feed run on an editor's desktop: its operator reads why on the Feeds page.
        feeds::ObservationWriter writer(*bob);
        const feeds::ObservationWriter::Result known = writer.write({{u"city"_s, u"count-1"_s, 60, 1200.0}});
        QCOMPARE(known.stored, 0);
        QCOMPARE(known.error, u"Your database role 'bob' has the editor role in this store: storing sensors and their "
                              "readings needs the administrator role; ask an administrator."_s);
        const feeds::ObservationWriter::Result unknown = writer.write({{u"city"_s, u"count-new"_s, 60, 10.0}});
        QCOMPARE(unknown.error, known.error);
        QCOMPARE(count(u"observation"_s), observations);
        QCOMPARE(count(u"sensor"_s), 1);
    }

    void storeAuditNamesTheDatabaseUserAndNobodyButTheOwnerChangesIt()
    {
        // Bob's status change above, with the rows before and after.
        QSqlQuery edit(m_owner->connection());
        QVERIFY(edit.exec(u"SELECT db_user, old_row ->> 'status', new_row ->> 'status', new_row ->> 'updated_by'"
                          " FROM atalaya_audit.store_audit WHERE table_name = 'service_point' AND action = 'UPDATE'"
                          " AND row_id = %1"_s.arg(m_serviceId)));
        QVERIFY(edit.next());
        QCOMPARE(edit.value(0).toString(), u"bob"_s);
        QCOMPARE(edit.value(1).toString(), u"open"_s);
        QCOMPARE(edit.value(2).toString(), u"limited"_s);
        QCOMPARE(edit.value(3).toString(), u"Bob"_s);
        QVERIFY(!edit.next());
        // ... and the rest of what Bob did, each under his name.
        for (const QString &table : {u"audit_log"_s, u"note"_s, u"alert"_s, u"alert_event"_s})
            QVERIFY2(count(u"atalaya_audit.store_audit WHERE table_name = '%1' AND db_user = 'bob'"_s.arg(table)) > 0,
                     qPrintable(table));
        QCOMPARE(count(u"atalaya_audit.store_audit WHERE db_user = 'alice'"_s), 0);

        const int rows = count(u"atalaya_audit.store_audit"_s);
        for (const QString &user : {u"alice"_s, u"bob"_s, u"carol"_s}) {
            const std::unique_ptr<Database> db = openAs(user);
            QVERIFY(db);
            QCOMPARE(scalar(*db, u"SELECT count(*) FROM atalaya_audit.store_audit"_s).toInt(), rows); // may read
            for (const QString &sql : {u"DELETE FROM atalaya_audit.store_audit"_s,
                                       u"UPDATE atalaya_audit.store_audit SET db_user = 'nobody'"_s,
                                       u"TRUNCATE atalaya_audit.store_audit"_s,
                                       u"INSERT INTO atalaya_audit.store_audit (table_name, action) VALUES ('note', 'DELETE')"_s})
                QVERIFY2(run(*db, sql).nativeErrorCode() == "42501"_L1, qPrintable(user + u": "_s + sql));
        }
        QCOMPARE(count(u"atalaya_audit.store_audit"_s), rows);
        QCOMPARE(count(u"atalaya_audit.store_audit WHERE db_user = 'nobody'"_s), 0);

        // A temporary table of the same name first on the search path does not divert the audit.
        const std::unique_ptr<Database> bob = openAs(u"bob"_s);
        QVERIFY(bob);
        QVERIFY(!run(*bob, u"CREATE TEMPORARY TABLE store_audit (LIKE atalaya_audit.store_audit)"_s).isValid());
        QVERIFY(!run(*bob, u"SET search_path = pg_temp, public"_s).isValid());
        QVERIFY(!run(*bob, u"UPDATE public.service_point SET capacity = 12 WHERE id = %1"_s.arg(m_serviceId)).isValid());
        QCOMPARE(scalar(*bob, u"SELECT count(*) FROM pg_temp.store_audit"_s).toInt(), 0);
        QCOMPARE(count(u"atalaya_audit.store_audit WHERE db_user = 'bob' AND new_row ->> 'capacity' = '12'"_s), 1);
    }

    void administratorDoesEverythingAndGrantsRoles()
    {
        const std::unique_ptr<Database> carol = openAs(u"carol"_s);
        QVERIFY(carol);
        // Readings in two statements of one transaction: one line of the audit, not one per row.
        QVERIFY(carol->inTransaction([&] {
            return !run(*carol, u"INSERT INTO observation (sensor_id, observed_at, value) VALUES (%1, 100, 1), (%1, 200, 2)"_s
                                    .arg(m_sensorId))
                        .isValid()
                && !run(*carol, u"INSERT INTO observation (sensor_id, observed_at, value) VALUES (%1, 300, 3)"_s.arg(m_sensorId))
                        .isValid();
        }));
        QCOMPARE(count(u"observation"_s), 3);
        QCOMPARE(count(u"atalaya_audit.store_audit WHERE table_name = 'observation' AND db_user = 'carol'"_s), 1);
        QVERIFY(!run(*carol, u"UPDATE site SET capacity = 6000 WHERE id = %1"_s.arg(m_siteId)).isValid());
        QVERIFY(carol->setMeta(u"city"_s, u"València"_s));
        ServiceStore services(*carol);
        const ServiceStore::CategoryResult category = services.createCategory(u"defibrillators"_s, u"Defibrillators"_s);
        QVERIFY2(category.ok && category.created, qPrintable(category.error));
        const ServiceEditResult status = services.setStatus(m_serviceId, u"open"_s, u"Carol"_s, kNow.addSecs(600));
        QVERIFY2(status.ok, qPrintable(status.error));

        // Carol makes Alice an editor without being a superuser; Alice's next session edits.
        QVERIFY(!run(*carol, u"GRANT atalaya_editor TO alice"_s).isValid());
        const std::unique_ptr<Database> alice = openAs(u"alice"_s);
        QVERIFY(alice);
        QCOMPARE(StoreAccess::of(*alice).role(), StoreAccess::Role::Editor);
        ServiceStore asAlice(*alice);
        const ServiceEditResult edited = asAlice.setStatus(m_serviceId, u"closed"_s, u"Alice"_s, kNow.addSecs(900));
        QVERIFY2(edited.ok, qPrintable(edited.error));
        QCOMPARE(statusOfTheService(), u"closed"_s);
        // Administrators hand out the viewer and editor roles, not their own.
        QCOMPARE(run(*carol, u"GRANT atalaya_admin TO alice"_s).nativeErrorCode(), u"42501"_s);
        QVERIFY(!run(*carol, u"REVOKE atalaya_editor FROM alice"_s).isValid());
        const std::unique_ptr<Database> aliceAgain = openAs(u"alice"_s);
        QVERIFY(aliceAgain);
        QCOMPARE(StoreAccess::of(*aliceAgain).role(), StoreAccess::Role::Viewer);
    }

    void storeAccessNamesEachRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<StoreAccess::Role>("role");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("canEdit");
        QTest::addColumn<bool>("canAdminister");
        QTest::newRow("viewer") << u"alice"_s << StoreAccess::Role::Viewer << u"viewer"_s << false << false;
        QTest::newRow("editor") << u"bob"_s << StoreAccess::Role::Editor << u"editor"_s << true << false;
        QTest::newRow("administrator") << u"carol"_s << StoreAccess::Role::Administrator << u"admin"_s << true << true;
        QTest::newRow("owner") << m_server.user() << StoreAccess::Role::Owner << u"owner"_s << true << true;
    }

    void storeAccessNamesEachRole()
    {
        QFETCH(QString, user);
        QFETCH(StoreAccess::Role, role);
        QFETCH(QString, key);
        QFETCH(bool, canEdit);
        QFETCH(bool, canAdminister);
        const std::unique_ptr<Database> db = openAs(user);
        QVERIFY(db);
        const StoreAccess access = StoreAccess::of(*db);
        QVERIFY2(access.isValid(), qPrintable(access.error()));
        QCOMPARE(access.user(), user);
        QCOMPARE(access.role(), role);
        QCOMPARE(access.roleKey(), key);
        QVERIFY(access.canView());
        QCOMPARE(access.canEdit(), canEdit);
        QCOMPARE(access.canAdminister(), canAdminister);
    }

    void roleWithoutAtalayaRoleReadsNothing()
    {
        // Dave may log in (pg_hba.conf says who may) but was given no role: he may read none of the
        // store's tables, so opening it fails, names the missing GRANT and changes nothing.
        Database dave;
        const Database::OpenResult opened = dave.open(urlAs(u"dave"_s));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error, Database::OpenError::AccessDenied);
        QVERIFY2(opened.message.contains(u"no Atalaya role"_s) && opened.message.contains(u"GRANT atalaya_viewer"_s),
                 qPrintable(opened.message));
        QCOMPARE(m_owner->schemaVersion(), Database::latestSchemaVersion());
    }

    void secondStoreOnTheSameServerMigrates()
    {
        // The roles exist already; a store owner who may not create roles migrates a second store.
        QVERIFY2(m_server.execute(u"postgres"_s, u"CREATE ROLE townhall LOGIN"_s), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.execute(u"postgres"_s, u"CREATE DATABASE town OWNER townhall"_s), qPrintable(m_server.errorString()));
        Database owner;
        const Database::OpenResult opened = owner.open(urlAs(u"townhall"_s, u"town"_s));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(owner.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(StoreAccess::of(owner).role(), StoreAccess::Role::Owner);

        // The same people have the same roles there.
        Database bob;
        const Database::OpenResult asBob = bob.open(urlAs(u"bob"_s, u"town"_s));
        QVERIFY2(asBob.ok(), qPrintable(asBob.message));
        QCOMPARE(StoreAccess::of(bob).role(), StoreAccess::Role::Editor);
        NoteStore notes(bob);
        QString error;
        QVERIFY2(notes.add(noteBy(u"Bob"_s), kNow, &error) > 0, qPrintable(error));
        QCOMPARE(scalar(owner, u"SELECT db_user FROM atalaya_audit.store_audit WHERE table_name = 'note'"_s).toString(), u"bob"_s);
    }

    void ownerWhoMayNotCreateRolesIsToldWhatToDo()
    {
        // A server without the roles, and a store owner who is neither superuser nor CREATEROLE.
        PgTestServer bare;
        QVERIFY2(bare.start(), qPrintable(bare.errorString()));
        QVERIFY2(bare.execute(u"postgres"_s, u"CREATE ROLE cityhall LOGIN"_s), qPrintable(bare.errorString()));
        QVERIFY2(bare.execute(u"postgres"_s, u"CREATE DATABASE city OWNER cityhall"_s), qPrintable(bare.errorString()));
        const QString url = u"postgresql://cityhall@%1:%2/city"_s.arg(bare.host()).arg(bare.port());
        {
            Database db;
            const Database::OpenResult refused = db.open(url);
            QCOMPARE(refused.error, Database::OpenError::MigrationFailed);
            QVERIFY2(refused.message.contains(u"to schema 6"_s), qPrintable(refused.message));
            QVERIFY2(refused.message.contains(u"the database role cityhall may not create roles: a superuser creates them "
                                              "once per server"_s),
                     qPrintable(refused.message));
            QVERIFY2(refused.message.contains(u"ALTER ROLE cityhall CREATEROLE"_s), qPrintable(refused.message));
            qInfo("%s", qPrintable(refused.message));
        }
        // Nothing of schema 6 was kept (the schemas before it were, each in its own transaction).
        QVERIFY2(bare.execute(u"city"_s, u"DO $$ BEGIN"
                                         " IF EXISTS (SELECT FROM pg_roles WHERE rolname IN ('atalaya_viewer', 'atalaya_editor', 'atalaya_admin'))"
                                         "  OR to_regnamespace('atalaya_audit') IS NOT NULL"
                                         "  OR (SELECT max(version) FROM schema_migration) <> 5"
                                         " THEN RAISE EXCEPTION 'schema 6 was partly kept'; END IF; END $$"_s),
                 qPrintable(bare.errorString()));

        // The remedy the message names works.
        QVERIFY2(bare.execute(u"postgres"_s, u"ALTER ROLE cityhall CREATEROLE"_s), qPrintable(bare.errorString()));
        Database db;
        const Database::OpenResult opened = db.open(url);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(StoreAccess::of(db).role(), StoreAccess::Role::Owner);
    }

    void sqliteStoreBelongsToItsFileOwner()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db;
        const Database::OpenResult opened = db.open(dir.filePath(u"city.db"_s));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        const StoreAccess access = StoreAccess::of(db);
        QVERIFY(access.isValid());
        QCOMPARE(access.role(), StoreAccess::Role::Owner);
        QVERIFY(!access.user().isEmpty());
        QVERIFY(access.canView() && access.canEdit() && access.canAdminister());

        // Errors that are not a refused privilege pass through unchanged.
        QSqlQuery broken(db.connection());
        QVERIFY(!broken.exec(u"INSERT INTO note (body) VALUES ('x')"_s));
        QCOMPARE(refusalMessage(broken.lastError(), db, StoreChange::Notes, u"as it was"_s), u"as it was"_s);
        QVERIFY(!isPrivilegeRefusal(broken.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestStoreRoles)
#include "tst_storeroles.moc"
