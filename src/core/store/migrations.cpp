#include "migrations.h"

namespace atalaya {

// Conventions of the schema, kept by every migration:
// - instants are INTEGER seconds since the Unix epoch, UTC, in columns named *_at;
// - calendar days are TEXT 'YYYY-MM-DD' in columns named day (local civil date of the city);
// - geometries are GeoJSON geometry objects as TEXT (WGS 84, [lon, lat]) so that both SQLite and
//   PostgreSQL read them without extensions; bounding boxes beside them make spatial filters cheap;
// - statements use only SQL common to SQLite and PostgreSQL, except INTEGER PRIMARY KEY, which
//   the PostgreSQL backend translates to an identity column.
const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
         QStringLiteral("initial schema: regions, basemap, services, hospitals, epidemic, occupancy, alerts, audit"),
         {
             // Store-wide facts: demo seed and anchor, city name, generator version.
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),

             // Offline basemap layers drawn under everything else.
             QStringLiteral("CREATE TABLE basemap_feature ("
                            " id INTEGER PRIMARY KEY,"
                            " kind TEXT NOT NULL CHECK (kind IN ('land','sea','river','park','beach')),"
                            " name TEXT,"
                            " geometry TEXT NOT NULL,"
                            " min_lat REAL NOT NULL, min_lon REAL NOT NULL,"
                            " max_lat REAL NOT NULL, max_lon REAL NOT NULL)"),

             // Administrative areas: districts tile the city, neighbourhoods tile districts,
             // post codes tile the city independently. Context figures feed the epidemic panel.
             QStringLiteral("CREATE TABLE region ("
                            " id INTEGER PRIMARY KEY,"
                            " level TEXT NOT NULL CHECK (level IN ('city','district','neighbourhood','postcode')),"
                            " code TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " parent_id INTEGER REFERENCES region(id),"
                            " population INTEGER NOT NULL DEFAULT 0,"
                            " area_km2 REAL,"
                            " share_over_65 REAL,"
                            " deprivation_index REAL,"
                            " geometry TEXT NOT NULL,"
                            " centroid_lat REAL NOT NULL, centroid_lon REAL NOT NULL,"
                            " min_lat REAL NOT NULL, min_lon REAL NOT NULL,"
                            " max_lat REAL NOT NULL, max_lon REAL NOT NULL,"
                            " UNIQUE (level, code))"),
             QStringLiteral("CREATE INDEX region_parent ON region (parent_id)"),

             // Essential services, kept current by the people responsible for each one.
             QStringLiteral("CREATE TABLE service_point ("
                            " id INTEGER PRIMARY KEY,"
                            " external_id TEXT,"
                            " category TEXT NOT NULL CHECK (category IN ('pharmacy','supermarket','health_centre',"
                            "'elderly_home','social_services','bench','recreational_area')),"
                            " name TEXT NOT NULL,"
                            " address TEXT,"
                            " post_code TEXT,"
                            " region_id INTEGER REFERENCES region(id),"
                            " lat REAL NOT NULL, lon REAL NOT NULL,"
                            " status TEXT NOT NULL CHECK (status IN ('open','limited','closed')),"
                            " opening_hours TEXT,"
                            " capacity INTEGER,"
                            " notes TEXT,"
                            " updated_by TEXT NOT NULL,"
                            " updated_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX service_point_category ON service_point (category)"),
             QStringLiteral("CREATE INDEX service_point_post_code ON service_point (post_code)"),
             QStringLiteral("CREATE INDEX service_point_lat_lon ON service_point (lat, lon)"),

             // Hospitals and what they report about their beds, as reported (counts or a level).
             QStringLiteral("CREATE TABLE hospital ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " institution TEXT,"
                            " region_id INTEGER REFERENCES region(id),"
                            " address TEXT,"
                            " lat REAL NOT NULL, lon REAL NOT NULL,"
                            " general_beds INTEGER,"
                            " icu_beds INTEGER,"
                            " report_cadence_s INTEGER NOT NULL DEFAULT 86400)"),
             QStringLiteral("CREATE TABLE bed_report ("
                            " hospital_id INTEGER NOT NULL REFERENCES hospital(id),"
                            " reported_at INTEGER NOT NULL,"
                            " general_total INTEGER, general_free INTEGER,"
                            " icu_total INTEGER, icu_free INTEGER,"
                            " reported_level TEXT,"
                            " source TEXT NOT NULL,"
                            " PRIMARY KEY (hospital_id, reported_at))"),
             QStringLiteral("CREATE INDEX bed_report_time ON bed_report (reported_at)"),

