#include "store/postgresdialect.h"
#include "store/storelocation.h"

#include <QTest>

using atalaya::StoreLocation;

/** --db values: file paths stay SQLite; PostgreSQL URLs are split into what QPSQL needs, and a
 *  URL with a password is refused without repeating it. Also the SQLite-to-PostgreSQL
 *  translation of migration statements. */
class TestStoreLocation : public QObject
{
    Q_OBJECT

private slots:
    void filePathsAreSqlite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("relative") << QStringLiteral("atalaya.db");
        QTest::newRow("absolute") << QStringLiteral("/var/lib/atalaya/city.db");
        QTest::newRow("colon in name") << QStringLiteral("/tmp/postgresql:store.db");
        QTest::newRow("memory") << QStringLiteral(":memory:");
    }
    void filePathsAreSqlite()
    {
        QFETCH(QString, text);
        const StoreLocation location = StoreLocation::parse(text);
        QCOMPARE(location.kind(), StoreLocation::Kind::SQLite);
        QCOMPARE(location.filePath(), text);
        QCOMPARE(location.description(), text);
        QVERIFY(!StoreLocation::isPostgresUrl(text));
    }

    void postgresUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("description");

        QTest::newRow("full") << QStringLiteral("postgresql://atalaya@db.city.example:6543/atalaya") << "db.city.example"
                              << 6543 << "atalaya" << "atalaya"
                              << "postgresql://atalaya@db.city.example:6543/atalaya";
        QTest::newRow("short scheme, no port") << QStringLiteral("postgres://ops@10.0.0.5/city") << "10.0.0.5" << -1
                                               << "ops" << "city" << "postgresql://ops@10.0.0.5/city";
        QTest::newRow("upper-case scheme") << QStringLiteral("PostgreSQL://u@h/d") << "h" << -1 << "u" << "d"
                                           << "postgresql://u@h/d";
        QTest::newRow("no user") << QStringLiteral("postgresql://localhost:5433/atalaya") << "localhost" << 5433 << ""
                                 << "atalaya" << "postgresql://localhost:5433/atalaya";
        QTest::newRow("local socket") << QStringLiteral("postgresql:///atalaya") << "" << -1 << "" << "atalaya"
                                      << "postgresql:///atalaya";
        QTest::newRow("IPv6") << QStringLiteral("postgresql://u@[::1]:5432/d") << "::1" << 5432 << "u" << "d"
                              << "postgresql://u@[::1]:5432/d";
        QTest::newRow("socket folder as host") << QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/atalaya")
                                               << "/var/run/postgresql" << -1 << "" << "atalaya"
                                               << "postgresql://%2Fvar%2Frun%2Fpostgresql/atalaya";
        QTest::newRow("percent-encoded names") << QStringLiteral("postgresql://jos%C3%A9@h/ciudad%20sur") << "h" << -1
                                               << QStringLiteral("josé") << "ciudad sur"
                                               << QStringLiteral("postgresql://josé@h/ciudad sur");
        QTest::newRow("parts in the query") << QStringLiteral("postgresql:///?host=db&port=7000&user=u&dbname=d")
                                            << "db" << 7000 << "u" << "d" << "postgresql://u@db:7000/d";
        QTest::newRow("service") << QStringLiteral("postgresql:///?service=city") << "" << -1 << "" << ""
                                 << "postgresql:///?service=city";
    }
    void postgresUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, description);
        QVERIFY(StoreLocation::isPostgresUrl(text));
        const StoreLocation location = StoreLocation::parse(text);
        QVERIFY2(location.isValid(), qPrintable(location.error()));
        QCOMPARE(location.kind(), StoreLocation::Kind::PostgreSQL);
        QCOMPARE(location.host(), host);
        QCOMPARE(location.port(), port);
        QCOMPARE(location.user(), user);
        QCOMPARE(location.databaseName(), database);
        QCOMPARE(location.description(), description);
    }

    void optionsPassToLibpqQuotedWithDefaults()
    {
        const StoreLocation location = StoreLocation::parse(
            QStringLiteral("postgresql://u@h/d?sslmode=verify-full&sslrootcert=%2Fetc%2Fca%20it%27s.pem&connect_timeout=3"));
        QVERIFY2(location.isValid(), qPrintable(location.error()));
        QCOMPARE(location.option(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(location.option(QStringLiteral("sslrootcert")), QStringLiteral("/etc/ca it's.pem"));
        QCOMPARE(location.connectOptions(),
                 QStringLiteral("sslmode='verify-full';sslrootcert='/etc/ca it\\'s.pem';connect_timeout='3';"
                                "application_name='atalaya';keepalives_idle='30';keepalives_interval='10';keepalives_count='3';"
                                "tcp_user_timeout='15000'"));
        // Options never leak into messages.
        QVERIFY(!location.description().contains(QLatin1String("sslmode")));

        const StoreLocation plain = StoreLocation::parse(QStringLiteral("postgresql://u@h/d"));
        QCOMPARE(plain.connectOptions(), QStringLiteral("application_name='atalaya';connect_timeout='10';keepalives_idle='30';"
                                                         "keepalives_interval='10';keepalives_count='3';"
                                                         "tcp_user_timeout='15000'"));
        // A service file's own settings are not overridden by Atalaya's defaults.
        const StoreLocation service = StoreLocation::parse(QStringLiteral("postgresql:///?service=city"));
        QCOMPARE(service.connectOptions(), QStringLiteral("service='city'"));
    }

    void passwordsAreRefusedWithoutBeingRepeated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("in user info") << QStringLiteral("postgresql://ops:S3cret!@db/atalaya");
        QTest::newRow("empty password") << QStringLiteral("postgresql://ops:@db/atalaya");
        QTest::newRow("parameter") << QStringLiteral("postgresql://ops@db/atalaya?sslmode=require&password=S3cret!");
        QTest::newRow("parameter before a bad one") << QStringLiteral("postgresql://ops@db:99999/atalaya?password=S3cret!");
    }
    void passwordsAreRefusedWithoutBeingRepeated()
    {
        QFETCH(QString, text);
        const StoreLocation location = StoreLocation::parse(text);
        QCOMPARE(location.kind(), StoreLocation::Kind::Invalid);
        QVERIFY2(location.error().contains(QLatin1String("password")), qPrintable(location.error()));
        QVERIFY2(location.error().contains(QLatin1String("~/.pgpass")), qPrintable(location.error()));
        QVERIFY2(location.error().contains(QLatin1String("PGPASSFILE")), qPrintable(location.error()));
        QVERIFY2(location.error().contains(QLatin1String("service=")), qPrintable(location.error()));
        QVERIFY2(!location.error().contains(QLatin1String("S3cret")), qPrintable(location.error()));
    }

    void malformedUrlsSayWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("port not a number") << QStringLiteral("postgresql://h:abc/d") << "port";
        QTest::newRow("port out of range") << QStringLiteral("postgresql://h:70000/d") << "65535";
        QTest::newRow("path with folders") << QStringLiteral("postgresql://h/a/b") << "one database name";
        QTest::newRow("several hosts") << QStringLiteral("postgresql://h1,h2/d") << "several servers";
        QTest::newRow("unclosed IPv6") << QStringLiteral("postgresql://[::1/d") << "]";
        QTest::newRow("parameter without value") << QStringLiteral("postgresql://h/d?sslmode") << "without a value";
        QTest::newRow("semicolon in value") << QStringLiteral("postgresql://h/d?application_name=a;b") << "';'";
        QTest::newRow("bad key") << QStringLiteral("postgresql://h/d?ssl-mode=x") << "not a connection setting";
        QTest::newRow("fragment") << QStringLiteral("postgresql://h/d#x") << "fragment";
    }
    void malformedUrlsSayWhy()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const StoreLocation location = StoreLocation::parse(text);
        QCOMPARE(location.kind(), StoreLocation::Kind::Invalid);
        QVERIFY2(location.error().contains(reason), qPrintable(location.error()));
    }

    void serverDescriptions()
    {
        QCOMPARE(StoreLocation::parse(QStringLiteral("postgresql://u@10.1.2.3:6000/d")).serverDescription(),
                 QStringLiteral("10.1.2.3 port 6000"));
        QCOMPARE(StoreLocation::parse(QStringLiteral("postgresql://u@db/d")).serverDescription(),
                 QStringLiteral("db port 5432"));
        QCOMPARE(StoreLocation::parse(QStringLiteral("postgresql:///d")).serverDescription(),
                 QStringLiteral("the local socket (port 5432)"));
        QCOMPARE(StoreLocation::parse(QStringLiteral("postgresql:///?service=city")).serverDescription(),
                 QStringLiteral("the server of service \"city\""));
    }

    void migrationStatementsTranslateForPostgres_data()
    {
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QStringList>("postgres");
        QTest::newRow("id key, integers and reals")
            << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, x REAL, parent_id integer)")
            << QStringList{QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                                          "n BIGINT NOT NULL, x DOUBLE PRECISION, parent_id BIGINT)")};
        QTest::newRow("other integer key is no identity")
            << QStringLiteral("CREATE TABLE m (sensor_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL)")
            << QStringList{QStringLiteral("CREATE TABLE m (sensor_id BIGINT PRIMARY KEY, site_id BIGINT NOT NULL)")};
        QTest::newRow("without rowid")
            << QStringLiteral("CREATE TABLE o (a INTEGER, PRIMARY KEY (a)) WITHOUT ROWID")
            << QStringList{QStringLiteral("CREATE TABLE o (a BIGINT, PRIMARY KEY (a))")};
        QTest::newRow("literals untouched")
            << QStringLiteral("INSERT INTO c (name, \"REAL\") VALUES ('REAL INTEGER it''s', 1)")
            << QStringList{QStringLiteral("INSERT INTO c (name, \"REAL\") VALUES ('REAL INTEGER it''s', 1)")};
        QTest::newRow("words containing the type names")
            << QStringLiteral("CREATE TABLE r (realm TEXT, integers_seen TEXT)")
            << QStringList{QStringLiteral("CREATE TABLE r (realm TEXT, integers_seen TEXT)")};
        QTest::newRow("add column") << QStringLiteral("ALTER TABLE alert ADD COLUMN threshold REAL")
                                    << QStringList{QStringLiteral("ALTER TABLE alert ADD COLUMN threshold DOUBLE PRECISION")};
        QTest::newRow("pragma") << QStringLiteral("PRAGMA foreign_keys=ON") << QStringList{};
    }
    void migrationStatementsTranslateForPostgres()
    {
        QFETCH(QString, sqlite);
        QFETCH(QStringList, postgres);
        QCOMPARE(atalaya::postgresStatements(sqlite), postgres);
    }
};

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "tst_storelocation.moc"
