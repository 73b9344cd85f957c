#include "dashboard.h"

#include "analytics/districtfigures.h"
#include "analytics/headlinefigures.h"
#include "basemapmodel.h"
#include "districtsmodel.h"
#include "headlinesummary.h"
#include "store/database.h"
#include "timecursor.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <utility>


using namespace Qt::StringLiterals;

namespace atalaya {

Q_LOGGING_CATEGORY(lcUi, "atalaya.ui")

namespace {

QPointer<Dashboard> s_instance;

/** Progress is reported at most every half percent: the generator calls back far more often
 *  than a progress bar can show, and each report crosses threads. */
constexpr double kProgressGranularity = 0.005;

/** New live readings recompute the page on screen at most this often: a feed flushes several
 *  times a second under load, and a recompute every flush would cost frames. */
constexpr int kLiveRecomputeMs = 300;

/** Changes another workstation made are applied this long after the first notification: an edit
 *  or an import commits several tables in a row, and each page should be read again once. */
constexpr int kStoreChangesMs = 150;

/** How often a shared store's server is asked whether it is still there (one trivial query):
 *  a desktop that lost its connection hears no notifications, so nothing else would tell it. */
constexpr int kStoreCheckMs = 5000;

QDateTime fromEpoch(const QVariant &seconds)
{
    return seconds.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), QTimeZone::UTC);
}

QDateTime fromDay(const QVariant &day)
{
    const QDate d = QDate::fromString(day.toString(), Qt::ISODate);
    return d.isValid() ? d.startOfDay(QTimeZone::UTC) : QDateTime();
}

void widen(QDateTime &earliest, QDateTime &latest, const QDateTime &from, const QDateTime &to)
{
    if (from.isValid() && (!earliest.isValid() || from < earliest))
        earliest = from;
    if (to.isValid() && (!latest.isValid() || to > latest))
        latest = to;
}

} // namespace

