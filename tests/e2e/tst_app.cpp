#include "demo/democity.h"
#include "pgtestserver.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using atalaya::Database;

/** The real atalaya executable, offscreen, on a generated demo city: what it shows must be what
 *  the store holds, and bad input must end with a clear message and nothing lost. */
class TestApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    const QString m_anchor = QStringLiteral("2026-03-15T12:00:00Z");

    struct Run {
        int exitCode = -1;
        QString errorOutput;
    };

    Run runApp(const QStringList &arguments, int timeoutMs = 240000) const
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Keep the test's settings away from the user's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(ATALAYA_BINARY), arguments);
        if (!app.waitForFinished(timeoutMs)) {
            app.kill();
            app.waitForFinished();
            return {-1, QStringLiteral("timed out")};
        }
        Run run;
        run.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -2;
        run.errorOutput = QString::fromUtf8(app.readAllStandardError());
        return run;
    }

    QString configHome() const { return m_dir.filePath(QStringLiteral("config")); }

    QStringList baseArguments() const
    {
        return {QStringLiteral("--db"), m_store, QStringLiteral("--demo-seed"), QStringLiteral("7"),
                QStringLiteral("--demo-anchor"), m_anchor, QStringLiteral("--at"), m_anchor,
                QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--size"), QStringLiteral("1280x800")};
    }

    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        return colours.size();
    }

    static QByteArray hash(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    static qint64 scalar(const Database &db, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!Database::exec(query) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("city.db"));
    }

    void overviewShowsTheStoresFigures()
    {
        const QString png = m_dir.filePath(QStringLiteral("overview.png"));
        const QString texts = m_dir.filePath(QStringLiteral("overview.json"));
        const Run run = runApp(baseArguments() + QStringList{QStringLiteral("--page"), QStringLiteral("overview"),
                                                             QStringLiteral("--screenshot"), png,
                                                             QStringLiteral("--dump-texts"), texts});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errorOutput));

        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY2(distinctColours(image) > 20, "the screenshot is (nearly) blank");
        // Nothing draws over the status bar: its strip above the text is one colour from the
        // window's edge to the middle. At this size the Overview's map sits at the scrolled
        // page's lower edge, where its sea and land once covered the bar.
        const int strip = image.height() - 30;
        for (int x = 0; x < image.width() / 2; ++x)
            QVERIFY2(image.pixel(x, strip) == image.pixel(0, strip),
                     qPrintable(QStringLiteral("the status bar is drawn over at x %1").arg(x)));

        QFile file(texts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject shown = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY2(shown.contains(QStringLiteral("population")), QJsonDocument(shown).toJson().constData());

        // The store's figures, read here with plain SQL, independently of the app's code.
        Database db;
        QVERIFY(db.open(m_store).ok());
        const QLocale english(QLocale::English);
        const qint64 population = scalar(db, QStringLiteral("SELECT SUM(population) FROM region WHERE level = 'district'"));
        QVERIFY(population > 500000 && population < 700000);
        QCOMPARE(shown.value(QStringLiteral("population")).toString(), english.toString(population));

        const QDate day(2026, 3, 15);
        const qint64 cases = scalar(db, QStringLiteral(
            "SELECT SUM(cases) FROM epidemic_daily e JOIN region r ON r.id = e.region_id"
            " WHERE r.level = 'neighbourhood' AND day BETWEEN ? AND ?"),
            {day.addDays(-6).toString(Qt::ISODate), day.toString(Qt::ISODate)});
        QCOMPARE(shown.value(QStringLiteral("kpiCases7d")).toString(), english.toString(cases));

        const qint64 at = QDateTime::fromString(m_anchor, Qt::ISODate).toSecsSinceEpoch();
        const qint64 icuFree = scalar(db, QStringLiteral(
            "SELECT SUM(b.icu_free) FROM bed_report b JOIN hospital h ON h.id = b.hospital_id"
            " WHERE b.reported_at = (SELECT MAX(reported_at) FROM bed_report WHERE hospital_id = h.id AND reported_at <= ?)"
            " AND ? - b.reported_at <= h.report_cadence_s + 3600"), {at, at});
        QCOMPARE(shown.value(QStringLiteral("kpiIcuFree")).toString(), english.toString(icuFree));

        const qint64 red = scalar(db, QStringLiteral(
            "SELECT COUNT(*) FROM site s JOIN sensor se ON se.site_id = s.id JOIN observation o ON o.sensor_id = se.id"
            " WHERE o.observed_at = (SELECT MAX(observed_at) FROM observation WHERE sensor_id = se.id AND observed_at <= ? AND observed_at > ?)"
            " AND o.value >= s.red_threshold * s.capacity"), {at, at - 1800});
        QCOMPARE(shown.value(QStringLiteral("kpiSitesAtRed")).toString(), english.toString(red));

        // Every capability's card is on the Overview, with "No data" rather than 0 where nothing
        // was reported; no briefing was given in a new store.
        for (const char *card : {"kpiIncidence14", "kpiPositivity7", "kpiCoverageDose2", "kpiGeneralFree",
                                 "kpiServicesDown", "kpiAlertsOpen"})
            QVERIFY2(shown.contains(QLatin1String(card)), card);
        QVERIFY(shown.value(QStringLiteral("briefingText")).toString().startsWith(QStringLiteral("No briefing")));
    }

    // Presentation mode as a video wall shows it: large type, the page, and a bar that always says
    // the time of the data and that the cursor replays a past moment; in both themes.
    void presentationModeShowsDataTimeAndCursor_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("dark") << QStringLiteral("dark");
        QTest::newRow("light") << QStringLiteral("light");
    }

    void presentationModeShowsDataTimeAndCursor()
    {
        QFETCH(QString, theme);
        const QString png = m_dir.filePath(QStringLiteral("presentation-%1.png").arg(theme));
        const QString texts = m_dir.filePath(QStringLiteral("presentation-%1.json").arg(theme));
        const Run run = runApp(baseArguments() + QStringList{QStringLiteral("--presentation"), QStringLiteral("--theme"), theme,
                                                             QStringLiteral("--screenshot"), png,
                                                             QStringLiteral("--dump-texts"), texts});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errorOutput));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800)); // --size kept: no full screen for a screenshot
        QVERIFY2(distinctColours(image) > 20, "the screenshot is (nearly) blank");

        QFile file(texts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject shown = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY2(shown.value(QStringLiteral("presentationTitle")).toString().endsWith(QStringLiteral("Overview")),
                 QJsonDocument(shown).toJson().constData());
        QVERIFY(shown.value(QStringLiteral("presentationDataTime")).toString().contains(QStringLiteral("Data as of")));
        QVERIFY(shown.value(QStringLiteral("presentationCursor")).toString().contains(QStringLiteral("Replaying")));
        QVERIFY(shown.value(QStringLiteral("presentationCycle")).toString().contains(QStringLiteral("Page 1 of")));
        // The presented Overview shows its figures; the main window's chrome is hidden.
        QVERIFY(shown.contains(QStringLiteral("kpiCases7d")));
        QVERIFY(!shown.contains(QStringLiteral("cityName")));
        QVERIFY(!shown.contains(QStringLiteral("markBriefing")));
    }

    void hospitalsPageShowsCurrentBeds()
    {
        const QString png = m_dir.filePath(QStringLiteral("hospitals.png"));
        const QString texts = m_dir.filePath(QStringLiteral("hospitals.json"));
        const Run run = runApp(baseArguments() + QStringList{QStringLiteral("--page"), QStringLiteral("hospitals"),
                                                             QStringLiteral("--screenshot"), png,
                                                             QStringLiteral("--dump-texts"), texts});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errorOutput));
        QVERIFY(distinctColours(QImage(png)) > 20);
        QFile file(texts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject shown = QJsonDocument::fromJson(file.readAll()).object();

        // Free general beds over hospitals whose latest report is current (cadence + 1 h), by plain SQL.
        Database db;
        QVERIFY(db.open(m_store).ok());
        const qint64 at = QDateTime::fromString(m_anchor, Qt::ISODate).toSecsSinceEpoch();
        const QString latestCurrent = QStringLiteral(
            " FROM bed_report b JOIN hospital h ON h.id = b.hospital_id"
            " WHERE b.reported_at = (SELECT MAX(reported_at) FROM bed_report WHERE hospital_id = h.id AND reported_at <= ?)");
        const qint64 free = scalar(db, QStringLiteral("SELECT SUM(b.general_free)") + latestCurrent
                                           + QStringLiteral(" AND ? - b.reported_at <= h.report_cadence_s + 3600"), {at, at});
        const qint64 stale = scalar(db, QStringLiteral("SELECT COUNT(*)") + latestCurrent
                                            + QStringLiteral(" AND ? - b.reported_at > h.report_cadence_s + 3600"), {at, at});
        const QLocale english(QLocale::English);
        QCOMPARE(shown.value(QStringLiteral("kpiBedsFree")).toString(), english.toString(free));
        QCOMPARE(shown.value(QStringLiteral("kpiHospitalsStale")).toString(), english.toString(stale));
        QVERIFY(stale >= 1); // the demo city keeps one hospital silent, so freshness has something to show
    }

    // The epidemic panel end to end: the real binary, its screenshot and what its cards say,
    // against plain SQL on the store it wrote.
    void epidemicPageShowsTheDaysFigures()
    {
        const QString png = m_dir.filePath(QStringLiteral("epidemic.png"));
        const QString texts = m_dir.filePath(QStringLiteral("epidemic.json"));
        const Run run = runApp(baseArguments() + QStringList{QStringLiteral("--page"), QStringLiteral("epidemic"),
                                                             QStringLiteral("--screenshot"), png,
                                                             QStringLiteral("--dump-texts"), texts});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errorOutput));
        QVERIFY2(distinctColours(QImage(png)) > 20, "the screenshot is (nearly) blank");
        QFile file(texts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject shown = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY2(shown.contains(QStringLiteral("epidemicCard_incidence7")), QJsonDocument(shown).toJson().constData());

        Database db;
        QVERIFY(db.open(m_store).ok());
        const QDate day(2026, 3, 15);
        const QLocale english(QLocale::English);
        const qint64 cases = scalar(db, QStringLiteral(
            "SELECT SUM(cases) FROM epidemic_daily e JOIN region r ON r.id = e.region_id"
            " WHERE r.level = 'neighbourhood' AND day = ?"), {day.toString(Qt::ISODate)});
        QCOMPARE(shown.value(QStringLiteral("epidemicCard_newCases")).toString(), english.toString(cases));
        const qint64 week = scalar(db, QStringLiteral(
            "SELECT SUM(cases) FROM epidemic_daily e JOIN region r ON r.id = e.region_id"
            " WHERE r.level = 'neighbourhood' AND day BETWEEN ? AND ?"),
            {day.addDays(-6).toString(Qt::ISODate), day.toString(Qt::ISODate)});
        const qint64 population = scalar(db, QStringLiteral("SELECT SUM(population) FROM region WHERE level = 'neighbourhood'"));
        QCOMPARE(shown.value(QStringLiteral("epidemicCard_incidence7")).toString(),
                 english.toString(double(week) / double(population) * 1e5, 'f', 1));
        const QString title = shown.value(QStringLiteral("epidemicTitle")).toString();
        QVERIFY2(title.contains(QStringLiteral("15 Mar 2026")), qPrintable(title));
        QVERIFY2(shown.value(QStringLiteral("rankingHeading")).toString().startsWith(QStringLiteral("Districts ranked by 7-day incidence")),
                 qPrintable(shown.value(QStringLiteral("rankingHeading")).toString()));
    }

    void mapPageAndLightThemeRender()
    {
        const QString dark = m_dir.filePath(QStringLiteral("map-dark.png"));
        const QString light = m_dir.filePath(QStringLiteral("map-light.png"));
        QCOMPARE(runApp(baseArguments() + QStringList{QStringLiteral("--page"), QStringLiteral("map"), QStringLiteral("--theme"),
                                                       QStringLiteral("dark"), QStringLiteral("--screenshot"), dark}).exitCode, 0);
        QCOMPARE(runApp(baseArguments() + QStringList{QStringLiteral("--page"), QStringLiteral("map"), QStringLiteral("--theme"),
                                                       QStringLiteral("light"), QStringLiteral("--screenshot"), light}).exitCode, 0);
        const QImage darkImage(dark);
        const QImage lightImage(light);
        QVERIFY(distinctColours(darkImage) > 20);
        QVERIFY(distinctColours(lightImage) > 20);
        QVERIFY(darkImage != lightImage);
        // Light theme: the window is bright on average; dark theme: dark on average.
        const auto meanLightness = [](const QImage &image) {
            qint64 sum = 0;
            int n = 0;
            for (int y = 0; y < image.height(); y += 8)
                for (int x = 0; x < image.width(); x += 8, ++n)
                    sum += QColor(image.pixel(x, y)).lightness();
            return double(sum) / n;
        };
        QVERIFY(meanLightness(lightImage) > meanLightness(darkImage) + 40);

        // Scripted screenshots must not change what the user's next start looks like.
        QFile settings(configHome() + QStringLiteral("/Atalaya/Atalaya.conf"));
        if (settings.open(QIODevice::ReadOnly)) {
            const QByteArray written = settings.readAll();
            QVERIFY2(!written.contains("light") && !written.contains("map"), written.constData());
        }
    }

    void opensARealWindowOnAnX11Display()
    {
        // tools/dev run on a desktop uses the xcb platform, not offscreen: prove it works with a
        // real X server (Xvfb) and that the window it shows is the dashboard.
        const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        QVERIFY2(!xvfbRun.isEmpty(), "xvfb-run is part of the build environment (package xvfb)");
        const QString png = m_dir.filePath(QStringLiteral("x11.png"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        app.setProcessEnvironment(env);
        app.start(xvfbRun, QStringList{QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1600x1000x24"),
                                       QStringLiteral(ATALAYA_BINARY)}
                               + baseArguments() + QStringList{QStringLiteral("--screenshot"), png});
        QVERIFY(app.waitForFinished(240000));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY(distinctColours(image) > 20);
    }

    void importsHospitalsFromTheCommandLine()
    {
        // Headless: a scheduled job on a server has no display at all.
        const QString store = m_dir.filePath(QStringLiteral("import.db"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        app.setProcessEnvironment(env);
        const QString levels = QStringLiteral(ATALAYA_TEST_DATA "/hospitals/levels.csv");
        app.start(QStringLiteral(ATALAYA_BINARY), {QStringLiteral("--db"), store, QStringLiteral("--import-hospitals"), levels});
        QVERIFY(app.waitForFinished(60000));
        const QString printed = QString::fromUtf8(app.readAllStandardOutput());
        QVERIFY2(app.exitCode() == 0, qPrintable(printed + QString::fromUtf8(app.readAllStandardError())));
        QVERIFY2(printed.contains(QLatin1String("Reports stored: 6")), qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("line 11")), qPrintable(printed)); // skipped rows are named
        {
            Database db;
            QVERIFY(db.open(store).ok());
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM bed_report")), 6);
        }

        // A file that is not what it claims: refused as a whole, the store unchanged.
        const QByteArray before = hash(store);
        app.start(QStringLiteral(ATALAYA_BINARY), {QStringLiteral("--db"), store, QStringLiteral("--import-hospitals"),
                                                   QStringLiteral(ATALAYA_TEST_DATA "/hospitals/not_csv.png")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 66);
        QVERIFY(QString::fromUtf8(app.readAllStandardError()).contains(QLatin1String("not text")));
        QCOMPARE(hash(store), before);
    }

    void badStoreIsReportedAndLeftUntouched()
    {
        const QString notADatabase = m_dir.filePath(QStringLiteral("pharmacies.csv"));
        {
            QFile file(notADatabase);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name;lat;lon\nFarmacia Central;39,01;-9,33\n");
        }
        const QByteArray before = hash(notADatabase);
        const Run run = runApp({QStringLiteral("--db"), notADatabase, QStringLiteral("--screenshot"),
                                m_dir.filePath(QStringLiteral("never.png"))});
        QCOMPARE(run.exitCode, 65);
        QVERIFY2(run.errorOutput.contains(QLatin1String("not an SQLite database")), qPrintable(run.errorOutput));
        QVERIFY2(run.errorOutput.count(QLatin1Char('\n')) <= 2, qPrintable(run.errorOutput));
        QCOMPARE(hash(notADatabase), before);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.png"))));
    }

    void badOptionsAreNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("page") << QStringList{QStringLiteral("--page"), QStringLiteral("beds")} << QStringLiteral("--page");
        QTest::newRow("theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("pink")} << QStringLiteral("--theme");
        QTest::newRow("size") << QStringList{QStringLiteral("--size"), QStringLiteral("huge")} << QStringLiteral("--size");
        QTest::newRow("anchor") << QStringList{QStringLiteral("--demo-anchor"), QStringLiteral("yesterday")} << QStringLiteral("--demo-anchor");
        QTest::newRow("seed") << QStringList{QStringLiteral("--demo-seed"), QStringLiteral("-4")} << QStringLiteral("--demo-seed");
    }

    void badOptionsAreNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const QString fresh = m_dir.filePath(QStringLiteral("untouched.db"));
        const Run run = runApp(QStringList{QStringLiteral("--db"), fresh} + arguments);
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.errorOutput.contains(mentions), qPrintable(run.errorOutput));
        QVERIFY2(!QFile::exists(fresh), "a usage error must not create a store");
    }

    void importsRegionsFromTheCommandLine()
    {
        const QString store = m_dir.filePath(QStringLiteral("regions.db"));
        const QString data = QStringLiteral(ATALAYA_TEST_DATA "/regions/");
        QString printed;
        int code = runImport({QStringLiteral("--db"), store, QStringLiteral("--import-regions"), data + QStringLiteral("districts.geojson"),
                              QStringLiteral("--region-level"), QStringLiteral("district")}, &printed);
        QVERIFY2(code == 0, qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("Features read: 4. Regions new: 4, updated: 0, unchanged: 0. Features skipped: 0.")),
                 qPrintable(printed));
        // The level comes from each feature; a district and four neighbourhoods, in Spanish.
        code = runImport({QStringLiteral("--db"), store, QStringLiteral("--import-regions"), data + QStringLiteral("barrios_es.geojson")},
                         &printed);
        QVERIFY2(code == 0, qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("Regions new: 5")), qPrintable(printed));
        code = runImport({QStringLiteral("--db"), store, QStringLiteral("--import-regions"), data + QStringLiteral("bad_features.geojson"),
                          QStringLiteral("--region-level"), QStringLiteral("postcode")}, &printed);
        QVERIFY2(code == 0, qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("Regions new: 3, updated: 0, unchanged: 0. Features skipped: 13.")), qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("feature 5, geometry: ring 1 is not closed")), qPrintable(printed));
        {
            // What was stored, read with plain SQL.
            Database db;
            QVERIFY(db.open(store).ok());
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM region WHERE level = 'district'")), 5);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM region WHERE level = 'neighbourhood'")), 4);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM region WHERE level = 'postcode'")), 3);
            QCOMPARE(scalar(db, QStringLiteral("SELECT population FROM region WHERE level = 'neighbourhood' AND code = '011'")), 12345);
            QCOMPARE(scalar(db, QStringLiteral("SELECT population FROM region WHERE level = 'district' AND code = 'D04'")), 0);
            // Santa Lucía names no district: it hangs from the one that contains it.
            const qint64 centro = scalar(db, QStringLiteral("SELECT id FROM region WHERE level = 'district' AND code = 'D01'"));
            QVERIFY(centro > 0);
            QCOMPARE(scalar(db, QStringLiteral("SELECT parent_id FROM region WHERE level = 'neighbourhood' AND code = '012'")), centro);
        }

        // Not GeoJSON: refused as a whole, the store unchanged.
        const QByteArray before = hash(store);
        QString errors;
        code = runImport({QStringLiteral("--db"), store, QStringLiteral("--import-regions"), data + QStringLiteral("not_geojson.csv")},
                         &printed, &errors);
        QCOMPARE(code, 66);
        QVERIFY2(errors.contains(QLatin1String("The file is not GeoJSON")), qPrintable(errors));
        QVERIFY2(printed.contains(QLatin1String("Nothing was changed.")), qPrintable(printed));
        QCOMPARE(hash(store), before);
    }

    void importsEpidemicFiguresFromTheCommandLine()
    {
        const QString store = m_dir.filePath(QStringLiteral("epidemic.db"));
        const QString regions = QStringLiteral(ATALAYA_TEST_DATA "/regions/");
        const QString figures = QStringLiteral(ATALAYA_TEST_DATA "/epidemic/");
        QString printed;
        int code = runImport({QStringLiteral("--db"), store, QStringLiteral("--import-regions"), regions + QStringLiteral("districts.geojson"),
                              QStringLiteral("--region-level"), QStringLiteral("district")}, &printed);
        QVERIFY2(code == 0, qPrintable(printed));
        // Regions and figures in one run: the regions first, so the figures find them.
        code = runImport({QStringLiteral("--db"), store, QStringLiteral("--import-regions"), regions + QStringLiteral("barrios_es.geojson"),
                          QStringLiteral("--import-epi"), figures + QStringLiteral("daily_utf8.csv")}, &printed);
        QVERIFY2(code == 0, qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("Regions new: 5")), qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("Imported daily_utf8.csv (daily counts; UTF-8, separator “,”).")), qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("Rows read: 11. New: 6, updated: 0, unchanged: 0, repeated in the file: 1, skipped: 4.")),
                 qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("line 7, casos: “abc” is not a number")), qPrintable(printed));
        code = runImport({QStringLiteral("--db"), store, QStringLiteral("--import-epi"), figures + QStringLiteral("cumulative_latin1.csv"),
                          QStringLiteral("--epi-shape"), QStringLiteral("cumulative"), QStringLiteral("--region-level"),
                          QStringLiteral("district")}, &printed);
        QVERIFY2(code == 0, qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("(cumulative totals; Windows-1252 (Latin-1), separator “;”)")), qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("Rows read: 5. New: 5,")), qPrintable(printed));
        {
            Database db;
            QVERIFY(db.open(store).ok());
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM epidemic_daily")), 6);
            QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(e.cases) FROM epidemic_daily e JOIN region r ON r.id = e.region_id"
                                               " WHERE r.level = 'neighbourhood' AND r.code = '011'")), 12 + 15);
            QCOMPARE(scalar(db, QStringLiteral("SELECT e.tests FROM epidemic_daily e JOIN region r ON r.id = e.region_id"
                                               " WHERE r.code = '012' AND e.day = '2024-03-02'")), 95);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM epidemic_reported")), 15);
            QCOMPARE(scalar(db, QStringLiteral("SELECT e.value FROM epidemic_reported e JOIN region r ON r.id = e.region_id"
                                               " WHERE r.level = 'district' AND r.code = 'D01' AND e.day = '2024-03-08'"
                                               " AND e.indicator = 'cases_cumulative'")), 1301);
        }

        // Not a CSV: refused as a whole, the store unchanged.
        const QByteArray before = hash(store);
        QString errors;
        code = runImport({QStringLiteral("--db"), store, QStringLiteral("--import-epi"), figures + QStringLiteral("not_csv.png")},
                         &printed, &errors);
        QCOMPARE(code, 66);
        QVERIFY2(errors.contains(QLatin1String("not text")), qPrintable(errors));
        QCOMPARE(hash(store), before);
    }

    void importOptionsAreChecked_data()
    {
        const QString daily = QStringLiteral(ATALAYA_TEST_DATA "/epidemic/daily_utf8.csv");
        const QString districts = QStringLiteral(ATALAYA_TEST_DATA "/regions/districts.geojson");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("shape") << QStringList{QStringLiteral("--import-epi"), daily, QStringLiteral("--epi-shape"), QStringLiteral("hourly")}
                               << QStringLiteral("--epi-shape: 'hourly'");
        QTest::newRow("shape alone") << QStringList{QStringLiteral("--epi-shape"), QStringLiteral("daily")}
                                     << QStringLiteral("--epi-shape applies only with --import-epi");
        QTest::newRow("window") << QStringList{QStringLiteral("--import-epi"), daily, QStringLiteral("--epi-shape"),
                                               QStringLiteral("windowed"), QStringLiteral("--window-days"), QStringLiteral("0")}
                                << QStringLiteral("--window-days: '0'");
        QTest::newRow("window not windowed") << QStringList{QStringLiteral("--import-epi"), daily, QStringLiteral("--window-days"),
                                                            QStringLiteral("14")}
                                             << QStringLiteral("--window-days applies only");
        QTest::newRow("level") << QStringList{QStringLiteral("--import-regions"), districts, QStringLiteral("--region-level"),
                                              QStringLiteral("barrio")}
                               << QStringLiteral("--region-level: 'barrio'");
        QTest::newRow("level alone") << QStringList{QStringLiteral("--region-level"), QStringLiteral("district")}
                                     << QStringLiteral("--region-level applies only");
    }

    void importOptionsAreChecked()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const QString fresh = m_dir.filePath(QStringLiteral("untouched-import.db"));
        QString printed;
        QString errors;
        QCOMPARE(runImport(QStringList{QStringLiteral("--db"), fresh} + arguments, &printed, &errors), 64);
        QVERIFY2(errors.contains(mentions), qPrintable(errors));
        QVERIFY2(!QFile::exists(fresh), "a usage error must not create a store");
    }

