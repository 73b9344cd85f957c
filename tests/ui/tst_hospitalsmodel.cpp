// Qt Test of the Hospitals page's adapters: HospitalsModel, HospitalsFilterModel, NearestModel
// and HospitalsPanel, over a hand-made store whose every figure is known and over the demo city.
#include "demo/democity.h"
#include "hospitalsfiltermodel.h"
#include "hospitalsmodel.h"
#include "hospitalspanel.h"
#include "nearestmodel.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QGeoCoordinate>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <QTimeZone>

using namespace atalaya;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);

bool exec(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query = db.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return Database::exec(query);
}

/** Five hospitals on a north-south line, 1.1 km apart:
 *  Alpha    general 10/100 (90 % in use, low),  ICU 5/10, 1 h old
 *  Beta     general 80/100 (20 %, high),        ICU 0/10, 2 h old
 *  Clínica Gamma  a level only ("Crítica"),     1 h old
 *  Delta    no report at all
 *  Epsilon  general 50/100, ICU 2/4, 3 days old (stale) */
bool fillHandMade(Database &db)
{
    const QString square = QStringLiteral(
        R"({"type":"Polygon","coordinates":[[[-3.1,39.9],[-2.9,39.9],[-2.9,40.1],[-3.1,40.1],[-3.1,39.9]]]})");
    if (!exec(db, QStringLiteral("INSERT INTO region (id, level, code, name, geometry, centroid_lat, centroid_lon,"
                                 " min_lat, min_lon, max_lat, max_lon) VALUES (1, 'district', 'D1', 'Norte', ?,"
                                 " 40.0, -3.0, 39.9, -3.1, 40.1, -2.9)"), {square}))
        return false;
    const struct { int id; const char *name; const char *institution; double lat; } hospitals[] = {
        {1, "Alpha", "Public", 40.00},
        {2, "Beta", "Private", 40.01},
        {3, "Clínica Gamma", "Private", 40.02},
        {4, "Delta", "Military", 40.03},
        {5, "Epsilon", "Public", 40.04},
    };
    for (const auto &h : hospitals) {
        if (!exec(db, QStringLiteral("INSERT INTO hospital (id, name, institution, region_id, lat, lon) VALUES (?, ?, ?, 1, ?, -3.0)"),
                  {h.id, QString::fromUtf8(h.name), QString::fromUtf8(h.institution), h.lat}))
            return false;
    }
    const QString report = QStringLiteral("INSERT INTO bed_report (hospital_id, reported_at, general_total, general_free,"
                                          " icu_total, icu_free, reported_level, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'test')");
    const QVariant null;
    const qint64 now = kNow.toSecsSinceEpoch();
    return exec(db, report, {1, now - 3600, 100, 10, 10, 5, null})
        && exec(db, report, {2, now - 7200, 100, 80, 10, 0, null})
        && exec(db, report, {3, now - 3600, null, null, null, null, QStringLiteral("Crítica")})
        && exec(db, report, {5, now - 3 * 86400, 100, 50, 4, 2, null});
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(HospitalsModel::NameRole).toString();
    return out;
}

} // namespace

