#include "database.h"

#include "logging.h"
#include "migrations.h"
#include "postgresdialect.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <atomic>

namespace atalaya {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("atalaya-store-%1").arg(counter.fetch_add(1));
}

// The first 16 bytes of every SQLite 3 database file.
constexpr char kSqliteHeader[] = "SQLite format 3";

bool looksCorrupt(const QSqlError &error)
{
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("corrupt"), Qt::CaseInsensitive);
}

bool looksNotADatabase(const QSqlError &error)
{
    return error.databaseText().contains(QLatin1String("not a database"), Qt::CaseInsensitive);
}

bool looksReadOnly(const QSqlError &error)
{
    return error.databaseText().contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        || error.databaseText().contains(QLatin1String("read-only"), Qt::CaseInsensitive);
}

// Held while a PostgreSQL store is checked and migrated, so that two programs opening a new
// shared store at once (the ingest service and a desktop) do not both create its tables. The
// number is arbitrary but fixed: "atalaya" in ASCII.
constexpr qint64 kMigrationLockKey = 0x6174616C617961LL;

// libpq's messages span lines ("connection to server ... failed: ...\n\tIs the server
// running ...?"); a message to a user is one sentence.
QString oneLine(const QString &text)
{
    return text.simplified().remove(QRegularExpression(QStringLiteral("[.]$")));
}

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// QPSQL reports a failed connection with libpq's text only (no SQLSTATE exists before a session
// does), so the cause is read from libpq's and the server's English messages; anything else
// keeps the general "cannot open" with libpq's words.
Database::OpenResult connectFailure(const StoreLocation &where, const QSqlError &error)
{
    const QString why = oneLine(error.databaseText().isEmpty() ? error.text() : error.databaseText());
    const QString shown = where.description();
    static const QRegularExpression missingDatabase(QStringLiteral("database \"([^\"]*)\" does not exist"));
    if (const QRegularExpressionMatch match = missingDatabase.match(why); match.hasMatch())
        return {Database::OpenError::DatabaseMissing,
                QObject::tr("Cannot open the store %1: the database \"%2\" does not exist on %3. Atalaya "
                            "never creates one; ask the database administrator to create it (for example "
                            "createdb --owner=ROLE %2).")
                    .arg(shown, match.captured(1), where.serverDescription())};
    if (containsAny(why, {"password authentication failed", "authentication failed", "no password supplied",
                          "pg_hba.conf", "role \"", "not permitted to log in", "permission denied"}))
        return {Database::OpenError::AccessDenied,
                QObject::tr("Cannot open the store %1: %2 refused the connection (%3). Check the user name; "
                            "keep its password in ~/.pgpass (or the file PGPASSFILE names) or in a service "
                            "file, never in the URL.")
                    .arg(shown, where.serverDescription(), why)};
    if (containsAny(why, {"connection refused", "could not connect", "timeout expired", "timed out",
                          "could not translate host name", "no such file or directory", "network is unreachable",
                          "no route to host", "server closed the connection", "the database system is"}))
        return {Database::OpenError::ServerUnreachable,
                QObject::tr("Cannot open the store %1: no PostgreSQL server answers at %2 (%3). Check that the "
                            "server runs and accepts connections there.")
                    .arg(shown, where.serverDescription(), why)};
    return {Database::OpenError::CannotCreate, QObject::tr("Cannot open the store %1: %2.").arg(shown, why)};
}

QString sqlName(const QSqlDatabase &db, const QString &name)
{
    return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

// A PostgreSQL foreign key that points at a table a migration rebuilds, set aside while the old
// table is dropped and put back once the new one carries the name.
struct ParkedForeignKey {
    QString table;      // the referencing table
    QString name;       // the constraint
    QString definition; // FOREIGN KEY (...) REFERENCES referenced(...)
    QString referenced;
};

} // namespace

Database::Database(const QString &connectionName)
    : Database(migrations(), connectionName)
{
}

