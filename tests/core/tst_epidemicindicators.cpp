#include "analytics/epidemicindicators.h"
#include "demo/democity.h"
#include "store/database.h"

#include <QTest>
#include <QTimeZone>

using atalaya::Database;
using atalaya::DayValue;
using atalaya::EpidemicIndicator;
using atalaya::EpidemicSeries;

Q_DECLARE_METATYPE(EpidemicIndicator)

/** The epidemic panel's indicators: exact values on a hand-made store with suppressed cells and
 *  missing days, and on a generated city against plain SQL. */
class TestEpidemicIndicators : public QObject
{
    Q_OBJECT

private:
    Database m_db;

    void run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(Database::exec(query), qPrintable(sql));
    }

    static QDate day(int n) { return QDate(2026, 3, n); }

private slots:
    // City 1; district 2 = Port (5, 60,000) + Hill (6, 40,000); district 3 = Bay (7, 50,000).
    // 1..14 March. Port: 10 cases, 100 tests, 2 recoveries, 600 first doses a day, one death on
    // the 5th. Hill: 5 cases and 50 tests a day, cases suppressed (NULL) on the 10th, tests not
    // reported on the 14th. Bay: 3 cases, 30 tests a day, no row at all on the 12th.
    void initTestCase()
    {
        QVERIFY(m_db.openInMemory().ok());
        const QString square = QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}");
        const QString region = QStringLiteral(
            "INSERT INTO region (id, level, code, name, parent_id, population, geometry,"
            " centroid_lat, centroid_lon, min_lat, min_lon, max_lat, max_lon)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 0.5, 0.5, 0, 0, 1, 1)");
        const QVariant none;
        run(region, {1, QStringLiteral("city"), QStringLiteral("C"), QStringLiteral("City"), none, 150000, square});
        run(region, {2, QStringLiteral("district"), QStringLiteral("D1"), QStringLiteral("North"), 1, 100000, square});
        run(region, {3, QStringLiteral("district"), QStringLiteral("D2"), QStringLiteral("South"), 1, 50000, square});
        run(region, {5, QStringLiteral("neighbourhood"), QStringLiteral("N1"), QStringLiteral("Port"), 2, 60000, square});
        run(region, {6, QStringLiteral("neighbourhood"), QStringLiteral("N2"), QStringLiteral("Hill"), 2, 40000, square});
        run(region, {7, QStringLiteral("neighbourhood"), QStringLiteral("N3"), QStringLiteral("Bay"), 3, 50000, square});
        run(region, {8, QStringLiteral("postcode"), QStringLiteral("P1"), QStringLiteral("11000"), 1, 0, square});
        const QString daily = QStringLiteral(
            "INSERT INTO epidemic_daily (region_id, day, cases, recoveries, deaths, tests, vaccinated_dose1, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'test')");
        for (int d = 1; d <= 14; ++d) {
            const QString iso = day(d).toString(Qt::ISODate);
            run(daily, {5, iso, 10, 2, d == 5 ? 1 : 0, 100, 600});
            run(daily, {6, iso, d == 10 ? none : QVariant(5), 1, 0, d == 14 ? none : QVariant(50), none});
            if (d != 12)
                run(daily, {7, iso, 3, 1, 0, 30, none});
        }
        // A district-level row must not be added to its neighbourhoods.
        run(QStringLiteral("INSERT INTO epidemic_daily (region_id, day, cases, source) VALUES (2, '2026-03-14', 999, 'x')"));
    }

    void cleanupTestCase() { m_db.close(); }

    void exactValues_data()
    {
        QTest::addColumn<qint64>("region");
        QTest::addColumn<EpidemicIndicator>("indicator");
        QTest::addColumn<int>("dayOfMarch");
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("complete");

        using I = EpidemicIndicator;
        QTest::newRow("port new cases") << qint64(5) << I::NewCases << 14 << true << 10.0 << true;
        QTest::newRow("north new cases, district row ignored") << qint64(2) << I::NewCases << 14 << true << 15.0 << true;
        QTest::newRow("north new cases, Hill suppressed") << qint64(2) << I::NewCases << 10 << true << 10.0 << false;
        QTest::newRow("hill suppressed day is no value") << qint64(6) << I::NewCases << 10 << false << 0.0 << false;
        QTest::newRow("bay missing row is no value") << qint64(7) << I::NewCases << 12 << false << 0.0 << false;
        QTest::newRow("port average") << qint64(5) << I::CasesAverage7 << 14 << true << 10.0 << true;
        QTest::newRow("port incidence 7") << qint64(5) << I::Incidence7 << 14 << true << 70.0 / 60000 * 1e5 << true;
        QTest::newRow("port incidence 7, start of series") << qint64(5) << I::Incidence7 << 6 << true << 60.0 / 60000 * 1e5 << false;
        QTest::newRow("port incidence 7, first full week") << qint64(5) << I::Incidence7 << 7 << true << 70.0 / 60000 * 1e5 << true;
        QTest::newRow("north incidence 7, suppressed day") << qint64(2) << I::Incidence7 << 14 << true << 100.0 << false;
        QTest::newRow("north incidence 7, before it") << qint64(2) << I::Incidence7 << 9 << true << 105.0 << true;
        QTest::newRow("north incidence 14") << qint64(2) << I::Incidence14 << 14 << true << 205.0 << false;
        QTest::newRow("port incidence 14") << qint64(5) << I::Incidence14 << 14 << true << 140.0 / 60000 * 1e5 << true;
        QTest::newRow("south incidence 7, missing day") << qint64(3) << I::Incidence7 << 14 << true << 18.0 / 50000 * 1e5 << false;
        QTest::newRow("south incidence 7, before it") << qint64(3) << I::Incidence7 << 11 << true << 21.0 / 50000 * 1e5 << true;
        QTest::newRow("city incidence 7, day 9") << qint64(1) << I::Incidence7 << 9 << true << 126.0 / 150000 * 1e5 << true;
        QTest::newRow("port positivity") << qint64(5) << I::Positivity7 << 14 << true << 10.0 << true;
        // Hill's 8th-13th minus the 10th (25 cases / 250 tests) plus Port's week (70 / 700).
        QTest::newRow("north positivity, only cells with tests") << qint64(2) << I::Positivity7 << 14 << true << 95.0 / 950 * 100 << false;
        QTest::newRow("port test rate") << qint64(5) << I::TestRate7 << 14 << true << 700.0 / 60000 * 1e5 << true;
        QTest::newRow("port recoveries") << qint64(5) << I::Recoveries << 14 << true << 2.0 << true;
        QTest::newRow("port deaths") << qint64(5) << I::Deaths << 5 << true << 1.0 << true;
        QTest::newRow("port active") << qint64(5) << I::ActiveCases << 14 << true << 140.0 - 28 - 1 << true;
        QTest::newRow("north active, suppressed cases") << qint64(2) << I::ActiveCases << 14 << true << 205.0 - 42 - 1 << false;
        QTest::newRow("port coverage dose 1") << qint64(5) << I::CoverageDose1 << 14 << true << 14.0 << true;
        QTest::newRow("north coverage dose 1, Hill unreported") << qint64(2) << I::CoverageDose1 << 14 << true << 8400.0 / 100000 * 100 << false;
        QTest::newRow("port no dose 2") << qint64(5) << I::CoverageDose2 << 14 << false << 0.0 << false;
    }

    void exactValues()
    {
        QFETCH(qint64, region);
        QFETCH(EpidemicIndicator, indicator);
        QFETCH(int, dayOfMarch);
        QFETCH(bool, hasValue);
        QFETCH(double, value);
        QFETCH(bool, complete);

        QString error;
        const EpidemicSeries series = EpidemicSeries::load(m_db, region, &error);
        QVERIFY2(series.isValid(), qPrintable(error));
        QCOMPARE(series.firstDay(), day(1));
        QCOMPARE(series.lastDay(), day(14));
        QCOMPARE(series.size(), 14);
        const DayValue v = series.at(indicator, day(dayOfMarch));
        QCOMPARE(v.value.has_value(), hasValue);
        if (hasValue)
            QCOMPARE(*v.value, value);
        QCOMPARE(v.complete, complete);
    }

    void population()
    {
        QCOMPARE(EpidemicSeries::load(m_db, 1).population(), qint64(150000));
        QCOMPARE(EpidemicSeries::load(m_db, 2).population(), qint64(100000));
        QCOMPARE(EpidemicSeries::load(m_db, 2).constituents(), 2);
        QCOMPARE(EpidemicSeries::load(m_db, 7).constituents(), 1);
    }

    void invalidRegions()
    {
        QString error;
        QVERIFY(!EpidemicSeries::load(m_db, 99, &error).isValid());
        QVERIFY(error.contains(QLatin1String("99")));
        QVERIFY(!EpidemicSeries::load(m_db, 8, &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void headline()
    {
        const EpidemicSeries hill = EpidemicSeries::load(m_db, 6);
        // The 10th was suppressed: the headline falls back to the 9th and says so.
        const auto cases = hill.headline(EpidemicIndicator::NewCases, day(10));
        QCOMPARE(cases.asOf, day(9));
        QCOMPARE(*cases.value, 5.0);

        const EpidemicSeries port = EpidemicSeries::load(m_db, 5);
        const auto portCases = port.headline(EpidemicIndicator::NewCases, day(20)); // after the data
        QCOMPARE(portCases.asOf, day(14));
        QCOMPARE(*portCases.thisWeek, 70.0);
        QCOMPARE(*portCases.weekBefore, 70.0);
        QCOMPARE(*portCases.trendPercent, 0.0);
        // The week before 14 March's 14-day incidence is a window at the start: 70 cases.
        const auto incidence = port.headline(EpidemicIndicator::Incidence14, day(14));
        QCOMPARE(*incidence.weekBefore, 70.0 / 60000 * 1e5);
        QCOMPARE(*incidence.trendPercent, 100.0);
        QVERIFY(!port.headline(EpidemicIndicator::NewCases, QDate(2026, 2, 1)).value);
    }

    // On a generated city, the city's 7-day cases equal a plain SQL sum, and the districts add up.
    void demoCity()
    {
        Database db;
        QVERIFY(db.openInMemory().ok());
        QString error;
        QVERIFY2(atalaya::DemoCity::generate(db, {11, QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC)}, {}, &error),
                 qPrintable(error));
        QSqlQuery city = db.prepare(QStringLiteral("SELECT id FROM region WHERE level = 'city'"));
        QVERIFY(Database::exec(city) && city.next());
        const EpidemicSeries series = EpidemicSeries::load(db, city.value(0).toLongLong(), &error);
        QVERIFY2(series.isValid(), qPrintable(error));
        QVERIFY(series.size() > 300);
        const QDate last = series.lastDay();
        const DayValue average = series.at(EpidemicIndicator::CasesAverage7, last);
        QVERIFY(average.complete);

        QSqlQuery sum = db.prepare(QStringLiteral(
            "SELECT SUM(e.cases) FROM epidemic_daily e JOIN region n ON n.id = e.region_id"
            " WHERE n.level = 'neighbourhood' AND e.day BETWEEN ? AND ?"));
        sum.addBindValue(last.addDays(-6).toString(Qt::ISODate));
        sum.addBindValue(last.toString(Qt::ISODate));
        QVERIFY(Database::exec(sum) && sum.next());
        QCOMPARE(qRound64(*average.value * 7), sum.value(0).toLongLong());

        QSqlQuery districts = db.prepare(QStringLiteral("SELECT id FROM region WHERE level = 'district'"));
        QVERIFY(Database::exec(districts));
        double total = 0;
        while (districts.next())
            total += *EpidemicSeries::load(db, districts.value(0).toLongLong()).at(EpidemicIndicator::CasesAverage7, last).value;
        QCOMPARE(qRound64(total * 7), sum.value(0).toLongLong());

        // The panel's one-pass load gives every region exactly what load() gives it.
        const QHash<qint64, EpidemicSeries> all = EpidemicSeries::loadAll(db, &error);
        QVERIFY2(!all.isEmpty(), qPrintable(error));
        QSqlQuery regions = db.prepare(QStringLiteral("SELECT id FROM region WHERE level <> 'postcode'"));
        QVERIFY(Database::exec(regions));
        int compared = 0;
        while (regions.next()) {
            const qint64 id = regions.value(0).toLongLong();
            QVERIFY(all.contains(id));
            verifySame(all.value(id), EpidemicSeries::load(db, id));
            ++compared;
        }
        QCOMPARE(all.size(), compared);
    }

    // loadAll() on the hand-made store: suppressed cells, a missing day, the district-level row.
    void loadAllMatchesLoad()
    {
        QString error;
        const QHash<qint64, EpidemicSeries> all = EpidemicSeries::loadAll(m_db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(all.size(), 6); // the post code has no series
        for (qint64 id : {1, 2, 3, 5, 6, 7})
            verifySame(all.value(id), EpidemicSeries::load(m_db, id));
    }

private:
    static void verifySame(const EpidemicSeries &a, const EpidemicSeries &b)
    {
        QCOMPARE(a.regionId(), b.regionId());
        QCOMPARE(a.level(), b.level());
        QCOMPARE(a.population(), b.population());
        QCOMPARE(a.constituents(), b.constituents());
        QCOMPARE(a.firstDay(), b.firstDay());
        QCOMPARE(a.size(), b.size());
        for (int k = 0; k < atalaya::kEpidemicIndicatorCount; ++k) {
            const auto indicator = EpidemicIndicator(k);
            for (int i = 0; i < a.size(); ++i) {
                const DayValue x = a.values(indicator)[i];
                const DayValue y = b.values(indicator)[i];
                QCOMPARE(x.complete, y.complete);
                QCOMPARE(x.value.has_value(), y.value.has_value());
                if (x.value)
                    QCOMPARE(*x.value, *y.value);
            }
        }
        for (int i = 0; i < a.size(); ++i) {
            const QDate d = a.firstDay().addDays(i);
            const auto ha = a.headline(EpidemicIndicator::NewCases, d);
            const auto hb = b.headline(EpidemicIndicator::NewCases, d);
            QCOMPARE(ha.trendPercent.has_value(), hb.trendPercent.has_value());
        }
    }
};

QTEST_GUILESS_MAIN(TestEpidemicIndicators)
#include "tst_epidemicindicators.moc"
