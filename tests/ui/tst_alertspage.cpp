// The alert centre driven like a person would: the real Main.qml offscreen on a demo city, with
// alerts written to the store through AlertStore (as the engine does) and a rules file the test
// writes. Checks what the page shows against the store at the time cursor, that acknowledging
// writes the alert's history, that a replayed past shows the alerts as they stood then, and that
// a bad rules file names the rule and the field while its good rules run.
#include "alertspanel.h"
#include "alerts/alertrule.h"
#include "alerts/alertstore.h"
#include "appsettings.h"
#include "dashboard.h"
#include "pagedriver.h"
#include "servicespanel.h"
#include "store/database.h"
#include "timecursor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QFile>
#include <QGeoCoordinate>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(AtalayaPlugin)

using namespace atalaya;
using namespace Qt::StringLiterals;
using alerts::AlertRecord;
using alerts::AlertStore;
using alerts::Severity;

namespace {
constexpr int kWait = 20000; // ms: an engine evaluation on a busy machine
}

class TestAlertsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Dashboard> m_dashboard;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<Database> m_db; // the test's own look at the store
    QQuickWindow *m_window = nullptr;
    PageDriver m_driver;
    QDateTime m_anchor;
    qint64 m_critical = 0, m_warning = 0, m_resolved = 0;
    QGeoCoordinate m_place;

    AlertsPanel *panel() const { return m_dashboard->alerts(); }
    QQuickItem *item(const QString &name) const { return m_driver.item(name); }
    QQuickItem *visibleItem(const QString &name) const { return m_driver.visibleItem(name); }
    void click(QQuickItem *target) { m_driver.click(target); }
    static QColor labelColour(QQuickItem *button)
    {
        const auto *label = button->property("contentItem").value<QQuickItem *>();
        return label ? label->property("color").value<QColor>() : QColor();
    }
    QString textOf(const QString &name) const
    {
        QQuickItem *found = visibleItem(name);
        return found ? found->property("text").toString() : QString();
    }
    QString rulesFile() const { return m_dir.filePath(u"rules.json"_s); }
    void writeRules(const QByteArray &json)
    {
        QFile file(rulesFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
    }
    void moveCursor(const QDateTime &at)
    {
        m_dashboard->timeCursor()->setMoment(at);
        QCOMPARE(m_dashboard->timeCursor()->time(), at);
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
    }
    QString row(qint64 id) const { return u"alertRow_%1"_s.arg(id); }
    QString railBadge() const { return textOf(u"railBadgeText6"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AtalayaTest"_s);
        QCoreApplication::setApplicationName(u"AtalayaAlertsPage"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));

        m_settings = std::make_unique<AppSettings>();
        m_settings->setPersistent(false);
        m_settings->setPage(u"alerts"_s);
        AppSettings::setInstance(m_settings.get());

        // The city's history ends a few minutes ago, so "live" is just after it.
        m_anchor = QDateTime::currentDateTimeUtc().addSecs(-300);
        m_anchor.setTime(QTime(m_anchor.time().hour(), m_anchor.time().minute()));
        const QString dbPath = m_dir.filePath(u"city.db"_s);
        m_dashboard = std::make_unique<Dashboard>(dbPath, DemoCityOptions{5, m_anchor});
        Dashboard::setInstance(m_dashboard.get());
        // No rules yet: the alerts of the first tests are the ones the test writes.
        writeRules("{\"version\":1,\"rules\":[]}");
        panel()->setRulesFile(rulesFile());
        QVERIFY(panel()->problems().isEmpty());

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->loadFromModule("Atalaya", "Main");
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_driver.window = m_window;
        m_window->resize(1600, 1000);
        m_dashboard->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_dashboard->isReady() || !m_dashboard->errorMessage().isEmpty(), 240000);
        QVERIFY2(m_dashboard->errorMessage().isEmpty(), qPrintable(m_dashboard->errorMessage()));
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(visibleItem(u"alertsPage"_s));
        QVERIFY(panel()->isRunning());

        new QAbstractItemModelTester(panel()->openAlerts(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(panel()->resolvedAlerts(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(panel()->events(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(panel()->rules(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);

        // Three alerts as the engine would write them: one critical with a place, one warning
        // without, and one resolved an hour after it was raised.
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(dbPath).ok());
        QSqlQuery site = m_db->prepare(u"SELECT lat, lon FROM site ORDER BY id LIMIT 1"_s);
        QVERIFY(Database::exec(site) && site.next());
        m_place = QGeoCoordinate(site.value(0).toDouble(), site.value(1).toDouble());
        QVERIFY(m_place.isValid());
        // The demo city comes with the alerts its own rules raised over its history: the test
        // starts from none, so every alert on screen is one it wrote.
        for (const QString &sql : {u"DELETE FROM alert_event"_s, u"DELETE FROM alert"_s}) {
            QSqlQuery clear = m_db->prepare(sql);
            QVERIFY(Database::exec(clear));
        }
        AlertStore store(*m_db);
        AlertRecord critical;
        critical.ruleId = u"beach-full"_s;
        critical.ruleName = u"Beach over capacity"_s;
        critical.severity = Severity::Critical;
        critical.subjectKey = u"site:1"_s;
        critical.subjectName = u"Platja de Prova"_s;
        critical.lat = m_place.latitude();
        critical.lon = m_place.longitude();
        critical.message = u"Occupancy 84 % above 80 % for 15 min"_s;
        critical.value = 84;
        critical.threshold = 80;
        critical.raisedAt = m_anchor.addSecs(-3 * 3600);
        m_critical = store.raise(critical);
        QVERIFY(m_critical > 0);
        AlertRecord warning;
        warning.ruleId = u"icu-low"_s;
        warning.ruleName = u"ICU beds low"_s;
        warning.severity = Severity::Warning;
        warning.subjectKey = u"hospital:2"_s;
        warning.subjectName = u"Hospital de Prova"_s;
        warning.message = u"ICU beds free 3 below 5"_s;
        warning.value = 3;
        warning.threshold = 5;
        warning.raisedAt = m_anchor.addSecs(-3600);
        m_warning = store.raise(warning);
        QVERIFY(m_warning > 0);
        AlertRecord info = warning;
        info.ruleId = u"feed-quiet"_s;
        info.ruleName = u"Counter silent"_s;
        info.severity = Severity::Info;
        info.subjectKey = u"sensor:9"_s;
        info.subjectName = u"Counter 9"_s;
        info.message = u"No data for 30 min"_s;
        info.raisedAt = m_anchor.addSecs(-5 * 3600);
        m_resolved = store.raise(info);
        QVERIFY(m_resolved > 0);
        QVERIFY(store.resolve(m_resolved, m_anchor.addSecs(-4 * 3600), 1));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        Dashboard::setInstance(nullptr);
        m_dashboard.reset(); // stops the engine threads
        m_db.reset();
        AppSettings::setInstance(nullptr);
        m_settings.reset();
    }

    void pageShowsTheStoresOpenAlertsAtTheCursor()
    {
        moveCursor(m_anchor.addSecs(-1800));
        // What the store says, most severe first.
        const QList<AlertRecord> open = AlertStore(*m_db).openAt(m_anchor.addSecs(-1800));
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).id, m_critical);
        QCOMPARE(panel()->openAlerts()->rowCount(), 2);
        QCOMPARE(panel()->openAlerts()->alerts().at(0).id, m_critical);
        QCOMPARE(panel()->openAlerts()->alerts().at(1).id, m_warning);

        QTRY_VERIFY(visibleItem(row(m_critical)));
        QVERIFY(visibleItem(row(m_warning)));
        QVERIFY(!visibleItem(row(m_resolved)));
        QQuickItem *critical = visibleItem(row(m_critical));
        QCOMPARE(textOf(u"alertCounts"_s), u"■ Critical: 1 · ▲ Warning: 1 · ● Information: 0 · Not acknowledged: 2"_s);
        QVERIFY2(textOf(u"alertsAsOf"_s).startsWith(u"As they stood at"_s), qPrintable(textOf(u"alertsAsOf"_s)));
        QCOMPARE(textOf(u"alertTabResolved"_s), u"Resolved (1)"_s);
        // The badge on the rail, with what it means.
        QCOMPARE(railBadge(), u"2"_s);
        // "alerts" once the English plural forms are in (translations/atalaya_en.ts).
        QVERIFY2(panel()->badgeText().startsWith(u"2 unacknowledged alert"_s), qPrintable(panel()->badgeText()));

        // Selecting shows the detail: the values, the rule and the history.
        click(critical);
        QTRY_COMPARE(panel()->selectedId(), m_critical);
        QTRY_COMPARE(textOf(u"alertDetailTitle"_s), u"Platja de Prova"_s);
        QVERIFY2(textOf(u"alertDetailFacts"_s).contains(u"Rule: Beach over capacity"_s), qPrintable(textOf(u"alertDetailFacts"_s)));
        QVERIFY2(textOf(u"alertDetailFacts"_s).contains(u"value 84 · limit 80"_s), qPrintable(textOf(u"alertDetailFacts"_s)));
        QVERIFY2(textOf(u"alertEvent_0"_s).contains(u"Raised"_s), qPrintable(textOf(u"alertEvent_0"_s)));

        // "Show on map" flies the page's map to the alert's place.
        QQuickItem *mapView = item(u"alertsMap"_s);
        QVERIFY(mapView);
        QObject *map = mapView->property("map").value<QObject *>();
        QVERIFY(map);
        const auto distance = [&] { return map->property("center").value<QGeoCoordinate>().distanceTo(m_place); };
        const double before = distance();
        click(visibleItem(u"alertPlace_%1"_s.arg(m_critical)));
        QTRY_VERIFY_WITH_TIMEOUT(distance() < 1.0, 5000);
        QVERIFY(before > 1.0 || qFuzzyIsNull(before));
        QVERIFY(visibleItem(u"alertMarker_%1"_s.arg(m_critical)));
    }

    void replayBeforeAnAlertHidesIt()
    {
        moveCursor(m_anchor.addSecs(-2 * 3600));
        QCOMPARE(panel()->openAlerts()->rowCount(), 1);
        QTRY_VERIFY(!visibleItem(row(m_warning)));
        QVERIFY(visibleItem(row(m_critical)));
        QCOMPARE(railBadge(), u"1"_s);

        moveCursor(m_anchor.addSecs(-16200));
        // The info alert was open then, and not yet resolved.
        QCOMPARE(panel()->openAlerts()->rowCount(), 1);
        QCOMPARE(panel()->openAlerts()->alerts().at(0).id, m_resolved);
        QCOMPARE(panel()->resolvedAlerts()->rowCount(), 0);

        moveCursor(m_anchor.addSecs(-6 * 3600));
        QCOMPARE(panel()->openAlerts()->rowCount(), 0);
        QTRY_VERIFY(visibleItem(u"openAlertListEmpty"_s));
        QCOMPARE(textOf(u"alertCounts"_s), u"No open alerts"_s);
        QVERIFY(!visibleItem(u"railBadge6"_s));
        // The selected alert did not exist yet: no detail.
        QVERIFY(panel()->selected().isEmpty());
        QVERIFY(visibleItem(u"alertDetailEmpty"_s));
    }

    void acknowledgeWritesTheHistory()
    {
        m_dashboard->timeCursor()->goLive();
        panel()->refresh();
        QTRY_VERIFY(visibleItem(row(m_critical)));
        QCOMPARE(railBadge(), u"2"_s);
        click(visibleItem(row(m_critical)));
        QTRY_COMPARE(panel()->selectedId(), m_critical);
        QTRY_VERIFY(visibleItem(u"alertComment"_s));
        QVERIFY(!visibleItem(u"alertReplayNote"_s));
        // Without a comment there is nothing to add, and the button looks it.
        QQuickItem *addComment = visibleItem(u"alertAddComment"_s);
        QVERIFY(!addComment->isEnabled());
        const QColor disabledText = labelColour(addComment);
        m_driver.typeInto(visibleItem(u"alertComment"_s), u"Beach police called"_s);
        QTRY_VERIFY(addComment->isEnabled());
        QVERIFY2(labelColour(addComment) != disabledText,
                 qPrintable(u"a disabled button's text is %1 like an enabled one's"_s.arg(disabledText.name())));
        click(visibleItem(u"alertAcknowledge"_s));

        // The store has the acknowledgement, by this person, with the comment.
        const QList<alerts::AlertEvent> events = AlertStore(*m_db).events(m_critical);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).kind, alerts::AlertEvent::Kind::Acknowledged);
        QCOMPARE(events.at(1).comment, u"Beach police called"_s);
        QCOMPARE(events.at(1).actor, ServicesPanel::actor());
        // And the page says so: the row, the detail, the history and the badge.
        QTRY_VERIFY2(visibleItem(row(m_critical))->findChild<QQuickItem *>(u"alertAck"_s)->property("text").toString()
                         == u"✓ Acknowledged by %1"_s.arg(ServicesPanel::actor()),
                     "the row says who acknowledged it");
        QVERIFY2(textOf(u"alertDetailAck"_s).contains(u"Beach police called"_s), qPrintable(textOf(u"alertDetailAck"_s)));
        QVERIFY2(textOf(u"alertEvent_1"_s).contains(u"Acknowledged"_s) && textOf(u"alertEvent_1"_s).contains(u"Beach police called"_s),
                 qPrintable(textOf(u"alertEvent_1"_s)));
        QCOMPARE(railBadge(), u"1"_s);
        QVERIFY(item(u"alertComment"_s)->property("text").toString().isEmpty());

        // A comment goes to the history too, without acknowledging again.
        m_driver.typeInto(visibleItem(u"alertComment"_s), u"Access closed"_s);
        click(visibleItem(u"alertAddComment"_s));
        QTRY_COMPARE(AlertStore(*m_db).events(m_critical).size(), 3);
        QCOMPARE(AlertStore(*m_db).events(m_critical).at(2).kind, alerts::AlertEvent::Kind::Commented);

        // Replayed to before the acknowledgement, the alert stands unacknowledged, and nothing
        // can be acknowledged in the past.
        moveCursor(m_anchor.addSecs(-1800));
        QTRY_COMPARE(visibleItem(row(m_critical))->findChild<QQuickItem *>(u"alertAck"_s)->property("text").toString(),
                     u"○ Not acknowledged"_s);
        QCOMPARE(panel()->events()->rowCount(), 1);
        QVERIFY(visibleItem(u"alertReplayNote"_s));
        QVERIFY(!visibleItem(u"alertAcknowledge"_s));
        QVERIFY(!panel()->acknowledge(m_warning, QString()).isEmpty());
        QCOMPARE(AlertStore(*m_db).events(m_warning).size(), 1);
        m_dashboard->timeCursor()->goLive();
    }

    void ruleEditorChecksAndWritesTheFile()
    {
        click(visibleItem(u"alertTabRules"_s));
        QTRY_VERIFY(visibleItem(u"alertRuleAdd"_s));
        click(visibleItem(u"alertRuleAdd"_s));
        QTRY_VERIFY(visibleItem(u"ruleSave"_s));
        m_driver.typeInto(visibleItem(u"ruleField_id"_s), u"beach-high"_s);
        m_driver.typeInto(visibleItem(u"ruleField_name"_s), u"Beach high"_s);
        m_driver.typeInto(visibleItem(u"ruleField_limit"_s), u"lots"_s);
        click(visibleItem(u"ruleSave"_s));
        QTRY_VERIFY(visibleItem(u"ruleError_limit"_s));
        QVERIFY2(textOf(u"ruleError_limit"_s).contains(u"lots"_s), qPrintable(textOf(u"ruleError_limit"_s)));
        QCOMPARE(alerts::loadRulesFile(rulesFile()).rules.size(), 0); // nothing written

        // A clearing level on the wrong side of the limit is refused as the file would refuse it.
        m_driver.typeInto(visibleItem(u"ruleField_limit"_s), u"85"_s);
        m_driver.typeInto(visibleItem(u"ruleField_clearAt"_s), u"90"_s);
        click(visibleItem(u"ruleSave"_s));
        QTRY_VERIFY(visibleItem(u"ruleError_clearAt"_s));
        QVERIFY(!visibleItem(u"ruleError_limit"_s));

        m_driver.typeInto(visibleItem(u"ruleField_clearAt"_s), u"80"_s);
        click(visibleItem(u"ruleSave"_s));
        QTRY_VERIFY(!visibleItem(u"ruleSave"_s));
        const alerts::RulesFile file = alerts::loadRulesFile(rulesFile());
        QCOMPARE(file.rules.size(), 1);
        QCOMPARE(file.rules.at(0).id, u"beach-high"_s);
        QCOMPARE(file.rules.at(0).limit, 85.0);
        QCOMPARE(file.rules.at(0).clearAt, std::optional<double>(80.0));
        QTRY_VERIFY(visibleItem(u"alertRule_beach-high"_s));

        // Remove, after a confirmation.
        click(visibleItem(u"alertRuleRemove_beach-high"_s));
        QTRY_VERIFY(visibleItem(u"alertRuleRemoveConfirmButton"_s));
        click(visibleItem(u"alertRuleRemoveConfirmButton"_s));
        QTRY_VERIFY(!visibleItem(u"alertRule_beach-high"_s));
        QCOMPARE(alerts::loadRulesFile(rulesFile()).rules.size(), 0);
    }

    void badRulesFileNamesRuleAndFieldWhileGoodRulesRun()
    {
        // One sound rule that fires for any site with people in it, one with a limit that is not a
        // number, one of a type that does not exist.
        writeRules(R"({"version":1,"rules":[
            {"id":"anyone-there","name":"Someone at a site","type":"threshold","severity":"info",
             "indicator":"occupancy","subjects":"*","direction":"above","limit":0},
            {"id":"bad-limit","name":"Bad limit","type":"threshold","indicator":"occupancy","limit":"high"},
            {"id":"bad-type","name":"Bad type","type":"sometimes","indicator":"occupancy"}]})");
        QSignalSpy raised(panel(), &AlertsPanel::newAlert);
        panel()->setRulesFile(rulesFile());
        QCOMPARE(panel()->rules()->rowCount(), 1);
        // Each bad rule is named with its field (a rule may have more than one problem).
        QVERIFY(panel()->problems().size() >= 2);
        click(visibleItem(u"alertTabRules"_s));
        QTRY_VERIFY(visibleItem(u"alertRuleProblems"_s));
        bool limitNamed = false, typeNamed = false;
        for (int i = 0; i < panel()->problems().size(); ++i) {
            const QString text = textOf(u"alertRuleProblem_%1"_s.arg(i));
            QVERIFY2(text.contains(u"bad-limit"_s) || text.contains(u"bad-type"_s), qPrintable(text));
            limitNamed = limitNamed || (text.contains(u"bad-limit"_s) && text.contains(u"field limit"_s));
            typeNamed = typeNamed || (text.contains(u"bad-type"_s) && text.contains(u"field type"_s) && text.contains(u"sometimes"_s));
        }
        QVERIFY(limitNamed);
        QVERIFY(typeNamed);
        QVERIFY(visibleItem(u"alertRule_anyone-there"_s));
        QVERIFY2(textOf(u"alertRuleSummary_anyone-there"_s).contains(u"occupancy (%) above 0"_s),
                 qPrintable(textOf(u"alertRuleSummary_anyone-there"_s)));

        // The good rule runs: the engine raises its alerts, the notification shows, the list has them.
        panel()->evaluateNow();
        QTRY_VERIFY_WITH_TIMEOUT(!raised.isEmpty(), kWait);
        QTRY_VERIFY(visibleItem(u"alertToast"_s));
        QVERIFY2(textOf(u"alertToastTitle"_s).startsWith(u"Information · Someone at a site"_s), qPrintable(textOf(u"alertToastTitle"_s)));
        bool found = false;
        for (const AlertRecord &a : panel()->openAlerts()->alerts()) {
            QVERIFY(a.ruleId != u"bad-limit"_s && a.ruleId != u"bad-type"_s);
            found = found || a.ruleId == u"anyone-there"_s;
        }
        QVERIFY(found);

        // A click on the notification opens the alert in the alert centre.
        const qint64 id = raised.last().at(0).toLongLong();
        click(visibleItem(u"alertToast"_s));
        QTRY_COMPARE(panel()->selectedId(), id);
        QTRY_VERIFY(visibleItem(row(id)));
        QVERIFY(!visibleItem(u"alertToast"_s));
    }
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
