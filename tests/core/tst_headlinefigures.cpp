#include "analytics/headlinefigures.h"
#include "store/database.h"

#include <QTest>
#include <QTimeZone>

using atalaya::Database;

/** The Overview's figures from a small hand-made store: sums, windows, staleness and "no data". */
class TestHeadlineFigures : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);

    void run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(Database::exec(query), qPrintable(sql));
    }

    qint64 secs(const QDateTime &moment) const { return moment.toSecsSinceEpoch(); }

private slots:
    void init()
    {
        QVERIFY(m_db.openInMemory().ok());
        const QString square = QStringLiteral(
            "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}");
        const QString region = QStringLiteral(
            "INSERT INTO region (id, level, code, name, parent_id, population, geometry, centroid_lat,"
            " centroid_lon, min_lat, min_lon, max_lat, max_lon) VALUES (?, ?, ?, ?, ?, ?, ?, 0.5, 0.5, 0, 0, 1, 1)");
        run(region, {1, QStringLiteral("city"), QStringLiteral("C"), QStringLiteral("City"), QVariant(), 300000, square});
        run(region, {2, QStringLiteral("district"), QStringLiteral("D1"), QStringLiteral("North"), 1, 100000, square});
        run(region, {3, QStringLiteral("district"), QStringLiteral("D2"), QStringLiteral("South"), 1, 200000, square});
        run(region, {4, QStringLiteral("neighbourhood"), QStringLiteral("N1"), QStringLiteral("Port"), 2, 100000, square});
        run(region, {5, QStringLiteral("neighbourhood"), QStringLiteral("N2"), QStringLiteral("Hill"), 3, 200000, square});
        // District-level rows must not be added to the neighbourhood sums.
        run(QStringLiteral("INSERT INTO epidemic_daily (region_id, day, cases, source) VALUES (2, '2026-03-14', 999, 'other')"));
        for (int back = 0; back < 14; ++back) {
            const QString day = m_now.date().addDays(-1 - back).toString(Qt::ISODate); // last report: yesterday
            run(QStringLiteral("INSERT INTO epidemic_daily (region_id, day, cases, source) VALUES (4, ?, ?, 'test')"),
                {day, back < 7 ? 10 : 5});
            run(QStringLiteral("INSERT INTO epidemic_daily (region_id, day, cases, source) VALUES (5, ?, ?, 'test')"),
                {day, back < 7 ? 20 : 10});
        }
        // A future day beyond the cursor must be ignored.
        run(QStringLiteral("INSERT INTO epidemic_daily (region_id, day, cases, source) VALUES (4, '2026-03-20', 5000, 'test')"));

        const QString hospital = QStringLiteral(
            "INSERT INTO hospital (id, name, lat, lon, report_cadence_s) VALUES (?, ?, 0.5, 0.5, 86400)");
        run(hospital, {1, QStringLiteral("General")});
        run(hospital, {2, QStringLiteral("Coast")});
        run(hospital, {3, QStringLiteral("Old")});
        run(hospital, {4, QStringLiteral("Silent")});
        const QString report = QStringLiteral(
            "INSERT INTO bed_report (hospital_id, reported_at, icu_total, icu_free, source) VALUES (?, ?, ?, ?, 'test')");
        run(report, {1, secs(m_now.addDays(-2)), 20, 1});
        run(report, {1, secs(m_now.addSecs(-4 * 3600)), 20, 5});
        run(report, {1, secs(m_now.addSecs(3600)), 20, 19}); // after the cursor: not yet known
        run(report, {2, secs(m_now.addSecs(-20 * 3600)), 10, 3});
        run(report, {3, secs(m_now.addDays(-3)), 30, 30}); // stale: not counted as capacity

        run(QStringLiteral("INSERT INTO site (id, code, name, kind, lat, lon, capacity, amber_threshold, red_threshold)"
                           " VALUES (1, 'b', 'Beach', 'beach', 0, 0, 1000, 0.6, 0.9), (2, 's', 'Square', 'square', 0, 0, 100, 0.6, 0.9),"
                           " (3, 'm', 'Market', 'market', 0, 0, 100, 0.6, 0.9)"));
        run(QStringLiteral("INSERT INTO sensor (id, provider, component, code, type, site_id) VALUES"
                           " (1, 'p', 'c1', 's1', 'people_count', 1), (2, 'p', 'c2', 's2', 'people_count', 2),"
                           " (3, 'p', 'c3', 's3', 'people_count', 3)"));
        const QString obs = QStringLiteral("INSERT INTO observation (sensor_id, observed_at, value) VALUES (?, ?, ?)");
        run(obs, {1, secs(m_now.addSecs(-600)), 950.0});  // 95 %: red
        run(obs, {2, secs(m_now.addSecs(-1200)), 95.0});  // red ten minutes ago...
        run(obs, {2, secs(m_now.addSecs(-300)), 50.0});   // ...but the latest reading is green
        run(obs, {3, secs(m_now.addSecs(-7200)), 99.0});  // too old to count as now
    }

    void cleanup() { m_db.close(); }

    void sumsWindowsAndStaleness()
    {
        const auto f = atalaya::computeHeadlineFigures(m_db, m_now);
        QCOMPARE(f.population, 300000);
        QCOMPARE(f.casesAsOf, QDate(2026, 3, 14));
        QCOMPARE(f.casesLast7Days.value(), 7 * (10 + 20));
        QCOMPARE(f.casesPrevious7Days.value(), 7 * (5 + 10));
        QCOMPARE(f.casesTrendPercent.value(), 100.0);

        QCOMPARE(f.icuBedsFree.value(), 5 + 3);
        QCOMPARE(f.icuBedsTotal.value(), 20 + 10);
        QCOMPARE(f.hospitalsReporting, 2);
        QCOMPARE(f.hospitalsStale, 2); // one too old, one that never reported
        QCOMPARE(f.icuAsOf, m_now.addSecs(-4 * 3600));

        QCOMPARE(f.sitesTotal, 3);
        QCOMPARE(f.sitesReporting, 2);
        QCOMPARE(f.sitesAtRed.value(), 1);
        QCOMPARE(f.sitesAsOf, m_now.addSecs(-300));
        QCOMPARE(f.dataTime, m_now.addSecs(-300));
    }

    void emptyStoreHasNoDataRatherThanZeros()
    {
        Database empty;
        QVERIFY(empty.openInMemory().ok());
        const auto f = atalaya::computeHeadlineFigures(empty, m_now);
        QCOMPARE(f.population, 0);
        QVERIFY(!f.casesLast7Days);
        QVERIFY(!f.casesTrendPercent);
        QVERIFY(!f.icuBedsFree);
        QVERIFY(!f.sitesAtRed);
        QVERIFY(!f.dataTime.isValid());
    }

    void cursorInThePastSeesOnlyWhatWasKnownThen()
    {
        const QDateTime earlier = m_now.addDays(-2).addSecs(60);
        const auto f = atalaya::computeHeadlineFigures(m_db, earlier);
        QCOMPARE(f.casesAsOf, QDate(2026, 3, 13));
        QCOMPARE(f.icuBedsFree.value(), 1 + 30);
        QCOMPARE(f.hospitalsReporting, 2); // General (its report from 2 days back) and Old (1 day old then)
        QVERIFY(!f.sitesAtRed);            // no site had a reading then
        QCOMPARE(f.sitesReporting, 0);
    }
};

QTEST_GUILESS_MAIN(TestHeadlineFigures)
#include "tst_headlinefigures.moc"
