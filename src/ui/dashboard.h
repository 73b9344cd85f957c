#pragma once

#include "alertspanel.h"
#include "basemapmodel.h"
#include "briefing/briefingexporter.h"
#include "demo/democity.h"
#include "districtsmodel.h"
#include "epidemicpanel.h"
#include "feedspanel.h"
#include "headlinesummary.h"
#include "hospitalspanel.h"
#include "notespanel.h"
#include "occupancypanel.h"
#include "overviewpanel.h"
#include "servicespanel.h"
#include "store/storeaccess.h"
#include "store/reconnect.h"
#include "store/storechanges.h"
#include "timecursor.h"

#include <QGeoRectangle>
#include <QObject>
#include <QSet>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQmlIntegration/qqmlintegration.h>

#include <limits>
#include <memory>
#include <optional>

class QJSEngine;
class QQmlEngine;
class QThread;
class QTimer;

namespace atalaya {

class Database;

/** The dashboard's state for QML: the store connection, the demo city's first-run generation,
 *  the app-wide time cursor and what the pages show at it. Created in main() and exposed to QML
 *  as the singleton Dashboard. */
class Dashboard : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    Q_PROPERTY(bool preparing READ isPreparing NOTIFY preparingChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressStage READ progressStage NOTIFY progressChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString cityName READ cityName NOTIFY cityNameChanged)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    /** Who this desktop is in its store and what the store lets it do (StoreAccess), once ready:
     *  on a shared PostgreSQL store the server's roles decide; an SQLite file's user may do all.
     *  storeRole: "none", "viewer", "editor", "admin" or "owner"; storeRoleName: translated. */
    Q_PROPERTY(QString storeUser READ storeUser NOTIFY storeAccessChanged)
    Q_PROPERTY(QString storeRole READ storeRole NOTIFY storeAccessChanged)
    Q_PROPERTY(QString storeRoleName READ storeRoleName NOTIFY storeAccessChanged)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY storeAccessChanged)
    Q_PROPERTY(bool canAdminister READ canAdminister NOTIFY storeAccessChanged)
    /** "SQLite" or "PostgreSQL" once the store is open. */
    Q_PROPERTY(QString storeBackend READ storeBackend NOTIFY storeAccessChanged)
    /** True when other workstations' changes arrive as they are made (a PostgreSQL store). */
    Q_PROPERTY(bool followingChanges READ followingChanges NOTIFY storeAccessChanged)
    /** Empty while the store answers; else one sentence: since when a shared store's server has
     *  been unreachable (the pages keep what they showed then, and reconnect on their own). */
    Q_PROPERTY(QString storeStatus READ storeStatus NOTIFY storeStatusChanged)
    Q_PROPERTY(atalaya::TimeCursor *timeCursor READ timeCursor CONSTANT)
    Q_PROPERTY(atalaya::HeadlineSummary *figures READ figures CONSTANT)
    Q_PROPERTY(atalaya::BasemapModel *basemap READ basemap CONSTANT)
    /** The districts ranked by 7-day incidence at the time cursor. */
    Q_PROPERTY(atalaya::DistrictsModel *districts READ districts CONSTANT)
    /** The Hospitals page: bed availability, nearest with capacity, trends, import. */
    Q_PROPERTY(atalaya::HospitalsPanel *hospitals READ hospitals CONSTANT)
    /** The Epidemic page: indicators, risk levels and charts per region at the time cursor. */
    Q_PROPERTY(atalaya::EpidemicPanel *epidemic READ epidemic CONSTANT)
    /** The Map page's essential services: layers, search, cards and edits, post codes, areas. */
    Q_PROPERTY(atalaya::ServicesPanel *services READ services CONSTANT)
    /** The Occupancy page: crowding sites' traffic lights, the site card and alternatives. */
    Q_PROPERTY(atalaya::OccupancyPanel *occupancy READ occupancy CONSTANT)
    Q_PROPERTY(QGeoRectangle cityBounds READ cityBounds NOTIFY cityBoundsChanged)
    /** The live feeds: the feed engine on its thread, the Feeds page, the status bar's summary. */
    Q_PROPERTY(atalaya::FeedsPanel *feeds READ feeds CONSTANT)
    /** Operator notes pinned to places and times: those at the time cursor, the time line's marks. */
    Q_PROPERTY(atalaya::NotesPanel *notes READ notes CONSTANT)
    /** The alert centre: the alert engine on its thread, open and resolved alerts at the time
     *  cursor, acknowledgements, the rules file; the navigation rail's badge. */
    Q_PROPERTY(atalaya::AlertsPanel *alerts READ alerts CONSTANT)
    /** The page on screen ("overview", "map", "hospitals", "epidemic", "occupancy"). A move of the time
     *  cursor recomputes that page's figures at once and the others' when they are shown, so a
     *  step of the day slider pays for one page. Empty (no window, as in tools and tests that
     *  drive the panels): every page is kept current. */
    Q_PROPERTY(QString shownPage READ shownPage WRITE setShownPage NOTIFY shownPageChanged)
    /** The briefing PDF at the time cursor, written off the UI thread (exportBriefing(fileUrl, paper)). */
    Q_PROPERTY(atalaya::BriefingExporter *briefing READ briefing CONSTANT)
    /** Pages shown besides shownPage (detached into their own windows): kept current too. */
    Q_PROPERTY(QStringList shownPages READ shownPages WRITE setShownPages NOTIFY shownPagesChanged)
    /** The Overview: key figures, places that matter now, changes since the last briefing. */
    Q_PROPERTY(atalaya::OverviewPanel *overview READ overview CONSTANT)

