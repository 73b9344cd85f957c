#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

#include "migrations.h"
#include "storelocation.h"

namespace atalaya {

/** One connection to the Atalaya store: opens, validates and migrates it, then hands out
 *  prepared statements. One instance per thread (QtSql connections are per-thread).
 *  The store is an SQLite file (the embedded default) or a PostgreSQL database shared by several
 *  workstations and the ingest service; both get the same schema from the same migrations. */
class Database
{
public:
    enum class OpenError {
        None,
        CannotCreate,    // the file does not exist and cannot be created (folder missing or read-only)
        NotWritable,     // the file exists but this user cannot write it
        NotADatabase,    // the file is not an SQLite database (e.g. a text file)
        Corrupt,         // SQLite reports the file as damaged
        NewerSchema,     // written by a newer Atalaya; opening it could lose data
        ForeignDatabase, // an SQLite file, but not an Atalaya store
        MigrationFailed, // a migration step failed; its transaction was rolled back
        // PostgreSQL (and a location that is neither a usable file nor a usable URL):
        InvalidLocation,   // a postgresql:// URL that cannot be used (malformed, or has a password)
        DriverMissing,     // Qt's PostgreSQL driver (QPSQL) is not installed
        ServerUnreachable, // no server answers at the URL's host and port (or socket)
        AccessDenied,      // the server refused the user (authentication, pg_hba.conf, no such role)
        DatabaseMissing,   // the server runs but has no database of that name (it is never created)
    };

    struct OpenResult {
        OpenError error = OpenError::None;
        QString message; // one sentence a user can act on: what, where, why
        bool ok() const { return error == OpenError::None; }
    };

    /** connectionName must be unique per live instance; empty picks a unique one. */
    explicit Database(const QString &connectionName = {});
    /** A store that migrates with the given steps instead of the released ones (upgrade and
     *  newer-schema tests). */
    Database(const QList<Migration> &steps, const QString &connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens the store at location and brings its schema up to date. location is either
     *  - a file path: the SQLite store there, created if missing, in WAL mode; the file is never
     *    replaced or recreated when it cannot be used; or
     *  - a PostgreSQL URL, postgresql://[user@]host[:port]/dbname[?param=value&...] (see
     *    StoreLocation): the database must exist (an administrator creates it); an empty one is
     *    migrated, one with another application's tables is refused. The password comes from
     *    ~/.pgpass, PGPASSFILE or a service file, never from the URL. */
    OpenResult open(const QString &location);
    /** Opens an in-memory store (tests). */
    OpenResult openInMemory();
    void close();

    bool isOpen() const;
    /** For messages: the SQLite file's absolute path, or the PostgreSQL URL without password or
     *  options (StoreLocation::description()). Empty in memory. */
    QString path() const { return m_path; }
    /** What open() was given, unchanged: open it again for a second connection (another thread). */
    QString location() const { return m_location; }
    /** True when the store is a PostgreSQL database: SQL that differs between the backends
     *  (RETURNING ids, upserts of many rows, COPY, LISTEN/NOTIFY) asks this. */
    bool isPostgres() const { return m_postgres; }
    /** "SQLite" or "PostgreSQL", for logs and status output (product names, not translated). */
    QString backendName() const;
    QSqlDatabase connection() const;

    /** The schema version the store is at, and the one this build writes. */
    int schemaVersion() const;
    static int latestSchemaVersion();

    /** A prepared statement; a statement that fails to prepare is a programming error and is
     *  logged with its SQL. */
    QSqlQuery prepare(const QString &sql) const;
    /** Executes a prepared query, logging the SQL and driver message on failure. */
    static bool exec(QSqlQuery &query);

    /** Runs work inside one transaction: committed when it returns true, rolled back otherwise. */
    bool inTransaction(const std::function<bool()> &work);

    /** PostgreSQL numbers new rows from a sequence that rows copied in with their ids (table
     *  rebuilds in migrations, copying a store from SQLite) do not advance: moves every identity
     *  sequence of the store's tables past the largest id, so the next insert gets a free one.
     *  Migrations call it; a no-op returning true on SQLite, which numbers from max(id). */
    bool syncIdentitySequences();

    /** Small key/value table for store-wide facts (demo seed and anchor, city name, ...). */
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

private:
    OpenResult openConnection(const QString &databaseName, bool inMemory);
    OpenResult openPostgres(const StoreLocation &where);
    OpenResult migrate();
    bool runMigration(const Migration &step, QString *failure);
    QStringList storeTables() const;

    QList<Migration> m_migrations;
    QString m_connectionName;
    QString m_path;
    QString m_location;
    bool m_postgres = false;
};

} // namespace atalaya
