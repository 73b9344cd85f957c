#include "alerts/alertengine.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace atalaya;
using namespace atalaya::alerts;
using namespace Qt::StringLiterals;

/** The engine on its own thread and connection: a batch of readings raises an alert, a later
 *  batch resolves it, the timer finds a silent sensor with an injected clock, and backfill
 *  writes a history. */
class TestAlertEngine : public QObject
{
    Q_OBJECT

private slots:
    void batchOnThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.db"_s);
        Database db;
        QVERIFY(db.open(path).ok());
        QVERIFY(db.setMeta(u"time_zone"_s, u"UTC"_s));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"INSERT INTO sensor (id, provider, component, code, type, unit, lat, lon) VALUES"
                       " (1, 'p', 'c', 'a', 'no2', 'µg/m³', 39.0, -9.4), (2, 'p', 'c', 'b', 'no2', 'µg/m³', 39.0, -9.4)"_s));
        const qint64 t0 = 1'790'000'000;
        auto write = [&](qint64 sensor, qint64 t, double v) {
            QSqlQuery w = db.prepare(u"INSERT INTO observation (sensor_id, observed_at, value) VALUES (?, ?, ?)"_s);
            w.addBindValue(sensor);
            w.addBindValue(t);
            w.addBindValue(v);
            QVERIFY(Database::exec(w));
        };
        write(1, t0, 20);
        write(2, t0, 20);

        std::atomic<qint64> now = t0;
        QThread thread;
        auto *engine = new AlertEngine(path);
        engine->setClock([&now] { return now.load(); });
        engine->setCoalesceMs(20);
        engine->moveToThread(&thread);
        connect(&thread, &QThread::finished, engine, &QObject::deleteLater);
        connect(&thread, &QThread::started, engine, &AlertEngine::start);
        QSignalSpy started(engine, &AlertEngine::started);
        QSignalSpy raised(engine, &AlertEngine::alertRaised);
        QSignalSpy resolved(engine, &AlertEngine::alertResolved);
        QSignalSpy evaluated(engine, &AlertEngine::evaluated);
        thread.start();
        // The engine emits from its own thread, maybe before a wait() would start (it would then
        // wait for a second signal): every check below looks at what a spy already holds.
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 5000);
        QCOMPARE(started[0][0].toBool(), true);
        QVERIFY(engine->thread() != QThread::currentThread());

        Rule high;
        high.id = u"no2-high"_s;
        high.name = u"NO2 high"_s;
        high.sensorType = u"no2"_s;
        high.limit = 200;
        high.clearAt = 180;
        Rule silent;
        silent.id = u"silent"_s;
        silent.name = u"Silent"_s;
        silent.type = RuleType::Frozen;
        silent.frozenMinutes = 30;
        QMetaObject::invokeMethod(engine, [engine, rules = QList<Rule>{high, silent}] { engine->setRules(rules); }, Qt::QueuedConnection);
        QTRY_VERIFY(evaluated.size() >= 1);
        QCOMPARE(raised.size(), 0);

        // A batch: two flushes coalesced into one evaluation of the sensors they touched.
        now = t0 + 60;
        write(1, t0 + 60, 250);
        const int before = int(evaluated.size());
        QMetaObject::invokeMethod(engine, [engine, t = t0 + 60] { engine->readingsStored({1}, t, t); }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(engine, [engine, t = t0 + 60] { engine->readingsStored({1}, t, t); }, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(!raised.isEmpty(), 5000);
        const AlertRecord alert = raised[0][0].value<AlertRecord>();
        QCOMPARE(alert.subjectKey, u"sensor:1"_s);
        QVERIFY(alert.id > 0);
        QTRY_COMPARE(evaluated.size(), before + 1);
        QCOMPARE(evaluated.last()[0].toInt(), 2); // both sensor rules, for sensor 1 only

        AlertStore store(db);
        QCOMPARE(store.openAt(QDateTime::fromSecsSinceEpoch(t0 + 60)).size(), 1);

        now = t0 + 120;
        write(1, t0 + 120, 190); // under the limit, over clearAt: still open
        QMetaObject::invokeMethod(engine, [engine, t = t0 + 120] { engine->readingsStored({1}, t, t); }, Qt::QueuedConnection);
        QTRY_COMPARE(evaluated.size(), before + 2);
        QCOMPARE(resolved.size(), 0);
        now = t0 + 180;
        write(1, t0 + 180, 170);
        QMetaObject::invokeMethod(engine, [engine, t = t0 + 180] { engine->readingsStored({1}, t, t); }, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(!resolved.isEmpty(), 5000);
        QCOMPARE(resolved[0][0].toLongLong(), alert.id);

        // The timer: sensor 2 has been silent for more than 30 minutes by the injected clock.
        now = t0 + 31 * 60 + 1;
        QMetaObject::invokeMethod(engine, &AlertEngine::evaluateAll, Qt::QueuedConnection);
        QTRY_COMPARE(raised.size(), 2);
        const AlertRecord frozen = raised[1][0].value<AlertRecord>();
        QCOMPARE(frozen.ruleId, u"silent"_s);

        // Disabling a rule closes its episodes.
        silent.enabled = false;
        QMetaObject::invokeMethod(engine, [engine, rules = QList<Rule>{high, silent}] { engine->setRules(rules); }, Qt::QueuedConnection);
        QTRY_COMPARE(resolved.size(), 2);
        QCOMPARE(store.openAt(QDateTime::fromSecsSinceEpoch(now)).size(), 0);

        // Backfill writes the history of the first minutes as live would have.
        QSignalSpy backfilled(engine, &AlertEngine::backfilled);
        QSqlQuery clear(db.connection());
        QVERIFY(clear.exec(u"DELETE FROM alert_event"_s) && clear.exec(u"DELETE FROM alert"_s));
        QMetaObject::invokeMethod(engine, [engine, t0] { engine->backfill(t0, t0 + 180, 60); }, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(!backfilled.isEmpty(), 5000);
        QCOMPARE(backfilled[0][0].toInt(), 4);
        QCOMPARE(backfilled[0][1].toInt(), 1);
        QCOMPARE(backfilled[0][2].toInt(), 1);
        const QList<AlertRecord> history = store.resolvedBetween(QDateTime::fromSecsSinceEpoch(t0), QDateTime::fromSecsSinceEpoch(t0 + 180));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].raisedAt.toSecsSinceEpoch(), t0 + 60);
        QCOMPARE(history[0].resolvedAt.toSecsSinceEpoch(), t0 + 180);

        QMetaObject::invokeMethod(engine, &AlertEngine::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    void refusesMemoryStore()
    {
        AlertEngine engine(u":memory:"_s);
        QSignalSpy started(&engine, &AlertEngine::started);
        engine.start();
        QCOMPARE(started.size(), 1);
        QCOMPARE(started[0][0].toBool(), false);
        QVERIFY(!engine.isStarted());
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
