#include "alerts/alertevaluator.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <random>

using namespace atalaya;
using namespace atalaya::alerts;
using namespace Qt::StringLiterals;

namespace {

const qint64 kT = QDateTime(QDate(2026, 11, 20), QTime(12, 30), QTimeZone::UTC).toSecsSinceEpoch(); // a Friday

Rule rule(RuleType type, const QString &indicator = u"observation"_s)
{
    Rule r;
    r.id = u"r"_s;
    r.name = u"Rule"_s;
    r.type = type;
    r.indicator = indicator;
    return r;
}

} // namespace

/** Each rule type at its boundaries, against hand-made stores: threshold with hysteresis and
 *  duration, rate of change, frozen, anomaly with and without an anomaly, geofence, hospitals,
 *  and a batch's scope. */
class TestAlertEvaluator : public QObject
{
    Q_OBJECT

private:
    Database m_db;

    void exec(const QString &sql)
    {
        QSqlQuery q(m_db.connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    void reading(qint64 sensor, qint64 t, double v)
    {
        QSqlQuery q = m_db.prepare(u"INSERT OR REPLACE INTO observation (sensor_id, observed_at, value) VALUES (?, ?, ?)"_s);
        q.addBindValue(sensor);
        q.addBindValue(t);
        q.addBindValue(v);
        QVERIFY(Database::exec(q));
    }
    QList<Decision> run(const Rule &r, qint64 at, const QHash<QString, qint64> &open = {},
                        const std::optional<QSet<qint64>> &scope = std::nullopt)
    {
        AlertEvaluator evaluator(m_db);
        return evaluator.evaluate({r}, at, open, scope);
    }

private slots:
    void init()
    {
        m_db.close();
        QVERIFY(m_db.openInMemory().ok());
        QVERIFY(m_db.setMeta(u"time_zone"_s, u"UTC"_s));
        exec(u"INSERT INTO site (id, code, name, kind, lat, lon, capacity, amber_threshold, red_threshold, closed_threshold)"
             " VALUES (1, 'playa-a', 'Playa A', 'beach', 39.0, -9.40, 1000, 0.4, 0.6, 0.8)"_s);
        exec(u"INSERT INTO sensor (id, provider, component, code, type, unit, site_id, lat, lon) VALUES"
             " (1, 'demo', 'playa-a', 'occ-a', 'people_count', 'people', 1, NULL, NULL),"
             " (2, 'demo', 'x', 'temp-b', 'temperature', '°C', NULL, 39.2, -9.30),"
             " (3, 'demo', 'x', 'silent', 'temperature', '°C', NULL, 39.2, -9.30)"_s);
    }

    void threshold_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("fires");
        QTest::newRow("at the limit") << 800.0 << false;
        QTest::newRow("just above") << 801.0 << true;
        QTest::newRow("just below") << 799.0 << false;
    }
    void threshold()
    {
        QFETCH(double, value);
        QFETCH(bool, fires);
        reading(1, kT - 60, value);
        Rule r = rule(RuleType::Threshold, u"occupancy"_s); // percent of capacity 1000
        r.limit = 80;
        const QList<Decision> d = run(r, kT);
        QCOMPARE(d.size(), fires ? 1 : 0);
        if (fires) {
            QCOMPARE(d[0].kind, Decision::Kind::Raise);
            QCOMPARE(d[0].episodeKey, u"r\nsite:1"_s);
            QCOMPARE(d[0].record.subjectName, u"Playa A"_s);
            QVERIFY(qFuzzyCompare(d[0].record.value.value_or(0), value / 10.0));
            QCOMPARE(d[0].record.threshold, std::optional<double>(80));
            QCOMPARE(d[0].record.lat, std::optional<double>(39.0));
            QVERIFY2(d[0].record.message.contains(u"above 80 %"_s), qPrintable(d[0].record.message));
            QCOMPARE(QJsonDocument::fromJson(d[0].record.details.toUtf8()).object().value("limit"_L1).toDouble(), 80.0);
        }
        // Nothing at or before the moment: nothing known, no alert.
        QCOMPARE(run(r, kT - 120).size(), 0);
    }

    void below()
    {
        reading(1, kT, 250); // 25 %
        Rule r = rule(RuleType::Threshold, u"occupancy"_s);
        r.direction = Direction::Below;
        r.limit = 25.5;
        QCOMPARE(run(r, kT).size(), 1);
        r.limit = 25; // at the line
        QCOMPARE(run(r, kT).size(), 0);
        r.limit = 24.5;
        QCOMPARE(run(r, kT).size(), 0);
    }

    void hysteresis_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("resolves");
        QTest::newRow("still above the limit") << 85.0 << false;
        QTest::newRow("between clearAt and limit") << 75.0 << false;
        QTest::newRow("at clearAt") << 70.0 << false;
        QTest::newRow("just past clearAt") << 69.0 << true;
    }
    void hysteresis()
    {
        QFETCH(double, value);
        QFETCH(bool, resolves);
        reading(2, kT, value);
        Rule r = rule(RuleType::Threshold);
        r.sensorType = u"temperature"_s;
        r.limit = 80;
        r.clearAt = 70;
        const QList<Decision> d = run(r, kT, {{u"r\nsensor:2"_s, 42}});
        QCOMPARE(d.size(), resolves ? 1 : 0);
        if (resolves) {
            QCOMPARE(d[0].kind, Decision::Kind::Resolve);
            QCOMPARE(d[0].alertId, 42);
            QCOMPARE(d[0].value, std::optional<double>(value));
        }
    }

