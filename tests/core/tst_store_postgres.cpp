#include "pgtestserver.h"
#include "store/database.h"

#include <QSqlError>
#include <QTcpServer>
#include <QTest>

using atalaya::Database;
using atalaya::Migration;
using atalaya::test::PgTestServer;

/** The store on a real PostgreSQL server (a throwaway cluster on loopback): the released
 *  migrations give the same tables and columns as on SQLite, and every way a shared store can be
 *  unusable is refused with a message that names it. */
class TestStorePostgres : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_server;
    int m_databases = 0;

    // A new, empty database on the test server for one test.
    QString freshDatabase()
    {
        const QString name = QStringLiteral("store_%1").arg(++m_databases);
        if (!m_server.createDatabase(name))
            qWarning("%s", qPrintable(m_server.errorString()));
        return name;
    }

    struct Column {
        QString name;
        QString type; // SQLite's declared type family: INTEGER, REAL or TEXT
        bool notNull;
        bool operator==(const Column &) const = default;
    };

    static QMap<QString, QList<Column>> sqliteSchema(Database &db)
    {
        QMap<QString, QList<Column>> schema;
        const QStringList tables = db.connection().tables();
        for (const QString &table : tables) {
            QSqlQuery info(db.connection());
            if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
                continue;
            while (info.next()) {
                const QString declared = info.value(2).toString().toUpper();
                // A primary key column is NOT NULL in PostgreSQL even where SQLite did not say so.
                const bool notNull = info.value(3).toBool() || info.value(5).toInt() > 0;
                schema[table].append({info.value(1).toString(), declared, notNull});
            }
        }
        return schema;
    }

    static QMap<QString, QList<Column>> postgresSchema(Database &db)
    {
        QMap<QString, QList<Column>> schema;
        QSqlQuery info(db.connection());
        if (!info.exec(QStringLiteral("SELECT table_name, column_name, data_type, is_nullable"
                                      " FROM information_schema.columns WHERE table_schema = current_schema()"
                                      " ORDER BY table_name, ordinal_position")))
            return schema;
        while (info.next()) {
            const QString type = info.value(2).toString();
            const QString family = type == QLatin1String("bigint")             ? QStringLiteral("INTEGER")
                                   : type == QLatin1String("double precision") ? QStringLiteral("REAL")
                                   : type == QLatin1String("text")             ? QStringLiteral("TEXT")
                                                                               : type;
            schema[info.value(0).toString()].append(
                {info.value(1).toString(), family, info.value(3).toString() == QLatin1String("NO")});
        }
        return schema;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void newDatabaseMigratesToTheSqliteSchema()
    {
        const QString name = freshDatabase();
        Database db;
        const auto result = db.open(m_server.url(name));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(db.isPostgres());
        QCOMPARE(db.backendName(), QStringLiteral("PostgreSQL"));
        QCOMPARE(db.location(), m_server.url(name));
        QCOMPARE(db.path(), m_server.url(name));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());

        QSqlQuery steps = db.prepare(QStringLiteral("SELECT version FROM schema_migration ORDER BY version"));
        QVERIFY(Database::exec(steps));
        QList<int> versions;
        while (steps.next())
            versions.append(steps.value(0).toInt());
        QList<int> expected;
        for (const Migration &step : atalaya::migrations())
            expected.append(step.version);
        QCOMPARE(versions, expected);

        Database reference;
        const auto opened = reference.openInMemory();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(!reference.isPostgres());
        QCOMPARE(reference.backendName(), QStringLiteral("SQLite"));
        const auto sqlite = sqliteSchema(reference);
        const auto postgres = postgresSchema(db);
        QVERIFY(sqlite.size() >= 15);
        QCOMPARE(postgres.keys(), sqlite.keys());
        for (auto table = sqlite.cbegin(); table != sqlite.cend(); ++table)
            QCOMPARE(postgres.value(table.key()), table.value());
    }

    void migratedForeignKeysPointAtTheRebuiltTables()
    {
        // Migration 3 rebuilds site while sensor references it; the reference must follow.
        const QString name = freshDatabase();
        Database db;
        const auto result = db.open(m_server.url(name));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QSqlQuery keys(db.connection());
        QVERIFY(keys.exec(QStringLiteral("SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint"
                                         " WHERE contype = 'f' ORDER BY 1, 2")));
        QStringList references;
        while (keys.next())
            references.append(keys.value(0).toString() + QLatin1String("->") + keys.value(1).toString());
        QVERIFY2(references.contains(QLatin1String("sensor->site")), qPrintable(references.join(u' ')));
        QVERIFY2(references.contains(QLatin1String("service_window->service_point")), qPrintable(references.join(u' ')));
        QVERIFY2(references.contains(QLatin1String("observation->sensor")), qPrintable(references.join(u' ')));
        for (const QString &reference : std::as_const(references))
            QVERIFY2(!reference.contains(QLatin1String("_v")), qPrintable(reference));

        // ... and is enforced: a sensor cannot name a site that does not exist.
        QSqlQuery orphan(db.connection());
        QVERIFY(!orphan.exec(QStringLiteral("INSERT INTO sensor (provider, component, code, type, site_id)"
                                            " VALUES ('p', 'c', 'x', 't', 999)")));
    }

    void reopeningKeepsTheVersionAndRunsNothing()
    {
        const QString name = freshDatabase();
        {
            Database db;
            const auto result = db.open(m_server.url(name));
            QVERIFY2(result.ok(), qPrintable(result.message));
        }
        Database db;
        const auto again = db.open(m_server.url(name));
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery count = db.prepare(QStringLiteral("SELECT count(*), count(DISTINCT version) FROM schema_migration"));
        QVERIFY(Database::exec(count) && count.next());
        QCOMPARE(count.value(0).toInt(), atalaya::migrations().size());
        QCOMPARE(count.value(1).toInt(), atalaya::migrations().size());
    }

    void metaRoundTrip()
    {
        Database db;
        const auto result = db.open(m_server.url(freshDatabase()));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(db.meta(QStringLiteral("city")), QString());
        QVERIFY(db.setMeta(QStringLiteral("city"), QStringLiteral("València")));
        QCOMPARE(db.meta(QStringLiteral("city")), QStringLiteral("València"));
        QVERIFY(db.setMeta(QStringLiteral("city"), QStringLiteral("Porto")));
        QCOMPARE(db.meta(QStringLiteral("city")), QStringLiteral("Porto"));
    }

    void identityIdsAndFullDoublePrecision()
    {
        Database db;
        const auto result = db.open(m_server.url(freshDatabase()));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            QSqlQuery insert = db.prepare(QStringLiteral(
                "INSERT INTO basemap_feature (kind, name, geometry, min_lat, min_lon, max_lat, max_lon)"
                " VALUES ('park', ?, '{}', ?, -8.612345678901, 41.2, -8.5) RETURNING id"));
            insert.addBindValue(QStringLiteral("park %1").arg(i));
            insert.addBindValue(41.123456789012);
            QVERIFY(Database::exec(insert) && insert.next());
            ids.append(insert.value(0).toLongLong());
        }
        QCOMPARE(ids, (QList<qint64>{1, 2, 3}));

        QSqlQuery read = db.prepare(QStringLiteral("SELECT min_lat, min_lon FROM basemap_feature WHERE id = 2"));
        QVERIFY(Database::exec(read) && read.next());
        QCOMPARE(read.value(0).toDouble(), 41.123456789012);
        QCOMPARE(read.value(1).toDouble(), -8.612345678901);
        // Epoch seconds past 2038 fit (INTEGER became BIGINT).
        QSqlQuery late = db.prepare(QStringLiteral("INSERT INTO briefing (data_at, created_at, created_by, figures)"
                                                   " VALUES (?, ?, 'test', '{}') RETURNING id"));
        late.addBindValue(qint64(4102444800)); // 2100-01-01
        late.addBindValue(qint64(4102444800));
        QVERIFY(Database::exec(late) && late.next());
        QCOMPARE(late.value(0).toLongLong(), 1);
    }

    void lastInsertIdReadsTheIdentitySequence()
    {
        // The stores read new ids with lastInsertId(); QPSQL answers it with SELECT lastval(),
        // the session's last sequence value, which an identity column's insert sets.
        Database db;
        const auto result = db.open(m_server.url(freshDatabase()));
        QVERIFY2(result.ok(), qPrintable(result.message));
        for (qint64 expected : {1, 2}) {
            QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO briefing (data_at, created_at, created_by, figures)"
                                                         " VALUES (0, 0, 'test', '{}')"));
            QVERIFY(Database::exec(insert));
            QCOMPARE(insert.lastInsertId().toLongLong(), expected);
        }
    }

    void idsContinueAfterRowsCopiedWithTheirIds()
    {
        // A table rebuild copies rows with their ids, which the identity sequence does not see.
        Database db;
        const auto result = db.open(m_server.url(freshDatabase()));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QSqlQuery copy(db.connection());
        QVERIFY2(copy.exec(QStringLiteral("INSERT INTO note (id, body, lat, lon, valid_from, author, created_at,"
                                          " updated_at) VALUES (41, 'copied', 1, 2, 0, 'a', 0, 0)")),
                 qPrintable(copy.lastError().text()));
        QVERIFY(db.syncIdentitySequences());
        QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO note (body, lat, lon, valid_from, author, created_at,"
                                                     " updated_at) VALUES ('new', 1, 2, 0, 'a', 0, 0) RETURNING id"));
        QVERIFY(Database::exec(insert) && insert.next());
        QCOMPARE(insert.value(0).toLongLong(), 42);
    }

    void newerSchemaIsRefused()
    {
        const QString name = freshDatabase();
        QList<Migration> future = atalaya::migrations();
        future.append({Database::latestSchemaVersion() + 1, QStringLiteral("from the future"),
                       {QStringLiteral("CREATE TABLE hologram (id INTEGER PRIMARY KEY, depth REAL)")}});
        {
            Database newer(future, QStringLiteral("newer-atalaya"));
            const auto result = newer.open(m_server.url(name));
            QVERIFY2(result.ok(), qPrintable(result.message));
            QCOMPARE(newer.schemaVersion(), Database::latestSchemaVersion() + 1);
        }
        Database db;
        const auto result = db.open(m_server.url(name));
        QCOMPARE(result.error, Database::OpenError::NewerSchema);
        QVERIFY2(result.message.contains(QString::number(Database::latestSchemaVersion() + 1)), qPrintable(result.message));
        QVERIFY2(result.message.contains(m_server.url(name)), qPrintable(result.message));
        QVERIFY(!db.isOpen());
    }

    void unreachableServerNamesHostAndPort()
    {
        // A port that was free a moment ago: nothing answers there.
        int port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        Database db;
        const auto result = db.open(QStringLiteral("postgresql://%1@127.0.0.1:%2/atalaya").arg(m_server.user()).arg(port));
        QCOMPARE(result.error, Database::OpenError::ServerUnreachable);
        QVERIFY2(result.message.contains(QStringLiteral("127.0.0.1 port %1").arg(port)), qPrintable(result.message));
        QVERIFY(!db.isOpen());
    }

    void missingDatabaseIsNamed()
    {
        Database db;
        const auto result = db.open(m_server.url(QStringLiteral("no_such_city")));
        QCOMPARE(result.error, Database::OpenError::DatabaseMissing);
        QVERIFY2(result.message.contains(QLatin1String("\"no_such_city\" does not exist")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QStringLiteral("127.0.0.1 port %1").arg(m_server.port())),
                 qPrintable(result.message));
        QVERIFY(!db.isOpen());
    }

    void unknownRoleIsAccessDenied()
    {
        Database db;
        const auto result = db.open(QStringLiteral("postgresql://nobody_here@127.0.0.1:%1/postgres").arg(m_server.port()));
        QCOMPARE(result.error, Database::OpenError::AccessDenied);
        QVERIFY2(result.message.contains(QLatin1String("nobody_here")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("~/.pgpass")), qPrintable(result.message));
    }

    void urlWithPasswordIsRefusedBeforeConnecting()
    {
        Database db;
        const auto result = db.open(QStringLiteral("postgresql://%1:hunter2@127.0.0.1:%2/postgres")
                                        .arg(m_server.user())
                                        .arg(m_server.port()));
        QCOMPARE(result.error, Database::OpenError::InvalidLocation);
        QVERIFY2(result.message.contains(QLatin1String("~/.pgpass")), qPrintable(result.message));
        QVERIFY2(!result.message.contains(QLatin1String("hunter2")), qPrintable(result.message));
        QVERIFY(!db.isOpen());
    }

    void foreignDatabaseIsRefusedAndLeftUntouched()
    {
        const QString name = freshDatabase();
        QVERIFY2(m_server.execute(name, QStringLiteral("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)")),
                 qPrintable(m_server.errorString()));
        Database db;
        const auto result = db.open(m_server.url(name));
        QCOMPARE(result.error, Database::OpenError::ForeignDatabase);
        QVERIFY2(result.message.contains(QLatin1String("invoices")), qPrintable(result.message));
        QVERIFY(!db.isOpen());

        // Nothing of ours was created beside their table.
        QVERIFY(!m_server.execute(name, QStringLiteral("SELECT 1 FROM schema_migration")));
        QVERIFY(!m_server.execute(name, QStringLiteral("SELECT 1 FROM region")));
        QVERIFY(m_server.execute(name, QStringLiteral("SELECT 1 FROM invoices")));
    }

    void failedMigrationChangesNothing()
    {
        const QString name = freshDatabase();
        QList<Migration> broken = {
            {1, QStringLiteral("good"), {QStringLiteral("CREATE TABLE thing (id INTEGER PRIMARY KEY, name TEXT)")}},
            {2, QStringLiteral("bad"), {QStringLiteral("ALTER TABLE thing ADD COLUMN size REAL"),
                                        QStringLiteral("INSERT INTO no_such_table VALUES (1)")}},
        };
        Database db(broken, QStringLiteral("broken-migrations"));
        const auto result = db.open(m_server.url(name));
        QCOMPARE(result.error, Database::OpenError::MigrationFailed);
        QVERIFY2(result.message.contains(QLatin1String("schema 2")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("no_such_table")), qPrintable(result.message));
        // Step 1 stays applied; step 2's column was rolled back with it (DDL is transactional).
        QVERIFY(m_server.execute(name, QStringLiteral("SELECT name FROM thing")));
        QVERIFY(!m_server.execute(name, QStringLiteral("SELECT size FROM thing")));
    }

    void serverRestartAndKillKeepCommittedData()
    {
        const QString name = freshDatabase();
        {
            Database db;
            const auto result = db.open(m_server.url(name));
            QVERIFY2(result.ok(), qPrintable(result.message));
            QVERIFY(db.setMeta(QStringLiteral("survives"), QStringLiteral("restart")));
        }
        const int port = m_server.port();
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        QCOMPARE(m_server.port(), port);
        {
            Database db;
            const auto result = db.open(m_server.url(name));
            QVERIFY2(result.ok(), qPrintable(result.message));
            QCOMPARE(db.meta(QStringLiteral("survives")), QStringLiteral("restart"));
            QVERIFY(db.setMeta(QStringLiteral("survives"), QStringLiteral("kill")));
        }
        QVERIFY2(m_server.kill(), qPrintable(m_server.errorString()));
        QVERIFY(!m_server.isRunning());
        {
            Database db;
            QCOMPARE(db.open(m_server.url(name)).error, Database::OpenError::ServerUnreachable);
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QCOMPARE(m_server.port(), port);
        Database db;
        const auto result = db.open(m_server.url(name));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(db.meta(QStringLiteral("survives")), QStringLiteral("kill"));
    }
};

QTEST_GUILESS_MAIN(TestStorePostgres)
#include "tst_store_postgres.moc"