Dashboard::Dashboard(const QString &databasePath, const DemoCityOptions &demo, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_demo(demo)
    , m_timeCursor(new TimeCursor(this))
    , m_figures(new HeadlineSummary(this))
    , m_basemap(new BasemapModel(this))
    , m_districts(new DistrictsModel(this))
    , m_hospitals(new HospitalsPanel(this))
    , m_epidemic(new EpidemicPanel(this))
    , m_services(new ServicesPanel(this))
    , m_occupancy(new OccupancyPanel(this))
    , m_feeds(new FeedsPanel(this))
    , m_notes(new NotesPanel(this))
    , m_briefing(new BriefingExporter(this))
    , m_alerts(new AlertsPanel(this))
    , m_liveReadings(new QTimer(this))
    , m_storeChanges(new StoreChanges(this))
    , m_applyChanges(new QTimer(this))
    , m_overview(new OverviewPanel(this))
{
    // The briefing reads the store through its own connection at the moment the cursor shows.
    m_briefing->setSource(m_databasePath, [this] { return m_timeCursor->time(); });
    m_liveReadings->setSingleShot(true);
    m_liveReadings->setInterval(kLiveRecomputeMs);
    connect(m_liveReadings, &QTimer::timeout, this, &Dashboard::applyLiveReadings);
    connect(m_feeds, &FeedsPanel::readingsStored, this, &Dashboard::onReadingsStored);
    // A shared store's other writers (desktops, atalaya-ingest) reach the pages the same way as
    // this desktop's own feed engine and panels do.
    m_applyChanges->setSingleShot(true);
    m_applyChanges->setInterval(kStoreChangesMs);
    connect(m_applyChanges, &QTimer::timeout, this, &Dashboard::applyStoreChanges);
    connect(m_storeChanges, &StoreChanges::tableChanged, this, &Dashboard::onTableChanged);
    connect(m_storeChanges, &StoreChanges::observationsStored, this,
            [this](qint64 earliest, qint64 latest) { onReadingsStored(latest, earliest); });
    m_alerts->setFeeds(m_feeds);
    connect(m_timeCursor, &TimeCursor::timeChanged, this, &Dashboard::recompute);
    // Notes are on every map and on the time line, so they follow every move of the cursor.
    m_notes->setTimeCursor(m_timeCursor);
    connect(m_timeCursor, &TimeCursor::liveChanged, this, &Dashboard::recompute);
    connect(m_hospitals, &HospitalsPanel::storeChanged, this, &Dashboard::onStoreChanged);
    connect(m_epidemic, &EpidemicPanel::storeChanged, this, &Dashboard::onStoreChanged);
    connect(m_services, &ServicesPanel::storeChanged, this, &Dashboard::onStoreChanged);
    connect(m_hospitals, &HospitalsPanel::storeChanged, m_alerts, &AlertsPanel::onStoreChanged);
    connect(m_epidemic, &EpidemicPanel::storeChanged, m_alerts, &AlertsPanel::onStoreChanged);
    // "Since the last briefing" changes without a cursor move: a note written, an alert raised
    // live, a briefing exported.
    connect(m_notes, &NotesPanel::notesChanged, m_overview, &OverviewPanel::refresh);
    connect(m_alerts, &AlertsPanel::newAlert, m_overview, &OverviewPanel::refresh);
    connect(m_briefing, &BriefingExporter::finished, m_overview, &OverviewPanel::refresh);
}

Dashboard::~Dashboard()
{
    // The feed engine writes what it buffered through its own connection before we go.
    m_feeds->stop();
    m_alerts->stop();
    m_storeChanges->unwatch();
    // Generation cannot be interrupted half-way without leaving a half-written city; wait for it.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void Dashboard::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!openStore())
        return;
    if (DemoCity::storeHasCity(*m_db)) {
        becomeReady();
        return;
    }
    // The worker writes through its own connection; ours is reopened when it is done.
    m_db.reset();
    generateDemoCity();
}

void Dashboard::generateDemoCity()
{
    setPreparing(true);
    onProgress(0, tr("Starting"));
    const QString path = m_databasePath;
    const DemoCityOptions options = m_demo;
    QPointer<Dashboard> self(this);
    m_worker = QThread::create([self, path, options] {
        Database db;
        const Database::OpenResult opened = db.open(path);
        QString error;
        bool ok = opened.ok();
        if (!ok) {
            error = opened.message;
        } else {
            double reported = -1;
            QString lastStage;
            ok = DemoCity::generate(db, options, [&](double fraction, const QString &stage) {
                if (stage == lastStage && fraction - reported < kProgressGranularity && fraction < 1.0)
                    return;
                reported = fraction;
                lastStage = stage;
                QMetaObject::invokeMethod(self, [self, fraction, stage] {
                    if (self)
                        self->onProgress(fraction, stage);
                }, Qt::QueuedConnection);
            }, &error);
        }
        QMetaObject::invokeMethod(self, [self, ok, error] {
            if (self)
                self->onGenerated(ok, error);
        }, Qt::QueuedConnection);
    });
    m_hospitals->setDatabase(nullptr);
    m_epidemic->setDatabase(nullptr);
    m_services->setDatabase(nullptr);
    m_occupancy->setDatabase(nullptr);
    m_notes->setDatabase(nullptr);
    m_alerts->setDatabase(nullptr);
    m_overview->setDatabase(nullptr);
    m_worker->setObjectName(QStringLiteral("DemoCity"));
    m_worker->start(QThread::LowPriority);
}

void Dashboard::onProgress(double fraction, const QString &stage)
{
    m_progress = std::clamp(fraction, 0.0, 1.0);
    m_progressStage = stage;
    Q_EMIT progressChanged();
}

void Dashboard::onGenerated(bool ok, const QString &error)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    setPreparing(false);
    if (!ok) {
        setError(error.isEmpty() ? tr("The demo city could not be generated.")
                                 : tr("The demo city could not be generated: %1").arg(error));
        return;
    }
    if (openStore())
        becomeReady();
}

bool Dashboard::openStore()
{
    m_db = std::make_unique<Database>();
    const Database::OpenResult opened = m_db->open(m_databasePath);
    if (!opened.ok()) {
        m_db.reset();
        setError(opened.message);
        return false;
    }
    return true;
}