Database::Database(const QList<Migration> &steps, const QString &connectionName)
    : m_migrations(steps)
    , m_connectionName(connectionName.isEmpty() ? uniqueConnectionName() : connectionName)
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::backendName() const
{
    return m_postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

Database::OpenResult Database::open(const QString &location)
{
    close();
    m_location = location;
    const StoreLocation where = StoreLocation::parse(location);
    m_postgres = where.kind() != StoreLocation::Kind::SQLite;
    if (!where.isValid()) {
        m_path.clear();
        return {OpenError::InvalidLocation, where.error()};
    }
    if (where.isPostgres())
        return openPostgres(where);

    const QString &path = location;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    m_path = info.absoluteFilePath();

    // Refuse early, with the reason, rather than letting SQLite create or overwrite something.
    if (info.isDir())
        return {OpenError::CannotCreate,
                QObject::tr("Cannot use %1 as the store: it is a folder, not a database file.").arg(shown)};
    if (!info.exists()) {
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir())
            return {OpenError::CannotCreate,
                    QObject::tr("Cannot create the store %1: the folder %2 does not exist.")
                        .arg(shown, QDir::toNativeSeparators(folder.absoluteFilePath()))};
        if (!folder.isWritable())
            return {OpenError::CannotCreate,
                    QObject::tr("Cannot create the store %1: the folder %2 is not writable by this user.")
                        .arg(shown, QDir::toNativeSeparators(folder.absoluteFilePath()))};
    } else {
        if (!info.isReadable())
            return {OpenError::NotWritable,
                    QObject::tr("Cannot open the store %1: this user may not read it.").arg(shown)};
        if (!info.isWritable())
            return {OpenError::NotWritable,
                    QObject::tr("Cannot open the store %1: the file is read-only for this user.").arg(shown)};
        if (info.size() > 0) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return {OpenError::NotWritable,
                        QObject::tr("Cannot open the store %1: %2.").arg(shown, file.errorString())};
            const QByteArray header = file.read(sizeof kSqliteHeader);
            if (header != QByteArray(kSqliteHeader, sizeof kSqliteHeader))
                return {OpenError::NotADatabase,
                        QObject::tr("Cannot open %1: it is not an SQLite database (wrong file, or a "
                                    "file that only has a .db name). It was left untouched.")
                            .arg(shown)};
        }
    }
    return openConnection(path, false);
}

Database::OpenResult Database::openInMemory()
{
    close();
    m_path.clear();
    m_location = QStringLiteral(":memory:");
    m_postgres = false;
    return openConnection(QStringLiteral(":memory:"), true);
}

Database::OpenResult Database::openConnection(const QString &databaseName, bool inMemory)
{
    const QString shown = inMemory ? QObject::tr("in memory") : QDir::toNativeSeparators(m_path);
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(databaseName);
        // Readers and the ingest writer share the file; wait rather than fail on a busy lock.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            why = db.lastError().text();
    }
    if (!why.isEmpty()) {
        close(); // outside the block above: no handle to the connection may be alive here
        return {OpenError::CannotCreate, QObject::tr("Cannot open the store %1: %2.").arg(shown, why)};
    }

    // Touch the schema first: this is where SQLite notices a damaged or foreign file.
    QSqlQuery probe(connection());
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const QSqlError error = probe.lastError();
        probe.finish();
        close();
        if (looksNotADatabase(error))
            return {OpenError::NotADatabase,
                    QObject::tr("Cannot open %1: it is not an SQLite database. It was left untouched.").arg(shown)};
        if (looksCorrupt(error))
            return {OpenError::Corrupt,
                    QObject::tr("Cannot open %1: the database file is damaged (%2). It was left "
                                "untouched; restore it from a backup or start with a new --db file.")
                        .arg(shown, error.databaseText())};
        return {OpenError::Corrupt, QObject::tr("Cannot read %1: %2.").arg(shown, error.text())};
    }
    probe.finish();

    QSqlQuery pragma(connection());
    const QStringList pragmas = {
        // WAL lets the dashboard read while a feed writes; NORMAL sync is safe in WAL mode.
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
    };
    for (const QString &statement : pragmas) {
        if (inMemory && statement.contains(QLatin1String("journal_mode")))
            continue;
        if (!pragma.exec(statement)) {
            const QSqlError error = pragma.lastError();
            pragma.finish();
            close();
            if (looksReadOnly(error))
                return {OpenError::NotWritable,
                        QObject::tr("Cannot open the store %1: it is read-only for this user.").arg(shown)};
            if (looksCorrupt(error))
                return {OpenError::Corrupt,
                        QObject::tr("Cannot open %1: the database file is damaged (%2). It was left untouched.")
                            .arg(shown, error.databaseText())};
            return {OpenError::CannotCreate, QObject::tr("Cannot open the store %1: %2.").arg(shown, error.text())};
        }
    }
    pragma.finish();

    OpenResult result = migrate();
    if (!result.ok())
        close();
    return result;
}

