#include "database.h"

#include "logging.h"
#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

Database::OpenResult Database::open(const QString &path)
{
    close();
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
    return openConnection(QStringLiteral(":memory:"), true);
}

Database::OpenResult Database::openConnection(const QString &databaseName, bool inMemory)
{
    const QString shown = inMemory ? QObject::tr("in memory") : QDir::toNativeSeparators(m_path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(databaseName);
        // Readers and the ingest writer share the file; wait rather than fail on a busy lock.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString why = db.lastError().text();
            close();
            return {OpenError::CannotCreate, QObject::tr("Cannot open the store %1: %2.").arg(shown, why)};
        }
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

Database::OpenResult Database::migrate()
{
    const QString shown = m_path.isEmpty() ? QObject::tr("in memory") : QDir::toNativeSeparators(m_path);
    QSqlDatabase db = connection();
    const QStringList tables = db.tables();
    const bool hasVersionTable = tables.contains(QStringLiteral("schema_migration"));

    // Another application's SQLite file: refuse it rather than add our tables beside theirs.
    if (!hasVersionTable && !tables.isEmpty())
        return {OpenError::ForeignDatabase,
                QObject::tr("Cannot use %1 as the store: it is an SQLite database of another "
                            "application (it has tables but no Atalaya schema). It was left untouched.")
                    .arg(shown)};

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
        const bool done = inTransaction([&] {
            QSqlQuery query(db);
            if (step.version == 1
                && !query.exec(QStringLiteral("CREATE TABLE schema_migration (version INTEGER PRIMARY KEY,"
                                              " description TEXT NOT NULL, applied_at INTEGER NOT NULL)"))) {
                failure = query.lastError().text();
                return false;
            }
            for (const QString &statement : step.statements) {
                if (!query.exec(statement)) {
                    failure = QStringLiteral("%1 [%2]").arg(query.lastError().text(), statement.left(80));
                    return false;
                }
            }
            QSqlQuery record(db);
            record.prepare(QStringLiteral(
                "INSERT INTO schema_migration (version, description, applied_at) VALUES (?, ?, ?)"));
            record.addBindValue(step.version);
            record.addBindValue(step.description);
            record.addBindValue(QDateTime::currentSecsSinceEpoch());
            if (!record.exec()) {
                failure = record.lastError().text();
                return false;
            }
            return true;
        });
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