void Dashboard::becomeReady()
{
    QString name = m_db->meta(QStringLiteral("city_name"));
    if (name.isEmpty()) {
        QSqlQuery city = m_db->prepare(QStringLiteral("SELECT name FROM region WHERE level = 'city' ORDER BY id LIMIT 1"));
        if (Database::exec(city) && city.next())
            name = city.value(0).toString();
    }
    if (name != m_cityName) {
        m_cityName = name;
        Q_EMIT cityNameChanged();
    }

    readDataRange();

    m_basemap->load(*m_db);
    if (m_basemap->bounds() != m_cityBounds) {
        m_cityBounds = m_basemap->bounds();
        Q_EMIT cityBoundsChanged();
    }

    m_hospitals->setDatabase(m_db.get());
    m_epidemic->setDatabase(m_db.get());
    m_services->setDatabase(m_db.get());
    m_occupancy->setDatabase(m_db.get());
    m_notes->setDatabase(m_db.get());
    m_overview->setDatabase(m_db.get());
    // Its own connection on its own thread: WAL lets it write while the pages read.
    m_feeds->start(m_databasePath);
    m_alerts->setDatabase(m_db.get());
    // A shared store has one evaluator, atalaya-ingest --rules: an engine on every desktop would
    // raise each alert once per desktop (and a viewer's or editor's may not raise any).
    if (m_db->isPostgres()) {
        qCInfo(lcUi) << "shared store: alerts are raised by atalaya-ingest, not by this desktop";
        m_alerts->announceRaisedElsewhere(); // notes the newest alert: later ones get a notification
    } else
        m_alerts->start(m_databasePath);
    if (m_storeChanges->watch(*m_db))
        qCInfo(lcUi) << "following changes other workstations make to" << m_db->path();
    // The server enforces the roles; this only tells the pages what to offer.
    m_access = StoreAccess::of(*m_db);
    m_accessKnown = m_access.isValid();
    if (!m_access.isValid())
        qCWarning(lcUi) << "cannot tell what this desktop may change in" << m_db->path() << ":" << m_access.error();
    else
        qCInfo(lcUi) << "connected as" << m_access.user() << "with the role" << m_access.roleKey();
    Q_EMIT storeAccessChanged();
    if (m_db->isPostgres() && !m_reconnector) {
        m_reconnector = new StoreReconnector(*m_db, this);
        connect(m_reconnector, &StoreReconnector::lost, this, &Dashboard::onStoreLost);
        // The notifications' socket dies with the connection.
        connect(m_reconnector, &StoreReconnector::aboutToReopen, m_storeChanges, &StoreChanges::unwatch);
        connect(m_reconnector, &StoreReconnector::restored, this, &Dashboard::onStoreRestored);
        m_storeCheck = new QTimer(this);
        m_storeCheck->setInterval(kStoreCheckMs);
        connect(m_storeCheck, &QTimer::timeout, this, [this] {
            if (!m_reconnector->isReconnecting())
                m_reconnector->connectionLost();
        });
        m_storeCheck->start();
    }
    m_ready = true;
    recompute();
    qCInfo(lcUi) << "ready:" << m_cityName << "data from" << m_timeCursor->earliest() << "to" << m_timeCursor->latest();
    Q_EMIT readyChanged();
}

void Dashboard::readDataRange()
{
    // The data range the time cursor may replay. Observations are read per sensor so that the
    // (sensor_id, observed_at) key answers, not a scan of every reading.
    QDateTime earliest;
    QDateTime latest;
    QSqlQuery beds = m_db->prepare(QStringLiteral("SELECT MIN(reported_at), MAX(reported_at) FROM bed_report"));
    if (Database::exec(beds) && beds.next())
        widen(earliest, latest, fromEpoch(beds.value(0)), fromEpoch(beds.value(1)));
    QSqlQuery readings = m_db->prepare(QStringLiteral(
        "SELECT MIN(first), MAX(last) FROM (SELECT"
        " (SELECT MIN(observed_at) FROM observation o WHERE o.sensor_id = s.id) AS first,"
        " (SELECT MAX(observed_at) FROM observation o WHERE o.sensor_id = s.id) AS last"
        " FROM sensor s)"));
    if (Database::exec(readings) && readings.next())
        widen(earliest, latest, fromEpoch(readings.value(0)), fromEpoch(readings.value(1)));
    QSqlQuery days = m_db->prepare(QStringLiteral("SELECT MIN(day), MAX(day) FROM epidemic_daily"));
    if (Database::exec(days) && days.next())
        widen(earliest, latest, fromDay(days.value(0)), fromDay(days.value(1)));
    m_timeCursor->setRange(earliest, latest);
}