Database::OpenResult Database::openPostgres(const StoreLocation &where)
{
    m_path = where.description();
    const QString shown = m_path;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return {OpenError::DriverMissing,
                QObject::tr("Cannot open the store %1: Qt's PostgreSQL driver (QPSQL) is not installed. "
                            "Install it (on Debian: libqt6sql6-psql) or use an SQLite store file.")
                    .arg(shown)};
    QSqlError failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(where.host());
        db.setPort(where.port());
        db.setUserName(where.user());
        db.setDatabaseName(where.databaseName());
        // No password: libpq then reads ~/.pgpass, PGPASSFILE or the service file itself.
        db.setConnectOptions(where.connectOptions());
        if (!db.open())
            failure = db.lastError();
    }
    if (failure.isValid()) {
        close(); // outside the block above: no handle to the connection may be alive here
        return connectFailure(where, failure);
    }

    QSqlQuery version(connection());
    if (version.exec(QStringLiteral("SHOW server_version")) && version.next())
        qCInfo(lcStore).noquote() << "connected to" << shown << "- PostgreSQL" << version.value(0).toString();
    version.finish();

    OpenResult result = migrate();
    if (!result.ok())
        close();
    return result;
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_migration")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QStringList Database::storeTables() const
{
    if (!m_postgres)
        return connection().tables();
    // Only the schema the connection writes into (public unless search_path says otherwise):
    // other schemas of the same database belong to whoever made them.
    QStringList tables;
    QSqlQuery query(connection());
    // pg_tables lists every table, information_schema only those this role holds a right on: a
    // login role without an Atalaya role would see an empty store and try to migrate it.
    if (query.exec(QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables"
                                  " WHERE schemaname = current_schema() ORDER BY tablename"))) {
        while (query.next())
            tables.append(query.value(0).toString());
    }
    return tables;
}

