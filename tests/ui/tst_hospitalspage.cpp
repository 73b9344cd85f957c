// The Hospitals page driven like a person would: the real Main.qml offscreen on a demo city
// generated into a temporary store, clicked and typed at through the items' objectNames, checked
// against the adapters (Dashboard.hospitals and the table's filter model).
#include "appsettings.h"
#include "dashboard.h"
#include "hospitalsfiltermodel.h"
#include "hospitalsmodel.h"
#include "hospitalspanel.h"
#include "nearestmodel.h"
#include "timecursor.h"
#include "pagedriver.h"

#include <QApplication>
#include <QGeoCoordinate>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

Q_IMPORT_QML_PLUGIN(AtalayaPlugin)

using namespace atalaya;

/** The Hospitals page end to end in one process: search, level and freshness filters, sorting,
 *  selecting a row flies the map, nearest with capacity and its line, the bed-type toggle, the
 *  thresholds popup and an import that widens the time cursor's range. */
class TestHospitalsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDateTime m_anchor{QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC};
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Dashboard> m_dashboard;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    HospitalsPanel *panel() const { return m_dashboard->hospitals(); }

    PageDriver m_driver;

    QQuickItem *item(const QString &name) const { return m_driver.item(name); }
    QQuickItem *visibleItem(const QString &name) const { return m_driver.visibleItem(name); }
    void click(QQuickItem *target, std::optional<QPointF> local = std::nullopt) { m_driver.click(target, local); }

    HospitalsFilterModel *rows() const
    {
        QQuickItem *list = item(QStringLiteral("hospitalList"));
        return list ? qobject_cast<HospitalsFilterModel *>(list->property("model").value<QObject *>()) : nullptr;
    }

    static QVariant data(const QAbstractItemModel *model, int row, int role)
    {
        return model->index(row, 0).data(role);
    }

    int countInSource(const std::function<bool(const QModelIndex &)> &keep) const
    {
        const HospitalsModel *source = panel()->model();
        int n = 0;
        for (int row = 0; row < source->rowCount(); ++row)
            n += keep(source->index(row)) ? 1 : 0;
        return n;
    }

    QString countText() const
    {
        QQuickItem *count = item(QStringLiteral("hospitalCount"));
        return count ? count->property("text").toString() : QString();
    }

    QGeoCoordinate mapCentre() const
    {
        QQuickItem *view = item(QStringLiteral("hospitalMap"));
        QObject *map = view ? view->property("map").value<QObject *>() : nullptr;
        return map ? map->property("center").value<QGeoCoordinate>() : QGeoCoordinate();
    }

    void typeInto(QQuickItem *field, const QString &text) { m_driver.typeInto(field, text); }

    /** A spin box's editable text, typed over and left with Tab so that the value is taken. */
    void typeIntoSpinBox(const QString &name, int value)
    {
        QQuickItem *spin = visibleItem(name);
        QVERIFY(spin);
        auto *text = spin->property("contentItem").value<QQuickItem *>();
        QVERIFY(text);
        typeInto(text, QString::number(value));
        QTest::keyClick(m_window, Qt::Key_Tab);
        QTRY_COMPARE(spin->property("value").toInt(), value);
    }

    QHash<QString, int> levelCounts() const
    {
        QHash<QString, int> counts;
        const HospitalsModel *source = panel()->model();
        for (int row = 0; row < source->rowCount(); ++row)
            ++counts[data(source, row, HospitalsModel::LevelRole).toString()];
        return counts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtalayaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("AtalayaHospitalsPage"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));

        m_settings = std::make_unique<AppSettings>();
        m_settings->setPersistent(false);
        m_settings->setPage(QStringLiteral("hospitals"));
        AppSettings::setInstance(m_settings.get());

        m_dashboard = std::make_unique<Dashboard>(m_dir.filePath(QStringLiteral("city.db")), DemoCityOptions{7, m_anchor});
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
        QCOMPARE(m_dashboard->timeCursor()->time(), m_anchor);

        QVERIFY(visibleItem(QStringLiteral("hospitalsPage")));
        QVERIFY(rows());
        QTRY_VERIFY(panel()->model()->rowCount() > 3);
        QTRY_COMPARE(rows()->rowCount(), panel()->model()->rowCount());
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        Dashboard::setInstance(nullptr);
        m_dashboard.reset();
        AppSettings::setInstance(nullptr);
        m_settings.reset();
    }

    void searchFiltersTheList()
    {
        HospitalsFilterModel *model = rows();
        const int total = model->rowCount();
        QVERIFY(countText().contains(QString::number(total)));

        // A word that some hospitals have in their name, institution or district and others not.
        const QList<int> roles{HospitalsModel::NameRole, HospitalsModel::InstitutionRole, HospitalsModel::DistrictRole};
        const auto matches = [&](const QModelIndex &index, const QString &word) {
            return std::any_of(roles.cbegin(), roles.cend(), [&](int role) {
                return index.data(role).toString().contains(word, Qt::CaseInsensitive);
            });
        };
        QString word;
        int expected = 0;
        for (int row = 0; row < total && word.isEmpty(); ++row) {
            for (const QString &candidate : data(model, row, HospitalsModel::NameRole).toString().split(QLatin1Char(' '))) {
                const bool plain = std::all_of(candidate.cbegin(), candidate.cend(),
                                               [](QChar c) { return c.isLetter() && c.unicode() < 0x80; });
                if (candidate.size() < 4 || !plain) // typed key by key: plain letters only
                    continue;
                const int n = countInSource([&](const QModelIndex &index) { return matches(index, candidate); });
                if (n > 0 && n < total) {
                    word = candidate;
                    expected = n;
                    break;
                }
            }
        }
        QVERIFY2(!word.isEmpty(), "no word tells the demo city's hospitals apart");

        typeInto(visibleItem(QStringLiteral("hospitalSearch")), word.toLower());
        QTRY_COMPARE(model->rowCount(), expected);
        QTRY_VERIFY2(countText().contains(QString::number(expected)), qPrintable(countText()));
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY2(matches(model->index(row, 0), word), qPrintable(data(model, row, HospitalsModel::NameRole).toString()));
        // What the list draws is what the model holds.
        QQuickItem *list = visibleItem(QStringLiteral("hospitalList"));
        QTRY_COMPARE(list->property("count").toInt(), expected);
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        for (int row = 0; row < expected; ++row) {
            QQuickItem *delegate = nullptr;
            QVERIFY(QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, delegate), Q_ARG(int, row)));
            if (delegate) // rows below the fold have none
                QCOMPARE(delegate->property("name").toString(), data(model, row, HospitalsModel::NameRole).toString());
        }

        // Nothing matches: the list says so.
        typeInto(visibleItem(QStringLiteral("hospitalSearch")), QStringLiteral("zzqqxx"));
        QTRY_COMPARE(model->rowCount(), 0);
        QTRY_VERIFY(visibleItem(QStringLiteral("hospitalEmpty")));

        typeInto(visibleItem(QStringLiteral("hospitalSearch")), QString());
        QTRY_COMPARE(model->rowCount(), total);
        QTRY_VERIFY(countText().contains(QString::number(total)));
        QTRY_VERIFY(!visibleItem(QStringLiteral("hospitalEmpty")));
    }

    void levelFilterAndHideStale()
    {
        HospitalsFilterModel *model = rows();
        const int total = model->rowCount();
        QQuickItem *combo = visibleItem(QStringLiteral("levelFilter"));
        QVERIFY(combo);
        auto *popup = combo->property("popup").value<QObject *>();
        QVERIFY(popup);

        // Open the list, go down to "■ Low only" (the fourth entry) and take it.
        click(combo);
        QTRY_VERIFY(popup->property("opened").toBool());
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(m_window, Qt::Key_Down);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(!popup->property("visible").toBool());
        QCOMPARE(model->levels(), QStringList{QStringLiteral("low")});
        const int low = countInSource([](const QModelIndex &i) { return i.data(HospitalsModel::LevelRole).toString() == u"low"; });
        QTRY_COMPARE(model->rowCount(), low);
        QTRY_VERIFY2(countText().contains(QString::number(low)), qPrintable(countText()));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(data(model, row, HospitalsModel::LevelRole).toString(), QStringLiteral("low"));

        // Back to every level.
        click(combo);
        QTRY_VERIFY(popup->property("opened").toBool());
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(m_window, Qt::Key_Up);
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY(!popup->property("visible").toBool());
        QVERIFY(model->levels().isEmpty());
        QTRY_COMPARE(model->rowCount(), total);

        const int stale = countInSource([](const QModelIndex &i) { return i.data(HospitalsModel::StaleRole).toBool(); });
        QQuickItem *hideStale = visibleItem(QStringLiteral("hideStale"));
        click(hideStale);
        QTRY_VERIFY(model->hideStale());
        QTRY_COMPARE(model->rowCount(), total - stale);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(!data(model, row, HospitalsModel::StaleRole).toBool());
        click(hideStale);
        QTRY_VERIFY(!model->hideStale());
        QTRY_COMPARE(model->rowCount(), total);
    }

    void sortHeadersReorder()
    {
        HospitalsFilterModel *model = rows();
        const HospitalsModel *source = panel()->model();
        QStringList names;
        QList<double> occupancies;
        for (int row = 0; row < source->rowCount(); ++row) {
            names.append(data(source, row, HospitalsModel::NameRole).toString());
            const QVariant occupancy = data(source, row, HospitalsModel::OccupancyPercentRole);
            if (occupancy.isValid() && !occupancy.isNull())
                occupancies.append(occupancy.toDouble());
        }
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
        QVERIFY(!occupancies.isEmpty());
        const auto [lowest, highest] = std::minmax_element(occupancies.cbegin(), occupancies.cend());
        const auto firstName = [&] { return data(model, 0, HospitalsModel::NameRole).toString(); };
        const auto firstOccupancy = [&] { return data(model, 0, HospitalsModel::OccupancyPercentRole).toDouble(); };

        QCOMPARE(model->sortKey(), QStringLiteral("name"));
        QCOMPARE(firstName(), names.constFirst());
        click(visibleItem(QStringLiteral("sortName"))); // the sorted column again: the other way
        QTRY_VERIFY(model->descending());
        QCOMPARE(firstName(), names.constLast());

        click(visibleItem(QStringLiteral("sortOccupancy")));
        QTRY_COMPARE(model->sortKey(), QStringLiteral("occupancyPercent"));
        QVERIFY(!model->descending());
        QCOMPARE(firstOccupancy(), *lowest);
        click(visibleItem(QStringLiteral("sortOccupancy")));
        QTRY_VERIFY(model->descending());
        QCOMPARE(firstOccupancy(), *highest);
        // Rows without an occupancy stay last in both directions.
        const QVariant last = data(model, model->rowCount() - 1, HospitalsModel::OccupancyPercentRole);
        if (occupancies.size() < model->rowCount())
            QVERIFY(!last.isValid() || last.isNull());

        click(visibleItem(QStringLiteral("sortName")));
        QTRY_COMPARE(model->sortKey(), QStringLiteral("name"));
        QVERIFY(!model->descending());
        QCOMPARE(firstName(), names.constFirst());
    }

    void clickingARowSelectsItAndFliesTheMap()
    {
        HospitalsFilterModel *model = rows();
        QQuickItem *list = visibleItem(QStringLiteral("hospitalList"));
        QVERIFY(list);
        // The hospital farthest from the map's centre, among the rows on screen.
        const QGeoCoordinate before = mapCentre();
        QVERIFY(before.isValid());
        int row = -1;
        double farthest = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            QQuickItem *delegate = nullptr;
            QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, delegate), Q_ARG(int, r));
            if (!delegate || delegate->y() + delegate->height() > list->property("contentY").toDouble() + list->height())
                continue;
            const auto coordinate = data(model, r, HospitalsModel::CoordinateRole).value<QGeoCoordinate>();
            if (coordinate.isValid() && coordinate.distanceTo(before) > farthest) {
                farthest = coordinate.distanceTo(before);
                row = r;
            }
        }
        QVERIFY(row >= 0);
        QVERIFY(farthest > 200);
        const qint64 id = model->hospitalIdAt(row);
        QQuickItem *delegate = nullptr;
        QVERIFY(QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, delegate), Q_ARG(int, row)));
        click(delegate);
        QTRY_COMPARE(panel()->selectedId(), id);
        QCOMPARE(panel()->selectedName(), data(model, row, HospitalsModel::NameRole).toString());
        QTRY_VERIFY(delegate->property("selected").toBool());
        const QGeoCoordinate target = panel()->selectedCoordinate();
        QVERIFY(target.isValid());
        // The map flies there (an animation of a fraction of a second).
        QTRY_VERIFY_WITH_TIMEOUT(mapCentre().distanceTo(target) < 5, 5000);
    }

    void nearestFromTheMap()
    {
        QVERIFY(panel()->selectedId() != 0);
        NearestModel *nearest = panel()->nearest();
        QQuickItem *map = visibleItem(QStringLiteral("hospitalMap"));
        QVERIFY(map);
        QVERIFY(!visibleItem(QStringLiteral("nearestList")));
        QVERIFY(visibleItem(QStringLiteral("nearestFromDistrict")));

        // A click on the map asks from that point (and gives the map the keyboard).
        click(map, QPointF(map->width() * 0.8, map->height() * 0.8));
        QTRY_VERIFY(panel()->nearestOrigin().isValid());
        QTRY_VERIFY(map->hasActiveFocus());
        QVERIFY(panel()->nearestOriginText().startsWith(QStringLiteral("From the point")));

        // N: from the centre of the selected hospital's district.
        QTest::keyClick(m_window, Qt::Key_N);
        QTRY_VERIFY(panel()->nearestOriginText().contains(panel()->selectedDistrict()));
        QTRY_VERIFY(visibleItem(QStringLiteral("nearestList")));
        QVERIFY(!visibleItem(QStringLiteral("nearestFromDistrict")));
        QVERIFY(nearest->rowCount() > 0);
        QVERIFY(nearest->rowCount() <= 5);
        double previous = -1;
        for (int row = 0; row < nearest->rowCount(); ++row) {
            const QModelIndex index = nearest->index(row);
            QCOMPARE(index.data(NearestModel::RankRole).toInt(), row + 1);
            const double km = index.data(NearestModel::DistanceKmRole).toDouble();
            QVERIFY2(km >= previous, "the nearest list is not ordered by distance");
            previous = km;
            QVERIFY(index.data(NearestModel::FreeBedsRole).toInt() > 0);
            QVERIFY2(visibleItem(QStringLiteral("nearest%1").arg(row + 1)), "a nearest hospital is not shown");
        }
        QVERIFY(!item(QStringLiteral("nearest%1").arg(nearest->rowCount() + 1)));
        const QVariantList route = panel()->routePath();
        QCOMPARE(route.size(), 2);
        QCOMPARE(route.constFirst().value<QGeoCoordinate>(), panel()->nearestOrigin());
        const auto firstNearest = nearest->index(0).data(NearestModel::CoordinateRole).value<QGeoCoordinate>();
        QVERIFY(route.constLast().value<QGeoCoordinate>().distanceTo(firstNearest) < 1);
        QVERIFY(visibleItem(QStringLiteral("travelModelNote")));

        // Esc clears the list and the line.
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!panel()->nearestOrigin().isValid());
        QCOMPARE(nearest->rowCount(), 0);
        QVERIFY(panel()->routePath().isEmpty());
        QTRY_VERIFY(!visibleItem(QStringLiteral("nearestList")));

        // C: from the map centre; choosing the first flies there; the close button clears.
        QTest::keyClick(m_window, Qt::Key_C);
        QTRY_VERIFY(panel()->nearestOrigin().isValid());
        QVERIFY(panel()->nearestOrigin().distanceTo(mapCentre()) < 5);
        QTRY_VERIFY(visibleItem(QStringLiteral("nearest1")));
        const qint64 firstId = nearest->index(0).data(NearestModel::HospitalIdRole).toLongLong();
        click(visibleItem(QStringLiteral("nearest1")));
        QTRY_COMPARE(panel()->selectedId(), firstId);
        click(visibleItem(QStringLiteral("closeNearest")));
        QTRY_VERIFY(!panel()->nearestOrigin().isValid());
        QTRY_VERIFY(!visibleItem(QStringLiteral("nearestList")));
    }

    void bedTypeToggleSwitchesToIcu()
    {
        QQuickItem *kpi = visibleItem(QStringLiteral("kpiBedsFree"));
        QVERIFY(kpi);
        QCOMPARE(panel()->bedType(), QStringLiteral("general"));
        QCOMPARE(kpi->property("title").toString(), QStringLiteral("Free general beds"));
        const QVariant general = panel()->freeBeds();
        QCOMPARE(kpi->property("value"), general);

        click(visibleItem(QStringLiteral("bedType_icu")));
        QTRY_COMPARE(panel()->bedType(), QStringLiteral("icu"));
        QTRY_COMPARE(kpi->property("title").toString(), QStringLiteral("Free ICU beds"));
        const QVariant icu = panel()->freeBeds();
        QVERIFY(icu.isValid());
        QVERIFY(icu != general);
        QTRY_COMPARE(kpi->property("value"), icu);
        QCOMPARE(kpi->property("valueText").toString(), QLocale().toString(icu.toInt()));
        QCOMPARE(visibleItem(QStringLiteral("kpiOccupancy"))->property("title").toString(), QStringLiteral("ICU beds in use"));
        QCOMPARE(visibleItem(QStringLiteral("bedType_icu"))->property("checked").toBool(), true);
        // Remembered for the next run.
        QCOMPARE(AppSettings::instance()->bedType(), QStringLiteral("icu"));

        click(visibleItem(QStringLiteral("bedType_general")));
        QTRY_COMPARE(panel()->bedType(), QStringLiteral("general"));
        QTRY_COMPARE(kpi->property("value"), general);
        QCOMPARE(AppSettings::instance()->bedType(), QStringLiteral("general"));
    }

    void thresholdsPopupRefusesThenApplies()
    {
        QCOMPARE(panel()->mediumFromPercent(), 25.0);
        QCOMPARE(panel()->lowAbovePercent(), 80.0);
        const QHash<QString, int> before = levelCounts();

        click(visibleItem(QStringLiteral("thresholdsButton")));
        QTRY_VERIFY(visibleItem(QStringLiteral("mediumFromSpin")));
        QQuickItem *medium = visibleItem(QStringLiteral("mediumFromSpin"));
        QCOMPARE(medium->property("value").toInt(), 25);
        QCOMPARE(visibleItem(QStringLiteral("lowAboveSpin"))->property("value").toInt(), 80);
        QVERIFY(!visibleItem(QStringLiteral("thresholdMessage")));

        // Medium from 90 % and low above 50 %: refused, with the reason, and the popup stays.
        typeIntoSpinBox(QStringLiteral("mediumFromSpin"), 90);
        typeIntoSpinBox(QStringLiteral("lowAboveSpin"), 50);
        click(visibleItem(QStringLiteral("applyThresholds")));
        QTRY_VERIFY(visibleItem(QStringLiteral("thresholdMessage")));
        const QString message = visibleItem(QStringLiteral("thresholdMessage"))->property("text").toString();
        QVERIFY2(message.contains(QStringLiteral("90")) && message.contains(QStringLiteral("50")), qPrintable(message));
        QCOMPARE(panel()->thresholdMessage(), message);
        QCOMPARE(panel()->mediumFromPercent(), 25.0);
        QCOMPARE(panel()->lowAbovePercent(), 80.0);
        QVERIFY(visibleItem(QStringLiteral("mediumFromSpin")));

        // Escape gives up; the next opening starts from the thresholds in force, without the
        // old refusal.
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!visibleItem(QStringLiteral("mediumFromSpin")));
        click(visibleItem(QStringLiteral("thresholdsButton")));
        QTRY_VERIFY(visibleItem(QStringLiteral("mediumFromSpin")));
        QCOMPARE(visibleItem(QStringLiteral("mediumFromSpin"))->property("value").toInt(), 25);
        QCOMPARE(visibleItem(QStringLiteral("lowAboveSpin"))->property("value").toInt(), 80);
        QVERIFY(!visibleItem(QStringLiteral("thresholdMessage")));
        QVERIFY(panel()->thresholdMessage().isEmpty());

        // Medium from 10 %, low above 50 %: applied, the popup closes, the levels change.
        typeIntoSpinBox(QStringLiteral("mediumFromSpin"), 10);
        typeIntoSpinBox(QStringLiteral("lowAboveSpin"), 50);
        click(visibleItem(QStringLiteral("applyThresholds")));
        QTRY_VERIFY(!visibleItem(QStringLiteral("mediumFromSpin")));
        QCOMPARE(panel()->mediumFromPercent(), 10.0);
        QCOMPARE(panel()->lowAbovePercent(), 50.0);
        QVERIFY(panel()->thresholdMessage().isEmpty());
        QCOMPARE(AppSettings::instance()->bedMediumFrom(), 0.10);
        QCOMPARE(AppSettings::instance()->bedLowAbove(), 0.50);
        const QHash<QString, int> after = levelCounts();
        QVERIFY2(after != before, "new thresholds changed no hospital's level");
        QVERIFY(after.value(QStringLiteral("low")) >= before.value(QStringLiteral("low")));


        panel()->resetThresholds();
        QCOMPARE(levelCounts(), before);
    }

    void importAddsHospitalsAndWidensTheTimeRange()
    {
        const QString file = QFINDTESTDATA("../data/hospitals/levels.csv");
        QVERIFY(!file.isEmpty());
        TimeCursor *cursor = m_dashboard->timeCursor();
        const QDateTime firstReport(QDate(2024, 3, 1), QTime(0, 0), QTimeZone::UTC);
        const QDateTime earliestBefore = cursor->earliest();
        const QDateTime latestBefore = cursor->latest();
        QVERIFY2(earliestBefore > firstReport.addDays(1), "the file's reports are already inside the demo city's range");
        const int hospitalsBefore = panel()->model()->rowCount();

        const QString summary = panel()->importHospitals(QUrl::fromLocalFile(file));
        QVERIFY2(summary.startsWith(QStringLiteral("Imported")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Hospitals created")));

        QTRY_VERIFY(panel()->model()->rowCount() > hospitalsBefore);
        const int hospitalsAfter = panel()->model()->rowCount();
        QTRY_COMPARE(rows()->rowCount(), hospitalsAfter);
        QTRY_VERIFY2(countText().contains(QString::number(hospitalsAfter)), qPrintable(countText()));
        // The time cursor can now replay the file's days, and stays where it was.
        QVERIFY2(cursor->earliest() <= firstReport, qPrintable(cursor->earliest().toString(Qt::ISODate)));
        QCOMPARE(cursor->latest(), latestBefore);
        QCOMPARE(cursor->time(), m_anchor);

        const auto rowNamed = [this](const QString &name) {
            for (int row = 0; row < rows()->rowCount(); ++row) {
                if (data(rows(), row, HospitalsModel::NameRole).toString() == name)
                    return row;
            }
            return -1;
        };
        const QString imported = QStringLiteral("Clínica San Rafael");
        typeInto(visibleItem(QStringLiteral("hospitalSearch")), QStringLiteral("san rafael"));
        QTRY_VERIFY(rows()->rowCount() < hospitalsAfter);
        QTRY_VERIFY(rowNamed(imported) >= 0);
        QVERIFY(!data(rows(), rowNamed(imported), HospitalsModel::HasReportRole).toBool()
                || data(rows(), rowNamed(imported), HospitalsModel::StaleRole).toBool());

        // Back to noon of the file's first day (before the demo city's history): its "Media"
        // report is current there.
        const QDateTime firstNoon = firstReport.addSecs(12 * 3600);
        cursor->setMoment(firstNoon);
        QCOMPARE(cursor->time(), firstNoon);
        QTRY_COMPARE(panel()->at(), firstNoon);
        QTRY_VERIFY(rowNamed(imported) >= 0);
        QVERIFY(data(rows(), rowNamed(imported), HospitalsModel::HasReportRole).toBool());
        QVERIFY(!data(rows(), rowNamed(imported), HospitalsModel::StaleRole).toBool());
        QCOMPARE(data(rows(), rowNamed(imported), HospitalsModel::LevelRole).toString(), QStringLiteral("medium"));
        typeInto(visibleItem(QStringLiteral("hospitalSearch")), QString());
        cursor->setMoment(m_anchor);
    }
};

int main(int argc, char *argv[])
{
    // Qt Charts (the trends) draws through QGraphicsView: it needs a QApplication.
    QApplication app(argc, argv);
    TestHospitalsPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hospitalspage.moc"