void Dashboard::onStoreChanged()
{
    if (!m_ready || !m_db)
        return;
    // An import may reach before or after the data we had: the cursor must be able to replay it,
    // and every page's figures may include the new reports.
    const QDateTime before = m_timeCursor->time();
    m_epidemic->reload();
    readDataRange();
    // A cursor clamped into the new range has already recomputed (timeChanged).
    if (m_timeCursor->time() == before)
        recompute();
}

void Dashboard::recompute()
{
    // Without its server a shared store answers nothing: the pages keep the figures they had
    // (the status bar says since when) rather than turn to empty tables and zeros.
    if (!m_ready || !m_db || (m_reconnector && m_reconnector->isReconnecting()))
        return;
    // The headline feeds the status bar, which every page shows.
    m_figures->setFigures(computeHeadlineFigures(*m_db, m_timeCursor->time()), m_timeCursor->isLive());
    // Every page shows the alert badge: the alerts follow each move of the cursor.
    m_alerts->setAt(m_timeCursor->time(), m_timeCursor->isLive());
    m_outdatedPages = {u"overview"_s, u"map"_s, u"hospitals"_s, u"epidemic"_s, u"occupancy"_s};
    refreshShownPages();
}

void Dashboard::refreshShownPages()
{
    if (!m_ready || !m_db)
        return;
    const QDateTime at = m_timeCursor->time();
    auto due = [this](const QString &page) {
        return (m_shownPage.isEmpty() || m_shownPage == page || m_shownPages.contains(page))
            && m_outdatedPages.remove(page);
    };
    if (due(u"overview"_s)) {
        QDate asOf;
        const QList<DistrictFigures> rows = computeDistrictFigures(*m_db, at, &asOf);
        m_districts->setFigures(rows, asOf);
        m_overview->recompute(at, m_timeCursor->isLive());
    }
    if (due(u"hospitals"_s))
        m_hospitals->recompute(at);
    if (due(u"epidemic"_s))
        m_epidemic->setAt(at);
    if (due(u"map"_s))
        m_services->setAt(at);
    if (due(u"occupancy"_s))
        m_occupancy->recompute(at);
}

void Dashboard::setShownPage(const QString &page)
{
    if (page == m_shownPage)
        return;
    m_shownPage = page;
    Q_EMIT shownPageChanged();
    refreshShownPages();
}

void Dashboard::setShownPages(const QStringList &pages)
{
    if (pages == m_shownPages)
        return;
    m_shownPages = pages;
    Q_EMIT shownPagesChanged();
    refreshShownPages();
}

void Dashboard::onReadingsStored(qint64 latestObservedAt, qint64 earliestObservedAt)
{
    m_latestLiveReading = std::max(m_latestLiveReading, latestObservedAt);
    m_earliestLiveReading = std::min(m_earliestLiveReading, earliestObservedAt);
    if (!m_liveReadings->isActive())
        m_liveReadings->start();
}

