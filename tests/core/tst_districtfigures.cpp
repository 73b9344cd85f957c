#include "analytics/districtfigures.h"
#include "demo/democity.h"
#include "store/database.h"

#include <QTest>
#include <QTimeZone>

using atalaya::Database;
using atalaya::DistrictFigures;

/** The Overview's district ranking: exact sums and windows on a hand-made store, and on a
 *  generated city that the districts add up to the city. */
class TestDistrictFigures : public QObject
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

    static const DistrictFigures *find(const QList<DistrictFigures> &rows, const QString &code)
    {
        for (const DistrictFigures &row : rows) {
            if (row.code == code)
                return &row;
        }
        return nullptr;
    }

private slots:
    // Three districts: North (2 neighbourhoods, 100,000 people), South (1 neighbourhood,
    // 50,000), Quiet (a neighbourhood that never reports). Last reported day: 14 March.
    void init()
    {
        QVERIFY(m_db.openInMemory().ok());
        const QString square = QStringLiteral(
            "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}");
        const QString region = QStringLiteral(
            "INSERT INTO region (id, level, code, name, parent_id, population, share_over_65, deprivation_index,"
            " geometry, centroid_lat, centroid_lon, min_lat, min_lon, max_lat, max_lon)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0.5, 0.5, 0, 0, 1, 1)");
        const QVariant none;
        run(region, {1, QStringLiteral("city"), QStringLiteral("C"), QStringLiteral("City"), none, 170000, 0.2, 0.5, square});
        run(region, {2, QStringLiteral("district"), QStringLiteral("D1"), QStringLiteral("North"), 1, 100000, 0.25, 0.4, square});
        run(region, {3, QStringLiteral("district"), QStringLiteral("D2"), QStringLiteral("South"), 1, 50000, 0.15, 0.7, square});
        run(region, {4, QStringLiteral("district"), QStringLiteral("D3"), QStringLiteral("Quiet"), 1, 20000, none, none, square});
        run(region, {5, QStringLiteral("neighbourhood"), QStringLiteral("N1"), QStringLiteral("Port"), 2, 60000, none, none, square});
        run(region, {6, QStringLiteral("neighbourhood"), QStringLiteral("N2"), QStringLiteral("Hill"), 2, 40000, none, none, square});
        run(region, {7, QStringLiteral("neighbourhood"), QStringLiteral("N3"), QStringLiteral("Bay"), 3, 50000, none, none, square});
        run(region, {8, QStringLiteral("neighbourhood"), QStringLiteral("N4"), QStringLiteral("Moor"), 4, 20000, none, none, square});

        const QString daily = QStringLiteral(
            "INSERT INTO epidemic_daily (region_id, day, cases, source) VALUES (?, ?, ?, 'test')");
        for (int back = 0; back < 14; ++back) {
            const QString day = m_now.date().addDays(-1 - back).toString(Qt::ISODate); // last: yesterday
            const bool recent = back < 7;
            run(daily, {5, day, recent ? 10 : 5});
            run(daily, {6, day, recent ? 4 : 2});
            run(daily, {7, day, recent ? 3 : 6});
        }
        // A day of a district not yet reported (NULL), never read as zero.
        run(daily, {8, m_now.date().addDays(-1).toString(Qt::ISODate), none});
        // District-level rows would count North twice: must not be summed.
        run(QStringLiteral("INSERT INTO epidemic_daily (region_id, day, cases, source)"
                           " VALUES (2, '2026-03-14', 999, 'other')"));
        // A day after the cursor is not known yet.
        run(daily, {5, QStringLiteral("2026-03-20"), 5000});
    }

    void cleanup() { m_db.close(); }

    void exactValues()
    {
        QDate asOf;
        const QList<DistrictFigures> rows = atalaya::computeDistrictFigures(m_db, m_now, &asOf);
        QCOMPARE(asOf, QDate(2026, 3, 14));
        QCOMPARE(rows.size(), 3);

        const DistrictFigures *north = find(rows, QStringLiteral("D1"));
        QVERIFY(north);
        QCOMPARE(north->regionId, 2);
        QCOMPARE(north->name, QStringLiteral("North"));
        QCOMPARE(north->population, 100000);
        QCOMPARE(north->casesLast7Days.value(), 7 * (10 + 4));
        QCOMPARE(north->casesPrevious7Days.value(), 7 * (5 + 2));
        QCOMPARE(north->incidence7DaysPer100k.value(), 98.0);
        QCOMPARE(north->trendPercent.value(), 100.0);
        QCOMPARE(north->shareOver65.value(), 0.25);
        QCOMPARE(north->deprivationIndex.value(), 0.4);

        const DistrictFigures *south = find(rows, QStringLiteral("D2"));
        QVERIFY(south);
        QCOMPARE(south->casesLast7Days.value(), 7 * 3);
        QCOMPARE(south->casesPrevious7Days.value(), 7 * 6);
        QCOMPARE(south->incidence7DaysPer100k.value(), 42.0);
        QCOMPARE(south->trendPercent.value(), -50.0);

        const DistrictFigures *quiet = find(rows, QStringLiteral("D3"));
        QVERIFY(quiet);
        QCOMPARE(quiet->population, 20000);
        QVERIFY(!quiet->casesLast7Days);
        QVERIFY(!quiet->casesPrevious7Days);
        QVERIFY(!quiet->incidence7DaysPer100k);
        QVERIFY(!quiet->trendPercent);
        QVERIFY(!quiet->shareOver65);
        QVERIFY(!quiet->deprivationIndex);
    }

    void rankedByIncidenceWithNoDataLast()
    {
        const QList<DistrictFigures> rows = atalaya::computeDistrictFigures(m_db, m_now);
        QStringList codes;
        for (const DistrictFigures &row : rows)
            codes.append(row.code);
        QCOMPARE(codes, (QStringList{QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("D3")}));

        // South overtakes North once its week is heavier: 7 × 30 / 50,000 → 420 per 100,000.
        run(QStringLiteral("UPDATE epidemic_daily SET cases = 30 WHERE region_id = 7 AND day > '2026-03-07'"));
        const QList<DistrictFigures> again = atalaya::computeDistrictFigures(m_db, m_now);
        QCOMPARE(again.at(0).code, QStringLiteral("D2"));
        QCOMPARE(again.at(0).incidence7DaysPer100k.value(), 420.0);
        QCOMPARE(again.at(2).code, QStringLiteral("D3"));
    }

    void equalIncidenceAndNoDataRankByName()
    {
        // North down to South's 42 per 100,000: 7 × 6 over 100,000 is 42 as well.
        run(QStringLiteral("UPDATE epidemic_daily SET cases = 3 WHERE region_id IN (5, 6) AND day > '2026-03-07'"));
        run(QStringLiteral("INSERT INTO region (id, level, code, name, parent_id, population, geometry, centroid_lat,"
                           " centroid_lon, min_lat, min_lon, max_lat, max_lon)"
                           " VALUES (9, 'district', 'D4', 'Empty', 1, 0, '{}', 0, 0, 0, 0, 0, 0)"));
        const QList<DistrictFigures> rows = atalaya::computeDistrictFigures(m_db, m_now);
        QStringList names;
        for (const DistrictFigures &row : rows)
            names.append(row.name);
        QCOMPARE(names, (QStringList{QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("Empty"),
                                     QStringLiteral("Quiet")}));
        QCOMPARE(rows.at(0).incidence7DaysPer100k.value(), 42.0);
        QCOMPARE(rows.at(1).incidence7DaysPer100k.value(), 42.0);
    }

    void oneCommonDayEvenWhenADistrictLags()
    {
        // South's last week is not in yet: its window still ends on the city's day, so it shows
        // what it has (none of the last 7 days reported → no figure) rather than an older week.
        run(QStringLiteral("DELETE FROM epidemic_daily WHERE region_id = 7 AND day > '2026-03-07'"));
        QDate asOf;
        const QList<DistrictFigures> rows = atalaya::computeDistrictFigures(m_db, m_now, &asOf);
        QCOMPARE(asOf, QDate(2026, 3, 14));
        const DistrictFigures *south = find(rows, QStringLiteral("D2"));
        QVERIFY(south);
        QVERIFY(!south->casesLast7Days);
        QCOMPARE(south->casesPrevious7Days.value(), 7 * 6);
        QVERIFY(!south->incidence7DaysPer100k);
        QVERIFY(!south->trendPercent);
        // Without an incidence South joins Quiet at the end, the two ordered by name.
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).code, QStringLiteral("D1"));
        QCOMPARE(rows.at(1).name, QStringLiteral("Quiet"));
        QCOMPARE(rows.at(2).name, QStringLiteral("South"));
    }

    void previousWeekOfZeroHasNoTrend()
    {
        run(QStringLiteral("UPDATE epidemic_daily SET cases = 0 WHERE region_id = 7 AND day <= '2026-03-07'"));
        const QList<DistrictFigures> rows = atalaya::computeDistrictFigures(m_db, m_now);
        const DistrictFigures *south = find(rows, QStringLiteral("D2"));
        QVERIFY(south);
        QCOMPARE(south->casesPrevious7Days.value(), 0);
        QVERIFY(!south->trendPercent);
    }

    void cursorInThePastEndsOnItsDay()
    {
        // 10 March 12:00: the windows are 4–10 March and 25 Feb–3 March (only 1–3 March stored).
        QDate asOf;
        const QList<DistrictFigures> rows =
            atalaya::computeDistrictFigures(m_db, m_now.addDays(-5), &asOf);
        QCOMPARE(asOf, QDate(2026, 3, 10));
        const DistrictFigures *north = find(rows, QStringLiteral("D1"));
        QVERIFY(north);
        // 4–7 March at the earlier rate (4 days × 7), 8–10 March at the recent one (3 days × 14).
        QCOMPARE(north->casesLast7Days.value(), 4 * 7 + 3 * 14);
        QCOMPARE(north->casesPrevious7Days.value(), 3 * 7);
    }

    void noReportsListsDistrictsWithoutFigures()
    {
        QDate asOf = QDate(2000, 1, 1);
        const QList<DistrictFigures> rows =
            atalaya::computeDistrictFigures(m_db, QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC), &asOf);
        QVERIFY(!asOf.isValid());
        QCOMPARE(rows.size(), 3);
        for (const DistrictFigures &row : rows) {
            QVERIFY(!row.casesLast7Days);
            QVERIFY(!row.incidence7DaysPer100k);
        }
        QCOMPARE(rows.at(0).name, QStringLiteral("North")); // by name: North, Quiet, South
        QCOMPARE(rows.at(1).name, QStringLiteral("Quiet"));

        Database empty;
        QVERIFY(empty.openInMemory().ok());
        QVERIFY(atalaya::computeDistrictFigures(empty, m_now).isEmpty());
    }

    void demoCityDistrictsAddUpToTheCity()
    {
        Database db;
        QVERIFY(db.openInMemory().ok());
        const QDateTime anchor = QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);
        QString error;
        QVERIFY2(atalaya::DemoCity::generate(db, {3, anchor}, {}, &error), qPrintable(error));

        QDate asOf;
        const QList<DistrictFigures> rows = atalaya::computeDistrictFigures(db, anchor, &asOf);
        QVERIFY(asOf.isValid());
        QVERIFY(asOf <= anchor.date());
        QVERIFY(!rows.isEmpty());

        QSqlQuery districts = db.prepare(QStringLiteral("SELECT COUNT(*) FROM region WHERE level = 'district'"));
        QVERIFY(Database::exec(districts) && districts.next());
        QCOMPARE(rows.size(), districts.value(0).toLongLong());

        qint64 sum = 0;
        for (const DistrictFigures &row : rows) {
            QVERIFY2(row.population > 0, qPrintable(row.name));
            sum += row.casesLast7Days.value_or(0);
        }
        QSqlQuery city = db.prepare(QStringLiteral(
            "SELECT SUM(e.cases) FROM epidemic_daily e JOIN region r ON r.id = e.region_id"
            " WHERE r.level = 'neighbourhood' AND e.day BETWEEN ? AND ?"));
        city.addBindValue(asOf.addDays(-6).toString(Qt::ISODate));
        city.addBindValue(asOf.toString(Qt::ISODate));
        QVERIFY(Database::exec(city) && city.next());
        QVERIFY(city.value(0).toLongLong() > 0);
        QCOMPARE(sum, city.value(0).toLongLong());

        for (qsizetype i = 1; i < rows.size(); ++i) {
            const auto &previous = rows.at(i - 1).incidence7DaysPer100k;
            const auto &current = rows.at(i).incidence7DaysPer100k;
            QVERIFY(previous || !current); // no-data rows only at the end
            if (previous && current)
                QVERIFY(*previous >= *current);
        }
    }
};

QTEST_GUILESS_MAIN(TestDistrictFigures)
#include "tst_districtfigures.moc"
