#pragma once

#include "analytics/epidemicindicators.h"
#include "analytics/riskrules.h"
#include "epidemicregionsmodel.h"
#include "geo/geometry.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QGeoCoordinate>
#include <QHash>
#include <QObject>
#include <QUrl>
#include <QVariant>
#include <QtCharts/QXYSeries>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

class Database;

/** The epidemic panel's headline: one row per indicator for the selected region (or the city)
 *  on the panel's day, with its trend against the week before and its "as of". */
class EpidemicHeadlineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EpidemicHeadlineModel is provided by Dashboard.epidemic")

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TitleRole,
        ValueRole,          // number or undefined
        DecimalsRole,
        UnitRole,
        TrendPercentRole,   // number or undefined
        TrendContextRole,   // "vs the 7 days before", "vs 7 days earlier"
        IncreaseIsBadRole,
        AsOfTextRole,
        DetailRole,         // "Partial: not every neighbourhood reported", or ""
    };
    Q_ENUM(Role)

    struct Row {
        QString key;
        QString title;
        QVariant value;
        int decimals = 0;
        QString unit;
        QVariant trendPercent;
        QString trendContext;
        bool increaseIsBad = true;
        QString asOfText;
        QString detail;
    };

    explicit EpidemicHeadlineModel(QObject *parent = nullptr);
    /** Same keys as before: dataChanged; otherwise a reset. */
    void setRows(QList<Row> rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Row> m_rows;
};

/** The Epidemic page: indicators per region at the time cursor's day, the choropleth classes and
 *  risk levels from the chosen scheme, the ranked table, the headline of the selected region, the
 *  chart series and the imports. Made by the Dashboard (Dashboard.epidemic).
 *
 *  Every region's series is read once (EpidemicSeries::loadAll) when the panel is first shown or
 *  the store changes, and risk levels once per scheme and level; moving the time cursor then only
 *  looks values up, so the map can follow a slider frame by frame. */
class EpidemicPanel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EpidemicPanel is provided by Dashboard.epidemic")

    /** Set by the page when it is shown: the series are read on first activation. */
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    /** True once the series are read (the page shows a busy state before). */
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

    /** "district" or "neighbourhood": the regions of the map and the table. */
    Q_PROPERTY(QString regionLevel READ regionLevel WRITE setRegionLevel NOTIFY regionLevelChanged)
    /** The indicator of the map's colours and the table's ranking (an indicator key). */
    Q_PROPERTY(QString indicator READ indicator WRITE setIndicator NOTIFY indicatorChanged)
    /** True: the map is coloured by the scheme's risk levels; false: by the indicator's classes. */
    Q_PROPERTY(bool colourByRisk READ colourByRisk WRITE setColourByRisk NOTIFY colourByRiskChanged)
    /** [{key, name, unit, decimals, increaseIsBad}] for every indicator, in display order. */
    Q_PROPERTY(QVariantList indicators READ indicators CONSTANT)
    /** [{key, name, preset}] for the presets and the schemes loaded from a file. */
    Q_PROPERTY(QVariantList schemes READ schemes NOTIFY schemesChanged)
    Q_PROPERTY(QString schemeKey READ schemeKey WRITE setSchemeKey NOTIFY schemeKeyChanged)
    Q_PROPERTY(QString schemeName READ schemeName NOTIFY schemeKeyChanged)
    /** The scheme's levels, lowest first: [{index, key, name}] (grey is not listed). */
    Q_PROPERTY(QVariantList riskLevels READ riskLevels NOTIFY schemeKeyChanged)
    /** What the last loadSchemeFile() said: what loaded and each problem. */
    Q_PROPERTY(QString schemeMessage READ schemeMessage NOTIFY schemeMessageChanged)

    /** The legend of the map: [{colourClass, label}] lowest first; grey is always "No data" (or
     *  the scheme's insufficient-data level) and not listed. */
    Q_PROPERTY(QVariantList legend READ legend NOTIFY legendChanged)
    Q_PROPERTY(int classCount READ classCount NOTIFY legendChanged)
    Q_PROPERTY(QString legendTitle READ legendTitle NOTIFY legendChanged)

    /** The day shown: the time cursor's UTC day, or the last reported day before it. */
    Q_PROPERTY(QDate day READ day NOTIFY dayChanged)
    Q_PROPERTY(QString dayText READ dayText NOTIFY dayChanged)
    /** The day as the charts' time axis counts it (ms since the epoch, midnight UTC; NaN with no
     *  day), where their time cursor stands. */
    Q_PROPERTY(double dayMsecs READ dayMsecs NOTIFY dayChanged)
    /** The history every chart spans (for DateTimeAxis) and its length in days. */
    Q_PROPERTY(QDateTime historyFrom READ historyFrom NOTIFY loadedChanged)
    Q_PROPERTY(QDateTime historyTo READ historyTo NOTIFY loadedChanged)

    Q_PROPERTY(atalaya::EpidemicRegionsModel *regions READ regions CONSTANT)
    Q_PROPERTY(atalaya::EpidemicRankingModel *ranking READ ranking CONSTANT)
    Q_PROPERTY(atalaya::EpidemicHeadlineModel *headline READ headline CONSTANT)

    /** The selected region's id; 0 = the whole city. */
    Q_PROPERTY(qint64 selectedRegionId READ selectedRegionId WRITE setSelectedRegionId NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedRegionName READ selectedRegionName NOTIFY selectedChanged)
    Q_PROPERTY(QGeoCoordinate selectedCoordinate READ selectedCoordinate NOTIFY selectedChanged)
    /** Figures the sources published already computed (cumulative totals, 14-day rates) for the
     *  selected region, latest on or before the day: [{title, valueText, dayText, source}]. */
    Q_PROPERTY(QVariantList reportedBySource READ reportedBySource NOTIFY reportedBySourceChanged)

