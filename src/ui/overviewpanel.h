#pragma once

#include "analytics/kpis.h"
#include "briefing/briefingstore.h"

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QVariant>
#include <QtQmlIntegration/qqmlintegration.h>

#include <functional>
#include <optional>

namespace atalaya {

class Database;

/** The city's key figures at the time cursor as cards: each with its value (undefined = no data),
 *  reference and trend, "as of" and, once a briefing was given before the cursor, the change
 *  since that briefing's figures. Filled by OverviewPanel. */
class OverviewKpiModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OverviewKpiModel is provided by Dashboard.overview.kpis")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TitleRole,
        ValueRole,          // number, or undefined when nothing was reported
        DecimalsRole,
        UnitRole,
        ReferenceRole,      // number or undefined
        ReferenceLabelRole, // "on the 7 days before"
        TrendPercentRole,   // number or undefined
        IncreaseIsBadRole,
        AsOfRole,           // QDateTime (UTC), invalid without a value
        AsOfTextRole,       // "Reported up to 20 Nov 2026" / "As of 20/11/2026 14:00"; "" without a value
        DetailRole,
        BriefedValueRole,   // the figure at the last briefing, or undefined
        DeltaRole,          // value - briefed value, or undefined
        DeltaTextRole,      // "+12 since the briefing (was 340)", "" without both figures
    };
    Q_ENUM(Role)

    struct Row {
        Kpi kpi;
        std::optional<double> briefed;
    };

    explicit OverviewKpiModel(QObject *parent = nullptr);

    /** Replaces the rows; the same keys in the same order update in place (no reset, so cards
     *  keep their focus while the cursor moves). */
    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    /** The row of a KPI key, or -1. */
    Q_INVOKABLE int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The figures of an epidemic KPI are per day: their "as of" is a calendar day. */
    static bool isDaily(const QString &key);
    /** "+12", "−3.5", "±0" in the user's locale with the KPI's decimals. */
    static QString signedNumber(double value, int decimals);

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};

/** The Overview, the one view a coordinator keeps open: the key figures from every capability at
 *  the time cursor (computeKpis), the places that matter now for its map (hospitals with low
 *  availability, crowded sites), and what changed since the last briefing given before the
 *  cursor: figures against that briefing's, alerts raised and notes written since. Made by the
 *  Dashboard (Dashboard.overview), which calls recompute() when the Overview is shown and the
 *  cursor moves. */
class OverviewPanel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OverviewPanel is provided by Dashboard.overview")
    Q_PROPERTY(atalaya::OverviewKpiModel *kpis READ kpis CONSTANT)
    Q_PROPERTY(QDateTime at READ at NOTIFY changed)
    /** Places for the map, each { kind: "hospital"|"site", id, name, lat, lon, level: "red"|"amber",
     *  text }: hospitals with low availability (general or ICU beds) and sites at red or closed. */
    Q_PROPERTY(QVariantList places READ places NOTIFY changed)
    Q_PROPERTY(int lowHospitalCount READ lowHospitalCount NOTIFY changed)
    Q_PROPERTY(int crowdedSiteCount READ crowdedSiteCount NOTIFY changed)

    /** A briefing was given at or before the cursor; the rest of this block describes it. */
    Q_PROPERTY(bool hasBriefing READ hasBriefing NOTIFY changed)
    Q_PROPERTY(QDateTime briefingCreatedAt READ briefingCreatedAt NOTIFY changed)
    Q_PROPERTY(QDateTime briefingDataAt READ briefingDataAt NOTIFY changed)
    /** "Last briefing 21/11/2026 09:10 by ana, on the figures at 09:00"; without one, says so. */
    Q_PROPERTY(QString briefingText READ briefingText NOTIFY changed)
    /** Alerts raised after the briefing's data moment up to the cursor, newest first, at most
     *  kChangesShown: { id, severityKey, severityText, text, atText }. */
    Q_PROPERTY(QVariantList alertsSince READ alertsSince NOTIFY changed)
    Q_PROPERTY(int alertsSinceCount READ alertsSinceCount NOTIFY changed)
    /** Notes created after the briefing's data moment up to the cursor, newest first, at most
     *  kChangesShown: { id, text, author, atText, place }. */
    Q_PROPERTY(QVariantList notesSince READ notesSince NOTIFY changed)
    Q_PROPERTY(int notesSinceCount READ notesSinceCount NOTIFY changed)
    /** KPIs whose figure moved since the briefing. */
    Q_PROPERTY(int changedKpiCount READ changedKpiCount NOTIFY changed)
    /** What the last markBriefed() did, in one sentence; empty before. */
    Q_PROPERTY(QString markMessage READ markMessage NOTIFY markMessageChanged)

public:
    static constexpr int kChangesShown = 8;

    explicit OverviewPanel(QObject *parent = nullptr);

    /** The store to read (nullptr: none, everything "no data"). Not owned. */
    void setDatabase(Database *db);
    /** Recomputes everything at `at` (UTC). A live cursor stands at the minute; a briefing
     *  given since then, in the same minute, already counts. */
    void recompute(const QDateTime &at, bool live = false);
    /** Reads again at the same moment (a briefing recorded elsewhere, an import). */
    Q_INVOKABLE void refresh();

    /** Records a briefing of the figures shown now (their moment, the current user, now), so the
     *  Overview can say what changed since. False with markMessage saying why. */
    Q_INVOKABLE bool markBriefed();

    /** The clock markBriefed() stamps briefings with (tests set it; default: the system's UTC). */
    void setClock(std::function<QDateTime()> clock);
    /** Who marks briefings (default: the login name). */
    void setActor(const QString &actor);

    OverviewKpiModel *kpis() const { return m_kpis; }
    QDateTime at() const { return m_at; }
    QVariantList places() const { return m_places; }
    int lowHospitalCount() const { return m_lowHospitals; }
    int crowdedSiteCount() const { return m_crowdedSites; }
    bool hasBriefing() const { return m_briefing.has_value(); }
    QDateTime briefingCreatedAt() const { return m_briefing ? m_briefing->createdAt : QDateTime(); }
    QDateTime briefingDataAt() const { return m_briefing ? m_briefing->dataAt : QDateTime(); }
    QString briefingText() const;
    QVariantList alertsSince() const { return m_alertsSince; }
    int alertsSinceCount() const { return m_alertsSinceCount; }
    QVariantList notesSince() const { return m_notesSince; }
    int notesSinceCount() const { return m_notesSinceCount; }
    int changedKpiCount() const;
    QString markMessage() const { return m_markMessage; }

    /** A moment as the Overview writes it: the time alone today, else the short date and time. */
    static QString momentText(const QDateTime &moment, const QDateTime &reference);

Q_SIGNALS:
    void changed();
    void markMessageChanged();
    /** A briefing was recorded (the Dashboard and the briefing PDF may want to know). */
    void briefingRecorded(qint64 id);

private:
    void readPlaces();
    void readChangesSince();
    void setMarkMessage(const QString &message);

    Database *m_db = nullptr;
    OverviewKpiModel *m_kpis = nullptr;
    QDateTime m_at;
    bool m_live = false;
    QDateTime m_upTo; // the cursor, or now within a live cursor's minute
    QList<Kpi> m_current;
    std::optional<BriefingRecord> m_briefing;
    QVariantList m_places;
    int m_lowHospitals = 0;
    int m_crowdedSites = 0;
    QVariantList m_alertsSince;
    int m_alertsSinceCount = 0;
    QVariantList m_notesSince;
    int m_notesSinceCount = 0;
    QString m_markMessage;
    QString m_actor;
    std::function<QDateTime()> m_clock;
};

} // namespace atalaya
