#pragma once

#include "analytics/districtfigures.h"

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** The Overview's ranked table of districts for QML, one row per district in the order
 *  computeDistrictFigures() ranks them; a figure without data is undefined, never 0. */
class DistrictsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the Dashboard")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** The day every row's 7-day window ends on; invalid when no neighbourhood has reported. */
    Q_PROPERTY(QDate asOf READ asOf NOTIFY asOfChanged)
    /** The same day as text ("14 Mar 2026"), empty without data. QML shows this one: a QDate
     *  reaches QML as UTC midnight and would read as the day before west of Greenwich. */
    Q_PROPERTY(QString asOfText READ asOfText NOTIFY asOfChanged)
    /** The highest 7-day incidence of any row (the scale of the table's bars); 0 without data. */
    Q_PROPERTY(double maxIncidence READ maxIncidence NOTIFY maxIncidenceChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        CodeRole,
        PopulationRole,       // qint64
        Cases7dRole,          // qint64 or undefined
        Incidence7dRole,      // double, per 100,000, or undefined
        TrendPercentRole,     // double, against the week before, or undefined
        ShareOver65Role,      // double, 0..1, or undefined
        DeprivationIndexRole, // double or undefined
    };
    Q_ENUM(Role)

    explicit DistrictsModel(QObject *parent = nullptr);

    /** Replaces every row (one model reset: the ranking can reorder any row) and the day they
     *  are valid for. */
    void setFigures(const QList<DistrictFigures> &rows, const QDate &asOf = {});
    void clear();

    QDate asOf() const { return m_asOf; }
    QString asOfText() const;
    double maxIncidence() const { return m_maxIncidence; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void asOfChanged();
    void maxIncidenceChanged();

private:
    QList<DistrictFigures> m_rows;
    QDate m_asOf;
    double m_maxIncidence = 0;
};

} // namespace atalaya
