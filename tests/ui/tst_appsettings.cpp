#include "appsettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using atalaya::AppSettings;

/** Theme, page and window geometry survive a restart; a non-persistent session (screenshots,
 *  tests) changes nothing on disk; nonsense values are ignored. */
class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("AtalayaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("AtalayaTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void init() { QSettings().clear(); }

    void defaultsAreDarkOverviewAndNoGeometry()
    {
        const AppSettings settings;
        QCOMPARE(settings.theme(), QStringLiteral("dark"));
        QCOMPARE(settings.page(), QStringLiteral("overview"));
        QVERIFY(!settings.windowGeometry().isValid());
        QVERIFY(settings.isPersistent());
    }

    void rememberedAcrossRestarts()
    {
        {
            AppSettings settings;
            QSignalSpy theme(&settings, &AppSettings::themeChanged);
            settings.toggleTheme();
            settings.setPage(QStringLiteral("map"));
            settings.setWindowGeometry(QRect(40, 30, 1500, 900));
            QCOMPARE(theme.size(), 1);
        }
        const AppSettings restarted;
        QCOMPARE(restarted.theme(), QStringLiteral("light"));
        QCOMPARE(restarted.page(), QStringLiteral("map"));
        QCOMPARE(restarted.windowGeometry(), QRect(40, 30, 1500, 900));
    }

    void notPersistentWritesNothing()
    {
        {
            AppSettings settings;
            settings.setPersistent(false);
            settings.setTheme(QStringLiteral("light"));
            settings.setPage(QStringLiteral("map"));
            QCOMPARE(settings.theme(), QStringLiteral("light")); // still applies to this session
        }
        const AppSettings restarted;
        QCOMPARE(restarted.theme(), QStringLiteral("dark"));
        QCOMPARE(restarted.page(), QStringLiteral("overview"));
    }

    void nonsenseIsIgnored()
    {
        AppSettings settings;
        QSignalSpy theme(&settings, &AppSettings::themeChanged);
        settings.setTheme(QStringLiteral("pink"));
        settings.setPage(QStringLiteral("nowhere"));
        QCOMPARE(settings.theme(), QStringLiteral("dark"));
        QCOMPARE(settings.page(), QStringLiteral("overview"));
        QCOMPARE(theme.size(), 0);

        // A hand-edited settings file with nonsense falls back to the defaults.
        QSettings file;
        file.setValue(QStringLiteral("ui/theme"), QStringLiteral("neon"));
        file.setValue(QStringLiteral("ui/page"), 42);
        file.sync();
        const AppSettings restarted;
        QCOMPARE(restarted.theme(), QStringLiteral("dark"));
        QCOMPARE(restarted.page(), QStringLiteral("overview"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
