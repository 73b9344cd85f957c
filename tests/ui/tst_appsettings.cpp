#include "appsettings.h"
#include "hospitalspanel.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using atalaya::AppSettings;
using atalaya::HospitalsPanel;

/** Theme, page, window geometry and the Hospitals page's bed type survive a restart; a non-persistent session (screenshots,
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

    void bedTypeRememberedAcrossRestarts()
    {
        {
            AppSettings settings;
            QCOMPARE(settings.bedType(), QStringLiteral("general"));
            QSignalSpy changed(&settings, &AppSettings::bedTypeChanged);
            settings.setBedType(QStringLiteral("neonatal"));
            QCOMPARE(settings.bedType(), QStringLiteral("general"));
            settings.setBedType(QStringLiteral("icu"));
            settings.setBedType(QStringLiteral("icu"));
            QCOMPARE(changed.size(), 1);
        }
        QCOMPARE(AppSettings().bedType(), QStringLiteral("icu"));

        QSettings file;
        file.setValue(QStringLiteral("hospitals/bedType"), QStringLiteral("maternity"));
        file.sync();
        QCOMPARE(AppSettings().bedType(), QStringLiteral("general"));
    }

    void hospitalsPanelStartsWithTheSavedBedTypeAndSavesItsChoice()
    {
        {
            AppSettings saved;
            saved.setBedType(QStringLiteral("icu"));
        }
        AppSettings settings;
        AppSettings::setInstance(&settings);
        {
            HospitalsPanel panel;
            QSignalSpy changed(&panel, &HospitalsPanel::bedTypeChanged);
            panel.setDatabase(nullptr); // what the Dashboard does before the store is ready
            QCOMPARE(panel.bedType(), QStringLiteral("icu"));
            QCOMPARE(changed.size(), 1);

            panel.setBedType(QStringLiteral("general"));
            QCOMPARE(settings.bedType(), QStringLiteral("general"));
        }
        AppSettings::setInstance(nullptr);
        QCOMPARE(AppSettings().bedType(), QStringLiteral("general"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
