#pragma once

#include <QAbstractListModel>
#include <QGeoCoordinate>
#include <QList>
#include <QSortFilterProxyModel>
#include <QVariantList>
#include <QtQmlIntegration/qqmlintegration.h>

#include <functional>
#include <optional>

namespace atalaya {

/** One region of the epidemic panel at the time cursor: what the choropleth and the ranked table
 *  show. Filled by EpidemicPanel; the rows keep their order (the map's delegates stay put while
 *  the slider moves), EpidemicRankingModel sorts them for the table. */
class EpidemicRegionsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EpidemicRegionsModel is provided by Dashboard.epidemic")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RegionIdRole = Qt::UserRole + 1,
        CodeRole,
        NameRole,
        CoordinatesRole,     // outer ring as a QGeoCoordinate list (not "path": see BasemapModel)
        LabelCoordinateRole,
        ValueRole,           // the chosen indicator on the day: number, or undefined
        ValueTextRole,       // formatted, "No data" when undefined
        CompleteRole,        // false: some neighbourhood or day of the window did not report
        ColourClassRole,     // 0..classCount-1 for the fill, -1 grey (no data / insufficient)
        RiskIndexRole,       // the scheme's level index on the day, -1 grey
        RiskNameRole,        // the level's name ("High", "Insufficient data")
        TrendPercentRole,    // against 7 days earlier, or undefined
        TrendTextRole,       // the trend in words with its arrow ("▲ up 12 %", "No data")
        PopulationRole,
        DensityRole,         // residents per km², or undefined
        ShareOver65Role,     // percent, or undefined
        DeprivationRole,     // index as stored, or undefined
        SelectedRole,
        DescriptionRole,     // the row in words for a screen reader, without its rank
    };
    Q_ENUM(Role)

    struct Row {
        qint64 id = 0;
        QString code;
        QString name;
        QVariantList coordinates;
        QGeoCoordinate label;
        qint64 population = 0;
        std::optional<double> density;
        std::optional<double> shareOver65;
        std::optional<double> deprivation;
        // At the time cursor:
        std::optional<double> value;
        QString valueText;
        bool complete = false;
        int colourClass = -1;
        int riskIndex = -1;
        QString riskName;
        std::optional<double> trendPercent;
        QString trendText;
        // Composed with the day's values: a binding joining the roles in QML would run again for
        // every role of every row on each step of the day slider.
        QString description;
        bool selected = false;
    };

    explicit EpidemicRegionsModel(QObject *parent = nullptr);

    /** New regions (a change of level or of the store): resets the model. */
    void setRows(QList<Row> rows);
    /** The same regions with new day values: one dataChanged over every row. */
    void updateRows(const std::function<void(Row &)> &update);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};

/** The regions ranked by the chosen indicator, highest first; regions without a value last, by
 *  name. Re-sorts itself when the values change. */
class EpidemicRankingModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EpidemicRankingModel is provided by Dashboard.epidemic")

public:
    explicit EpidemicRankingModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    enum { RankRole = EpidemicRegionsModel::DescriptionRole + 1 }; // 1-based; 0 without a value

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace atalaya