private:
    /** Runs an import as a scheduled job would: no display at all. Returns the exit code. */
    int runImport(const QStringList &arguments, QString *printed, QString *errors = nullptr) const
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(ATALAYA_BINARY), arguments + QStringList{QStringLiteral("--language"), QStringLiteral("en")});
        if (!app.waitForFinished(60000)) {
            app.kill();
            app.waitForFinished();
            *printed = QStringLiteral("timed out");
            return -1;
        }
        *printed = QString::fromUtf8(app.readAllStandardOutput());
        const QString standardError = QString::fromUtf8(app.readAllStandardError());
        if (errors)
            *errors = standardError;
        else
            printed->append(standardError);
        return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -2;
    }

private slots:
    void importsServicesFromTheCommandLine()
    {
        const QString store = m_dir.filePath(QStringLiteral("services.db"));
        const QString data = QStringLiteral(ATALAYA_TEST_DATA "/services/");
        QString printed;
        int code = runImport({QStringLiteral("--db"), store, QStringLiteral("--import-services"),
                              data + QStringLiteral("farmacias_latin1.csv"), QStringLiteral("--category"), QStringLiteral("pharmacies")},
                             &printed);
        QVERIFY2(code == 0, qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("Imported farmacias_latin1.csv into “pharmacies” (csv, Windows-1252")), qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("Rows read: 9. New: 6, updated: 0, unchanged: 0, skipped: 3.")), qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("line 4, Latitud: no coordinates")), qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("line 8, Estado: “quizás” is not a status")), qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("line 6, Latitud: 40.4168, -3.7038 is")), qPrintable(printed)); // flagged
        {
            Database db;
            QVERIFY(db.open(store).ok());
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM service_point WHERE category = 'pharmacies'")), 6);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'import'")), 1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM service_point WHERE updated_by = ''")), 0);
        }

        // The same file again updates in place: nothing new.
        code = runImport({QStringLiteral("--db"), store, QStringLiteral("--import-services"), data + QStringLiteral("farmacias_latin1.csv"),
                          QStringLiteral("--category"), QStringLiteral("pharmacies")}, &printed);
        QVERIFY2(code == 0, qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("New: 0, updated: 0, unchanged: 6, skipped: 3.")), qPrintable(printed));

        // A new category, with the columns named on the command line.
        code = runImport({QStringLiteral("--db"), store, QStringLiteral("--import-services"), data + QStringLiteral("bancos_mapping.csv"),
                          QStringLiteral("--category"), QStringLiteral("park-benches"), QStringLiteral("--map"),
                          QStringLiteral("name=rotulo,lat=coord_n,lon=coord_e")}, &printed);
        QVERIFY2(code == 0, qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("into the new category “park-benches”")), qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("New: 2,")), qPrintable(printed));

        // Files that are not what they claim: refused whole, exit 66, the store unchanged.
        const QByteArray before = hash(store);
        for (const auto &[file, says] : {std::pair{QStringLiteral("png_renamed.csv"), QStringLiteral("not text")},
                                         std::pair{QStringLiteral("broken.geojson"), QStringLiteral("not valid JSON")},
                                         std::pair{QStringLiteral("csv_named.geojson"), QStringLiteral("is not JSON")}}) {
            QString errors;
            code = runImport({QStringLiteral("--db"), store, QStringLiteral("--import-services"), data + file,
                              QStringLiteral("--category"), QStringLiteral("new-things")}, &printed, &errors);
            QCOMPARE(code, 66);
            QVERIFY2(errors.contains(says), qPrintable(errors));
            QVERIFY2(printed.contains(QLatin1String("Nothing was changed.")), qPrintable(printed));
            QCOMPARE(hash(store), before);
        }

        // Export: one category as GeoJSON, everything as CSV.
        const QString geojson = m_dir.filePath(QStringLiteral("pharmacies.geojson"));
        code = runImport({QStringLiteral("--db"), store, QStringLiteral("--export-services"), geojson, QStringLiteral("--category"),
                          QStringLiteral("pharmacies")}, &printed);
        QVERIFY2(code == 0, qPrintable(printed));
        QVERIFY2(printed.contains(QLatin1String("Exported 6 service")), qPrintable(printed));
        QFile exported(geojson);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject collection = QJsonDocument::fromJson(exported.readAll()).object();
        QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
        QCOMPARE(collection.value(QStringLiteral("features")).toArray().size(), 6);
        const QString csv = m_dir.filePath(QStringLiteral("all.csv"));
        code = runImport({QStringLiteral("--db"), store, QStringLiteral("--export-services"), csv}, &printed);
        QVERIFY2(code == 0, qPrintable(printed));
        QFile all(csv);
        QVERIFY(all.open(QIODevice::ReadOnly));
        QCOMPARE(all.readAll().count('\n'), 1 + 6 + 2);
        QString errors;
        code = runImport({QStringLiteral("--db"), store, QStringLiteral("--export-services"), csv, QStringLiteral("--category"),
                          QStringLiteral("defibrillators")}, &printed, &errors);
        QCOMPARE(code, 64);
        QVERIFY2(errors.contains(QLatin1String("no category 'defibrillators'")), qPrintable(errors));
    }

    void serviceOptionsAreChecked_data()
    {
        const QString csv = QStringLiteral(ATALAYA_TEST_DATA "/services/bancos_mapping.csv");
        const QString import = QStringLiteral("--import-services");
        const QString category = QStringLiteral("--category");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("slug") << QStringList{import, csv, category, QStringLiteral("Elderly Homes")}
                              << QStringList{QStringLiteral("--category: 'Elderly Homes'"), QStringLiteral("elderly-homes")};
        QTest::newRow("no category") << QStringList{import, csv}
                                     << QStringList{QStringLiteral("--import-services needs --category")};
        QTest::newRow("map field") << QStringList{import, csv, category, QStringLiteral("benches"), QStringLiteral("--map"),
                                                  QStringLiteral("name=rotulo,colour=sitio")}
                                   << QStringList{QStringLiteral("--map: “colour” is not a field"), QStringLiteral("opening_hours")};
        QTest::newRow("map entry") << QStringList{import, csv, category, QStringLiteral("benches"), QStringLiteral("--map"),
                                                  QStringLiteral("rotulo")}
                                   << QStringList{QStringLiteral("“rotulo” is not field=COLUMN")};
        QTest::newRow("map alone") << QStringList{QStringLiteral("--map"), QStringLiteral("name=a")}
                                   << QStringList{QStringLiteral("--map applies only with --import-services")};
        QTest::newRow("category alone") << QStringList{category, QStringLiteral("benches")}
                                        << QStringList{QStringLiteral("--category applies only")};
        QTest::newRow("export format") << QStringList{QStringLiteral("--export-services"), m_dir.filePath(QStringLiteral("x.xlsx"))}
                                       << QStringList{QStringLiteral(".geojson, .json or .csv")};
    }

    void serviceOptionsAreChecked()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, mentions);
        const QString fresh = m_dir.filePath(QStringLiteral("untouched-services.db"));
        QString printed;
        QString errors;
        QCOMPARE(runImport(QStringList{QStringLiteral("--db"), fresh} + arguments, &printed, &errors), 64);
        for (const QString &mention : mentions)
            QVERIFY2(errors.contains(mention), qPrintable(errors));
        QVERIFY2(!QFile::exists(fresh), "a usage error must not create a store");
    }

    void migratesAStoreFromTheCommandLine()
    {
        // A city's store as the app keeps it, copied without a display to a new file, to a
        // PostgreSQL database and back.
        const QString from = m_dir.filePath(QStringLiteral("to-migrate.db"));
        QMap<QString, qint64> counts;
        {
            Database city;
            QVERIFY(city.open(from).ok());
            atalaya::DemoCityOptions options;
            options.seed = 7;
            options.anchor = QDateTime::fromString(m_anchor, Qt::ISODate);
            QString why;
            QVERIFY2(atalaya::DemoCity::generate(city, options, {}, &why), qPrintable(why));
            QSqlQuery tables(city.connection());
            QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                               " AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migration'")));
            while (tables.next())
                counts.insert(tables.value(0).toString(), 0);
            for (auto table = counts.begin(); table != counts.end(); ++table)
                table.value() = scalar(city, QStringLiteral("SELECT count(*) FROM %1").arg(table.key()));
        }
        qint64 total = 0;
        for (const qint64 rows : std::as_const(counts))
            total += rows;
        QVERIFY(counts.size() >= 15 && total > 1000);
        const auto sameCounts = [&](const QString &location) {
            Database copy;
            if (!copy.open(location).ok())
                return false;
            for (auto table = counts.cbegin(); table != counts.cend(); ++table) {
                if (scalar(copy, QStringLiteral("SELECT count(*) FROM %1").arg(table.key())) != table.value())
                    return false;
            }
            return true;
        };
        const auto listsEveryTable = [&](const QString &printed) {
            for (auto table = counts.cbegin(); table != counts.cend(); ++table) {
                if (!printed.contains(QStringLiteral("\n  %1: %2 row").arg(table.key()).arg(table.value())))
                    return false;
            }
            return printed.contains(QStringLiteral("Copied %1 row").arg(total))
                && printed.contains(QStringLiteral("in %1 tables").arg(counts.size()));
        };

        const QString to = m_dir.filePath(QStringLiteral("migrated.db"));
        QString printed;
        QString errors;
        int code = runImport({QStringLiteral("--migrate-store"), from, to}, &printed, &errors);
        QVERIFY2(code == 0, qPrintable(printed + errors));
        QVERIFY2(printed.startsWith(QStringLiteral("Copying %1 (SQLite) into %2 (SQLite):").arg(from, to)), qPrintable(printed));
        QVERIFY2(listsEveryTable(printed), qPrintable(printed));
        QVERIFY(sameCounts(to));

        // The same target again holds data now: refused with its name, exit 65, unchanged.
        const QByteArray before = hash(to);
        code = runImport({QStringLiteral("--migrate-store"), from, to}, &printed, &errors);
        QCOMPARE(code, 65);
        QVERIFY2(errors.contains(to) && errors.contains(QLatin1String("already holds data")), qPrintable(errors));
        QCOMPARE(hash(to), before);

        // A server that does not answer is named with its address; a missing source with its path.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        code = runImport({QStringLiteral("--migrate-store"), from,
                          QStringLiteral("postgresql://atalaya@127.0.0.1:%1/city").arg(closedPort)}, &printed, &errors);
        QCOMPARE(code, 65);
        QVERIFY2(errors.contains(QStringLiteral("127.0.0.1 port %1").arg(closedPort)), qPrintable(errors));
        const QString missing = m_dir.filePath(QStringLiteral("no-such-city.db"));
        const QString neverMade = m_dir.filePath(QStringLiteral("never-made.db"));
        code = runImport({QStringLiteral("--migrate-store"), missing, neverMade}, &printed, &errors);
        QCOMPARE(code, 66);
        QVERIFY2(errors.contains(missing) && errors.contains(QLatin1String("does not exist")), qPrintable(errors));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(neverMade));
        for (const QStringList &arguments : {QStringList{QStringLiteral("--migrate-store"), from},
                                             QStringList{QStringLiteral("--db"), to, QStringLiteral("--migrate-store"), from, neverMade}}) {
            code = runImport(arguments, &printed, &errors);
            QCOMPARE(code, 64);
            QVERIFY2(errors.contains(QLatin1String("--migrate-store")), qPrintable(errors));
            QVERIFY(!QFile::exists(neverMade));
        }

        // To a shared PostgreSQL database and from there into a new file.
        atalaya::test::PgTestServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY2(server.createDatabase(QStringLiteral("city")), qPrintable(server.errorString()));
        code = runImport({QStringLiteral("--migrate-store"), from, server.url(QStringLiteral("city"))}, &printed, &errors);
        QVERIFY2(code == 0, qPrintable(printed + errors));
        QVERIFY2(printed.contains(QStringLiteral("into %1 (PostgreSQL):").arg(server.url(QStringLiteral("city")))), qPrintable(printed));
        QVERIFY2(listsEveryTable(printed), qPrintable(printed));
        QVERIFY(sameCounts(server.url(QStringLiteral("city"))));
        const QString back = m_dir.filePath(QStringLiteral("back.db"));
        code = runImport({QStringLiteral("--migrate-store"), server.url(QStringLiteral("city")), back}, &printed, &errors);
        QVERIFY2(code == 0, qPrintable(printed + errors));
        QVERIFY2(listsEveryTable(printed), qPrintable(printed));
        QVERIFY(sameCounts(back));
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
