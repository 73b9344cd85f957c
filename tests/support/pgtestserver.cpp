#include "pgtestserver.h"

#include <QCollator>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <atomic>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace atalaya::test {

namespace {

constexpr int kReadyTimeoutMs = 30000;

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("pgtestserver-%1").arg(counter.fetch_add(1));
}

// A port nobody listens on right now. Another process can take it before postgres binds it;
// start() then tries another.
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool chownTo(const QString &path, unsigned uid, unsigned gid)
{
    return ::chown(QFile::encodeName(path).constData(), uid, gid) == 0;
}

} // namespace

PgTestServer::PgTestServer() = default;

PgTestServer::~PgTestServer()
{
    stop();
}

QString PgTestServer::dataDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString PgTestServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user(), host()).arg(m_port).arg(database);
}

bool PgTestServer::isRunning() const
{
    return m_server && m_server->state() != QProcess::NotRunning;
}

QString PgTestServer::logTail(int lines) const
{
    if (!m_dir)
        return {};
    QFile log(m_dir->filePath(QStringLiteral("server.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

bool PgTestServer::locateBinaries()
{
    QStringList candidates;
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList numbers = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(numbers.begin(), numbers.end(),
              [&numeric](const QString &a, const QString &b) { return numeric.compare(a, b) > 0; });
    for (const QString &version : std::as_const(numbers))
        candidates.append(versions.filePath(version + QStringLiteral("/bin")));
    if (const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb")); !onPath.isEmpty())
        candidates.append(QFileInfo(onPath).absolutePath());
    for (const QString &dir : std::as_const(candidates)) {
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable()
            && QFileInfo(dir + QStringLiteral("/postgres")).isExecutable()) {
            m_binDir = dir;
            return true;
        }
    }
    m_error = QStringLiteral("PostgreSQL is not installed: no initdb and postgres in /usr/lib/postgresql/*/bin "
                             "nor on PATH. Install the server (Debian: apt install postgresql-17; tools/dev "
                             "installs it into the build root).");
    return false;
}

void PgTestServer::prepareChild(QProcess &process) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // English server messages whatever the host's locale: tests and Database read them.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    const bool switchUser = m_switchUser;
    const uid_t uid = m_uid;
    const gid_t gid = m_gid;
    QProcess *child = &process;
    process.setChildProcessModifier([child, switchUser, uid, gid] {
        if (switchUser) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                child->failChildProcessModifier("cannot become the postgres user", errno);
        }
        // After setuid, which clears it: the server must not outlive a crashed test.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
}

bool PgTestServer::runTool(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess tool;
    prepareChild(tool);
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(m_binDir + QLatin1Char('/') + program, arguments);
    if (!tool.waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program, tool.errorString());
        return false;
    }
    if (!tool.waitForFinished(120000)) {
        tool.kill();
        tool.waitForFinished(5000);
        m_error = QStringLiteral("%1 did not finish within 2 minutes").arg(program);
        return false;
    }
    *output = QString::fromLocal8Bit(tool.readAll());
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed (exit %3): %4")
                      .arg(program, arguments.join(QLatin1Char(' ')))
                      .arg(tool.exitCode())
                      .arg(output->trimmed().right(1500));
        return false;
    }
    return true;
}

bool PgTestServer::initCluster()
{
    if (::geteuid() == 0) {
        const passwd *account = ::getpwnam("postgres");
        if (!account) {
            m_error = QStringLiteral("Running as root, but there is no postgres system user to run the test "
                                     "server as (PostgreSQL refuses to run as root); the postgresql package "
                                     "creates that user.");
            return false;
        }
        m_switchUser = true;
        m_uid = account->pw_uid;
        m_gid = account->pw_gid;
    }
    // Short path: the socket's full name must fit in 107 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/atalaya-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("Cannot create a temporary folder for the test server in %1: %2")
                      .arg(QDir::tempPath(), m_dir->errorString());
        return false;
    }
    const QString socketDir = m_dir->filePath(QStringLiteral("socket"));
    if (!QDir().mkpath(socketDir)) {
        m_error = QStringLiteral("Cannot create %1").arg(socketDir);
        return false;
    }
    if (m_switchUser && (!chownTo(m_dir->path(), m_uid, m_gid) || !chownTo(socketDir, m_uid, m_gid))) {
        m_error = QStringLiteral("Cannot give %1 to the postgres user: %2").arg(m_dir->path(), qt_error_string(errno));
        return false;
    }
    QString output;
    return runTool(QStringLiteral("initdb"),
                   {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-U"), user(), QStringLiteral("-A"),
                    QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                    QStringLiteral("--no-sync")},
                   &output);
}

bool PgTestServer::launch()
{
    m_server = std::make_unique<QProcess>();
    prepareChild(*m_server);
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->setStandardOutputFile(m_dir->filePath(QStringLiteral("server.log")), QIODevice::Append);
    m_server->start(m_binDir + QStringLiteral("/postgres"),
                    {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-p"), QString::number(m_port),
                     QStringLiteral("-k"), m_dir->filePath(QStringLiteral("socket")), QStringLiteral("-c"),
                     QStringLiteral("listen_addresses=127.0.0.1"),
                     // Test data is thrown away, so the disk need not be synced. Commits still wait
                     // for their WAL write, so kill() loses nothing committed, as a real crash would.
                     QStringLiteral("-c"), QStringLiteral("fsync=off"), QStringLiteral("-c"),
                     QStringLiteral("full_page_writes=off")});
    if (!m_server->waitForStarted(10000)) {
        m_error = QStringLiteral("postgres did not start: %1").arg(m_server->errorString());
        return false;
    }
    return waitUntilReady(kReadyTimeoutMs);
}

bool PgTestServer::waitUntilReady(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QString lastError;
    while (!deadline.hasExpired()) {
        if (m_server->state() == QProcess::NotRunning || m_server->waitForFinished(0)) {
            m_error = QStringLiteral("postgres on port %1 exited while starting (exit %2); its log ends:\n%3")
                          .arg(m_port)
                          .arg(m_server->exitCode())
                          .arg(logTail());
            return false;
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), uniqueConnectionName());
            const QString name = db.connectionName();
            db.setHostName(host());
            db.setPort(m_port);
            db.setUserName(user());
            db.setDatabaseName(QStringLiteral("postgres"));
            db.setConnectOptions(QStringLiteral("connect_timeout=2"));
            const bool ready = db.open();
            lastError = db.lastError().text();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            if (ready)
                return true;
        }
        // Sleeps, and notices at once when the server gives up.
        m_server->waitForFinished(100);
    }
    m_error = QStringLiteral("postgres on port %1 did not accept connections within %2 s (%3); its log ends:\n%4")
                  .arg(m_port)
                  .arg(timeoutMs / 1000)
                  .arg(lastError.simplified(), logTail());
    return false;
}

