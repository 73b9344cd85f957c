#include "epidemicindicators.h"

#include "store/database.h"

#include <QSqlQuery>
#include <QVariant>

#include <unordered_map>
#include <vector>

namespace atalaya {

namespace {

struct KeyName {
    EpidemicIndicator indicator;
    const char *key;
};

constexpr KeyName kKeys[] = {
    {EpidemicIndicator::NewCases, "newCases"},
    {EpidemicIndicator::CasesAverage7, "casesAverage7"},
    {EpidemicIndicator::Incidence7, "incidence7"},
    {EpidemicIndicator::Incidence14, "incidence14"},
    {EpidemicIndicator::Positivity7, "positivity7"},
    {EpidemicIndicator::TestRate7, "testRate7"},
    {EpidemicIndicator::Recoveries, "recoveries"},
    {EpidemicIndicator::Deaths, "deaths"},
    {EpidemicIndicator::ActiveCases, "activeCases"},
    {EpidemicIndicator::CoverageDose1, "coverageDose1"},
    {EpidemicIndicator::CoverageDose2, "coverageDose2"},
    {EpidemicIndicator::CoverageBooster, "coverageBooster"},
};

// The columns read per day, each as (sum of reported cells, number of reported cells).
enum Column { Cases, Recoveries, Deaths, Tests, PosCases, PosTests, Dose1, Dose2, Booster, ColumnCount };

// Prefix sums of one column over the day vector, so any window costs two subtractions.
struct Prefix {
    std::vector<qint64> sum{0};
    std::vector<qint64> count{0};

    void append(qint64 s, qint64 c)
    {
        sum.push_back(sum.back() + s);
        count.push_back(count.back() + c);
    }
    // Window of `width` days ending on day i (inclusive).
    qint64 sumOver(int i, int width) const { return sum[size_t(i + 1)] - sum[size_t(std::max(0, i - width + 1))]; }
    qint64 countOver(int i, int width) const
    {
        return count[size_t(i + 1)] - count[size_t(std::max(0, i - width + 1))];
    }
};

// Per day and column, the sum of the reported cells and how many cells reported.
struct DailyColumns {
    std::array<std::vector<std::pair<qint64, qint64>>, ColumnCount> cells;

