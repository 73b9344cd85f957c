// Change notifications of a shared store: what one connection commits reaches another
// connection's StoreChanges through PostgreSQL's LISTEN/NOTIFY (migration 5's triggers), in time
// for "every other desktop updates within 2 seconds"; what it does not commit, or wrote itself,
// never arrives. An SQLite store has nothing to watch.
#include "feeds/observationwriter.h"
#include "pgtestserver.h"
#include "store/database.h"
#include "store/storechanges.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace atalaya;
using atalaya::test::PgTestServer;

class TestStoreChanges : public QObject
{
    Q_OBJECT

private:
    PgTestServer m_server;
    QString m_url;
    std::unique_ptr<Database> m_watched; // the desktop that listens
    std::unique_ptr<Database> m_other;   // another desktop, or the ingest service
    std::unique_ptr<StoreChanges> m_changes;

    bool otherExecutes(const QString &sql)
    {
        QSqlQuery query(m_other->connection());
        if (query.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }

    // The tables named by the tableChanged emissions a spy caught.
    static QStringList tablesOf(const QSignalSpy &spy)
    {
        QStringList tables;
        for (const QList<QVariant> &emission : spy)
            tables.append(emission.at(0).toString());
        return tables;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createDatabase(QStringLiteral("city")), qPrintable(m_server.errorString()));
        m_url = m_server.url(QStringLiteral("city"));
    }

    void init()
    {
        m_watched = std::make_unique<Database>();
        const Database::OpenResult watched = m_watched->open(m_url);
        QVERIFY2(watched.ok(), qPrintable(watched.message));
        m_other = std::make_unique<Database>();
        const Database::OpenResult other = m_other->open(m_url);
        QVERIFY2(other.ok(), qPrintable(other.message));
        m_changes = std::make_unique<StoreChanges>();
        QVERIFY(m_changes->watch(*m_watched));
        QVERIFY(m_changes->isWatching());
    }

    void cleanup()
    {
        m_changes.reset();
        m_other.reset();
        m_watched.reset();
    }

    void anotherConnectionsCommitArrivesWithinTwoSeconds()
    {
        QSignalSpy changed(m_changes.get(), &StoreChanges::tableChanged);
        QElapsedTimer sinceCommit;
        QVERIFY(otherExecutes(QStringLiteral(
            "INSERT INTO service_category (slug, name, builtin) VALUES ('defibrillators', 'Defibrillators', 0)")));
        sinceCommit.start();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
        qInfo("notification %lld ms after the commit", static_cast<long long>(sinceCommit.elapsed()));
        QCOMPARE(tablesOf(changed), QStringList{QStringLiteral("service_category")});

        // Updates and deletes too, each table by its name.
        changed.clear();
        QVERIFY(otherExecutes(QStringLiteral("UPDATE service_category SET name = 'AEDs' WHERE slug = 'defibrillators'")));
        QTRY_COMPARE_WITH_TIMEOUT(tablesOf(changed), QStringList{QStringLiteral("service_category")}, 2000);
        changed.clear();
        QVERIFY(otherExecutes(QStringLiteral("DELETE FROM service_category WHERE slug = 'defibrillators'")));
        QTRY_COMPARE_WITH_TIMEOUT(tablesOf(changed), QStringList{QStringLiteral("service_category")}, 2000);
    }