void Dashboard::applyLiveReadings()
{
    if (!m_ready || !m_db)
        return;
    // Live readings only ever reach forward, so the newest end is all that can move; a replayed
    // cursor stays where it is and may now step further.
    const QDateTime latest = QDateTime::fromSecsSinceEpoch(m_latestLiveReading, QTimeZone::UTC);
    if (!m_timeCursor->latest().isValid() || latest > m_timeCursor->latest())
        m_timeCursor->setRange(m_timeCursor->earliest(), latest);
    // Figures are read at the cursor's moment, so readings after it change nothing on screen (a
    // live cursor reaches them at its next minute, and recomputes then). Only readings at or
    // before it, late ones or a catch-up after an outage, call for a recompute now: under a
    // steady stream the pages are not recomputed on every flush.
    const qint64 earliest = std::exchange(m_earliestLiveReading, std::numeric_limits<qint64>::max());
    if (m_timeCursor->isLive() && earliest <= m_timeCursor->time().toSecsSinceEpoch())
        recompute();
}

void Dashboard::onTableChanged(const QString &table)
{
    m_changedTables.insert(table);
    if (!m_applyChanges->isActive())
        m_applyChanges->start();
}

void Dashboard::applyStoreChanges()
{
    const QSet<QString> tables = std::exchange(m_changedTables, {});
    if (!m_ready || !m_db || tables.isEmpty())
        return;
    qCDebug(lcUi) << "another connection changed" << tables;
    reread(tables);
}

void Dashboard::reread(const std::optional<QSet<QString>> &tables)
{
    const auto changed = [&tables](std::initializer_list<QLatin1StringView> names) {
        return !tables || std::any_of(names.begin(), names.end(), [&tables](QLatin1StringView name) {
                   return tables->contains(name);
               });
    };
    if (changed({"basemap_feature"_L1}))
        m_basemap->load(*m_db);
    if (changed({"service_category"_L1, "service_point"_L1, "service_window"_L1}))
        m_services->reload();
    if (changed({"note"_L1}))
        m_notes->refresh();
    if (changed({"briefing"_L1}))
        m_overview->refresh();
    // The ingest service's new alerts (also those of an outage) pop up here as this desktop's
    // own engine's would.
    if (changed({"alert"_L1}))
        m_alerts->announceRaisedElsewhere();
    // Reports reach the data range the cursor may replay; onStoreChanged() recomputes.
    if (changed({"region"_L1, "epidemic_daily"_L1, "epidemic_reported"_L1, "hospital"_L1, "bed_report"_L1})) {
        onStoreChanged();
        return;
    }
    // Sites, sensors, services' hours, alerts (recompute() reads them too): the figures at the cursor.
    recompute();
}

void Dashboard::onStoreLost(const QString &why)
{
    qCWarning(lcUi) << "lost the store" << m_db->path() << ":" << why;
    setStoreStatus(tr("Store unreachable since %1: reconnecting. The pages show the figures of then.")
                       .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void Dashboard::onStoreRestored(qint64 outageMs)
{
    qCInfo(lcUi) << "the store is back after" << outageMs << "ms";
    setStoreStatus({});
    if (m_storeChanges->watch(*m_db))
        qCInfo(lcUi) << "following changes other workstations make to" << m_db->path() << "again";
    // Whatever another workstation or the ingest service changed meanwhile: notifications sent
    // while this desktop was away are lost.
    m_changedTables.clear();
    reread(std::nullopt);
}

QString Dashboard::storeBackend() const
{
    return m_db ? m_db->backendName() : QString();
}

void Dashboard::setStoreStatus(const QString &status)
{
    if (status == m_storeStatus)
        return;
    m_storeStatus = status;
    Q_EMIT storeStatusChanged();
}

void Dashboard::setPreparing(bool preparing)
{
    if (preparing == m_preparing)
        return;
    m_preparing = preparing;
    Q_EMIT preparingChanged();
}

void Dashboard::setError(const QString &message)
{
    if (message == m_errorMessage)
        return;
    qCWarning(lcUi) << message;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void Dashboard::setInstance(Dashboard *instance)
{
    s_instance = instance;
}

Dashboard *Dashboard::instance()
{
    return s_instance;
}

Dashboard *DashboardForeign::create(QQmlEngine *, QJSEngine *engine)
{
    Q_ASSERT_X(s_instance, "Dashboard", "main() must call Dashboard::setInstance before loading QML");
    // The engine must not delete the object main() owns.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    Q_ASSERT(!engine || s_instance->thread() == engine->thread());
    return s_instance;
}

} // namespace atalaya
