// atalaya-ingest: the feed engine (and the alert engine) against the store, without a display.
// See docs/ingest.md for installing it as a systemd service, cron use and the exit codes.
#include "alerts/alertrule.h"
#include "feeds/feedconfig.h"
#include "ingestservice.h"
#include "ingeststatus.h"
#include "logsink.h"
#include "signalwatcher.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The same codes as the atalaya command line, so scripts treat both alike; 1 and 2 are the
// outcomes of --once and status that a monitor acts on.
enum ExitCode { Ok = 0, SomeFeedFailed = 1, SomeFeedStale = 2, UsageError = 64, StoreError = 65, InputRefused = 66,
                InternalError = 70 };

void printError(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::translate("ingest", "atalaya-ingest: %1").arg(message) << '\n';
}

void installTranslations(QCoreApplication &app)
{
    auto *ours = new QTranslator(&app);
    // A service often runs under the C locale; English then, whose catalogue holds the plural
    // forms ("1 sensor", "3 sensors") that the source strings leave as "sensor(s)".
    if (ours->load(QLocale(), u"atalaya"_s, u"_"_s, u":/i18n"_s) || ours->load(u"atalaya_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
}

/** A SQLite store must exist for status: opening would create an empty one and report on it. */
bool storeExists(const QString &location)
{
    return location.contains(u"://"_s) || QFileInfo::exists(location);
}

/** --db, the same for the service and the status command. */
QCommandLineOption storeOption()
{
    return QCommandLineOption(u"db"_s, QCoreApplication::translate("ingest", "The store: a SQLite file or postgresql://user@host:port/dbname."),
                              QCoreApplication::translate("ingest", "LOCATION"));
}

/** Parses the arguments; an exit code when the run ends here (a usage error, or --help shown). */
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ingest", "Says what the store holds about the feeds: the newest observation of each, the readings of the last hour, "
                  "and which are stale. Exit code 0: every feed is current; 2: some feed is stale; 65: the store cannot be opened."));
    parser.addHelpOption();
    const QCommandLineOption dbOption = storeOption();
    const QCommandLineOption feedsOption(u"feeds"_s,
        QCoreApplication::translate("ingest", "Judge staleness by the feeds in FILE instead of what the ingest service recorded in the store."),
        QCoreApplication::translate("ingest", "FILE"));
    const QCommandLineOption jsonOption(u"json"_s, QCoreApplication::translate("ingest", "Print one JSON object instead of text."));
    parser.addOptions({dbOption, feedsOption, jsonOption});
    parser.addPositionalArgument(u"status"_s, QCoreApplication::translate("ingest", "The status command."));
    if (const std::optional<int> done = parseArguments(parser, arguments))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        printError(QCoreApplication::translate("ingest", "status takes no other argument than its options; found %1.")
                       .arg(parser.positionalArguments().mid(1).join(u' ')));
        return UsageError;
    }
    if (parser.value(dbOption).isEmpty()) {
        printError(QCoreApplication::translate("ingest", "status needs --db LOCATION: the store to report on."));
        return UsageError;
    }
    const QString location = parser.value(dbOption);
    if (!storeExists(location)) {
        printError(QCoreApplication::translate("ingest", "There is no store at %1.").arg(location));
        return StoreError;
    }
    std::optional<QList<atalaya::feeds::FeedConfig>> feeds;
    if (parser.isSet(feedsOption)) {
        const atalaya::feeds::FeedsFile file = atalaya::feeds::loadFeedsFile(parser.value(feedsOption));
        if (!file.ok()) {
            printError(file.error);
            return InputRefused;
        }
        feeds = file.feeds;
    }
    atalaya::Database db;
    const atalaya::Database::OpenResult opened = db.open(location);
    if (!opened.ok()) {
        printError(opened.message);
        return StoreError;
    }
    const atalaya::ingest::IngestStatus status = atalaya::ingest::IngestStatus::read(
        db, feeds, parser.value(feedsOption), QDateTime::currentSecsSinceEpoch());
    if (parser.isSet(jsonOption))
        QTextStream(stdout) << QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented);
    else
        QTextStream(stdout) << status.toText() << '\n';
    return status.exitCode();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Atalaya"_s);
    QCoreApplication::setApplicationName(u"atalaya-ingest"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ATALAYA_VERSION));
    installTranslations(app);

    const QStringList arguments = QCoreApplication::arguments();
    const bool statusCommand = arguments.size() > 1 && arguments.at(1) == u"status"_s;

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ingest", "Runs the live feeds (and the alert rules) against the store without a display, until SIGTERM or SIGINT; "
                  "with --once, polls every feed once and exits. `atalaya-ingest status --db LOCATION` reports on the feeds. "
                  "See docs/ingest.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption = storeOption();
    const QCommandLineOption feedsOption(u"feeds"_s, QCoreApplication::translate("ingest", "The feeds to run (format: docs/feeds.md)."),
                                         QCoreApplication::translate("ingest", "FILE"));
    const QCommandLineOption rulesOption(u"rules"_s,
        QCoreApplication::translate("ingest", "Evaluate the alert rules in FILE (format: docs/alert-rules.md); without it, no alerts are evaluated."),
        QCoreApplication::translate("ingest", "FILE"));
    const QCommandLineOption onceOption(u"once"_s,
        QCoreApplication::translate("ingest", "Poll every enabled feed once, store what they gave and exit: 0 when every feed answered, 1 when some failed."));
    const QCommandLineOption logFormatOption(u"log-format"_s,
        QCoreApplication::translate("ingest", "json (default: one JSON object per line on stderr) or text."),
        QCoreApplication::translate("ingest", "FORMAT"), u"json"_s);
    const QCommandLineOption flushOption(u"flush-interval-ms"_s,
        QCoreApplication::translate("ingest", "How long readings wait in memory before they are written together (default 250)."),
        QCoreApplication::translate("ingest", "MS"), u"250"_s);
    parser.addOptions({dbOption, feedsOption, rulesOption, onceOption, logFormatOption, flushOption});

    if (statusCommand) {
        // Status output is for people and monitors on stdout; its own log stays plain text.
        atalaya::ingest::LogSink::install(atalaya::ingest::LogSink::Format::Text);
        return runStatus(arguments);
    }

    if (const std::optional<int> done = parseArguments(parser, arguments))
        return *done;
    if (parser.isSet(u"version"_s)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("ingest", "unexpected argument %1; the only command is status, given first: "
                                                         "atalaya-ingest status --db LOCATION.")
                       .arg(parser.positionalArguments().first()));
        return UsageError;
    }
    const QString logFormat = parser.value(logFormatOption);
    if (logFormat != u"json"_s && logFormat != u"text"_s) {
        printError(QCoreApplication::translate("ingest", "--log-format: '%1' is not a log format; use json or text.").arg(logFormat));
        return UsageError;
    }
    atalaya::ingest::LogSink::install(logFormat == u"text"_s ? atalaya::ingest::LogSink::Format::Text
                                                             : atalaya::ingest::LogSink::Format::Json);
    // Debug messages (one per batch) only when asked: QT_LOGGING_RULES overrides this.
    QLoggingCategory::setFilterRules(u"*.debug=false"_s);

    if (parser.value(dbOption).isEmpty()) {
        printError(QCoreApplication::translate("ingest", "--db LOCATION is required: the store the feeds are written to."));
        return UsageError;
    }
    if (!parser.isSet(feedsOption)) {
        printError(QCoreApplication::translate("ingest", "--feeds FILE is required: the feeds to run (see docs/feeds.md)."));
        return UsageError;
    }
    bool flushOk = false;
    const int flushMs = parser.value(flushOption).toInt(&flushOk);
    if (!flushOk || flushMs < 0 || flushMs > 600'000) {
        printError(QCoreApplication::translate("ingest", "--flush-interval-ms: '%1' is not a number of milliseconds from 0 to 600000.")
                       .arg(parser.value(flushOption)));
        return UsageError;
    }

    atalaya::ingest::IngestService::Options options;
    options.storeLocation = parser.value(dbOption);
    options.once = parser.isSet(onceOption);
    options.flushIntervalMs = flushMs;

    const QString feedsPath = QFileInfo(parser.value(feedsOption)).absoluteFilePath();
    const atalaya::feeds::FeedsFile feedsFile = atalaya::feeds::loadFeedsFile(feedsPath);
    if (!feedsFile.ok()) {
        printError(feedsFile.error);
        return InputRefused;
    }
    // Like the dashboard: a bad feed is reported and skipped, the good ones run.
    for (const atalaya::feeds::FeedConfigProblem &problem : feedsFile.problems)
        qCWarning(lcIngest).noquote() << problem.toText();
    if (feedsFile.feeds.isEmpty()) {
        printError(QCoreApplication::translate("ingest", "%1 lists no usable feed.").arg(feedsPath));
        return InputRefused;
    }
    options.feeds = feedsFile.feeds;

    if (parser.isSet(rulesOption)) {
        const QString rulesPath = QFileInfo(parser.value(rulesOption)).absoluteFilePath();
        if (!QFileInfo(rulesPath).isFile()) {
            printError(QCoreApplication::translate("ingest", "--rules: there is no file %1.").arg(rulesPath));
            return InputRefused;
        }
        const atalaya::alerts::RulesFile rules = atalaya::alerts::loadRulesFile(rulesPath);
        // As the Alerts page does: a problem of the file itself refuses it; a bad rule is skipped
        // (the loader has logged it under atalaya.alerts).
        for (const atalaya::alerts::RuleProblem &problem : rules.problems) {
            if (problem.index < 0 && (problem.field.isEmpty() || problem.field == u"version"_s || problem.field == u"rules"_s)) {
                printError(QCoreApplication::translate("ingest", "--rules: %1: %2").arg(rulesPath, atalaya::alerts::problemText(problem)));
                return InputRefused;
            }
        }
        options.rules = rules.rules;
    }

    atalaya::ingest::IngestService service(options);
    int exitCode = Ok;
    QObject::connect(&service, &atalaya::ingest::IngestService::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    }, Qt::QueuedConnection);
    atalaya::ingest::SignalWatcher watcher;
    if (!watcher.isValid())
        return InternalError; // it could not stop cleanly on SIGTERM: better not to start
    QObject::connect(&watcher, &atalaya::ingest::SignalWatcher::stopRequested, &service, [&service](int number) {
        service.stop(number == SIGTERM ? u"SIGTERM received: stopping"_s : u"SIGINT received: stopping"_s);
    });
    if (!service.start())
        return StoreError;
    app.exec();
    return exitCode;
}
