// Issue 7: the alert engine must not delay ingest. 1,000 rules (400 thresholds, a third of them
// with a duration, 200 rates of change, 150 frozen, 150 anomalies over 2 weeks, 100 geofences)
// against a store of 2,000 sensors of four types, evaluated after ingest batches of 10,000
// readings (5 one-minute readings of each sensor), only for the subjects a batch touched, as the
// engine does. Then the same ingest (ObservationWriter, 10,000 readings per transaction) runs
// with the engine on its thread receiving each batch, and without, in the same run.
//
//   BENCH alerts.rules1000.batch_ms                   evaluation of one batch (wall, median)
//   BENCH alerts.rules1000.batch_cpu_ms               the same in CPU time of this process
//   BENCH alerts.rules1000.full_ms                    every rule and subject (the timer's evaluation)
//   BENCH alerts.ingest_without_engine_obs_per_s      readings written per second, no engine
//   BENCH alerts.ingest_with_engine_obs_per_s         the same with the engine evaluating each batch
//   BENCH alerts.ingest_with_vs_without               ratio

#include "alerts/alertengine.h"
#include "alerts/alertevaluator.h"
#include "benchstats.h"
#include "feeds/observationwriter.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace atalaya;
using namespace atalaya::alerts;
using namespace atalaya::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSensors = 2000;
constexpr int kIngestBatches = 60;
constexpr qint64 kStart = 1'790'000'000 - 1'790'000'000 % 3600; // on the hour
const QStringList kTypes = {u"no2"_s, u"noise"_s, u"people_count"_s, u"temperature"_s};

double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// A sensor's usual level and a reading's noise (deterministic, ±5 %): values as calm as real
// ones, so the rules decide rather than write. A few sensors are out of line in the batches: 2.5 %
// run 60 % hot (thresholds, geofences, anomalies), 1 % climb 5 per minute (rates of change),
// 1 % fall silent (frozen).
double usual(int s)
{
    return 60 + (s * 37) % 80;
}
double noise(int s, qint64 minute)
{
    const quint32 h = quint32(s) * 2654435761u ^ quint32(minute) * 40503u;
    return 0.05 * (double(h % 2001) / 1000.0 - 1.0);
}
bool hot(int s) { return s % 40 == 0; }
bool climbing(int s) { return s % 97 == 1; }
bool silent(int s) { return s % 101 == 2; }

QList<feeds::SensorReading> batch(qint64 minute0)
{
    QList<feeds::SensorReading> out;
    out.reserve(kSensors * 5);
    for (int m = 0; m < 5; ++m) {
        const qint64 minute = minute0 + m;
        for (int s = 0; s < kSensors; ++s) {
            if (silent(s))
                continue;
            double v = usual(s) * (1 + noise(s, minute));
            if (hot(s))
                v *= 1.6;
            if (climbing(s))
                v += 5.0 * double(minute);
            out.append({u"city"_s, u"s%1"_s.arg(s), kStart + minute * 60, v});
        }
    }
    return out;
}

QList<Rule> rules()
{
    QList<Rule> out;
    for (int i = 0; i < 1000; ++i) {
        Rule r;
        r.id = u"rule-%1"_s.arg(i);
        r.name = r.id;
        r.sensorType = kTypes[i % 4];
        // Most rules watch a slice of the city (a tenth of the sensors), some all of one type.
        r.subjects = i % 10 == 0 ? u"*"_s : u"city/s%1*"_s.arg(i % 20);
        if (i < 400) {
            r.limit = 180 + i % 40; // above every usual level (at most 146), below the hot ones
            r.forMinutes = i % 3 == 0 ? 10 : 0;
        } else if (i < 600) {
            r.type = RuleType::RateOfChange;
            r.change = 50;
            r.windowMinutes = 15;
        } else if (i < 750) {
            r.type = RuleType::Frozen;
            r.frozenMinutes = 15;
        } else if (i < 900) {
            r.type = RuleType::Anomaly;
            r.weeks = 2;
            r.minSamples = 2;   // two weeks of history in this store
            r.zScore = 3.5;
        } else {
            r.type = RuleType::Geofence;
            r.limit = 200;      // only hot sensors reach it
            const double lon = -9.40 + 0.002 * (i % 20);
            r.area = {{lon, 38.95}, {lon + 0.02, 38.95}, {lon + 0.02, 39.05}, {lon, 39.05}};
        }
        out.append(r);
    }
    return out;
}

