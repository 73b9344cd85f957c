#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace atalaya::test {

/** A throwaway PostgreSQL server for tests: a fresh cluster in a temporary folder, listening on
 *  a free TCP port of 127.0.0.1 (and a socket in the same folder), trust authentication for a
 *  superuser role, fsync off. The server is a child of the test process that dies with it
 *  (PR_SET_PDEATHSIG), so a crashed test leaves no server behind; the destructor stops it and
 *  removes the folder.
 *
 *  PostgreSQL refuses to run as root; as root (the build root) initdb and postgres run as the
 *  `postgres` system user, who then owns the folder. The binaries are found in
 *  /usr/lib/postgresql/<version>/bin (Debian's layout, newest first), else on PATH.
 *
 *  Every call returns false on failure and errorString() says what, where and why, for QFAIL:
 *  a missing PostgreSQL installation is a failure, never a skip. */
class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    /** initdb, then start and wait until the server accepts connections (at most 30 s). */
    bool start();
    /** Fast shutdown (SIGINT: sessions are ended, committed work kept); waits for the exit. */
    bool stop();
    /** stop() then start again on the same data folder and the same port. */
    bool restart();
    /** SIGKILL to the postmaster, as a crash or power cut would end it; waits until it is gone.
     *  restart() (or start()) brings it back with crash recovery. */
    bool kill();
    bool isRunning() const;

    QString errorString() const { return m_error; }
    /** "postgresql://USER@127.0.0.1:PORT/DB", for Database::open(). */
    QString url(const QString &database) const;
    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    /** The superuser role the cluster was made with (trust authentication, no password). */
    QString user() const { return QStringLiteral("atalaya_test"); }
    QString dataDirectory() const;
    /** The server's log (startup failures, crash recovery), for failure messages. */
    QString logTail(int lines = 20) const;

    /** CREATE DATABASE name (owned by the superuser). */
    bool createDatabase(const QString &name);
    /** Runs one SQL statement as the superuser in database (roles, foreign tables, checks). */
    bool execute(const QString &database, const QString &sql);

private:
    bool locateBinaries();
    bool initCluster();
    bool launch();
    bool waitUntilReady(int timeoutMs);
    bool runTool(const QString &program, const QStringList &arguments, QString *output);
    void prepareChild(QProcess &process) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    QString m_binDir;
    QString m_error;
    int m_port = 0;
    // Set when running as root: the postgres system user's ids, taken by the children.
    bool m_switchUser = false;
    unsigned m_uid = 0;
    unsigned m_gid = 0;
};

} // namespace atalaya::test
