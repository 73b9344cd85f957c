// Runs the tst_*.qml Quick Tests against the statically linked Atalaya module. The singletons
// main() normally creates are made here: settings that write nothing, and a Dashboard over an
// empty temporary store that is never started (so every figure is "No data").
#include "appsettings.h"
#include "dashboard.h"

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

QUICK_TEST_MAIN_WITH_SETUP(qml, Setup)

#include "tst_qml.moc"
