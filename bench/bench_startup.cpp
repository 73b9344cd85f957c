// Start-up and memory of the dashboard on an existing store, against a bare Qt Quick window
// started the same way in the same run (the floor no Qt Quick application can beat).
//
//   BENCH startup.first_frame_ms       launch to the first frame of the Overview with its figures
//   BENCH startup.bare_first_frame_ms  launch to the first frame of a one-rectangle Qt Quick window
//   BENCH startup.ratio                the two divided
//   BENCH memory.overview_mb           peak resident memory one second after the Overview is shown
//   BENCH memory.bare_mb               the same for the bare window
// Both programs run offscreen (QT_QPA_PLATFORM=offscreen) with the same environment.

#include "benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace atalaya::bench;

namespace {

constexpr int kRuns = 5;

struct Sample {
    double firstFrameMs = -1;
    double peakMb = -1;
};

qint64 peakResidentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The floor: a window with one rectangle and one text, reporting like the app does.
int runBareWindow(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(R"(import QtQuick
Window { width: 1280; height: 800; visible: true
  Rectangle { anchors.fill: parent; color: "#202830"
    Text { anchors.centerIn: parent; text: "Atalaya"; color: "white"; font.pixelSize: 32 } } })");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    bool reported = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
        if (reported)
            return;
        reported = true;
        std::printf("STARTUP first_frame_ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
        std::fflush(stdout);
        QTimer::singleShot(1000, &app, [] {
            std::printf("STARTUP peak_rss_kb %lld\n", static_cast<long long>(peakResidentKilobytes()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    });
    return app.exec();
}

// Launches a program and times it from start() to its first-frame line, as a user would feel it.
Sample measure(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Sample sample;
    QByteArray output;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
        if (sample.firstFrameMs < 0 && output.contains("STARTUP first_frame_ms"))
            sample.firstFrameMs = double(timer.nsecsElapsed()) / 1e6;
        if (timer.elapsed() > 120000) {
            process.kill();
            break;
        }
        if (process.state() == QProcess::NotRunning && process.bytesAvailable() == 0)
            break;
    }
    process.waitForFinished();
    output += process.readAllStandardOutput();
    for (const QByteArray &line : output.split('\n'))
        if (line.startsWith("STARTUP peak_rss_kb "))
            sample.peakMb = line.mid(20).toDouble() / 1024.0;
    if (sample.firstFrameMs < 0)
        std::fprintf(stderr, "bench_startup: %s printed no first frame: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
    return sample;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--bare") == 0)
        return runBareWindow(argc, argv);

    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("bench.db"));
    const QString atalaya = QStringLiteral(ATALAYA_BINARY);
    const QStringList appArguments = {QStringLiteral("--db"), store, QStringLiteral("--size"), QStringLiteral("1280x800"),
                                      QStringLiteral("--page"), QStringLiteral("overview"), QStringLiteral("--report-startup")};

    // First run creates the demo city; start-up is measured on the existing store.
    if (measure(atalaya, appArguments).firstFrameMs < 0)
        return 1;

    QList<double> appFrames, bareFrames, appMemory, bareMemory;
    for (int i = 0; i < kRuns; ++i) {
        const Sample bare = measure(QCoreApplication::applicationFilePath(), {QStringLiteral("--bare")});
        const Sample ours = measure(atalaya, appArguments);
        if (bare.firstFrameMs < 0 || ours.firstFrameMs < 0)
            return 1;
        bareFrames << bare.firstFrameMs;
        appFrames << ours.firstFrameMs;
        bareMemory << bare.peakMb;
        appMemory << ours.peakMb;
    }
    const double ourFrame = median(appFrames);
    const double bareFrame = median(bareFrames);
    std::printf("BENCH startup.first_frame_ms %.0f ms\n", ourFrame);
    std::printf("BENCH startup.bare_first_frame_ms %.0f ms\n", bareFrame);
    std::printf("BENCH startup.ratio %.2f x\n", ourFrame / bareFrame);
    std::printf("BENCH memory.overview_mb %.0f MB\n", median(appMemory));
    std::printf("BENCH memory.bare_mb %.0f MB\n", median(bareMemory));
    return 0;
}