    void appendDay()
    {
        for (auto &column : cells)
            column.emplace_back(0, 0);
    }
    void appendEmptyDays(int days)
    {
        for (int d = 0; d < days; ++d)
            appendDay();
    }
    void add(int column, qint64 sum, qint64 count)
    {
        auto &cell = cells[size_t(column)].back();
        cell.first += sum;
        cell.second += count;
    }
    int days() const { return int(cells[0].size()); }
};

} // namespace

// Turns a region's daily sums into every indicator; shared by load() and loadAll().
struct EpidemicSeriesBuilder {
    static void compute(EpidemicSeries &series, const DailyColumns &columns);
};

QString indicatorKey(EpidemicIndicator indicator)
{
    for (const KeyName &k : kKeys) {
        if (k.indicator == indicator)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<EpidemicIndicator> indicatorFromKey(const QString &key)
{
    for (const KeyName &k : kKeys) {
        if (key == QLatin1StringView(k.key))
            return k.indicator;
    }
    return std::nullopt;
}

QStringList indicatorKeys()
{
    QStringList keys;
    for (const KeyName &k : kKeys)
        keys.append(QString::fromLatin1(k.key));
    return keys;
}

EpidemicSeries EpidemicSeries::load(const Database &db, qint64 regionId, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return EpidemicSeries();
    };

    QSqlQuery regionQuery = db.prepare(QStringLiteral("SELECT level FROM region WHERE id = ?"));
    regionQuery.addBindValue(regionId);
    if (!Database::exec(regionQuery))
        return fail(tr("Could not read the regions from the store."));
    if (!regionQuery.next())
        return fail(tr("There is no region with id %1.").arg(regionId));
    const QString level = regionQuery.value(0).toString();
    if (level == QLatin1StringView("postcode"))
        return fail(tr("Epidemic figures are kept per neighbourhood; post codes have none."));

    // The same filter picks the constituents in both queries: every neighbourhood for the city,
    // a district's own, or the neighbourhood itself. Only neighbourhood rows are summed, so a
    // district-level row in epidemic_daily is never counted twice.
    const QString constituents = QStringLiteral(
        "n.level = 'neighbourhood' AND (? = 1 OR n.id = ? OR n.parent_id = ?)");
    const int isCity = level == QLatin1StringView("city") ? 1 : 0;

    QSqlQuery popQuery = db.prepare(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(n.population), 0) FROM region n WHERE ") + constituents);
    popQuery.addBindValue(isCity);
    popQuery.addBindValue(regionId);
    popQuery.addBindValue(regionId);
    if (!Database::exec(popQuery) || !popQuery.next())
        return fail(tr("Could not read the regions from the store."));

    EpidemicSeries series;
    series.m_regionId = regionId;
    series.m_level = level;
    series.m_constituents = popQuery.value(0).toInt();
    series.m_population = popQuery.value(1).toLongLong();

    // One grouped pass over the region's whole history. COUNT(column) tells how many
    // neighbourhoods reported, so a suppressed cell (NULL) is never read as a zero. Positivity
    // uses only the cells that reported both cases and tests.
    QSqlQuery query = db.prepare(
        QStringLiteral("SELECT e.day,"
                       " SUM(e.cases), COUNT(e.cases), SUM(e.recoveries), COUNT(e.recoveries),"
                       " SUM(e.deaths), COUNT(e.deaths), SUM(e.tests), COUNT(e.tests),"
                       " SUM(CASE WHEN e.tests IS NOT NULL THEN e.cases END),"
                       " COUNT(CASE WHEN e.tests IS NOT NULL THEN e.cases END),"
                       " SUM(CASE WHEN e.cases IS NOT NULL THEN e.tests END),"
                       " COUNT(CASE WHEN e.cases IS NOT NULL THEN e.tests END),"
                       " SUM(e.vaccinated_dose1), COUNT(e.vaccinated_dose1),"
                       " SUM(e.vaccinated_dose2), COUNT(e.vaccinated_dose2),"
                       " SUM(e.vaccinated_booster), COUNT(e.vaccinated_booster)"
                       " FROM epidemic_daily e JOIN region n ON n.id = e.region_id"
                       " WHERE ")
        + constituents + QStringLiteral(" GROUP BY e.day ORDER BY e.day"));
    query.addBindValue(isCity);
    query.addBindValue(regionId);
    query.addBindValue(regionId);
    if (!Database::exec(query))
        return fail(tr("Could not read the epidemic figures from the store."));

    // A day without any row is a day nobody reported: it still takes its place in the vectors.
    DailyColumns daily;
    QDate previous;
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        if (!day.isValid())
            continue;
        if (!series.m_firstDay.isValid())
            series.m_firstDay = day;
        if (previous.isValid())
            daily.appendEmptyDays(int(previous.daysTo(day) - 1));
        previous = day;
        daily.appendDay();
        for (int c = 0; c < ColumnCount; ++c)
            daily.add(c, query.value(1 + 2 * c).toLongLong(), query.value(2 + 2 * c).toLongLong());
    }
    EpidemicSeriesBuilder::compute(series, daily);
    if (error)
        error->clear();
    return series;
}

void EpidemicSeriesBuilder::compute(EpidemicSeries &series, const DailyColumns &columns)
{
    std::array<Prefix, ColumnCount> prefix;
    const auto &daily = columns.cells;
    for (int c = 0; c < ColumnCount; ++c) {
        for (const auto &[sum, count] : daily[size_t(c)])
            prefix[size_t(c)].append(sum, count);
    }

    const int days = int(daily[Cases].size());
    const qint64 n = series.m_constituents;
    const double population = double(series.m_population);
    for (auto &v : series.m_values)
        v.resize(days);
    for (auto &v : series.m_weekSums)
        v.resize(days);

    auto dailyValue = [&](Column c, int i) {
        DayValue v;
        if (daily[c][size_t(i)].second > 0)
            v.value = double(daily[c][size_t(i)].first);
        v.complete = n > 0 && daily[c][size_t(i)].second == n;
        return v;
    };
    // A window is complete only when it lies inside the history and every neighbourhood reported
    // on every day of it.
    auto windowSum = [&](Column c, int i, int width) {
        DayValue v;
        const Prefix &p = prefix[c];
        if (p.countOver(i, width) > 0)
            v.value = double(p.sumOver(i, width));
        v.complete = n > 0 && i - width + 1 >= 0 && p.countOver(i, width) == qint64(width) * n;
        return v;
    };
    auto perPopulation = [&](DayValue v, double scale) {
        if (v.value && population > 0)
            v.value = *v.value / population * scale;
        else
            v.value.reset();
        return v;
    };
    auto cumulative = [&](Column c, int i) {
        DayValue v;
        const Prefix &p = prefix[c];
        if (p.count[size_t(i + 1)] > 0)
            v.value = double(p.sum[size_t(i + 1)]);
        v.complete = n > 0 && p.count[size_t(i + 1)] == qint64(i + 1) * n;
        return v;
    };
    auto set = [&](EpidemicIndicator indicator, int i, const DayValue &v) { series.m_values[size_t(indicator)][i] = v; };

    for (int i = 0; i < days; ++i) {
        set(EpidemicIndicator::NewCases, i, dailyValue(Cases, i));
        set(EpidemicIndicator::Recoveries, i, dailyValue(Recoveries, i));
        set(EpidemicIndicator::Deaths, i, dailyValue(Deaths, i));

        const DayValue cases7 = windowSum(Cases, i, 7);
        DayValue average = cases7;
        if (average.value)
            *average.value /= 7.0;
        set(EpidemicIndicator::CasesAverage7, i, average);
        set(EpidemicIndicator::Incidence7, i, perPopulation(cases7, 1e5));
        set(EpidemicIndicator::Incidence14, i, perPopulation(windowSum(Cases, i, 14), 1e5));
        set(EpidemicIndicator::TestRate7, i, perPopulation(windowSum(Tests, i, 7), 1e5));

        DayValue positivity;
        const DayValue posCases = windowSum(PosCases, i, 7);
        const DayValue posTests = windowSum(PosTests, i, 7);
        if (posCases.value && posTests.value && *posTests.value > 0)
            positivity.value = 100.0 * *posCases.value / *posTests.value;
        positivity.complete = posTests.complete;
        set(EpidemicIndicator::Positivity7, i, positivity);

        const DayValue cumCases = cumulative(Cases, i);
        const DayValue cumRecoveries = cumulative(Recoveries, i);
        const DayValue cumDeaths = cumulative(Deaths, i);
        DayValue active;
        if (cumCases.value)
            active.value = *cumCases.value - cumRecoveries.value.value_or(0) - cumDeaths.value.value_or(0);
        active.complete = cumCases.complete && cumRecoveries.complete && cumDeaths.complete;
        set(EpidemicIndicator::ActiveCases, i, active);

        set(EpidemicIndicator::CoverageDose1, i, perPopulation(cumulative(Dose1, i), 100.0));
        set(EpidemicIndicator::CoverageDose2, i, perPopulation(cumulative(Dose2, i), 100.0));
        set(EpidemicIndicator::CoverageBooster, i, perPopulation(cumulative(Booster, i), 100.0));

        series.m_weekSums[0][i] = cases7;
        series.m_weekSums[1][i] = windowSum(Recoveries, i, 7);
        series.m_weekSums[2][i] = windowSum(Deaths, i, 7);
    }
}

QHash<qint64, EpidemicSeries> EpidemicSeries::loadAll(const Database &db, QString *error)
{
    QHash<qint64, EpidemicSeries> result;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QHash<qint64, EpidemicSeries>();
    };

