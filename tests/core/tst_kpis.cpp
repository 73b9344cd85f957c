#include "analytics/kpis.h"
#include "store/database.h"

#include <QTest>
#include <QTimeZone>

using atalaya::Database;
using atalaya::Kpi;

/** The key figures every briefing surface shows, from a small hand-made store: values, the
 *  reference each trend compares with, "as of", replay of the past and "no data". */
class TestKpis : public QObject
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

    static Kpi find(const QList<Kpi> &kpis, const QString &key)
    {
        for (const Kpi &kpi : kpis) {
            if (kpi.key == key)
                return kpi;
        }
        return {};
    }

private slots:
    void init()
    {
        QVERIFY(m_db.openInMemory().ok());
        const QString square = QStringLiteral(
            "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}");
        const QString region = QStringLiteral(
            "INSERT INTO region (id, level, code, name, parent_id, population, geometry, centroid_lat,"
            " centroid_lon, min_lat, min_lon, max_lat, max_lon) VALUES (?, ?, ?, ?, ?, ?, ?, 0.5, 0.5, 0, 0, 1, 1)");
        run(region, {1, QStringLiteral("city"), QStringLiteral("C"), QStringLiteral("City"), QVariant(), 100000, square});
        run(region, {2, QStringLiteral("district"), QStringLiteral("D1"), QStringLiteral("North"), 1, 100000, square});
        run(region, {3, QStringLiteral("neighbourhood"), QStringLiteral("N1"), QStringLiteral("Port"), 2, 100000, square});
        // 14 reported days ending yesterday: 10 cases a day this week, 5 the week before.
        for (int back = 0; back < 14; ++back) {
            const QString day = m_now.date().addDays(-1 - back).toString(Qt::ISODate);
            run(QStringLiteral("INSERT INTO epidemic_daily (region_id, day, cases, tests, source) VALUES (3, ?, ?, 200, 'test')"),
                {day, back < 7 ? 10 : 5});
        }

        run(QStringLiteral("INSERT INTO hospital (id, name, lat, lon, report_cadence_s) VALUES (1, 'General', 0.5, 0.5, 86400)"));
        const QString report = QStringLiteral(
            "INSERT INTO bed_report (hospital_id, reported_at, general_total, general_free, icu_total, icu_free, source)"
            " VALUES (1, ?, 200, ?, 20, ?, 'test')");
        run(report, {secs(m_now.addSecs(-26 * 3600)), 50, 8});
        run(report, {secs(m_now.addSecs(-2 * 3600)), 40, 4});

        run(QStringLiteral("INSERT INTO site (id, code, name, kind, lat, lon, capacity, amber_threshold, red_threshold)"
                           " VALUES (1, 'b', 'Beach', 'beach', 0, 0, 100, 0.4, 0.6), (2, 's', 'Square', 'square', 0, 0, 100, 0.4, 0.6)"));
        run(QStringLiteral("INSERT INTO sensor (id, provider, component, code, type, site_id) VALUES"
                           " (1, 'p', 'b', 's1', 'people_count', 1), (2, 'p', 's', 's2', 'people_count', 2)"));
        const QString obs = QStringLiteral("INSERT INTO observation (sensor_id, observed_at, value) VALUES (?, ?, ?)");
        run(obs, {1, secs(m_now.addSecs(-600)), 70.0}); // red now
        run(obs, {2, secs(m_now.addSecs(-600)), 10.0}); // green now
        run(obs, {1, secs(m_now.addDays(-7).addSecs(-600)), 70.0}); // both red a week before
        run(obs, {2, secs(m_now.addDays(-7).addSecs(-600)), 90.0});

        run(QStringLiteral("INSERT INTO service_point (id, category, name, lat, lon, status, updated_by, updated_at) VALUES"
                           " (1, 'pharmacies', 'P1', 0, 0, 'closed', 'ana', ?),"
                           " (2, 'supermarkets', 'S1', 0, 0, 'open', 'ana', 0),"
                           " (3, 'benches', 'B1', 0, 0, 'closed', 'ana', 0)"),
            {secs(m_now.addSecs(-3600))});
        // P1 was open until an hour ago.
        run(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, field, old_value, new_value)"
                           " VALUES (?, 'ana', 'service_point', 1, 'status', 'open', 'closed')"),
            {secs(m_now.addSecs(-3600))});

        const QString alert = QStringLiteral(
            "INSERT INTO alert (rule, severity, message, raised_at, resolved_at) VALUES (?, ?, 'm', ?, ?)");
        run(alert, {QStringLiteral("a"), QStringLiteral("critical"), secs(m_now.addSecs(-1800)), QVariant()});
        run(alert, {QStringLiteral("b"), QStringLiteral("warning"), secs(m_now.addDays(-2)), QVariant()});
        run(alert, {QStringLiteral("c"), QStringLiteral("warning"), secs(m_now.addDays(-2)), secs(m_now.addSecs(-60))});
    }

    void cleanup() { m_db.close(); }

    void epidemicFiguresAreTheCityHeadline()
    {
        const QList<Kpi> kpis = atalaya::computeKpis(m_db, m_now);
        const Kpi cases = find(kpis, QStringLiteral("cases7d"));
        QCOMPARE(cases.value, 70.0);
        QCOMPARE(cases.reference, 35.0);
        QCOMPARE(cases.trendPercent, 100.0);
        QCOMPARE(cases.asOf, QDateTime(m_now.date().addDays(-1), QTime(0, 0), QTimeZone::UTC));
        const Kpi incidence = find(kpis, QStringLiteral("incidence14"));
        QCOMPARE(incidence.value, 105.0); // 105 cases per 100,000 residents over 14 days
        const Kpi positivity = find(kpis, QStringLiteral("positivity7"));
        QCOMPARE(positivity.value, 5.0); // 70 cases / 1400 tests
        // Vaccination was never reported: no figure, not zero.
        QVERIFY(!find(kpis, QStringLiteral("coverageDose2")).value);
        QVERIFY(!find(kpis, QStringLiteral("coverageDose2")).key.isEmpty());
    }

    void bedsCompareWithTheDayBefore()
    {
        const QList<Kpi> kpis = atalaya::computeKpis(m_db, m_now);
        const Kpi icu = find(kpis, QStringLiteral("icuFree"));
        QCOMPARE(icu.value, 4.0);
        QCOMPARE(icu.reference, 8.0);
        QCOMPARE(icu.trendPercent, -50.0);
        QVERIFY(!icu.increaseIsBad);
        QCOMPARE(icu.asOf, m_now.addSecs(-2 * 3600));
        QCOMPARE(find(kpis, QStringLiteral("generalFree")).value, 40.0);
        QCOMPARE(find(kpis, QStringLiteral("generalFree")).reference, 50.0);
    }

    void crowdedSitesCompareWithAWeekBefore()
    {
        const Kpi sites = find(atalaya::computeKpis(m_db, m_now), QStringLiteral("sitesAtRed"));
        QCOMPARE(sites.value, 1.0);
        QCOMPARE(sites.reference, 2.0);
        QCOMPARE(sites.asOf, m_now.addSecs(-600));
    }

    void servicesReplayTheirStatus()
    {
        // Now: the pharmacy is closed (benches are not essential services).
        const Kpi now = find(atalaya::computeKpis(m_db, m_now), QStringLiteral("servicesDown"));
        QCOMPARE(now.value, 1.0);
        QCOMPARE(now.reference, 0.0); // a day before it was open
        QVERIFY(now.detail.contains(QLatin1String("1 closed")));
        // Two hours ago it was still open.
        const Kpi before = find(atalaya::computeKpis(m_db, m_now.addSecs(-7200)), QStringLiteral("servicesDown"));
        QCOMPARE(before.value, 0.0);
    }

    void openAlertsAsTheyStoodThen()
    {
        const Kpi now = find(atalaya::computeKpis(m_db, m_now), QStringLiteral("alertsOpen"));
        QCOMPARE(now.value, 2.0);
        QCOMPARE(now.reference, 2.0); // a day before: b and c open, a not yet raised
        QVERIFY(now.detail.contains(QLatin1String("1 critical")));
        const Kpi hourAgo = find(atalaya::computeKpis(m_db, m_now.addSecs(-3600)), QStringLiteral("alertsOpen"));
        QCOMPARE(hourAgo.value, 2.0); // b and c (c not resolved yet, a not raised yet)
    }

    void emptyStoreHasNoFiguresButEveryCard()
    {
        Database empty;
        QVERIFY(empty.openInMemory().ok());
        const QList<Kpi> kpis = atalaya::computeKpis(empty, m_now);
        QCOMPARE(kpis.size(), 9);
        for (const Kpi &kpi : kpis) {
            if (kpi.key == QLatin1String("alertsOpen"))
                QCOMPARE(kpi.value, 0.0); // no alert is a fact, not a missing figure
            else
                QVERIFY2(!kpi.value, qPrintable(kpi.key));
            QVERIFY(!kpi.title.isEmpty());
        }
        QVERIFY(atalaya::kpiValues(kpis).contains(QLatin1String("alertsOpen")));
        QVERIFY(!atalaya::kpiValues(kpis).contains(QLatin1String("cases7d")));
    }
};

QTEST_GUILESS_MAIN(TestKpis)
#include "tst_kpis.moc"