bool prepare(Database &db, feeds::ObservationWriter &writer)
{
    QList<feeds::SensorInfo> sensors;
    for (int s = 0; s < kSensors; ++s)
        sensors.append({u"city"_s, u"s%1"_s.arg(s), u"c%1"_s.arg(s / 10), kTypes[s % 4], u"u"_s, 38.95 + 0.00005 * s, -9.40 + 0.00005 * s, std::nullopt});
    if (!writer.registerSensors(sensors).ok())
        return false;
    // The same hour one and two weeks back, for the anomalies.
    for (int k = 1; k <= 2; ++k) {
        for (int m = 0; m < 60; m += 5) {
            QList<feeds::SensorReading> past;
            for (int s = 0; s < kSensors; ++s)
                past.append({u"city"_s, u"s%1"_s.arg(s), kStart - k * 7 * 86400 + m * 60, usual(s) * (1 + noise(s, m - k * 10080))});
            if (!writer.write(past).ok())
                return false;
        }
    }
    Q_UNUSED(db)
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QList<Rule> all = rules();

    // 1. Evaluation after each batch.
    {
        Database db;
        if (!db.open(dir.filePath(u"eval.db"_s)).ok())
            return 1;
        feeds::ObservationWriter writer(db);
        if (!prepare(db, writer))
            return 1;
        AlertStore store(db);
        AlertEvaluator evaluator(db);
        QHash<QString, qint64> open = store.openEpisodes();
        std::vector<double> wall, cpu;
        int decisions = 0;
        for (int b = 0; b < 10; ++b) {
            const QList<feeds::SensorReading> readings = batch(b * 5);
            if (!writer.write(readings).ok())
                return 1;
            QSet<qint64> touched;
            for (qint64 id = 1; id <= kSensors; ++id)
                touched.insert(id);
            const qint64 at = kStart + (b * 5 + 4) * 60;
            QElapsedTimer timer;
            timer.start();
            const double c0 = cpuMs();
            const QList<Decision> d = evaluator.evaluate(all, at, open, touched);
            db.inTransaction([&] {
                applyDecisions(store, d, at, &open);
                return true;
            });
            wall.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpu.push_back(cpuMs() - c0);
            decisions += int(d.size());
        }
        QElapsedTimer timer;
        timer.start();
        evaluator.evaluate(all, kStart + 49 * 60 + 30 * 60, open);
        const double full = double(timer.nsecsElapsed()) / 1e6;
        std::printf("alerts: %d decisions over 10 batches, %d open\n", decisions, int(open.size()));
        std::printf("BENCH alerts.rules1000.batch_ms %.1f ms\n", median(wall));
        std::printf("BENCH alerts.rules1000.batch_cpu_ms %.1f ms\n", median(cpu));
        std::printf("BENCH alerts.rules1000.full_ms %.1f ms\n", full);
    }

    // 2. Ingest with and without the engine on its thread.
    auto ingest = [&](bool withEngine, double *rate, double *cpuRate, int *evaluations) {
        const QString path = dir.filePath(withEngine ? u"with.db"_s : u"without.db"_s);
        Database db;
        if (!db.open(path).ok())
            return false;
        feeds::ObservationWriter writer(db);
        if (!prepare(db, writer))
            return false;
        QThread thread;
        AlertEngine *engine = nullptr;
        std::atomic<int> evaluated = 0;
        std::atomic<qint64> now = kStart;
        if (withEngine) {
            engine = new AlertEngine(path);
            engine->setClock([&now] { return now.load(); });
            engine->setTimerIntervalMs(3'600'000);
            engine->moveToThread(&thread);
            QObject::connect(&thread, &QThread::started, engine, &AlertEngine::start);
            QObject::connect(&thread, &QThread::finished, engine, &QObject::deleteLater);
            QObject::connect(engine, &AlertEngine::evaluated, engine, [&evaluated] { ++evaluated; }, Qt::DirectConnection);
            thread.start();
            QMetaObject::invokeMethod(engine, [engine, all] { engine->setRules(all); }, Qt::QueuedConnection);
            // Time the steady state, not the start: setRules() evaluates every rule once (the
            // full evaluation above), which a running service pays once, not per batch.
            QElapsedTimer settle;
            settle.start();
            while (evaluated.load() < 1 && settle.elapsed() < 30'000)
                QThread::msleep(5);
            evaluated = 0;
        }
        QList<qint64> ids;
        for (qint64 id = 1; id <= kSensors; ++id)
            ids.append(id);
        std::vector<QList<feeds::SensorReading>> batches;
        // 60 batches (600,000 readings, a few seconds): long enough that the engine's work on
        // the batches, not its start, decides the rate.
        for (int b = 0; b < kIngestBatches; ++b)
            batches.push_back(batch(b * 5));
        QElapsedTimer timer;
        timer.start();
        const double c0 = cpuMs();
        qint64 written = 0;
        for (int b = 0; b < kIngestBatches; ++b) {
            if (!writer.write(batches[size_t(b)]).ok())
                return false;
            written += batches[size_t(b)].size();
            now = kStart + (b * 5 + 4) * 60;
            if (engine) {
                const qint64 t = now;
                QMetaObject::invokeMethod(engine, [engine, ids, t] { engine->readingsStored(ids, t, t - 240); }, Qt::QueuedConnection);
            }
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        // CPU of the whole process: with the engine it includes the engine's thread.
        *cpuRate = double(written) / ((cpuMs() - c0) / 1000.0);
        *rate = double(written) / seconds;
        if (engine) {
            QMetaObject::invokeMethod(engine, &AlertEngine::stop, Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        }
        *evaluations = evaluated;
        return true;
    };
    double without = 0, with = 0, cpuWithout = 0, cpuWith = 0;
    int evaluations = 0, none = 0;
    if (!ingest(false, &without, &cpuWithout, &none) || !ingest(true, &with, &cpuWith, &evaluations))
        return 1;
    std::printf("alerts: the engine evaluated %d times during the ingest\n", evaluations);
    std::printf("BENCH alerts.ingest_without_engine_obs_per_s %.0f obs/s\n", without);
    std::printf("BENCH alerts.ingest_with_engine_obs_per_s %.0f obs/s\n", with);
    std::printf("BENCH alerts.ingest_with_vs_without %.2f ratio\n", with / without);
    std::printf("BENCH alerts.ingest_without_engine_cpu_obs_per_s %.0f obs/s\n", cpuWithout);
    std::printf("BENCH alerts.ingest_with_engine_cpu_obs_per_s %.0f obs/s\n", cpuWith);
    return 0;
}
