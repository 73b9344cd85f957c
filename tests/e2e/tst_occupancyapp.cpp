#include "analytics/occupancy.h"
#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using atalaya::Database;

/** The real atalaya executable, offscreen, on the Occupancy page of a generated demo city: the
 *  screenshot is drawn in both themes, and the counts of lights it shows are the store's. */
class TestOccupancyApp : public QObject
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

    Run runApp(const QStringList &arguments, int timeoutMs = 300000) const
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Keep the test's settings away from the user's.
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
                QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--size"), QStringLiteral("1600x1000"),
                QStringLiteral("--page"), QStringLiteral("occupancy"), QStringLiteral("--theme"), theme,
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
    }

    void occupancyPageShowsTheStoresLights()
    {
        const QString png = m_dir.filePath(QStringLiteral("occupancy-dark.png"));
        const QString texts = m_dir.filePath(QStringLiteral("occupancy-dark.json"));
        const Run run = runApp(arguments(QStringLiteral("dark"), png, texts));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errorOutput));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 1000));
        QVERIFY2(distinctColours(image) > 40, "the screenshot is (nearly) blank");
        const QJsonObject shown = readTexts(texts);
        QVERIFY2(shown.contains(QStringLiteral("countRed")), QJsonDocument(shown).toJson().constData());

        Database db;
        QVERIFY(db.open(m_store).ok());
        const qint64 at = QDateTime::fromString(m_anchor, Qt::ISODate).toSecsSinceEpoch();
        const QLocale english(QLocale::English);

        // Stale sites by plain SQL: the latest reading up to the moment is over 30 minutes old.
        QSqlQuery stale = db.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM site s WHERE (SELECT MAX(o.observed_at) FROM observation o JOIN sensor se ON se.id = o.sensor_id"
            " WHERE se.site_id = s.id AND o.observed_at <= ?) < ? - 1800"));
        stale.addBindValue(at);
        stale.addBindValue(at);
        QVERIFY(Database::exec(stale) && stale.next());
        QVERIFY(stale.value(0).toInt() >= 1); // the demo city keeps one counter silent
        QCOMPARE(shown.value(QStringLiteral("countUnknown")).toString(), english.toString(stale.value(0).toInt()));

        // The lights through the core: hysteresis needs the readings' history, not one query.
        atalaya::occupancy::OccupancyStore store(db);
        int counts[5] = {};
        for (const auto &light : store.lightsAt(at, 30 * 60))
            ++counts[int(light.light)];
        using atalaya::occupancy::Light;
        QCOMPARE(shown.value(QStringLiteral("countGreen")).toString(), english.toString(counts[int(Light::Green)]));
        QCOMPARE(shown.value(QStringLiteral("countAmber")).toString(), english.toString(counts[int(Light::Amber)]));
        QCOMPARE(shown.value(QStringLiteral("countRed")).toString(), english.toString(counts[int(Light::Red)]));
        QCOMPARE(shown.value(QStringLiteral("countClosed")).toString(), english.toString(counts[int(Light::Closed)]));

        // The card opens on a site of the store, the most crowded one.
        QSqlQuery names = db.prepare(QStringLiteral("SELECT name FROM site"));
        QStringList siteNames;
        QVERIFY(Database::exec(names));
        while (names.next())
            siteNames.append(names.value(0).toString());
        QVERIFY2(siteNames.contains(shown.value(QStringLiteral("siteCardName")).toString()),
                 qPrintable(shown.value(QStringLiteral("siteCardName")).toString()));
        QVERIFY(shown.value(QStringLiteral("occupancyHeading")).toString().startsWith(QLatin1String("Crowding at ")));
    }

    void lightThemeRendersToo()
    {
        const QString dark = m_dir.filePath(QStringLiteral("occupancy-dark.png"));
        const QString light = m_dir.filePath(QStringLiteral("occupancy-light.png"));
        const Run run = runApp(arguments(QStringLiteral("light"), light, m_dir.filePath(QStringLiteral("occupancy-light.json"))));
        QVERIFY2(run.exitCode == 0, qPrintable(run.errorOutput));
        const QImage lightImage(light);
        QVERIFY2(distinctColours(lightImage) > 40, "the light screenshot is (nearly) blank");
        const QImage darkImage(dark);
        QVERIFY(!darkImage.isNull());
        // The header's right margin is the theme's surface: light on the light theme.
        QVERIFY(qGray(lightImage.pixel(1595, 4)) > qGray(darkImage.pixel(1595, 4)) + 100);
    }
};

QTEST_GUILESS_MAIN(TestOccupancyApp)
#include "tst_occupancyapp.moc"
