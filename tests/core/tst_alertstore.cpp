#include "alerts/alertstore.h"
#include "store/database.h"

#include <QTest>
#include <QTimeZone>

using namespace atalaya;
using namespace atalaya::alerts;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 20), QTime(hour, minute), QTimeZone::UTC);
}

AlertRecord record(const QString &rule, const QString &subject, Severity severity, const QDateTime &raisedAt)
{
    AlertRecord r;
    r.ruleId = rule;
    r.ruleName = u"Rule "_s + rule;
    r.severity = severity;
    r.subjectKey = subject;
    r.subjectName = u"Playa"_s;
    r.lat = 39.0;
    r.lon = -9.4;
    r.message = u"Occupancy at Playa is 84 %, above 80 %."_s;
    r.value = 84;
    r.threshold = 80;
    r.details = uR"({"value":84})"_s;
    r.raisedAt = raisedAt;
    return r;
}

} // namespace

/** Alerts and their history: raise, acknowledge, comment, resolve, and reads "as of" a moment
 *  that show only what had happened by then. */
class TestAlertStore : public QObject
{
    Q_OBJECT

private:
    Database m_db;

private slots:
    void init()
    {
        m_db.close();
        QVERIFY(m_db.openInMemory().ok());
    }

    void raiseAndReadAsOf()
    {
        AlertStore store(m_db);
        const qint64 warning = store.raise(record(u"r1"_s, u"site:1"_s, Severity::Warning, at(10)));
        const qint64 critical = store.raise(record(u"r2"_s, u"site:2"_s, Severity::Critical, at(9)));
        const qint64 info = store.raise(record(u"r3"_s, u"sensor:7"_s, Severity::Info, at(11)));
        QVERIFY(warning > 0 && critical > 0 && info > 0);

        QCOMPARE(store.openAt(at(8)).size(), 0);
        QCOMPARE(store.openAt(at(9)).size(), 1); // raised exactly then: open
        const QList<AlertRecord> open = store.openAt(at(12));
        QCOMPARE(open.size(), 3);
        QCOMPARE(open[0].id, critical); // most severe first
        QCOMPARE(open[1].id, warning);
        QCOMPARE(open[2].id, info);
        const AlertRecord &r = open[1];
        QCOMPARE(r.ruleName, u"Rule r1"_s);
        QCOMPARE(r.subjectKey, u"site:1"_s);
        QCOMPARE(r.value, std::optional<double>(84));
        QCOMPARE(r.threshold, std::optional<double>(80));
        QCOMPARE(r.lat, std::optional<double>(39.0));
        QCOMPARE(r.raisedAt, at(10));
        QVERIFY(!r.acknowledgedAt.isValid());
        QVERIFY(!r.resolvedAt.isValid());
        QVERIFY(!store.alert(warning, at(9, 59)));
        QVERIFY(store.alert(warning, at(10)));

        const QHash<QString, qint64> episodes = store.openEpisodes();
        QCOMPARE(episodes.value(u"r1\nsite:1"_s), warning);
        QCOMPARE(episodes.size(), 3);
    }