    void duration()
    {
        Rule r = rule(RuleType::Threshold);
        r.subjects = u"demo/temp-*"_s;
        r.limit = 30;
        r.forMinutes = 10;
        reading(2, kT - 5 * 60, 31);
        reading(2, kT, 32);
        QCOMPARE(run(r, kT).size(), 0); // nothing known at or before kT - 10 min
        reading(2, kT - 11 * 60, 29);
        QCOMPARE(run(r, kT).size(), 0); // the reading before the window was under the line
        reading(2, kT - 10 * 60, 31);   // exactly at kT - 10 min: the last one at or before it
        const QList<Decision> d = run(r, kT);
        QCOMPARE(d.size(), 1);
        QVERIFY2(d[0].record.message.contains(u"for at least 10 min"_s), qPrintable(d[0].record.message));
        QCOMPARE(run(r, kT - 1).size(), 0); // a second earlier, 10 minutes had not passed
        reading(2, kT - 2 * 60, 30);        // one reading in the window back at the line
        QCOMPARE(run(r, kT).size(), 0);
    }

    void rateOfChange_data()
    {
        QTest::addColumn<double>("now");
        QTest::addColumn<bool>("percent");
        QTest::addColumn<bool>("fires");
        QTest::newRow("absolute, exactly the change") << 120.0 << false << true;
        QTest::newRow("absolute, just under") << 119.0 << false << false;
        QTest::newRow("absolute, above") << 150.0 << false << true;
        QTest::newRow("percent, exactly") << 125.0 << true << true;
        QTest::newRow("percent, just under") << 124.0 << true << false;
    }
    void rateOfChange()
    {
        QFETCH(double, now);
        QFETCH(bool, percent);
        QFETCH(bool, fires);
        reading(2, kT - 60 * 60, 100);
        reading(2, kT - 30 * 60, 500); // in between: only the ends count
        reading(2, kT, now);
        Rule r = rule(RuleType::RateOfChange);
        r.sensorType = u"temperature"_s;
        r.change = percent ? 25 : 20;
        r.changeInPercent = percent;
        r.windowMinutes = 60;
        const QList<Decision> d = run(r, kT);
        QCOMPARE(d.size(), fires ? 1 : 0);
        if (fires)
            QVERIFY2(d[0].record.message.contains(u"rose by"_s), qPrintable(d[0].record.message));
        r.direction = Direction::Below;
        QCOMPARE(run(r, kT).size(), 0);
    }