    void aTransactionNotifiesOnceAtCommit()
    {
        QSignalSpy changed(m_changes.get(), &StoreChanges::tableChanged);
        QVERIFY(m_other->inTransaction([&] {
            for (int i = 0; i < 20; ++i) {
                if (!otherExecutes(QStringLiteral("INSERT INTO service_category (slug, name) VALUES ('c%1', 'C %1')").arg(i)))
                    return false;
            }
            // Nothing is visible to others before the commit, so nothing is announced.
            QTest::qWait(300);
            return changed.isEmpty();
        }));
        // Twenty statements, one payload: PostgreSQL folds equal notifications of a transaction.
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 2000);
        QTest::qWait(200);
        QCOMPARE(changed.size(), 1);
    }

    void rolledBackWorkAndOwnWritesAreSilent()
    {
        QSignalSpy changed(m_changes.get(), &StoreChanges::tableChanged);
        QVERIFY(!m_other->inTransaction([&] {
            return otherExecutes(QStringLiteral("INSERT INTO service_category (slug, name) VALUES ('gone', 'Gone')")) && false;
        }));
        // The watching connection's own edit: its panels already know.
        QSqlQuery own(m_watched->connection());
        QVERIFY(own.exec(QStringLiteral("INSERT INTO service_category (slug, name) VALUES ('mine', 'Mine')")));
        QTest::qWait(500);
        QVERIFY2(changed.isEmpty(), qPrintable(tablesOf(changed).join(u',')));

        // And after unwatch(), nothing at all.
        m_changes->unwatch();
        QVERIFY(!m_changes->isWatching());
        QVERIFY(otherExecutes(QStringLiteral("INSERT INTO service_category (slug, name) VALUES ('later', 'Later')")));
        QTest::qWait(500);
        QVERIFY(changed.isEmpty());
    }

    void readingsArriveWithTheSpanTheyCover()
    {
        QSignalSpy stored(m_changes.get(), &StoreChanges::observationsStored);
        QSignalSpy changed(m_changes.get(), &StoreChanges::tableChanged);
        // A batch as the feed engine writes it: 40 sensors x 25 minutes, one transaction.
        const qint64 first = 1'795'000'000;
        QList<feeds::SensorReading> readings;
        for (int sensor = 0; sensor < 40; ++sensor) {
            for (int minute = 0; minute < 25; ++minute)
                readings.append({QStringLiteral("beaches"), QStringLiteral("s%1").arg(sensor), first + minute * 60, 10.0 + minute});
        }
        feeds::ObservationWriter writer(*m_other);
        const feeds::ObservationWriter::Result written = writer.write(readings);
        QVERIFY2(written.ok(), qPrintable(written.error));
        QCOMPARE(written.stored, 1000);

        QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 2000);
        QTest::qWait(200); // the rest of the transaction's notifications, delivered together
        qint64 earliest = std::numeric_limits<qint64>::max();
        qint64 latest = 0;
        for (const QList<QVariant> &emission : std::as_const(stored)) {
            earliest = std::min(earliest, emission.at(0).toLongLong());
            latest = std::max(latest, emission.at(1).toLongLong());
        }
        QCOMPARE(earliest, first);
        QCOMPARE(latest, first + 24 * 60);
        // One per INSERT statement (the writer's 256-row statements and tail), never one per row.
        QVERIFY2(stored.size() <= 8, qPrintable(QString::number(stored.size())));
        // The sensors the batch registered are a change of their own.
        QVERIFY(tablesOf(changed).contains(QStringLiteral("sensor")));

        // Duplicates insert nothing, so nothing is announced.
        stored.clear();
        QCOMPARE(writer.write(readings).stored, 0);
        QTest::qWait(500);
        QVERIFY(stored.isEmpty());
    }

    void aForeignPayloadIsStillAChangeOfItsTable()
    {
        QSignalSpy stored(m_changes.get(), &StoreChanges::observationsStored);
        QSignalSpy changed(m_changes.get(), &StoreChanges::tableChanged);
        QVERIFY(otherExecutes(QStringLiteral("NOTIFY atalaya_change, 'observation soon'")));
        QTRY_COMPARE_WITH_TIMEOUT(tablesOf(changed), QStringList{QStringLiteral("observation")}, 2000);
        QVERIFY(stored.isEmpty());
        // Another channel is not ours.
        changed.clear();
        QVERIFY(otherExecutes(QStringLiteral("NOTIFY something_else, 'note'")));
        QTest::qWait(300);
        QVERIFY(changed.isEmpty());
    }

    void anSQLiteStoreHasNothingToWatch()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database file;
        QVERIFY(file.open(dir.filePath(QStringLiteral("city.db"))).ok());
        StoreChanges changes;
        QVERIFY(!changes.watch(file));
        QVERIFY(!changes.isWatching());
    }
};

QTEST_GUILESS_MAIN(TestStoreChanges)
#include "tst_storechanges.moc"
