#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <array>
#include <optional>

namespace atalaya {
class Database;
}

// Crowding at sites (beaches, squares, markets, stations, parks, car parks): traffic lights with
// hysteresis, the usual occupancy by weekday and hour, and less crowded alternatives.
//
// What a site's sensors measure (sensor.type) and how it becomes occupancy:
// - people_count, occupied_spots (car parks): a count; occupancy = value / site capacity.
// - occupancy_rate: already a fraction of capacity (0.45 = 45 %).
// - occupancy_level: FIWARE Beach occupationRate as 0 none, 1 low, 2 medium, 3 high. The source
//   has already judged the band, so the light comes from the level directly (0 and 1 green,
//   2 amber, 3 red), without hysteresis or our thresholds. SiteLight::occupancy stays empty
//   (there is no percentage to show) and SiteLight::level carries it. In series() and profile()
//   a level stands for the middle of its band on the site's thresholds (see levelFraction()), so
//   a level-only site still has a usual week.
// Other sensor types (temperature, ...) are not occupancy and are ignored. A site with sensors of
// several of these types uses the most precise one that is reporting (counts, then rates, then
// levels); they are never averaged together.
namespace atalaya::occupancy {

enum class Light { Unknown, Green, Amber, Red, Closed }; // Unknown = stale or no data (grey)

/** Fractions of capacity. Defaults are Barcelona's beach lights: amber from 40 %, red from 60 %,
 *  access closed from 80 %. closed is optional per site (no closing: red is the top). */
struct Thresholds {
    double amber = 0.40;
    double red = 0.60;
    std::optional<double> closed = 0.80;
    /** A light steps down only when the occupancy is this far (fraction of capacity) below the
     *  line it crossed, so a reading wobbling at a boundary does not flicker. */
    double hysteresis = 0.05;
};

/** The light for occupancy (fraction of capacity), given the light shown before: stepping up
 *  happens at the line (occupancy >= line), stepping down only below line - hysteresis
 *  (occupancy == line - hysteresis keeps the light). A fall across several lines steps down to
 *  the highest light whose line is not yet hysteresis behind. previous = Unknown means no
 *  history (plain thresholds); previous = Closed at a site without a closing line counts as Red.
 *  Comparisons allow 1e-9 for rounding (0.40 - 0.05 is not exactly 0.35 in binary). A value that
 *  is not a number gives Unknown. */
Light classify(double occupancy, const Thresholds &t, Light previous);

/** The light a FIWARE occupationRate level (0..3) stands for; Unknown outside 0..3. */
Light lightForLevel(int level);
/** The fraction a level stands for in series and profiles: the middle of its band on t
 *  (0 -> 0, 1 -> amber / 2, 2 -> (amber + red) / 2, 3 -> (red + top) / 2 where top is the
 *  closing line, else 1). */
double levelFraction(int level, const Thresholds &t);

/** A site's light at a moment. */
struct SiteLight {
    Light light = Light::Unknown;
    std::optional<double> occupancy; // fraction of capacity, latest reading at or before `at`
    std::optional<int> level;        // the latest reading when it is an occupancy_level (0..3)
    std::optional<qint64> readingAt;
    bool stale = false;              // the latest reading is older than staleAfterSeconds
};

/** Weekday (Monday = 0) x hour (0-23) mean occupancy (fraction of capacity) over the weeks
 *  before `at`, with the number of readings behind each cell (0 = no data, shown as such). */
struct WeekProfile {
    std::array<std::array<double, 24>, 7> mean{};
    std::array<std::array<int, 24>, 7> count{};
};

struct Site {
    qint64 id = 0;
    QString code, name, kind;
    double lat = 0, lon = 0;
    int capacity = 0;
    Thresholds thresholds;
};

/** Reads sites, their readings and profiles from the store. Times are UTC seconds; weekday and
 *  hour are the city's local time: the store's meta time_zone (IANA id, as the demo city and
 *  ServiceStore use it), else the system's. When clocks go back the repeated local hour
 *  collects both hours' readings; the hour skipped when they go forward has none that day. */
class OccupancyStore
{
    Q_DECLARE_TR_FUNCTIONS(atalaya::occupancy::OccupancyStore)
public:
    explicit OccupancyStore(Database &db);

    /** How far back lightsAt() replays readings through classify(). */
    static constexpr qint64 kReplaySeconds = 6 * 3600;

    QTimeZone timeZone() const { return m_zone; }

    /** Every site, by id. */
    QList<Site> sites() const;
    /** Every site's light at `at`, in sites() order. Hysteresis is replayed over the readings of
     *  the last kReplaySeconds before `at`, so the answer at a moment does not depend on what
     *  was asked before (replay gives the same lights as live). A reading outside every
     *  hysteresis band decides the light whatever came before it, so the window only matters
     *  when readings hover within 5 % under a line for six hours. A gap longer than
     *  staleAfterSeconds between readings showed grey, so the replay restarts after it. A site
     *  whose latest reading is older than staleAfterSeconds is Unknown with stale set and that
     *  reading's values; a site with no reading at all is Unknown, not stale. */
    QList<SiteLight> lightsAt(qint64 at, qint64 staleAfterSeconds = 30 * 60) const;
    /** Occupancy readings of a site in [from, to], time order: (instant, fraction of capacity). */
    QList<std::pair<qint64, double>> series(qint64 siteId, qint64 from, qint64 to) const;
    /** Typical week from the readings in (at - weeks x 7 days, at]. One range scan of
     *  observation's primary key per sensor, accumulated here: < 50 ms for 90 days of 1-minute
     *  readings (bench/bench_occupancy.cpp). */
    WeekProfile profile(qint64 siteId, qint64 at, int weeks = 8) const;

    struct Alternative {
        qint64 siteId = 0;
        QString code;
        QString name;
        double distanceMetres = 0; // great circle, from the crowded site
        std::optional<double> occupancy; // empty when the site reports a level
    };
    /** For a site at amber, red or closed: the nearest sites of the same kind that are green at
     *  `at` (and not stale), nearest first, at most `limit`. Empty for a site that is green, grey
     *  or unknown. */
    QList<Alternative> alternatives(qint64 siteId, qint64 at, int limit = 3,
                                    qint64 staleAfterSeconds = 30 * 60) const;
    /** The same rule over lights already read (sites[i] shows lights[i]), for a caller that
     *  holds them: the Occupancy page, which would otherwise read every site's hours twice. */
    static QList<Alternative> alternativesAmong(qint64 siteId, const QList<Site> &sites,
                                                const QList<SiteLight> &lights, int limit);

private:
    Database &m_db;
    QTimeZone m_zone;
};

} // namespace atalaya::occupancy
