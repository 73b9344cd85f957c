#include "districtsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using atalaya::DistrictFigures;
using atalaya::DistrictsModel;

/** The Overview's district table for QML: roles, "no data" as undefined, and resets. */
class TestDistrictsModel : public QObject
{
    Q_OBJECT

private:
    static QList<DistrictFigures> twoDistricts()
    {
        DistrictFigures north;
        north.regionId = 2;
        north.code = QStringLiteral("D1");
        north.name = QStringLiteral("North");
        north.population = 100000;
        north.casesLast7Days = 98;
        north.casesPrevious7Days = 49;
        north.incidence7DaysPer100k = 98.0;
        north.trendPercent = 100.0;
        north.shareOver65 = 0.25;
        north.deprivationIndex = 0.4;

        DistrictFigures quiet; // a district with no figures at all
        quiet.regionId = 4;
        quiet.code = QStringLiteral("D3");
        quiet.name = QStringLiteral("Quiet");
        quiet.population = 20000;
        return {north, quiet};
    }

    static QVariant value(const DistrictsModel &model, int row, DistrictsModel::Role role)
    {
        return model.data(model.index(row), role);
    }

private slots:
    void roleNamesAreLowerCamel()
    {
        DistrictsModel model;
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(DistrictsModel::NameRole), "name");
        QCOMPARE(names.value(DistrictsModel::CodeRole), "code");
        QCOMPARE(names.value(DistrictsModel::PopulationRole), "population");
        QCOMPARE(names.value(DistrictsModel::Cases7dRole), "cases7d");
        QCOMPARE(names.value(DistrictsModel::Incidence7dRole), "incidence7d");
        QCOMPARE(names.value(DistrictsModel::TrendPercentRole), "trendPercent");
        QCOMPARE(names.value(DistrictsModel::ShareOver65Role), "shareOver65");
        QCOMPARE(names.value(DistrictsModel::DeprivationIndexRole), "deprivationIndex");
        QCOMPARE(names.size(), 8);
    }

    void rolesCarryTheFigures()
    {
        DistrictsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFigures(twoDistricts(), QDate(2026, 3, 14));
        QCOMPARE(model.rowCount(), 2);

        QCOMPARE(value(model, 0, DistrictsModel::NameRole).toString(), QStringLiteral("North"));
        QCOMPARE(value(model, 0, DistrictsModel::CodeRole).toString(), QStringLiteral("D1"));
        QCOMPARE(value(model, 0, DistrictsModel::PopulationRole).toLongLong(), 100000);
        QCOMPARE(value(model, 0, DistrictsModel::Cases7dRole).toLongLong(), 98);
        QCOMPARE(value(model, 0, DistrictsModel::Incidence7dRole).toDouble(), 98.0);
        QCOMPARE(value(model, 0, DistrictsModel::TrendPercentRole).toDouble(), 100.0);
        QCOMPARE(value(model, 0, DistrictsModel::ShareOver65Role).toDouble(), 0.25);
        QCOMPARE(value(model, 0, DistrictsModel::DeprivationIndexRole).toDouble(), 0.4);
        QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString(), QStringLiteral("North"));
    }

    void noDataIsUndefinedNotZero()
    {
        DistrictsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFigures(twoDistricts(), QDate(2026, 3, 14));
        QCOMPARE(value(model, 1, DistrictsModel::NameRole).toString(), QStringLiteral("Quiet"));
        QCOMPARE(value(model, 1, DistrictsModel::PopulationRole).toLongLong(), 20000);
        QVERIFY(!value(model, 1, DistrictsModel::Cases7dRole).isValid());
        QVERIFY(!value(model, 1, DistrictsModel::Incidence7dRole).isValid());
        QVERIFY(!value(model, 1, DistrictsModel::TrendPercentRole).isValid());
        QVERIFY(!value(model, 1, DistrictsModel::ShareOver65Role).isValid());
        QVERIFY(!value(model, 1, DistrictsModel::DeprivationIndexRole).isValid());
        QVERIFY(!model.data(model.index(5), DistrictsModel::NameRole).isValid());
    }

    void setFiguresUpdatesInPlaceAndNotifies()
    {
        DistrictsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy count(&model, &DistrictsModel::countChanged);
        QSignalSpy asOf(&model, &DistrictsModel::asOfChanged);
        QCOMPARE(model.property("count").toInt(), 0);
        QVERIFY(!model.asOf().isValid());

        model.setFigures(twoDistricts(), QDate(2026, 3, 14));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(count.size(), 1);
        QCOMPARE(asOf.size(), 1);
        QCOMPARE(model.property("count").toInt(), 2);
        QCOMPARE(model.property("asOf").toDate(), QDate(2026, 3, 14));
        QCOMPARE(model.property("asOfText").toString(), QLocale().toString(QDate(2026, 3, 14), QStringLiteral("d MMM yyyy")));
        double highest = 0;
        for (const DistrictFigures &row : twoDistricts())
            highest = std::max(highest, row.incidence7DaysPer100k.value_or(0.0));
        QVERIFY(highest > 0);
        QCOMPARE(model.property("maxIncidence").toDouble(), highest);

        // Same size and day, new ranking (a step of the time cursor): every row changes in
        // place, no reset, so a view keeps its delegates; the properties stay quiet.
        QList<DistrictFigures> swapped = twoDistricts();
        swapped.swapItemsAt(0, 1);
        model.setFigures(swapped, QDate(2026, 3, 14));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1));
        QCOMPARE(count.size(), 1);
        QCOMPARE(asOf.size(), 1);
        QCOMPARE(value(model, 0, DistrictsModel::NameRole).toString(), QStringLiteral("Quiet"));

        // Another number of districts: a reset.
        model.setFigures(twoDistricts().mid(0, 1), QDate(2026, 3, 15));
        QCOMPARE(reset.size(), 2);
        QCOMPARE(count.size(), 2);
        QCOMPARE(asOf.size(), 2);
        QCOMPARE(model.rowCount(), 1);

        model.clear();
        QCOMPARE(reset.size(), 3);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.asOf().isValid());
        QCOMPARE(count.size(), 3);
        QCOMPARE(asOf.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDistrictsModel)
#include "tst_districtsmodel.moc"
