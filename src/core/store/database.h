#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

#include "migrations.h"

namespace atalaya {

/** One connection to the Atalaya store: opens, validates and migrates it, then hands out
 *  prepared statements. One instance per thread (QtSql connections are per-thread). */
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

    /** Opens (creating if missing) the SQLite store at path, in WAL mode, and brings its
     *  schema up to date. The file is never replaced or recreated when it cannot be used. */
    OpenResult open(const QString &path);
    /** Opens an in-memory store (tests). */
    OpenResult openInMemory();
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
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

    /** Small key/value table for store-wide facts (demo seed and anchor, city name, ...). */
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

private:
    OpenResult openConnection(const QString &databaseName, bool inMemory);
    OpenResult migrate();

    QList<Migration> m_migrations;
    QString m_connectionName;
    QString m_path;
};

} // namespace atalaya
