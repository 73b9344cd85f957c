// The briefing PDF of the demo city, A4 and A3, as `atalaya --export-briefing` writes it: from
// reading the store to the closed file (two layout passes, map, charts, tables). Target: under
// 3 s each. Prints wall time (median of 5) and this thread's CPU time, since the machine is
// shared and wall time under load also measures the other processes.

#include "benchstats.h"
#include "briefing/briefingwriter.h"
#include "demo/democity.h"
#include "store/database.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <ctime>
#include <vector>

using namespace atalaya::bench;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts need a QGuiApplication; no screen is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_briefing: cannot create a temporary folder\n");
        return 1;
    }
    const QDateTime anchor(QDate(2026, 11, 26), QTime(8, 0), QTimeZone::UTC);
    atalaya::Database db;
    const atalaya::Database::OpenResult opened = db.open(dir.filePath(QStringLiteral("city.db")));
    if (!opened.ok()) {
        std::fprintf(stderr, "bench_briefing: %s\n", qPrintable(opened.message));
        return 1;
    }
    QString error;
    if (!atalaya::DemoCity::generate(db, atalaya::DemoCityOptions{7, anchor}, {}, &error)) {
        std::fprintf(stderr, "bench_briefing: %s\n", qPrintable(error));
        return 1;
    }

    for (const atalaya::BriefingPaper paper : {atalaya::BriefingPaper::A4, atalaya::BriefingPaper::A3}) {
        const QString name = atalaya::briefingPaperName(paper).toLower();
        std::vector<double> wall, cpu;
        int pages = 0;
        qint64 bytes = 0;
        for (int i = 0; i < 5; ++i) {
            atalaya::BriefingOptions options;
            options.paper = paper;
            options.at = anchor;
            options.record = false;
            const QString path = dir.filePath(QStringLiteral("briefing-%1.pdf").arg(name));
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            const atalaya::BriefingResult result = atalaya::BriefingWriter::write(db, path, options);
            cpu.push_back(threadCpuMs() - cpuStart);
            wall.push_back(timer.nsecsElapsed() / 1e6);
            if (!result.ok) {
                std::fprintf(stderr, "bench_briefing: %s\n", qPrintable(result.error));
                return 1;
            }
            pages = result.pages;
            bytes = QFileInfo(path).size();
        }
        std::printf("BENCH briefing.export_%s_ms %.1f ms\n", qPrintable(name), median(wall));
        std::printf("BENCH briefing.export_%s_cpu_ms %.1f ms\n", qPrintable(name), median(cpu));
        std::printf("BENCH briefing.export_%s_pages %d pages\n", qPrintable(name), pages);
        std::printf("BENCH briefing.export_%s_kb %.0f kB\n", qPrintable(name), bytes / 1024.0);
    }
    return 0;
}