    void acknowledgementHistory()
    {
        AlertStore store(m_db);
        const qint64 id = store.raise(record(u"r1"_s, u"site:1"_s, Severity::Warning, at(10)));
        QString error;
        QVERIFY(store.acknowledge(id, u"ana"_s, u"closing access"_s, at(10, 30), &error));
        QVERIFY(store.comment(id, u"luis"_s, u"police on site"_s, at(10, 40), &error));
        QVERIFY(store.acknowledge(id, u"luis"_s, {}, at(10, 50), &error));

        // As of 10:20 nobody had acknowledged it; as of 10:45 Ana had; as of 11:00 Luis.
        QVERIFY(!store.alert(id, at(10, 20))->acknowledgedAt.isValid());
        const AlertRecord atQuarterTo = *store.alert(id, at(10, 45));
        QCOMPARE(atQuarterTo.acknowledgedAt, at(10, 30));
        QCOMPARE(atQuarterTo.acknowledgedBy, u"ana"_s);
        QCOMPARE(atQuarterTo.ackComment, u"closing access"_s);
        QCOMPARE(store.openAt(at(11)).value(0).acknowledgedBy, u"luis"_s);
        QCOMPARE(store.openAt(at(10, 35)).value(0).acknowledgedBy, u"ana"_s);

        QVERIFY(store.resolve(id, at(12), 65.0));
        QVERIFY(!store.resolve(id, at(12, 5), 60.0)); // once
        QCOMPARE(store.openAt(at(11, 59)).size(), 1);
        QCOMPARE(store.openAt(at(12)).size(), 0);
        QVERIFY(!store.alert(id, at(11))->resolvedAt.isValid());
        QCOMPARE(store.alert(id, at(13))->resolvedAt, at(12));

        const QList<AlertEvent> events = store.events(id);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events[0].kind, AlertEvent::Kind::Raised);
        QCOMPARE(events[0].value, std::optional<double>(84));
        QCOMPARE(events[1].kind, AlertEvent::Kind::Acknowledged);
        QCOMPARE(events[1].actor, u"ana"_s);
        QCOMPARE(events[2].kind, AlertEvent::Kind::Commented);
        QCOMPARE(events[2].comment, u"police on site"_s);
        QCOMPARE(events[3].kind, AlertEvent::Kind::Acknowledged);
        QCOMPARE(events[4].kind, AlertEvent::Kind::Resolved);
        QCOMPARE(events[4].value, std::optional<double>(65));
        QCOMPARE(events[4].at, at(12));

        // Resolved: no more acknowledgements, comments still.
        QVERIFY(!store.acknowledge(id, u"ana"_s, {}, at(12, 30), &error));
        QVERIFY2(error.contains(u"resolved"_s), qPrintable(error));
        QVERIFY(store.comment(id, u"ana"_s, u"reopened the beach"_s, at(12, 30), &error));
        QVERIFY(store.openEpisodes().isEmpty());
    }

    void refusals()
    {
        AlertStore store(m_db);
        const qint64 id = store.raise(record(u"r1"_s, u"site:1"_s, Severity::Warning, at(10)));
        QString error;
        QVERIFY(!store.acknowledge(id + 100, u"ana"_s, {}, at(11), &error));
        QVERIFY(error.contains(u"no such alert"_s));
        QVERIFY(!store.acknowledge(id, u"ana"_s, {}, at(9), &error));
        QVERIFY(error.contains(u"raised later"_s));
        QVERIFY(!store.acknowledge(id, u" "_s, {}, at(11), &error));
        QVERIFY(!store.comment(id, u"ana"_s, u"  "_s, at(11), &error));
        QVERIFY(!store.resolve(id, at(9), std::nullopt)); // before it was raised
        QCOMPARE(store.events(id).size(), 1);
    }

    void betweens()
    {
        AlertStore store(m_db);
        const qint64 a = store.raise(record(u"r1"_s, u"site:1"_s, Severity::Warning, at(8)));
        const qint64 b = store.raise(record(u"r1"_s, u"site:2"_s, Severity::Warning, at(10)));
        const qint64 c = store.raise(record(u"r1"_s, u"site:3"_s, Severity::Warning, at(12)));
        QVERIFY(store.resolve(a, at(9), 1.0));
        QVERIFY(store.resolve(b, at(13), 1.0));
        const QList<AlertRecord> raised = store.raisedBetween(at(8), at(12));
        QCOMPARE(raised.size(), 2); // (from, to]
        QCOMPARE(raised[0].id, c);
        QCOMPARE(raised[1].id, b);
        QVERIFY(!raised[1].resolvedAt.isValid()); // resolved at 13, after the moment asked
        const QList<AlertRecord> resolved = store.resolvedBetween(at(8), at(13));
        QCOMPARE(resolved.size(), 2);
        QCOMPARE(resolved[0].id, b);
        QCOMPARE(resolved[1].id, a);
        QCOMPARE(store.resolvedBetween(at(8), at(12)).size(), 1);
        QCOMPARE(store.raisedBetween(at(0), at(23), 1).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
