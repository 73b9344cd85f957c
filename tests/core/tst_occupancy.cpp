#include "analytics/occupancy.h"
#include "geo/geometry.h"
#include "store/database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace atalaya;
using namespace atalaya::occupancy;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(atalaya::occupancy::Light)

namespace {

qint64 utc(int y, int mo, int d, int h, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::UTC).toSecsSinceEpoch();
}

const char *nameOf(Light light)
{
    switch (light) {
    case Light::Unknown:
        return "Unknown";
    case Light::Green:
        return "Green";
    case Light::Amber:
        return "Amber";
    case Light::Red:
        return "Red";
    case Light::Closed:
        return "Closed";
    }
    return "?";
}

} // namespace

namespace QTest {
template<>
char *toString(const Light &light)
{
    return qstrdup(nameOf(light));
}
} // namespace QTest

/** Traffic lights with hysteresis, replay and staleness, sensor kinds, weekday x hour profiles in
 *  the city's time zone (weekday boundaries, DST), and alternatives, on hand-made stores. */
class TestOccupancy : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    const qint64 m_t0 = utc(2026, 7, 4, 12); // a Saturday noon

    void run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(Database::exec(query), qPrintable(sql));
    }

    // A site with one sensor of the given type; returns nothing, ids are the caller's.
    void addSite(qint64 id, const QString &kind, int capacity, double lat, double lon, const QString &sensorType = u"people_count"_s,
                 double amber = 0.40, double red = 0.60, const QVariant &closed = 0.80)
    {
        run(u"INSERT INTO site (id, code, name, kind, lat, lon, capacity, amber_threshold, red_threshold, closed_threshold)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {id, u"site-%1"_s.arg(id), u"Site %1"_s.arg(id), kind, lat, lon, capacity, amber, red, closed});
        if (!sensorType.isEmpty())
            addSensor(id, id, sensorType);
    }

    void addSensor(qint64 sensorId, qint64 siteId, const QString &type)
    {
        run(u"INSERT INTO sensor (id, provider, component, code, type, site_id) VALUES (?, 'test', ?, ?, ?, ?)"_s,
            {sensorId, u"site-%1"_s.arg(siteId), u"sensor-%1"_s.arg(sensorId), type, siteId});
    }

    void observe(qint64 sensorId, qint64 at, double value)
    {
        run(u"INSERT INTO observation (sensor_id, observed_at, value) VALUES (?, ?, ?)"_s, {sensorId, at, value});
    }

    SiteLight lightOf(qint64 siteId, qint64 at, qint64 staleAfter = 30 * 60)
    {
        OccupancyStore store(m_db);
        const QList<Site> sites = store.sites();
        const QList<SiteLight> lights = store.lightsAt(at, staleAfter);
        for (qsizetype i = 0; i < sites.size(); ++i) {
            if (sites[i].id == siteId)
                return lights[i];
        }
        return {};
    }

    // The profile one reading at a time, each converted on its own: the oracle for the
    // accumulation and its per-hour caching of time zone conversions.
    static WeekProfile bruteForce(const QList<std::pair<qint64, double>> &readings, const QTimeZone &zone)
    {
        WeekProfile p;
        std::array<std::array<double, 24>, 7> sum{};
        for (const auto &[at, fraction] : readings) {
            const QDateTime local = QDateTime::fromSecsSinceEpoch(at, zone);
            const size_t d = size_t(local.date().dayOfWeek() - 1), h = size_t(local.time().hour());
            sum[d][h] += fraction;
            ++p.count[d][h];
        }
        for (size_t d = 0; d < 7; ++d)
            for (size_t h = 0; h < 24; ++h)
                p.mean[d][h] = p.count[d][h] ? sum[d][h] / p.count[d][h] : 0.0;
        return p;
    }

private slots:
    void init()
    {
        QVERIFY(m_db.openInMemory().ok());
    }

    void cleanup() { m_db.close(); }

    void classifyAtAndAroundEveryBoundary_data()
    {
        QTest::addColumn<double>("occupancy");
        QTest::addColumn<Light>("previous");
        QTest::addColumn<Light>("expected");
        using L = Light;
        // Barcelona's lines: 0.40 / 0.60 / closed 0.80, hysteresis 0.05.
        const QList<std::tuple<const char *, double, L, L>> rows = {
            {"empty, no history", 0.0, L::Unknown, L::Green},
            {"negative counts as empty", -0.1, L::Unknown, L::Green},
            {"just under amber", 0.3999, L::Unknown, L::Green},
            {"at amber", 0.40, L::Unknown, L::Amber},
            {"just under red", 0.5999, L::Unknown, L::Amber},
            {"at red", 0.60, L::Unknown, L::Red},
            {"just under closed", 0.7999, L::Unknown, L::Red},
            {"at closed", 0.80, L::Unknown, L::Closed},
            {"over capacity", 1.2, L::Unknown, L::Closed},
            {"green stays under amber", 0.3999, L::Green, L::Green},
            {"green steps up at amber", 0.40, L::Green, L::Amber},
            {"green jumps to red", 0.61, L::Green, L::Red},
            {"green jumps to closed", 0.85, L::Green, L::Closed},
            {"amber steps up at red", 0.60, L::Amber, L::Red},
            {"red steps up at closed", 0.80, L::Red, L::Closed},
            {"amber holds just under its line", 0.3999, L::Amber, L::Amber},
            {"amber holds at line - hysteresis", 0.35, L::Amber, L::Amber},
            {"amber steps down under line - hysteresis", 0.3499, L::Amber, L::Green},
            {"red holds at line - hysteresis", 0.55, L::Red, L::Red},
            {"red steps down under line - hysteresis", 0.5499, L::Red, L::Amber},
            {"red to amber at the amber line", 0.40, L::Red, L::Amber},
            {"red to amber inside amber's band", 0.36, L::Red, L::Amber},
            {"red falls past both lines", 0.3499, L::Red, L::Green},
            {"closed holds at line - hysteresis", 0.75, L::Closed, L::Closed},
            {"closed steps down under line - hysteresis", 0.7499, L::Closed, L::Red},
            {"closed to amber", 0.50, L::Closed, L::Amber},
            {"closed to green", 0.10, L::Closed, L::Green},
            {"amber from red stays in red's band", 0.58, L::Amber, L::Amber},
        };
        for (const auto &[name, occupancy, previous, expected] : rows)
            QTest::newRow(name) << occupancy << previous << expected;
    }

    void classifyAtAndAroundEveryBoundary()
    {
        QFETCH(double, occupancy);
        QFETCH(Light, previous);
        QFETCH(Light, expected);
        QCOMPARE(classify(occupancy, Thresholds{}, previous), expected);
    }

    void classifyWithoutClosingOrHysteresis()
    {
        Thresholds open;
        open.closed.reset();
        QCOMPARE(classify(0.95, open, Light::Unknown), Light::Red);
        QCOMPARE(classify(5.0, open, Light::Red), Light::Red);
        // Closed shown before a site lost its closing line counts as red.
        QCOMPARE(classify(0.56, open, Light::Closed), Light::Red);
        QCOMPARE(classify(0.5499, open, Light::Closed), Light::Amber);

        Thresholds sharp;
        sharp.hysteresis = 0.0;
        QCOMPARE(classify(0.3999, sharp, Light::Amber), Light::Green);
        QCOMPARE(classify(0.40, sharp, Light::Amber), Light::Amber);

        // The demo city's other sites: 0.65 / 0.875, no closing.
        const Thresholds demo{0.65, 0.875, std::nullopt, 0.05};
        QCOMPARE(classify(0.875, demo, Light::Green), Light::Red);
        QCOMPARE(classify(0.825, demo, Light::Red), Light::Red);
        QCOMPARE(classify(0.8249, demo, Light::Red), Light::Amber);
        // Counts divided by capacity land exactly on the line.
        QCOMPARE(classify(600.0 / 1500.0, Thresholds{}, Light::Unknown), Light::Amber);
        QCOMPARE(classify(std::nan(""), Thresholds{}, Light::Green), Light::Unknown);
    }

    void levelsMapDirectly()
    {
        QCOMPARE(lightForLevel(0), Light::Green);
        QCOMPARE(lightForLevel(1), Light::Green);
        QCOMPARE(lightForLevel(2), Light::Amber);
        QCOMPARE(lightForLevel(3), Light::Red);
        QCOMPARE(lightForLevel(4), Light::Unknown);
        QCOMPARE(lightForLevel(-1), Light::Unknown);
        const Thresholds t;
        QCOMPARE(levelFraction(0, t), 0.0);
        QCOMPARE(levelFraction(1, t), 0.20);
        QCOMPARE(levelFraction(2, t), 0.50);
        QCOMPARE(levelFraction(3, t), 0.70);
        Thresholds open;
        open.closed.reset();
        QCOMPARE(levelFraction(3, open), 0.80);
    }

    void sitesAreRead()
    {
        addSite(2, u"car_park"_s, 300, 41.39, 2.17, u"occupied_spots"_s, 0.80, 0.95, QVariant());
        addSite(1, u"beach"_s, 1500, 41.38, 2.19);
        OccupancyStore store(m_db);
        const QList<Site> sites = store.sites();
        QCOMPARE(sites.size(), 2);
        QCOMPARE(sites[0].id, qint64(1));
        QCOMPARE(sites[0].code, u"site-1"_s);
        QCOMPARE(sites[0].kind, u"beach"_s);
        QCOMPARE(sites[0].capacity, 1500);
        QCOMPARE(sites[0].thresholds.closed, std::optional<double>(0.80));
        QCOMPARE(sites[1].kind, u"car_park"_s);
        QCOMPARE(sites[1].thresholds.amber, 0.80);
        QCOMPARE(sites[1].thresholds.red, 0.95);
        QVERIFY(!sites[1].thresholds.closed);
        QCOMPARE(sites[1].lat, 41.39);
    }

    void lightsReplayWithHysteresis()
    {
        addSite(1, u"beach"_s, 1000, 41.0, 2.0);
        // Green, up to amber, wobbling under the line within the band, then clearly below.
        const QList<std::pair<double, Light>> steps = {
            {300, Light::Green}, {420, Light::Amber}, {380, Light::Amber}, {351, Light::Amber},
            {405, Light::Amber}, {610, Light::Red},   {560, Light::Red},   {590, Light::Red},
            {549, Light::Amber}, {340, Light::Green}, {390, Light::Green}, {810, Light::Closed},
        };
        for (qsizetype i = 0; i < steps.size(); ++i)
            observe(1, m_t0 + i * 300, steps[i].first);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const SiteLight light = lightOf(1, m_t0 + i * 300 + 60);
            QVERIFY2(light.light == steps[i].second, qPrintable(u"step %1: %2"_s.arg(i).arg(QLatin1String(nameOf(light.light)))));
            QCOMPARE(light.occupancy, std::optional<double>(steps[i].first / 1000.0));
            QCOMPARE(light.readingAt, std::optional<qint64>(m_t0 + i * 300));
            QVERIFY(!light.stale);
            QVERIFY(!light.level);
        }
        // The answer for a moment does not depend on what was asked before: asked backwards,
        // and against a live run that kept its light from reading to reading.
        Light live = Light::Unknown;
        for (qsizetype i = 0; i < steps.size(); ++i)
            live = classify(steps[i].first / 1000.0, Thresholds{}, live);
        QCOMPARE(lightOf(1, m_t0 + (steps.size() - 1) * 300).light, live);
        for (qsizetype i = steps.size() - 1; i >= 0; --i)
            QCOMPARE(lightOf(1, m_t0 + i * 300).light, steps[i].second);
        // Before the first reading there is nothing to show.
        const SiteLight before = lightOf(1, m_t0 - 1);
        QCOMPARE(before.light, Light::Unknown);
        QVERIFY(!before.stale);
        QVERIFY(!before.readingAt);
    }

    void hysteresisSurvivesHoursInTheBand()
    {
        addSite(1, u"square"_s, 1000, 41.0, 2.0);
        // Red five hours ago, then every ten minutes just under the red line: still red.
        observe(1, m_t0 - 5 * 3600, 650);
        for (qint64 at = m_t0 - 5 * 3600 + 600; at <= m_t0; at += 600)
            observe(1, at, 570);
        QCOMPARE(lightOf(1, m_t0).light, Light::Red);
        // Asked without that history (a fresh site reading 570 alone), it is amber.
        addSite(2, u"square"_s, 1000, 41.0, 2.0);
        observe(2, m_t0, 570);
        QCOMPARE(lightOf(2, m_t0).light, Light::Amber);
    }

    void staleAndMissingAreGrey()
    {
        addSite(1, u"beach"_s, 1000, 41.0, 2.0);
        observe(1, m_t0, 700);
        // Exactly staleAfter old: still shown; a second more: grey, with the reading kept.
        QCOMPARE(lightOf(1, m_t0 + 1800).light, Light::Red);
        QVERIFY(!lightOf(1, m_t0 + 1800).stale);
        const SiteLight stale = lightOf(1, m_t0 + 1801);
        QCOMPARE(stale.light, Light::Unknown);
        QVERIFY(stale.stale);
        QCOMPARE(stale.occupancy, std::optional<double>(0.7));
        QCOMPARE(stale.readingAt, std::optional<qint64>(m_t0));
        // Long stale (beyond the replay window): still says since when.
        const SiteLight old = lightOf(1, m_t0 + 3 * 86400);
        QVERIFY(old.stale);
        QCOMPARE(old.readingAt, std::optional<qint64>(m_t0));
        // A shorter tolerance makes it stale sooner.
        QVERIFY(lightOf(1, m_t0 + 301, 300).stale);

        // No reading at all, no occupancy sensor, no sensor: grey, not stale.
        addSite(2, u"beach"_s, 1000, 41.0, 2.0);
        addSite(3, u"beach"_s, 1000, 41.0, 2.0, u"temperature"_s);
        observe(3, m_t0, 700);
        addSite(4, u"beach"_s, 1000, 41.0, 2.0, QString());
        for (qint64 id : {2, 3, 4}) {
            const SiteLight none = lightOf(id, m_t0);
            QCOMPARE(none.light, Light::Unknown);
            QVERIFY(!none.stale);
            QVERIFY(!none.occupancy);
            QVERIFY(!none.readingAt);
        }
    }

    void replayRestartsAfterAGap()
    {
        addSite(1, u"beach"_s, 1000, 41.0, 2.0);
        observe(1, m_t0, 700);
        observe(1, m_t0 + 2400, 580); // 40 minutes later: grey in between
        QCOMPARE(lightOf(1, m_t0 + 2400).light, Light::Amber);
        // Without the gap the same reading keeps red.
        addSite(2, u"beach"_s, 1000, 41.0, 2.0);
        observe(2, m_t0, 700);
        observe(2, m_t0 + 1200, 580);
        QCOMPARE(lightOf(2, m_t0 + 1200).light, Light::Red);
    }

    void sensorKinds()
    {
        addSite(1, u"beach"_s, 1000, 41.0, 2.0, u"occupancy_rate"_s);
        observe(1, m_t0, 0.45);
        addSite(2, u"beach"_s, 1000, 41.0, 2.0, u"occupancy_level"_s);
        observe(2, m_t0 - 120, 3);
        observe(2, m_t0, 2);
        addSite(3, u"car_park"_s, 200, 41.0, 2.0, u"occupied_spots"_s, 0.80, 0.95, QVariant());
        observe(3, m_t0, 190);
        addSite(4, u"beach"_s, 1000, 41.0, 2.0, u"occupancy_level"_s);
        observe(4, m_t0 - 60, 1);
        observe(4, m_t0, 7); // not a level: skipped
        addSite(5, u"square"_s, 100, 41.0, 2.0);
        observe(5, m_t0 - 60, 50);
        observe(5, m_t0, -4); // a counter's glitch: skipped, the previous reading stands

        const SiteLight rate = lightOf(1, m_t0);
        QCOMPARE(rate.light, Light::Amber);
        QCOMPARE(rate.occupancy, std::optional<double>(0.45));
        // A level lights directly, without hysteresis from the 3 before it.
        const SiteLight level = lightOf(2, m_t0);
        QCOMPARE(level.light, Light::Amber);
        QCOMPARE(level.level, std::optional<int>(2));
        QVERIFY(!level.occupancy);
        const SiteLight spots = lightOf(3, m_t0);
        QCOMPARE(spots.light, Light::Red);
        QCOMPARE(spots.occupancy, std::optional<double>(0.95));
        QCOMPARE(lightOf(4, m_t0).light, Light::Green);
        QCOMPARE(lightOf(4, m_t0).readingAt, std::optional<qint64>(m_t0 - 60));
        QCOMPARE(lightOf(5, m_t0).occupancy, std::optional<double>(0.5));

        // A count and a level at one site: the count lights it while it reports...
        addSite(6, u"beach"_s, 1000, 41.0, 2.0);
        addSensor(60, 6, u"occupancy_level"_s);
        observe(6, m_t0 - 600, 100);
        observe(60, m_t0, 3);
        QCOMPARE(lightOf(6, m_t0).light, Light::Green);
        QCOMPARE(lightOf(6, m_t0).occupancy, std::optional<double>(0.1));
        // ...and the level takes over once the counter has gone quiet.
        const SiteLight fallback = lightOf(6, m_t0 + 1500);
        QCOMPARE(fallback.light, Light::Red);
        QCOMPARE(fallback.level, std::optional<int>(3));
        QCOMPARE(fallback.readingAt, std::optional<qint64>(m_t0));
        // Other sensors at the site (a thermometer) are not occupancy.
        addSensor(61, 6, u"temperature"_s);
        observe(61, m_t0 + 1400, 35);
        QCOMPARE(lightOf(6, m_t0 + 1500).light, Light::Red);
        QCOMPARE(lightOf(6, m_t0 + 1500).readingAt, std::optional<qint64>(m_t0));
    }

    void seriesInTimeOrder()
    {
        addSite(1, u"market"_s, 400, 41.0, 2.0);
        observe(1, m_t0 + 600, 200);
        observe(1, m_t0, 100);
        observe(1, m_t0 + 1200, 300);
        observe(1, m_t0 + 1800, 400);
        OccupancyStore store(m_db);
        const auto s = store.series(1, m_t0, m_t0 + 1200);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s[0], std::make_pair(m_t0, 0.25));
        QCOMPARE(s[1], std::make_pair(m_t0 + 600, 0.5));
        QCOMPARE(s[2], std::make_pair(m_t0 + 1200, 0.75));
        QVERIFY(store.series(1, m_t0 + 1, m_t0 + 599).isEmpty());
        QVERIFY(store.series(99, m_t0, m_t0 + 1200).isEmpty());
    }

    void profileOfAKnownSeries()
    {
        QVERIFY(m_db.setMeta(u"time_zone"_s, u"UTC"_s));
        addSite(1, u"station"_s, 1000, 41.0, 2.0);
        // Saturday 2026-07-04 12:00 UTC is the cursor. Readings on the two Mondays before it at
        // 08:00 and 08:30, one on a Sunday at 23:59, one at the cursor (Saturday noon, counted),
        // one after it and one more than two weeks before (neither counted).
        const qint64 monday1 = utc(2026, 6, 29, 8), monday2 = utc(2026, 6, 22, 8);
        observe(1, monday1, 800);
        observe(1, monday1 + 1800, 600);
        observe(1, monday2, 400);
        observe(1, monday2 + 1800, 200);
        observe(1, utc(2026, 6, 28, 23, 59), 50);
        observe(1, m_t0, 900);
        observe(1, m_t0 + 1, 1000);
        observe(1, m_t0 - 14 * 86400, 1000); // exactly two weeks back: outside (at - 2 weeks, at]
        OccupancyStore store(m_db);
        const WeekProfile p = store.profile(1, m_t0, 2);
        QCOMPARE(p.count[0][8], 4);
        QVERIFY(std::abs(p.mean[0][8] - 0.5) < 1e-12);
        QCOMPARE(p.count[6][23], 1);
        QCOMPARE(p.mean[6][23], 0.05);
        QCOMPARE(p.count[5][12], 1);
        QCOMPARE(p.mean[5][12], 0.9);
        int total = 0;
        for (const auto &day : p.count)
            for (const int c : day)
                total += c;
        QCOMPARE(total, 6);
        QCOMPARE(p.mean[0][9], 0.0);
        QCOMPARE(p.count[0][9], 0);
        // One week back only sees the latest Monday.
        const WeekProfile one = store.profile(1, m_t0, 1);
        QCOMPARE(one.count[0][8], 2);
        QVERIFY(std::abs(one.mean[0][8] - 0.7) < 1e-12);
        QCOMPARE(store.profile(1, m_t0, 0).count[0][8], 0);
        QCOMPARE(store.profile(42, m_t0, 2).count[0][8], 0);
    }

    void profileUsesTheCityWeekdayAndHour()
    {
        QVERIFY(m_db.setMeta(u"time_zone"_s, u"Europe/Madrid"_s));
        addSite(1, u"square"_s, 100, 41.0, 2.0);
        // Sunday 2026-01-11 22:30 UTC is Sunday 23:30 in Madrid (CET); 23:30 UTC is already
        // Monday 00:30 there.
        observe(1, utc(2026, 1, 11, 22, 30), 10);
        observe(1, utc(2026, 1, 11, 23, 30), 20);
        // Summer: 2026-07-05 (Sunday) 21:59 UTC is 23:59 CEST; 22:00 UTC is Monday 00:00.
        observe(1, utc(2026, 7, 5, 21, 59), 30);
        observe(1, utc(2026, 7, 5, 22, 0), 40);
        OccupancyStore store(m_db);
        QCOMPARE(store.timeZone().id(), QByteArray("Europe/Madrid"));
        const WeekProfile p = store.profile(1, utc(2026, 7, 10, 0), 30);
        QCOMPARE(p.count[6][23], 2);
        QVERIFY(std::abs(p.mean[6][23] - 0.2) < 1e-12);
        QCOMPARE(p.count[0][0], 2);
        QVERIFY(std::abs(p.mean[0][0] - 0.3) < 1e-12);
    }

    void profileAcrossDaylightSavingChanges_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<int>("minutes");
        // Every minute for six hours around each change, and a day in zones whose offsets are
        // not whole hours or whose summer time moves by half an hour.
        QTest::newRow("Madrid, clocks forward") << QByteArray("Europe/Madrid") << utc(2026, 3, 28, 22) << 6 * 60;
        QTest::newRow("Madrid, clocks back") << QByteArray("Europe/Madrid") << utc(2026, 10, 24, 22) << 6 * 60;
        QTest::newRow("Kolkata +05:30") << QByteArray("Asia/Kolkata") << utc(2026, 3, 1, 0) << 26 * 60;
        QTest::newRow("Lord Howe, half-hour DST") << QByteArray("Australia/Lord_Howe") << utc(2026, 4, 4, 12) << 6 * 60;
        QTest::newRow("St John's, back") << QByteArray("America/St_Johns") << utc(2026, 11, 1, 1) << 6 * 60;
        // Chatham changes at 02:45 standard time, in the middle of a local hour.
        QTest::newRow("Chatham, back at :45") << QByteArray("Pacific/Chatham") << utc(2026, 4, 4, 11) << 6 * 60;
        QTest::newRow("Chatham, forward at :45") << QByteArray("Pacific/Chatham") << utc(2026, 9, 26, 11) << 6 * 60;
    }

    void profileAcrossDaylightSavingChanges()
    {
        QFETCH(QByteArray, zone);
        QFETCH(qint64, from);
        QFETCH(int, minutes);
        QVERIFY(QTimeZone(zone).isValid());
        QVERIFY(m_db.setMeta(u"time_zone"_s, QString::fromLatin1(zone)));
        addSite(1, u"square"_s, 1000, 41.0, 2.0);
        QList<std::pair<qint64, double>> readings;
        QVERIFY(m_db.inTransaction([&] {
            for (int k = 0; k < minutes; ++k) {
                const qint64 at = from + k * 60;
                const double value = double((k * 37) % 1000);
                observe(1, at, value);
                readings.append({at, value / 1000.0});
            }
            return true;
        }));
        OccupancyStore store(m_db);
        const WeekProfile expected = bruteForce(readings, QTimeZone(zone));
        const WeekProfile p = store.profile(1, from + minutes * 60, 1);
        for (size_t d = 0; d < 7; ++d) {
            for (size_t h = 0; h < 24; ++h) {
                QVERIFY2(p.count[d][h] == expected.count[d][h], qPrintable(u"day %1 hour %2"_s.arg(d).arg(h)));
                QVERIFY2(std::abs(p.mean[d][h] - expected.mean[d][h]) < 1e-12, qPrintable(u"day %1 hour %2"_s.arg(d).arg(h)));
            }
        }
        if (zone == "Europe/Madrid" && from == utc(2026, 3, 28, 22)) {
            // Sunday 29 March: 01:00-02:00 CET, then 03:00 CEST; there is no 02:00 that day.
            QCOMPARE(p.count[6][1], 60);
            QCOMPARE(p.count[6][2], 0);
            QCOMPARE(p.count[6][3], 60);
        }
        if (zone == "Europe/Madrid" && from == utc(2026, 10, 24, 22)) {
            // Sunday 25 October: the hour from 02:00 is lived twice and holds both.
            QCOMPARE(p.count[6][1], 60);
            QCOMPARE(p.count[6][2], 120);
            QCOMPARE(p.count[6][3], 60);
        }
    }

    void alternativesNearestGreenOfTheSameKind()
    {
        // A crowded beach at the origin; 0.01 degree of latitude is about 1,112 m.
        addSite(1, u"beach"_s, 1000, 41.00, 2.0);
        observe(1, m_t0, 650); // red
        addSite(2, u"beach"_s, 1000, 41.02, 2.0); // green, 2.2 km
        observe(2, m_t0, 100);
        addSite(3, u"beach"_s, 1000, 40.99, 2.0); // green, 1.1 km
        observe(3, m_t0, 200);
        addSite(4, u"beach"_s, 1000, 41.004, 2.0); // amber, 0.4 km
        observe(4, m_t0, 450);
        addSite(5, u"beach"_s, 1000, 41.003, 2.0); // green but stale
        observe(5, m_t0 - 3600, 50);
        addSite(6, u"beach"_s, 1000, 41.002, 2.0); // no data
        addSite(7, u"square"_s, 1000, 41.001, 2.0); // green, but a square
        observe(7, m_t0, 10);
        addSite(8, u"beach"_s, 1000, 41.0, 2.03); // green level, 2.5 km east
        run(u"UPDATE sensor SET type = 'occupancy_level' WHERE id = 8"_s);
        observe(8, m_t0, 1);

        OccupancyStore store(m_db);
        const auto alternatives = store.alternatives(1, m_t0);
        QCOMPARE(alternatives.size(), 3);
        QCOMPARE(alternatives[0].siteId, qint64(3));
        QCOMPARE(alternatives[0].code, u"site-3"_s);
        QCOMPARE(alternatives[0].name, u"Site 3"_s);
        QCOMPARE(alternatives[0].occupancy, std::optional<double>(0.2));
        QVERIFY(std::abs(alternatives[0].distanceMetres - 1111.95) < 0.5);
        QCOMPARE(alternatives[0].distanceMetres, geo::distanceMetres({41.0, 2.0}, {40.99, 2.0}));
        QCOMPARE(alternatives[1].siteId, qint64(2));
        QVERIFY(std::abs(alternatives[1].distanceMetres - 2223.9) < 0.5);
        QCOMPARE(alternatives[2].siteId, qint64(8));
        QVERIFY(!alternatives[2].occupancy);
        QVERIFY(alternatives[2].distanceMetres > alternatives[1].distanceMetres);

        const auto nearest = store.alternatives(1, m_t0, 1);
        QCOMPARE(nearest.size(), 1);
        QCOMPARE(nearest[0].siteId, qint64(3));
        QVERIFY(store.alternatives(1, m_t0, 0).isEmpty());
        // An amber site gets them too (itself excluded); green, grey and unknown sites do not.
        const auto fromAmber = store.alternatives(4, m_t0);
        QCOMPARE(fromAmber.size(), 3);
        QCOMPARE(fromAmber[0].siteId, qint64(3)); // 1.6 km, then site 2 at 1.8 km
        QCOMPARE(fromAmber[1].siteId, qint64(2));
        for (const auto &a : fromAmber)
            QVERIFY(a.siteId != 4 && a.siteId != 1);
        QVERIFY(store.alternatives(2, m_t0).isEmpty());
        QVERIFY(store.alternatives(5, m_t0).isEmpty());
        QVERIFY(store.alternatives(6, m_t0).isEmpty());
        QVERIFY(store.alternatives(99, m_t0).isEmpty());
        // Closed counts as crowded.
        observe(1, m_t0 + 60, 900);
        QCOMPARE(store.alternatives(1, m_t0 + 60).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestOccupancy)
#include "tst_occupancy.moc"
