// Runs the tst_*.qml Quick Tests against the statically linked Atalaya module. The singletons
// main() normally creates are made here: settings that write nothing, and a Dashboard over an
// empty temporary store that is never started (so every figure is "No data").
#include "appsettings.h"
#include "dashboard.h"

#include <QApplication>
#include <QObject>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(AtalayaPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_settings = std::make_unique<atalaya::AppSettings>();
        m_settings->setPersistent(false);
        atalaya::AppSettings::setInstance(m_settings.get());
        m_dashboard = std::make_unique<atalaya::Dashboard>(m_dir.filePath(QStringLiteral("test.db")),
                                                            atalaya::DemoCityOptions{});
        atalaya::Dashboard::setInstance(m_dashboard.get());
    }

    void cleanupTestCase()
    {
        atalaya::Dashboard::setInstance(nullptr);
        atalaya::AppSettings::setInstance(nullptr);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<atalaya::AppSettings> m_settings;
    std::unique_ptr<atalaya::Dashboard> m_dashboard;
};

// Qt Charts (EpidemicCharts, HospitalTrends) draws through QGraphicsView and needs a
// QApplication; quick_test_main_with_setup makes a QGuiApplication only when there is none.
int main(int argc, char **argv)
{
    QTEST_SET_MAIN_SOURCE_PATH
    QApplication app(argc, argv);
    Setup setup;
#ifdef QUICK_TEST_SOURCE_DIR
    return quick_test_main_with_setup(argc, argv, "qml", QUICK_TEST_SOURCE_DIR, &setup);
#else
    return quick_test_main_with_setup(argc, argv, "qml", nullptr, &setup);
#endif
}

#include "tst_qml.moc"
