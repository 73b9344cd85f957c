// The Map page's essential services driven like a person would: the real Main.qml offscreen on a
// demo city generated into a temporary store, clicked and typed at through the items' objectNames,
// checked against plain SQL on the same store and against the map layer's own marks.
#include "appsettings.h"
#include "dashboard.h"
#include "hospitalspanel.h"
#include "map/servicepointlayer.h"
#include "map/servicepointsource.h"
#include "pagedriver.h"
#include "servicehistorymodel.h"
#include "servicelistmodel.h"
#include "servicespanel.h"
#include "serviceareasmodel.h"
#include "servicecategoriesmodel.h"
#include "store/database.h"
#include "timecursor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <array>
#include <memory>
#include <numeric>

Q_IMPORT_QML_PLUGIN(AtalayaPlugin)

using namespace atalaya;

/** The essential-services map end to end: layer toggles change the drawn marks, the search finds
 *  names whatever their accents and post codes and flies there, a click opens a card, edits are
 *  audited and shown in the history, undo restores, refused edits change nothing, a post code
 *  lists its services, and the recreational areas follow the time cursor and the audience. */
class TestMapPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDateTime m_anchor{QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC};
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Dashboard> m_dashboard;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    PageDriver m_driver;
    Database m_db; // a second connection, for the expected values
    qint64 m_edited = 0; // the service the edit tests work on
    QTimeZone m_zone = QTimeZone::UTC; // the city's, as its opening hours are read

    ServicesPanel *panel() const { return m_dashboard->services(); }

    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!Database::exec(query) || !query.next())
            return {};
        return query.value(0);
    }

    QQuickItem *item(const QString &name) const { return m_driver.item(name); }
    QQuickItem *visibleItem(const QString &name) const { return m_driver.visibleItem(name); }
    void click(QQuickItem *target, std::optional<QPointF> local = std::nullopt) { m_driver.click(target, local); }
    QString textOf(const QString &name) const
    {
        QQuickItem *found = item(name);
        return found ? found->property("text").toString() : QString();
    }

    ServicePointLayer *layer() const { return qobject_cast<ServicePointLayer *>(item(QStringLiteral("servicePointLayer"))); }
    QObject *qtMap() const
    {
        QQuickItem *view = item(QStringLiteral("serviceMap"));
        return view ? view->property("map").value<QObject *>() : nullptr;
    }
    QGeoCoordinate mapCentre() const { return qtMap()->property("center").value<QGeoCoordinate>(); }
    double mapZoom() const { return qtMap()->property("zoomLevel").toDouble(); }

    void setView(const QGeoCoordinate &centre, double zoom)
    {
        qtMap()->setProperty("zoomLevel", zoom);
        qtMap()->setProperty("center", QVariant::fromValue(centre));
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
    }

    /** The whole city, as the 0 key shows it. */
    void fitCity()
    {
        QQuickItem *view = visibleItem(QStringLiteral("serviceMap"));
        QVERIFY(view);
        view->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_0);
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
    }

    QGeoCoordinate serviceLocation(qint64 id)
    {
        return {scalar(QStringLiteral("SELECT lat FROM service_point WHERE id = ?"), {id}).toDouble(),
                scalar(QStringLiteral("SELECT lon FROM service_point WHERE id = ?"), {id}).toDouble()};
    }

    /** The post code's outline polygons on the map. */
    int outlineParts() const
    {
        // Map items are children of the map's item tree, wherever a MapItemView put them.
        int n = 0;
        QSet<QObject *> seen;
        QList<QObject *> pending{qtMap()};
        while (!pending.isEmpty()) {
            QObject *object = pending.takeFirst();
            if (seen.contains(object))
                continue;
            seen.insert(object);
            if (object->objectName() == QLatin1String("postCodeOutlinePart") && object->property("visible").toBool())
                ++n;
            if (auto *quickItem = qobject_cast<QQuickItem *>(object))
                pending.append(QList<QObject *>(quickItem->childItems().cbegin(), quickItem->childItems().cend()));
            pending.append(object->children());
        }
        return n;
    }

    int marksTotal()
    {
        const QList<ServicePointLayer::Mark> &marks = layer()->marks();
        return std::accumulate(marks.cbegin(), marks.cend(), 0,
                               [](int sum, const ServicePointLayer::Mark &m) { return sum + m.cluster.count; });
    }

    int auditRows(qint64 id)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'service_point' AND entity_id = ?"), {id}).toInt();
    }

    /** Text as the search compares it: accents and case removed. */
    static QString folded(const QString &text)
    {
        QString out;
        for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing)
                out.append(c.toLower());
        }
        return out;
    }

    void typeAndSubmit(const QString &field, const QString &text)
    {
        QQuickItem *input = visibleItem(field);
        QVERIFY2(input, qPrintable(field));
        m_driver.typeInto(input, text);
        QTest::keyClick(m_window, Qt::Key_Return);
    }

    /** With ATALAYA_SCREENSHOT_DIR set, saves what the window shows, to look at the states the
     *  command line's --screenshot cannot reach (a card, a post code, a palette). */
    void look(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("ATALAYA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        QTest::qWait(100); // the map's items settle a frame after the layer
        QVERIFY(m_window->grabWindow().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    /** A moment on the anchor's day, or days before it, at a local time in the city's zone. */
    QDateTime localMoment(int daysBefore, int hour) const
    {
        const QDate day = m_anchor.toTimeZone(m_zone).date().addDays(-daysBefore);
        return QDateTime(day, QTime(hour, 0), m_zone).toUTC();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtalayaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("AtalayaMapPage"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));

        m_settings = std::make_unique<AppSettings>();
        m_settings->setPersistent(false);
        m_settings->setPage(QStringLiteral("map"));
        AppSettings::setInstance(m_settings.get());

        const QString path = m_dir.filePath(QStringLiteral("city.db"));
        m_dashboard = std::make_unique<Dashboard>(path, DemoCityOptions{7, m_anchor});
        Dashboard::setInstance(m_dashboard.get());
        m_dashboard->timeCursor()->setMoment(m_anchor);

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
        QVERIFY(visibleItem(QStringLiteral("mapPage")));
        QVERIFY(m_db.open(path).ok());
        const QString zone = m_db.meta(QStringLiteral("time_zone"));
        m_zone = zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toUtf8());
        QVERIFY(m_zone.isValid());
        QVERIFY(layer());
        // Every model the page shows is checked for consistency as the tests change it.
        const QList<QAbstractItemModel *> models{panel()->categories(), panel()->results(), panel()->history(),
                                                 panel()->postCodeServices(), panel()->areas()};
        for (QAbstractItemModel *model : models)
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QCOMPARE(panel()->serviceCount(), scalar(QStringLiteral("SELECT COUNT(*) FROM service_point")).toInt());
        QVERIFY(panel()->serviceCount() > 1000);
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        look(QStringLiteral("map-services"));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_engine.reset();
        Dashboard::setInstance(nullptr);
        m_dashboard.reset();
        AppSettings::setInstance(nullptr);
        m_settings.reset();
    }

    void layersListEveryCategoryWithItsCountInView()
    {
        const QStringList slugs = panel()->categorySlugs();
        QCOMPARE(slugs.size(), scalar(QStringLiteral("SELECT COUNT(*) FROM service_category")).toInt());
        QCOMPARE(slugs.first(), QStringLiteral("pharmacies"));
        fitCity();
        // The whole city is in view: each category's count is all of its services.
        for (const QString &slug : slugs) {
            QVERIFY2(visibleItem(QStringLiteral("layerToggle_") + slug), qPrintable(slug));
            const int total = scalar(QStringLiteral("SELECT COUNT(*) FROM service_point WHERE category = ?"), {slug}).toInt();
            QTRY_COMPARE(layer()->countsInView().value(int(slugs.indexOf(slug))).toInt(), total);
        }
        const int pharmacies = scalar(QStringLiteral("SELECT COUNT(*) FROM service_point WHERE category = 'pharmacies'")).toInt();
        QTRY_COMPARE(textOf(QStringLiteral("layerCount_pharmacies")), QLocale().toString(pharmacies));

        // Closer in, fewer are in view, and the list says so.
        setView(mapCentre(), mapZoom() + 2);
        QTRY_VERIFY(layer()->countsInView().value(0).toInt() < pharmacies);
        QTRY_COMPARE(textOf(QStringLiteral("layerCount_pharmacies")), QLocale().toString(layer()->countsInView().value(0).toInt()));
        fitCity();
    }

    void aLayerToggleChangesTheDrawnMarks()
    {
        fitCity();
        const int before = marksTotal();
        // The marks stand for every point in the rectangle the layer asks the index for.
        const std::array<int, kMaxCategories> inRect = layer()->source()->index().countsInView(layer()->queryRect());
        QCOMPARE(before, std::accumulate(inRect.cbegin(), inRect.cend(), 0));
        const int pharmaciesDrawn = inRect[0];
        QVERIFY(pharmaciesDrawn > 0);

        click(visibleItem(QStringLiteral("layerToggle_pharmacies")));
        QTRY_VERIFY(!panel()->categoryVisible().value(0, true));
        QTRY_VERIFY((layer()->categoryMask() & 1) == 0);
        QTRY_COMPARE(marksTotal(), before - pharmaciesDrawn);
        for (const ServicePointLayer::Mark &mark : layer()->marks())
            QVERIFY(mark.cluster.category != 0);
        look(QStringLiteral("map-without-pharmacies"));

        // Keyboard: the check box has focus; Space shows the layer again.
        QQuickItem *toggle = visibleItem(QStringLiteral("layerToggle_pharmacies"));
        QVERIFY(toggle->hasActiveFocus());
        QVERIFY(!toggle->property("checked").toBool());
        QTest::keyClick(m_window, Qt::Key_Space);
        QTRY_VERIFY(panel()->categoryVisible().value(0));
        QTRY_COMPARE(marksTotal(), before);
        QVERIFY(toggle->property("checked").toBool());
    }

    void searchFindsANameWhateverItsAccentsAndFliesThere()
    {
        // A pharmacy whose name has an accent and no other service shares.
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, name FROM service_point WHERE category = 'pharmacies' ORDER BY id"));
        QVERIFY(Database::exec(q));
        qint64 target = 0;
        QString name;
        while (q.next() && target == 0) {
            const QString candidate = q.value(1).toString();
            const bool accented = std::any_of(candidate.cbegin(), candidate.cend(), [](QChar c) { return c.unicode() > 0x7f; });
            if (accented && scalar(QStringLiteral("SELECT COUNT(*) FROM service_point WHERE name = ?"), {candidate}).toInt() == 1) {
                target = q.value(0).toLongLong();
                name = candidate;
            }
        }
        q.finish(); // an open statement would keep this connection reading the store as it is now
        QVERIFY2(target != 0, "no accented pharmacy name in the demo city");
        const QString typed = folded(name);
        QVERIFY2(std::all_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.unicode() < 0x80; }), qPrintable(typed));

        // Typed without its accents, key by key: the list follows as the keys come.
        m_driver.typeInto(visibleItem(QStringLiteral("serviceSearch")), typed);
        QTRY_COMPARE(panel()->query(), typed);
        ServiceListModel *results = panel()->results();
        QTRY_VERIFY(results->rowCount() > 0);
        QCOMPARE(results->index(0).data(ServiceListModel::ServiceIdRole).toLongLong(), target);
        QCOMPARE(results->index(0).data(ServiceListModel::NameRole).toString(), name);
        QVERIFY(results->index(0).data(ServiceListModel::MatchedRole).toString().contains(QStringLiteral("name")));
        QVERIFY(visibleItem(QStringLiteral("serviceResult_0")));
        qInfo("search for \"%s\" over %d services: %.3f ms", qPrintable(typed), panel()->serviceCount(), panel()->searchMilliseconds());
        look(QStringLiteral("map-search"));

        // Enter takes the first result: the card opens and the map flies there, close enough to
        // draw the service on its own.
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(panel()->selectedId(), target);
        QTRY_VERIFY(visibleItem(QStringLiteral("serviceCard")));
        QCOMPARE(textOf(QStringLiteral("serviceCardName")), name);
        const QGeoCoordinate where = serviceLocation(target);
        QTRY_VERIFY2(mapCentre().distanceTo(where) < 2, qPrintable(QString::number(mapCentre().distanceTo(where))));
        QVERIFY(mapZoom() >= 17);
        QCOMPARE(layer()->selectedId(), target);

        // The accented spelling finds it as well.
        panel()->setQuery(name);
        QCOMPARE(panel()->results()->index(0).data(ServiceListModel::ServiceIdRole).toLongLong(), target);
        look(QStringLiteral("map-card"));
    }

    void aClickOnAPointOpensItsCardAndOnAClusterZoomsIn()
    {
        click(visibleItem(QStringLiteral("serviceCardClose")));
        QTRY_COMPARE(panel()->selectedId(), qint64(0));
        QVERIFY(!visibleItem(QStringLiteral("serviceCard")));

        const qint64 target = scalar(QStringLiteral("SELECT id FROM service_point WHERE category = 'health-centres' ORDER BY id LIMIT 1")).toLongLong();
        const QGeoCoordinate where = serviceLocation(target);
        setView(where, 18);
        const QPointF at = layer()->fromCoordinate(where);
        const QVariantMap mark = layer()->markAt(at);
        QCOMPARE(mark.value(QStringLiteral("count")).toInt(), 1);
        const qint64 hit = mark.value(QStringLiteral("id")).toLongLong();
        QCOMPARE(hit, target);
        click(layer(), at);
        QTRY_COMPARE(panel()->selectedId(), target);
        QTRY_VERIFY(visibleItem(QStringLiteral("serviceCard")));
        QCOMPARE(textOf(QStringLiteral("serviceCardName")), scalar(QStringLiteral("SELECT name FROM service_point WHERE id = ?"), {target}).toString());
        QVERIFY(textOf(QStringLiteral("serviceCardUpdated")).contains(scalar(QStringLiteral("SELECT updated_by FROM service_point WHERE id = ?"), {target}).toString()));
        m_edited = target;

        // A cluster: the map zooms in around it instead of opening a card.
        click(visibleItem(QStringLiteral("serviceCardClose")));
        QTRY_COMPARE(panel()->selectedId(), qint64(0));
        fitCity();
        const double zoom = mapZoom();
        const QRectF free(0, 0, layer()->width() * 0.7, layer()->height());
        std::optional<QPointF> cluster;
        for (const ServicePointLayer::Mark &m : layer()->marks()) {
            if (m.cluster.count > 1 && free.contains(m.position) && layer()->markAt(m.position).value(QStringLiteral("count")).toInt() > 1) {
                cluster = m.position;
                break;
            }
        }
        QVERIFY(cluster);
        click(layer(), *cluster);
        QTRY_COMPARE(mapZoom(), zoom + 2);
        QCOMPARE(panel()->selectedId(), qint64(0));
    }

    void anEditIsAuditedAndShownInTheHistory()
    {
        QVERIFY(m_edited != 0);
        panel()->setSelectedId(m_edited);
        QTRY_VERIFY(visibleItem(QStringLiteral("serviceCard")));
        const int audits = auditRows(m_edited);

        typeAndSubmit(QStringLiteral("serviceHoursField"), QStringLiteral("Mo-Fr 08:00-21:00"));
        QTRY_COMPARE(scalar(QStringLiteral("SELECT opening_hours FROM service_point WHERE id = ?"), {m_edited}).toString(),
                     QStringLiteral("Mo-Fr 08:00-21:00"));
        QCOMPARE(auditRows(m_edited), audits + 1);
        QSqlQuery row = m_db.prepare(QStringLiteral("SELECT actor, field, new_value FROM audit_log WHERE entity = 'service_point'"
                                                    " AND entity_id = ? ORDER BY id DESC LIMIT 1"));
        row.addBindValue(m_edited);
        QVERIFY(Database::exec(row) && row.next());
        QCOMPARE(row.value(0).toString(), ServicesPanel::actor());
        QCOMPARE(row.value(1).toString(), QStringLiteral("opening_hours"));
        QCOMPARE(row.value(2).toString(), QStringLiteral("Mo-Fr 08:00-21:00"));
        row.finish(); // an open statement would keep this connection reading the store as it is now
        QTRY_VERIFY(textOf(QStringLiteral("serviceHistoryChange_0")).contains(QStringLiteral("Mo-Fr 08:00-21:00")));
        QVERIFY(textOf(QStringLiteral("serviceHistoryChange_0")).startsWith(QStringLiteral("Opening hours")));
        QVERIFY(textOf(QStringLiteral("serviceCardUpdated")).contains(ServicesPanel::actor()));

        // A status change reaches the map's point at once.
        const QString before = scalar(QStringLiteral("SELECT status FROM service_point WHERE id = ?"), {m_edited}).toString();
        QCOMPARE(before, QStringLiteral("open"));
        click(visibleItem(QStringLiteral("serviceStatus_closed")));
        QTRY_COMPARE(scalar(QStringLiteral("SELECT status FROM service_point WHERE id = ?"), {m_edited}).toString(), QStringLiteral("closed"));
        QCOMPARE(auditRows(m_edited), audits + 2);
        QCOMPARE(int(panel()->points()->point(m_edited)->status), int(ServiceStatus::Closed));
        QTRY_VERIFY(textOf(QStringLiteral("serviceCardStatus")).contains(QStringLiteral("Closed")));
        QTRY_COMPARE(textOf(QStringLiteral("serviceHistoryChange_0")), QStringLiteral("Status: Open → Closed"));
        look(QStringLiteral("map-card-edited"));
    }

    void undoRestoresAndARefusedUndoSaysWhy()
    {
        const int audits = auditRows(m_edited);
        click(visibleItem(QStringLiteral("serviceUndo_0")));
        QTRY_COMPARE(scalar(QStringLiteral("SELECT status FROM service_point WHERE id = ?"), {m_edited}).toString(), QStringLiteral("open"));
        QCOMPARE(auditRows(m_edited), audits + 1); // the undo is audited too
        QCOMPARE(int(panel()->points()->point(m_edited)->status), int(ServiceStatus::Open));
        QTRY_COMPARE(textOf(QStringLiteral("serviceHistoryChange_0")), QStringLiteral("Status: Closed → Open"));

        // The hours changed again since the first hours edit: undoing that one is refused.
        typeAndSubmit(QStringLiteral("serviceHoursField"), QStringLiteral("Mo-Sa 10:00-14:00"));
        QTRY_COMPARE(scalar(QStringLiteral("SELECT opening_hours FROM service_point WHERE id = ?"), {m_edited}).toString(),
                     QStringLiteral("Mo-Sa 10:00-14:00"));
        // Newest first: hours, undo of the status, status, first hours.
        QTRY_VERIFY(textOf(QStringLiteral("serviceHistoryChange_3")).contains(QStringLiteral("Mo-Fr 08:00-21:00")));
        const int rows = auditRows(m_edited);
        click(visibleItem(QStringLiteral("serviceUndo_3")));
        QTRY_VERIFY(visibleItem(QStringLiteral("serviceUndoError")));
        QVERIFY2(textOf(QStringLiteral("serviceUndoError")).contains(QStringLiteral("changed again since")),
                 qPrintable(textOf(QStringLiteral("serviceUndoError"))));
        QCOMPARE(auditRows(m_edited), rows);
        QCOMPARE(scalar(QStringLiteral("SELECT opening_hours FROM service_point WHERE id = ?"), {m_edited}).toString(),
                 QStringLiteral("Mo-Sa 10:00-14:00"));
        look(QStringLiteral("map-card-undo-refused"));
    }

    void aRefusedEditShowsTheMessageAndChangesNothing()
    {
        const int audits = auditRows(m_edited);
        const QString hours = scalar(QStringLiteral("SELECT opening_hours FROM service_point WHERE id = ?"), {m_edited}).toString();
        typeAndSubmit(QStringLiteral("serviceHoursField"), QStringLiteral("Mo 09:00-08:00"));
        QTRY_VERIFY(visibleItem(QStringLiteral("serviceHoursError")));
        const QString message = textOf(QStringLiteral("serviceHoursError"));
        QVERIFY2(message.contains(QStringLiteral("closing time 08:00 is before opening time 09:00")), qPrintable(message));
        QCOMPARE(scalar(QStringLiteral("SELECT opening_hours FROM service_point WHERE id = ?"), {m_edited}).toString(), hours);
        QCOMPARE(auditRows(m_edited), audits);
        look(QStringLiteral("map-card-refused"));

        // A capacity that is not a number, then a negative one: both refused beside the field.
        typeAndSubmit(QStringLiteral("serviceCapacityField"), QStringLiteral("many"));
        QTRY_VERIFY(textOf(QStringLiteral("serviceCapacityError")).contains(QStringLiteral("whole number")));
        typeAndSubmit(QStringLiteral("serviceCapacityField"), QStringLiteral("-5"));
        QTRY_VERIFY(textOf(QStringLiteral("serviceCapacityError")).contains(QStringLiteral("cannot be negative")));
        QCOMPARE(auditRows(m_edited), audits);

        // Corrected, both are taken and their messages go.
        typeAndSubmit(QStringLiteral("serviceCapacityField"), QStringLiteral("120"));
        QTRY_COMPARE(scalar(QStringLiteral("SELECT capacity FROM service_point WHERE id = ?"), {m_edited}).toInt(), 120);
        QTRY_VERIFY(!visibleItem(QStringLiteral("serviceCapacityError")));
        QVERIFY(visibleItem(QStringLiteral("serviceHoursError"))); // still about the hours, still unchanged
        typeAndSubmit(QStringLiteral("serviceHoursField"), QStringLiteral("Mo 08:00-09:00"));
        QTRY_VERIFY(!visibleItem(QStringLiteral("serviceHoursError")));
        typeAndSubmit(QStringLiteral("serviceNotesField"), QStringLiteral("Revisado"));
        QTRY_COMPARE(scalar(QStringLiteral("SELECT notes FROM service_point WHERE id = ?"), {m_edited}).toString(), QStringLiteral("Revisado"));
        QCOMPARE(auditRows(m_edited), audits + 3);
    }

    void aPostCodeListsItsServicesAndTheNearestOpen()
    {
        panel()->setSelectedId(0);
        const QString code = scalar(QStringLiteral("SELECT post_code FROM service_point WHERE post_code IS NOT NULL"
                                                   " GROUP BY post_code ORDER BY COUNT(*) DESC, post_code LIMIT 1")).toString();
        QVERIFY(!code.isEmpty());
        // On a weekday morning the pharmacies and health centres are open.
        m_dashboard->timeCursor()->setMoment(localMoment(2, 10));
        QTRY_VERIFY(!m_dashboard->timeCursor()->isLive());

        m_driver.typeInto(visibleItem(QStringLiteral("serviceSearch")), code);
        ServiceListModel *results = panel()->results();
        QTRY_COMPARE(panel()->query(), code);
        QTRY_VERIFY(results->rowCount() > 0);
        QCOMPARE(results->index(0).data(ServiceListModel::KindRole).toString(), QStringLiteral("postcode"));
        QCOMPARE(results->index(0).data(ServiceListModel::NameRole).toString(), code);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(panel()->postCode(), code);
        QTRY_VERIFY(visibleItem(QStringLiteral("postCodePanel")));

        // Outlined, and the map shows it.
        QVERIFY(panel()->postCodeShape()->rowCount() > 0);
        QTRY_COMPARE(outlineParts(), panel()->postCodeShape()->rowCount());
        QTRY_VERIFY2(panel()->postCodeBounds().contains(mapCentre()), qPrintable(QStringLiteral("%1 not in %2 .. %3, zoom %4").arg(mapCentre().toString(), panel()->postCodeBounds().topLeft().toString(), panel()->postCodeBounds().bottomRight().toString()).arg(mapZoom())));

        // Every service with the code is listed, grouped by category in the layer order.
        ServiceListModel *listed = panel()->postCodeServices();
        const int withCode = scalar(QStringLiteral("SELECT COUNT(*) FROM service_point WHERE post_code = ?"), {code}).toInt();
        const int withoutCode = scalar(QStringLiteral("SELECT COUNT(*) FROM service_point WHERE post_code IS NULL OR post_code = ''")).toInt();
        QVERIFY(listed->rowCount() >= withCode && listed->rowCount() <= withCode + withoutCode);
        int lastCategory = -1;
        for (int row = 0; row < listed->rowCount(); ++row) {
            const int category = listed->index(row).data(ServiceListModel::CategoryIndexRole).toInt();
            QVERIFY(category >= lastCategory);
            lastCategory = category;
        }
        QVERIFY(textOf(QStringLiteral("postCodeTitle")).contains(code));

        // The nearest open pharmacy and health centre from its centre, at the time cursor.
        const QVariantMap pharmacy = panel()->nearestPharmacy();
        QVERIFY(!pharmacy.isEmpty());
        const qint64 pharmacyId = pharmacy.value(QStringLiteral("serviceId")).toLongLong();
        QCOMPARE(scalar(QStringLiteral("SELECT category FROM service_point WHERE id = ?"), {pharmacyId}).toString(), QStringLiteral("pharmacies"));
        QVERIFY(scalar(QStringLiteral("SELECT status FROM service_point WHERE id = ?"), {pharmacyId}).toString() != QStringLiteral("closed"));
        QVERIFY(!panel()->nearestHealthCentre().isEmpty());
        look(QStringLiteral("map-postcode"));

        // A row opens its service's card; closing it shows the post code again.
        click(visibleItem(QStringLiteral("postCodeService_0")));
        const qint64 first = listed->index(0).data(ServiceListModel::ServiceIdRole).toLongLong();
        QTRY_COMPARE(panel()->selectedId(), first);
        QTRY_VERIFY(visibleItem(QStringLiteral("serviceCard")));
        QTRY_VERIFY(mapCentre().distanceTo(serviceLocation(first)) < 2); // flown there
        click(visibleItem(QStringLiteral("serviceCardClose")));
        QTRY_VERIFY(visibleItem(QStringLiteral("postCodePanel")));
        click(visibleItem(QStringLiteral("postCodeClose")));
        QTRY_VERIFY(panel()->postCode().isEmpty());
        QCOMPARE(panel()->postCodeShape()->rowCount(), 0);
        QTRY_COMPARE(outlineParts(), 0); // the outline leaves the map with it
        m_dashboard->timeCursor()->setMoment(m_anchor);
    }

    void areasFollowTheTimeCursorAndTheAudience()
    {
        click(visibleItem(QStringLiteral("areaAudience_elderly")));
        QTRY_COMPARE(panel()->audience(), QStringLiteral("elderly"));
        ServiceAreasModel *areas = panel()->areas();
        QVERIFY(areas->rowCount() > 0);
        QCOMPARE(panel()->areaCount(), scalar(QStringLiteral("SELECT COUNT(*) FROM service_point WHERE category = 'recreational-areas'"
                                                             " AND geometry IS NOT NULL")).toInt());

        // What the store's windows say: open to older people (or everyone) at that local hour.
        const auto expectedOpen = [&](qint64 id, int hour) {
            if (scalar(QStringLiteral("SELECT status FROM service_point WHERE id = ?"), {id}).toString() == QStringLiteral("closed"))
                return false;
            const int weekday = 1 << (localMoment(1, hour).toTimeZone(m_zone).date().dayOfWeek() - 1);
            return scalar(QStringLiteral("SELECT COUNT(*) FROM service_window WHERE service_id = ? AND audience IN ('elderly', 'all')"
                                         " AND (weekdays & ?) <> 0 AND opens <= ? AND ? < closes"),
                          {id, weekday, hour * 60, hour * 60}).toInt() > 0;
        };
        QList<int> openCounts;
        bool someChanged = false;
        QHash<qint64, bool> first;
        for (const int hour : {8, 11}) {
            m_dashboard->timeCursor()->setMoment(localMoment(1, hour));
            QTRY_COMPARE(panel()->at(), localMoment(1, hour));
            QSet<qint64> open;
            for (int row = 0; row < areas->rowCount(); ++row) {
                const QModelIndex index = areas->index(row);
                const qint64 id = index.data(ServiceAreasModel::ServiceIdRole).toLongLong();
                const bool shown = index.data(ServiceAreasModel::OpenRole).toBool();
                QVERIFY2(shown == expectedOpen(id, hour), qPrintable(index.data(ServiceAreasModel::NameRole).toString()));
                if (shown)
                    open.insert(id);
                if (first.contains(id))
                    someChanged = someChanged || first.value(id) != shown;
                else
                    first.insert(id, shown);
            }
            QCOMPARE(panel()->openAreaCount(), int(open.size()));
            QTRY_VERIFY(textOf(QStringLiteral("areaLegendOpen")).contains(QStringLiteral("(%1 of %2)").arg(open.size()).arg(panel()->areaCount())));
            openCounts.append(int(open.size()));
            look(QStringLiteral("map-areas-elderly-%1h").arg(hour));
        }
        QVERIFY2(someChanged, "no area opened or closed for older people between 08:00 and 11:00");

        // Everyone: beaches open to all only from noon.
        click(visibleItem(QStringLiteral("areaAudience_all")));
        QTRY_COMPARE(panel()->audience(), QStringLiteral("all"));
        QVERIFY(textOf(QStringLiteral("areaLegendOpen")).contains(QStringLiteral("everyone")));
        m_dashboard->timeCursor()->setMoment(m_anchor);
    }

    void aCardAsksForTheNearestHospitalWithABed()
    {
        panel()->setSelectedId(m_edited);
        QTRY_VERIFY(visibleItem(QStringLiteral("serviceNearestHospital")));
        click(visibleItem(QStringLiteral("serviceNearestHospital")));
        QTRY_COMPARE(m_settings->page(), QStringLiteral("hospitals"));
        QCOMPARE(m_dashboard->hospitals()->nearestOrigin(), panel()->selectedCoordinate());
        m_settings->setPage(QStringLiteral("map"));
        QTRY_VERIFY(visibleItem(QStringLiteral("mapPage")));
    }

    void anImportAddsALayerAndAnExportWritesWhatIsInView()
    {
        const QGeoCoordinate near = serviceLocation(m_edited);
        const QString input = m_dir.filePath(QStringLiteral("defibrillators.geojson"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%1, %2]},
             "properties": {"name": "Desfibrilador Estación Marítima", "address": "Muelle Uno, 1"}},
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%3, %4]},
             "properties": {"name": "Desfibrilador Polideportivo", "address": "Calle del Deporte, 2"}}]})")
                       .arg(near.longitude() + 0.0004).arg(near.latitude()).arg(near.longitude()).arg(near.latitude() + 0.0004)
                       .toUtf8());
        file.close();
        const int before = panel()->serviceCount();
        const QString summary = panel()->importServices(QUrl::fromLocalFile(input), QStringLiteral("defibrillators"));
        QVERIFY2(summary.contains(QStringLiteral("defibrillators")), qPrintable(summary));
        QCOMPARE(panel()->serviceCount(), before + 2);
        QTRY_VERIFY(visibleItem(QStringLiteral("layerToggle_defibrillators")));
        const int index = int(panel()->categorySlugs().indexOf(QStringLiteral("defibrillators")));
        QVERIFY(index >= 7);
        // The new layer has a colour and a shape of its own, like every other.
        QCOMPARE(layer()->categoryShapes().size(), panel()->categorySlugs().size());
        QCOMPARE(layer()->categoryColors().size(), panel()->categorySlugs().size());
        // Its services are found with the others, accents or not.
        panel()->setQuery(QStringLiteral("desfibrilador estacion"));
        QVERIFY(panel()->results()->rowCount() > 0);
        QCOMPARE(panel()->results()->index(0).data(ServiceListModel::NameRole).toString(), QStringLiteral("Desfibrilador Estación Marítima"));
        QCOMPARE(panel()->results()->index(0).data(ServiceListModel::CategorySlugRole).toString(), QStringLiteral("defibrillators"));

        // Export what is in view, with only the new layer shown: its two services.
        setView(near, 16);
        for (int c = 0; c < panel()->categorySlugs().size(); ++c)
            panel()->setCategoryShown(c, c == index);
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        const QString output = m_dir.filePath(QStringLiteral("in-view.geojson"));
        const QString said = panel()->exportInView(QUrl::fromLocalFile(output), layer());
        QVERIFY2(said.startsWith(QStringLiteral("Wrote 2 service")), qPrintable(said));
        QFile written(output);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonArray features = QJsonDocument::fromJson(written.readAll()).object().value(QStringLiteral("features")).toArray();
        QCOMPARE(features.size(), 2);
        for (const QJsonValue &feature : features)
            QCOMPARE(feature.toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("category")).toString(),
                     QStringLiteral("defibrillators"));

        // Everything shown again: the export holds every service in view, as the counts say.
        for (int c = 0; c < panel()->categorySlugs().size(); ++c)
            panel()->setCategoryShown(c, true);
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        int inView = 0;
        for (const QVariant &count : layer()->countsInView())
            inView += count.toInt();
        const QString csv = m_dir.filePath(QStringLiteral("in-view.csv"));
        QVERIFY2(panel()->exportInView(QUrl::fromLocalFile(csv), layer()).contains(QString::number(inView)),
                 qPrintable(QString::number(inView)));

        // The selected service alone.
        panel()->setSelectedId(m_edited);
        const QString one = m_dir.filePath(QStringLiteral("selected.csv"));
        QVERIFY(panel()->exportSelected(QUrl::fromLocalFile(one)).contains(QStringLiteral("1 service")));
        panel()->setSelectedId(0);
    }

    void lightThemeAndLayers()
    {
        m_settings->setTheme(QStringLiteral("light"));
        fitCity();
        look(QStringLiteral("map-services-light"));
        m_settings->setTheme(QStringLiteral("dark"));
    }
};

QTEST_MAIN(TestMapPage)
#include "tst_mappage.moc"