public:
    Dashboard(const QString &databasePath, const DemoCityOptions &demo, QObject *parent = nullptr);
    ~Dashboard() override;

    /** Becomes ready at once when the store has a city; otherwise generates the demo city in a
     *  worker thread first, reporting progress. Call once, after QML is loaded. */
    void start();

    bool isReady() const { return m_ready; }
    bool isPreparing() const { return m_preparing; }
    double progress() const { return m_progress; }
    QString progressStage() const { return m_progressStage; }
    QString errorMessage() const { return m_errorMessage; }
    QString cityName() const { return m_cityName; }
    QString databasePath() const { return m_databasePath; }
    QString storeUser() const { return m_access.user(); }
    QString storeRole() const { return m_access.roleKey(); }
    QString storeRoleName() const { return m_access.roleName(); }
    // Until the store says (or when it could not), the buttons stay: the server decides anyway.
    bool canEdit() const { return !m_accessKnown || m_access.canEdit(); }
    bool canAdminister() const { return !m_accessKnown || m_access.canAdminister(); }
    QString storeBackend() const;
    bool followingChanges() const { return m_storeChanges->isWatching(); }
    QString storeStatus() const { return m_storeStatus; }
    TimeCursor *timeCursor() const { return m_timeCursor; }
    HeadlineSummary *figures() const { return m_figures; }
    BasemapModel *basemap() const { return m_basemap; }
    DistrictsModel *districts() const { return m_districts; }
    HospitalsPanel *hospitals() const { return m_hospitals; }
    EpidemicPanel *epidemic() const { return m_epidemic; }
    ServicesPanel *services() const { return m_services; }
    OccupancyPanel *occupancy() const { return m_occupancy; }
    FeedsPanel *feeds() const { return m_feeds; }
    NotesPanel *notes() const { return m_notes; }
    BriefingExporter *briefing() const { return m_briefing; }
    AlertsPanel *alerts() const { return m_alerts; }
    QGeoRectangle cityBounds() const { return m_cityBounds; }
    QString shownPage() const { return m_shownPage; }
    void setShownPage(const QString &page);
    QStringList shownPages() const { return m_shownPages; }
    void setShownPages(const QStringList &pages);
    OverviewPanel *overview() const { return m_overview; }

    static void setInstance(Dashboard *instance);
    static Dashboard *instance();

