// AlertListModel::setAlerts keeps the rows it already shows: every move of the time cursor hands
// the open alerts to the model, and the views on it (the Overview's list and map, the alert
// centre) must keep their delegates and current row for the alerts that stay.

#include "alertlistmodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace atalaya;
using alerts::AlertRecord;
using alerts::Severity;

namespace {

AlertRecord alert(qint64 id, Severity severity = Severity::Warning, const QString &message = QString())
{
    AlertRecord a;
    a.id = id;
    a.ruleId = QStringLiteral("rule-%1").arg(id);
    a.ruleName = QStringLiteral("Rule %1").arg(id);
    a.severity = severity;
    a.subjectName = QStringLiteral("Subject %1").arg(id);
    a.message = message.isEmpty() ? QStringLiteral("Alert %1").arg(id) : message;
    a.raisedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::UTC).addSecs(id * 60);
    return a;
}

QList<qint64> ids(const AlertListModel &model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row).data(AlertListModel::IdRole).toLongLong());
    return out;
}

} // namespace

class TestAlertListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheRowsThatStay()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts({alert(1), alert(2), alert(3)});
        QCOMPARE(ids(model), (QList<qint64>{1, 2, 3}));

        const QPersistentModelIndex second = model.index(1);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counts(&model, &AlertListModel::countChanged);

        // 1 resolved, 4 raised, 2 and 3 unchanged: one removal, one insertion, nothing else.
        model.setAlerts({alert(2), alert(3), alert(4)});
        QCOMPARE(ids(model), (QList<qint64>{2, 3, 4}));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(counts.size(), 0); // three before, three after
        // The row of alert 2 is the same row, now first.
        QVERIFY(second.isValid());
        QCOMPARE(second.row(), 0);
        QCOMPARE(second.data(AlertListModel::IdRole).toLongLong(), 2);

        // The same list again changes nothing.
        model.setAlerts({alert(2), alert(3), alert(4)});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);
    }

    void changedAlertUpdatesItsRowOnly()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts({alert(1), alert(2)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        AlertRecord acknowledged = alert(2);
        acknowledged.acknowledgedAt = acknowledged.raisedAt.addSecs(300);
        acknowledged.acknowledgedBy = QStringLiteral("coordinator");
        model.setAlerts({alert(1), acknowledged});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
        QVERIFY(model.index(1).data(AlertListModel::AcknowledgedRole).toBool());
        QVERIFY(!model.index(0).data(AlertListModel::AcknowledgedRole).toBool());
    }

    void reorderMovesRowsAndCountFollows()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlerts({alert(1), alert(2), alert(3)});
        const QPersistentModelIndex third = model.index(2);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy counts(&model, &AlertListModel::countChanged);

        // Alert 3 became critical: the list shows it first now (most severe first).
        model.setAlerts({alert(3, Severity::Critical), alert(1), alert(2), alert(5)});
        QCOMPARE(ids(model), (QList<qint64>{3, 1, 2, 5}));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(third.row(), 0);
        QCOMPARE(model.index(0).data(AlertListModel::SeverityKeyRole).toString(), QStringLiteral("critical"));
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.rowCount(), 4);

        // Everything resolved: an empty list.
        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(counts.size(), 2);
        QVERIFY(!third.isValid());
    }
};

QTEST_GUILESS_MAIN(TestAlertListModel)
#include "tst_alertlistmodel.moc"