public:
    explicit EpidemicPanel(QObject *parent = nullptr);
    ~EpidemicPanel() override;

    /** The store to read, or nullptr (store closed). Re-reads when active. */
    void setDatabase(Database *db);
    /** The time cursor moved. */
    void setAt(const QDateTime &at);
    /** The store's content changed (an import): re-reads when active, else on activation. */
    void reload();
    /** Risk schemes from a file the user chose earlier (AppSettings), added to the presets. */
    void loadSchemeFileSilently(const QString &path);

    bool isActive() const { return m_active; }
    void setActive(bool active);
    bool isLoaded() const { return m_loaded; }
    QString errorMessage() const { return m_errorMessage; }

    QString regionLevel() const { return m_regionLevel; }
    void setRegionLevel(const QString &level);
    QString indicator() const { return indicatorKey(m_indicator); }
    void setIndicator(const QString &key);
    bool colourByRisk() const { return m_colourByRisk; }
    void setColourByRisk(bool byRisk);
    QVariantList indicators() const;
    QVariantList schemes() const;
    QString schemeKey() const { return currentScheme().key; }
    void setSchemeKey(const QString &key);
    QString schemeName() const { return currentScheme().name; }
    QVariantList riskLevels() const;
    QString schemeMessage() const { return m_schemeMessage; }

    QVariantList legend() const { return m_legend; }
    int classCount() const { return int(m_legend.size()); }
    QString legendTitle() const;

    QDate day() const { return m_day; }
    QString dayText() const;
    double dayMsecs() const;
    QDateTime historyFrom() const;
    QDateTime historyTo() const;

    EpidemicRegionsModel *regions() const { return m_regions; }
    EpidemicRankingModel *ranking() const { return m_ranking; }
    EpidemicHeadlineModel *headline() const { return m_headline; }

    qint64 selectedRegionId() const { return m_selectedId; }
    void setSelectedRegionId(qint64 id);
    QString selectedRegionName() const;
    QGeoCoordinate selectedCoordinate() const;
    QVariantList reportedBySource() const { return m_reportedBySource; }

    /** Display name of an indicator key ("7-day incidence"). */
    Q_INVOKABLE QString indicatorName(const QString &key) const;
    /** The region of the current level whose polygon holds the coordinate; 0 when none. */
    Q_INVOKABLE qint64 regionAt(const QGeoCoordinate &coordinate) const;

    /** Fills a chart series with an indicator of a region (0 = city) over the whole history,
     *  downsampled to `pixels` points with LTTB (peaks kept); days without a value are left out,
     *  so the line joins across them. Returns the series' maximum (0 when empty) for the axis. */
    Q_INVOKABLE double fillSeries(QXYSeries *series, qint64 regionId, const QString &indicator, int pixels) const;
    /** The exact value under the pointer: {dayText, valueText, name} of the day nearest to
     *  `msecsSinceEpoch`, for the chart's hover label. */
    Q_INVOKABLE QVariantMap valueNear(qint64 regionId, const QString &indicator, double msecsSinceEpoch) const;
    /** The regions the comparison chart draws: [{id, name}], the highest by the indicator on
     *  the day, at most `limit`, always with the selected region (in place of the lowest). */
    Q_INVOKABLE QVariantList comparisonRegions(int limit) const;

    /** Imports epidemic figures (CSV) and returns the summary for the page to show. */
    Q_INVOKABLE QString importFigures(const QUrl &file);
    /** Imports region polygons (GeoJSON) at the level shown and returns the summary. */
    Q_INVOKABLE QString importRegions(const QUrl &file);
    /** Reads risk schemes from a JSON file (docs/risk-schemes.md), adds them to the presets and
     *  remembers the file; returns what loaded and each problem (also in schemeMessage). */
    Q_INVOKABLE QString loadSchemeFile(const QUrl &file);

