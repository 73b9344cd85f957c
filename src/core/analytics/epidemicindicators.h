#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace atalaya {

class Database;

/** The indicators of the epidemic panel. Their keys (indicatorKey) name them in risk-scheme files.
 *
 *  Definitions, per region and day d (a region's counts are the sums of its neighbourhoods):
 *  - NewCases, Recoveries, Deaths: the day's counts.
 *  - CasesAverage7: cases over d-6..d divided by 7.
 *  - Incidence7, Incidence14: cases over the last 7 / 14 days per 100,000 residents.
 *  - Positivity7: cases / tests over d-6..d, in percent, from the neighbourhood-days that reported
 *    both (a day without tests says nothing about positivity).
 *  - TestRate7: tests over d-6..d per 100,000 (ECDC's grey state needs it).
 *  - ActiveCases: cumulative cases minus cumulative recoveries minus cumulative deaths since the
 *    start of the store's history, the Johns Hopkins CSSE definition ("confirmed - recovered -
 *    deaths"). Chosen over "cases of the last 14 days" because the store has recoveries and deaths,
 *    and mixing a 14-day window with recoveries of older cases would go negative.
 *  - CoverageDose1, CoverageDose2, CoverageBooster: cumulative people vaccinated / population,
 *    in percent.
 */
enum class EpidemicIndicator {
    NewCases,
    CasesAverage7,
    Incidence7,
    Incidence14,
    Positivity7,
    TestRate7,
    Recoveries,
    Deaths,
    ActiveCases,
    CoverageDose1,
    CoverageDose2,
    CoverageBooster,
};
inline constexpr int kEpidemicIndicatorCount = int(EpidemicIndicator::CoverageBooster) + 1;

/** Stable key of an indicator ("incidence7"), as written in scheme files. */
QString indicatorKey(EpidemicIndicator indicator);
/** The indicator with that key, or nullopt. */
std::optional<EpidemicIndicator> indicatorFromKey(const QString &key);
/** Every key, in enum order (for error messages that list what is allowed). */
QStringList indicatorKeys();

/** One indicator on one day. value is nullopt when nothing behind it was reported; complete is
 *  false when some day or some neighbourhood in its window was not reported (NULL, or no row), or
 *  the window reaches before the start of the history: the value then sums only what was reported
 *  and must not be read as the whole. */
struct DayValue {
    std::optional<double> value;
    bool complete = false;

    bool usable() const { return value.has_value() && complete; }
};

/** An indicator on the headline: its value on its "as of" day, and the trend against the week
 *  before. */
struct HeadlineValue {
    std::optional<double> value;
    bool complete = false;
    QDate asOf;                          // the last day, on or before the asked one, with a value
    // What the trend compares: for the daily counts the 7-day sums ending on asOf and 7 days
    // earlier, for the others the value on asOf and 7 days earlier.
    std::optional<double> thisWeek;
    std::optional<double> weekBefore;
    std::optional<double> trendPercent;  // 100 * (thisWeek - weekBefore) / weekBefore; nullopt if 0 or missing
};

/** A region's whole day-by-day history of every indicator, read with one query. Day i is
 *  firstDay + i; every vector has size() entries. */
class EpidemicSeries
{
    Q_DECLARE_TR_FUNCTIONS(EpidemicSeries) // load errors are shown to users

public:
    /** Reads the history of a region: a neighbourhood alone, a district as the sum of its
     *  neighbourhoods, the city as the sum of all neighbourhoods. Population is the sum of the
     *  same neighbourhoods, so numerator and denominator cover the same people. On failure
     *  (unknown region, post-code level, SQL error) returns an invalid series and sets *error. */
    static EpidemicSeries load(const Database &db, qint64 regionId, QString *error = nullptr);
    /** Every city, district and neighbourhood series at once, by region id, from one pass over
     *  the neighbourhood rows: what a panel showing every region needs (load() per region reads
     *  the whole table each time). Each series equals load() of its region. On a store error
     *  returns an empty hash and sets *error. */
    static QHash<qint64, EpidemicSeries> loadAll(const Database &db, QString *error = nullptr);

    bool isValid() const { return m_regionId != 0; }
    qint64 regionId() const { return m_regionId; }
    QString level() const { return m_level; }
    qint64 population() const { return m_population; }
    int constituents() const { return m_constituents; } // neighbourhoods summed
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_firstDay.isValid() ? m_firstDay.addDays(size() - 1) : QDate(); }
    int size() const { return int(m_values[0].size()); }
    /** Index of a day in the vectors, or -1 outside the history. */
    int indexOf(const QDate &day) const;

    /** The day-indexed values of one indicator. */
    const QList<DayValue> &values(EpidemicIndicator indicator) const { return m_values[size_t(indicator)]; }
    /** The value on a day (an empty DayValue outside the history). */
    DayValue at(EpidemicIndicator indicator, const QDate &day) const;

    /** The headline figure on `day`: the last value on or before it, and its trend. Daily counts
     *  (new cases, recoveries, deaths) trend on their 7-day sums, since one weekday against the
     *  same weekday is mostly noise; the others trend on their own value 7 days earlier. */
    HeadlineValue headline(EpidemicIndicator indicator, const QDate &day) const;

private:
    friend struct EpidemicSeriesBuilder;

    qint64 m_regionId = 0;
    QString m_level;
    qint64 m_population = 0;
    int m_constituents = 0;
    QDate m_firstDay;
    std::array<QList<DayValue>, kEpidemicIndicatorCount> m_values;
    // 7-day sums of the daily counts, for their trends.
    std::array<QList<DayValue>, 3> m_weekSums;
};

} // namespace atalaya
