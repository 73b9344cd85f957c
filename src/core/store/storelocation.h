#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace atalaya {

/** Where a store lives, as given to --db: an SQLite file path, or a PostgreSQL database named by
 *  a libpq-style URL `postgresql://[user@]host[:port]/dbname[?param=value&...]` (or
 *  `postgres://`). Parsing only; Database connects.
 *
 *  A URL never carries a password: libpq reads it from ~/.pgpass (or the file PGPASSFILE names)
 *  or from a service file (`postgresql:///?service=NAME`) when the driver passes none, so it is
 *  never written into settings files or shown in a process list. */
class StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(StoreLocation) // parse errors are shown to whoever typed the --db value

public:
    enum class Kind {
        Invalid,    // a PostgreSQL URL that cannot be used; error() says why
        SQLite,     // anything that is not a PostgreSQL URL is a file path
        PostgreSQL,
    };

    /** The port libpq uses when neither the URL nor a service file names one. */
    static constexpr int kDefaultPort = 5432;

    StoreLocation() = default;
    static StoreLocation parse(const QString &location);
    /** True when location starts with postgresql:// or postgres:// (any case). */
    static bool isPostgresUrl(const QString &location);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    bool isPostgres() const { return m_kind == Kind::PostgreSQL; }
    /** One sentence saying why an Invalid location cannot be used. */
    QString error() const { return m_error; }

    /** SQLite: the file path as given. */
    QString filePath() const { return m_filePath; }

    /** PostgreSQL: empty host, user or database name and port -1 leave the choice to libpq
     *  (local socket, the login name, a service file, PGHOST/PGPORT/...). */
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    /** The URL's other query parameters (sslmode, service, connect_timeout, application_name,
     *  ...), decoded, in the order given; libpq itself refuses unknown keys at connect time. */
    QList<std::pair<QString, QString>> options() const { return m_options; }
    QString option(const QString &key) const;
    /** The options as QSqlDatabase::setConnectOptions() wants them for QPSQL, with the defaults
     *  Atalaya adds when the URL sets none: application_name=atalaya (so an administrator sees
     *  who holds a connection in pg_stat_activity), connect_timeout=10 (so an unreachable
     *  server is reported instead of hanging the window), TCP keepalives (a server gone
     *  without closing the connection is noticed within about a minute) and tcp_user_timeout
     *  15 s (a statement sent into a cut network fails instead of waiting minutes). */
    QString connectOptions() const;

    /** For messages and logs: the file path, or the URL rebuilt from its parts (user, host, port,
     *  database, service), never with a password or the other options. */
    QString description() const;
    /** For "cannot reach" messages: "127.0.0.1 port 5432", "the local socket (port 5432)" or
     *  the service that names the server. */
    QString serverDescription() const;

private:
    static StoreLocation invalid(const QString &why);

    Kind m_kind = Kind::Invalid;
    QString m_error;
    QString m_filePath;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_databaseName;
    QList<std::pair<QString, QString>> m_options;
};

} // namespace atalaya
