// The atalaya executable: the command line, the store check, and the QML engine. Everything
// else lives in atalaya_core (no GUI) and the Atalaya QML module.

#include "appsettings.h"
#include "briefing/briefingwriter.h"
#include "dashboard.h"
#include "demo/democity.h"
#include "io/epidemicimport.h"
#include "io/hospitalimport.h"
#include "io/regionimport.h"
#include "io/serviceexport.h"
#include "io/serviceimport.h"
#include "services/servicestore.h"
#include "store/database.h"
#include "store/storecopy.h"
#include "timecursor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

#include <climits>
#include <cstdio>
#include <memory>
#include <optional>

Q_IMPORT_QML_PLUGIN(AtalayaPlugin)

namespace {

// Exit codes a script (or a scheduled briefing) can tell apart.
enum ExitCode { Ok = 0, UsageError = 64, StoreError = 65, InputRefused = 66, UiError = 70, CannotWrite = 73 };

void printError(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::translate("main", "atalaya: %1").arg(message) << '\n';
}

/** Parses an ISO 8601 date-time; a value without a zone is taken as UTC (the store's time). */
std::optional<QDateTime> parseMoment(const QString &text)
{
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid())
        moment = QDateTime::fromString(text, Qt::ISODate);
    if (!moment.isValid())
        return std::nullopt;
    if (moment.timeSpec() == Qt::LocalTime)
        moment.setTimeZone(QTimeZone::UTC);
    return moment.toUTC();
}

std::optional<QSize> parseSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okWidth = false;
    bool okHeight = false;
    const int width = parts[0].toInt(&okWidth);
    const int height = parts[1].toInt(&okHeight);
    if (!okWidth || !okHeight || width < 320 || height < 240 || width > 16384 || height > 16384)
        return std::nullopt;
    return QSize(width, height);
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("atalaya"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
}

qint64 peakResidentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/** Every visible item with an objectName and a text ("valueText" preferred) as one JSON object,
 *  so a test can compare what the screen says with what the store holds. */
QJsonObject visibleTexts(QQuickWindow *window)
{
    QJsonObject texts;
    QList<QQuickItem *> pending{window->contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeLast();
        if (!item->isVisible())
            continue;
        if (!item->objectName().isEmpty()) {
            QVariant text = item->property("valueText");
            if (!text.isValid())
                text = item->property("text");
            if (text.isValid())
                texts.insert(item->objectName(), text.toString());
        }
        pending.append(item->childItems());
    }
    return texts;
}

bool dumpVisibleTexts(QQuickWindow *window, const QString &path)
{
    const QJsonObject texts = visibleTexts(window);
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QJsonDocument(texts).toJson()) > 0;
}

/** --migrate-store FROM TO: every row of FROM into the new, empty store TO, with the row counts
 *  of both compared before TO commits. */
