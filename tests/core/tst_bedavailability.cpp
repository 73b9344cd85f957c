#include "analytics/bedavailability.h"
#include "analytics/headlinefigures.h"
#include "analytics/kpis.h"
#include "demo/democity.h"
#include "store/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace atalaya;

Q_DECLARE_METATYPE(atalaya::AvailabilityLevel)
Q_DECLARE_METATYPE(std::optional<atalaya::AvailabilityLevel>)

namespace atalaya {
// Levels print by key so a failing QCOMPARE says "low" vs "medium", not two integers.
char *toString(const AvailabilityLevel &level)
{
    return qstrdup(qPrintable(levelKey(level)));
}
} // namespace atalaya

/** Hospital availability: threshold classification, reported levels, staleness, totals, series,
 *  the travel-time model and nearest-with-capacity, on hand-made stores and on the demo city. */
class TestBedAvailability : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);
    static constexpr qint64 kDay = 86400;

    void run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(Database::exec(query), qPrintable(sql));
    }

    void addHospital(qint64 id, const QString &name, const QVariant &regionId = 3, double lat = 39.0,
                     double lon = -9.36, qint64 cadence = kDay)
    {
        run(QStringLiteral("INSERT INTO hospital (id, name, institution, region_id, lat, lon, report_cadence_s)"
                           " VALUES (?, ?, 'Test', ?, ?, ?, ?)"),
            {id, name, regionId, lat, lon, cadence});
    }

    // Counts as QVariant so a test can leave any of them NULL (not reported).
    void addReport(qint64 hospitalId, qint64 at, const QVariant &generalTotal, const QVariant &generalFree,
                   const QVariant &icuTotal = {}, const QVariant &icuFree = {}, const QVariant &level = {})
    {
        run(QStringLiteral("INSERT INTO bed_report (hospital_id, reported_at, general_total, general_free,"
                           " icu_total, icu_free, reported_level, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'test')"),
            {hospitalId, at, generalTotal, generalFree, icuTotal, icuFree, level});
    }

    qint64 secs(const QDateTime &moment) const { return moment.toSecsSinceEpoch(); }

    static const HospitalStatus *find(const QList<HospitalStatus> &statuses, qint64 id)
    {
        for (const HospitalStatus &s : statuses) {
            if (s.hospitalId == id)
                return &s;
        }
        return nullptr;
    }

    static HospitalStatus status(qint64 id, const QString &name, double lat, double lon,
                                 std::optional<int> generalFree, std::optional<int> icuFree,
                                 bool stale = false, bool hasReport = true)
    {
        HospitalStatus s;
        s.hospitalId = id;
        s.name = name;
        s.location = {lat, lon};
        s.hasReport = hasReport;
        s.stale = stale;
        s.generalFree = generalFree;
        s.generalTotal = generalFree ? std::optional<int>(100) : std::nullopt;
        s.icuFree = icuFree;
        s.icuTotal = icuFree ? std::optional<int>(10) : std::nullopt;
        return s;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // City 1 > district 2 "Norte" > neighbourhood 3 "Puerto"; district 4 "Sur" alone.
    void init()
    {
        QVERIFY(m_db.openInMemory().ok());
        const QString square = QStringLiteral(
            "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}");
        const QString region = QStringLiteral(
            "INSERT INTO region (id, level, code, name, parent_id, geometry, centroid_lat, centroid_lon,"
            " min_lat, min_lon, max_lat, max_lon) VALUES (?, ?, ?, ?, ?, ?, 0.5, 0.5, 0, 0, 1, 1)");
        run(region, {1, QStringLiteral("city"), QStringLiteral("C"), QStringLiteral("Ciudad"), QVariant(), square});
        run(region, {2, QStringLiteral("district"), QStringLiteral("D1"), QStringLiteral("Norte"), 1, square});
        run(region, {3, QStringLiteral("neighbourhood"), QStringLiteral("N1"), QStringLiteral("Puerto"), 2, square});
        run(region, {4, QStringLiteral("district"), QStringLiteral("D2"), QStringLiteral("Sur"), 1, square});
    }

    void cleanup() { m_db.close(); }

    void thresholdsValidity_data()
    {
        QTest::addColumn<double>("mediumFrom");
        QTest::addColumn<double>("lowAbove");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << 0.25 << 0.80 << true;
        QTest::newRow("custom") << 0.5 << 0.9 << true;
        QTest::newRow("zero medium") << 0.0 << 0.8 << false;
        QTest::newRow("low at one") << 0.25 << 1.0 << false;
        QTest::newRow("equal") << 0.5 << 0.5 << false;
        QTest::newRow("inverted") << 0.9 << 0.5 << false;
        QTest::newRow("negative") << -0.1 << 0.5 << false;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << 0.8 << false;
    }
    void thresholdsValidity()
    {
        QFETCH(double, mediumFrom);
        QFETCH(double, lowAbove);
        QFETCH(bool, valid);
        QCOMPARE((AvailabilityThresholds{mediumFrom, lowAbove}.isValid()), valid);
    }

    void classifyOccupancy_data()
    {
        QTest::addColumn<double>("occupancy");
        QTest::addColumn<double>("mediumFrom");
        QTest::addColumn<double>("lowAbove");
        QTest::addColumn<AvailabilityLevel>("expected");
        using L = AvailabilityLevel;
        QTest::newRow("0 %") << 0.0 << 0.25 << 0.80 << L::High;
        QTest::newRow("24.9 %") << 0.249 << 0.25 << 0.80 << L::High;
        QTest::newRow("25 %") << 0.25 << 0.25 << 0.80 << L::Medium;
        QTest::newRow("25.1 %") << 0.251 << 0.25 << 0.80 << L::Medium;
        QTest::newRow("50 %") << 0.5 << 0.25 << 0.80 << L::Medium;
        QTest::newRow("79.9 %") << 0.799 << 0.25 << 0.80 << L::Medium;
        QTest::newRow("80 %") << 0.80 << 0.25 << 0.80 << L::Medium;
        QTest::newRow("80.1 %") << 0.801 << 0.25 << 0.80 << L::Low;
        QTest::newRow("100 %") << 1.0 << 0.25 << 0.80 << L::Low;
        QTest::newRow("custom 49.9 %") << 0.499 << 0.5 << 0.9 << L::High;
        QTest::newRow("custom 50 %") << 0.5 << 0.5 << 0.9 << L::Medium;
        QTest::newRow("custom 80.1 %") << 0.801 << 0.5 << 0.9 << L::Medium;
        QTest::newRow("custom 90 %") << 0.9 << 0.5 << 0.9 << L::Medium;
        QTest::newRow("custom 90.1 %") << 0.901 << 0.5 << 0.9 << L::Low;
        // Invalid cut-offs fall back to the default 25 % / 80 %.
        QTest::newRow("invalid inverted 24.9 %") << 0.249 << 0.9 << 0.5 << L::High;
        QTest::newRow("invalid inverted 60 %") << 0.6 << 0.9 << 0.5 << L::Medium;
        QTest::newRow("invalid zero 80.1 %") << 0.801 << 0.0 << 0.8 << L::Low;
        QTest::newRow("invalid one 95 %") << 0.95 << 0.25 << 1.0 << L::Low;
        QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << 0.25 << 0.80 << L::NoData;
    }
    void classifyOccupancy()
    {
        QFETCH(double, occupancy);
        QFETCH(double, mediumFrom);
        QFETCH(double, lowAbove);
        QFETCH(AvailabilityLevel, expected);
        QCOMPARE(atalaya::classifyOccupancy(occupancy, {mediumFrom, lowAbove}), expected);
    }

    void levelFromCounts_data()
    {
        QTest::addColumn<QVariant>("total");
        QTest::addColumn<QVariant>("free");
        QTest::addColumn<double>("occupancy"); // negative: none expected
        QTest::addColumn<AvailabilityLevel>("expected");
        using L = AvailabilityLevel;
        QTest::newRow("24.9 %") << QVariant(1000) << QVariant(751) << 0.249 << L::High;
        QTest::newRow("25 %") << QVariant(100) << QVariant(75) << 0.25 << L::Medium;
        QTest::newRow("80 %") << QVariant(100) << QVariant(20) << 0.80 << L::Medium;
        QTest::newRow("80.1 %") << QVariant(1000) << QVariant(199) << 0.801 << L::Low;
        QTest::newRow("0 % (all free)") << QVariant(40) << QVariant(40) << 0.0 << L::High;
        QTest::newRow("100 % (none free)") << QVariant(40) << QVariant(0) << 1.0 << L::Low;
        QTest::newRow("no beds") << QVariant(0) << QVariant(0) << -1.0 << L::NoData;
        QTest::newRow("total missing") << QVariant() << QVariant(5) << -1.0 << L::NoData;
        QTest::newRow("free missing") << QVariant(50) << QVariant() << -1.0 << L::NoData;
        QTest::newRow("more free than beds") << QVariant(10) << QVariant(12) << -1.0 << L::NoData;
    }
    void levelFromCounts()
    {
        QFETCH(QVariant, total);
        QFETCH(QVariant, free);
        QFETCH(double, occupancy);
        QFETCH(AvailabilityLevel, expected);
        addHospital(1, QStringLiteral("Uno"));
        addReport(1, secs(m_now) - 3600, total, free, total, free);
        const auto statuses = hospitalStatusesAt(m_db, m_now);
        QCOMPARE(statuses.size(), 1);
        const HospitalStatus &s = statuses.first();
        QVERIFY(s.hasReport);
        QVERIFY(!s.levelOnly);
        QCOMPARE(s.generalLevel, expected);
        QCOMPARE(s.icuLevel, expected);
        QCOMPARE(s.level(BedType::Icu), expected);
        if (occupancy < 0) {
            QVERIFY(!s.generalOccupancy);
            QVERIFY(!s.icuOccupancy);
        } else {
            QVERIFY(qFuzzyCompare(1.0 + s.generalOccupancy.value(), 1.0 + occupancy));
        }
        // Counts are kept as reported, even when they make no sense together.
        QCOMPARE(s.generalTotal.has_value(), !total.isNull());
        QCOMPARE(s.generalFree.has_value(), !free.isNull());
        if (!free.isNull())
            QCOMPARE(*s.freeBeds(BedType::General), free.toInt());
    }

    void customThresholdsApplyToCounts()
    {
        addHospital(1, QStringLiteral("Uno"));
        addReport(1, secs(m_now) - 3600, 100, 40); // 60 % occupied
        QCOMPARE(hospitalStatusesAt(m_db, m_now).first().generalLevel, AvailabilityLevel::Medium);
        QCOMPARE(hospitalStatusesAt(m_db, m_now, {0.7, 0.9}).first().generalLevel, AvailabilityLevel::High);
        QCOMPARE(hospitalStatusesAt(m_db, m_now, {0.3, 0.5}).first().generalLevel, AvailabilityLevel::Low);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("thresholds .* invalid")));
        QCOMPARE(hospitalStatusesAt(m_db, m_now, {0.9, 0.3}).first().generalLevel, AvailabilityLevel::Medium);
    }

    void parseReportedLevel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<AvailabilityLevel>>("expected");
        using L = AvailabilityLevel;
        const auto row = [](const char *name, const QString &text, std::optional<L> level) {
            QTest::newRow(name) << text << level;
        };
        // Spanish
        row("Buena", QStringLiteral("Buena"), L::High);
        row("Bueno", QStringLiteral("Bueno"), L::High);
        row("Alta disponibilidad", QStringLiteral("Alta disponibilidad"), L::High);
        row("Alta", QStringLiteral("Alta"), L::High);
        row("Disponible", QStringLiteral("Disponible"), L::High);
        row("Media", QStringLiteral("Media"), L::Medium);
        row("Moderada", QStringLiteral("Moderada"), L::Medium);
        row("Regular", QStringLiteral("Regular"), L::Medium);
        row("Crítica", QStringLiteral("Crítica"), L::Low);
        row("Critico", QStringLiteral("Critico"), L::Low);
        row("Crítico", QStringLiteral("Crítico"), L::Low);
        row("Baja", QStringLiteral("Baja"), L::Low);
        row("Saturado", QStringLiteral("Saturado"), L::Low);
        row("Sin disponibilidad", QStringLiteral("Sin disponibilidad"), L::Low);
        row("Lleno", QStringLiteral("Lleno"), L::Low);
        // Portuguese
        row("Boa", QStringLiteral("Boa"), L::High);
        row("Média", QStringLiteral("Média"), L::Medium);
        row("Crítica (pt)", QStringLiteral("Crítica"), L::Low);
        row("Cheio", QStringLiteral("Cheio"), L::Low);
        // English and our own keys
        row("Good", QStringLiteral("Good"), L::High);
        row("Medium", QStringLiteral("Medium"), L::Medium);
        row("Critical", QStringLiteral("Critical"), L::Low);
        row("Full", QStringLiteral("Full"), L::Low);
        row("key high", levelKey(L::High), L::High);
        row("key medium", levelKey(L::Medium), L::Medium);
        row("key low", levelKey(L::Low), L::Low);
        row("key nodata", levelKey(L::NoData), L::NoData);
        // Case, accents and spacing
        row("CRÍTICA", QStringLiteral("CRÍTICA"), L::Low);
        row("critica", QStringLiteral("critica"), L::Low);
        row("CRITICA", QStringLiteral("CRITICA"), L::Low);
        row("buena padded", QStringLiteral("  buena \t"), L::High);
        row("MEDIA", QStringLiteral("MEDIA"), L::Medium);
        row("média lower", QStringLiteral("média"), L::Medium);
        row("alta  disponibilidad (two spaces)", QStringLiteral("ALTA  DISPONIBILIDAD"), L::High);
        row("sin DISPONIBILIDAD", QStringLiteral("sin DISPONIBILIDAD"), L::Low);
        row("decomposed accent", QStringLiteral("Cri\u0301tica"), L::Low);
        // No-data markers
        row("empty", QString(), L::NoData);
        row("blank", QStringLiteral("   "), L::NoData);
        row("Sin dato", QStringLiteral("Sin dato"), L::NoData);
        row("Sin datos", QStringLiteral("Sin datos"), L::NoData);
        row("SIN DATOS", QStringLiteral("SIN DATOS"), L::NoData);
        row("N/D", QStringLiteral("N/D"), L::NoData);
        row("ND", QStringLiteral("ND"), L::NoData);
        row("NA", QStringLiteral("NA"), L::NoData);
        row("dash", QStringLiteral("-"), L::NoData);
        row("Sem dados", QStringLiteral("Sem dados"), L::NoData);
        row("#¡DIV/0!", QStringLiteral("#¡DIV/0!"), L::NoData);
        row("#¡div/0!", QStringLiteral("#¡div/0!"), L::NoData);
        row("#DIV/0!", QStringLiteral("#DIV/0!"), L::NoData);
        row("#N/A", QStringLiteral("#N/A"), L::NoData);
        row("#VALUE!", QStringLiteral("#VALUE!"), L::NoData);
        row("#¡VALOR!", QStringLiteral("#¡VALOR!"), L::NoData);
        row("#REF!", QStringLiteral("#REF!"), L::NoData);
        // Not a level at all
        row("number", QStringLiteral("42"), std::nullopt);
        row("word", QStringLiteral("hospital"), std::nullopt);
        row("typo", QStringLiteral("Bunea"), std::nullopt);
        row("alto (ambiguous)", QStringLiteral("Alto"), std::nullopt);
        row("level with extra text", QStringLiteral("Buena!"), std::nullopt);
        row("coordinates", QStringLiteral("19.43,-99.13"), std::nullopt);
    }
    void parseReportedLevel()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<AvailabilityLevel>, expected);
        const std::optional<AvailabilityLevel> parsed = atalaya::parseReportedLevel(text);
        QCOMPARE(parsed.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*parsed, *expected);
    }

    void levelKeys()
    {
        QCOMPARE(levelKey(AvailabilityLevel::High), QStringLiteral("high"));
        QCOMPARE(levelKey(AvailabilityLevel::Medium), QStringLiteral("medium"));
        QCOMPARE(levelKey(AvailabilityLevel::Low), QStringLiteral("low"));
        QCOMPARE(levelKey(AvailabilityLevel::NoData), QStringLiteral("nodata"));
    }

    void countsWinOverReportedLevel()
    {
        addHospital(1, QStringLiteral("Uno"));
        addHospital(2, QStringLiteral("Dos"));
        // 10 % occupied, but the source also wrote "low": the counts decide.
        addReport(1, secs(m_now) - 3600, 100, 90, 10, 9, QStringLiteral("low"));
        // General counts only: ICU has no occupancy, so the reported level fills in there alone.
        addReport(2, secs(m_now) - 3600, 100, 90, QVariant(), QVariant(), QStringLiteral("medium"));
        const auto statuses = hospitalStatusesAt(m_db, m_now);
        const HospitalStatus *uno = find(statuses, 1);
        QVERIFY(uno);
        QCOMPARE(uno->generalLevel, AvailabilityLevel::High);
        QCOMPARE(uno->icuLevel, AvailabilityLevel::High);
        QVERIFY(!uno->levelOnly);
        const HospitalStatus *dos = find(statuses, 2);
        QVERIFY(dos);
        QCOMPARE(dos->generalLevel, AvailabilityLevel::High);
        QCOMPARE(dos->icuLevel, AvailabilityLevel::Medium);
        QVERIFY(!dos->icuOccupancy);
        QVERIFY(!dos->levelOnly);
    }

    void levelOnlyReports_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<AvailabilityLevel>("expected");
        QTest::newRow("high") << QStringLiteral("high") << AvailabilityLevel::High;
        QTest::newRow("medium") << QStringLiteral("medium") << AvailabilityLevel::Medium;
        QTest::newRow("low") << QStringLiteral("low") << AvailabilityLevel::Low;
        QTest::newRow("nodata") << QStringLiteral("nodata") << AvailabilityLevel::NoData;
        QTest::newRow("source word") << QStringLiteral("Crítica") << AvailabilityLevel::Low;
    }
    void levelOnlyReports()
    {
        QFETCH(QString, stored);
        QFETCH(AvailabilityLevel, expected);
        addHospital(1, QStringLiteral("Uno"));
        addReport(1, secs(m_now) - 3600, QVariant(), QVariant(), QVariant(), QVariant(), stored);
        const HospitalStatus s = hospitalStatusesAt(m_db, m_now).first();
        QVERIFY(s.hasReport);
        QVERIFY(s.levelOnly);
        QCOMPARE(s.generalLevel, expected);
        QCOMPARE(s.icuLevel, expected);
        QVERIFY(!s.generalFree && !s.generalTotal && !s.icuFree && !s.icuTotal); // never invented
        QVERIFY(!s.generalOccupancy && !s.icuOccupancy);
    }

    void unknownStoredLevelIsNoData()
    {
        addHospital(1, QStringLiteral("Uno"));
        addReport(1, secs(m_now) - 3600, QVariant(), QVariant(), QVariant(), QVariant(), QStringLiteral("purple"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown reported level")));
        const HospitalStatus s = hospitalStatusesAt(m_db, m_now).first();
        QCOMPARE(s.generalLevel, AvailabilityLevel::NoData);
        QVERIFY(s.levelOnly);
    }

    void staleness_data()
    {
        QTest::addColumn<qint64>("cadence");
        QTest::addColumn<qint64>("age");
        QTest::addColumn<bool>("stale");
        const qint64 grace = kHospitalReportGraceSeconds;
        QTest::newRow("fresh") << kDay << qint64(60) << false;
        QTest::newRow("at the cursor") << kDay << qint64(0) << false;
        QTest::newRow("exactly cadence + grace") << kDay << kDay + grace << false;
        QTest::newRow("one second past") << kDay << kDay + grace + 1 << true;
        QTest::newRow("three days") << kDay << 3 * kDay << true;
        QTest::newRow("hourly, exactly at limit") << qint64(3600) << 3600 + grace << false;
        QTest::newRow("hourly, one second past") << qint64(3600) << 3600 + grace + 1 << true;
        QTest::newRow("weekly, six days") << 7 * kDay << 6 * kDay << false;
        QTest::newRow("cadence 0 falls back to a day") << qint64(0) << kDay << false;
    }
    void staleness()
    {
        QFETCH(qint64, cadence);
        QFETCH(qint64, age);
        QFETCH(bool, stale);
        addHospital(1, QStringLiteral("Uno"), 3, 39.0, -9.36, cadence);
        addReport(1, secs(m_now) - age, 100, 50, 10, 5);
        addReport(1, secs(m_now) + 60, 100, 1, 10, 1); // after the cursor: not known yet
        const HospitalStatus s = hospitalStatusesAt(m_db, m_now).first();
        QVERIFY(s.hasReport);
        QCOMPARE(s.ageSeconds, age);
        QCOMPARE(s.reportedAt, m_now.addSecs(-age));
        QCOMPARE(s.stale, stale);
        QCOMPARE(s.generalFree.value(), 50);
        const BedTotals totals = cityBedTotals({s}, BedType::General);
        QCOMPARE(totals.hospitalsStale, stale ? 1 : 0);
        QCOMPARE(totals.hospitalsCounted, stale ? 0 : 1);
        QCOMPARE(totals.free.has_value(), !stale);
    }

    void hospitalsWithoutReportsDistrictsAndOrder()
    {
        addHospital(1, QStringLiteral("Zeta"), 3);        // in a neighbourhood of Norte
        addHospital(2, QStringLiteral("Alfa"), 4);        // directly in the district Sur
        addHospital(3, QStringLiteral("Medio"), QVariant()); // no region at all
        addReport(1, secs(m_now) - 3600, 100, 50);
        addReport(2, secs(m_now) + 3600, 100, 50); // only after the cursor
        const auto statuses = hospitalStatusesAt(m_db, m_now);
        QCOMPARE(statuses.size(), 3);
        QCOMPARE(statuses[0].name, QStringLiteral("Alfa"));
        QCOMPARE(statuses[1].name, QStringLiteral("Medio"));
        QCOMPARE(statuses[2].name, QStringLiteral("Zeta"));
        QCOMPARE(statuses[0].district, QStringLiteral("Sur"));
        QVERIFY(statuses[1].district.isEmpty());
        QCOMPARE(statuses[2].district, QStringLiteral("Norte"));
        QCOMPARE(statuses[2].institution, QStringLiteral("Test"));
        QCOMPARE(statuses[2].location, (GeoPoint{39.0, -9.36}));

        for (const int i : {0, 1}) {
            const HospitalStatus &s = statuses[i];
            QVERIFY(!s.hasReport);
            QVERIFY(!s.stale); // nothing old to judge: "no report" is its own state
            QVERIFY(!s.reportedAt.isValid());
            QCOMPARE(s.generalLevel, AvailabilityLevel::NoData);
            QCOMPARE(s.icuLevel, AvailabilityLevel::NoData);
            QVERIFY(!s.generalFree && !s.generalOccupancy);
        }
        QVERIFY(hospitalStatusesAt(m_db, m_now.addSecs(7200))[0].hasReport);
    }

    void totalsExcludeStaleAndLevelOnly()
    {
        addHospital(1, QStringLiteral("Current A"));
        addHospital(2, QStringLiteral("Current B"));
        addHospital(3, QStringLiteral("Stale"));
        addHospital(4, QStringLiteral("Level only"));
        addHospital(5, QStringLiteral("Silent"));
        addHospital(6, QStringLiteral("General only"));
        const qint64 now = secs(m_now);
        addReport(1, now - 4 * 3600, 200, 50, 20, 4);
        addReport(2, now - 2 * 3600, 100, 10, 10, 1);
        addReport(3, now - 3 * kDay, 300, 300, 30, 30);
        addReport(4, now - 3600, QVariant(), QVariant(), QVariant(), QVariant(), QStringLiteral("low"));
        addReport(6, now - 60, 50, 5);
        const auto statuses = hospitalStatusesAt(m_db, m_now);
        QCOMPARE(statuses.size(), 6);

        const BedTotals general = cityBedTotals(statuses, BedType::General);
        QCOMPARE(general.free.value(), 50 + 10 + 5);
        QCOMPARE(general.total.value(), 200 + 100 + 50);
        QCOMPARE(general.hospitalsCounted, 3);
        QCOMPARE(general.hospitalsStale, 1);
        QCOMPARE(general.hospitalsLevelOnly, 1);
        QCOMPARE(general.hospitalsWithoutReport, 1);
        QCOMPARE(general.newestReport, m_now.addSecs(-60));

        const BedTotals icu = cityBedTotals(statuses, BedType::Icu);
        QCOMPARE(icu.free.value(), 4 + 1);
        QCOMPARE(icu.total.value(), 20 + 10);
        QCOMPARE(icu.hospitalsCounted, 2);
        QCOMPARE(icu.hospitalsStale, 1);
        QCOMPARE(icu.hospitalsLevelOnly, 2); // a current report with no ICU counts
        QCOMPARE(icu.hospitalsWithoutReport, 1);
        QCOMPARE(icu.newestReport, m_now.addSecs(-2 * 3600));
        // Every hospital is in exactly one bucket.
        QCOMPARE(icu.hospitalsCounted + icu.hospitalsStale + icu.hospitalsLevelOnly + icu.hospitalsWithoutReport, 6);

        // The Overview's ICU card (and the briefing's figure) is the same total.
        const QList<Kpi> kpis = computeKpis(m_db, m_now);
        const auto icuCard = std::find_if(kpis.begin(), kpis.end(), [](const Kpi &k) { return k.key == u"icuFree"; });
        QVERIFY(icuCard != kpis.end());
        QCOMPARE(icuCard->value, std::optional<double>(double(*icu.free)));
    }

    void totalsWithNothingCurrentAreNoData()
    {
        addHospital(1, QStringLiteral("Stale"));
        addHospital(2, QStringLiteral("Silent"));
        addReport(1, secs(m_now) - 5 * kDay, 100, 50, 10, 5);
        const BedTotals totals = cityBedTotals(hospitalStatusesAt(m_db, m_now), BedType::Icu);
        QVERIFY(!totals.free);
        QVERIFY(!totals.total);
        QVERIFY(!totals.newestReport.isValid());
        QCOMPARE(totals.hospitalsStale, 1);
        QCOMPARE(totals.hospitalsWithoutReport, 1);
        QVERIFY(!cityBedTotals({}, BedType::General).free);
    }

    void hospitalSeriesKeepsGaps()
    {
        addHospital(1, QStringLiteral("Uno"));
        addHospital(2, QStringLiteral("Dos"));
        const qint64 day0 = secs(QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC));
        addReport(1, day0, 100, 40, 10, 2);
        addReport(1, day0 + kDay, 100, 30, 10, 1);
        // day 2 missing entirely
        addReport(1, day0 + 3 * kDay, QVariant(), QVariant(), QVariant(), QVariant(), QStringLiteral("low"));
        addReport(1, day0 + 4 * kDay, 100, 0, 10, 0);
        addReport(1, day0 + 9 * kDay, 100, 90, 10, 9); // outside the range asked for
        addReport(2, day0, 50, 50, 5, 5);              // another hospital

        const QDateTime from = QDateTime::fromSecsSinceEpoch(day0, QTimeZone::UTC);
        const QDateTime to = from.addDays(4);
        const auto general = hospitalOccupancySeries(m_db, 1, BedType::General, from, to);
        QCOMPARE(general.size(), 4);
        QCOMPARE(general[0].at, from);
        QCOMPARE(general[0].free.value(), 40);
        QCOMPARE(general[0].total.value(), 100);
        QCOMPARE(general[0].occupancy.value(), 0.6);
        QCOMPARE(general[1].at, from.addDays(1));
        QCOMPARE(general[1].occupancy.value(), 0.7);
        QCOMPARE(general[2].at, from.addDays(3)); // the missing day is not filled in
        QVERIFY(!general[2].free && !general[2].total && !general[2].occupancy);
        QCOMPARE(general[3].occupancy.value(), 1.0);

        const auto icu = hospitalOccupancySeries(m_db, 1, BedType::Icu, from, to);
        QCOMPARE(icu.size(), 4);
        QCOMPARE(icu[0].free.value(), 2);
        QCOMPARE(icu[0].occupancy.value(), 0.8);
        QVERIFY(hospitalOccupancySeries(m_db, 99, BedType::Icu, from, to).isEmpty());
    }

    void citySeriesKeepsGapsAndCountsEachHospitalOncePerDay()
    {
        addHospital(1, QStringLiteral("Uno"));
        addHospital(2, QStringLiteral("Dos"));
        addHospital(3, QStringLiteral("Tres"));
        const QDate first(2026, 3, 1);
        const auto at = [&](int day, int hour) {
            return secs(QDateTime(first.addDays(day), QTime(hour, 0), QTimeZone::UTC));
        };
        addReport(1, at(0, 8), 100, 40, 10, 2);
        addReport(2, at(0, 9), 50, 10, 6, 3);
        addReport(1, at(1, 8), 100, 30, 10, 1);
        addReport(1, at(1, 20), 100, 25, 10, 4); // a later report the same day replaces the morning one
        addReport(2, at(1, 9), 50, 20);          // general counts only
        addReport(3, at(1, 9), QVariant(), QVariant(), QVariant(), QVariant(), QStringLiteral("low"));
        // day 2: nobody reported
        addReport(3, at(3, 8), QVariant(), QVariant(), QVariant(), QVariant(), QStringLiteral("high")); // level only
        addReport(2, at(4, 23), 50, 5, 6, 0);
        addReport(1, at(5, 8), 100, 1, 10, 1); // after the range

        const auto general = cityBedSeries(m_db, BedType::General, first, first.addDays(4));
        QCOMPARE(general.size(), 5);
        for (int d = 0; d < 5; ++d)
            QCOMPARE(general[d].at, QDateTime(first.addDays(d), QTime(0, 0), QTimeZone::UTC));
        QCOMPARE(general[0].free.value(), 40 + 10);
        QCOMPARE(general[0].total.value(), 150);
        QCOMPARE(general[0].occupancy.value(), 100.0 / 150.0);
        QCOMPARE(general[1].free.value(), 25 + 20);
        QCOMPARE(general[1].total.value(), 150);
        QVERIFY(!general[2].free && !general[2].total && !general[2].occupancy); // a gap, not zero
        QVERIFY(!general[3].free && !general[3].total);                          // levels are not counts
        QCOMPARE(general[4].free.value(), 5);
        QCOMPARE(general[4].total.value(), 50);

        const auto icu = cityBedSeries(m_db, BedType::Icu, first, first.addDays(4));
        QCOMPARE(icu.size(), 5);
        QCOMPARE(icu[0].free.value(), 2 + 3);
        QCOMPARE(icu[0].total.value(), 16);
        QCOMPARE(icu[1].free.value(), 4); // hospital 2 gave no ICU counts that day
        QCOMPARE(icu[1].total.value(), 10);
        QVERIFY(!icu[2].free);
        QCOMPARE(icu[4].free.value(), 0);
        QCOMPARE(icu[4].occupancy.value(), 1.0);

        QVERIFY(cityBedSeries(m_db, BedType::General, first.addDays(2), first).isEmpty());
        QCOMPARE(cityBedSeries(m_db, BedType::General, first.addDays(2), first.addDays(2)).size(), 1);
    }

    void travelTimeModel_data()
    {
        QTest::addColumn<double>("metres");
        QTest::addColumn<double>("minutes");
        // 1.4 detour at 25 km/h (416.67 m/min) plus 2 minutes.
        QTest::newRow("here") << 0.0 << 2.0;
        QTest::newRow("1 km") << 1000.0 << 2.0 + 1400.0 / (25000.0 / 60.0);
        QTest::newRow("2.5 km") << 2500.0 << 2.0 + 8.4;
        QTest::newRow("10 km") << 10000.0 << 2.0 + 33.6;
        QTest::newRow("negative is here") << -50.0 << 2.0;
    }
    void travelTimeModel()
    {
        QFETCH(double, metres);
        QFETCH(double, minutes);
        QVERIFY2(std::abs(estimatedTravelMinutes(metres) - minutes) < 1e-9,
                 qPrintable(QString::number(estimatedTravelMinutes(metres))));
    }

    void nearestRankingSkippingAndLimit_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<qint64>>("expected");
        const int general = int(BedType::General);
        const int icu = int(BedType::Icu);
        QTest::newRow("general top 5") << general << 5 << QList<qint64>{1, 7, 8, 3, 6};
        QTest::newRow("general top 2") << general << 2 << QList<qint64>{1, 7};
        QTest::newRow("general top 1") << general << 1 << QList<qint64>{1};
        QTest::newRow("general all") << general << 100 << QList<qint64>{1, 7, 8, 3, 6};
        QTest::newRow("limit 0") << general << 0 << QList<qint64>{};
        QTest::newRow("negative limit") << general << -3 << QList<qint64>{};
        QTest::newRow("icu") << icu << 5 << QList<qint64>{7, 8, 3};
    }
    void nearestRankingSkippingAndLimit()
    {
        QFETCH(int, type);
        QFETCH(int, limit);
        QFETCH(QList<qint64>, expected);
        const GeoPoint from{39.0, -9.36};
        // 0.01° of latitude is about 1.1 km.
        const QList<HospitalStatus> statuses = {
            status(1, QStringLiteral("Near, general only"), 39.001, -9.36, 5, 0),
            status(2, QStringLiteral("Nearest but stale"), 39.0, -9.36, 50, 5, true),
            status(3, QStringLiteral("Far"), 39.03, -9.36, 2, 1),
            status(4, QStringLiteral("Full"), 39.0005, -9.36, 0, 0),
            status(5, QStringLiteral("Never reported"), 39.0002, -9.36, std::nullopt, std::nullopt, false, false),
            status(6, QStringLiteral("Farthest"), 38.95, -9.36, 1, std::nullopt),
            status(7, QStringLiteral("Alpha twin"), 39.01, -9.36, 3, 2), // same spot as 8: name decides
            status(8, QStringLiteral("Beta twin"), 39.01, -9.36, 3, 2),
            status(9, QStringLiteral("Level only"), 39.0003, -9.36, std::nullopt, std::nullopt),
        };
        // Inputs in reverse so the order found is not just the order given.
        QList<HospitalStatus> reversed(statuses.crbegin(), statuses.crend());
        const auto nearest = nearestWithCapacity(reversed, from, BedType(type), limit);
        QList<qint64> ids;
        for (const NearestHospital &n : nearest)
            ids.append(n.status.hospitalId);
        QCOMPARE(ids, expected);
        for (qsizetype i = 0; i < nearest.size(); ++i) {
            QCOMPARE(nearest[i].distanceMetres, geo::distanceMetres(from, nearest[i].status.location));
            QCOMPARE(nearest[i].travelMinutes, estimatedTravelMinutes(nearest[i].distanceMetres));
            if (i > 0)
                QVERIFY(nearest[i - 1].distanceMetres <= nearest[i].distanceMetres);
        }
    }

    void nearestOnEmptyInput()
    {
        QVERIFY(nearestWithCapacity({}, {39.0, -9.36}, BedType::Icu).isEmpty());
    }

    void demoCityStaleHospitalAndTotalsMatchSql_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("hoursAfterAnchor"); // the cursor, relative to the anchor
        QTest::newRow("seed 1, at anchor") << quint64(1) << 0;
        QTest::newRow("seed 7, at anchor") << quint64(7) << 0;
        QTest::newRow("seed 1, a week earlier") << quint64(1) << -7 * 24;
    }
    void demoCityStaleHospitalAndTotalsMatchSql()
    {
        QFETCH(quint64, seed);
        QFETCH(int, hoursAfterAnchor);
        Database db;
        QVERIFY(db.openInMemory().ok());
        DemoCityOptions options;
        options.seed = seed;
        options.anchor = m_now;
        QString error;
        QVERIFY2(DemoCity::generate(db, options, {}, &error), qPrintable(error));
        const QDateTime at = m_now.addSecs(qint64(hoursAfterAnchor) * 3600);

        const auto statuses = hospitalStatusesAt(db, at);
        QVERIFY(statuses.size() >= 10 && statuses.size() <= 12);
        QStringList stale;
        for (const HospitalStatus &s : statuses) {
            QVERIFY(s.hasReport);
            QVERIFY2(!s.district.isEmpty(), qPrintable(s.name));
            QVERIFY(!s.levelOnly);
            QVERIFY(s.generalLevel != AvailabilityLevel::NoData);
            if (s.stale)
                stale.append(s.name);
        }
        // The demo's fifth hospital stopped reporting three days before the anchor.
        // (Earlier on, a hospital that skipped a day may be stale too; the SQL below checks those.)
        if (hoursAfterAnchor == 0)
            QCOMPARE(stale, QStringList{QStringLiteral("Hospital Comarcal del Norte")});
        else
            QVERIFY(!stale.contains(QStringLiteral("Hospital Comarcal del Norte")));

        // The same totals from plain SQL: latest report at or before the cursor, current if no
        // older than cadence + grace.
        for (const BedType type : {BedType::General, BedType::Icu}) {
            const QString column = type == BedType::Icu ? QStringLiteral("icu") : QStringLiteral("general");
            QSqlQuery q = db.prepare(QStringLiteral(
                "SELECT SUM(b.%1_free), SUM(b.%1_total), COUNT(*) FROM hospital h JOIN bed_report b"
                " ON b.hospital_id = h.id AND b.reported_at = (SELECT MAX(reported_at) FROM bed_report"
                "  WHERE hospital_id = h.id AND reported_at <= ?)"
                " WHERE ? - b.reported_at <= h.report_cadence_s + ?").arg(column));
            q.addBindValue(at.toSecsSinceEpoch());
            q.addBindValue(at.toSecsSinceEpoch());
            q.addBindValue(kHospitalReportGraceSeconds);
            QVERIFY(Database::exec(q) && q.next());
            const BedTotals totals = cityBedTotals(statuses, type);
            QCOMPARE(totals.free.value(), q.value(0).toLongLong());
            QCOMPARE(totals.total.value(), q.value(1).toLongLong());
            QCOMPARE(totals.hospitalsCounted, q.value(2).toInt());
            QCOMPARE(totals.hospitalsStale, int(stale.size()));
            QCOMPARE(totals.hospitalsCounted + totals.hospitalsStale, int(statuses.size()));
        }

        // The city series over the last week against a plain GROUP BY (the demo reports once a day).
        const QDate last = at.date();
        const auto series = cityBedSeries(db, BedType::Icu, last.addDays(-6), last);
        QCOMPARE(series.size(), 7);
        QSqlQuery q = db.prepare(QStringLiteral(
            "SELECT SUM(icu_free), SUM(icu_total) FROM bed_report WHERE reported_at >= ? AND reported_at < ?"));
        for (const OccupancyPoint &p : series) {
            q.addBindValue(p.at.toSecsSinceEpoch());
            q.addBindValue(p.at.toSecsSinceEpoch() + kDay);
            QVERIFY(Database::exec(q) && q.next());
            QCOMPARE(p.free.value(), q.value(0).toLongLong());
            QCOMPARE(p.total.value(), q.value(1).toLongLong());
        }

        // Nearest from the city's middle never offers the stale hospital.
        GeoBox box;
        for (const HospitalStatus &s : statuses)
            box.extend(s.location);
        const auto nearest = nearestWithCapacity(statuses, box.center(), BedType::General, 20);
        QVERIFY(!nearest.isEmpty());
        for (const NearestHospital &n : nearest)
            QVERIFY(!stale.contains(n.status.name));
    }
};

QTEST_GUILESS_MAIN(TestBedAvailability)
#include "tst_bedavailability.moc"
