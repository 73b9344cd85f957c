#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QTcpSocket;

namespace atalaya {

class Database;

/** Brings back a PostgreSQL connection the server dropped (a restart, a failover, a network
 *  cut): nothing in QtSql or libpq reopens one, and every later statement on it fails. A writer
 *  that had a statement refused calls connectionLost(); when the connection no longer answers,
 *  the store is reopened at its location with backoff (0.5 s doubling to 10 s by default) until
 *  it answers again. The owner drops every QSqlQuery it prepared when aboutToReopen() is
 *  emitted (they die with the old connection, and an open() with queries alive warns), waits
 *  for restored() and writes again. An SQLite file does not go away: there a refusal is a lock
 *  or a constraint, and nothing is reopened. Lives in the thread of the Database it watches.
 *
 *  Reopening blocks its thread until libpq connects or gives up (connect_timeout, 10 s): with a
 *  server that drops packets (a cut network) a desktop's window would freeze at every attempt.
 *  So an attempt from the event loop first connects a TCP socket to the server's port, which
 *  does not block, and reopens only when the port answers. Local sockets and service files
 *  (whose host only libpq knows) are reopened directly: they answer or refuse at once. */
class StoreReconnector : public QObject
{
    Q_OBJECT
public:
    /** db must outlive the reconnector and live in its thread. */
    explicit StoreReconnector(Database &db, QObject *parent = nullptr);
    ~StoreReconnector() override;

    void setBackoff(int firstDelayMs, int maxDelayMs);

    /** After a refused statement: true when the store still answers (the refusal had another
     *  cause), false when the connection is gone and reconnection has started or goes on. */
    bool connectionLost();
    /** True from a lost connection until it is restored: write nothing meanwhile. */
    bool isReconnecting() const { return m_reconnecting; }
    /** Tries to reopen now if the backoff allows (for callers outside an event loop, such as a
     *  shutdown that waits for the store); true when the connection is usable. */
    bool reconnectIfDue();

    /** True when a trivial query runs on db's connection. */
    static bool answers(const Database &db);

signals:
    /** The connection no longer answers; emitted once per outage. */
    void lost(const QString &why);
    /** The connection is about to be reopened: drop every query prepared on it now. */
    void aboutToReopen();
    /** The connection answers again after outageMs; what waited can be written now. */
    void restored(qint64 outageMs);

private:
    /** From the timer: probes the server's port first when it is a TCP host, then reopens. */
    void attempt();
    void reopen();
    void endProbe();
    void attemptFailed(const QString &why);

    Database &m_db;
    QTimer m_timer{this}; // a child, so moveToThread() takes it along
    QTimer m_probeTimeout{this};
    QTcpSocket *m_probe = nullptr; // a child while a probe runs
    QElapsedTimer m_outage;      // since the loss was noticed
    QElapsedTimer m_sinceAttempt; // since the last attempt to reopen
    int m_firstDelayMs = 500;
    int m_maxDelayMs = 10'000;
    int m_delayMs = 500; // before the next attempt
    int m_attempts = 0;
    bool m_reconnecting = false;
};

} // namespace atalaya
