// Qt Tests of the QML module's C++ adapters: BasemapModel (+ filter), HeadlineSummary,
// TimeCursor and ScaleBarModel.
#include "basemapmodel.h"
#include "headlinesummary.h"
#include "scalebarmodel.h"
#include "store/database.h"
#include "timecursor.h"

#include <QAbstractItemModelTester>
#include <QGeoCoordinate>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace atalaya;

class TestUiAdapters : public QObject
{
    Q_OBJECT

private:
    static void insertFeature(Database &db, const QString &kind, const QString &geometry)
    {
        QSqlQuery q = db.prepare(QStringLiteral(
            "INSERT INTO basemap_feature (kind, name, geometry, min_lat, min_lon, max_lat, max_lon)"
            " VALUES (?, ?, ?, 0, 0, 0, 0)"));
        q.addBindValue(kind);
        q.addBindValue(kind);
        q.addBindValue(geometry);
        QVERIFY(Database::exec(q));
    }

    static void insertDistrict(Database &db, const QString &code, const QString &geometry, double lat, double lon)
    {
        QSqlQuery q = db.prepare(QStringLiteral(
            "INSERT INTO region (level, code, name, population, geometry, centroid_lat, centroid_lon,"
            " min_lat, min_lon, max_lat, max_lon) VALUES ('district', ?, ?, 1000, ?, ?, ?, 0, 0, 0, 0)"));
        q.addBindValue(code);
        q.addBindValue(QStringLiteral("District %1").arg(code));
        q.addBindValue(geometry);
        q.addBindValue(lat);
        q.addBindValue(lon);
        QVERIFY(Database::exec(q));
    }

private Q_SLOTS:
    void basemapRowsLayersAndBounds()
    {
        Database db;
        QVERIFY(db.openInMemory().ok());
        // Inserted out of draw order on purpose: the model sorts by layer.
        insertFeature(db, QStringLiteral("park"),
                      QStringLiteral(R"({"type":"Polygon","coordinates":[[[0.1,0.1],[0.2,0.1],[0.2,0.2],[0.1,0.1]]]})"));
        insertFeature(db, QStringLiteral("sea"),
                      QStringLiteral(R"({"type":"Polygon","coordinates":[[[-1,-1],[2,-1],[2,2],[-1,-1]]]})"));
        insertFeature(db, QStringLiteral("river"),
                      QStringLiteral(R"({"type":"LineString","coordinates":[[0,0],[0.5,0.5],[1,0.2]]})"));
        insertFeature(db, QStringLiteral("land"), QStringLiteral("not json"));
        // A district in two parts: labelled once, on the larger part.
        insertDistrict(db, QStringLiteral("01"),
                       QStringLiteral(R"({"type":"MultiPolygon","coordinates":[)"
                                      R"([[[0,0],[0.01,0],[0.01,0.01],[0,0]]],)"
                                      R"([[[0.5,0.5],[1,0.5],[1,1],[0.5,1],[0.5,0.5]]]]})"),
                       0.75, 0.75);

        BasemapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy boundsSpy(&model, &BasemapModel::boundsChanged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipping.*land.*")));
        model.load(db);

        QCOMPARE(model.rowCount(), 5); // sea, park, river line, two district parts; bad land skipped
        QCOMPARE(boundsSpy.count(), 1);
        const auto roles = model.roleNames();
        QCOMPARE(roles.value(BasemapModel::KindRole), QByteArray("kind"));
        QCOMPARE(roles.value(BasemapModel::CoordinatesRole), QByteArray("coordinates"));
        QCOMPARE(roles.value(BasemapModel::LabelCoordinateRole), QByteArray("labelCoordinate"));

        QStringList kinds;
        for (int row = 0; row < model.rowCount(); ++row)
            kinds << model.index(row).data(BasemapModel::KindRole).toString();
        QCOMPARE(kinds, (QStringList{QStringLiteral("sea"), QStringLiteral("park"), QStringLiteral("river"),
                                     QStringLiteral("district"), QStringLiteral("district")}));

        const QModelIndex sea = model.index(0);
        QCOMPARE(sea.data(BasemapModel::ShapeRole).toInt(), int(BasemapModel::Area));
        const QVariantList path = sea.data(BasemapModel::CoordinatesRole).toList();
        QCOMPARE(path.size(), 3); // ring kept open
        QCOMPARE(path.first().value<QGeoCoordinate>(), QGeoCoordinate(-1, -1));
        QCOMPARE(model.index(2).data(BasemapModel::ShapeRole).toInt(), int(BasemapModel::Line));

        QVERIFY(!model.index(3).data(BasemapModel::LabelCoordinateRole).value<QGeoCoordinate>().isValid());
        QCOMPARE(model.index(4).data(BasemapModel::LabelCoordinateRole).value<QGeoCoordinate>(),
                 QGeoCoordinate(0.75, 0.75));

        // The city's bounds are its districts', not the sea's.
        QCOMPARE(model.bounds().topLeft(), QGeoCoordinate(1, 0));
        QCOMPARE(model.bounds().bottomRight(), QGeoCoordinate(0, 1));

        BasemapFilterModel labels;
        QAbstractItemModelTester labelsTester(&labels, QAbstractItemModelTester::FailureReportingMode::QtTest);
        labels.setSourceModel(&model);
        labels.setKinds({QStringLiteral("district")});
        QCOMPARE(labels.rowCount(), 2);
        labels.setLabelledOnly(true);
        QCOMPARE(labels.rowCount(), 1);
        labels.setKinds({});
        labels.setLabelledOnly(false);
        labels.setShape(BasemapModel::Line);
        QCOMPARE(labels.rowCount(), 1);
    }

    void headlineSummaryUndefinedWithoutData()
    {
        HeadlineSummary summary;
        QVERIFY(!summary.isValid());
        QVERIFY(!summary.population().isValid());
        QVERIFY(!summary.dataTime().isValid());
        HeadlineFigures figures;
        figures.at = QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);
        figures.population = 600000;
        figures.dataTime = figures.at.addSecs(-31 * 60);
        QSignalSpy changed(&summary, &HeadlineSummary::changed);
        summary.setFigures(figures, true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(summary.isValid());
        QCOMPARE(summary.at(), figures.at);
        QCOMPARE(summary.population().toLongLong(), 600000);
        QCOMPARE(summary.dataTime().toDateTime(), figures.at.addSecs(-31 * 60));
        QVERIFY(summary.isDataStale());
        summary.setFigures(figures, false); // a replayed moment is not stale
        QVERIFY(!summary.isDataStale());
        figures.dataTime = figures.at.addSecs(-29 * 60);
        summary.setFigures(figures, true);
        QVERIFY(!summary.isDataStale());
        figures.dataTime = figures.at.addSecs(-30 * 60); // the limit itself is not yet stale
        summary.setFigures(figures, true);
        QVERIFY(!summary.isDataStale());

        // No district, no data: undefined, never 0; live with no data at all is stale.
        figures.population = 0;
        figures.dataTime = {};
        summary.setFigures(figures, true);
        QVERIFY(!summary.population().isValid());
        QVERIFY(!summary.dataTime().isValid());
        QVERIFY(summary.isDataStale());
        summary.setFigures(figures, false);
        QVERIFY(!summary.isDataStale());

        summary.clear();
        QCOMPARE(changed.count(), 7);
        QVERIFY(!summary.isValid());
        QVERIFY(!summary.population().isValid());
        QVERIFY(!summary.isDataStale());
    }

    void timeCursorFollowsTheClockInWholeMinutes()
    {
        TimeCursor cursor;
        QDateTime now(QDate(2026, 3, 15), QTime(9, 41, 27), QTimeZone::UTC);
        cursor.setClock([&] { return now; });
        QCOMPARE(cursor.time(), QDateTime(QDate(2026, 3, 15), QTime(9, 41), QTimeZone::UTC));
        QSignalSpy timeSpy(&cursor, &TimeCursor::timeChanged);
        cursor.step(-86400);
        QVERIFY(!cursor.isLive());
        QCOMPARE(cursor.time(), QDateTime(QDate(2026, 3, 14), QTime(9, 41), QTimeZone::UTC));
        QCOMPARE(timeSpy.count(), 1);
        now = now.addSecs(3600);
        cursor.goLive();
        QVERIFY(cursor.isLive());
        QCOMPARE(cursor.time(), QDateTime(QDate(2026, 3, 15), QTime(10, 41), QTimeZone::UTC));
    }

    void scaleBarModel()
    {
        ScaleBarModel model;
        QSignalSpy changed(&model, &ScaleBarModel::changed);
        model.setLatitude(40.4);
        model.setZoomLevel(13);
        model.setMaxWidth(140);
        QCOMPARE(changed.count(), 3);
        QVERIFY(model.width() > 0 && model.width() <= 140);
        QVERIFY(!model.label().isEmpty());
        QCOMPARE(model.metresPerPixel(), ScaleBarModel::metresPerPixelAt(40.4, 13));
    }
};

QTEST_MAIN(TestUiAdapters)

#include "tst_uiadapters.moc"