Q_SIGNALS:
    void readyChanged();
    void preparingChanged();
    void progressChanged();
    void errorMessageChanged();
    void cityNameChanged();
    void cityBoundsChanged();
    void shownPageChanged();
    void shownPagesChanged();
    void storeAccessChanged();
    void storeStatusChanged();

private:
    void generateDemoCity();
    void onProgress(double fraction, const QString &stage);
    void onGenerated(bool ok, const QString &error);
    bool openStore();
    void becomeReady();
    /** Sets the time cursor's range to the store's earliest and latest data. */
    void readDataRange();
    /** New data in the store (an import): re-reads the data range and recomputes everything. */
    void onStoreChanged();
    void recompute();
    /** Recomputes the pages on screen whose figures are older than the time cursor. */
    void refreshShownPages();
    void setPreparing(bool preparing);
    void setError(const QString &message);
    /** The feed engine stored readings: extends the data range and, with a live cursor,
     *  recomputes; coalesced so a busy feed costs a few recomputes a second. */
    void onReadingsStored(qint64 latestObservedAt, qint64 earliestObservedAt);
    void applyLiveReadings();
    /** Another workstation or the ingest service changed a shared store: noted, then applied
     *  together (a burst of edits re-reads each page once). */
    void onTableChanged(const QString &table);
    void applyStoreChanges();
    /** Re-reads what the changed tables feed: services, notes, base map, briefings, new alerts,
     *  reports and the data range, the figures at the cursor. Every table when tables is empty
     *  (nullopt), after an outage whose notifications were lost. */
    void reread(const std::optional<QSet<QString>> &tables);
    /** A shared store's server went away and came back: what other workstations changed
     *  meanwhile was never announced, so every page reads the store again. */
    void onStoreLost(const QString &why);
    void onStoreRestored(qint64 outageMs);
    void setStoreStatus(const QString &status);

    QString m_databasePath;
    DemoCityOptions m_demo;
    std::unique_ptr<Database> m_db;
    QPointer<QThread> m_worker;
    TimeCursor *m_timeCursor = nullptr;
    HeadlineSummary *m_figures = nullptr;
    BasemapModel *m_basemap = nullptr;
    DistrictsModel *m_districts = nullptr;
    HospitalsPanel *m_hospitals = nullptr;
    EpidemicPanel *m_epidemic = nullptr;
    ServicesPanel *m_services = nullptr;
    OccupancyPanel *m_occupancy = nullptr;
    FeedsPanel *m_feeds = nullptr;
    NotesPanel *m_notes = nullptr;
    BriefingExporter *m_briefing = nullptr;
    AlertsPanel *m_alerts = nullptr;
    QTimer *m_liveReadings = nullptr; // coalesces readingsStored
    StoreChanges *m_storeChanges = nullptr;
    QTimer *m_applyChanges = nullptr; // coalesces StoreChanges::tableChanged
    QSet<QString> m_changedTables;
    StoreAccess m_access;
    bool m_accessKnown = false; // the store answered who we are
    StoreReconnector *m_reconnector = nullptr; // a shared store only
    QTimer *m_storeCheck = nullptr;             // asks a shared store's server whether it is there
    QString m_storeStatus;
    qint64 m_latestLiveReading = 0;
    // The oldest instant among the readings stored since the last applyLiveReadings().
    qint64 m_earliestLiveReading = std::numeric_limits<qint64>::max();
    QGeoRectangle m_cityBounds;
    QString m_cityName;
    QString m_progressStage;
    QString m_errorMessage;
    QString m_shownPage;
    QStringList m_shownPages;
    OverviewPanel *m_overview = nullptr;
    // Pages whose figures were computed before the last move of the time cursor.
    QSet<QString> m_outdatedPages;
    double m_progress = 0;
    bool m_ready = false;
    bool m_preparing = false;
    bool m_started = false;
};

/** Exposes the Dashboard made in main() as the QML singleton Dashboard. */
struct DashboardForeign
{
    Q_GADGET
    QML_FOREIGN(atalaya::Dashboard)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Dashboard)

public:
    static Dashboard *create(QQmlEngine *, QJSEngine *engine);
};

} // namespace atalaya