             // Epidemic figures per region per day as daily counts; NULL means not reported
             // (suppressed or missing), never zero.
             QStringLiteral("CREATE TABLE epidemic_daily ("
                            " region_id INTEGER NOT NULL REFERENCES region(id),"
                            " day TEXT NOT NULL,"
                            " cases INTEGER, recoveries INTEGER, deaths INTEGER, tests INTEGER,"
                            " vaccinated_dose1 INTEGER, vaccinated_dose2 INTEGER, vaccinated_booster INTEGER,"
                            " source TEXT NOT NULL,"
                            " PRIMARY KEY (region_id, day))"),
             QStringLiteral("CREATE INDEX epidemic_daily_day ON epidemic_daily (day)"),
             // Indicators a source published already computed (cumulative totals, 14-day rates):
             // kept as reported, beside ours, never turned into invented daily values.
             QStringLiteral("CREATE TABLE epidemic_reported ("
                            " region_id INTEGER NOT NULL REFERENCES region(id),"
                            " day TEXT NOT NULL,"
                            " indicator TEXT NOT NULL,"
                            " window_days INTEGER,"
                            " value REAL,"
                            " source TEXT NOT NULL,"
                            " PRIMARY KEY (region_id, day, indicator, source))"),

             // Places whose crowding matters (beaches, squares, markets, stations); thresholds
             // are fractions of capacity.
             QStringLiteral("CREATE TABLE site ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " kind TEXT NOT NULL CHECK (kind IN ('beach','square','market','station','park','venue')),"
                            " region_id INTEGER REFERENCES region(id),"
                            " lat REAL NOT NULL, lon REAL NOT NULL,"
                            " capacity INTEGER NOT NULL CHECK (capacity > 0),"
                            " amber_threshold REAL NOT NULL,"
                            " red_threshold REAL NOT NULL,"
                            " CHECK (0 < amber_threshold AND amber_threshold < red_threshold))"),
             // Sensors follow Sentilo's provider/component/sensor naming.
             QStringLiteral("CREATE TABLE sensor ("
                            " id INTEGER PRIMARY KEY,"
                            " provider TEXT NOT NULL,"
                            " component TEXT NOT NULL,"
                            " code TEXT NOT NULL,"
                            " type TEXT NOT NULL,"
                            " unit TEXT,"
                            " site_id INTEGER REFERENCES site(id),"
                            " lat REAL, lon REAL,"
                            " UNIQUE (provider, code))"),
             QStringLiteral("CREATE TABLE observation ("
                            " sensor_id INTEGER NOT NULL REFERENCES sensor(id),"
                            " observed_at INTEGER NOT NULL,"
                            " value REAL NOT NULL,"
                            " PRIMARY KEY (sensor_id, observed_at))"),

             QStringLiteral("CREATE TABLE alert ("
                            " id INTEGER PRIMARY KEY,"
                            " rule TEXT NOT NULL,"
                            " severity TEXT NOT NULL CHECK (severity IN ('info','warning','critical')),"
                            " subject_kind TEXT,"
                            " subject_id INTEGER,"
                            " lat REAL, lon REAL,"
                            " message TEXT NOT NULL,"
                            " value REAL,"
                            " raised_at INTEGER NOT NULL,"
                            " acknowledged_at INTEGER, acknowledged_by TEXT, ack_comment TEXT,"
                            " resolved_at INTEGER)"),
             QStringLiteral("CREATE INDEX alert_open ON alert (resolved_at, severity)"),

