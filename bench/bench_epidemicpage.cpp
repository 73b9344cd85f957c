// The Epidemic page's time slider at the scale of issue 4 ("the map must repaint within one frame
// of moving the slider, under 16 ms per step on the demo city"): the real Main.qml at 1600 x 1000
// on the Epidemic page, over the demo city (seed 7) generated into a temporary store, the time
// cursor stepped one day back at a time as the slider's Left key does.
//
//   BENCH epidemic.slider_step_ms       median wall time from TimeCursor::step(-1 day) until the
//                                       window swaps the next frame synchronised after it
//   BENCH epidemic.slider_step_p90_ms   its 90th percentile
//   BENCH epidemic.recompute_step_ms    median of the step() call alone: Dashboard's recompute
//                                       of every page's figures, with the QML bindings and
//                                       model views its signals update synchronously
//   BENCH epidemic.panel_step_ms        median of EpidemicPanel::setAt alone over the same days
//                                       (what the Epidemic page's own figures cost, its views'
//                                       synchronous reactions included)
//   BENCH epidemic.slider_settled_ms    median wall time from the step until the last frame it
//                                       caused (work left for later, such as the charts' images
//                                       and delegates created asynchronously, shows in frames
//                                       after the step's own)
//   BENCH epidemic.idle_frame_ms        the floor: update() with nothing changed until the swap
//
// The lines starting with # say which platform and scene graph ran, CPU time per step (the
// machine is shared: when wall times swell under other load, CPU time shows our own work), the
// frames that followed a step's frame (a repaint that takes more than one frame shows there),
// and the parts of Dashboard's recompute timed one by one on the same days with the page shown:
// EpidemicPanel::setAt, the status bar's headline (its SQL on a connection of the bench's own,
// then the model), AlertsPanel::setAt (the rail's badge follows the cursor), and the rest, the
// bindings on the cursor's time (the recompute's median less the parts' medians). Only the page
// on screen recomputes on a step; the others catch up when they are shown.
//
// Runs offscreen unless QT_QPA_PLATFORM says otherwise. The offscreen platform paces update
// requests with a timer (QT_QPA_UPDATE_IDLE_TIME, 5 ms by default), a wait that is no work of
// ours and that a real display replaces with its vsync: the bench sets it to 0 unless told
// otherwise, so a step's figure is its work (recompute, sync, render). idle_frame_ms shows the
// floor that is left.

#include "alertspanel.h"
#include "analytics/headlinefigures.h"
#include "appsettings.h"
#include "benchstats.h"
#include "dashboard.h"
#include "epidemicpanel.h"
#include "store/database.h"
#include "timecursor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(AtalayaPlugin)

using namespace atalaya;
using namespace atalaya::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSteps = 120;
constexpr int kIdleFrames = 30;
constexpr int kDaySeconds = 86'400;
// No frame for this long after a step's frame: the page has settled.
constexpr int kSettleMs = 80;
const QDateTime kAnchor(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Runs the event loop until done() holds, checking every 10 ms; false after timeoutMs.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        // -1: no event loop runs any more, because something asked the application to quit.
        if (loop.exec() < 0) {
            std::fprintf(stderr, "bench_epidemicpage: the application was told to quit\n");
            return false;
        }
    }
    return true;
}

const char *graphicsApiName(const QSGRendererInterface *renderer)
{
    switch (renderer ? renderer->graphicsApi() : QSGRendererInterface::Unknown) {
    case QSGRendererInterface::Software:
        return "software";
    case QSGRendererInterface::OpenGL:
        return "OpenGL";
    case QSGRendererInterface::Vulkan:
        return "Vulkan";
    case QSGRendererInterface::Null:
        return "null";
    default:
        return "other";
    }
}

/** Times a change from its call to the swap of the first frame synchronised after it. */
class FrameTimer
{
public:
    explicit FrameTimer(QQuickWindow *window) : m_window(window) {}

    struct Timing {
        double callMs = -1;  // change() itself
        double frameMs = -1; // to the swap; -1 when none came within 10 s
        double cpuMs = -1;   // process CPU time from the change to the swap
    };

