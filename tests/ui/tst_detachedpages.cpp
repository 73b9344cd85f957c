// Detached pages and presentation mode through the real Main.qml, offscreen: a page opens in its
// own window (button, Ctrl+Shift+D), the main window shows a placeholder instead, the set of
// detached pages and their windows' geometry are remembered and restored at start, closing the
// window brings the page back; F5 enters presentation mode and Esc leaves it.
#include "appsettings.h"
#include "dashboard.h"
#include "pagedriver.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(AtalayaPlugin)

using namespace atalaya;

class TestDetachedPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Dashboard> m_dashboard;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    PageDriver m_driver;

    static QQuickWindow *detachedWindow(const QString &page)
    {
        for (QWindow *window : QGuiApplication::topLevelWindows()) {
            if (window->objectName() == QStringLiteral("detachedWindow_") + page)
                return qobject_cast<QQuickWindow *>(window);
        }
        return nullptr;
    }

    static QQuickItem *find(QQuickWindow *window, const QString &name)
    {
        PageDriver driver;
        driver.window = window;
        return driver.item(name);
    }

    void load()
    {
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->loadFromModule("Atalaya", "Main");
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_window->resize(1400, 900);
        m_driver.window = m_window;
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtalayaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("AtalayaDetachedPages"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));

        m_settings = std::make_unique<AppSettings>();
        m_settings->setPersistent(false);
        m_settings->setPage(QStringLiteral("hospitals"));
        AppSettings::setInstance(m_settings.get());
        // A store that is never opened: the pages show "no data", which is all this test needs.
        m_dashboard = std::make_unique<Dashboard>(m_dir.filePath(QStringLiteral("never.db")), DemoCityOptions{});
        Dashboard::setInstance(m_dashboard.get());
        load();
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        Dashboard::setInstance(nullptr);
        m_dashboard.reset();
        AppSettings::setInstance(nullptr);
        m_settings.reset();
    }

    void detachBringBackAndRemember()
    {
        QVERIFY(m_driver.visibleItem(QStringLiteral("pages")));
        QVERIFY(!detachedWindow(QStringLiteral("hospitals")));

        m_driver.click(m_driver.visibleItem(QStringLiteral("detachPage")));
        QTRY_VERIFY(detachedWindow(QStringLiteral("hospitals")));
        QQuickWindow *own = detachedWindow(QStringLiteral("hospitals"));
        QCOMPARE(m_settings->detachedPages(), QStringList{QStringLiteral("hospitals")});
        // The page is kept current beside whatever the main window shows.
        QCOMPARE(m_dashboard->shownPages(), QStringList{QStringLiteral("hospitals")});
        QTRY_VERIFY(find(own, QStringLiteral("hospitalsPage")));
        QVERIFY(own->title().startsWith(QStringLiteral("Hospitals")));
        // The main window says where the page went instead of showing it twice.
        QVERIFY(m_driver.visibleItem(QStringLiteral("detachedPlaceholder")));
        QVERIFY(!m_driver.visibleItem(QStringLiteral("pages")));
        QVERIFY(m_driver.visibleItem(QStringLiteral("detachedPlaceholderText"))
                    ->property("text").toString().contains(QStringLiteral("own window")));
        // Another page in the main window is shown as usual.
        m_settings->setPage(QStringLiteral("overview"));
        QTRY_VERIFY(m_driver.visibleItem(QStringLiteral("pages")));
        QVERIFY(!m_driver.visibleItem(QStringLiteral("detachedPlaceholder")));
        QCOMPARE(m_dashboard->shownPage(), QStringLiteral("overview"));

        // Placed somewhere, then closed: the page comes back and the place is remembered.
        const QRect placed(120, 80, 900, 640);
        own->setGeometry(placed);
        QTRY_COMPARE(own->geometry().size(), placed.size());
        own->close();
        QTRY_VERIFY(!detachedWindow(QStringLiteral("hospitals")));
        QVERIFY(m_settings->detachedPages().isEmpty());
        QVERIFY(m_dashboard->shownPages().isEmpty());
        QCOMPARE(m_settings->detachedGeometry(QStringLiteral("hospitals")).size(), placed.size());

        // Ctrl+Shift+D detaches the page on screen; it opens where it was.
        m_settings->setPage(QStringLiteral("hospitals"));
        m_window->requestActivate();
        QTRY_VERIFY(m_window->isActive());
        QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(detachedWindow(QStringLiteral("hospitals")));
        QCOMPARE(detachedWindow(QStringLiteral("hospitals"))->size(), placed.size());

        // "Bring back" in the placeholder closes the window.
        m_driver.click(m_driver.visibleItem(QStringLiteral("bringBack")));
        QTRY_VERIFY(!detachedWindow(QStringLiteral("hospitals")));
        QVERIFY(m_driver.visibleItem(QStringLiteral("pages")));
    }

    void detachedPagesReopenAtStart()
    {
        m_settings->setPageDetached(QStringLiteral("map"), true);
        m_settings->setDetachedGeometry(QStringLiteral("map"), QRect(200, 150, 1000, 700));
        m_engine.reset(); // quit: the windows close with the application
        QTRY_VERIFY(!detachedWindow(QStringLiteral("map")));
        // Leaving did not bring the page back: it is still detached for the next start.
        QCOMPARE(m_settings->detachedPages(), QStringList{QStringLiteral("map")});
        load();
        QTRY_VERIFY(detachedWindow(QStringLiteral("map")));
        QCOMPARE(detachedWindow(QStringLiteral("map"))->size(), QSize(1000, 700));
        QTRY_VERIFY(find(detachedWindow(QStringLiteral("map")), QStringLiteral("mapPage")));
        m_settings->setPageDetached(QStringLiteral("map"), false);
        QTRY_VERIFY(!detachedWindow(QStringLiteral("map")));
    }

    void presentationModeEntersAndLeaves()
    {
        m_settings->setPage(QStringLiteral("overview"));
        m_window->setProperty("fullScreenPresentation", false);
        m_window->requestActivate();
        QTRY_VERIFY(m_window->isActive());
        QVERIFY(m_driver.visibleItem(QStringLiteral("cityName")));
        QTest::keyClick(m_window, Qt::Key_F5);
        QQuickItem *view = m_driver.item(QStringLiteral("presentationView"));
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        // The window's own chrome gives way; the bar says the time and the cursor's state.
        QVERIFY(!m_driver.visibleItem(QStringLiteral("cityName")));
        QVERIFY(!m_driver.visibleItem(QStringLiteral("navigationRail")));
        QVERIFY(m_driver.visibleItem(QStringLiteral("presentationDataTime")));
        QVERIFY(m_driver.visibleItem(QStringLiteral("presentationCursor"))
                    ->property("text").toString().contains(QStringLiteral("Live")));
        QCOMPARE(m_dashboard->shownPage(), view->property("currentPage").toString());
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!view->isVisible());
        QVERIFY(m_driver.visibleItem(QStringLiteral("cityName")));
        QCOMPARE(m_dashboard->shownPage(), QStringLiteral("overview"));
    }
};

int main(int argc, char *argv[])
{
    // Pages with Qt Charts need a QApplication.
    QApplication app(argc, argv);
    TestDetachedPages test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_detachedpages.moc"