    void frozen_data()
    {
        QTest::addColumn<qint64>("silentSeconds");
        QTest::addColumn<bool>("frozen");
        QTest::newRow("exactly frozenMinutes") << qint64(30 * 60) << false;
        QTest::newRow("a second more") << qint64(30 * 60 + 1) << true;
        QTest::newRow("fresh") << qint64(60) << false;
    }
    void frozen()
    {
        QFETCH(qint64, silentSeconds);
        QFETCH(bool, frozen);
        reading(2, kT - silentSeconds, 20);
        Rule r = rule(RuleType::Frozen);
        r.sensorType = u"temperature"_s; // sensor 3 never reported: not frozen
        r.frozenMinutes = 30;
        const QList<Decision> d = run(r, kT);
        QCOMPARE(d.size(), frozen ? 1 : 0);
        if (frozen) {
            QCOMPARE(d[0].record.subjectKey, u"sensor:2"_s);
            QVERIFY(d[0].record.message.startsWith(u"No data from"_s));
        }
        // Open, and a reading arrives: resolved.
        reading(2, kT, 21);
        const QList<Decision> back = run(r, kT, {{u"r\nsensor:2"_s, 7}});
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].kind, Decision::Kind::Resolve);
    }

    void anomaly_data()
    {
        QTest::addColumn<double>("latest");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<bool>("fires");
        QTest::newRow("known anomaly") << 200.0 << 8 << true;
        QTest::newRow("usual value") << 104.0 << 8 << false;
        QTest::newRow("too few weeks") << 200.0 << 3 << false;
    }
    void anomaly()
    {
        QFETCH(double, latest);
        QFETCH(int, weeks);
        QFETCH(bool, fires);
        // The same Friday 12:00-13:00 of past weeks, a reading every 10 minutes, a seeded wobble
        // around 100 from week to week and within the hour.
        const qint64 hour = kT - 30 * 60;
        const double wobble[] = {96, 103, 99, 101, 104, 98, 100, 102};
        const double within[] = {-2, 1, 2, -1, 0, -3};
        for (int k = 1; k <= weeks; ++k) {
            for (int m = 0; m < 6; ++m)
                reading(2, hour - k * 7 * 86400 + m * 600, wobble[k - 1] + within[m]);
            reading(2, hour - k * 7 * 86400 + 3600, 500); // 13:00, the next hour: not counted
        }
        reading(2, hour, latest);
        Rule r = rule(RuleType::Anomaly);
        r.sensorType = u"temperature"_s;
        r.weeks = 8;
        r.minSamples = 4;
        r.zScore = 3.5;
        // One reading of this hour is no verdict, however far off.
        QCOMPARE(run(r, hour + 300).size(), 0);
        for (int m = 1; m <= 3; ++m)
            reading(2, hour + m * 600, latest + within[m]);
        const QList<Decision> d = run(r, kT);
        QCOMPARE(d.size(), fires ? 1 : 0);
        if (fires) {
            const QJsonObject details = QJsonDocument::fromJson(d[0].record.details.toUtf8()).object();
            QCOMPARE(details.value("samples"_L1).toInt(), 8);
            QCOMPARE(details.value("readings"_L1).toInt(), 4);
            QVERIFY(details.value("z"_L1).toDouble() >= 3.5);
            // The value is the mean of this hour's four readings (latest, +1, +2, -1), the weeks'
            // means are over the same 12:00-12:30: week 1 is 96 + (-2 + 1 + 2 - 1) / 4.
            QCOMPARE(d[0].record.value, std::optional<double>(latest + 0.5));
            QCOMPARE(details.value("weekMeans"_L1).toArray().at(0).toDouble(), 96.0);
            QVERIFY2(d[0].record.message.contains(u"unusually high"_s), qPrintable(d[0].record.message));
        }
        // A later hour of the same day has no readings yet: no verdict.
        QCOMPARE(run(r, kT + 3600).size(), 0);
    }

    void anomalySameMinutes()
    {
        // A crowd that builds up every hour from 0 to 250: at 12:20 the hour so far averages 50,
        // a fifth of the whole hour's mean. Compared with whole past hours it would be "unusually
        // low"; compared with the same twenty minutes of those hours it is as usual.
        const qint64 hour = kT - 30 * 60;
        for (int k = 0; k <= 8; ++k) {
            for (int m = 0; m < 6; ++m)
                reading(2, hour - k * 7 * 86400 + m * 600, 50.0 * m + (k % 3));
        }
        Rule r = rule(RuleType::Anomaly);
        r.sensorType = u"temperature"_s;
        r.direction = Direction::Below;
        QCOMPARE(run(r, hour + 20 * 60).size(), 0);
        r.direction = Direction::Above;
        QCOMPARE(run(r, hour + 20 * 60).size(), 0);
    }

    void anomalyWithoutSpread()
    {
        const qint64 hour = kT - 30 * 60;
        for (int k = 1; k <= 4; ++k) {
            reading(2, hour - k * 7 * 86400 + 600, 50);
            reading(2, hour - k * 7 * 86400 + 1200, 50);
        }
        Rule r = rule(RuleType::Anomaly);
        r.sensorType = u"temperature"_s;
        r.weeks = 4;
        r.minSamples = 4;
        reading(2, kT - 600, 50);
        reading(2, kT, 50);
        QCOMPARE(run(r, kT).size(), 0); // MAD 0 and the value is the median
        reading(2, kT, 51);
        QCOMPARE(run(r, kT).size(), 1); // no spread at all: any difference is unusual
    }

    void anomalySeededSeries()
    {
        // Nine weeks of a people counter read every 10 minutes: a daily curve, 7 % noise on each
        // reading and a little counting noise, seeded. Replayed every 10 minutes over its last
        // week, an anomaly rule at the usual z = 3.5 must stay quiet; then one afternoon gets a
        // crowd 60 % above its usual, and it must be found there and only there.
        const qint64 end = kT - kT % 86400; // Friday 00:00 UTC
        const qint64 start = end - 63 * 86400;
        std::mt19937 rng(20261120);
        std::normal_distribution<double> normal;
        QSqlQuery q = m_db.prepare(u"INSERT INTO observation (sensor_id, observed_at, value) VALUES (2, ?, ?)"_s);
        QVERIFY(m_db.connection().transaction());
        for (qint64 t = start; t < end; t += 600) {
            const double hour = double(t % 86400) / 3600.0;
            const double usual = 40 + 400 * std::exp(-std::pow((hour - 15) / 4, 2));
            q.bindValue(0, t);
            q.bindValue(1, std::max(0.0, std::round(usual * (1 + 0.07 * normal(rng)) + 4 * normal(rng))));
            QVERIFY(Database::exec(q));
        }
        QVERIFY(m_db.connection().commit());
        Rule r = rule(RuleType::Anomaly);
        r.sensorType = u"temperature"_s;
        r.weeks = 8;
        r.minSamples = 6;
        r.zScore = 3.5;
        const BackfillResult quiet = backfill(m_db, {r}, end - 7 * 86400, end - 600, 600);
        QVERIFY(quiet.ok);
        QCOMPARE(quiet.steps, 7 * 144);
        QCOMPARE(quiet.raised, 0);

        // The crowd: Thursday 14:00-16:00, 60 % more people.
        const qint64 crowdFrom = end - 86400 + 14 * 3600, crowdTo = crowdFrom + 2 * 3600;
        QSqlQuery up(m_db.connection());
        QVERIFY(up.exec(u"UPDATE observation SET value = value * 1.6 WHERE sensor_id = 2 AND observed_at >= %1 AND observed_at < %2"_s
                            .arg(crowdFrom)
                            .arg(crowdTo)));
        QVERIFY(up.exec(u"DELETE FROM alert"_s));
        const BackfillResult found = backfill(m_db, {r}, end - 7 * 86400, end - 600, 600);
        QVERIFY(found.raised >= 1);
        QSqlQuery alerts(m_db.connection());
        QVERIFY(alerts.exec(u"SELECT raised_at, resolved_at FROM alert"_s));
        while (alerts.next()) {
            const qint64 raised = alerts.value(0).toLongLong();
            QVERIFY2(raised >= crowdFrom && raised < crowdTo, qPrintable(QString::number(raised - crowdFrom)));
            QVERIFY(!alerts.value(1).isNull()); // and over once the crowd has gone
        }
    }

    void geofence()
    {
        reading(1, kT, 900); // sensor 1 at its site (39.0, -9.40)
        reading(2, kT, 900); // sensor 2 at (39.2, -9.30)
        Rule r = rule(RuleType::Geofence);
        r.limit = 500;
        r.area = {{-9.45, 38.95}, {-9.35, 38.95}, {-9.35, 39.05}, {-9.45, 39.05}};
        QList<Decision> d = run(r, kT);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].record.subjectKey, u"sensor:1"_s);
        r.area = {{-9.45, 39.01}, {-9.35, 39.01}, {-9.35, 39.05}}; // just north of it
        QCOMPARE(run(r, kT).size(), 0);
    }

    void batchScope()
    {
        reading(1, kT, 900);
        reading(2, kT, 900);
        Rule r = rule(RuleType::Threshold);
        r.limit = 500;
        QCOMPARE(run(r, kT).size(), 2);
        const QList<Decision> only = run(r, kT, {}, QSet<qint64>{2});
        QCOMPARE(only.size(), 1);
        QCOMPARE(only[0].record.subjectKey, u"sensor:2"_s);
        Rule site = rule(RuleType::Threshold, u"occupancy"_s);
        site.limit = 50;
        QCOMPARE(run(site, kT, {}, QSet<qint64>{2}).size(), 0); // sensor 2 is not the site's
        QCOMPARE(run(site, kT, {}, QSet<qint64>{1}).size(), 1);
        r.enabled = false;
        QCOMPARE(run(r, kT).size(), 0);
    }

    void hospitals()
    {
        exec(u"INSERT INTO hospital (id, name, lat, lon) VALUES (1, 'Hospital del Mar', 39.0, -9.4)"_s);
        exec(u"INSERT INTO bed_report (hospital_id, reported_at, icu_total, icu_free, source) VALUES (1, %1, 20, 3, 't'),"
             " (1, %2, 20, 1, 't')"_s.arg(kT - 86400).arg(kT + 60));
        Rule r = rule(RuleType::Threshold, u"hospital.icuFreePercent"_s);
        r.direction = Direction::Below;
        r.limit = 15;
        QCOMPARE(run(r, kT).size(), 0); // 3 of 20 = 15 %: not below; the later report is not known yet
        r.limit = 16;
        const QList<Decision> d = run(r, kT);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].record.value, std::optional<double>(15));
        QCOMPARE(run(r, kT, {}, QSet<qint64>{1}).size(), 0); // a sensor batch never touches hospitals
    }
};

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
