// The Epidemic page driven like a person would: the real Main.qml offscreen on a demo city
// generated into a temporary store, clicked and keyed at through the items' objectNames, its
// figures checked against plain SQL on the same store.
#include "appsettings.h"
#include "dashboard.h"
#include "epidemicpanel.h"
#include "pagedriver.h"
#include "store/database.h"
#include "timecursor.h"

#include <QApplication>
#include <QFile>
#include <QJSValue>
#include <QGeoCoordinate>
#include <QQmlApplicationEngine>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <limits>
#include <memory>

Q_IMPORT_QML_PLUGIN(AtalayaPlugin)

using namespace atalaya;

/** The Epidemic page end to end: headline against SQL, districts and neighbourhoods, the ranking
 *  and drill-down by table and map, the slider and play button as the app's time cursor, colour
 *  by indicator, a user's scheme file, and an import that changes what is shown. */
class TestEpidemicPage : public QObject
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
    Database m_db; // a second connection, for the expected figures

    EpidemicPanel *panel() const { return m_dashboard->epidemic(); }

    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = m_db.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!Database::exec(query) || !query.next())
            return {};
        return query.value(0);
    }

    /** 7-day incidence per 100,000 of the neighbourhoods matching `filter` on `day`, in SQL. */
    double incidence7(const QDate &day, const QString &filter = QStringLiteral("1 = 1"), const QVariantList &values = {})
    {
        QVariantList all{day.addDays(-6).toString(Qt::ISODate), day.toString(Qt::ISODate)};
        all.append(values);
        const double cases = scalar(QStringLiteral("SELECT SUM(e.cases) FROM epidemic_daily e JOIN region n ON n.id = e.region_id"
                                                   " WHERE n.level = 'neighbourhood' AND e.day BETWEEN ? AND ? AND ") + filter, all).toDouble();
        const double population = scalar(QStringLiteral("SELECT SUM(population) FROM region n WHERE n.level = 'neighbourhood' AND ")
                                             + filter, values).toDouble();
        return cases / population * 1e5;
    }

    QVariant cardValue(const QString &key) const
    {
        QQuickItem *card = m_driver.visibleItem(QStringLiteral("epidemicCard_") + key);
        return card ? card->property("value") : QVariant();
    }

    /** With ATALAYA_SCREENSHOT_DIR set, saves what the window shows, to look at the states the
     *  command line's --screenshot cannot reach (a selection, a level, a palette). */
    void look(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("ATALAYA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        QVERIFY(m_window->grabWindow().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    QString titleText() const
    {
        QQuickItem *title = m_driver.item(QStringLiteral("epidemicTitle"));
        return title ? title->property("text").toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtalayaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("AtalayaEpidemicPage"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));

        m_settings = std::make_unique<AppSettings>();
        m_settings->setPersistent(false);
        m_settings->setPage(QStringLiteral("epidemic"));
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
        QVERIFY(m_driver.visibleItem(QStringLiteral("epidemicPage")));
        QTRY_VERIFY(panel()->isLoaded());
        QVERIFY2(panel()->errorMessage().isEmpty(), qPrintable(panel()->errorMessage()));
        QVERIFY(m_db.open(path).ok());
        // The anchor's day has figures (the demo reports up to its anchor).
        QCOMPARE(panel()->day(), m_anchor.date());
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
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

    void headlineIsTheCityAndMatchesSql()
    {
        QVERIFY(titleText().contains(m_dashboard->cityName()));
        QTRY_VERIFY(cardValue(QStringLiteral("incidence7")).isValid());
        QCOMPARE(qRound(cardValue(QStringLiteral("incidence7")).toDouble() * 10), qRound(incidence7(panel()->day()) * 10));
        // Every indicator has a card, and none of them reads a made-up zero for "not reported".
        QCOMPARE(panel()->headline()->rowCount(), 12);
        const double newCases = scalar(QStringLiteral("SELECT SUM(cases) FROM epidemic_daily e JOIN region n ON n.id = e.region_id"
                                                      " WHERE n.level = 'neighbourhood' AND e.day = ?"),
                                       {panel()->day().toString(Qt::ISODate)}).toDouble();
        QCOMPARE(cardValue(QStringLiteral("newCases")).toDouble(), newCases);
    }

    void districtsAndNeighbourhoods()
    {
        const int districts = scalar(QStringLiteral("SELECT COUNT(*) FROM region WHERE level = 'district'")).toInt();
        const int neighbourhoods = scalar(QStringLiteral("SELECT COUNT(*) FROM region WHERE level = 'neighbourhood'")).toInt();
        QCOMPARE(panel()->regions()->rowCount(), districts);
        m_driver.click(m_driver.visibleItem(QStringLiteral("level_neighbourhood")));
        QTRY_COMPARE(panel()->regions()->rowCount(), neighbourhoods);
        QCOMPARE(panel()->ranking()->rowCount(), neighbourhoods);
        look(QStringLiteral("epidemic-neighbourhoods"));
        QVERIFY(m_driver.item(QStringLiteral("rankingHeading"))->property("text").toString().contains(QStringLiteral("Neighbourhoods")));
        m_driver.click(m_driver.visibleItem(QStringLiteral("level_district")));
        QTRY_COMPARE(panel()->regions()->rowCount(), districts);
    }

    void rankingIsSortedAndDrillsDown()
    {
        const EpidemicRankingModel *ranking = panel()->ranking();
        double previous = std::numeric_limits<double>::infinity();
        for (int row = 0; row < ranking->rowCount(); ++row) {
            const QVariant value = ranking->index(row, 0).data(EpidemicRegionsModel::ValueRole);
            QVERIFY(value.isValid());
            QVERIFY(value.toDouble() <= previous);
            previous = value.toDouble();
            QCOMPARE(ranking->index(row, 0).data(EpidemicRankingModel::RankRole).toInt(), row + 1);
        }
        // The top district's incidence is what SQL says for its neighbourhoods.
        const qint64 top = ranking->index(0, 0).data(EpidemicRegionsModel::RegionIdRole).toLongLong();
        const QString topName = ranking->index(0, 0).data(EpidemicRegionsModel::NameRole).toString();
        QCOMPARE(qRound(ranking->index(0, 0).data(EpidemicRegionsModel::ValueRole).toDouble() * 10),
                 qRound(incidence7(panel()->day(), QStringLiteral("n.parent_id = ?"), {top}) * 10));

        // A screen reader hears each row in words: its rank, name, value, risk and context.
        const QModelIndex first = ranking->index(0, 0);
        const QString description = first.data(EpidemicRegionsModel::DescriptionRole).toString();
        QVERIFY2(description.startsWith(topName + QStringLiteral(", ")), qPrintable(description));
        QVERIFY2(description.contains(first.data(EpidemicRegionsModel::ValueTextRole).toString()), qPrintable(description));
        QVERIFY2(description.contains(first.data(EpidemicRegionsModel::RiskNameRole).toString()), qPrintable(description));
        QVERIFY2(description.contains(first.data(EpidemicRegionsModel::TrendTextRole).toString()), qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("per km²")), qPrintable(description));

        // Keyboard: Tab into the list is the person's way; here the list takes focus and Enter.
        QQuickItem *list = m_driver.visibleItem(QStringLiteral("rankingList"));
        QVERIFY(list);
        list->forceActiveFocus();
        list->setProperty("currentIndex", 0);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(panel()->selectedRegionId(), top);
        QTRY_VERIFY(titleText().contains(topName));
        QCOMPARE(qRound(cardValue(QStringLiteral("incidence7")).toDouble() * 10),
                 qRound(incidence7(panel()->day(), QStringLiteral("n.parent_id = ?"), {top}) * 10));
        look(QStringLiteral("epidemic-selected"));

        // The comparison chart's regions: the highest ones, and always the selected one.
        const qint64 lowest = ranking->index(ranking->rowCount() - 1, 0).data(EpidemicRegionsModel::RegionIdRole).toLongLong();
        panel()->setSelectedRegionId(lowest);
        const QVariantList compared = panel()->comparisonRegions(3);
        QCOMPARE(compared.size(), 3);
        QCOMPARE(compared.first().toMap().value(QStringLiteral("id")).toLongLong(), top);
        QCOMPARE(compared.last().toMap().value(QStringLiteral("id")).toLongLong(), lowest);
        panel()->setSelectedRegionId(top);

        // Escape goes back to the whole city.
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(panel()->selectedRegionId(), qint64(0));
        QTRY_VERIFY(titleText().contains(m_dashboard->cityName()));
    }

    void clickOnTheMapSelectsTheRegionThere()
    {
        QQuickItem *map = m_driver.visibleItem(QStringLiteral("epidemicMap"));
        QVERIFY(map);
        QObject *qtMap = map->property("map").value<QObject *>();
        QVERIFY(qtMap);
        // Selecting a region in the table flew the map there; 0 shows the whole city again.
        map->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_0);
        // The label point of a district is inside it: click where the map draws it.
        const qint64 district = scalar(QStringLiteral("SELECT id FROM region WHERE level = 'district' ORDER BY code LIMIT 1")).toLongLong();
        const QGeoCoordinate label(scalar(QStringLiteral("SELECT centroid_lat FROM region WHERE id = ?"), {district}).toDouble(),
                                   scalar(QStringLiteral("SELECT centroid_lon FROM region WHERE id = ?"), {district}).toDouble());
        QPointF at;
        QVERIFY(QMetaObject::invokeMethod(qtMap, "fromCoordinate", Q_RETURN_ARG(QPointF, at),
                                          Q_ARG(QGeoCoordinate, label), Q_ARG(bool, false)));
        QVERIFY2(QRectF(0, 0, map->width(), map->height()).contains(at), "the district's label point is off the map");
        m_driver.click(map, at);
        QTRY_COMPARE(panel()->selectedRegionId(), district);
        panel()->setSelectedRegionId(0);
    }

    void sliderAndPlayMoveTheOneTimeCursor()
    {
        QQuickItem *slider = m_driver.visibleItem(QStringLiteral("daySlider"));
        QVERIFY(slider);
        const QDate before = panel()->day();
        // The slider inside DaySlider takes the keys.
        QQuickItem *handle = m_driver.visibleItem(QStringLiteral("dayScale"));
        QVERIFY(handle);
        handle->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_Left);
        QTRY_COMPARE(panel()->day(), before.addDays(-1));
        QVERIFY(!m_dashboard->timeCursor()->isLive());
        QCOMPARE(m_dashboard->timeCursor()->time().toUTC().date(), before.addDays(-1));
        QTest::keyClick(m_window, Qt::Key_PageDown);
        QTRY_COMPARE(panel()->day(), before.addDays(-8));

        // The map's values follow the day: every region shows its series' value on it.
        for (int row = 0; row < panel()->regions()->rowCount(); ++row) {
            const QModelIndex index = panel()->regions()->index(row);
            const qint64 id = index.data(EpidemicRegionsModel::RegionIdRole).toLongLong();
            QCOMPARE(qRound(index.data(EpidemicRegionsModel::ValueRole).toDouble() * 10),
                     qRound(incidence7(before.addDays(-8), QStringLiteral("n.parent_id = ?"), {id}) * 10));
        }

        // Play replays forward a day at a time; a second press stops it.
        m_driver.click(m_driver.visibleItem(QStringLiteral("playButton")));
        QTRY_VERIFY_WITH_TIMEOUT(panel()->day() >= before.addDays(-6), 5000);
        m_driver.click(m_driver.visibleItem(QStringLiteral("playButton")));
        const QDate stopped = panel()->day();
        QTest::qWait(800);
        QCOMPARE(panel()->day(), stopped);
        m_dashboard->timeCursor()->setMoment(m_anchor);
        QTRY_COMPARE(panel()->day(), m_anchor.date());
    }

    void comparisonFollowsTheDayOnceTheSliderRests()
    {
        // The incidence chart compares the regions highest on the day shown. A step of the slider
        // only moves the cursor; the lines follow the day once the slider rests.
        QQuickItem *incidence = m_driver.visibleItem(QStringLiteral("incidenceChart"));
        QVERIFY(incidence);
        const int limit = incidence->property("comparisonLimit").toInt();
        auto drawnIds = [incidence] {
            QList<qint64> ids;
            for (const QVariant &line : incidence->property("regionLines").value<QJSValue>().toVariant().toList())
                ids.append(line.toMap().value(QStringLiteral("id")).toLongLong());
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        auto highestIds = [this, limit] {
            QList<qint64> ids;
            for (const QVariant &region : panel()->comparisonRegions(limit))
                ids.append(region.toMap().value(QStringLiteral("id")).toLongLong());
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QCOMPARE(highestIds().size(), limit);
        QTRY_COMPARE(drawnIds(), highestIds());

        // Back a day at a time to a day whose highest regions are others.
        const QList<qint64> before = drawnIds();
        TimeCursor *cursor = m_dashboard->timeCursor();
        for (int day = 1; day <= 120 && highestIds() == before; ++day)
            cursor->setMoment(m_anchor.addDays(-day));
        QVERIFY2(highestIds() != before, "no day in the last 120 has other highest regions");
        QCOMPARE(drawnIds(), before); // the step itself made no lines
        QTRY_COMPARE(drawnIds(), highestIds());
        cursor->setMoment(m_anchor);
        QTRY_COMPARE(drawnIds(), highestIds());
    }

    void colourByIndicatorUsesClassesFromTheHistory()
    {
        QVERIFY(panel()->colourByRisk());
        const int levels = int(panel()->riskLevels().size());
        QCOMPARE(panel()->classCount(), levels);
        m_driver.click(m_driver.visibleItem(QStringLiteral("colourBy_indicator")));
        QTRY_VERIFY(!panel()->colourByRisk());
        QVERIFY(panel()->classCount() >= 2 && panel()->classCount() <= 5);
        // Classes rise with the value.
        QList<std::pair<double, int>> seen;
        for (int row = 0; row < panel()->regions()->rowCount(); ++row) {
            const QModelIndex index = panel()->regions()->index(row);
            seen.append({index.data(EpidemicRegionsModel::ValueRole).toDouble(), index.data(EpidemicRegionsModel::ColourClassRole).toInt()});
        }
        std::sort(seen.begin(), seen.end());
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i).second >= seen.at(i - 1).second);
        QVERIFY(seen.first().second >= 0 && seen.last().second < panel()->classCount());
        m_settings->setColourBlindPalette(true);
        m_settings->setTheme(QStringLiteral("light"));
        look(QStringLiteral("epidemic-indicator-colourblind-light"));
        m_settings->setColourBlindPalette(false);
        m_settings->setTheme(QStringLiteral("dark"));
        m_driver.click(m_driver.visibleItem(QStringLiteral("colourBy_risk")));
        QTRY_VERIFY(panel()->colourByRisk());
    }

    void aUsersSchemeFileIsOfferedAndChosen()
    {
        const QString path = m_dir.filePath(QStringLiteral("schemes.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"schemes": [
            {"key": "strict", "name": "Strict", "levels": [{"key": "calm", "name": "Calm"}, {"key": "alarm", "name": "Alarm"}],
             "rules": [{"metric": "incidence7", "thresholds": [1]}]},
            {"key": "broken", "name": "Broken", "levels": [{"key": "only", "name": "Only"}]}
        ]})");
        file.close();
        const QString message = panel()->loadSchemeFile(QUrl::fromLocalFile(path));
        QVERIFY2(message.contains(QStringLiteral("Loaded 1 scheme")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("broken")), qPrintable(message)); // the bad one is named
        QCOMPARE(panel()->schemeKey(), QStringLiteral("strict"));
        QCOMPARE(m_settings->riskSchemeFile(), path);
        QQuickItem *box = m_driver.visibleItem(QStringLiteral("schemeBox"));
        QVERIFY(box);
        QTRY_COMPARE(box->property("currentText").toString(), QStringLiteral("Strict"));
        // Every district is above 1 case per 100,000: every one is at "Alarm".
        for (int row = 0; row < panel()->regions()->rowCount(); ++row)
            QCOMPARE(panel()->regions()->index(row).data(EpidemicRegionsModel::RiskNameRole).toString(), QStringLiteral("Alarm"));
        panel()->setSchemeKey(QStringLiteral("cdc2021"));
        QCOMPARE(panel()->schemeKey(), QStringLiteral("cdc2021"));
    }

    void anImportChangesWhatIsShown()
    {
        // A correction of one neighbourhood's cases on the day: the district's figure follows.
        const QString code = scalar(QStringLiteral("SELECT code FROM region WHERE level = 'neighbourhood' ORDER BY code LIMIT 1")).toString();
        const qint64 district = scalar(QStringLiteral("SELECT parent_id FROM region WHERE level = 'neighbourhood' AND code = ?"), {code}).toLongLong();
        const QString path = m_dir.filePath(QStringLiteral("correction.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("codigo;fecha;casos\n%1;%2;5000\n").arg(code, panel()->day().toString(QStringLiteral("dd/MM/yyyy"))).toUtf8());
        file.close();
        const QString summary = panel()->importFigures(QUrl::fromLocalFile(path));
        QVERIFY2(summary.contains(QStringLiteral("1")), qPrintable(summary));
        QTRY_VERIFY(panel()->isLoaded());
        double shown = -1;
        for (int row = 0; row < panel()->regions()->rowCount(); ++row) {
            const QModelIndex index = panel()->regions()->index(row);
            if (index.data(EpidemicRegionsModel::RegionIdRole).toLongLong() == district)
                shown = index.data(EpidemicRegionsModel::ValueRole).toDouble();
        }
        QCOMPARE(qRound(shown * 10), qRound(incidence7(panel()->day(), QStringLiteral("n.parent_id = ?"), {district}) * 10));
        QVERIFY(scalar(QStringLiteral("SELECT cases FROM epidemic_daily e JOIN region n ON n.id = e.region_id"
                                      " WHERE n.code = ? AND n.level = 'neighbourhood' AND e.day = ?"),
                       {code, panel()->day().toString(Qt::ISODate)}).toInt() == 5000);
    }
};

QTEST_MAIN(TestEpidemicPage)
#include "tst_epidemicpage.moc"
