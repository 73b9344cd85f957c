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

    void detachedPagesAndPlaylistRememberedAcrossRestarts()
    {
        {
            AppSettings settings;
            QCOMPARE(settings.detachedPages(), QStringList());
            QCOMPARE(settings.presentationPages().constFirst(), QStringLiteral("overview"));
            QCOMPARE(settings.presentationSeconds(), 30);
            QSignalSpy detached(&settings, &AppSettings::detachedPagesChanged);
            settings.setPageDetached(QStringLiteral("map"), true);
            settings.setPageDetached(QStringLiteral("hospitals"), true);
            settings.setPageDetached(QStringLiteral("map"), true); // already: nothing changes
            QCOMPARE(detached.size(), 2);
            settings.setDetachedGeometry(QStringLiteral("map"), QRect(1700, 40, 1200, 800));
            settings.setPresentationPages({QStringLiteral("map"), QStringLiteral("epidemic")});
            settings.setPresentationSeconds(45);
        }
        AppSettings restarted;
        QCOMPARE(restarted.detachedPages(), (QStringList{QStringLiteral("map"), QStringLiteral("hospitals")}));
        QCOMPARE(restarted.detachedGeometry(QStringLiteral("map")), QRect(1700, 40, 1200, 800));
        QVERIFY(!restarted.detachedGeometry(QStringLiteral("hospitals")).isValid()); // never placed
        QCOMPARE(restarted.presentationPages(), (QStringList{QStringLiteral("map"), QStringLiteral("epidemic")}));
        QCOMPARE(restarted.presentationSeconds(), 45);

        // Brought back: no longer reopened at start.
        restarted.setPageDetached(QStringLiteral("map"), false);
        QCOMPARE(AppSettings().detachedPages(), QStringList{QStringLiteral("hospitals")});
    }

    void detachedPagesAndPlaylistRefuseNonsense()
    {
        QSettings stored;
        stored.setValue(QStringLiteral("ui/detachedPages"),
                        QStringList{QStringLiteral("map"), QStringLiteral("nowhere"), QStringLiteral("map")});
        stored.setValue(QStringLiteral("presentation/pages"), QStringList{QStringLiteral("nowhere")});
        stored.setValue(QStringLiteral("presentation/seconds"), 1);
        stored.sync();
        AppSettings settings;
        QCOMPARE(settings.detachedPages(), QStringList{QStringLiteral("map")}); // unknown and repeated pages dropped
        QCOMPARE(settings.presentationPages().size(), 5);                      // the default playlist
        QCOMPARE(settings.presentationSeconds(), AppSettings::kMinPresentationSeconds);
        settings.setPresentationPages({});
        QCOMPARE(settings.presentationPages().size(), 5); // a playlist needs a page
        settings.setPresentationSeconds(100000);
        QCOMPARE(settings.presentationSeconds(), AppSettings::kMaxPresentationSeconds);
        settings.setDetachedGeometry(QStringLiteral("nowhere"), QRect(0, 0, 10, 10));
        QVERIFY(!settings.detachedGeometry(QStringLiteral("nowhere")).isValid());
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