    Timing time(const std::function<void()> &change)
    {
        Timing timing;
        // The flags are set on the render thread when the scene graph has one.
        std::atomic<bool> changed = false, synced = false;
        std::atomic<qint64> swappedNs = -1;
        std::atomic<double> swappedCpu = -1;
        QEventLoop loop;
        QElapsedTimer &timer = m_clock;
        const auto c1 = QObject::connect(m_window, &QQuickWindow::afterSynchronizing, &loop, [&] {
            if (changed)
                synced = true;
        }, Qt::DirectConnection);
        const auto c2 = QObject::connect(m_window, &QQuickWindow::frameSwapped, &loop, [&] {
            if (synced && swappedNs < 0) {
                swappedNs = timer.nsecsElapsed();
                // At the swap: events queued before the quit below still run inside this loop.
                swappedCpu = cpuSeconds();
                QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
            }
        }, Qt::DirectConnection);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        m_cpuStart = cpuSeconds();
        timer.start();
        // change() runs on this thread before the event loop does: no synchronisation of the
        // scene can fall between it and the flag.
        change();
        timing.callMs = msSince(timer);
        changed = true;
        // A frame even when the change touched nothing visible: the step's frame is still due.
        m_window->update();
        loop.exec();
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        timing.cpuMs = swappedCpu < 0 ? -1.0 : (swappedCpu - m_cpuStart) * 1e3;
        timing.frameMs = swappedNs < 0 ? -1.0 : double(swappedNs) / 1e6;
        m_last = timing;
        return timing;
    }

    struct Settled {
        int frames = 0;        // swapped after the change's own frame
        double lastMs = -1;    // from the change to the last of them (its own frame when none)
        double cpuMs = -1;     // process CPU time from the change to that last frame
    };

