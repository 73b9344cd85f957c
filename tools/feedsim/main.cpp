// atalaya-feedsim: the feed simulator as a program, for demos. Serves a store's sites as
// Sentilo and NGSI-v2 feeds on 127.0.0.1 until killed (docs/feed-simulator.md).

#include "feedsimulator.h"

#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <optional>

using atalaya::feedsim::Fault;
using atalaya::feedsim::FeedSimulator;
using namespace Qt::StringLiterals;

namespace {

/** The translation context of the program's messages. */
class FeedSimMain
{
    Q_DECLARE_TR_FUNCTIONS(FeedSimMain)
};

// The application's exit codes (src/app/main.cpp), plus 69 (EX_UNAVAILABLE) for a port that
// cannot be had.
enum ExitCode { Ok = 0, UsageError = 64, StoreError = 65, InputRefused = 66, PortUnavailable = 69 };

void printError(const QString &message)
{
    QTextStream(stderr) << FeedSimMain::tr("atalaya-feedsim: %1").arg(message) << '\n';
}

/** A whole number in [lo, hi], or nothing. */
std::optional<int> parseNumber(const QString &value, int lo, int hi)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < lo || n > hi)
        return std::nullopt;
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"atalaya-feedsim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ATALAYA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(FeedSimMain::tr("Serves the occupancy sites of an Atalaya store as Sentilo and "
                                                     "FIWARE NGSI-v2 feeds on 127.0.0.1, with faults to inject, until "
                                                     "it is stopped."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, FeedSimMain::tr("The store whose sites are served (default: the dashboard's own store)."),
        FeedSimMain::tr("FILE"));
    const QCommandLineOption portOption(
        u"port"_s, FeedSimMain::tr("Port on 127.0.0.1; 0 picks a free one (default 8090)."), FeedSimMain::tr("N"),
        u"8090"_s);
    const QCommandLineOption cadenceOption(
        u"cadence"_s, FeedSimMain::tr("Seconds between two readings of a sensor (default 60)."), FeedSimMain::tr("S"),
        u"60"_s);
    const QCommandLineOption keyOption(
        u"identity-key"_s, FeedSimMain::tr("The IDENTITY_KEY Sentilo requests must carry (default: any non-empty key)."),
        FeedSimMain::tr("K"));
    const QCommandLineOption providerOption(
        u"provider"_s, FeedSimMain::tr("Sentilo provider name (default demo, as the demo city's sensors)."),
        FeedSimMain::tr("NAME"), u"demo"_s);
    const QCommandLineOption serviceOption(
        u"fiware-service"_s,
        FeedSimMain::tr("The Fiware-Service NGSI requests must name to see the entities (default: any)."),
        FeedSimMain::tr("NAME"));
    const QCommandLineOption faultOption(
        u"fault"_s, FeedSimMain::tr("Start with a fault: none, drop, garbage, delay, silent or error (default none)."),
        FeedSimMain::tr("F"), u"none"_s);
    const QCommandLineOption delayOption(
        u"delay-ms"_s, FeedSimMain::tr("With --fault delay: milliseconds before each answer (default 5000)."),
        FeedSimMain::tr("N"));
    const QCommandLineOption quietOption(u"quiet"_s, FeedSimMain::tr("Do not print a line for each request."));
    for (const QCommandLineOption &option : {dbOption, portOption, cadenceOption, keyOption, providerOption, serviceOption,
                                             faultOption, delayOption, quietOption})
        parser.addOption(option);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        printError(FeedSimMain::tr("unexpected argument '%1'; see --help.").arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }

    // --- validate every option before the store is opened ------------------------------------
    const auto port = parseNumber(parser.value(portOption), 0, 65535);
    if (!port) {
        printError(FeedSimMain::tr("--port: '%1' is not a port number from 0 to 65535.").arg(parser.value(portOption)));
        return UsageError;
    }
    const auto cadence = parseNumber(parser.value(cadenceOption), 1, 86400);
    if (!cadence) {
        printError(FeedSimMain::tr("--cadence: '%1' is not a number of seconds from 1 to 86400.").arg(parser.value(cadenceOption)));
        return UsageError;
    }
    const auto fault = FeedSimulator::faultFromName(parser.value(faultOption));
    if (!fault) {
        printError(FeedSimMain::tr("--fault: '%1' is not a fault; use none, drop, garbage, delay, silent or error.").arg(parser.value(faultOption)));
        return UsageError;
    }
    int delayMs = FeedSimulator::kDefaultDelayMs;
    if (parser.isSet(delayOption)) {
        if (*fault != Fault::Delay) {
            printError(FeedSimMain::tr("--delay-ms applies only with --fault delay."));
            return UsageError;
        }
        const auto delay = parseNumber(parser.value(delayOption), 1, 600000);
        if (!delay) {
            printError(FeedSimMain::tr("--delay-ms: '%1' is not a number of milliseconds from 1 to 600000.").arg(parser.value(delayOption)));
            return UsageError;
        }
        delayMs = *delay;
    }
    if (parser.value(providerOption).isEmpty() || parser.value(providerOption).contains(u'/')) {
        printError(FeedSimMain::tr("--provider: '%1' is not a provider name (not empty, no '/').").arg(parser.value(providerOption)));
        return UsageError;
    }

    // --- the store: only read, and never created here -----------------------------------------
    QString dbPath = parser.value(dbOption);
    if (dbPath.isEmpty()) {
        // Where the dashboard keeps its store (organisation and application "Atalaya").
        dbPath = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                     .filePath(u"Atalaya/Atalaya/atalaya.db"_s);
    }
    if (!QFileInfo(dbPath).isFile()) {
        printError(FeedSimMain::tr("the store %1 does not exist. Give one with --db, or run the dashboard once to write the demo city.")
                       .arg(QDir::toNativeSeparators(dbPath)));
        return InputRefused;
    }
    QList<atalaya::feedsim::SimSite> sites;
    {
        atalaya::Database db;
        const atalaya::Database::OpenResult opened = db.open(dbPath);
        if (!opened.ok()) {
            printError(opened.message);
            return StoreError;
        }
        sites = FeedSimulator::sitesFromStore(db);
    }
    if (sites.isEmpty()) {
        printError(FeedSimMain::tr("the store %1 holds no occupancy sites (beaches, squares, markets, stations, parks) to serve.")
                       .arg(QDir::toNativeSeparators(dbPath)));
        return InputRefused;
    }

    FeedSimulator sim(sites);
    sim.setCadenceSeconds(*cadence);
    sim.setSentiloProvider(parser.value(providerOption));
    sim.setIdentityKey(parser.value(keyOption));
    sim.setFiwareService(parser.value(serviceOption));
    sim.setFault(*fault, delayMs);
    if (!sim.listen(quint16(*port))) {
        printError(sim.errorString());
        return PortUnavailable;
    }

    QTextStream out(stdout);
    const QString base = sim.baseUrl().toString();
    const QString key = parser.value(keyOption).isEmpty() ? FeedSimMain::tr("any non-empty key") : u"'%1'"_s.arg(parser.value(keyOption));
    const QString service = parser.value(serviceOption).isEmpty() ? FeedSimMain::tr("any") : u"'%1'"_s.arg(parser.value(serviceOption));
    out << FeedSimMain::tr("Serving %n site(s) from %1, a reading per sensor every %2 s.", nullptr, int(sites.size()))
               .arg(QDir::toNativeSeparators(dbPath))
               .arg(*cadence)
        << '\n'
        << FeedSimMain::tr("  Sentilo catalogue      %1/catalog  (IDENTITY_KEY: %2)").arg(base, key) << '\n'
        << FeedSimMain::tr("  Sentilo observations   %1/data/%2  and  %1/data/%2/occ-<site code>  (from, to, limit)")
               .arg(base, sim.sentiloProvider())
        << '\n'
        << FeedSimMain::tr("  NGSI-v2 entities       %1/v2/entities  (Fiware-Service: %2)").arg(base, service) << '\n'
        << FeedSimMain::tr("  NGSI-v2 subscriptions  %1/v2/subscriptions").arg(base) << '\n'
        << FeedSimMain::tr("  Faults                 POST %1/_sim/fault  {\"fault\":\"drop\"}  (now: %2)")
               .arg(base, FeedSimulator::faultName(sim.fault()))
        << '\n'
        << FeedSimMain::tr("  Status                 %1/_sim/status").arg(base) << '\n'
        << FeedSimMain::tr("Stop with Ctrl+C.") << '\n';
    out.flush();

    if (!parser.isSet(quietOption)) {
        QObject::connect(&sim, &FeedSimulator::requestServed, &sim, [&out](const QString &method, const QString &path, int status) {
            const QString when = QDateTime::currentDateTimeUtc().toString(u"HH:mm:ss"_s);
            if (status == 0)
                out << FeedSimMain::tr("%1 %2 %3 dropped").arg(when, method, path) << '\n';
            else
                out << u"%1 %2 %3 %4"_s.arg(when, method, path).arg(status) << '\n';
            out.flush();
        });
    }

    // Orion notifies when entities change: here, when a new reading is due.
    qint64 notified = sim.latestInstant();
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &sim, [&sim, &notified] {
        if (sim.latestInstant() == notified)
            return;
        notified = sim.latestInstant();
        sim.notifySubscribers();
    });
    tick.start(1000);

    return app.exec();
}