bool PgTestServer::start()
{
    if (isRunning())
        return true;
    m_error.clear();
    const bool fresh = !m_dir;
    if (fresh && (!locateBinaries() || !initCluster()))
        return false;
    // A fresh server takes a free port, and another if someone bound it first; a restarted one
    // keeps its port (clients reconnect to the same URL), retrying while a killed server's
    // backends still hold its shared memory.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (fresh)
            m_port = freePort();
        if (m_port == 0) {
            m_error = QStringLiteral("No free TCP port on 127.0.0.1 for the test server");
            return false;
        }
        if (launch())
            return true;
        QThread::msleep(200);
    }
    return false;
}

bool PgTestServer::stop()
{
    if (!isRunning()) {
        m_server.reset();
        return true;
    }
    // SIGINT is PostgreSQL's fast shutdown (SIGTERM would wait for every client to leave).
    ::kill(static_cast<pid_t>(m_server->processId()), SIGINT);
    if (!m_server->waitForFinished(30000)) {
        m_server->kill();
        m_server->waitForFinished(5000);
        m_error = QStringLiteral("postgres on port %1 did not stop within 30 s and was killed").arg(m_port);
        m_server.reset();
        return false;
    }
    m_server.reset();
    return true;
}

bool PgTestServer::restart()
{
    if (!m_dir) {
        m_error = QStringLiteral("restart() before start(): there is no cluster to restart");
        return false;
    }
    return stop() && start();
}

bool PgTestServer::kill()
{
    if (!isRunning()) {
        m_error = QStringLiteral("kill(): the test server is not running");
        return false;
    }
    m_server->kill(); // SIGKILL
    if (!m_server->waitForFinished(10000)) {
        m_error = QStringLiteral("postgres on port %1 survived SIGKILL for 10 s").arg(m_port);
        return false;
    }
    m_server.reset();
    return true;
}

bool PgTestServer::execute(const QString &database, const QString &sql)
{
    bool ok = false;
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setUserName(user());
        db.setDatabaseName(database);
        if (!db.open()) {
            m_error = QStringLiteral("Cannot connect to %1: %2").arg(url(database), db.lastError().text());
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                m_error = QStringLiteral("%1 failed in %2: %3").arg(sql, url(database), query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PgTestServer::createDatabase(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return execute(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(quoted));
}

} // namespace atalaya::test