    // Waits until no frame has been swapped for kSettleMs (at most 3 s): the frames the last
    // change still caused after its own, as work it left for later (queued chart images,
    // delegates created asynchronously) shows up in them.
    Settled settle()
    {
        Settled settled;
        settled.lastMs = m_last.frameMs;
        settled.cpuMs = m_last.cpuMs;
        std::atomic<int> swaps = 0;
        std::atomic<qint64> lastNs = -1;
        std::atomic<double> lastCpu = -1;
        const auto c = QObject::connect(m_window, &QQuickWindow::frameSwapped, m_window, [&] {
            ++swaps;
            lastNs = m_clock.nsecsElapsed();
            lastCpu = cpuSeconds();
        }, Qt::DirectConnection);
        QElapsedTimer total;
        total.start();
        int seen = -1;
        while (seen != swaps && total.elapsed() < 3'000) {
            seen = swaps;
            QEventLoop loop;
            QTimer::singleShot(kSettleMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QObject::disconnect(c);
        settled.frames = swaps;
        if (swaps > 0) {
            settled.lastMs = double(lastNs) / 1e6;
            settled.cpuMs = (lastCpu - m_cpuStart) * 1e3;
        }
        return settled;
    }

private:
    QQuickWindow *m_window;
    QElapsedTimer m_clock; // started by time()
    double m_cpuStart = 0;
    Timing m_last;         // of the last time()
};

struct Steps {
    std::vector<double> call, frame, cpu;
    std::vector<double> followUps, settled, settledCpu;

    bool add(const FrameTimer::Timing &t, const FrameTimer::Settled &after)
    {
        if (t.frameMs < 0)
            return false;
        call.push_back(t.callMs);
        frame.push_back(t.frameMs);
        cpu.push_back(t.cpuMs);
        followUps.push_back(after.frames);
        settled.push_back(after.lastMs);
        settledCpu.push_back(after.cpuMs);
        return true;
    }
};

bool run(const QString &folder)
{
    AppSettings settings;
    settings.setPersistent(false);
    settings.setPage(u"epidemic"_s);
    AppSettings::setInstance(&settings);

    const QString storePath = folder + u"/city.db"_s;
    auto dashboard = std::make_unique<Dashboard>(storePath, DemoCityOptions{7, kAnchor});
    Dashboard::setInstance(dashboard.get());
    TimeCursor *cursor = dashboard->timeCursor();
    EpidemicPanel *panel = dashboard->epidemic();
    cursor->setMoment(kAnchor);

    auto engine = std::make_unique<QQmlApplicationEngine>();
    const auto teardown = qScopeGuard([&] {
        engine.reset();
        Dashboard::setInstance(nullptr);
        dashboard.reset();
        AppSettings::setInstance(nullptr);
    });
    engine->loadFromModule("Atalaya", "Main");
    const QList<QObject *> roots = engine->rootObjects();
    auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
    if (!window) {
        std::fprintf(stderr, "bench_epidemicpage: Main.qml did not load a window\n");
        return false;
    }
    window->resize(1600, 1000);

    QElapsedTimer timer;
    timer.start();
    dashboard->start();
    if (!waitUntil([&] { return dashboard->isReady() || !dashboard->errorMessage().isEmpty(); }, 600'000)
        || !dashboard->errorMessage().isEmpty()) {
        std::fprintf(stderr, "bench_epidemicpage: the demo city did not open: %s\n",
                     qPrintable(dashboard->errorMessage()));
        return false;
    }
    const double readyS = msSince(timer) / 1e3;
    if (!waitUntil([&] { return window->isExposed() && panel->isLoaded(); }, 120'000)
        || !panel->errorMessage().isEmpty()) {
        std::fprintf(stderr, "bench_epidemicpage: the Epidemic page did not load: %s\n",
                     qPrintable(panel->errorMessage()));
        return false;
    }
    if (panel->day() != kAnchor.date()) {
        std::fprintf(stderr, "bench_epidemicpage: the page shows %s, not the anchor's day %s\n",
                     qPrintable(panel->day().toString(Qt::ISODate)), qPrintable(kAnchor.date().toString(Qt::ISODate)));
        return false;
    }
    FrameTimer frames(window);
    // The first frames lay the page out and draw the basemap; none of them is a step.
    frames.settle();
    std::printf("# %s, scene graph %s (backend \"%s\"), GUI thread pool %s, update pacing %s ms, window %d x %d, "
                "demo city ready in %.1f s, %d districts\n",
                qPrintable(QGuiApplication::platformName()), graphicsApiName(window->rendererInterface()),
                qPrintable(QQuickWindow::sceneGraphBackend()),
                qEnvironmentVariableIsSet("QT_NO_GUI_THREADPOOL") ? "off (QT_NO_GUI_THREADPOOL)" : "on",
                qgetenv("QT_QPA_UPDATE_IDLE_TIME").constData(),
                window->width(), window->height(), readyS,
                panel->regions()->rowCount());

    // The floor: a frame with nothing changed.
    std::vector<double> idle;
    for (int i = 0; i < kIdleFrames; ++i) {
        const FrameTimer::Timing t = frames.time([] {});
        if (t.frameMs < 0) {
            std::fprintf(stderr, "bench_epidemicpage: no frame was swapped within 10 s of update()\n");
            return false;
        }
        idle.push_back(t.frameMs);
        frames.settle();
    }

    // The slider: one day back per step, as its Left key does.
    Steps slider;
    for (int i = 0; i < kSteps; ++i) {
        const QDate before = panel->day();
        const FrameTimer::Timing t = frames.time([&] { cursor->step(-kDaySeconds); });
        if (!slider.add(t, frames.settle())) {
            std::fprintf(stderr, "bench_epidemicpage: step %d was not shown within 10 s\n", i + 1);
            return false;
        }
        if (panel->day() != before.addDays(-1)) {
            std::fprintf(stderr, "bench_epidemicpage: step %d moved the page from %s to %s, not one day back\n", i + 1,
                         qPrintable(before.toString(Qt::ISODate)), qPrintable(panel->day().toString(Qt::ISODate)));
            return false;
        }
    }

    // The parts of the recompute one by one on the same days, each with the others left alone.
    // Back at the anchor first, so that every setAt() below changes the page's day.
    cursor->setMoment(kAnchor);
    frames.settle();

    // setAt() by stage: it emits dayChanged, then updates the regions' day values (the map and the
    // ranking), then the headline, then the figures published by the sources (SQL). Slots of ours
    // connected last run after the views' own, so each stamp falls after that stage's bindings.
    Steps panelSteps;
    QElapsedTimer stageClock;
    double dayStamp = -1, valuesStamp = -1, headlineStamp = -1;
    std::vector<double> dayStage, valuesStage, headlineStage, reportedStage;
    const QList<QMetaObject::Connection> stamps{
        QObject::connect(panel, &EpidemicPanel::dayChanged, [&] { dayStamp = msSince(stageClock); }),
        QObject::connect(panel->regions(), &QAbstractItemModel::dataChanged,
                         [&] { valuesStamp = msSince(stageClock); }),
        QObject::connect(panel->headline(), &QAbstractItemModel::dataChanged,
                         [&] { headlineStamp = msSince(stageClock); }),
        QObject::connect(panel->headline(), &QAbstractItemModel::modelReset,
                         [&] { headlineStamp = msSince(stageClock); }),
    };
    for (int i = 1; i <= kSteps; ++i) {
        const QDateTime at = kAnchor.addSecs(-qint64(i) * kDaySeconds);
        dayStamp = valuesStamp = headlineStamp = -1;
        double endStamp = -1;
        const FrameTimer::Timing t = frames.time([&] {
            stageClock.start();
            panel->setAt(at);
            endStamp = msSince(stageClock);
        });
        if (!panelSteps.add(t, frames.settle())) {
            std::fprintf(stderr, "bench_epidemicpage: EpidemicPanel::setAt of %s was not shown within 10 s\n",
                         qPrintable(at.toString(Qt::ISODate)));
            return false;
        }
        if (dayStamp >= 0 && valuesStamp >= dayStamp && headlineStamp >= valuesStamp) {
            dayStage.push_back(dayStamp);
            valuesStage.push_back(valuesStamp - dayStamp);
            headlineStage.push_back(headlineStamp - valuesStamp);
            reportedStage.push_back(endStamp - headlineStamp);
        }
    }
    for (const QMetaObject::Connection &c : stamps)
        QObject::disconnect(c);
    // The others on a connection of our own for the SQL: each part's own call is timed, then its
    // frame is let through, as in a step.
    Database db;
    if (const auto opened = db.open(storePath); !opened.ok()) {
        std::fprintf(stderr, "bench_epidemicpage: cannot open %s a second time: %s\n", qPrintable(storePath),
                     qPrintable(opened.message));
        return false;
    }
    auto timePart = [&](const std::function<bool(const QDateTime &)> &run) {
        for (int i = 1; i <= kSteps; ++i) {
            const QDateTime at = kAnchor.addSecs(-qint64(i) * kDaySeconds);
            bool ok = true;
            const FrameTimer::Timing t = frames.time([&] { ok = run(at); });
            if (!ok || t.frameMs < 0) {
                std::fprintf(stderr, "bench_epidemicpage: a part of the recompute failed on %s\n",
                             qPrintable(at.toString(Qt::ISODate)));
                return false;
            }
            frames.settle();
        }
        return true;
    };
    std::vector<double> headlineSql, headlineModel, alerts;
    const bool partsOk = timePart([&](const QDateTime &at) {
        timer.start();
        const HeadlineFigures figures = computeHeadlineFigures(db, at);
        headlineSql.push_back(msSince(timer));
        timer.start();
        dashboard->figures()->setFigures(figures, false);
        headlineModel.push_back(msSince(timer));
        return figures.population > 0;
    }) && timePart([&](const QDateTime &at) {
        timer.start();
        dashboard->alerts()->setAt(at, false);
        alerts.push_back(msSince(timer));
        return true;
    });
    db.close();
    if (!partsOk)
        return false;
    const double parts = median(panelSteps.call) + median(headlineSql) + median(headlineModel) + median(alerts);

    std::printf("BENCH epidemic.slider_step_ms %.1f ms\n", median(slider.frame));
    std::printf("BENCH epidemic.slider_step_p90_ms %.1f ms\n", percentile90(slider.frame));
    std::printf("BENCH epidemic.recompute_step_ms %.2f ms\n", median(slider.call));
    std::printf("BENCH epidemic.panel_step_ms %.2f ms\n", median(panelSteps.call));
    std::printf("BENCH epidemic.slider_settled_ms %.1f ms\n", median(slider.settled));
    std::printf("BENCH epidemic.idle_frame_ms %.1f ms\n", median(idle));
    std::printf("# slider step: median CPU %.1f ms to its frame, %.1f ms to the last frame it caused; %.0f frames "
                "after the step's own (median; max %.0f); 90th percentile recompute %.2f ms\n",
                median(slider.cpu), median(slider.settledCpu), median(slider.followUps),
                *std::max_element(slider.followUps.begin(), slider.followUps.end()), percentile90(slider.call));
    std::printf("# EpidemicPanel::setAt alone (median): %.1f ms wall and %.1f ms CPU to its frame, %.1f ms wall and "
                "%.1f ms CPU to the last frame it caused (%.0f after its own); 90th percentile setAt %.2f ms\n",
                median(panelSteps.frame), median(panelSteps.cpu), median(panelSteps.settled),
                median(panelSteps.settledCpu), median(panelSteps.followUps), percentile90(panelSteps.call));
    std::printf("# EpidemicPanel::setAt by stage (median ms of %lld steps): dayChanged and its bindings (titles, "
                "slider, charts' cursors and summaries) %.2f, day values (map, ranking) %.2f, headline cards %.2f, "
                "figures published by the sources (SQL) %.2f\n",
                qlonglong(dayStage.size()), median(dayStage), median(valuesStage), median(headlineStage),
                median(reportedStage));
    std::printf("# other parts of the recompute (median ms): headline SQL %.2f + HeadlineSummary::setFigures %.2f, "
                "AlertsPanel::setAt %.2f; the rest (bindings on the cursor's time) about %.1f\n",
                median(headlineSql), median(headlineModel), median(alerts), median(slider.call) - parts);
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt Charts (on the page once it shows charts) paints through QGraphicsScene: QApplication.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("QT_QPA_UPDATE_IDLE_TIME"))
        qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_epidemicpage: cannot create a temporary folder\n");
        return 1;
    }
    // Nothing of the user's: settings and standard paths in the temporary folder.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AtalayaBench"_s);
    QCoreApplication::setApplicationName(u"AtalayaEpidemicPageBench"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
    return run(dir.path()) ? 0 : 1;
}
