#include "store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using atalaya::Database;
using atalaya::Migration;

/** Opening, migrating and refusing store files: a bad file is reported and never replaced. */
class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QByteArray fileHash(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    static QList<Migration> twoStepMigrations()
    {
        return {
            {1, QStringLiteral("first"), {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                                          QStringLiteral("CREATE TABLE thing (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")}},
            {2, QStringLiteral("second"), {QStringLiteral("ALTER TABLE thing ADD COLUMN colour TEXT"),
                                           QStringLiteral("UPDATE thing SET colour = 'red'")}},
        };
    }

private slots:
    void freshStoreGetsLatestSchemaInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fresh.db"));
        Database db;
        const auto result = db.open(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);

        const QStringList tables = db.connection().tables();
        for (const char *table : {"region", "basemap_feature", "service_point", "hospital", "bed_report",
                                  "epidemic_daily", "epidemic_reported", "site", "sensor", "observation",
                                  "alert", "audit_log", "meta", "schema_migration"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);

        QSqlQuery mode = db.prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(Database::exec(mode) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }

    void reopenKeepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reopen.db"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(db.setMeta(QStringLiteral("city_name"), QStringLiteral("Testville")));
        }
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.meta(QStringLiteral("city_name")), QStringLiteral("Testville"));
        QSqlQuery count = db.prepare(QStringLiteral("SELECT COUNT(*) FROM schema_migration"));
        QVERIFY(Database::exec(count) && count.next());
        QCOMPARE(count.value(0).toInt(), Database::latestSchemaVersion());
    }

    void upgradeAppliesOnlyNewStepsAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("upgrade.db"));
        const QList<Migration> steps = twoStepMigrations();
        {
            Database old(steps.mid(0, 1), QString());
            QVERIFY(old.open(path).ok());
            QCOMPARE(old.schemaVersion(), 1);
            QSqlQuery insert = old.prepare(QStringLiteral("INSERT INTO thing (name) VALUES ('kept')"));
            QVERIFY(Database::exec(insert));
        }
        Database upgraded(steps, QString());
        QVERIFY(upgraded.open(path).ok());
        QCOMPARE(upgraded.schemaVersion(), 2);
        QSqlQuery read = upgraded.prepare(QStringLiteral("SELECT name, colour FROM thing"));
        QVERIFY(Database::exec(read) && read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("kept"));
        QCOMPARE(read.value(1).toString(), QStringLiteral("red"));
    }

    void failedMigrationRollsBackWholeStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("failing.db"));
        QList<Migration> steps = twoStepMigrations();
        {
            Database old(steps.mid(0, 1), QString());
            QVERIFY(old.open(path).ok());
        }
        steps[1].statements.append(QStringLiteral("THIS IS NOT SQL"));
        Database db(steps, QString());
        const auto result = db.open(path);
        QCOMPARE(result.error, Database::OpenError::MigrationFailed);
        QVERIFY(result.message.contains(QLatin1String("schema 2")));

        Database check(steps.mid(0, 1), QString());
        QVERIFY(check.open(path).ok());
        QCOMPARE(check.schemaVersion(), 1);
        // The step's first statement ran inside the rolled-back transaction: no colour column.
        QVERIFY(!check.connection().record(QStringLiteral("thing")).contains(QStringLiteral("colour")));
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        {
            Database newer(twoStepMigrations(), QString());
            QVERIFY(newer.open(path).ok());
        }
        const QByteArray before = fileHash(path);
        Database older(twoStepMigrations().mid(0, 1), QString());
        const auto result = older.open(path);
        QCOMPARE(result.error, Database::OpenError::NewerSchema);
        QVERIFY2(result.message.contains(QLatin1String("newer")), qPrintable(result.message));
        QVERIFY(!older.isOpen());
        QCOMPARE(fileHash(path), before);
    }

    void badFilesAreRefusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("text file") << QByteArray("name,lat,lon\nPharmacy,39.0,-9.3\n")
                                   << int(Database::OpenError::NotADatabase) << QStringLiteral("not an SQLite database");
        QTest::newRow("png image") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                   << int(Database::OpenError::NotADatabase) << QStringLiteral("not an SQLite database");
        QByteArray header("SQLite format 3\0", 16);
        QTest::newRow("header then garbage") << header + QByteArray(4096 * 2, '\xA5')
                                             << int(Database::OpenError::NotADatabase) << QStringLiteral("not an SQLite database");
        // A real store whose first page (the schema) was overwritten after its header, as a
        // failing disk or an interrupted copy leaves it: SQLite itself finds the damage.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("good.db"));
        {
            Database db;
            if (!db.open(path).ok())
                QFAIL("cannot create a store to damage");
        }
        QFile good(path);
        if (!good.open(QIODevice::ReadOnly))
            QFAIL("cannot read the store to damage");
        QByteArray damaged = good.readAll();
        for (int i = 110; i < 4000; ++i)
            damaged[i] = char(i * 37);
        QTest::newRow("damaged schema page") << damaged << int(Database::OpenError::Corrupt) << QStringLiteral("damaged");
    }

    void badFilesAreRefusedAndUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, expected);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.db"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        Database db;
        const auto result = db.open(path);
        QCOMPARE(int(result.error), expected);
        QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
        QVERIFY2(result.message.contains(path), qPrintable(result.message));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void foreignSqliteDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        Database db;
        const auto result = db.open(path);
        QCOMPARE(result.error, Database::OpenError::ForeignDatabase);
        QVERIFY(!db.connection().isValid() || !db.connection().tables().contains(QStringLiteral("region")));
    }

    void missingFolderIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/store.db"));
        Database db;
        const auto result = db.open(path);
        QCOMPARE(result.error, Database::OpenError::CannotCreate);
        QVERIFY2(result.message.contains(QLatin1String("does not exist")), qPrintable(result.message));
        QVERIFY(!QFile::exists(path));
    }

    void folderInsteadOfFileIsReported()
    {
        QTemporaryDir dir;
        Database db;
        const auto result = db.open(dir.path());
        QCOMPARE(result.error, Database::OpenError::CannotCreate);
        QVERIFY2(result.message.contains(QLatin1String("folder")), qPrintable(result.message));
    }

    void readOnlyFileIsRefused()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ReadOther | QFile::ExeOther);
        const QString path = dir.filePath(QStringLiteral("readonly.db"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther));
        const QByteArray before = fileHash(path);

        // Root may write any file, so as root the check runs in a child that drops to 'nobody'.
        int error = -1;
        if (geteuid() == 0) {
            const pid_t child = fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                if (setgid(65534) != 0 || setuid(65534) != 0)
                    _exit(100);
                Database db(QStringLiteral("child"));
                _exit(int(db.open(path).error));
            }
            int status = 0;
            QCOMPARE(waitpid(child, &status, 0), child);
            QVERIFY(WIFEXITED(status));
            QVERIFY2(WEXITSTATUS(status) != 100, "could not drop privileges");
            error = WEXITSTATUS(status);
        } else {
            Database db;
            const auto result = db.open(path);
            QVERIFY2(result.message.contains(QLatin1String("read-only")), qPrintable(result.message));
            error = int(result.error);
        }
        QCOMPARE(error, int(Database::OpenError::NotWritable));
        QCOMPARE(fileHash(path), before);
    }

    void transactionRollsBackOnFailure()
    {
        Database db;
        QVERIFY(db.openInMemory().ok());
        const bool committed = db.inTransaction([&] {
            db.setMeta(QStringLiteral("a"), QStringLiteral("1"));
            return false;
        });
        QVERIFY(!committed);
        QCOMPARE(db.meta(QStringLiteral("a")), QString());
        QVERIFY(db.inTransaction([&] { return db.setMeta(QStringLiteral("a"), QStringLiteral("2")); }));
        QCOMPARE(db.meta(QStringLiteral("a")), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
