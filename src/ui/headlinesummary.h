#pragma once

#include "analytics/headlinefigures.h"

#include <QObject>
#include <QVariant>
#include <QtQmlIntegration/qqmlintegration.h>

namespace atalaya {

/** The status bar's figures for QML: the city's population (the Overview shows it too), the
 *  time of the newest data and whether it is stale. Without data a figure is undefined, never
 *  0. Recomputed by Dashboard on every move of the time cursor. */
class HeadlineSummary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("HeadlineSummary is provided by Dashboard.figures")
    Q_PROPERTY(bool valid READ isValid NOTIFY changed)
    Q_PROPERTY(QDateTime at READ at NOTIFY changed)
    Q_PROPERTY(QVariant population READ population NOTIFY changed)
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
