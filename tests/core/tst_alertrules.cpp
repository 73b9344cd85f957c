#include "alerts/alertrule.h"
#include "alerts/demorules.h"

#include <QTemporaryDir>
#include <QTest>

using namespace atalaya::alerts;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileWith(const QByteArray &rules)
{
    return R"({"version": 1, "rules": [)"_ba + rules + "]}";
}

// A good rule that must survive beside a bad one.
const QByteArray kGood = R"({"id": "good", "name": "Good", "type": "threshold", "indicator": "occupancy", "limit": 80})";

} // namespace

/** The rules file: every type read and written back, and each kind of mistake reported by rule,
 *  id and field while the good rules keep working. */
class TestAlertRules : public QObject
{
    Q_OBJECT

private slots:
    void everyTypeRoundTrips()
    {
        const QList<Rule> rules = demoRules();
        QCOMPARE(rules.size(), 6);
        QCOMPARE(rules[0].clearAt, std::optional<double>(70));
        QCOMPARE(rules[5].type, RuleType::Geofence);
        QCOMPARE(rules[5].area.size(), 6);
        QCOMPARE(rules[5].area[0], QPointF(-9.42, 38.955));
        Rule rate;
        rate.id = u"rate"_s;
        rate.name = u"Rate"_s;
        rate.type = RuleType::RateOfChange;
        rate.change = 25;
        rate.changeInPercent = true;
        rate.windowMinutes = 30;
        rate.enabled = false;
        Rule region = rules[5];
        region.id = u"region"_s;
        region.area.clear();
        region.regionCode = u"D05"_s;
        const QList<Rule> all = rules + QList<Rule>{rate, region};
        const RulesFile back = parseRules(rulesToJson(all), u"round trip"_s);
        QVERIFY2(back.problems.isEmpty(), back.problems.isEmpty() ? "" : qPrintable(problemText(back.problems[0])));
        QCOMPARE(back.rules, all);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"rules.json"_s);
        QString error;
        QVERIFY(saveRulesFile(path, all, &error));
        QCOMPARE(loadRulesFile(path).rules, all);
        QVERIFY(!saveRulesFile(dir.filePath(u"missing/rules.json"_s), all, &error));
        QVERIFY(error.contains(u"missing/rules.json"_s));
    }

    void badRule_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("limit not a number")
            << R"({"id": "beach-full", "name": "B", "type": "threshold", "indicator": "occupancy", "limit": "80"})"_ba
            << u"limit"_s << u"rule 2 'beach-full', field 'limit': must be a number"_s;
        QTest::newRow("limit missing") << R"({"id": "x", "name": "B", "type": "threshold", "indicator": "occupancy"})"_ba
                                       << u"limit"_s << u"is required"_s;
        QTest::newRow("unknown indicator") << R"({"id": "x", "name": "B", "type": "threshold", "indicator": "beds", "limit": 1})"_ba
                                           << u"indicator"_s << u"unknown indicator 'beds'"_s;
        QTest::newRow("unknown type") << R"({"id": "x", "name": "B", "type": "spike", "limit": 1})"_ba << u"type"_s
                                      << u"unknown type 'spike'"_s;
        QTest::newRow("unknown severity") << R"({"id": "x", "name": "B", "type": "frozen", "severity": "urgent"})"_ba
                                          << u"severity"_s << u"unknown severity 'urgent'"_s;
        QTest::newRow("clearAt above limit")
            << R"({"id": "x", "name": "B", "type": "threshold", "indicator": "occupancy", "limit": 80, "clearAt": 85})"_ba
            << u"clearAt"_s << u"must not be above 'limit' (80)"_s;
        QTest::newRow("clearAt below limit of a below rule")
            << R"({"id": "x", "name": "B", "type": "threshold", "indicator": "occupancy", "direction": "below", "limit": 10, "clearAt": 5})"_ba
            << u"clearAt"_s << u"must not be below 'limit' (10)"_s;
        QTest::newRow("anomaly weeks 1") << R"({"id": "x", "name": "B", "type": "anomaly", "weeks": 1, "minSamples": 2})"_ba
                                         << u"weeks"_s << u"must be at least 2, is 1"_s;
        QTest::newRow("anomaly on hospitals")
            << R"({"id": "x", "name": "B", "type": "anomaly", "indicator": "hospital.icuFree"})"_ba << u"indicator"_s
            << u"an anomaly compares hours of the week"_s;
        QTest::newRow("geofence without area")
            << R"({"id": "x", "name": "B", "type": "geofence", "indicator": "occupancy", "limit": 1})"_ba << u"area"_s
            << u"needs an 'area' polygon or a 'regionCode'"_s;
        QTest::newRow("geofence area point")
            << R"({"id": "x", "name": "B", "type": "geofence", "limit": 1, "area": [[1, 2], [3], [4, 5]]})"_ba << u"area[1]"_s
            << u"must be a list of [lon, lat] positions"_s;
        QTest::newRow("unknown field") << R"({"id": "x", "name": "B", "type": "frozen", "frozenMinute": 5})"_ba
                                       << u"frozenMinute"_s << u"is not a field of a rule"_s;
        QTest::newRow("forMinutes fraction") << R"({"id": "x", "name": "B", "type": "threshold", "limit": 1, "forMinutes": 2.5})"_ba
                                             << u"forMinutes"_s << u"must be a whole number"_s;
        QTest::newRow("rate without change") << R"({"id": "x", "name": "B", "type": "rateOfChange", "change": 0})"_ba
                                             << u"change"_s << u"must be greater than 0"_s;
        QTest::newRow("no id") << R"({"name": "B", "type": "frozen"})"_ba << u"id"_s << u"is required"_s;
        QTest::newRow("sensorType on occupancy")
            << R"({"id": "x", "name": "B", "type": "frozen", "indicator": "occupancy", "sensorType": "people_count"})"_ba
            << u"sensorType"_s << u"applies only to the indicator 'observation'"_s;
    }

    void badRule()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const RulesFile file = parseRules(fileWith(kGood + "," + rule), u"test.json"_s);
        QCOMPARE(file.rules.size(), 1);
        QCOMPARE(file.rules[0].id, u"good"_s);
        QCOMPARE(file.problems.size(), 1);
        const RuleProblem &p = file.problems[0];
        QCOMPARE(p.index, 1);
        QCOMPARE(p.field, field);
        QVERIFY2(problemText(p).contains(message), qPrintable(problemText(p)));
        QVERIFY2(problemText(p).startsWith(u"rule 2"_s), qPrintable(problemText(p)));
    }

    void duplicateIds()
    {
        const RulesFile file = parseRules(fileWith(kGood + "," + kGood), u"test.json"_s);
        QCOMPARE(file.rules.size(), 1);
        QCOMPARE(file.problems.size(), 1);
        QCOMPARE(problemText(file.problems[0]), u"rule 2 'good', field 'id': is already the id of rule 1; ids must be unique"_s);
    }

    void brokenJson()
    {
        const RulesFile file = parseRules("{\n  \"version\": 1,\n  \"rules\": [ {\"id\": } ]\n}", u"rules.json"_s);
        QVERIFY(file.rules.isEmpty());
        QCOMPARE(file.problems.size(), 1);
        QCOMPARE(file.problems[0].index, -1);
        QVERIFY2(file.problems[0].message.contains(u"line 3, column"_s), qPrintable(file.problems[0].message));
        QVERIFY(file.problems[0].message.startsWith(u"rules.json is not valid JSON"_s));
    }

    void wrongShape()
    {
        QCOMPARE(parseRules(R"({"version": 2, "rules": []})", u"f"_s).problems.value(0).field, u"version"_s);
        QCOMPARE(parseRules(R"({"version": 1, "rules": {}})", u"f"_s).problems.value(0).field, u"rules"_s);
        QCOMPARE(parseRules(R"([1, 2])", u"f"_s).problems.size(), 1);
        const RulesFile notObject = parseRules(fileWith(kGood + ", 3"), u"f"_s);
        QCOMPARE(notObject.rules.size(), 1);
        QCOMPARE(problemText(notObject.problems.value(0)), u"rule 2: must be an object"_s);
        QVERIFY(loadRulesFile(u"/nonexistent/rules.json"_s).problems.value(0).message.contains(u"/nonexistent/rules.json"_s));
    }

    void validateForEditor()
    {
        Rule r;
        r.id = u"a"_s;
        r.name = u"A"_s;
        QVERIFY(validateRule(r).isEmpty());
        r.type = RuleType::Frozen;
        r.frozenMinutes = 0;
        QCOMPARE(validateRule(r, 4).value(0).field, u"frozenMinutes"_s);
        QCOMPARE(validateRule(r, 4).value(0).index, 4);
        QCOMPARE(ruleTypeFromKey(u"rateOfChange"_s), std::optional<RuleType>(RuleType::RateOfChange));
        QCOMPARE(severityFromKey(u"critical"_s), std::optional<Severity>(Severity::Critical));
        QVERIFY(!severityFromKey(u"Critical"_s));
        QCOMPARE(indicatorKeys().size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
