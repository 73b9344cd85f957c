#pragma once

#include "analytics/headlinefigures.h"

#include <QObject>
#include <QVariant>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** The Overview's headline figures for QML: a figure without data is undefined (shown as
 *  "No data"), never 0; each carries its own "as of" time. Recomputed by Dashboard. */
class HeadlineSummary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("HeadlineSummary is provided by Dashboard.figures")
    Q_PROPERTY(bool valid READ isValid NOTIFY changed)
    Q_PROPERTY(QDateTime at READ at NOTIFY changed)
    Q_PROPERTY(QVariant population READ population NOTIFY changed)
    Q_PROPERTY(QVariant casesLast7Days READ casesLast7Days NOTIFY changed)
    Q_PROPERTY(QVariant casesPrevious7Days READ casesPrevious7Days NOTIFY changed)
    Q_PROPERTY(QVariant casesTrendPercent READ casesTrendPercent NOTIFY changed)
    Q_PROPERTY(QVariant casesAsOf READ casesAsOf NOTIFY changed)
    /** The cases' day in the user's locale (a calendar day, so no time-zone shift in JS). */
    Q_PROPERTY(QString casesAsOfText READ casesAsOfText NOTIFY changed)
    Q_PROPERTY(QVariant icuBedsFree READ icuBedsFree NOTIFY changed)
    Q_PROPERTY(QVariant icuBedsTotal READ icuBedsTotal NOTIFY changed)
    Q_PROPERTY(int hospitalsReporting READ hospitalsReporting NOTIFY changed)
    Q_PROPERTY(int hospitalsStale READ hospitalsStale NOTIFY changed)
    Q_PROPERTY(int hospitalsTotal READ hospitalsTotal NOTIFY changed)
    Q_PROPERTY(QVariant icuAsOf READ icuAsOf NOTIFY changed)
    Q_PROPERTY(QVariant sitesAtRed READ sitesAtRed NOTIFY changed)
    Q_PROPERTY(int sitesReporting READ sitesReporting NOTIFY changed)
    Q_PROPERTY(int sitesTotal READ sitesTotal NOTIFY changed)
    Q_PROPERTY(QVariant sitesAsOf READ sitesAsOf NOTIFY changed)
    /** "none" (no data), "ok" (no site at red) or "red" (at least one). */
    Q_PROPERTY(QString sitesLevel READ sitesLevel NOTIFY changed)
    Q_PROPERTY(QVariant dataTime READ dataTime NOTIFY changed)
    Q_PROPERTY(bool dataStale READ isDataStale NOTIFY changed)

public:
    /** Data older than this behind a live cursor is flagged "stale since ...". */
    static constexpr qint64 kStaleAfterSeconds = 30 * 60;

    explicit HeadlineSummary(QObject *parent = nullptr);

    /** Replaces the figures; live says whether the cursor follows the clock (staleness only
     *  means something then: a replayed moment is as old as it is meant to be). */
    void setFigures(const HeadlineFigures &figures, bool live);
    void clear();

    bool isValid() const { return m_valid; }
    QDateTime at() const { return m_figures.at; }
    QVariant population() const;
    QVariant casesLast7Days() const;
    QVariant casesPrevious7Days() const;
    QVariant casesTrendPercent() const;
    QVariant casesAsOf() const;
    QString casesAsOfText() const;
    QVariant icuBedsFree() const;
    QVariant icuBedsTotal() const;
    int hospitalsReporting() const { return m_figures.hospitalsReporting; }
    int hospitalsStale() const { return m_figures.hospitalsStale; }
    int hospitalsTotal() const { return m_figures.hospitalsReporting + m_figures.hospitalsStale; }
    QVariant icuAsOf() const;
    QVariant sitesAtRed() const;
    int sitesReporting() const { return m_figures.sitesReporting; }
    int sitesTotal() const { return m_figures.sitesTotal; }
    QVariant sitesAsOf() const;
    QString sitesLevel() const;
    QVariant dataTime() const;
    bool isDataStale() const { return m_dataStale; }

Q_SIGNALS:
    void changed();

private:
    HeadlineFigures m_figures;
    bool m_valid = false;
    bool m_dataStale = false;
};

} // namespace atalaya