             // Every edit by a person: who, when, what changed from what to what.
             QStringLiteral("CREATE TABLE audit_log ("
                            " id INTEGER PRIMARY KEY,"
                            " at INTEGER NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " entity TEXT NOT NULL,"
                            " entity_id INTEGER NOT NULL,"
                            " field TEXT NOT NULL,"
                            " old_value TEXT,"
                            " new_value TEXT)"),
             QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at)"),
         }},
        {2,
         QStringLiteral("service categories as slugs, user categories, area polygons and time windows"),
         {
             // Categories become rows, so an import can add its own ('defibrillators') without a
             // schema change. Built-in names are English here; the application translates them by
             // slug, user names are shown as written.
             QStringLiteral("CREATE TABLE service_category ("
                            " slug TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " builtin INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("INSERT INTO service_category (slug, name, builtin) VALUES"
                            " ('pharmacies', 'Pharmacies', 1),"
                            " ('supermarkets', 'Supermarkets', 1),"
                            " ('health-centres', 'Health centres', 1),"
                            " ('elderly-homes', 'Elderly homes', 1),"
                            " ('social-services', 'Social services', 1),"
                            " ('benches', 'Benches', 1),"
                            " ('recreational-areas', 'Recreational areas', 1)"),

             // service_point is rebuilt because neither SQLite nor PostgreSQL can drop a column
             // CHECK in place the same way: copy into the new shape, drop, rename. Ids are kept,
             // so audit_log rows still point at their services. Nothing references service_point
             // yet (service_window is created after the rename).
             QStringLiteral("CREATE TABLE service_point_v2 ("
                            " id INTEGER PRIMARY KEY,"
                            " external_id TEXT,"
                            " category TEXT NOT NULL REFERENCES service_category(slug),"
                            " name TEXT NOT NULL,"
                            " address TEXT,"
                            " post_code TEXT,"
                            " region_id INTEGER REFERENCES region(id),"
                            // The label point: the service itself, or where an area's name and
                            // icon go (inside its polygon).
                            " lat REAL NOT NULL, lon REAL NOT NULL,"
                            // GeoJSON Polygon or MultiPolygon of an area; NULL for a point.
                            " geometry TEXT,"
                            " status TEXT NOT NULL CHECK (status IN ('open','limited','closed')),"
                            " opening_hours TEXT,"
                            " capacity INTEGER,"
                            " notes TEXT,"
                            " updated_by TEXT NOT NULL,"
                            " updated_at INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO service_point_v2 (id, external_id, category, name, address, post_code,"
                            " region_id, lat, lon, geometry, status, opening_hours, capacity, notes, updated_by,"
                            " updated_at)"
                            " SELECT id, external_id,"
                            " CASE category"
                            " WHEN 'pharmacy' THEN 'pharmacies'"
                            " WHEN 'supermarket' THEN 'supermarkets'"
                            " WHEN 'health_centre' THEN 'health-centres'"
                            " WHEN 'elderly_home' THEN 'elderly-homes'"
                            " WHEN 'social_services' THEN 'social-services'"
                            " WHEN 'bench' THEN 'benches'"
                            " WHEN 'recreational_area' THEN 'recreational-areas'"
                            " END,"
                            " name, address, post_code, region_id, lat, lon, NULL, status, opening_hours,"
                            " capacity, notes, updated_by, updated_at"
                            " FROM service_point"),
             QStringLiteral("DROP TABLE service_point"),
             QStringLiteral("ALTER TABLE service_point_v2 RENAME TO service_point"),
             QStringLiteral("CREATE INDEX service_point_category ON service_point (category)"),
             QStringLiteral("CREATE INDEX service_point_post_code ON service_point (post_code)"),
             QStringLiteral("CREATE INDEX service_point_lat_lon ON service_point (lat, lon)"),

             // When an area is open and to whom (beaches for the elderly early and late, for
             // children mid-morning, ...). weekdays: bit 0 = Monday .. bit 6 = Sunday, the days the
             // window opens on; opens and closes are minutes after local midnight, and a window
             // with closes <= opens runs past midnight into the next day (terraces until 01:30).
             // audience: 'all', 'elderly', 'children', 'sport', or another group an import names.
             QStringLiteral("CREATE TABLE service_window ("
                            " id INTEGER PRIMARY KEY,"
                            " service_id INTEGER NOT NULL REFERENCES service_point(id),"
                            " weekdays INTEGER NOT NULL CHECK (weekdays BETWEEN 1 AND 127),"
                            " opens INTEGER NOT NULL CHECK (opens BETWEEN 0 AND 1439),"
                            " closes INTEGER NOT NULL CHECK (closes BETWEEN 1 AND 1440),"
                            " audience TEXT NOT NULL DEFAULT 'all',"
                            " CHECK (opens <> closes))"),
             QStringLiteral("CREATE INDEX service_window_service ON service_window (service_id)"),
         }},
        {3,
         QStringLiteral("sites get a code, a closing threshold and the car park kind; observations clustered by sensor and time"),
         {
             // site is rebuilt like service_point in schema 2: neither database changes a CHECK or
             // adds a NOT NULL UNIQUE column in place the same way. Ids are kept, so sensors and
             // alerts still point at their sites.
             // code: the stable name feeds and the simulator use (Sentilo component, NGSI entity
             // id). closed_threshold: access closed from this fraction (Barcelona's beaches close
             // at 80 %); NULL = the site never closes, red is its top light.
             QStringLiteral("CREATE TABLE site_v3 ("
                            " id INTEGER PRIMARY KEY,"
                            " code TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL,"
                            " kind TEXT NOT NULL CHECK (kind IN ('beach','square','market','station','park','venue',"
                            "'car_park')),"
                            " region_id INTEGER REFERENCES region(id),"
                            " lat REAL NOT NULL, lon REAL NOT NULL,"
                            " capacity INTEGER NOT NULL CHECK (capacity > 0),"
                            " amber_threshold REAL NOT NULL,"
                            " red_threshold REAL NOT NULL,"
                            " closed_threshold REAL,"
                            " CHECK (0 < amber_threshold AND amber_threshold < red_threshold),"
                            " CHECK (closed_threshold IS NULL OR red_threshold < closed_threshold))"),
             // The code of an existing site is its sensors' Sentilo component (the demo city names
             // components after its sites), unless it is blank, another site's sensors share it, or
             // it is another site's fallback; then 'site-<id>'. So UNIQUE cannot fail the upgrade.
             QStringLiteral("INSERT INTO site_v3 (id, code, name, kind, region_id, lat, lon, capacity, amber_threshold,"
                            " red_threshold, closed_threshold)"
                            " SELECT s.id,"
                            " COALESCE((SELECT MIN(c.component) FROM sensor c"
                            "  WHERE c.site_id = s.id AND c.component <> ''"
                            "  AND NOT EXISTS (SELECT 1 FROM sensor o WHERE o.component = c.component AND o.site_id <> s.id)"
                            "  AND NOT EXISTS (SELECT 1 FROM site t WHERE t.id <> s.id AND c.component = 'site-' || CAST(t.id AS TEXT))),"
                            "  'site-' || CAST(s.id AS TEXT)),"
                            " s.name, s.kind, s.region_id, s.lat, s.lon, s.capacity, s.amber_threshold, s.red_threshold,"
                            " NULL"
                            " FROM site s"),
             // sensor.site_id references site, and with foreign keys on SQLite refuses to drop a
             // table that rows still reference (PRAGMA foreign_keys cannot change inside the
             // migration's transaction). So the links are set aside, cleared, and restored once
             // the new table carries the name; sensor's REFERENCES site(id) then names it.
             // (PostgreSQL refuses DROP TABLE of a referenced table even with no referencing
             // rows: its backend must drop and re-add sensor's foreign key around this step.)
             QStringLiteral("CREATE TABLE sensor_site_v3 (sensor_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO sensor_site_v3 (sensor_id, site_id) SELECT id, site_id FROM sensor"
                            " WHERE site_id IS NOT NULL"),
             QStringLiteral("UPDATE sensor SET site_id = NULL WHERE site_id IS NOT NULL"),
             QStringLiteral("DROP TABLE site"),
             QStringLiteral("ALTER TABLE site_v3 RENAME TO site"),
             QStringLiteral("UPDATE sensor SET site_id = (SELECT m.site_id FROM sensor_site_v3 m WHERE m.sensor_id = sensor.id)"
                            " WHERE id IN (SELECT sensor_id FROM sensor_site_v3)"),
             QStringLiteral("DROP TABLE sensor_site_v3"),
             // Occupancy reads a site's sensors on every light and profile.
             QStringLiteral("CREATE INDEX sensor_site ON sensor (site_id)"),

             // observation becomes a table clustered on its primary key. In a rowid table a live
             // feed interleaves sensors in insertion order, so one sensor's 90 days sit on every
             // page of the file and are read through the key index plus one table lookup per
             // row: a site's weekday x hour profile among 20 sensors took 68 ms of CPU that way,
             // 26 ms clustered (bench/bench_occupancy.cpp; the budget is 50 ms). The file is also
             // half the size, with one B-tree less to update on ingest. WITHOUT ROWID is SQLite's;
             // the PostgreSQL backend leaves it out (tables are heaps there; CLUSTER does this).
             QStringLiteral("CREATE TABLE observation_v3 ("
                            " sensor_id INTEGER NOT NULL REFERENCES sensor(id),"
                            " observed_at INTEGER NOT NULL,"
                            " value REAL NOT NULL,"
                            " PRIMARY KEY (sensor_id, observed_at)) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO observation_v3 (sensor_id, observed_at, value)"
                            " SELECT sensor_id, observed_at, value FROM observation ORDER BY sensor_id, observed_at"),
             QStringLiteral("DROP TABLE observation"),
             QStringLiteral("ALTER TABLE observation_v3 RENAME TO observation"),
         }},
        {4,
         QStringLiteral("alert history and rule context, operator notes, briefings"),
         {
             // An alert row is one episode of one rule firing for one subject (a sensor, site,
             // hospital or region, named by subject_key as 'sensor:12'); the engine finds the open
             // episode of a rule and subject by (rule, subject_key). rule_name, subject_name and
             // threshold are copied at raise time so the history reads the same after the rules
             // file changes. details: JSON of the values that fired it.
             QStringLiteral("ALTER TABLE alert ADD COLUMN subject_key TEXT"),
             QStringLiteral("ALTER TABLE alert ADD COLUMN subject_name TEXT"),
             QStringLiteral("ALTER TABLE alert ADD COLUMN rule_name TEXT"),
             QStringLiteral("ALTER TABLE alert ADD COLUMN threshold REAL"),
             QStringLiteral("ALTER TABLE alert ADD COLUMN details TEXT"),
             QStringLiteral("CREATE INDEX alert_episode ON alert (rule, subject_key, resolved_at)"),
             QStringLiteral("CREATE INDEX alert_raised ON alert (raised_at)"),
             // Everything that happened to an alert, in order: the alert row keeps only its
             // current state, so acknowledgements and comments are never overwritten and a
             // replayed moment shows the state the alert had then.
             QStringLiteral("CREATE TABLE alert_event ("
                            " id INTEGER PRIMARY KEY,"
                            " alert_id INTEGER NOT NULL REFERENCES alert(id),"
                            " at INTEGER NOT NULL,"
                            " kind TEXT NOT NULL CHECK (kind IN ('raised','acknowledged','commented','resolved')),"
                            " actor TEXT,"
                            " comment TEXT,"
                            " value REAL)"),
             QStringLiteral("CREATE INDEX alert_event_alert ON alert_event (alert_id, at)"),

             // Operator notes pinned to a place (lat/lon) or a region, valid from a moment until
             // another (NULL: until removed). Removal sets deleted_at, so a replay of the past still
             // shows what coordinators knew then.
             QStringLiteral("CREATE TABLE note ("
                            " id INTEGER PRIMARY KEY,"
                            " body TEXT NOT NULL CHECK (length(body) > 0),"
                            " lat REAL, lon REAL,"
                            " region_id INTEGER REFERENCES region(id),"
                            " valid_from INTEGER NOT NULL,"
                            " valid_until INTEGER,"
                            " author TEXT NOT NULL,"
                            " created_at INTEGER NOT NULL,"
                            " updated_at INTEGER NOT NULL,"
                            " deleted_at INTEGER,"
                            " CHECK ((lat IS NULL) = (lon IS NULL)),"
                            " CHECK (lat IS NOT NULL OR region_id IS NOT NULL),"
                            " CHECK (valid_until IS NULL OR valid_until > valid_from))"),
             QStringLiteral("CREATE INDEX note_valid ON note (valid_from, valid_until)"),

             // Each briefing given (PDF exported or marked on the Overview): the data time it
             // showed and its headline figures as JSON, so the Overview can say what changed since.
             QStringLiteral("CREATE TABLE briefing ("
                            " id INTEGER PRIMARY KEY,"
                            " data_at INTEGER NOT NULL,"
                            " created_at INTEGER NOT NULL,"
                            " created_by TEXT NOT NULL,"
                            " figures TEXT NOT NULL,"
                            " file TEXT)"),
             QStringLiteral("CREATE INDEX briefing_created ON briefing (created_at)"),
         }},
        {5,
         QStringLiteral("change notifications for the other workstations of a shared store"),
         {},
         {
             // Every workstation LISTENs on 'atalaya_change' (StoreChanges) and re-reads what a
             // notification names, so an edit or the ingest service's readings reach every desktop
             // within a second without any of them polling. The triggers are per statement, not
             // per row, and PostgreSQL delivers at commit and folds equal payloads of a
             // transaction into one: a batch of readings costs a few notifications, not thousands.
             // The payload is the table's name; observation adds the earliest and latest instant
             // written, so a desktop replaying the past can ignore readings after its cursor.
             // (A future migration that rebuilds one of these tables must create its trigger again.)
             QStringLiteral("CREATE FUNCTION atalaya_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$"
                            " BEGIN PERFORM pg_notify('atalaya_change', TG_TABLE_NAME); RETURN NULL; END $$"),
             QStringLiteral("CREATE FUNCTION atalaya_notify_observations() RETURNS trigger LANGUAGE plpgsql AS $$"
                            " DECLARE earliest BIGINT; latest BIGINT;"
                            " BEGIN"
                            "  SELECT min(observed_at), max(observed_at) INTO earliest, latest FROM written;"
                            "  IF earliest IS NOT NULL THEN"
                            "   PERFORM pg_notify('atalaya_change', 'observation ' || earliest || ' ' || latest);"
                            "  END IF;"
                            "  RETURN NULL;"
                            " END $$"),
             QStringLiteral("CREATE TRIGGER observation_notify AFTER INSERT ON observation"
                            " REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION atalaya_notify_observations()"),
             QStringLiteral("DO $$ DECLARE t TEXT; BEGIN"
                            " FOREACH t IN ARRAY ARRAY['region', 'hospital', 'bed_report', 'epidemic_daily',"
                            "  'epidemic_reported', 'service_category', 'service_point', 'service_window', 'site', 'sensor',"
                            "  'alert', 'alert_event', 'note', 'briefing', 'basemap_feature'] LOOP"
                            "  EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I"
                            " FOR EACH STATEMENT EXECUTE FUNCTION atalaya_notify_change()', t || '_notify', t);"
                            " END LOOP; END $$"),
         }},
        {6,
         QStringLiteral("roles for viewers, editors and administrators, and the database's own audit of changes"),
         {},
         {
             // Who may do what is enforced by the server, not by hidden buttons: people log in with
             // their own roles and are granted one of three group roles. Roles belong to the whole
             // server (several stores may share them), so they are made only when missing;
             // administrators hold the other two WITH ADMIN OPTION so that they can grant them to
             // people's login roles without being superusers. A store owner who may not create or
             // grant roles gets a message naming the remedy instead of PostgreSQL's bare "permission
             // denied to create role".
             QStringLiteral(
                 "DO $$ DECLARE wanted TEXT; link RECORD; BEGIN"
                 " FOREACH wanted IN ARRAY ARRAY['atalaya_viewer', 'atalaya_editor', 'atalaya_admin'] LOOP"
                 "  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = wanted) THEN"
                 "   BEGIN"
                 "    EXECUTE format('CREATE ROLE %I NOLOGIN', wanted);"
                 "   EXCEPTION"
                 // Another store of the same server migrating at the same moment made it.
                 "    WHEN duplicate_object OR unique_violation THEN NULL;"
                 "    WHEN insufficient_privilege THEN"
                 "     RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format("
                 "      'the roles atalaya_viewer, atalaya_editor and atalaya_admin do not exist on this server yet and"
                 " the database role %I may not create roles: a superuser creates them once per server"
                 " (docs/shared-store.md, Roles and the audit log), or gives %I that right with ALTER ROLE %I"
                 " CREATEROLE', current_user, current_user, current_user);"
                 "   END;"
                 "  END IF;"
                 " END LOOP;"
                 " FOR link IN SELECT * FROM (VALUES ('atalaya_viewer', 'atalaya_editor', FALSE),"
                 "   ('atalaya_editor', 'atalaya_admin', TRUE), ('atalaya_viewer', 'atalaya_admin', TRUE))"
                 "   AS l (granted, member, admin) LOOP"
                 "  IF NOT EXISTS (SELECT FROM pg_catalog.pg_auth_members m WHERE m.roleid = link.granted::regrole"
                 "    AND m.member = link.member::regrole AND (m.admin_option OR NOT link.admin)) THEN"
                 "   BEGIN"
                 "    EXECUTE format('GRANT %I TO %I', link.granted, link.member)"
                 "     || CASE WHEN link.admin THEN ' WITH ADMIN OPTION' ELSE '' END;"
                 "   EXCEPTION WHEN insufficient_privilege THEN"
                 "    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format("
                 "     'the role %I is not granted to %I on this server yet and the database role %I may not grant it:"
                 " a superuser links the roles once per server (docs/shared-store.md, Roles and the audit log)',"
                 "     link.granted, link.member, current_user);"
                 "   END;"
                 "  END IF;"
                 " END LOOP;"
                 " END $$"),

             // The database's record of who changed what: the login role (session_user, which
             // neither SET ROLE nor the SECURITY DEFINER trigger below changes), the row before and
             // after. It sits beside audit_log, which is the application's own per-field history
             // behind undo and names the person the program was told; this one no program can skip
             // or forge. It has a schema of its own, not the store's: it is the database's record,
             // not store data, so what reads or copies the store's tables (the schema checks,
             // --migrate-store) sees the same tables on both backends and never moves one
             // database's audit into another store.
             // There is deliberately no id column: the stores read the id of the row they inserted
             // with lastInsertId(), which QPSQL answers with SELECT lastval(), the last value any
             // sequence gave in the session, so an audit trigger drawing from a sequence would hand
             // them the audit row's number instead. xact (the transaction) groups the rows of one
             // change and lets bulk writes be recorded once. A PostgreSQL-only table, so its instant
             // is the timestamptz administrators query with.
             QStringLiteral("DO $$ BEGIN"
                            " IF EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'atalaya_audit') THEN"
                            "  RAISE EXCEPTION USING ERRCODE = 'duplicate_schema', MESSAGE = 'the database has a schema"
                            " atalaya_audit already (the audit of another Atalaya store in this database?): a shared"
                            " store needs a database of its own';"
                            " END IF;"
                            " END $$"),
             QStringLiteral("CREATE SCHEMA atalaya_audit"),
             QStringLiteral("CREATE TABLE atalaya_audit.store_audit ("
                            " at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),"
                            " db_user TEXT NOT NULL DEFAULT session_user,"
                            " xact XID8 NOT NULL DEFAULT pg_current_xact_id(),"
                            " table_name TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " row_id BIGINT,"
                            " old_row JSONB,"
                            " new_row JSONB)"),
             QStringLiteral("CREATE INDEX store_audit_xact ON atalaya_audit.store_audit (xact)"),
             // SECURITY DEFINER: the triggers write store_audit, which nobody but the owner may
             // write. The search path is pinned and the table named with its schema, so a user's own
             // objects (a temporary table called store_audit) cannot take its place. Row images are
             // whole rows as JSON; row_id is the row's id column (NULL for meta and service_category,
             // whose keys are in the images). An UPDATE that changes nothing is not recorded.
             QStringLiteral("CREATE FUNCTION atalaya_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                            " SET search_path = pg_catalog, pg_temp AS $$"
                            " DECLARE old_image JSONB; new_image JSONB;"
                            " BEGIN"
                            "  IF TG_OP <> 'INSERT' THEN old_image := to_jsonb(OLD); END IF;"
                            "  IF TG_OP <> 'DELETE' THEN new_image := to_jsonb(NEW); END IF;"
                            "  IF old_image = new_image THEN RETURN NULL; END IF;"
                            "  INSERT INTO atalaya_audit.store_audit (table_name, action, row_id, old_row, new_row)"
                            "   VALUES (TG_TABLE_NAME, TG_OP, (COALESCE(new_image, old_image) ->> 'id')::BIGINT,"
                            "    old_image, new_image);"
                            "  RETURN NULL;"
                            " END $$"),
             // Bulk tables (readings, imports, the ingest service) get one row per transaction,
             // table and action instead of one per row or per statement: an import that writes
             // thirty thousand figures one statement at a time is one line of the audit.
             QStringLiteral("CREATE FUNCTION atalaya_audit_statement() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                            " SET search_path = pg_catalog, pg_temp AS $$"
                            " BEGIN"
                            "  INSERT INTO atalaya_audit.store_audit (table_name, action) SELECT TG_TABLE_NAME, TG_OP"
                            "   WHERE NOT EXISTS (SELECT FROM atalaya_audit.store_audit a"
                            "    WHERE a.xact = pg_current_xact_id() AND a.table_name = TG_TABLE_NAME AND a.action = TG_OP"
                            "    AND a.row_id IS NULL AND a.old_row IS NULL AND a.new_row IS NULL);"
                            "  RETURN NULL;"
                            " END $$"),
             // Triggers run their function whatever EXECUTE says; nobody needs to call them directly.
             QStringLiteral("REVOKE EXECUTE ON FUNCTION atalaya_audit_row(), atalaya_audit_statement() FROM PUBLIC"),
             // Every table but schema_migration (the owner's). (A future migration that rebuilds
             // one of these tables must create its audit trigger and the editor's grants again;
             // default privileges below cover the viewer's and administrator's.)
             QStringLiteral(
                 "DO $$ DECLARE t TEXT; BEGIN"
                 " FOREACH t IN ARRAY ARRAY['meta', 'region', 'hospital', 'site', 'service_category', 'service_point',"
                 "   'service_window', 'note', 'alert', 'alert_event', 'briefing', 'audit_log'] LOOP"
                 "  EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I"
                 " FOR EACH ROW EXECUTE FUNCTION atalaya_audit_row()', t || '_audit', t);"
                 "  EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I"
                 " FOR EACH STATEMENT EXECUTE FUNCTION atalaya_audit_statement()', t || '_audit_truncate', t);"
                 " END LOOP;"
                 " FOREACH t IN ARRAY ARRAY['observation', 'sensor', 'bed_report', 'epidemic_daily', 'epidemic_reported',"
                 "   'basemap_feature'] LOOP"
                 "  EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I"
                 " FOR EACH STATEMENT EXECUTE FUNCTION atalaya_audit_statement()', t || '_audit', t);"
                 " END LOOP;"
                 " END $$"),

             // Grants in the store's schema. Viewers read everything, sequences included: inserting
             // into an identity column needs no sequence privilege, but the lastval() behind
             // lastInsertId() does. Administrators change every table; they get no TRIGGER or
             // REFERENCES (a trigger of theirs would run with the rights of whoever writes next, the
             // owner's migrations included). Default privileges give tables that later migrations
             // create the same. PUBLIC keeps nothing here (PostgreSQL 15 and later give it nothing
             // on a new database's public schema; clusters upgraded from older ones did).
             QStringLiteral(
                 "DO $$ DECLARE s TEXT := quote_ident(current_schema()); BEGIN"
                 " IF NOT has_schema_privilege('public', current_schema(), 'USAGE') THEN"
                 "  EXECUTE format('GRANT USAGE ON SCHEMA %s TO atalaya_viewer', s);"
                 " END IF;"
                 " IF has_schema_privilege('public', current_schema(), 'CREATE') THEN"
                 "  BEGIN"
                 "   EXECUTE format('REVOKE CREATE ON SCHEMA %s FROM PUBLIC', s);"
                 "  EXCEPTION WHEN insufficient_privilege THEN"
                 "   RAISE WARNING 'every role may create objects in the schema % of this store; its owner should run"
                 " REVOKE CREATE ON SCHEMA % FROM PUBLIC', s, s;"
                 "  END;"
                 " END IF;"
                 " EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %s TO atalaya_viewer', s);"
                 " EXECUTE format('GRANT SELECT ON ALL SEQUENCES IN SCHEMA %s TO atalaya_viewer', s);"
                 " EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA %s"
                 " TO atalaya_admin', s);"
                 " EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %s GRANT SELECT ON TABLES TO atalaya_viewer', s);"
                 " EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %s GRANT SELECT ON SEQUENCES TO atalaya_viewer', s);"
                 " EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %s"
                 " GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO atalaya_admin', s);"
                 " END $$"),
             // The audit: everybody with a role reads it, nobody but the owner changes it.
             QStringLiteral("GRANT USAGE ON SCHEMA atalaya_audit TO atalaya_viewer"),
             QStringLiteral("GRANT SELECT ON atalaya_audit.store_audit TO atalaya_viewer"),
             // Editors keep services, their time windows and notes current, and acknowledge and
             // comment alerts. audit_log takes new entries only: history is never rewritten. The
             // alert row itself they may change only where an acknowledgement goes (AlertStore::
             // acknowledge); raising and resolving alerts is for administrators and the owner.
             QStringLiteral("GRANT INSERT, UPDATE, DELETE ON service_point, service_window, note TO atalaya_editor"),
             QStringLiteral("GRANT INSERT ON audit_log, briefing, alert_event TO atalaya_editor"),
             QStringLiteral("GRANT UPDATE (acknowledged_at, acknowledged_by, ack_comment) ON alert TO atalaya_editor"),
         }},
    };
    return all;
}

} // namespace atalaya