    // Every region's accumulator: its series, the running daily sums and the last day seen.
    struct Accumulator {
        EpidemicSeries series;
        DailyColumns daily;
        QDate previous;

        void startDay(const QDate &day)
        {
            if (day == previous)
                return;
            if (!previous.isValid())
                series.m_firstDay = day;
            else
                daily.appendEmptyDays(int(previous.daysTo(day) - 1));
            daily.appendDay();
            previous = day;
        }
    };
    // unordered_map keeps its elements in place as it grows, so the pointers below stay valid.
    std::unordered_map<qint64, Accumulator> accumulators;
    // A neighbourhood's row also counts for its district and the city: the same sums load() makes.
    QHash<qint64, QList<Accumulator *>> targets;

    QSqlQuery regions = db.prepare(QStringLiteral(
        "SELECT id, level, parent_id, population FROM region WHERE level IN ('city', 'district', 'neighbourhood')"
        " ORDER BY level = 'neighbourhood'"));
    if (!Database::exec(regions))
        return fail(tr("Could not read the regions from the store."));
    Accumulator *city = nullptr;
    while (regions.next()) {
        const qint64 id = regions.value(0).toLongLong();
        Accumulator &acc = accumulators[id];
        acc.series.m_regionId = id;
        acc.series.m_level = regions.value(1).toString();
        if (acc.series.m_level == QLatin1StringView("city")) {
            city = &acc;
        } else if (acc.series.m_level == QLatin1StringView("neighbourhood")) {
            const qint64 population = regions.value(3).toLongLong();
            QList<Accumulator *> &to = targets[id];
            to.append(&acc);
            const auto parent = accumulators.find(regions.value(2).toLongLong());
            if (parent != accumulators.end() && parent->second.series.m_level == QLatin1StringView("district"))
                to.append(&parent->second);
            if (city)
                to.append(city);
            for (Accumulator *target : std::as_const(to)) {
                ++target->series.m_constituents;
                target->series.m_population += population;
            }
        }
    }