ExitCode migrateStore(const QString &from, const QString &to)
{
    // Opening a missing file would create an empty store, and copying that would look like success.
    if (!atalaya::StoreLocation::isPostgresUrl(from) && !QFileInfo::exists(from)) {
        printError(QCoreApplication::translate("main", "--migrate-store: the store to copy, %1, does not exist.")
                       .arg(QDir::toNativeSeparators(QFileInfo(from).absoluteFilePath())));
        return InputRefused;
    }
    atalaya::Database source;
    atalaya::Database::OpenResult opened = source.open(from);
    if (!opened.ok()) {
        printError(opened.message);
        return StoreError;
    }
    atalaya::Database target;
    opened = target.open(to);
    if (!opened.ok()) {
        printError(opened.message);
        return StoreError;
    }
    QTextStream out(stdout);
    out << QCoreApplication::translate("main", "Copying %1 (%2) into %3 (%4):")
               .arg(QDir::toNativeSeparators(source.path()), source.backendName(), QDir::toNativeSeparators(target.path()),
                    target.backendName())
        << Qt::endl;
    const atalaya::StoreCopy::Summary summary = atalaya::StoreCopy::copy(source, target,
        [&out](const QString &table, qint64 done, qint64 total) {
            // %n is an int; a template argument inside translate()'s arguments hangs lupdate.
            const int rows = int(std::min(total, qint64(INT_MAX)));
            if (done == total)
                out << QCoreApplication::translate("main", "  %1: %n row(s)", nullptr, rows).arg(table) << Qt::endl;
        });
    if (!summary.ok) {
        printError(summary.error);
        return StoreError;
    }
    const int copiedRows = int(std::min(summary.totalRows, qint64(INT_MAX)));
    out << QCoreApplication::translate("main", "Copied %n row(s) in %1 tables in %2 s; every table has as many rows in the target as in the source.",
                                       nullptr, copiedRows)
               .arg(summary.tables.size())
               .arg(QLocale().toString(summary.seconds, 'f', 1))
        << Qt::endl;
    return Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    // Commands that only read or write the store (and --help/--version) need no display: they
    // run under QCoreApplication, so a scheduled job on a server works. Everything else opens a
    // window, and Qt Charts draws through QGraphicsView, so it needs a QApplication.
    bool headless = false;
    bool screenshot = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--import-hospitals" || argument == "--help" || argument == "-h" || argument == "--help-all"
            || argument == "--version" || argument == "-v")
            headless = true;
        // The import options too, so that misusing them is a usage error even without a display.
        for (const char *option : {"--import-epi", "--import-regions", "--epi-shape", "--window-days", "--region-level",
                                   "--import-services", "--export-services", "--category", "--map", "--migrate-store"}) {
            if (argument == option || argument.startsWith(QByteArray(option) + '='))
                headless = true;
        }
        if (argument == "--screenshot" || argument.startsWith("--screenshot="))
            screenshot = true;
        // The briefing PDF needs fonts (a QGuiApplication) but no screen: a scheduled job has none.
        if (argument == "--export-briefing" || argument.startsWith("--export-briefing=") || argument == "--paper"
            || argument.startsWith("--paper="))
            screenshot = true;
    }
    // A screenshot needs no screen: render offscreen when there is no display to use.
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (headless)
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Atalaya"));
    QCoreApplication::setApplicationName(QStringLiteral("Atalaya"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATALAYA_VERSION));

    // The language is read before the parser so that --help itself is translated.
    QString language;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--language") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Atalaya: the city's essential services, epidemic, hospitals and crowds on one screen."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("main", "Use the store FILE (SQLite). Default: atalaya.db in the user's data folder."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption seedOption(QStringLiteral("demo-seed"),
        QCoreApplication::translate("main", "Seed of the demo city generated into a new store (default 1)."),
        QCoreApplication::translate("main", "N"), QStringLiteral("1"));
    const QCommandLineOption anchorOption(QStringLiteral("demo-anchor"),
        QCoreApplication::translate("main", "End the demo city's history at DATETIME (ISO 8601, UTC unless a zone is given) instead of now."),
        QCoreApplication::translate("main", "DATETIME"));
    const QCommandLineOption atOption(QStringLiteral("at"),
        QCoreApplication::translate("main", "Start with the time cursor at DATETIME (ISO 8601) instead of live."),
        QCoreApplication::translate("main", "DATETIME"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window offscreen, save it as a PNG to FILE and exit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption importHospitalsOption(QStringLiteral("import-hospitals"),
        QCoreApplication::translate("main", "Import hospitals and their bed reports from FILE (CSV, or FIWARE NGSI-v2 JSON) into the store, print what was imported and exit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption importEpiOption(QStringLiteral("import-epi"),
        QCoreApplication::translate("main", "Import epidemic figures per region from FILE (CSV) into the store, print what was imported and exit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption epiShapeOption(QStringLiteral("epi-shape"),
        QCoreApplication::translate("main", "With --import-epi: read every figure as SHAPE (daily, cumulative or windowed) instead of from the column names."),
        QCoreApplication::translate("main", "SHAPE"));
    const QCommandLineOption windowDaysOption(QStringLiteral("window-days"),
        QCoreApplication::translate("main", "With --epi-shape windowed: the window in days of columns whose name gives none."),
        QCoreApplication::translate("main", "N"));
    const QCommandLineOption importRegionsOption(QStringLiteral("import-regions"),
        QCoreApplication::translate("main", "Import region polygons and their population from FILE (GeoJSON) into the store, print what was imported and exit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption regionLevelOption(QStringLiteral("region-level"),
        QCoreApplication::translate("main", "With --import-regions: the level of every region in the file (district, neighbourhood or postcode); with --import-epi: match only regions of that level."),
        QCoreApplication::translate("main", "LEVEL"));
    const QCommandLineOption importServicesOption(QStringLiteral("import-services"),
        QCoreApplication::translate("main", "Import services from FILE (GeoJSON, CSV, or FIWARE NGSI-v2 JSON) into the category given by --category, print what was imported and exit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption categoryOption(QStringLiteral("category"),
        QCoreApplication::translate("main", "With --import-services: the category's slug (e.g. pharmacies or elderly-homes), created if new; with --export-services: export only this category."),
        QCoreApplication::translate("main", "SLUG"));
    const QCommandLineOption mapOption(QStringLiteral("map"),
        QCoreApplication::translate("main", "With --import-services: read these fields from these columns, e.g. name=NOMBRE,lat=Y,lon=X (fields: %1).")
            .arg(atalaya::serviceImportFields().join(QStringLiteral(", "))),
        QCoreApplication::translate("main", "FIELD=COLUMN,..."));
    const QCommandLineOption exportServicesOption(QStringLiteral("export-services"),
        QCoreApplication::translate("main", "Export services (all, or those of --category) to FILE, GeoJSON for .geojson or .json and CSV for .csv, and exit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QCoreApplication::translate("main", "Open on page NAME: overview, map, hospitals, epidemic, occupancy, feeds or alerts."),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size, e.g. 1600x900."),
        QCoreApplication::translate("main", "WxH"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QCoreApplication::translate("main", "Colour theme: dark (control room) or light (briefing)."),
        QCoreApplication::translate("main", "THEME"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QCoreApplication::translate("main", "Interface language, e.g. es or pt (default: the system's)."),
        QCoreApplication::translate("main", "LANG"));
    const QCommandLineOption feedsOption(QStringLiteral("feeds"),
        QCoreApplication::translate("main", "Read live feeds (Sentilo, FIWARE NGSI-v2, HTTP, files) as listed in FILE (see docs/feeds.md) instead of the feeds file in the settings."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"),
        QCoreApplication::translate("main", "Use the alert rules in FILE (see docs/alert-rules.md) for this run instead of the rules file in the settings."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption presentationOption(QStringLiteral("presentation"),
        QCoreApplication::translate("main", "Start in presentation mode: full screen, large type, cycling through the pages "
                                            "chosen for it (F5 or Esc leaves)."));
    // For the end-to-end test: what the visible items say, by objectName, saved as JSON.
    QCommandLineOption dumpTextsOption(QStringLiteral("dump-texts"));
    dumpTextsOption.setValueName(QStringLiteral("FILE"));
    dumpTextsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For the end-to-end test of shared stores: once the screenshot would be taken, print the
    // named item's text ("SHOWN name: text"), wait until it changes (another workstation wrote)
    // or, for an item not shown yet (an outage's status), until it appears, print
    // "CHANGED name: text", then take the screenshot.
    QCommandLineOption whenChangedOption(QStringLiteral("screenshot-when-changed"));
    whenChangedOption.setValueName(QStringLiteral("OBJECTNAME"));
    whenChangedOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For bench/: print when the first frame with data is on screen and the peak memory then.
    QCommandLineOption reportStartupOption(QStringLiteral("report-startup"));
    reportStartupOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption exportBriefingOption(QStringLiteral("export-briefing"),
        QCoreApplication::translate("main", "Write the briefing PDF (key figures, map, charts, open alerts, operator notes) of the city at --at (default: now) to FILE, print a summary and exit. Needs no display."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption paperOption(QStringLiteral("paper"),
        QCoreApplication::translate("main", "With --export-briefing: the paper size, A4 (default) or A3."),
        QCoreApplication::translate("main", "SIZE"), QStringLiteral("A4"));
    for (const QCommandLineOption &option : {dbOption, seedOption, anchorOption, atOption, importHospitalsOption, importEpiOption,
                                             epiShapeOption, windowDaysOption, importRegionsOption, regionLevelOption,
                                             importServicesOption, categoryOption, mapOption, exportServicesOption,
                                             screenshotOption, pageOption, sizeOption, themeOption, languageOption,
                                             dumpTextsOption, whenChangedOption, reportStartupOption, feedsOption, presentationOption, rulesOption,
                                             exportBriefingOption, paperOption})
        parser.addOption(option);
    const QCommandLineOption migrateStoreOption(QStringLiteral("migrate-store"),
        QCoreApplication::translate("main", "Copy every row of the store FROM into the new, empty store TO (given after FROM; each an SQLite file or a postgresql:// URL), check that every table has as many rows in both, print them and exit."),
        QCoreApplication::translate("main", "FROM"));
    parser.addOption(migrateStoreOption);
    parser.process(app);

    // --- copying a store to another backend: two stores of its own and nothing else ----------
    if (parser.isSet(migrateStoreOption)) {
        for (const QString &name : parser.optionNames()) {
            if (name != QLatin1String("migrate-store") && name != QLatin1String("language")) {
                printError(QCoreApplication::translate("main", "--%1 does not apply with --migrate-store, which takes both "
                                                               "stores as FROM and TO.").arg(name));
                return UsageError;
            }
        }
        if (parser.positionalArguments().size() != 1) {
            printError(QCoreApplication::translate("main", "--migrate-store needs two stores: --migrate-store FROM TO, each an "
                                                           "SQLite file or a postgresql:// URL."));
            return UsageError;
        }
        return migrateStore(parser.value(migrateStoreOption), parser.positionalArguments().constFirst());
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("main", "unexpected argument '%1'; see --help.")
                       .arg(parser.positionalArguments().constFirst()));
        return UsageError;
    }

    // --- validate every option before anything is opened or written -------------------------
    atalaya::DemoCityOptions demo;
    bool seedOk = false;
    demo.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk) {
        printError(QCoreApplication::translate("main", "--demo-seed: '%1' is not a whole number ≥ 0.")
                       .arg(parser.value(seedOption)));
        return UsageError;
    }
    if (parser.isSet(anchorOption)) {
        const auto anchor = parseMoment(parser.value(anchorOption));
        if (!anchor) {
            printError(QCoreApplication::translate("main", "--demo-anchor: '%1' is not an ISO 8601 date-time (e.g. 2026-03-15T12:00:00Z).")
                           .arg(parser.value(anchorOption)));
            return UsageError;
        }
        demo.anchor = *anchor;
    }
    std::optional<QDateTime> startAt;
    if (parser.isSet(atOption)) {
        startAt = parseMoment(parser.value(atOption));
        if (!startAt) {
            printError(QCoreApplication::translate("main", "--at: '%1' is not an ISO 8601 date-time (e.g. 2026-03-15T09:00:00Z).")
                           .arg(parser.value(atOption)));
            return UsageError;
        }
    }
    const QString page = parser.value(pageOption);
    const QStringList pages = {QStringLiteral("overview"), QStringLiteral("map"), QStringLiteral("hospitals"),
                                QStringLiteral("epidemic"), QStringLiteral("occupancy"), QStringLiteral("feeds"),
                                QStringLiteral("alerts")};
    if (parser.isSet(pageOption) && !pages.contains(page)) {
        printError(QCoreApplication::translate("main", "--page: '%1' is not a page; use overview, map, hospitals, epidemic, occupancy, feeds or alerts.").arg(page));
        return UsageError;
    }
    const QString theme = parser.value(themeOption);
    if (parser.isSet(themeOption) && theme != QLatin1String("dark") && theme != QLatin1String("light")) {
        printError(QCoreApplication::translate("main", "--theme: '%1' is not a theme; use dark or light.").arg(theme));
        return UsageError;
    }
    std::optional<QSize> size;
    if (parser.isSet(sizeOption)) {
        size = parseSize(parser.value(sizeOption));
        if (!size) {
            printError(QCoreApplication::translate("main", "--size: '%1' is not WIDTHxHEIGHT between 320x240 and 16384x16384.")
                           .arg(parser.value(sizeOption)));
            return UsageError;
        }
    }
    const QString screenshotPath = parser.value(screenshotOption);
    if (parser.isSet(screenshotOption) && !QFileInfo(QFileInfo(screenshotPath).absolutePath()).isDir()) {
        printError(QCoreApplication::translate("main", "--screenshot: the folder of '%1' does not exist.").arg(screenshotPath));
        return UsageError;
    }

    atalaya::EpidemicImportOptions epidemicOptions;
    if (parser.isSet(epiShapeOption)) {
        const QString shape = parser.value(epiShapeOption);
        if (!parser.isSet(importEpiOption)) {
            printError(QCoreApplication::translate("main", "--epi-shape applies only with --import-epi."));
            return UsageError;
        }
        if (shape == QLatin1String("daily"))
            epidemicOptions.shape = atalaya::EpidemicShape::Daily;
        else if (shape == QLatin1String("cumulative"))
            epidemicOptions.shape = atalaya::EpidemicShape::Cumulative;
        else if (shape == QLatin1String("windowed"))
            epidemicOptions.shape = atalaya::EpidemicShape::Windowed;
        else {
            printError(QCoreApplication::translate("main", "--epi-shape: '%1' is not a shape; use daily, cumulative or windowed.").arg(shape));
            return UsageError;
        }
    }
    if (parser.isSet(windowDaysOption)) {
        bool daysOk = false;
        epidemicOptions.windowDays = parser.value(windowDaysOption).toInt(&daysOk);
        if (!daysOk || epidemicOptions.windowDays < 1 || epidemicOptions.windowDays > 366) {
            printError(QCoreApplication::translate("main", "--window-days: '%1' is not a number of days from 1 to 366.")
                           .arg(parser.value(windowDaysOption)));
            return UsageError;
        }
        // Only windowed figures have a window; taking it silently elsewhere would hide a mistake.
        if (epidemicOptions.shape != atalaya::EpidemicShape::Windowed) {
            printError(QCoreApplication::translate("main", "--window-days applies only with --import-epi and --epi-shape windowed."));
            return UsageError;
        }
    }
    atalaya::RegionImportOptions regionOptions;
    if (parser.isSet(regionLevelOption)) {
        const QString level = parser.value(regionLevelOption);
        if (!parser.isSet(importRegionsOption) && !parser.isSet(importEpiOption)) {
            printError(QCoreApplication::translate("main", "--region-level applies only with --import-regions or --import-epi."));
            return UsageError;
        }
        if (!atalaya::regionImportLevels().contains(level)) {
            printError(QCoreApplication::translate("main", "--region-level: '%1' is not a region level; use district, neighbourhood or postcode.")
                           .arg(level));
            return UsageError;
        }
        regionOptions.level = level;
        epidemicOptions.regionLevel = level;
    }

    atalaya::ServiceImportOptions serviceOptions;
    const bool servicesIn = parser.isSet(importServicesOption);
    const bool servicesOut = parser.isSet(exportServicesOption);
    if (parser.isSet(categoryOption) && !servicesIn && !servicesOut) {
        printError(QCoreApplication::translate("main", "--category applies only with --import-services or --export-services."));
        return UsageError;
    }
    if (parser.isSet(mapOption) && !servicesIn) {
        printError(QCoreApplication::translate("main", "--map applies only with --import-services."));
        return UsageError;
    }
    if (servicesIn && !parser.isSet(categoryOption)) {
        printError(QCoreApplication::translate("main", "--import-services needs --category SLUG, e.g. pharmacies or elderly-homes."));
        return UsageError;
    }
    if (parser.isSet(categoryOption)) {
        serviceOptions.category = parser.value(categoryOption);
        const QString why = atalaya::ServiceStore::slugError(serviceOptions.category);
        if (!why.isEmpty()) {
            printError(QCoreApplication::translate("main", "--category: '%1' is not a category slug: %2. Use lowercase words "
                                                           "and digits joined by '-', e.g. elderly-homes.")
                           .arg(serviceOptions.category, why));
            return UsageError;
        }
    }
    if (parser.isSet(mapOption)) {
        QString why;
        const auto mapping = atalaya::parseServiceColumnMapping(parser.value(mapOption), &why);
        if (!mapping) {
            printError(QCoreApplication::translate("main", "--map: %1").arg(why));
            return UsageError;
        }
        serviceOptions.columns = *mapping;
    }
    if (servicesOut) {
        const QString target = parser.value(exportServicesOption);
        if (!atalaya::ServiceExport::formatFor(target)) {
            printError(QCoreApplication::translate("main", "--export-services: '%1' must end in .geojson, .json or .csv to say the format.")
                           .arg(target));
            return UsageError;
        }
        if (!QFileInfo(QFileInfo(target).absolutePath()).isDir()) {
            printError(QCoreApplication::translate("main", "--export-services: the folder of '%1' does not exist.").arg(target));
            return UsageError;
        }
    }

    const bool briefingOut = parser.isSet(exportBriefingOption);
    if (parser.isSet(paperOption) && !briefingOut) {
        printError(QCoreApplication::translate("main", "--paper applies only with --export-briefing."));
        return UsageError;
    }
    const auto briefingPaper = atalaya::briefingPaperFromName(parser.value(paperOption));
    if (!briefingPaper) {
        printError(QCoreApplication::translate("main", "--paper: '%1' is not a paper size; use A4 or A3.").arg(parser.value(paperOption)));
        return UsageError;
    }
    if (briefingOut) {
        const QFileInfo target(parser.value(exportBriefingOption));
        if (!QFileInfo(target.absolutePath()).isDir()) {
            printError(QCoreApplication::translate("main", "--export-briefing: the folder '%1' of '%2' does not exist.")
                           .arg(QDir::toNativeSeparators(target.absolutePath()), parser.value(exportBriefingOption)));
            return UsageError;
        }
        if (target.isDir()) {
            printError(QCoreApplication::translate("main", "--export-briefing: '%1' is a folder; give the PDF's file name.")
                           .arg(parser.value(exportBriefingOption)));
            return UsageError;
        }
    }

    // --- the store: opened, checked and migrated here so a bad file stops us with its reason -
    QString dbPath = parser.value(dbOption);
    // Without --db: the store chosen in the Store dialog, else the embedded one.
    const bool savedStore = dbPath.isEmpty() && !atalaya::AppSettings::savedStoreLocation().isEmpty();
    if (savedStore)
        dbPath = atalaya::AppSettings::savedStoreLocation();
    if (dbPath.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        dbPath = QDir(folder).filePath(QStringLiteral("atalaya.db"));
    }
    {
        atalaya::Database check;
        const atalaya::Database::OpenResult opened = check.open(dbPath);
        if (!opened.ok()) {
            printError(opened.message);
            if (savedStore)
                printError(QCoreApplication::translate("main", "This is the store saved in the Store dialog. Start with "
                                                               "--db FILE-OR-URL to open another one, and choose it there again."));
            return StoreError;
        }
        // Demo options only shape a new store; say so rather than let them pass unnoticed.
        const bool otherSeed = parser.isSet(seedOption)
            && check.meta(QStringLiteral("demo_seed")) != QString::number(demo.seed);
        const QDateTime storedAnchor = QDateTime::fromString(check.meta(QStringLiteral("demo_anchor")), Qt::ISODate);
        // The generator floors its anchor to its 10-minute reading slots.
        const bool otherAnchor = parser.isSet(anchorOption)
            && (!storedAnchor.isValid() || qAbs(storedAnchor.secsTo(demo.anchor)) >= 600);
        if ((otherSeed || otherAnchor) && atalaya::DemoCity::storeHasCity(check)) {
            printError(QCoreApplication::translate("main", "%1 already holds a city (demo seed %2, history up to %3); "
                                                           "--demo-seed and --demo-anchor apply only to a new store.")
                           .arg(QDir::toNativeSeparators(dbPath), check.meta(QStringLiteral("demo_seed")),
                                check.meta(QStringLiteral("demo_anchor"))));
        }
    }

    // --- commands that change the store and exit -----------------------------------------------
    // Regions first: epidemic figures given in the same run are matched against them.
    if (parser.isSet(importRegionsOption) || parser.isSet(importEpiOption)) {
        atalaya::Database db;
        const atalaya::Database::OpenResult opened = db.open(dbPath);
        if (!opened.ok()) {
            printError(opened.message);
            return StoreError;
        }
        if (parser.isSet(importRegionsOption)) {
            const atalaya::RegionImportSummary summary = atalaya::importRegionsFile(db, parser.value(importRegionsOption), regionOptions);
            QTextStream(stdout) << summary.toText() << '\n';
            if (!summary.ok) {
                printError(summary.error);
                return InputRefused;
            }
        }
        if (parser.isSet(importEpiOption)) {
            const atalaya::EpidemicImportSummary summary = atalaya::importEpidemicFile(db, parser.value(importEpiOption), epidemicOptions);
            QTextStream(stdout) << summary.toText() << '\n';
            if (!summary.ok) {
                printError(summary.error);
                return InputRefused;
            }
        }
        if (!parser.isSet(importHospitalsOption) && !servicesIn && !servicesOut)
            return Ok;
    }
    // Services after regions (their post codes come from the post-code polygons), export last.
    if (servicesIn || servicesOut) {
        atalaya::Database db;
        const atalaya::Database::OpenResult opened = db.open(dbPath);
        if (!opened.ok()) {
            printError(opened.message);
            return StoreError;
        }
        if (servicesIn) {
            const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
            serviceOptions.actor = user.isEmpty() ? QStringLiteral("command-line") : user;
            const atalaya::ServiceImportSummary summary = atalaya::importServicesFile(db, parser.value(importServicesOption), serviceOptions);
            QTextStream(stdout) << summary.toText() << '\n';
            if (!summary.ok) {
                printError(summary.error);
                return InputRefused;
            }
        }
        if (servicesOut) {
            const QString category = parser.value(categoryOption);
            if (!category.isEmpty()) {
                QSqlQuery known = db.prepare(QStringLiteral("SELECT COUNT(*) FROM service_category WHERE slug = ?"));
                known.addBindValue(category);
                if (!atalaya::Database::exec(known) || !known.next() || known.value(0).toInt() == 0) {
                    printError(QCoreApplication::translate("main", "--category: the store has no category '%1'.").arg(category));
                    return UsageError;
                }
            }
            QString why;
            const std::optional<int> written = atalaya::ServiceExport::writeFile(
                db, atalaya::ServiceExport::idsInCategory(db, category), parser.value(exportServicesOption), &why);
            if (!written) {
                printError(why);
                return CannotWrite;
            }
            QTextStream(stdout) << QCoreApplication::translate("main", "Exported %n service(s) to %1.", nullptr, *written)
                                       .arg(QDir::toNativeSeparators(parser.value(exportServicesOption)))
                                << '\n';
        }
        if (!parser.isSet(importHospitalsOption))
            return Ok;
    }
    if (parser.isSet(importHospitalsOption)) {
        atalaya::Database db;
        const atalaya::Database::OpenResult opened = db.open(dbPath);
        if (!opened.ok()) {
            printError(opened.message);
            return StoreError;
        }
        const atalaya::HospitalImportSummary summary = atalaya::importHospitalsFile(db, parser.value(importHospitalsOption));
        QTextStream(stdout) << summary.toText() << '\n';
        if (!summary.ok) {
            printError(summary.error);
            return InputRefused;
        }
        return Ok;
    }

    // --- the briefing PDF, without a window (a scheduled morning briefing) -----------------
    if (briefingOut) {
        atalaya::Database db;
        const atalaya::Database::OpenResult opened = db.open(dbPath);
        if (!opened.ok()) {
            printError(opened.message);
            return StoreError;
        }
        // A new store gets the demo city first, as the window would.
        if (!atalaya::DemoCity::storeHasCity(db)) {
            QTextStream(stdout) << QCoreApplication::translate("main", "Generating the demo city into %1 ...")
                                       .arg(QDir::toNativeSeparators(dbPath))
                                << Qt::endl;
            QString why;
            if (!atalaya::DemoCity::generate(db, demo, [](double, const QString &) {}, &why)) {
                printError(why);
                return StoreError;
            }
        }
        atalaya::BriefingOptions options;
        options.paper = *briefingPaper;
        if (startAt)
            options.at = *startAt;
        const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        options.createdBy = user.isEmpty() ? QStringLiteral("command-line") : user;
        const atalaya::BriefingResult written = atalaya::BriefingWriter::write(db, parser.value(exportBriefingOption), options);
        if (!written.ok) {
            printError(written.error);
            return written.storeError ? StoreError : CannotWrite;
        }
        const QTimeZone zone = atalaya::BriefingWriter::cityZone(db);
        QTextStream(stdout) << QCoreApplication::translate("main", "Briefing written to %1: %n page(s), %2, city as at %3, newest data %4, in %5 s.",
                                                           nullptr, written.pages)
                                   .arg(QDir::toNativeSeparators(written.file), atalaya::briefingPaperName(*briefingPaper),
                                        atalaya::BriefingWriter::formatMoment(written.at, zone),
                                        written.dataTime.isValid() ? atalaya::BriefingWriter::formatMoment(written.dataTime, zone)
                                                                   : QCoreApplication::translate("main", "none"),
                                        QLocale().toString(written.elapsedMs / 1000.0, 'f', 2))
                            << '\n';
        return Ok;
    }

    // --- the UI -------------------------------------------------------------------------------
    const bool screenshotMode = parser.isSet(screenshotOption);
    atalaya::AppSettings settings;
    // A scripted screenshot must not change the user's layout: stop writing before overriding.
    if (screenshotMode)
        settings.setPersistent(false);
    if (parser.isSet(themeOption))
        settings.setTheme(theme);
    if (parser.isSet(pageOption))
        settings.setPage(page);
    atalaya::AppSettings::setInstance(&settings);

    atalaya::Dashboard dashboard(dbPath, demo);
    atalaya::Dashboard::setInstance(&dashboard);
    if (startAt)
        dashboard.timeCursor()->setMoment(*startAt);
    // A bad feeds file is not a reason to stop: the good feeds run and the Feeds page says what is
    // wrong. The command line's file is for this run; one the page creates is remembered.
    if (parser.isSet(feedsOption)) {
        dashboard.feeds()->setFilePath(QFileInfo(parser.value(feedsOption)).absoluteFilePath());
    } else {
        dashboard.feeds()->setFilePath(settings.feedsFile());
        QObject::connect(dashboard.feeds(), &atalaya::FeedsPanel::fileSaved, &settings, &atalaya::AppSettings::setFeedsFile);
    }
    // Likewise the alert rules: a bad rule is reported on the Alerts page and the others run.
    // Without a file chosen, the default one in the config folder (the demo rules at first run).
    if (parser.isSet(rulesOption)) {
        dashboard.alerts()->setRulesFile(QFileInfo(parser.value(rulesOption)).absoluteFilePath());
    } else {
        QString rulesFile = settings.alertRulesFile();
        if (rulesFile.isEmpty()) {
            QString error;
            rulesFile = atalaya::AlertsPanel::ensureDefaultRulesFile(&error);
            if (!error.isEmpty())
                printError(error);
        }
        dashboard.alerts()->setRulesFile(rulesFile);
        QObject::connect(dashboard.alerts(), &atalaya::AlertsPanel::rulesFileSaved, &settings,
                         &atalaya::AppSettings::setAlertRulesFile);
    }

    QQmlApplicationEngine engine;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(UiError); }, Qt::QueuedConnection);
    engine.loadFromModule("Atalaya", "Main");
    if (engine.rootObjects().isEmpty())
        return UiError;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        printError(QCoreApplication::translate("main", "the main QML object is not a window."));
        return UiError;
    }
    if (size)
        window->resize(*size);
    if (parser.isSet(presentationOption)) {
        // A scripted screenshot keeps its --size: full screen would take the offscreen screen's.
        window->setProperty("fullScreenPresentation", !screenshotMode);
        QMetaObject::invokeMethod(window, "startPresentation");
    }

    if (parser.isSet(reportStartupOption)) {
        // The first frame after the data is ready is the one a user waits for.
        auto reported = std::make_shared<bool>(false);
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&dashboard, &sinceStart, reported] {
            if (*reported || !dashboard.isReady())
                return;
            *reported = true;
            std::printf("STARTUP first_frame_ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            // Peak memory once the Overview has settled.
            QTimer::singleShot(1000, qApp, [] {
                std::printf("STARTUP peak_rss_kb %lld\n", static_cast<long long>(peakResidentKilobytes()));
                std::fflush(stdout);
                QCoreApplication::exit(Ok);
            });
        });
    }

    if (screenshotMode) {
        auto started = std::make_shared<bool>(false);
        const auto capture = [&, started] {
            if (*started)
                return;
            *started = true;
            if (!dashboard.errorMessage().isEmpty()) {
                printError(dashboard.errorMessage());
                QCoreApplication::exit(StoreError);
                return;
            }
            const auto grab = [&] {
                const QImage image = window->grabWindow();
                if (image.isNull() || !image.save(screenshotPath, "PNG")) {
                    printError(QCoreApplication::translate("main", "could not write the screenshot to '%1'.").arg(screenshotPath));
                    QCoreApplication::exit(UiError);
                    return;
                }
                if (parser.isSet(dumpTextsOption) && !dumpVisibleTexts(window, parser.value(dumpTextsOption))) {
                    printError(QCoreApplication::translate("main", "could not write the texts to '%1'.")
                                   .arg(parser.value(dumpTextsOption)));
                    QCoreApplication::exit(UiError);
                    return;
                }
                QCoreApplication::exit(Ok);
            };
            // Live feeds get up to 20 s for a first answer each, so the picture shows their state
            // rather than "starting"; then bindings, loaders and map items settle for a few
            // frames before grabbing.
            auto *feedsWait = new QTimer(&app);
            feedsWait->setInterval(200);
            auto waited = std::make_shared<QElapsedTimer>();
            waited->start();
            const auto settle = [&, feedsWait, waited, grab] {
                const atalaya::FeedsModel *feeds = dashboard.feeds()->model();
                bool starting = false;
                for (int row = 0; row < feeds->rowCount(); ++row)
                    starting = starting || feeds->statusAt(row).state == atalaya::feeds::FeedStatus::State::Starting;
                if (starting && waited->elapsed() < 20000)
                    return;
                feedsWait->stop();
                if (!parser.isSet(whenChangedOption)) {
                    QTimer::singleShot(750, &app, grab);
                    return;
                }
                QTimer::singleShot(750, &app, [&, grab] {
                    const QString name = parser.value(whenChangedOption);
                    const QString before = visibleTexts(window).value(name).toString(); // empty while not shown
                    std::printf("SHOWN %s: %s\n", qPrintable(name), qPrintable(before));
                    std::fflush(stdout);
                    // Every frame's worth: the test measures from its write to this line.
                    auto *poll = new QTimer(&app);
                    poll->setInterval(16);
                    QObject::connect(poll, &QTimer::timeout, &app, [&, poll, name, before, grab] {
                        const QString now = visibleTexts(window).value(name).toString();
                        if (now == before)
                            return;
                        poll->stop();
                        std::printf("CHANGED %s: %s\n", qPrintable(name), qPrintable(now));
                        std::fflush(stdout);
                        QTimer::singleShot(300, &app, grab);
                    });
                    poll->start();
                });
            };
            QObject::connect(feedsWait, &QTimer::timeout, &app, settle);
            feedsWait->start();
        };
        if (dashboard.isReady())
            QTimer::singleShot(0, &app, capture);
        else
            QObject::connect(&dashboard, &atalaya::Dashboard::readyChanged, &app, capture, Qt::SingleShotConnection);
        QObject::connect(&dashboard, &atalaya::Dashboard::errorMessageChanged, &app, capture, Qt::SingleShotConnection);
        // A first start generates the demo city; nothing legitimate takes ten minutes.
        QTimer::singleShot(10 * 60 * 1000, &app, [] {
            printError(QCoreApplication::translate("main", "the dashboard did not become ready within 10 minutes; no screenshot taken."));
            QCoreApplication::exit(UiError);
        });
    }

    dashboard.start();
    return app.exec();
}