Database::OpenResult Database::migrate()
{
    const QString shown = m_path.isEmpty() ? QObject::tr("in memory") : QDir::toNativeSeparators(m_path);
    QSqlDatabase db = connection();
    if (m_postgres) {
        QSqlQuery lock(db);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLockKey)))
            return {OpenError::MigrationFailed,
                    QObject::tr("Cannot check the schema of the store %1: %2.").arg(shown, oneLine(lock.lastError().text()))};
    }
    const auto unlock = qScopeGuard([this, &db] {
        if (m_postgres)
            QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLockKey));
    });

    const QStringList tables = storeTables();
    const bool hasVersionTable = tables.contains(QStringLiteral("schema_migration"));

    // Another application's database: refuse it rather than add our tables beside theirs.
    if (!hasVersionTable && !tables.isEmpty()) {
        if (m_postgres)
            return {OpenError::ForeignDatabase,
                    QObject::tr("Cannot use %1 as the store: the database has tables of another application "
                                "(%2) but no Atalaya schema. It was left untouched; give Atalaya a database of "
                                "its own.")
                        .arg(shown, tables.mid(0, 3).join(QLatin1String(", ")))};
        return {OpenError::ForeignDatabase,
                QObject::tr("Cannot use %1 as the store: it is an SQLite database of another "
                            "application (it has tables but no Atalaya schema). It was left untouched.")
                    .arg(shown)};
    }

    if (m_postgres && hasVersionTable) {
        QSqlQuery readable(db);
        if (!readable.exec(QStringLiteral("SELECT 1 FROM schema_migration LIMIT 1"))
            && readable.lastError().nativeErrorCode() == QLatin1String("42501"))
            return {OpenError::AccessDenied,
                    QObject::tr("Cannot open %1: the database role %2 has no Atalaya role in it. An administrator "
                                "grants one: GRANT atalaya_viewer (or atalaya_editor, atalaya_admin) TO %2;")
                        .arg(shown, db.userName().isEmpty() ? QStringLiteral("(your login)") : db.userName())};
    }
    const int current = hasVersionTable ? schemaVersion() : 0;
    const int latest = m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
    if (current > latest)
        return {OpenError::NewerSchema,
                QObject::tr("Cannot open %1: it was written by a newer Atalaya (store schema %2, this "
                            "version knows up to %3). Open it with that newer version; it was left untouched.")
                    .arg(shown)
                    .arg(current)
                    .arg(latest)};

    for (const Migration &step : std::as_const(m_migrations)) {
        if (step.version <= current)
            continue;
        qCInfo(lcStore) << "migrating" << shown << "to schema" << step.version << "-" << step.description;
        QString failure;
        const bool done = inTransaction([&] { return runMigration(step, &failure); });
        if (!done) {
            if (failure.isEmpty())
                failure = db.lastError().text();
            return {OpenError::MigrationFailed,
                    QObject::tr("Cannot update the store %1 to schema %2: %3. Nothing was changed.")
                        .arg(shown)
                        .arg(step.version)
                        .arg(failure)};
        }
    }
    return {};
}

