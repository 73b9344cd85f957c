#include "reconnect.h"

#include "database.h"
#include "logging.h"
#include "storelocation.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace atalaya {

namespace {

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').simplified();
}

} // namespace

StoreReconnector::StoreReconnector(Database &db, QObject *parent)
    : QObject(parent), m_db(db)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StoreReconnector::attempt);
    m_probeTimeout.setSingleShot(true);
    connect(&m_probeTimeout, &QTimer::timeout, this, [this] {
        const QString why = u"the server's port does not answer within %1 s"_s.arg(m_probeTimeout.interval() / 1000.0);
        endProbe();
        attemptFailed(why);
    });
}

StoreReconnector::~StoreReconnector() = default;

void StoreReconnector::setBackoff(int firstDelayMs, int maxDelayMs)
{
    m_firstDelayMs = std::max(1, firstDelayMs);
    m_maxDelayMs = std::max(m_firstDelayMs, maxDelayMs);
}

bool StoreReconnector::answers(const Database &db)
{
    if (!db.isOpen())
        return false;
    QSqlQuery query(db.connection());
    return query.exec(u"SELECT 1"_s) && query.next();
}

bool StoreReconnector::connectionLost()
{
    if (m_reconnecting)
        return false;
    // An SQLite file does not go away: a refusal there is a lock, a full disk or a constraint,
    // and reopening would change nothing. Same for a PostgreSQL connection that still answers.
    if (!m_db.isPostgres() || answers(m_db))
        return true;
    QString why = oneLine(m_db.connection().lastError().text());
    if (why.isEmpty())
        why = u"the server does not answer"_s;
    m_reconnecting = true;
    m_attempts = 0;
    m_outage.start();
    m_sinceAttempt.start();
    m_delayMs = m_firstDelayMs;
    // Not reopened at once: a restarting server refuses connections for a moment, and the
    // caller is in the middle of its own error handling.
    m_timer.start(m_delayMs);
    qCWarning(lcStore).noquote() << "store connection lost:" << why << "- reconnecting to" << m_db.path()
                                 << "with backoff; writes wait until it is back";
    emit lost(why);
    return false;
}

bool StoreReconnector::reconnectIfDue()
{
    if (!m_reconnecting)
        return true;
    // Outside the event loop a probe would never finish: reopen directly.
    if (m_sinceAttempt.elapsed() >= m_delayMs) {
        m_timer.stop();
        endProbe();
        reopen();
    }
    return !m_reconnecting;
}

void StoreReconnector::attempt()
{
    m_timer.stop();
    if (!m_reconnecting || m_probe)
        return;
    const StoreLocation where = StoreLocation::parse(m_db.location());
    const QString host = where.host();
    const bool tcpHost = where.isPostgres() && where.option(u"service"_s).isEmpty() && !host.isEmpty()
                         && !host.startsWith(u'/') && !host.contains(u',');
    if (!tcpHost) {
        reopen();
        return;
    }
    bool numeric = false;
    const int connectTimeout = where.option(u"connect_timeout"_s).toInt(&numeric);
    m_probeTimeout.setInterval(numeric && connectTimeout > 0 ? connectTimeout * 1000 : 10'000);
    m_probe = new QTcpSocket(this);
    connect(m_probe, &QTcpSocket::connected, this, [this] {
        endProbe();
        reopen(); // the port answers: libpq's connection follows at once
    });
    connect(m_probe, &QTcpSocket::errorOccurred, this, [this] {
        const QString why = m_probe->errorString();
        endProbe();
        attemptFailed(why);
    });
    m_probeTimeout.start();
    m_probe->connectToHost(host, quint16(where.port() > 0 ? where.port() : StoreLocation::kDefaultPort));
}

void StoreReconnector::endProbe()
{
    m_probeTimeout.stop();
    if (!m_probe)
        return;
    QTcpSocket *probe = std::exchange(m_probe, nullptr);
    probe->disconnect(this);
    probe->abort();
    probe->deleteLater(); // it may be the sender of the signal being handled
}

void StoreReconnector::reopen()
{
    if (!m_reconnecting)
        return;
    emit aboutToReopen();
    // open() closes the dead connection first (libpq frees it) and migrates nothing: the schema
    // is already current, the check costs one query.
    const QString location = m_db.location(); // a copy: open() replaces it
    const Database::OpenResult opened = m_db.open(location);
    if (!opened.ok()) {
        attemptFailed(opened.message);
        return;
    }
    ++m_attempts;
    m_sinceAttempt.start();
    m_reconnecting = false;
    const qint64 outageMs = m_outage.elapsed();
    qCInfo(lcStore).noquote() << u"store connection restored after %1 s"_s.arg(outageMs / 1000.0, 0, 'f', 1)
                              << u"(%1 attempts)"_s.arg(m_attempts);
    emit restored(outageMs);
}

void StoreReconnector::attemptFailed(const QString &why)
{
    ++m_attempts;
    m_sinceAttempt.start();
    qCDebug(lcStore).noquote() << "store still unreachable after attempt" << m_attempts << ":" << why;
    m_delayMs = std::min(m_delayMs * 2, m_maxDelayMs);
    m_timer.start(m_delayMs);
}

} // namespace atalaya