Q_SIGNALS:
    void activeChanged();
    void loadedChanged();
    void errorMessageChanged();
    void regionLevelChanged();
    void indicatorChanged();
    void colourByRiskChanged();
    void schemesChanged();
    void schemeKeyChanged();
    void schemeMessageChanged();
    void legendChanged();
    void dayChanged();
    void selectedChanged();
    void reportedBySourceChanged();
    /** The series behind the charts changed (loaded, region, level): charts refill. */
    void seriesChanged();
    /** An import wrote to the store: the dashboard re-reads what depends on it. */
    void storeChanged();
    /** A scheme file was loaded; the path is worth remembering. */
    void schemeFileLoaded(const QString &path);

private:
    struct Region {
        qint64 id = 0;
        QString level;
        QString code;
        QString name;
        qint64 parentId = 0;
        qint64 population = 0;
        std::optional<double> areaKm2;
        std::optional<double> shareOver65;
        std::optional<double> deprivation;
        MultiPolygon polygons;
        QVariantList outline; // the largest polygon's outer ring, for MapPolygon
        QGeoCoordinate label;
    };

    const RiskScheme &currentScheme() const;
    void load();
    void rebuildRegionRows();
    void updateDayValues();
    void updateHeadline();
    void updateReportedBySource();
    void updateLegend();
    /** Day-by-day risk levels of a region under the current scheme (computed once, cached). */
    const QList<int> &riskSeries(qint64 regionId) const;
    /** The colour class of a value of the current indicator at the current level. */
    int colourClassOf(const std::optional<double> &value) const;
    /** Class breaks for the current indicator and level, from the whole history. */
    void computeBreaks();
    const EpidemicSeries *seriesOf(qint64 regionId) const;
    QString formatValue(EpidemicIndicator indicator, const std::optional<double> &value) const;
    /** A trend against the week before in words with its arrow ("▲ up 12 %"). */
    static QString trendText(const std::optional<double> &percent);
    /** A region's row in words for a screen reader: the values of the day and its context. */
    static QString describe(const EpidemicRegionsModel::Row &row, const QString &indicatorTitle);
    void setError(const QString &message);

    Database *m_db = nullptr;
    EpidemicRegionsModel *m_regions = nullptr;
    EpidemicRankingModel *m_ranking = nullptr;
    EpidemicHeadlineModel *m_headline = nullptr;

    bool m_active = false;
    bool m_loaded = false;
    bool m_stale = true; // the store changed since the last load
    bool m_settingsRead = false;
    QString m_errorMessage;

    QHash<qint64, EpidemicSeries> m_series;
    QHash<qint64, Region> m_regionInfo;
    qint64 m_cityId = 0;
    QDate m_firstDay;
    QDate m_lastDay;

    QDateTime m_at;
    QDate m_day;
    QString m_regionLevel = QStringLiteral("district");
    EpidemicIndicator m_indicator = EpidemicIndicator::Incidence7;
    bool m_colourByRisk = true;
    QList<RiskScheme> m_schemes;
    int m_schemeIndex = 0;
    QString m_schemeMessage;
    mutable QHash<qint64, QList<int>> m_riskCache; // for the current scheme
    QList<double> m_breaks; // class k covers [breaks[k], breaks[k+1]); the last is open-ended
    QVariantList m_legend;
    qint64 m_selectedId = 0;
    QVariantList m_reportedBySource;
};

} // namespace atalaya