bool Database::runMigration(const Migration &step, QString *failure)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    const auto run = [&](const QString &statement) {
        if (query.exec(statement))
            return true;
        const QSqlError error = query.lastError();
        // A refusal (42501) or a migration's own RAISE EXCEPTION (P0001) is a sentence meant for
        // the reader: its first line only, without PL/pgSQL's context and the statement.
        const QString code = error.nativeErrorCode();
        if (code == QLatin1String("42501") || code == QLatin1String("P0001")) {
            QString sentence = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
            static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL):\\s*"));
            *failure = sentence.remove(severity);
            return false;
        }
        *failure = QStringLiteral("%1 [%2]").arg(oneLine(error.text()), statement.left(80));
        return false;
    };

    QStringList statements = step.statements;
    if (step.version == 1)
        statements.prepend(QStringLiteral("CREATE TABLE schema_migration (version INTEGER PRIMARY KEY,"
                                          " description TEXT NOT NULL, applied_at INTEGER NOT NULL)"));

    // SQLite's REFERENCES name a table, so a rebuild (create x_vN, copy, drop x, rename x_vN to
    // x) leaves other tables pointing at the new x. PostgreSQL's point at the table itself and
    // refuse the drop; they are set aside at the drop and restored by name at the rename, which
    // keeps the released migrations' meaning on both backends.
    static const QRegularExpression dropTable(QStringLiteral("^\\s*DROP\\s+TABLE\\s+(\\w+)\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression renameTable(
        QStringLiteral("^\\s*ALTER\\s+TABLE\\s+(\\w+)\\s+RENAME\\s+TO\\s+(\\w+)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    QList<ParkedForeignKey> parked;

    for (const QString &written : std::as_const(statements)) {
        const QStringList translated = m_postgres ? postgresStatements(written) : QStringList{written};
        for (const QString &statement : translated) {
            if (m_postgres) {
                if (const QRegularExpressionMatch drop = dropTable.match(statement); drop.hasMatch()) {
                    QSqlQuery keys(db);
                    keys.prepare(QStringLiteral(
                        "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)"
                        " FROM pg_constraint c WHERE c.contype = 'f' AND c.confrelid = to_regclass(?)"
                        " AND c.conrelid <> c.confrelid ORDER BY 1, 2"));
                    keys.addBindValue(drop.captured(1));
                    if (!keys.exec()) {
                        *failure = oneLine(keys.lastError().text());
                        return false;
                    }
                    QList<ParkedForeignKey> found;
                    while (keys.next())
                        found.append({keys.value(0).toString(), keys.value(1).toString(),
                                      keys.value(2).toString(), drop.captured(1)});
                    keys.finish();
                    for (const ParkedForeignKey &key : std::as_const(found)) {
                        if (!run(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
                                     .arg(key.table, sqlName(db, key.name))))
                            return false;
                    }
                    parked += found;
                }
            }
            if (!run(statement))
                return false;
            if (m_postgres) {
                if (const QRegularExpressionMatch rename = renameTable.match(statement); rename.hasMatch()) {
                    for (qsizetype i = parked.size() - 1; i >= 0; --i) {
                        const ParkedForeignKey key = parked.at(i);
                        if (key.referenced.compare(rename.captured(2), Qt::CaseInsensitive) != 0)
                            continue;
                        if (!run(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                                     .arg(key.table, sqlName(db, key.name), key.definition)))
                            return false;
                        parked.removeAt(i);
                    }
                }
            }
        }
    }
    if (m_postgres) {
        for (const QString &statement : step.postgresOnly) {
            if (!run(statement))
                return false;
        }
    }
    if (!parked.isEmpty()) {
        *failure = QStringLiteral("the foreign key %1 of %2 points at %3, which the migration dropped without "
                                  "renaming another table to that name")
                       .arg(parked.constFirst().name, parked.constFirst().table, parked.constFirst().referenced);
        return false;
    }
    if (!syncIdentitySequences()) {
        *failure = oneLine(db.lastError().text());
        return false;
    }

    QSqlQuery record(db);
    record.prepare(QStringLiteral("INSERT INTO schema_migration (version, description, applied_at) VALUES (?, ?, ?)"));
    record.addBindValue(step.version);
    record.addBindValue(step.description);
    record.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!record.exec()) {
        *failure = record.lastError().text();
        return false;
    }
    return true;
}

bool Database::syncIdentitySequences()
{
    if (!m_postgres)
        return true;
    QSqlDatabase db = connection();
    QSqlQuery columns(db);
    if (!columns.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                                     " WHERE table_schema = current_schema() AND is_identity = 'YES'"
                                     " ORDER BY table_name"))) {
        qCWarning(lcStore) << "cannot list identity columns:" << columns.lastError().text();
        return false;
    }
    QList<std::pair<QString, QString>> identities;
    while (columns.next())
        identities.append({columns.value(0).toString(), columns.value(1).toString()});
    columns.finish();
    for (const auto &[table, column] : std::as_const(identities)) {
        // is_called = false: the next value handed out is exactly max + 1 (or 1 when empty).
        QSqlQuery sync(db);
        sync.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?),"
                                    " COALESCE((SELECT max(%2) FROM %1), 0) + 1, false)")
                         .arg(sqlName(db, table), db.driver()->escapeIdentifier(column, QSqlDriver::FieldName)));
        sync.addBindValue(sqlName(db, table));
        sync.addBindValue(column);
        if (!sync.exec()) {
            qCWarning(lcStore) << "cannot move the id sequence of" << table << ":" << sync.lastError().text();
            return false;
        }
    }
    return true;
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        qCCritical(lcStore) << "cannot prepare" << sql << ":" << query.lastError().text();
    return query;
}

bool Database::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcStore) << "query failed:" << query.lastQuery() << ":" << query.lastError().text();
    return false;
}

bool Database::inTransaction(const std::function<bool()> &work)
{
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        qCWarning(lcStore) << "cannot begin a transaction:" << db.lastError().text();
        return false;
    }
    if (work() && db.commit())
        return true;
    if (!db.rollback())
        qCWarning(lcStore) << "rollback failed:" << db.lastError().text();
    return false;
}

QString Database::meta(const QString &key) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

bool Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query = prepare(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return exec(query);
}

} // namespace atalaya
