// Qt Test of the Dashboard over a demo city generated into a temporary store: the ranked
// districts are filled when it becomes ready and follow the time cursor.
#include "dashboard.h"
#include "districtsmodel.h"
#include "hospitalspanel.h"
#include "timecursor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace atalaya;

/** The Dashboard's district table at the time cursor. */
class TestDashboard : public QObject
{
    Q_OBJECT

private:
    using Figures = QHash<QString, QVariant>; // district code -> cases in the last 7 days

    static Figures casesByDistrict(const DistrictsModel &model)
    {
        Figures figures;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            figures.insert(index.data(DistrictsModel::CodeRole).toString(), index.data(DistrictsModel::Cases7dRole));
        }
        return figures;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void districtsFollowTheTimeCursor()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDateTime anchor(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);
        Dashboard dashboard(dir.filePath(QStringLiteral("city.db")), DemoCityOptions{7, anchor});
        DistrictsModel *districts = dashboard.districts();
        QVERIFY(districts);
        QAbstractItemModelTester tester(districts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(districts->rowCount(), 0); // nothing before the store is ready
        QVERIFY(districts->asOfText().isEmpty());

        dashboard.start();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.isReady() || !dashboard.errorMessage().isEmpty(), 120000);
        QVERIFY2(dashboard.errorMessage().isEmpty(), qPrintable(dashboard.errorMessage()));
        QVERIFY(districts->rowCount() > 0);

        dashboard.timeCursor()->setMoment(anchor);
        const int rows = districts->rowCount();
        QVERIFY(rows > 1);
        const QDate asOf = districts->asOf();
        QVERIFY(asOf.isValid());
        QVERIFY(asOf <= anchor.date());
        QCOMPARE(districts->asOfText(), QLocale().toString(asOf, QStringLiteral("d MMM yyyy")));
        // The bars' scale is the first (highest-ranked) district's incidence.
        const double top = districts->index(0).data(DistrictsModel::Incidence7dRole).toDouble();
        QVERIFY(top > 0);
        QCOMPARE(districts->maxIncidence(), top);
        const Figures now = casesByDistrict(*districts);

        QSignalSpy asOfSpy(districts, &DistrictsModel::asOfChanged);
        QSignalSpy changedSpy(districts, &QAbstractItemModel::dataChanged);
        dashboard.timeCursor()->setMoment(anchor.addDays(-7));
        QVERIFY(changedSpy.count() >= 1);
        QCOMPARE(asOfSpy.count(), 1);
        QCOMPARE(districts->rowCount(), rows); // the same districts, other figures
        QCOMPARE(districts->asOf(), asOf.addDays(-7));
        QVERIFY(districts->asOfText() != QLocale().toString(asOf, QStringLiteral("d MMM yyyy")));
        const Figures weekBefore = casesByDistrict(*districts);
        QCOMPARE(weekBefore.keys().size(), now.keys().size());
        QVERIFY2(weekBefore != now, "a week earlier, no district's 7-day cases differ");

        // Back to the anchor: the same figures as before.
        dashboard.timeCursor()->setMoment(anchor);
        QCOMPARE(casesByDistrict(*districts), now);
        QCOMPARE(districts->asOf(), asOf);

        // With another page on screen, the Overview's districts wait: a step of the cursor
        // recomputes only the page shown, and the districts catch up when shown again.
        dashboard.setShownPage(QStringLiteral("hospitals"));
        QSignalSpy hospitalsAt(dashboard.hospitals(), &HospitalsPanel::atChanged);
        changedSpy.clear();
        dashboard.timeCursor()->setMoment(anchor.addDays(-7));
        QCOMPARE(changedSpy.count(), 0);
        QCOMPARE(districts->asOf(), asOf);
        QCOMPARE(hospitalsAt.count(), 1);
        QCOMPARE(dashboard.hospitals()->at(), anchor.addDays(-7));
        dashboard.setShownPage(QStringLiteral("overview"));
        QCOMPARE(districts->asOf(), asOf.addDays(-7));
        QCOMPARE(casesByDistrict(*districts), weekBefore);
        // Shown again without a move in between: nothing is recomputed twice.
        QCOMPARE(hospitalsAt.count(), 1);
        changedSpy.clear();
        dashboard.setShownPage(QStringLiteral("hospitals"));
        dashboard.setShownPage(QStringLiteral("overview"));
        QCOMPARE(changedSpy.count(), 0);
        QCOMPARE(hospitalsAt.count(), 1);

        // A page in its own window counts as shown: it follows the cursor beside the main page.
        dashboard.setShownPages({QStringLiteral("hospitals")});
        QCOMPARE(hospitalsAt.count(), 1); // already current
        dashboard.timeCursor()->setMoment(anchor.addDays(-3));
        QCOMPARE(hospitalsAt.count(), 2);
        QCOMPARE(dashboard.hospitals()->at(), anchor.addDays(-3));
        QCOMPARE(districts->asOf(), asOf.addDays(-3));
        QCOMPARE(dashboard.overview()->at(), anchor.addDays(-3));
        dashboard.setShownPages({});
        dashboard.timeCursor()->setMoment(anchor);
        QCOMPARE(hospitalsAt.count(), 2);
    }
};

QTEST_MAIN(TestDashboard)

#include "tst_dashboard.moc"
