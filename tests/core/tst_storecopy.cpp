#include "demo/democity.h"
#include "pgtestserver.h"
#include "store/database.h"
#include "store/storecopy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using atalaya::Database;
using atalaya::DemoCity;
using atalaya::Migration;
using atalaya::StoreCopy;
using atalaya::test::PgTestServer;

/** `atalaya --migrate-store`: a demo city copied from SQLite to PostgreSQL and back arrives row
 *  for row with its ids and value types; a target that holds data is refused and left alone; a
 *  copy that fails at any point leaves the target empty. */
class TestStoreCopy : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_server;
    QTemporaryDir m_dir;
    QString m_city; // the SQLite demo city every copy starts from
    int m_databases = 0;
    int m_files = 0;

    // What the city holds besides the generator's rows: values that a copy through text or
    // through a float could bend.
    const QString m_awkwardText = QStringLiteral("O'Brien dijo \"¡cerrado!\"\n\tsegunda línea; ñandú 🦩 \\ fin\r\n");
    const double m_awkwardDouble = 0.1 + 0.2; // 0.30000000000000004: not its shortest decimal of 17 digits
    const double m_smallDouble = 5e-324;      // the smallest subnormal
    const qint64 m_bigInteger = (qint64(1) << 53) + 1; // not representable as a double
    static constexpr qint64 kLateParentId = 1000000;
    static constexpr qint64 kEarlyChildId = -5;

    QString freshDatabase()
    {
        const QString name = QStringLiteral("copy_%1").arg(++m_databases);
        if (!m_server.createDatabase(name))
            qWarning("%s", qPrintable(m_server.errorString()));
        return m_server.url(name);
    }

    QString freshFile() { return m_dir.filePath(QStringLiteral("copy_%1.db").arg(++m_files)); }

    static QStringList tables(const Database &db)
    {
        QStringList names;
        QSqlQuery query(db.connection());
        const bool ok = db.isPostgres()
            ? query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                                        " AND table_type = 'BASE TABLE'"))
            : query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        if (!ok)
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next())
            names.append(query.value(0).toString());
        names.sort();
        return names;
    }

    // A value with its kind, so that an integer that came back as a double or as text differs.
    static QString cell(const QVariant &value)
    {
        if (value.isNull())
            return QStringLiteral("null");
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::ULongLong: // QPSQL's bigint when it is not negative
            return QStringLiteral("i:") + QString::number(value.toLongLong());
        case QMetaType::Double:
            return QStringLiteral("d:") + QString::number(value.toDouble(), 'g', 17);
        case QMetaType::QString:
            return QStringLiteral("s:") + value.toString();
        default:
            return QStringLiteral("?%1:%2").arg(QString::fromLatin1(value.typeName()), value.toString());
        }
    }

    /** Every row of every table but schema_migration (each store keeps its own), columns by name,
     *  rows sorted: two stores with equal dumps hold the same data with the same ids and types. */
    static QMap<QString, QStringList> dump(const Database &db)
    {
        QMap<QString, QStringList> result;
        for (const QString &table : tables(db)) {
            if (table == QLatin1String("schema_migration"))
                continue;
            const QSqlRecord record = db.connection().record(table);
            QStringList columns;
            for (int i = 0; i < record.count(); ++i)
                columns.append(record.fieldName(i));
            columns.sort();
            QSqlQuery rows(db.connection());
            rows.setForwardOnly(true);
            if (!rows.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1String(", ")), table)))
                qWarning("%s", qPrintable(rows.lastError().text()));
            QStringList lines;
            while (rows.next()) {
                QStringList values;
                for (int i = 0; i < columns.size(); ++i)
                    values.append(columns.at(i) + QLatin1Char('=') + cell(rows.value(i)));
                lines.append(values.join(QLatin1Char('|')));
            }
            lines.sort();
            result.insert(table, lines);
        }
        return result;
    }

    static qint64 scalar(const Database &db, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!Database::exec(query) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    static bool run(const Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (query.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }

    // What a freshly migrated store holds: the target of a failed copy must look like this again.
    static QMap<QString, QStringList> emptyStoreDump()
    {
        Database fresh;
        if (!fresh.openInMemory().ok())
            return {};
        return dump(fresh);
    }

    static QString insertRegion(qint64 id, const QString &level, const QString &code, const QVariant &parent)
    {
        return QStringLiteral("INSERT INTO region (id, level, code, name, parent_id, population, geometry, centroid_lat,"
                              " centroid_lon, min_lat, min_lon, max_lat, max_lon) VALUES (%1, '%2', '%3', 'Región %3', %4,"
                              " 0, '{\"type\":\"Point\",\"coordinates\":[-9.3,39.0]}', 39.0, -9.3, 39.0, -9.3, 39.0, -9.3)")
            .arg(id)
            .arg(level, code, parent.isNull() ? QStringLiteral("NULL") : parent.toString());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

        m_city = m_dir.filePath(QStringLiteral("city.db"));
        Database city;
        const auto opened = city.open(m_city);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        atalaya::DemoCityOptions options;
        options.seed = 11;
        options.anchor = QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);
        QString why;
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(DemoCity::generate(city, options, {}, &why), qPrintable(why));
        qInfo("demo city generated in %.1f s", clock.elapsed() / 1000.0);

        // A district stored after its neighbourhood, with enough regions between them that the two
        // go in different INSERT statements: the neighbourhood must still find its parent.
        QVERIFY(run(city, insertRegion(kLateParentId, QStringLiteral("district"), QStringLiteral("D-LATE"), {})));
        QVERIFY(run(city, insertRegion(kEarlyChildId, QStringLiteral("neighbourhood"), QStringLiteral("N-EARLY"), kLateParentId)));
        for (int i = 0; i < StoreCopy::rowsPerStatement(17) + 10; ++i)
            QVERIFY(run(city, insertRegion(2000 + i, QStringLiteral("postcode"), QStringLiteral("P%1").arg(i), {})));
        QVERIFY(scalar(city, QStringLiteral("SELECT count(*) FROM region")) > StoreCopy::rowsPerStatement(17));

        QSqlQuery note = city.prepare(QStringLiteral(
            "INSERT INTO note (body, lat, lon, valid_from, author, created_at, updated_at) VALUES (?, ?, ?, 0, ?, 0, 0)"));
        note.addBindValue(m_awkwardText);
        note.addBindValue(m_awkwardDouble);
        note.addBindValue(m_smallDouble);
        note.addBindValue(QStringLiteral("José"));
        QVERIFY(Database::exec(note));
        QSqlQuery audit = city.prepare(QStringLiteral(
            "INSERT INTO audit_log (at, actor, entity, entity_id, field, old_value, new_value) VALUES (1, 'a', 'b', ?, 'c', NULL, '')"));
        audit.addBindValue(m_bigInteger);
        QVERIFY(Database::exec(audit));
    }

    void copyOrderPutsReferencedTablesFirst()
    {
        Database city;
        QVERIFY(city.open(m_city).ok());
        Database shared;
        const auto opened = shared.open(freshDatabase());
        QVERIFY2(opened.ok(), qPrintable(opened.message));

        for (Database *db : {&city, &shared}) {
            QString why;
            const QStringList order = StoreCopy::tablesInCopyOrder(*db, &why);
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QStringList sorted = order;
            sorted.sort();
            QCOMPARE(sorted, tables(*db));
        }
        // The references as SQLite states them, against the order read from either backend.
        QSqlQuery references(city.connection());
        QVERIFY(references.exec(QStringLiteral("SELECT m.name, f.\"table\" FROM sqlite_master m,"
                                               " pragma_foreign_key_list(m.name) f WHERE m.type = 'table'")));
        const QStringList sqliteOrder = StoreCopy::tablesInCopyOrder(city);
        const QStringList postgresOrder = StoreCopy::tablesInCopyOrder(shared);
        QCOMPARE(postgresOrder, sqliteOrder);
        int checked = 0;
        while (references.next()) {
            const QString child = references.value(0).toString();
            const QString parent = references.value(1).toString();
            if (child == parent)
                continue;
            QVERIFY2(sqliteOrder.indexOf(parent) < sqliteOrder.indexOf(child), qPrintable(parent + QStringLiteral(" before ") + child));
            ++checked;
        }
        QVERIFY(checked >= 10);
    }

    void sqliteToPostgresAndBack()
    {
        Database city;
        QVERIFY(city.open(m_city).ok());
        const auto original = dump(city);
        QVERIFY(original.value(QStringLiteral("observation")).size() > 1000);

        Database shared;
        const QString url = freshDatabase();
        auto opened = shared.open(url);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QMap<QString, qint64> reported;
        QStringList finished;
        const auto progress = [&](const QString &table, qint64 done, qint64 total) {
            QVERIFY(done <= total);
            QVERIFY(done > reported.value(table, -1));
            reported[table] = done;
            if (done == total)
                finished.append(table);
        };
        const StoreCopy::Summary there = StoreCopy::copy(city, shared, progress);
        QVERIFY2(there.ok, qPrintable(there.error));
        qInfo("SQLite -> PostgreSQL: %lld rows in %lld tables in %.2f s (%.0f rows/s)", there.totalRows,
              qint64(there.tables.size()), there.seconds, there.totalRows / there.seconds);

        QCOMPARE(dump(shared), original);
        QStringList copiedTables;
        qint64 sum = 0;
        for (const StoreCopy::TableCount &table : there.tables) {
            copiedTables.append(table.table);
            sum += table.rows;
            QCOMPARE(table.rows, qint64(original.value(table.table).size()));
        }
        QCOMPARE(there.totalRows, sum);
        QCOMPARE(copiedTables, finished); // one "done" per table, in copy order
        QStringList expectedTables = tables(city);
        expectedTables.removeOne(QStringLiteral("schema_migration"));
        std::sort(copiedTables.begin(), copiedTables.end());
        QCOMPARE(copiedTables, expectedTables);

        // The awkward values, looked at directly as well.
        QSqlQuery note = shared.prepare(QStringLiteral("SELECT body, lat, lon, author FROM note WHERE author = ?"));
        note.addBindValue(QStringLiteral("José"));
        QVERIFY(Database::exec(note) && note.next());
        QCOMPARE(note.value(0).toString(), m_awkwardText);
        QCOMPARE(note.value(1).typeId(), int(QMetaType::Double));
        QVERIFY(note.value(1).toDouble() == m_awkwardDouble);
        QVERIFY(note.value(2).toDouble() == m_smallDouble);
        QCOMPARE(scalar(shared, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND old_value IS NULL"
                                               " AND new_value = ''"), {m_bigInteger}),
                 1);
        QCOMPARE(scalar(shared, QStringLiteral("SELECT parent_id FROM region WHERE id = ?"), {kEarlyChildId}), kLateParentId);

        // And back into a new SQLite file: the same rows, ids and types as the city it came from.
        Database file;
        opened = file.open(freshFile());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        const StoreCopy::Summary back = StoreCopy::copy(shared, file);
        QVERIFY2(back.ok, qPrintable(back.error));
        qInfo("PostgreSQL -> SQLite: %lld rows in %.2f s (%.0f rows/s)", back.totalRows, back.seconds,
              back.totalRows / back.seconds);
        QCOMPARE(back.totalRows, there.totalRows);
        QCOMPARE(dump(file), original);

        // New rows get fresh ids after the copied ones, on both backends.
        for (Database *db : {&shared, &file}) {
            const qint64 lastNote = scalar(*db, QStringLiteral("SELECT max(id) FROM note"));
            QVERIFY(run(*db, QStringLiteral("INSERT INTO note (body, lat, lon, valid_from, author, created_at, updated_at)"
                                            " VALUES ('after the copy', 39.0, -9.3, 0, 'test', 0, 0)")));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT id FROM note WHERE body = 'after the copy'")), lastNote + 1);
            QVERIFY(run(*db, QStringLiteral("INSERT INTO region (level, code, name, population, geometry, centroid_lat,"
                                            " centroid_lon, min_lat, min_lon, max_lat, max_lon) VALUES ('postcode', 'NEW',"
                                            " 'New', 0, '{}', 0, 0, 0, 0, 0, 0)")));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT id FROM region WHERE code = 'NEW'")), kLateParentId + 1);
        }
    }

    void targetWithDataIsRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("named");
        QTest::newRow("PostgreSQL, a note")
            << true
            << QStringLiteral("INSERT INTO note (body, lat, lon, valid_from, author, created_at, updated_at)"
                              " VALUES ('x', 1, 1, 0, 'a', 0, 0)")
            << QStringLiteral("note: 1 row");
        QTest::newRow("SQLite, a category")
            << false << QStringLiteral("INSERT INTO service_category (slug, name) VALUES ('defibrillators', 'Defibrillators')")
            << QStringLiteral("service_category: 8 row");
        // As many rows as a new store has, but one of them renamed: data all the same.
        QTest::newRow("PostgreSQL, a renamed category")
            << true << QStringLiteral("UPDATE service_category SET name = 'Farmacias' WHERE slug = 'pharmacies'")
            << QStringLiteral("service_category: rows changed");
        QTest::newRow("SQLite, a sensor")
            << false << QStringLiteral("INSERT INTO sensor (id, provider, component, code, type) VALUES (1, 'p', 'c', 's', 't')")
            << QStringLiteral("sensor: 1 row");
    }

    void targetWithDataIsRefusedAndLeftUntouched()
    {
        QFETCH(bool, postgres);
        QFETCH(QString, change);
        QFETCH(QString, named);
        Database city;
        QVERIFY(city.open(m_city).ok());
        Database target;
        const QString location = postgres ? freshDatabase() : freshFile();
        const auto opened = target.open(location);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(run(target, change));
        const auto before = dump(target);

        const StoreCopy::Summary summary = StoreCopy::copy(city, target);
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains(QLatin1String("already holds data")), qPrintable(summary.error));
        QVERIFY2(summary.error.contains(named), qPrintable(summary.error));
        QVERIFY2(summary.error.contains(target.path()), qPrintable(summary.error));
        QVERIFY2(summary.error.contains(QLatin1String("createdb")), qPrintable(summary.error));
        QVERIFY(summary.tables.isEmpty());
        QCOMPARE(dump(target), before);
    }

    void sameStoreIsRefused()
    {
        Database city;
        QVERIFY(city.open(m_city).ok());
        Database again;
        QVERIFY(again.open(m_city).ok());
        const auto before = dump(city);
        const StoreCopy::Summary summary = StoreCopy::copy(city, again);
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains(QLatin1String("into itself")), qPrintable(summary.error));
        QCOMPARE(dump(again), before);
    }

    void failedCopyLeavesTheTargetEmpty_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QStringList>("sabotage");
        QTest::addColumn<QStringList>("repair");
        QTest::addColumn<QStringList>("mentions");
        // The store refuses a late table's rows after many rows of earlier tables went in.
        QTest::newRow("PostgreSQL, refused half-way")
            << true
            << QStringList{QStringLiteral("CREATE FUNCTION refuse_copy() RETURNS trigger LANGUAGE plpgsql AS $$"
                                          " BEGIN RAISE EXCEPTION 'disk full (test)'; END $$"),
                           QStringLiteral("CREATE TRIGGER refuse_copy BEFORE INSERT ON observation"
                                          " FOR EACH STATEMENT EXECUTE FUNCTION refuse_copy()")}
            << QStringList{QStringLiteral("DROP TRIGGER refuse_copy ON observation")}
            << QStringList{QStringLiteral("table observation"), QStringLiteral("disk full (test)")};
        QTest::newRow("SQLite, refused half-way")
            << false
            << QStringList{QStringLiteral("CREATE TRIGGER refuse_copy BEFORE INSERT ON observation"
                                          " BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END")}
            << QStringList{QStringLiteral("DROP TRIGGER refuse_copy")}
            << QStringList{QStringLiteral("table observation"), QStringLiteral("disk full (test)")};
        // Every statement succeeds, but the target ends with more rows than were sent: the count
        // check names the table and nothing is committed.
        QTest::newRow("PostgreSQL, counts differ")
            << true
            << QStringList{QStringLiteral("CREATE FUNCTION echo_note() RETURNS trigger LANGUAGE plpgsql AS $$"
                                          " BEGIN INSERT INTO audit_log (id, at, actor, entity, entity_id, field)"
                                          " VALUES (NEW.id + 1000000000, 0, 'echo', 'note', NEW.id, 'body'); RETURN NULL; END $$"),
                           QStringLiteral("CREATE TRIGGER echo_note AFTER INSERT ON note FOR EACH ROW EXECUTE FUNCTION echo_note()")}
            << QStringList{QStringLiteral("DROP TRIGGER echo_note ON note")}
            << QStringList{QStringLiteral("row counts of the table audit_log differ: 1 in the source, 2 in the target")};
        QTest::newRow("SQLite, counts differ")
            << false
            << QStringList{QStringLiteral("CREATE TRIGGER echo_note AFTER INSERT ON note BEGIN INSERT INTO audit_log"
                                          " (id, at, actor, entity, entity_id, field)"
                                          " VALUES (NEW.id + 1000000000, 0, 'echo', 'note', NEW.id, 'body'); END")}
            << QStringList{QStringLiteral("DROP TRIGGER echo_note")}
            << QStringList{QStringLiteral("row counts of the table audit_log differ: 1 in the source, 2 in the target")};
    }

    void failedCopyLeavesTheTargetEmpty()
    {
        QFETCH(bool, postgres);
        QFETCH(QStringList, sabotage);
        QFETCH(QStringList, repair);
        QFETCH(QStringList, mentions);
        Database city;
        QVERIFY(city.open(m_city).ok());
        const QStringList order = StoreCopy::tablesInCopyOrder(city);
        QVERIFY(order.indexOf(QStringLiteral("observation")) > order.indexOf(QStringLiteral("region")));
        QVERIFY(order.indexOf(QStringLiteral("note")) > order.indexOf(QStringLiteral("audit_log")));

        Database target;
        const QString location = postgres ? freshDatabase() : freshFile();
        const auto opened = target.open(location);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        for (const QString &statement : sabotage) {
            if (postgres)
                QVERIFY2(m_server.execute(location.section(QLatin1Char('/'), -1), statement), qPrintable(m_server.errorString()));
            else
                QVERIFY(run(target, statement));
        }

        qint64 rowsSent = 0;
        const StoreCopy::Summary summary = StoreCopy::copy(city, target, [&](const QString &, qint64 done, qint64) {
            if (done > 0)
                ++rowsSent;
        });
        QVERIFY(!summary.ok);
        QVERIFY(rowsSent > 2); // it failed after statements had gone in, not before
        for (const QString &mention : mentions)
            QVERIFY2(summary.error.contains(mention), qPrintable(summary.error));
        QVERIFY2(summary.error.contains(QLatin1String("Nothing was copied")), qPrintable(summary.error));
        QCOMPARE(dump(target), emptyStoreDump());

        // Still empty in the copy's eyes: once the fault is gone, the same target takes the city.
        for (const QString &statement : repair) {
            if (postgres)
                QVERIFY2(m_server.execute(location.section(QLatin1Char('/'), -1), statement), qPrintable(m_server.errorString()));
            else
                QVERIFY(run(target, statement));
        }
        const StoreCopy::Summary retry = StoreCopy::copy(city, target);
        QVERIFY2(retry.ok, qPrintable(retry.error));
        QCOMPARE(dump(target), dump(city));
    }

    void tableOfALaterMigrationIsCopied()
    {
        // A migration this file has never heard of adds a parent and a child whose names sort the
        // other way round; the copy finds both and their order in the schema.
        QList<Migration> steps = atalaya::migrations();
        steps.append({Database::latestSchemaVersion() + 1, QStringLiteral("test: two more tables"),
                      {QStringLiteral("CREATE TABLE zz_parent (id INTEGER PRIMARY KEY, label TEXT NOT NULL, weight REAL)"),
                       QStringLiteral("CREATE TABLE aa_child (id INTEGER PRIMARY KEY,"
                                      " parent_id INTEGER NOT NULL REFERENCES zz_parent(id), note TEXT)")}});
        Database source(steps, {});
        QVERIFY(source.open(freshFile()).ok());
        QVERIFY(run(source, QStringLiteral("INSERT INTO zz_parent (id, label, weight) VALUES (7, 'seven', 0.7), (9, 'nine', NULL)")));
        QVERIFY(run(source, QStringLiteral("INSERT INTO aa_child (id, parent_id, note) VALUES (1, 9, 'x'), (2, 7, NULL)")));

        const QStringList order = StoreCopy::tablesInCopyOrder(source);
        QVERIFY(order.indexOf(QStringLiteral("zz_parent")) >= 0);
        QVERIFY(order.indexOf(QStringLiteral("zz_parent")) < order.indexOf(QStringLiteral("aa_child")));

        Database target(steps, {});
        const auto opened = target.open(freshDatabase());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        const StoreCopy::Summary summary = StoreCopy::copy(source, target);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(dump(target), dump(source));
        QCOMPARE(scalar(target, QStringLiteral("SELECT count(*) FROM aa_child")), 2);

        // A store of this build is one schema behind that source: refused, saying so.
        Database older;
        QVERIFY(older.open(freshFile()).ok());
        const StoreCopy::Summary refused = StoreCopy::copy(source, older);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("schema %1").arg(Database::latestSchemaVersion())), qPrintable(refused.error));
        QCOMPARE(dump(older), emptyStoreDump());
    }

    void rowsPerStatementStaysUnderTheParameterLimits()
    {
        QCOMPARE(StoreCopy::rowsPerStatement(3), 500);
        QVERIFY(StoreCopy::rowsPerStatement(17) >= 200);
        // SQLite allows at most 2,000 columns in a table.
        for (int columns : {1, 3, 17, 40, 200, 2000})
            QVERIFY(StoreCopy::rowsPerStatement(columns) >= 1 && StoreCopy::rowsPerStatement(columns) * columns <= 32766);
    }
};

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "tst_storecopy.moc"