class TestHospitalsModel : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    HospitalsPanel *m_panel = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_db.openInMemory().ok());
        QVERIFY(fillHandMade(m_db));
    }

    void init()
    {
        m_panel = new HospitalsPanel(this);
        m_panel->setDatabase(&m_db);
        m_panel->recompute(kNow);
    }

    void cleanup()
    {
        delete m_panel;
        m_panel = nullptr;
    }

    void rowsAndRoles()
    {
        HospitalsModel *model = m_panel->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 5);
        const QModelIndex alpha = model->index(model->rowOf(1));
        QCOMPARE(alpha.data(HospitalsModel::NameRole).toString(), QStringLiteral("Alpha"));
        QCOMPARE(alpha.data(HospitalsModel::DistrictRole).toString(), QStringLiteral("Norte"));
        QCOMPARE(alpha.data(HospitalsModel::GeneralFreeRole).toInt(), 10);
        QCOMPARE(alpha.data(HospitalsModel::IcuTotalRole).toInt(), 10);
        QCOMPARE(alpha.data(HospitalsModel::OccupancyPercentRole).toDouble(), 90.0);
        QCOMPARE(alpha.data(HospitalsModel::LevelRole).toString(), QStringLiteral("low"));
        QCOMPARE(alpha.data(HospitalsModel::AgeTextRole).toString(), QStringLiteral("1 h ago"));
        QCOMPARE(alpha.data(HospitalsModel::CoordinateRole).value<QGeoCoordinate>(), QGeoCoordinate(40.0, -3.0));
        const QModelIndex gamma = model->index(model->rowOf(3));
        QVERIFY(gamma.data(HospitalsModel::LevelOnlyRole).toBool());
        QVERIFY(!gamma.data(HospitalsModel::GeneralFreeRole).isValid()); // never invented
        QVERIFY(!gamma.data(HospitalsModel::OccupancyPercentRole).isValid());
        const QModelIndex delta = model->index(model->rowOf(4));
        QCOMPARE(delta.data(HospitalsModel::LevelRole).toString(), QStringLiteral("nodata"));
        QCOMPARE(delta.data(HospitalsModel::AgeTextRole).toString(), QStringLiteral("No report"));
        const QModelIndex epsilon = model->index(model->rowOf(5));
        QVERIFY(epsilon.data(HospitalsModel::StaleRole).toBool());
        QCOMPARE(epsilon.data(HospitalsModel::AgeTextRole).toString(), QStringLiteral("3 d ago"));
    }

    void ageText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(30) << QStringLiteral("just now");
        QTest::newRow("minutes") << qint64(12 * 60) << QStringLiteral("12 min ago");
        QTest::newRow("hours") << qint64(3 * 3600 + 59) << QStringLiteral("3 h ago");
        QTest::newRow("a day and a half") << qint64(36 * 3600) << QStringLiteral("36 h ago");
        QTest::newRow("days") << qint64(2 * 86400) << QStringLiteral("2 d ago");
        QTest::newRow("none") << qint64(-1) << QStringLiteral("No report");
    }

    void ageText()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(HospitalsModel::ageText(seconds), text);
    }

    void sortingKeepsNoDataLast()
    {
        HospitalsFilterModel rows;
        QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rows.setSourceModel(m_panel->model());
        rows.setSortKey(QStringLiteral("occupancyPercent"));
        QCOMPARE(names(rows).mid(0, 3), (QStringList{u"Beta"_s, u"Epsilon"_s, u"Alpha"_s}));
        rows.setDescending(true);
        QCOMPARE(names(rows).mid(0, 3), (QStringList{u"Alpha"_s, u"Epsilon"_s, u"Beta"_s}));
        // Gamma and Delta have no occupancy: last both ways.
        const QStringList sorted = names(rows);
        QCOMPARE(QSet<QString>(sorted.cbegin() + 3, sorted.cend()), (QSet<QString>{u"Clínica Gamma"_s, u"Delta"_s}));

        rows.toggleSort(QStringLiteral("level")); // a new key sorts ascending: high, medium, low, no data
        QVERIFY(!rows.descending());
        QCOMPARE(names(rows).constFirst(), QStringLiteral("Beta"));
        QCOMPARE(names(rows).constLast(), QStringLiteral("Delta"));
        rows.toggleSort(QStringLiteral("level"));
        QVERIFY(rows.descending());
        QCOMPARE(names(rows).constLast(), QStringLiteral("Delta"));

        rows.toggleSort(QStringLiteral("reportedAt"));
        QCOMPARE(names(rows).constFirst(), QStringLiteral("Epsilon")); // oldest first
        QCOMPARE(names(rows).constLast(), QStringLiteral("Delta"));    // no report

        rows.toggleSort(QStringLiteral("name"));
        QCOMPARE(names(rows), (QStringList{u"Alpha"_s, u"Beta"_s, u"Clínica Gamma"_s, u"Delta"_s, u"Epsilon"_s}));
    }

    void filtering()
    {
        HospitalsFilterModel rows;
        QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rows.setSourceModel(m_panel->model());
        rows.setSortKey(QStringLiteral("name"));
        QSignalSpy countSpy(&rows, &HospitalsFilterModel::countChanged);
        rows.setFilterText(QStringLiteral("clinica")); // without the accent, any case
        QCOMPARE(names(rows), QStringList{u"Clínica Gamma"_s});
        QVERIFY(countSpy.count() >= 1);
        rows.setFilterText(QStringLiteral("norte")); // the district
        QCOMPARE(rows.count(), 5);
        rows.setFilterText(QStringLiteral("PRIVATE")); // the institution
        QCOMPARE(names(rows), (QStringList{u"Beta"_s, u"Clínica Gamma"_s}));
        rows.setFilterText({});
        rows.setLevels({QStringLiteral("low")});
        QCOMPARE(names(rows), (QStringList{u"Alpha"_s, u"Clínica Gamma"_s}));
        rows.setLevels({});
        rows.setHideStale(true);
        QVERIFY(!names(rows).contains(QStringLiteral("Epsilon")));
        QCOMPARE(rows.count(), 4);
        QCOMPARE(rows.rowOfHospital(5), -1);
        QCOMPARE(rows.hospitalIdAt(rows.rowOfHospital(2)), qint64(2));
    }

    void bedTypeSwitch()
    {
        HospitalsModel *model = m_panel->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(m_panel, &HospitalsPanel::totalsChanged);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        // General: Alpha and Beta count; Epsilon is stale, Gamma level-only, Delta silent.
        QCOMPARE(m_panel->freeBeds().toLongLong(), 90);
        QCOMPARE(m_panel->totalBeds().toLongLong(), 200);
        QCOMPARE(m_panel->hospitalsStale(), 1);
        QCOMPARE(m_panel->hospitalsLevelOnly(), 1);
        QCOMPARE(m_panel->hospitalsWithoutReport(), 1);
        m_panel->setBedType(QStringLiteral("icu"));
        QCOMPARE(m_panel->bedType(), QStringLiteral("icu"));
        QVERIFY(totals.count() >= 1);
        QCOMPARE(reset.count(), 0); // same rows: data changes only, views keep their place
        QCOMPARE(m_panel->freeBeds().toLongLong(), 5);
        QCOMPARE(m_panel->totalBeds().toLongLong(), 20);
        const QModelIndex alpha = model->index(model->rowOf(1));
        QCOMPARE(alpha.data(HospitalsModel::OccupancyPercentRole).toDouble(), 50.0);
        QCOMPARE(alpha.data(HospitalsModel::FreeBedsRole).toInt(), 5);
        m_panel->setBedType(QStringLiteral("maternity")); // not a type: ignored
        QCOMPARE(m_panel->bedType(), QStringLiteral("icu"));
    }

    void nearestOrdering()
    {
        NearestModel *nearest = m_panel->nearest();
        QAbstractItemModelTester tester(nearest, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(nearest->rowCount(), 0);
        QVERIFY(m_panel->routePath().isEmpty());
        // From the north end: Beta is nearer than Alpha; the stale Epsilon is nearest but not current.
        m_panel->nearestFrom(QGeoCoordinate(40.05, -3.0));
        QCOMPARE(nearest->rowCount(), 2);
        QCOMPARE(nearest->index(0).data(NearestModel::NameRole).toString(), QStringLiteral("Beta"));
        QCOMPARE(nearest->index(0).data(NearestModel::RankRole).toInt(), 1);
        QCOMPARE(nearest->index(1).data(NearestModel::NameRole).toString(), QStringLiteral("Alpha"));
        const double first = nearest->index(0).data(NearestModel::DistanceKmRole).toDouble();
        const double second = nearest->index(1).data(NearestModel::DistanceKmRole).toDouble();
        QVERIFY(first > 4.0 && first < 5.0);
        QVERIFY(second > first);
        QVERIFY(nearest->index(1).data(NearestModel::TravelMinutesRole).toDouble()
                > nearest->index(0).data(NearestModel::TravelMinutesRole).toDouble());
        QCOMPARE(nearest->index(0).data(NearestModel::FreeBedsRole).toInt(), 80);
        const QVariantList path = m_panel->routePath();
        QCOMPARE(path.size(), 2);
        QCOMPARE(path.at(0).value<QGeoCoordinate>(), QGeoCoordinate(40.05, -3.0));
        QCOMPARE(path.at(1).value<QGeoCoordinate>(), QGeoCoordinate(40.01, -3.0));
        // ICU: Beta has no free ICU bed.
        m_panel->setBedType(QStringLiteral("icu"));
        QCOMPARE(nearest->rowCount(), 1);
        QCOMPARE(nearest->index(0).data(NearestModel::NameRole).toString(), QStringLiteral("Alpha"));
        // From the selected hospital's district centre.
        m_panel->setSelectedId(2);
        QCOMPARE(m_panel->selectedName(), QStringLiteral("Beta"));
        QVERIFY(m_panel->nearestFromSelectedDistrict());
        QCOMPARE(m_panel->nearestOrigin(), QGeoCoordinate(40.0, -3.0));
        m_panel->clearNearest();
        QCOMPARE(nearest->rowCount(), 0);
        QVERIFY(m_panel->routePath().isEmpty());
    }

    void thresholds()
    {
        QSignalSpy message(m_panel, &HospitalsPanel::thresholdMessageChanged);
        QVERIFY(!m_panel->setThresholds(80, 25));
        QVERIFY(!m_panel->thresholdMessage().isEmpty());
        QCOMPARE(m_panel->mediumFromPercent(), 25.0);
        QVERIFY(!m_panel->setThresholds(0, 50));
        QVERIFY(!m_panel->setThresholds(50, 100));
        // Beta at 20 % in use becomes Medium when Medium starts at 10 %.
        QVERIFY(m_panel->setThresholds(10, 95));
        QVERIFY(m_panel->thresholdMessage().isEmpty());
        HospitalsModel *model = m_panel->model();
        QCOMPARE(model->index(model->rowOf(2)).data(HospitalsModel::LevelRole).toString(), QStringLiteral("medium"));
        QCOMPARE(model->index(model->rowOf(1)).data(HospitalsModel::LevelRole).toString(), QStringLiteral("medium"));
        m_panel->resetThresholds();
        QCOMPARE(m_panel->lowAbovePercent(), 80.0);
    }

    void trends()
    {
        m_panel->setSelectedId(1);
        QCOMPARE(m_panel->selectedTrendPoints(), 1);
        QVERIFY(m_panel->trendFrom() < m_panel->trendTo());
        QVERIFY(m_panel->trendTo() >= kNow);
    }

    void demoCity()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("city.db"))).ok());
        QString error;
        QVERIFY2(DemoCity::generate(db, DemoCityOptions{1, kNow}, {}, &error), qPrintable(error));
        HospitalsPanel panel;
        panel.setDatabase(&db);
        panel.recompute(kNow);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(panel.hospitalCount() > 3);
        QVERIFY(panel.freeBeds().isValid());
        QVERIFY(panel.cityTrendPoints() > 60);
        HospitalsFilterModel rows;
        QAbstractItemModelTester rowsTester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rows.setSourceModel(panel.model());
        for (const bool descending : {false, true}) {
            rows.setDescending(descending);
            rows.setSortKey(QStringLiteral("occupancyPercent"));
            bool seenNoData = false;
            std::optional<double> previous;
            for (int row = 0; row < rows.rowCount(); ++row) {
                const QVariant value = rows.index(row, 0).data(HospitalsModel::OccupancyPercentRole);
                if (!value.isValid()) {
                    seenNoData = true;
                    continue;
                }
                QVERIFY2(!seenNoData, "a figure after a row without data");
                if (previous)
                    QVERIFY(descending ? value.toDouble() <= *previous : value.toDouble() >= *previous);
                previous = value.toDouble();
            }
        }
        // From a post code's centre (what a caller's address gives): every code is offered, an
        // unknown one is refused and leaves no list behind.
        QVERIFY(panel.postCodes().size() >= 40);
        QVERIFY(std::is_sorted(panel.postCodes().cbegin(), panel.postCodes().cend()));
        QVERIFY(!panel.nearestFromPostCode(QStringLiteral("00000")));
        QVERIFY(!panel.nearestOrigin().isValid());
        QVERIFY(panel.nearestFromPostCode(panel.postCodes().constFirst()));
        QVERIFY(panel.nearest()->rowCount() > 0);
        QVERIFY(panel.nearestOriginText().contains(panel.postCodes().constFirst()));
        panel.clearNearest();

        // From the city's first hospital: ranked by distance, each with a free bed.
        const QGeoCoordinate origin = panel.model()->index(0).data(HospitalsModel::CoordinateRole).value<QGeoCoordinate>();
        panel.nearestFrom(origin);
        NearestModel *nearest = panel.nearest();
        QVERIFY(nearest->rowCount() > 0);
        for (int row = 1; row < nearest->rowCount(); ++row) {
            QVERIFY(nearest->index(row).data(NearestModel::DistanceKmRole).toDouble()
                    >= nearest->index(row - 1).data(NearestModel::DistanceKmRole).toDouble());
            QVERIFY(nearest->index(row).data(NearestModel::FreeBedsRole).toInt() > 0);
        }
        // The cursor a week back: the same hospitals, other figures.
        QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);
        panel.recompute(kNow.addDays(-7));
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHospitalsModel)

#include "tst_hospitalsmodel.moc"
