#include "analytics/headlinefigures.h"
#include "store/database.h"

#include <QTest>
#include <QTimeZone>

using atalaya::Database;

/** The status bar's figures from a small hand-made store: the districts' population and the
 *  newest data known at the cursor, never a time from after it. */
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
        // The city's own figure and the neighbourhoods' must not be added to the districts'.
        run(region, {1, QStringLiteral("city"), QStringLiteral("C"), QStringLiteral("City"), QVariant(), 310000, square});
        run(region, {2, QStringLiteral("district"), QStringLiteral("D1"), QStringLiteral("North"), 1, 100000, square});
        run(region, {3, QStringLiteral("district"), QStringLiteral("D2"), QStringLiteral("South"), 1, 200000, square});
        run(region, {4, QStringLiteral("neighbourhood"), QStringLiteral("N1"), QStringLiteral("Port"), 2, 90000, square});
        run(region, {5, QStringLiteral("neighbourhood"), QStringLiteral("N2"), QStringLiteral("Hill"), 3, 190000, square});
        for (int back = 0; back < 14; ++back) {
            const QString day = m_now.date().addDays(-1 - back).toString(Qt::ISODate); // last report: yesterday
            run(QStringLiteral("INSERT INTO epidemic_daily (region_id, day, cases, source) VALUES (4, ?, 10, 'test')"), {day});
        }
        // A day after the cursor's: not yet reported at the cursor.
        run(QStringLiteral("INSERT INTO epidemic_daily (region_id, day, cases, source) VALUES (4, '2026-03-20', 5000, 'test')"));

        const QString hospital = QStringLiteral(
            "INSERT INTO hospital (id, name, lat, lon, report_cadence_s) VALUES (?, ?, 0.5, 0.5, 86400)");
        run(hospital, {1, QStringLiteral("General")});
        run(hospital, {2, QStringLiteral("Coast")});
        run(hospital, {3, QStringLiteral("Silent")});
        const QString report = QStringLiteral(
            "INSERT INTO bed_report (hospital_id, reported_at, icu_total, icu_free, source) VALUES (?, ?, ?, ?, 'test')");
        run(report, {1, secs(m_now.addDays(-2)), 20, 1});
        run(report, {1, secs(m_now.addSecs(-4 * 3600)), 20, 5});
        run(report, {1, secs(m_now.addSecs(3600)), 20, 19}); // after the cursor: not yet known
        run(report, {2, secs(m_now.addSecs(-20 * 3600)), 10, 3});

        run(QStringLiteral("INSERT INTO site (id, code, name, kind, lat, lon, capacity, amber_threshold, red_threshold)"
                           " VALUES (1, 'b', 'Beach', 'beach', 0, 0, 1000, 0.6, 0.9)"));
        run(QStringLiteral("INSERT INTO sensor (id, provider, component, code, type, site_id) VALUES"
                           " (1, 'p', 'c1', 's1', 'people_count', 1), (2, 'p', 'c2', 's2', 'people_count', 1)"));
        const QString obs = QStringLiteral("INSERT INTO observation (sensor_id, observed_at, value) VALUES (?, ?, ?)");
        run(obs, {1, secs(m_now.addSecs(-600)), 950.0});
        run(obs, {2, secs(m_now.addSecs(-1200)), 95.0});
        run(obs, {2, secs(m_now.addSecs(-300)), 50.0}); // the newest reading at the cursor
        run(obs, {2, secs(m_now.addSecs(1800)), 60.0}); // after the cursor: not yet known
    }

    void cleanup() { m_db.close(); }

    void populationIsTheDistrictsSum()
    {
        const auto f = atalaya::computeHeadlineFigures(m_db, m_now);
        QCOMPARE(f.at, m_now);
        QCOMPARE(f.population, 100000 + 200000);
        // Population does not depend on the cursor.
        QCOMPARE(atalaya::computeHeadlineFigures(m_db, m_now.addYears(-5)).population, 300000);
    }

    void populationWithoutDistrictsIsZero()
    {
        // Only the city's own row: no district, so no figure (HeadlineSummary shows undefined).
        Database cityOnly;
        QVERIFY(cityOnly.openInMemory().ok());
        QSqlQuery query = cityOnly.prepare(QStringLiteral(
            "INSERT INTO region (id, level, code, name, population, geometry, centroid_lat, centroid_lon,"
            " min_lat, min_lon, max_lat, max_lon) VALUES (1, 'city', 'C', 'City', 310000,"
            " '{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}', 0.5, 0.5, 0, 0, 1, 1)"));
        QVERIFY(Database::exec(query));
        QCOMPARE(atalaya::computeHeadlineFigures(cityOnly, m_now).population, 0);
    }

    void cursorIsReadInUtc()
    {
        const QDateTime local = m_now.toTimeZone(QTimeZone(3 * 3600));
        const auto f = atalaya::computeHeadlineFigures(m_db, local);
        QCOMPARE(f.at.timeSpec(), Qt::UTC);
        QCOMPARE(f.at, m_now);
        QCOMPARE(f.dataTime, m_now.addSecs(-300));
    }

    void dataTimeIsTheNewestReadingAtOrBeforeTheCursor()
    {
        // Newer than the bed reports (4 h) and the epidemic day (yesterday): a sensor reading.
        QCOMPARE(atalaya::computeHeadlineFigures(m_db, m_now).dataTime, m_now.addSecs(-300));
        QCOMPARE(atalaya::computeHeadlineFigures(m_db, m_now).dataTime.timeSpec(), Qt::UTC);
        // A reading exactly at the cursor is known at the cursor.
        QCOMPARE(atalaya::computeHeadlineFigures(m_db, m_now.addSecs(1800)).dataTime, m_now.addSecs(1800));
        // A bed report can be the newest thing known.
        QCOMPARE(atalaya::computeHeadlineFigures(m_db, m_now.addSecs(-3 * 3600)).dataTime,
                 m_now.addSecs(-4 * 3600));
    }

    void laterDataIsNotSeenFromAPastCursor()
    {
        // Ten minutes after the cursor is the bed report at +1 h: not yet known.
        QCOMPARE(atalaya::computeHeadlineFigures(m_db, m_now.addSecs(1200)).dataTime, m_now.addSecs(-300));
        // Two days back: General's report then, not its later ones nor the sensors' readings.
        const QDateTime earlier = m_now.addDays(-2).addSecs(60);
        QCOMPARE(atalaya::computeHeadlineFigures(m_db, earlier).dataTime, m_now.addDays(-2));
    }

    void dailyFiguresCountFromTheStartOfTheirDay()
    {
        // 14 March 06:00: Coast's report (the 14th, 16:00) is still to come and General's last was
        // on the 13th at noon, so the 14th's epidemic figures are the newest: they count from
        // midnight, not from the end of their day nor from the cursor.
        const QDateTime morning(QDate(2026, 3, 14), QTime(6, 0), QTimeZone::UTC);
        QCOMPARE(atalaya::computeHeadlineFigures(m_db, morning).dataTime,
                 QDateTime(QDate(2026, 3, 14), QTime(0, 0), QTimeZone::UTC));

        // A store with daily figures only: the data time is the start of the last reported day
        // on or before the cursor's, never the future day.
        run(QStringLiteral("DELETE FROM observation"));
        run(QStringLiteral("DELETE FROM bed_report"));
        QCOMPARE(atalaya::computeHeadlineFigures(m_db, m_now).dataTime,
                 QDateTime(QDate(2026, 3, 14), QTime(0, 0), QTimeZone::UTC));
        QCOMPARE(atalaya::computeHeadlineFigures(m_db, QDateTime(QDate(2026, 3, 20), QTime(23, 59), QTimeZone::UTC)).dataTime,
                 QDateTime(QDate(2026, 3, 20), QTime(0, 0), QTimeZone::UTC));
        // Before the first reported day there is nothing.
        QVERIFY(!atalaya::computeHeadlineFigures(m_db, m_now.addDays(-30)).dataTime.isValid());
    }

    void emptyStoreHasNoDataTime()
    {
        Database empty;
        QVERIFY(empty.openInMemory().ok());
        const auto f = atalaya::computeHeadlineFigures(empty, m_now);
        QCOMPARE(f.at, m_now);
        QCOMPARE(f.population, 0);
        QVERIFY(!f.dataTime.isValid());
    }
};

QTEST_GUILESS_MAIN(TestHeadlineFigures)
#include "tst_headlinefigures.moc"
