#include "store/database.h"
#include "store/rowbatch.h"

#include <QSqlQuery>
#include <QTest>

using namespace atalaya;
using namespace Qt::StringLiterals;

/** Tests RowBatch: rows written many per statement arrive complete, in order and with their
 *  types and NULLs; a refusal is reported with the table and the rows, and stops the batch. */
class TestRowBatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q = m_db->prepare(sql);
        return Database::exec(q) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->openInMemory().ok());
        QSqlQuery create(m_db->connection());
        QVERIFY(create.exec(u"CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT NOT NULL, amount REAL,"
                            " count INTEGER CHECK (count >= 0))"_s));
    }

    void cleanup() { m_db.reset(); }

    void writesEveryRowInOrder_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("perStatement");
        QTest::newRow("none") << 0 << 4;
        QTest::newRow("less than one statement") << 3 << 4;
        QTest::newRow("exactly one statement") << 4 << 4;
        QTest::newRow("statements and a tail") << 11 << 4;
        QTest::newRow("one row per statement") << 5 << 1;
        QTest::newRow("default size, several statements") << 1234 << RowBatch::kSqliteParameters / 3;
    }

    void writesEveryRowInOrder()
    {
        QFETCH(int, rows);
        QFETCH(int, perStatement);
        // The default size is SQLite's parameter budget over three columns.
        RowBatch batch(*m_db, u"item"_s, {u"label"_s, u"amount"_s, u"count"_s}, {},
                       perStatement == RowBatch::kSqliteParameters / 3 ? 0 : perStatement);
        QCOMPARE(batch.rowsPerStatement(), perStatement);
        for (int i = 0; i < rows; ++i) {
            // Every third row has no amount: NULL, not 0.
            const QVariant amount = i % 3 == 2 ? QVariant(QMetaType::fromType<double>()) : QVariant(i + 0.25);
            QVERIFY2(batch.add({u"row %1"_s.arg(i), amount, qint64(i) * 1000000000}), qPrintable(batch.error()));
            QCOMPARE(batch.pending(), (i + 1) % perStatement);
        }
        QVERIFY2(batch.flush(), qPrintable(batch.error()));
        QCOMPARE(batch.pending(), 0);
        QCOMPARE(batch.written(), qint64(rows));
        QVERIFY(batch.ok());
        QVERIFY(batch.flush()); // nothing left: a second flush writes nothing and succeeds
        QCOMPARE(batch.written(), qint64(rows));

        QSqlQuery q = m_db->prepare(u"SELECT id, label, amount, count, typeof(amount), typeof(count) FROM item ORDER BY id"_s);
        QVERIFY(Database::exec(q));
        int i = 0;
        while (q.next()) {
            QCOMPARE(q.value(0).toLongLong(), qint64(i + 1)); // ids handed out in the order added
            QCOMPARE(q.value(1).toString(), u"row %1"_s.arg(i));
            if (i % 3 == 2) {
                QVERIFY(q.value(2).isNull());
            } else {
                QCOMPARE(q.value(2).toDouble(), i + 0.25);
                QCOMPARE(q.value(4).toString(), u"real"_s);
            }
            QCOMPARE(q.value(3).toLongLong(), qint64(i) * 1000000000);
            QCOMPARE(q.value(5).toString(), u"integer"_s);
            ++i;
        }
        QCOMPARE(i, rows);
    }

    void wideTablesStayUnderTheParameterLimit()
    {
        QStringList columns;
        for (int c = 0; c < 100; ++c)
            columns.append(u"c%1"_s.arg(c));
        RowBatch wide(*m_db, u"item"_s, columns, {}, 1000);
        QCOMPARE(wide.rowsPerStatement(), RowBatch::kMaxParameters / 100);
        RowBatch narrow(*m_db, u"item"_s, {u"label"_s}, {}, -5);
        QCOMPARE(narrow.rowsPerStatement(), RowBatch::kSqliteParameters);
    }

    void suffixSkipsConflicts()
    {
        // The suffix goes after the VALUES list; rows it skips are not counted as written.
        RowBatch batch(*m_db, u"item"_s, {u"id"_s, u"label"_s}, u"ON CONFLICT (id) DO NOTHING"_s, 3);
        for (const qint64 id : {1, 2, 2, 3, 1, 4, 5})
            QVERIFY2(batch.add({id, u"first %1"_s.arg(id)}), qPrintable(batch.error()));
        QVERIFY2(batch.flush(), qPrintable(batch.error()));
        QCOMPARE(batch.written(), 5LL);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM item"_s), 5LL);
    }

    void refusalNamesTableAndRowsAndStopsTheBatch()
    {
        QVERIFY(m_db->inTransaction([&] {
            RowBatch batch(*m_db, u"item"_s, {u"label"_s, u"count"_s}, {}, 4);
            bool refused = false;
            int accepted = 0;
            for (int i = 0; i < 10 && !refused; ++i) {
                // Row 7 (counted from 1) breaks the CHECK; it goes out with rows 5 to 8.
                refused = !batch.add({u"row"_s, i == 6 ? -1 : i});
                accepted += refused ? 0 : 1;
            }
            [&] {
                QVERIFY(refused);
                QCOMPARE(accepted, 7); // the eighth add sent the statement that failed
                QVERIFY(!batch.ok());
                QVERIFY2(batch.error().contains(u"rows 5 to 8 of item"_s), qPrintable(batch.error()));
                QVERIFY2(batch.error().contains(u"CHECK"_s, Qt::CaseInsensitive), qPrintable(batch.error()));
                QCOMPARE(batch.written(), 4LL);
                // Once refused, it takes nothing more.
                QVERIFY(!batch.add({u"later"_s, 1}));
                QVERIFY(!batch.flush());
                QCOMPARE(scalar(u"SELECT COUNT(*) FROM item WHERE label = 'later'"_s), 0LL);
            }();
            return false; // the caller's rollback undoes the first statement too
        }) == false);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM item"_s), 0LL);
    }

    void refusalInTheTailIsReported()
    {
        RowBatch batch(*m_db, u"item"_s, {u"label"_s, u"count"_s}, {}, 4);
        QVERIFY(batch.add({u"a"_s, 1}));
        QVERIFY(batch.add({QVariant(QMetaType::fromType<QString>()), 2})); // NOT NULL label
        QVERIFY(!batch.flush());
        QVERIFY2(batch.error().contains(u"rows 1 to 2 of item"_s), qPrintable(batch.error()));
        QVERIFY2(batch.error().contains(u"NOT NULL"_s, Qt::CaseInsensitive), qPrintable(batch.error()));
        QCOMPARE(batch.written(), 0LL);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM item"_s), 0LL);
    }

    void wrongNumberOfValuesIsRefused()
    {
        RowBatch batch(*m_db, u"item"_s, {u"label"_s, u"count"_s}, {}, 4);
        QVERIFY(!batch.add({u"only a label"_s}));
        QVERIFY2(batch.error().contains(u"1 values for 2 columns"_s), qPrintable(batch.error()));
        QVERIFY(!batch.flush());
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM item"_s), 0LL);
    }

    void unknownTableIsRefused()
    {
        RowBatch batch(*m_db, u"no_such_table"_s, {u"label"_s}, {}, 2);
        QVERIFY(batch.add({u"a"_s}));
        QVERIFY(!batch.add({u"b"_s}));
        QVERIFY2(batch.error().contains(u"rows 1 to 2 of no_such_table"_s), qPrintable(batch.error()));
    }
};

QTEST_GUILESS_MAIN(TestRowBatch)
#include "tst_rowbatch.moc"
