#include "alerts/alertstore.h"
#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using atalaya::Database;
using atalaya::alerts::AlertRecord;
using atalaya::alerts::AlertStore;
using atalaya::alerts::Severity;

/** The real atalaya executable, offscreen, on the alert centre of a generated demo city with
 *  alerts in its store: the screenshot is drawn in both themes, and the page shows the store's
 *  open alerts at the --at moment, with the rules file's problems counted on the Rules tab. */
class TestAlertsApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QString m_rules;
    const QString m_anchor = QStringLiteral("2026-03-15T12:00:00Z");
    qint64 m_critical = 0;
    qint64 m_warning = 0;

    struct Run {
        int exitCode = -1;
        QString errorOutput;
    };

    Run runApp(const QStringList &arguments, int timeoutMs = 300000) const
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Keep the test's settings (and the default rules file) away from the user's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
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

    QStringList arguments(const QString &theme, const QString &png, const QString &texts) const
    {
        return {QStringLiteral("--db"), m_store, QStringLiteral("--demo-seed"), QStringLiteral("7"),
                QStringLiteral("--demo-anchor"), m_anchor, QStringLiteral("--at"), m_anchor,
                QStringLiteral("--rules"), m_rules,
                QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--size"), QStringLiteral("1600x1000"),
                QStringLiteral("--page"), QStringLiteral("alerts"), QStringLiteral("--theme"), theme,
                QStringLiteral("--screenshot"), png, QStringLiteral("--dump-texts"), texts};
    }

    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        return colours.size();
    }

    static QJsonObject readTexts(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("city.db"));
        m_rules = m_dir.filePath(QStringLiteral("rules.json"));
        // A rule that never fires on the demo city (so the picture is the store's alerts only)
        // and one the loader refuses.
        QFile rules(m_rules);
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(R"({"version":1,"rules":[
            {"id":"beach-full","name":"Beach over capacity","type":"threshold","severity":"critical",
             "indicator":"occupancy","subjects":"*","direction":"above","limit":1000,"clearAt":900,"forMinutes":15},
            {"id":"broken","name":"Broken","type":"threshold","indicator":"occupancy","limit":"high"}]})");
        rules.close();

        // First run: the demo city is generated into the store.
        const Run first = runApp(arguments(QStringLiteral("dark"), m_dir.filePath(QStringLiteral("first.png")),
                                           m_dir.filePath(QStringLiteral("first.json"))));
        QVERIFY2(first.exitCode == 0, qPrintable(first.errorOutput));

        // Then two alerts open at the anchor, as the engine would have written them.
        Database db;
        QVERIFY(db.open(m_store).ok());
        QSqlQuery site = db.prepare(QStringLiteral("SELECT name, lat, lon FROM site ORDER BY id LIMIT 1"));
        QVERIFY(Database::exec(site) && site.next());
        AlertStore store(db);
        const QDateTime anchor = QDateTime::fromString(m_anchor, Qt::ISODate);
        AlertRecord critical;
        critical.ruleId = QStringLiteral("beach-full");
        critical.ruleName = QStringLiteral("Beach over capacity");
        critical.severity = Severity::Critical;
        critical.subjectKey = QStringLiteral("site:1");
        critical.subjectName = site.value(0).toString();
        critical.lat = site.value(1).toDouble();
        critical.lon = site.value(2).toDouble();
        critical.message = QStringLiteral("Occupancy 84 % above 80 % for 15 min");
        critical.value = 84;
        critical.threshold = 80;
        critical.raisedAt = anchor.addSecs(-2 * 3600);
        m_critical = store.raise(critical);
        QVERIFY(m_critical > 0);
        AlertRecord warning;
        warning.ruleId = QStringLiteral("icu-low");
        warning.ruleName = QStringLiteral("ICU beds low");
        warning.severity = Severity::Warning;
        warning.subjectKey = QStringLiteral("hospital:1");
        warning.subjectName = QStringLiteral("Hospital del Mar");
        warning.message = QStringLiteral("ICU beds free 3 below 5");
        warning.value = 3;
        warning.threshold = 5;
        warning.raisedAt = anchor.addSecs(-1800);
        m_warning = store.raise(warning);
        QVERIFY(m_warning > 0);
        QString error;
        QVERIFY2(store.acknowledge(m_warning, QStringLiteral("duty"), QStringLiteral("Transfers arranged"),
                                   anchor.addSecs(-600), &error), qPrintable(error));
    }

    void alertCentreShowsTheStoresAlerts()
    {
        const QString png = m_dir.filePath(QStringLiteral("alerts-dark.png"));
        const QString texts = m_dir.filePath(QStringLiteral("alerts-dark.json"));
        const Run run = runApp(arguments(QStringLiteral("dark"), png, texts));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errorOutput));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 1000));
        QVERIFY2(distinctColours(image) > 40, "the screenshot is (nearly) blank");
        const QJsonObject shown = readTexts(texts);

        // What the store holds at the moment, as the page words it.
        Database db;
        QVERIFY(db.open(m_store).ok());
        const QList<AlertRecord> open = AlertStore(db).openAt(QDateTime::fromString(m_anchor, Qt::ISODate));
        int critical = 0, warning = 0, info = 0, unacknowledged = 0;
        for (const AlertRecord &a : open) {
            critical += a.severity == Severity::Critical;
            warning += a.severity == Severity::Warning;
            info += a.severity == Severity::Info;
            unacknowledged += !a.acknowledgedAt.isValid();
        }
        QVERIFY(open.size() >= 2);
        const QString counts = QStringLiteral("■ Critical: %1 · ▲ Warning: %2 · ● Information: %3 · Not acknowledged: %4")
                                   .arg(critical).arg(warning).arg(info).arg(unacknowledged);
        QCOMPARE(shown.value(QStringLiteral("alertCounts")).toString(), counts);
        QCOMPARE(shown.value(QStringLiteral("railBadgeText6")).toString(), QString::number(unacknowledged));
        QCOMPARE(shown.value(QStringLiteral("alertTabOpen")).toString(), QStringLiteral("Open (%1)").arg(open.size()));
        QVERIFY(shown.value(QStringLiteral("alertsAsOf")).toString().startsWith(QLatin1String("As they stood at")));
        // The rules file's bad rule is counted on the Rules tab, its good one runs.
        QCOMPARE(shown.value(QStringLiteral("alertTabRules")).toString(), QStringLiteral("Rules (1) ▲"));
        // The page opens on the most severe alert: the detail shows it with its values.
        QCOMPARE(shown.value(QStringLiteral("alertDetailTitle")).toString(), open.constFirst().subjectName);
        if (open.constFirst().id == m_critical)
            QVERIFY(shown.value(QStringLiteral("alertDetailFacts")).toString().contains(QStringLiteral("value 84 · limit 80")));
    }

    void lightThemeRendersToo()
    {
        const QString dark = m_dir.filePath(QStringLiteral("alerts-dark.png"));
        const QString light = m_dir.filePath(QStringLiteral("alerts-light.png"));
        const Run run = runApp(arguments(QStringLiteral("light"), light, m_dir.filePath(QStringLiteral("alerts-light.json"))));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errorOutput));
        const QImage lightImage(light);
        QVERIFY2(distinctColours(lightImage) > 40, "the light screenshot is (nearly) blank");
        const QImage darkImage(dark);
        QVERIFY(!darkImage.isNull());
        QVERIFY(qGray(lightImage.pixel(1595, 4)) > qGray(darkImage.pixel(1595, 4)) + 100);
        const QJsonObject shown = readTexts(m_dir.filePath(QStringLiteral("alerts-light.json")));
        Database db;
        QVERIFY(db.open(m_store).ok());
        const QList<AlertRecord> open = AlertStore(db).openAt(QDateTime::fromString(m_anchor, Qt::ISODate));
        QVERIFY(!open.isEmpty());
        const QString ack = shown.value(QStringLiteral("alertDetailAck")).toString();
        if (open.constFirst().id == m_critical)
            QCOMPARE(ack, QStringLiteral("○ Not acknowledged"));
    }
};

QTEST_GUILESS_MAIN(TestAlertsApp)
#include "tst_alertsapp.moc"
