#include "epidemicpanel.h"

#include "analytics/downsample.h"
#include "appsettings.h"
#include "io/epidemicimport.h"
#include "io/regionimport.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcEpidemicPanel, "atalaya.epidemic")

namespace atalaya {

namespace {

/** How the page presents each indicator, in display order. */
struct IndicatorInfo {
    EpidemicIndicator indicator;
    const char *title;
    const char *unit;
    int decimals;
    bool increaseIsBad;
    bool dailyCount; // trends on 7-day sums (see EpidemicSeries::headline)
};

constexpr IndicatorInfo kIndicators[] = {
    {EpidemicIndicator::NewCases, QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "New cases"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "cases on the day"), 0, true, true},
    {EpidemicIndicator::CasesAverage7, QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "7-day average"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "cases a day"), 1, true, false},
    {EpidemicIndicator::Incidence7, QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "7-day incidence"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "per 100,000"), 1, true, false},
    {EpidemicIndicator::Incidence14, QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "14-day incidence"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "per 100,000"), 1, true, false},
    {EpidemicIndicator::Positivity7, QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Test positivity"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "% of tests, 7 days"), 1, true, false},
    {EpidemicIndicator::TestRate7, QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Testing"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "tests per 100,000, 7 days"), 0, false, false},
    {EpidemicIndicator::Recoveries, QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Recoveries"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "on the day"), 0, false, true},
    {EpidemicIndicator::Deaths, QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Deaths"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "on the day"), 0, true, true},
    {EpidemicIndicator::ActiveCases, QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Active cases"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "cases − recoveries − deaths"), 0, true, false},
    {EpidemicIndicator::CoverageDose1, QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "First dose"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "% of residents"), 1, false, false},
    {EpidemicIndicator::CoverageDose2, QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Second dose"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "% of residents"), 1, false, false},
    {EpidemicIndicator::CoverageBooster, QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Booster"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "% of residents"), 1, false, false},
};

const IndicatorInfo &infoOf(EpidemicIndicator indicator)
{
    for (const IndicatorInfo &info : kIndicators) {
        if (info.indicator == indicator)
            return info;
    }
    return kIndicators[0];
}

QString translated(const char *text)
{
    return EpidemicPanel::tr(text);
}

// Midnight UTC of a day, in ms since the epoch, for DateTimeAxis.
double msOf(const QDate &day)
{
    return double(QDateTime(day, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch());
}

QString dayString(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMM yyyy")) : QString();
}

// A class break people read at a glance: 1,234 -> 1,200; 0.0456 -> 0.046.
double roundToSignificant(double value, int digits)
{
    if (!(value > 0))
        return 0;
    const double power = std::pow(10.0, std::floor(std::log10(value)) - (digits - 1));
    return std::round(value / power) * power;
}

QString numberText(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// An epidemic_reported indicator name ("cases_cumulative", "incidence_per_100k_14d") in words.
QString reportedTitle(const QString &indicator, int windowDays)
{
    static const QList<std::pair<QString, const char *>> subjects = {
        {QStringLiteral("incidence_per_100k"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Rate per 100,000")},
        {QStringLiteral("vaccinated_dose1"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "First doses")},
        {QStringLiteral("vaccinated_dose2"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Second doses")},
        {QStringLiteral("vaccinated_booster"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Boosters")},
        {QStringLiteral("recoveries"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Recoveries")},
        {QStringLiteral("positivity"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Positivity (%)")},
        {QStringLiteral("deaths"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Deaths")},
        {QStringLiteral("cases"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Cases")},
        {QStringLiteral("tests"), QT_TRANSLATE_NOOP("atalaya::EpidemicPanel", "Tests")},
    };
    QString subject = indicator;
    for (const auto &[key, title] : subjects) {
        if (indicator.startsWith(key)) {
            subject = translated(title);
            break;
        }
    }
    if (indicator.endsWith(QLatin1StringView("_cumulative")))
        return EpidemicPanel::tr("%1, cumulative").arg(subject);
    if (windowDays > 0)
        return EpidemicPanel::tr("%1 over %n days", nullptr, windowDays).arg(subject);
    return subject;
}

} // namespace

// --- EpidemicHeadlineModel ---------------------------------------------------------------------

EpidemicHeadlineModel::EpidemicHeadlineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EpidemicHeadlineModel::setRows(QList<Row> rows)
{
    const bool sameKeys = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) { return a.key == b.key; });
    if (!sameKeys) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int EpidemicHeadlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EpidemicHeadlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole: return row.key;
    case Qt::DisplayRole:
    case TitleRole: return row.title;
    case ValueRole: return row.value;
    case DecimalsRole: return row.decimals;
    case UnitRole: return row.unit;
    case TrendPercentRole: return row.trendPercent;
    case TrendContextRole: return row.trendContext;
    case IncreaseIsBadRole: return row.increaseIsBad;
    case AsOfTextRole: return row.asOfText;
    case DetailRole: return row.detail;
    default: return {};
    }
}

QHash<int, QByteArray> EpidemicHeadlineModel::roleNames() const
{
    return {
        {KeyRole, "key"},
        {TitleRole, "title"},
        {ValueRole, "value"},
        {DecimalsRole, "decimals"},
        {UnitRole, "unit"},
        {TrendPercentRole, "trendPercent"},
        {TrendContextRole, "trendContext"},
        {IncreaseIsBadRole, "increaseIsBad"},
        {AsOfTextRole, "asOfText"},
        {DetailRole, "detail"},
    };
}

// --- EpidemicPanel -----------------------------------------------------------------------------

EpidemicPanel::EpidemicPanel(QObject *parent)
    : QObject(parent)
    , m_regions(new EpidemicRegionsModel(this))
    , m_ranking(new EpidemicRankingModel(this))
    , m_headline(new EpidemicHeadlineModel(this))
    , m_schemes(RiskScheme::presets())
{
    m_ranking->setSourceModel(m_regions);
}

EpidemicPanel::~EpidemicPanel() = default;

void EpidemicPanel::setDatabase(Database *db)
{
    m_db = db;
    // The user's scheme file, once: it is remembered when loaded from the page.
    if (db && !m_settingsRead) {
        m_settingsRead = true;
        if (AppSettings *settings = AppSettings::instance()) {
            loadSchemeFileSilently(settings->riskSchemeFile());
            connect(this, &EpidemicPanel::schemeFileLoaded, settings, &AppSettings::setRiskSchemeFile);
        }
    }
    reload();
}

void EpidemicPanel::reload()
{
    m_stale = true;
    if (m_active)
        load();
}

void EpidemicPanel::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && m_stale)
        load();
}

void EpidemicPanel::setError(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void EpidemicPanel::load()
{
    m_stale = false;
    m_series.clear();
    m_regionInfo.clear();
    m_riskCache.clear();
    m_cityId = 0;
    m_firstDay = {};
    m_lastDay = {};
    if (!m_db) {
        rebuildRegionRows();
        return;
    }
    QElapsedTimer timer;
    timer.start();

    QString error;
    m_series = EpidemicSeries::loadAll(*m_db, &error);
    if (!error.isEmpty()) {
        setError(error);
        return;
    }

    QSqlQuery query = m_db->prepare(QStringLiteral(
        "SELECT id, level, code, name, parent_id, population, area_km2, share_over_65, deprivation_index,"
        " geometry, centroid_lat, centroid_lon FROM region WHERE level IN ('city', 'district', 'neighbourhood')"));
    if (!Database::exec(query)) {
        setError(tr("Could not read the regions from the store."));
        return;
    }
    auto optionalOf = [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble()); };
    while (query.next()) {
        Region region;
        region.id = query.value(0).toLongLong();
        region.level = query.value(1).toString();
        region.code = query.value(2).toString();
        region.name = query.value(3).toString();
        region.parentId = query.value(4).toLongLong();
        region.population = query.value(5).toLongLong();
        region.areaKm2 = optionalOf(query.value(6));
        region.shareOver65 = optionalOf(query.value(7));
        region.deprivation = optionalOf(query.value(8));
        region.label = QGeoCoordinate(query.value(10).toDouble(), query.value(11).toDouble());
        Geometry geometry;
        QString geometryError;
        if (geo::fromGeoJson(query.value(9).toString(), &geometry, &geometryError)
            && (geometry.type == Geometry::Type::Polygon || geometry.type == Geometry::Type::MultiPolygon)) {
            region.polygons = geometry.polygons;
            // MapPolygon draws one ring: the largest part carries the region on the map.
            const Polygon *largest = nullptr;
            double largestArea = -1;
            for (const Polygon &polygon : std::as_const(region.polygons)) {
                const double area = geo::areaKm2(polygon);
                if (area > largestArea) {
                    largestArea = area;
                    largest = &polygon;
                }
            }
            if (largest) {
                for (const GeoPoint &p : largest->outer)
                    region.outline.append(QVariant::fromValue(QGeoCoordinate(p.lat, p.lon)));
            }
        } else if (region.level != QLatin1StringView("city")) {
            // One broken outline must not blank the panel: the region stays in the table.
            qCWarning(lcEpidemicPanel) << "region" << region.code << "has no usable outline:" << geometryError;
        }
        if (region.level == QLatin1StringView("city"))
            m_cityId = region.id;
        m_regionInfo.insert(region.id, region);
    }
    if (const EpidemicSeries *city = seriesOf(0); city && city->size() > 0) {
        m_firstDay = city->firstDay();
        m_lastDay = city->lastDay();
    }
    if (m_selectedId != 0 && !m_regionInfo.contains(m_selectedId))
        m_selectedId = 0;
    // Also when the selection stays: the city's name (the selection 0) is known only now.
    Q_EMIT selectedChanged();
    setError({});
    qCInfo(lcEpidemicPanel) << "read" << m_series.size() << "regions'" << "series in" << timer.elapsed() << "ms";

    m_loaded = true;
    computeBreaks();
    setAt(m_at.isValid() ? m_at : QDateTime::currentDateTimeUtc());
    rebuildRegionRows();
    updateHeadline();
    updateReportedBySource();
    Q_EMIT loadedChanged(); // also after a reload: an import may have changed the history
    Q_EMIT seriesChanged();
}

const EpidemicSeries *EpidemicPanel::seriesOf(qint64 regionId) const
{
    const auto it = m_series.constFind(regionId == 0 ? m_cityId : regionId);
    return it == m_series.cend() ? nullptr : &*it;
}

const RiskScheme &EpidemicPanel::currentScheme() const
{
    return m_schemes.at(std::clamp(m_schemeIndex, 0, int(m_schemes.size()) - 1));
}

const QList<int> &EpidemicPanel::riskSeries(qint64 regionId) const
{
    auto it = m_riskCache.find(regionId);
    if (it == m_riskCache.end()) {
        const EpidemicSeries *series = seriesOf(regionId);
        it = m_riskCache.insert(regionId, series ? currentScheme().classifySeries(*series) : QList<int>());
    }
    return *it;
}

void EpidemicPanel::setAt(const QDateTime &at)
{
    m_at = at;
    QDate day = at.toUTC().date();
    // After the last report (today, before the morning's figures): the last reported day, so the
    // panel never shows an empty map for a day nobody has reported yet.
    if (const EpidemicSeries *city = seriesOf(0); city && city->size() > 0 && day >= city->firstDay()) {
        const QList<DayValue> &cases = city->values(EpidemicIndicator::NewCases);
        int i = day > city->lastDay() ? city->size() - 1 : city->indexOf(day);
        while (i > 0 && !cases[i].value)
            --i;
        day = city->firstDay().addDays(i);
    }
    if (day == m_day)
        return;
    m_day = day;
    Q_EMIT dayChanged();
    if (!m_loaded)
        return;
    updateDayValues();
    updateHeadline();
    updateReportedBySource();
}

QString EpidemicPanel::dayText() const
{
    return dayString(m_day);
}

double EpidemicPanel::dayMsecs() const
{
    return m_day.isValid() ? msOf(m_day) : qQNaN();
}

QDateTime EpidemicPanel::historyFrom() const
{
    return m_firstDay.isValid() ? QDateTime(m_firstDay, QTime(0, 0), QTimeZone::UTC) : QDateTime();
}

QDateTime EpidemicPanel::historyTo() const
{
    return m_lastDay.isValid() ? QDateTime(m_lastDay, QTime(0, 0), QTimeZone::UTC) : QDateTime();
}

// --- choices -----------------------------------------------------------------------------------

void EpidemicPanel::setRegionLevel(const QString &level)
{
    if (level == m_regionLevel
        || (level != QLatin1StringView("district") && level != QLatin1StringView("neighbourhood")))
        return;
    m_regionLevel = level;
    Q_EMIT regionLevelChanged();
    computeBreaks();
    rebuildRegionRows();
    Q_EMIT seriesChanged();
}

void EpidemicPanel::setIndicator(const QString &key)
{
    const std::optional<EpidemicIndicator> indicator = indicatorFromKey(key);
    if (!indicator || *indicator == m_indicator)
        return;
    m_indicator = *indicator;
    Q_EMIT indicatorChanged();
    computeBreaks();
    updateDayValues();
    Q_EMIT seriesChanged();
}

void EpidemicPanel::setColourByRisk(bool byRisk)
{
    if (byRisk == m_colourByRisk)
        return;
    m_colourByRisk = byRisk;
    Q_EMIT colourByRiskChanged();
    updateLegend();
    updateDayValues();
}

QVariantList EpidemicPanel::indicators() const
{
    QVariantList list;
    for (const IndicatorInfo &info : kIndicators) {
        list.append(QVariantMap{{QStringLiteral("key"), indicatorKey(info.indicator)},
                                {QStringLiteral("name"), translated(info.title)},
                                {QStringLiteral("unit"), translated(info.unit)},
                                {QStringLiteral("decimals"), info.decimals},
                                {QStringLiteral("increaseIsBad"), info.increaseIsBad}});
    }
    return list;
}

QString EpidemicPanel::indicatorName(const QString &key) const
{
    const std::optional<EpidemicIndicator> indicator = indicatorFromKey(key);
    return indicator ? translated(infoOf(*indicator).title) : key;
}

QVariantList EpidemicPanel::schemes() const
{
    const QList<RiskScheme> presets = RiskScheme::presets();
    QVariantList list;
    for (const RiskScheme &scheme : m_schemes) {
        const bool preset = std::any_of(presets.cbegin(), presets.cend(), [&](const RiskScheme &p) { return p.key == scheme.key; });
        list.append(QVariantMap{{QStringLiteral("key"), scheme.key},
                                {QStringLiteral("name"), scheme.name},
                                {QStringLiteral("preset"), preset}});
    }
    return list;
}

void EpidemicPanel::setSchemeKey(const QString &key)
{
    for (int i = 0; i < m_schemes.size(); ++i) {
        if (m_schemes.at(i).key == key && i != m_schemeIndex) {
            m_schemeIndex = i;
            m_riskCache.clear();
            Q_EMIT schemeKeyChanged();
            updateLegend();
            updateDayValues();
            return;
        }
    }
}

QVariantList EpidemicPanel::riskLevels() const
{
    QVariantList list;
    for (const RiskLevel &level : currentScheme().levels) {
        list.append(QVariantMap{{QStringLiteral("index"), level.index},
                                {QStringLiteral("key"), level.key},
                                {QStringLiteral("name"), level.name}});
    }
    return list;
}

QString EpidemicPanel::loadSchemeFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const RiskSchemeLoad loaded = RiskSchemeReader::readFile(path);
    QStringList lines;
    for (const RiskScheme &scheme : loaded.schemes) {
        // A scheme of the same key replaces the earlier one: editing the file and loading it
        // again is how a user refines a scheme.
        const auto same = std::find_if(m_schemes.begin(), m_schemes.end(), [&](const RiskScheme &s) { return s.key == scheme.key; });
        if (same != m_schemes.end())
            *same = scheme;
        else
            m_schemes.append(scheme);
    }
    if (!loaded.schemes.isEmpty()) {
        lines.append(tr("Loaded %n scheme(s) from %1.", nullptr, int(loaded.schemes.size())).arg(QFileInfo(path).fileName()));
        Q_EMIT schemesChanged();
        Q_EMIT schemeFileLoaded(path);
        // Show the first scheme of the file: the user loaded it to see it.
        m_schemeIndex = -1;
        const QString first = loaded.schemes.first().key;
        for (int i = 0; i < m_schemes.size(); ++i) {
            if (m_schemes.at(i).key == first)
                m_schemeIndex = i;
        }
        m_riskCache.clear();
        Q_EMIT schemeKeyChanged();
        updateLegend();
        updateDayValues();
    }
    lines.append(loaded.errors);
    if (loaded.schemes.isEmpty() && loaded.errors.isEmpty())
        lines.append(tr("%1 holds no schemes.").arg(QFileInfo(path).fileName()));
    m_schemeMessage = lines.join(QLatin1Char('\n'));
    Q_EMIT schemeMessageChanged();
    return m_schemeMessage;
}

void EpidemicPanel::loadSchemeFileSilently(const QString &path)
{
    if (path.isEmpty())
        return;
    const RiskSchemeLoad loaded = RiskSchemeReader::readFile(path);
    for (const RiskScheme &scheme : loaded.schemes) {
        if (std::none_of(m_schemes.cbegin(), m_schemes.cend(), [&](const RiskScheme &s) { return s.key == scheme.key; }))
            m_schemes.append(scheme);
    }
    if (!loaded.errors.isEmpty()) {
        m_schemeMessage = loaded.errors.join(QLatin1Char('\n'));
        Q_EMIT schemeMessageChanged();
    }
    Q_EMIT schemesChanged();
}

// --- selection ---------------------------------------------------------------------------------

void EpidemicPanel::setSelectedRegionId(qint64 id)
{
    if (id != 0 && !m_regionInfo.contains(id))
        return;
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    Q_EMIT selectedChanged();
    m_regions->updateRows([id](EpidemicRegionsModel::Row &row) { row.selected = row.id == id; });
    updateHeadline();
    updateReportedBySource();
    Q_EMIT seriesChanged();
}

QString EpidemicPanel::selectedRegionName() const
{
    if (m_selectedId == 0)
        return m_regionInfo.value(m_cityId).name;
    return m_regionInfo.value(m_selectedId).name;
}

QGeoCoordinate EpidemicPanel::selectedCoordinate() const
{
    return m_selectedId == 0 ? QGeoCoordinate() : m_regionInfo.value(m_selectedId).label;
}

qint64 EpidemicPanel::regionAt(const QGeoCoordinate &coordinate) const
{
    if (!coordinate.isValid())
        return 0;
    const GeoPoint p{coordinate.latitude(), coordinate.longitude()};
    for (const Region &region : m_regionInfo) {
        if (region.level == m_regionLevel && geo::contains(region.polygons, p))
            return region.id;
    }
    return 0;
}

// --- values at the day -------------------------------------------------------------------------

QString EpidemicPanel::formatValue(EpidemicIndicator indicator, const std::optional<double> &value) const
{
    if (!value)
        return tr("No data");
    return numberText(*value, infoOf(indicator).decimals);
}

void EpidemicPanel::computeBreaks()
{
    // Breaks from the whole history of the level, not the day, so a colour means the same amount
    // on every day of a replay: the quintiles of every region-day's value, rounded to two
    // significant digits so the legend reads "1,200 to 2,400". Quantiles rather than equal steps
    // because epidemic values are skewed: equal steps up to a wave's peak would paint every
    // ordinary day in the lowest class.
    QList<double> values;
    for (const Region &region : std::as_const(m_regionInfo)) {
        if (region.level != m_regionLevel)
            continue;
        if (const EpidemicSeries *series = seriesOf(region.id)) {
            for (const DayValue &v : series->values(m_indicator)) {
                if (v.value && v.complete)
                    values.append(*v.value);
            }
        }
    }
    std::sort(values.begin(), values.end());
    constexpr int classes = 5;
    m_breaks = {0.0};
    for (int k = 1; k < classes && !values.isEmpty(); ++k) {
        const double q = values.at(std::min(values.size() - 1, qsizetype(double(values.size()) * k / classes)));
        const double cut = roundToSignificant(q, 2);
        if (cut > m_breaks.constLast())
            m_breaks.append(cut);
    }
    updateLegend();
}

int EpidemicPanel::colourClassOf(const std::optional<double> &value) const
{
    if (!value || m_breaks.isEmpty())
        return -1;
    int k = 0;
    while (k + 1 < m_breaks.size() && *value >= m_breaks.at(k + 1))
        ++k;
    return k;
}

QString EpidemicPanel::legendTitle() const
{
    if (m_colourByRisk)
        return tr("Risk: %1").arg(currentScheme().name);
    const IndicatorInfo &info = infoOf(m_indicator);
    return tr("%1 (%2)").arg(translated(info.title), translated(info.unit));
}

void EpidemicPanel::updateLegend()
{
    QVariantList legend;
    if (m_colourByRisk) {
        for (const RiskLevel &level : currentScheme().levels)
            legend.append(QVariantMap{{QStringLiteral("colourClass"), level.index}, {QStringLiteral("label"), level.name}});
    } else {
        // As many decimals as the breaks need to read exactly (2.5 %, not 3 %).
        int decimals = 0;
        for (double b : std::as_const(m_breaks)) {
            while (decimals < 3 && std::abs(b * std::pow(10.0, decimals) - std::round(b * std::pow(10.0, decimals))) > 1e-9)
                ++decimals;
        }
        for (int k = 0; k < m_breaks.size(); ++k) {
            QString label;
            if (m_breaks.size() == 1)
                label = tr("any value");
            else if (k == 0)
                label = tr("under %1").arg(numberText(m_breaks.at(1), decimals));
            else if (k + 1 < m_breaks.size())
                label = tr("%1 to %2").arg(numberText(m_breaks.at(k), decimals), numberText(m_breaks.at(k + 1), decimals));
            else
                label = tr("%1 or more").arg(numberText(m_breaks.at(k), decimals));
            legend.append(QVariantMap{{QStringLiteral("colourClass"), k}, {QStringLiteral("label"), label}});
        }
    }
    m_legend = legend;
    Q_EMIT legendChanged();
}

void EpidemicPanel::rebuildRegionRows()
{
    QList<EpidemicRegionsModel::Row> rows;
    for (const Region &region : std::as_const(m_regionInfo)) {
        if (region.level != m_regionLevel)
            continue;
        EpidemicRegionsModel::Row row;
        row.id = region.id;
        row.code = region.code;
        row.name = region.name;
        row.coordinates = region.outline;
        row.label = region.label;
        row.population = region.population;
        const double area = region.areaKm2.value_or(geo::areaKm2(region.polygons));
        if (area > 0 && region.population > 0)
            row.density = double(region.population) / area;
        if (region.shareOver65)
            row.shareOver65 = *region.shareOver65 <= 1.0 ? *region.shareOver65 * 100.0 : *region.shareOver65;
        row.deprivation = region.deprivation;
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.code < b.code; });
    m_regions->setRows(std::move(rows));
    updateDayValues();
}

void EpidemicPanel::updateDayValues()
{
    if (!m_loaded)
        return;
    const QString grey = RiskScheme::insufficientLevel().name;
    const RiskScheme &scheme = currentScheme();
    const QString indicatorTitle = translated(infoOf(m_indicator).title);
    m_regions->updateRows([&](EpidemicRegionsModel::Row &row) {
        const EpidemicSeries *series = seriesOf(row.id);
        const int i = series ? series->indexOf(m_day) : -1;
        const DayValue v = i >= 0 ? series->values(m_indicator)[i] : DayValue();
        row.value = v.value;
        row.complete = v.complete;
        row.valueText = formatValue(m_indicator, v.value);
        row.trendPercent.reset();
        if (i >= 7 && v.value) {
            const DayValue before = series->values(m_indicator)[i - 7];
            if (before.value && *before.value != 0)
                row.trendPercent = 100.0 * (*v.value - *before.value) / *before.value;
        }
        const QList<int> &risk = riskSeries(row.id);
        row.riskIndex = i >= 0 && i < risk.size() ? risk.at(i) : -1;
        row.riskName = row.riskIndex >= 0 ? scheme.level(row.riskIndex).name : grey;
        row.colourClass = m_colourByRisk ? row.riskIndex : colourClassOf(v.value);
        row.selected = row.id == m_selectedId;
        row.trendText = trendText(row.trendPercent);
        row.description = describe(row, indicatorTitle);
    });
}

QString EpidemicPanel::trendText(const std::optional<double> &percent)
{
    if (!percent)
        return tr("No data");
    // The arrows are Theme.arrowUp, arrowDown and arrowFlat.
    const int rounded = qRound(*percent);
    if (rounded > 0)
        return tr("%1 up %2 %").arg(QStringLiteral("\u25B2"), numberText(rounded, 0));
    if (rounded < 0)
        return tr("%1 down %2 %").arg(QStringLiteral("\u25BC"), numberText(-rounded, 0));
    return tr("%1 unchanged").arg(QStringLiteral("\u25B6"));
}

QString EpidemicPanel::describe(const EpidemicRegionsModel::Row &row, const QString &indicatorTitle)
{
    auto optionalNumber = [](const std::optional<double> &value, int decimals) {
        return value ? numberText(*value, decimals) : tr("No data");
    };
    QStringList parts{row.name, indicatorTitle + QLatin1Char(' ') + row.valueText};
    if (!row.complete)
        parts.append(tr("partial"));
    parts.append(tr("risk %1").arg(row.riskName));
    parts.append(row.trendText);
    parts.append(tr("%1 residents per km²").arg(optionalNumber(row.density, 0)));
    parts.append(tr("%1 % over 65").arg(optionalNumber(row.shareOver65, 1)));
    parts.append(tr("deprivation %1").arg(optionalNumber(row.deprivation, 2)));
    return parts.join(QStringLiteral(", "));
}

void EpidemicPanel::updateHeadline()
{
    QList<EpidemicHeadlineModel::Row> rows;
    const EpidemicSeries *series = seriesOf(m_selectedId);
    const bool neighbourhood = series && series->level() == QLatin1StringView("neighbourhood");
    for (const IndicatorInfo &info : kIndicators) {
        EpidemicHeadlineModel::Row row;
        row.key = indicatorKey(info.indicator);
        row.title = translated(info.title);
        row.unit = translated(info.unit);
        row.decimals = info.decimals;
        row.increaseIsBad = info.increaseIsBad;
        row.trendContext = info.dailyCount ? tr("vs the 7 days before") : tr("vs 7 days earlier");
        if (series && m_day.isValid()) {
            const HeadlineValue h = series->headline(info.indicator, m_day);
            if (h.value) {
                row.value = *h.value;
                row.asOfText = h.asOf == m_day ? tr("as of %1").arg(dayString(h.asOf))
                                               : tr("last reported %1").arg(dayString(h.asOf));
                if (!h.complete) {
                    row.detail = neighbourhood ? tr("Partial: some days of the window were not reported")
                                               : tr("Partial: not every neighbourhood reported");
                }
            }
            if (h.trendPercent)
                row.trendPercent = *h.trendPercent;
        }
        rows.append(row);
    }
    m_headline->setRows(std::move(rows));
}

void EpidemicPanel::updateReportedBySource()
{
    QVariantList list;
    const qint64 regionId = m_selectedId == 0 ? m_cityId : m_selectedId;
    if (m_db && regionId != 0 && m_day.isValid()) {
        // The latest report of each figure from each source, on or before the day.
        QSqlQuery query = m_db->prepare(QStringLiteral(
            "SELECT r.indicator, r.window_days, r.value, r.day, r.source FROM epidemic_reported r"
            " WHERE r.region_id = ? AND r.day = (SELECT MAX(day) FROM epidemic_reported x"
            "  WHERE x.region_id = r.region_id AND x.indicator = r.indicator AND x.source = r.source AND x.day <= ?)"
            " ORDER BY r.indicator, r.source"));
        query.addBindValue(regionId);
        query.addBindValue(m_day.toString(Qt::ISODate));
        if (Database::exec(query)) {
            while (query.next()) {
                const QVariant value = query.value(2);
                const QDate day = QDate::fromString(query.value(3).toString(), Qt::ISODate);
                list.append(QVariantMap{
                    {QStringLiteral("title"), reportedTitle(query.value(0).toString(), query.value(1).toInt())},
                    {QStringLiteral("valueText"), value.isNull() ? tr("withheld") : numberText(value.toDouble(), value.toDouble() == std::floor(value.toDouble()) ? 0 : 1)},
                    {QStringLiteral("dayText"), dayString(day)},
                    {QStringLiteral("source"), query.value(4).toString()},
                });
            }
        }
    }
    if (list == m_reportedBySource)
        return;
    m_reportedBySource = list;
    Q_EMIT reportedBySourceChanged();
}

// --- charts ------------------------------------------------------------------------------------

double EpidemicPanel::fillSeries(QXYSeries *series, qint64 regionId, const QString &indicatorKeyText, int pixels) const
{
    if (!series)
        return 0;
    const EpidemicSeries *source = seriesOf(regionId);
    const std::optional<EpidemicIndicator> indicator = indicatorFromKey(indicatorKeyText);
    if (!source || !indicator || source->size() == 0) {
        series->clear();
        return 0;
    }
    QList<QPointF> points;
    points.reserve(source->size());
    double largest = 0;
    const QList<DayValue> &values = source->values(*indicator);
    const double first = msOf(source->firstDay());
    constexpr double day = 86400000.0;
    for (int i = 0; i < values.size(); ++i) {
        const double y = values[i].value ? *values[i].value : qQNaN();
        points.append(QPointF(first + i * day, y));
        if (values[i].value)
            largest = std::max(largest, *values[i].value);
    }
    QString error;
    QList<QPointF> kept = Downsample::lttb(points, std::max(pixels, 3), &error);
    if (!error.isEmpty())
        qCWarning(lcEpidemicPanel) << "downsampling" << indicatorKeyText << "failed:" << error;
    // A line series cannot break at a gap: days without a value are left out and the line joins
    // across them.
    kept.removeIf([](const QPointF &p) { return std::isnan(p.y()); });
    series->replace(kept);
    return largest;
}

QVariantMap EpidemicPanel::valueNear(qint64 regionId, const QString &indicatorKeyText, double msecsSinceEpoch) const
{
    const EpidemicSeries *source = seriesOf(regionId);
    const std::optional<EpidemicIndicator> indicator = indicatorFromKey(indicatorKeyText);
    if (!source || !indicator || source->size() == 0)
        return {};
    const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(msecsSinceEpoch) + 43200000, QTimeZone::UTC).date();
    const int i = std::clamp(int(source->firstDay().daysTo(day)), 0, source->size() - 1);
    const DayValue v = source->values(*indicator)[i];
    const qint64 id = regionId == 0 ? m_cityId : regionId;
    return {{QStringLiteral("dayText"), dayString(source->firstDay().addDays(i))},
            {QStringLiteral("valueText"), formatValue(*indicator, v.value)},
            {QStringLiteral("name"), m_regionInfo.value(id).name}};
}

QVariantList EpidemicPanel::comparisonRegions(int limit) const
{
    struct Candidate {
        qint64 id;
        QString name;
        double value;
    };
    QList<Candidate> candidates;
    for (const EpidemicRegionsModel::Row &row : m_regions->rows())
        candidates.append({row.id, row.name, row.value.value_or(-1)});
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.value != b.value ? a.value > b.value : a.name < b.name;
    });
    auto entry = [](qint64 id, const QString &name) {
        return QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
    };
    QVariantList list;
    bool selectedIn = m_selectedId == 0;
    for (const Candidate &c : std::as_const(candidates)) {
        if (list.size() >= limit)
            break;
        list.append(entry(c.id, c.name));
        selectedIn = selectedIn || c.id == m_selectedId;
    }
    // The selected region is always compared, in place of the lowest of the others.
    if (!selectedIn && m_regionInfo.contains(m_selectedId)) {
        if (!list.isEmpty() && list.size() >= limit)
            list.removeLast();
        list.append(entry(m_selectedId, m_regionInfo.value(m_selectedId).name));
    }
    return list;
}

// --- import ------------------------------------------------------------------------------------

QString EpidemicPanel::importFigures(const QUrl &file)
{
    if (!m_db)
        return tr("The store is not open yet; nothing was imported.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const EpidemicImportSummary summary = importEpidemicFile(*m_db, path);
    qCInfo(lcEpidemicPanel) << "import" << path << (summary.ok ? "done" : "failed") << summary.error;
    if (!summary.ok)
        return summary.error.isEmpty() ? tr("The file could not be imported.")
                                       : tr("The file could not be imported: %1").arg(summary.error);
    Q_EMIT storeChanged();
    return summary.toText();
}

QString EpidemicPanel::importRegions(const QUrl &file)
{
    if (!m_db)
        return tr("The store is not open yet; nothing was imported.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    // Features that name their level keep it; the others are taken as the level on screen.
    RegionImportOptions options;
    options.defaultLevel = m_regionLevel;
    const RegionImportSummary summary = importRegionsFile(*m_db, path, options);
    qCInfo(lcEpidemicPanel) << "region import" << path << (summary.ok ? "done" : "failed") << summary.error;
    if (!summary.ok)
        return summary.error.isEmpty() ? tr("The file could not be imported.")
                                       : tr("The file could not be imported: %1").arg(summary.error);
    Q_EMIT storeChanged();
    return summary.toText();
}

} // namespace atalaya