    // One pass over every neighbourhood row in day order. Cells follow load()'s columns: the
    // positivity pair counts only cells that reported both cases and tests.
    QSqlQuery rows = db.prepare(QStringLiteral(
        "SELECT e.region_id, e.day, e.cases, e.recoveries, e.deaths, e.tests,"
        " e.vaccinated_dose1, e.vaccinated_dose2, e.vaccinated_booster"
        " FROM epidemic_daily e JOIN region n ON n.id = e.region_id"
        " WHERE n.level = 'neighbourhood' ORDER BY e.day"));
    rows.setForwardOnly(true);
    if (!Database::exec(rows))
        return fail(tr("Could not read the epidemic figures from the store."));
    QString dayText;
    QDate day;
    while (rows.next()) {
        const auto to = targets.constFind(rows.value(0).toLongLong());
        if (to == targets.cend())
            continue;
        const QString text = rows.value(1).toString();
        if (text != dayText) {
            dayText = text;
            day = QDate::fromString(text, Qt::ISODate);
        }
        if (!day.isValid())
            continue;
        std::array<std::pair<qint64, qint64>, ColumnCount> cells{};
        auto cell = [&](int field) -> std::pair<qint64, qint64> {
            const QVariant v = rows.value(field);
            return v.isNull() ? std::pair<qint64, qint64>{0, 0} : std::pair<qint64, qint64>{v.toLongLong(), 1};
        };
        cells[Cases] = cell(2);
        cells[Recoveries] = cell(3);
        cells[Deaths] = cell(4);
        cells[Tests] = cell(5);
        if (cells[Cases].second && cells[Tests].second) {
            cells[PosCases] = cells[Cases];
            cells[PosTests] = cells[Tests];
        }
        cells[Dose1] = cell(6);
        cells[Dose2] = cell(7);
        cells[Booster] = cell(8);
        for (Accumulator *target : *to) {
            target->startDay(day);
            for (int c = 0; c < ColumnCount; ++c)
                target->daily.add(c, cells[size_t(c)].first, cells[size_t(c)].second);
        }
    }

    result.reserve(qsizetype(accumulators.size()));
    for (auto &[id, acc] : accumulators) {
        EpidemicSeriesBuilder::compute(acc.series, acc.daily);
        result.insert(id, std::move(acc.series));
    }
    if (error)
        error->clear();
    return result;
}

int EpidemicSeries::indexOf(const QDate &day) const
{
    if (!m_firstDay.isValid() || !day.isValid())
        return -1;
    const qint64 i = m_firstDay.daysTo(day);
    return i >= 0 && i < size() ? int(i) : -1;
}

DayValue EpidemicSeries::at(EpidemicIndicator indicator, const QDate &day) const
{
    const int i = indexOf(day);
    return i < 0 ? DayValue() : values(indicator)[i];
}

HeadlineValue EpidemicSeries::headline(EpidemicIndicator indicator, const QDate &day) const
{
    HeadlineValue result;
    if (size() == 0 || !day.isValid() || day < m_firstDay)
        return result;
    const QList<DayValue> &series = values(indicator);
    int i = day > lastDay() ? size() - 1 : indexOf(day);
    while (i >= 0 && !series[i].value)
        --i;
    if (i < 0)
        return result;
    result.value = series[i].value;
    result.complete = series[i].complete;
    result.asOf = m_firstDay.addDays(i);

    const QList<DayValue> *basis = &series;
    if (indicator == EpidemicIndicator::NewCases)
        basis = &m_weekSums[0];
    else if (indicator == EpidemicIndicator::Recoveries)
        basis = &m_weekSums[1];
    else if (indicator == EpidemicIndicator::Deaths)
        basis = &m_weekSums[2];
    result.thisWeek = (*basis)[i].value;
    if (i >= 7)
        result.weekBefore = (*basis)[i - 7].value;
    if (result.thisWeek && result.weekBefore && *result.weekBefore != 0)
        result.trendPercent = 100.0 * (*result.thisWeek - *result.weekBefore) / *result.weekBefore;
    return result;
}

} // namespace atalaya
