#include "analytics/riskrules.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using atalaya::DayValue;
using atalaya::EpidemicIndicator;
using atalaya::RiskScheme;
using atalaya::RiskSchemeReader;

/** The risk rules engine: each preset at and around its cut-offs, the ECDC grid cell by cell, grey
 *  for missing data, hysteresis, and every kind of bad scheme file. */
class TestRiskRules : public QObject
{
    Q_OBJECT

private:
    // Complete inputs from a map; a metric not in it is missing. A negative value stands for
    // "present but incomplete".
    static int classify(const RiskScheme &scheme, const std::map<EpidemicIndicator, double> &values)
    {
        return scheme.classify([&values](EpidemicIndicator m) {
            DayValue v;
            if (auto it = values.find(m); it != values.end()) {
                v.value = std::abs(it->second);
                v.complete = it->second >= 0;
            }
            return v;
        });
    }

    // "01g2": one level per day, g for grey.
    static QList<int> levels(const QByteArray &text)
    {
        QList<int> result;
        for (char c : text)
            result.append(c == 'g' ? -1 : c - '0');
        return result;
    }

private slots:
    void cdc_data()
    {
        QTest::addColumn<double>("incidence");
        QTest::addColumn<double>("positivity");
        QTest::addColumn<int>("level");
        QTest::newRow("zero") << 0.0 << 0.0 << 0;
        QTest::newRow("9.99") << 9.99 << 0.0 << 0;
        QTest::newRow("10") << 10.0 << 0.0 << 1;
        QTest::newRow("49.99") << 49.99 << 0.0 << 1;
        QTest::newRow("50") << 50.0 << 0.0 << 2;
        QTest::newRow("99.99") << 99.99 << 0.0 << 2;
        QTest::newRow("100") << 100.0 << 0.0 << 3;
        QTest::newRow("pos 4.99") << 0.0 << 4.99 << 0;
        QTest::newRow("pos 5") << 0.0 << 5.0 << 1;
        QTest::newRow("pos 7.99") << 0.0 << 7.99 << 1;
        QTest::newRow("pos 8") << 0.0 << 8.0 << 2;
        QTest::newRow("pos 9.99") << 0.0 << 9.99 << 2;
        QTest::newRow("pos 10") << 0.0 << 10.0 << 3;
        QTest::newRow("worse of: positivity") << 12.0 << 8.5 << 2;
        QTest::newRow("worse of: cases") << 120.0 << 1.0 << 3;
    }
    void cdc()
    {
        QFETCH(double, incidence);
        QFETCH(double, positivity);
        QFETCH(int, level);
        const RiskScheme scheme = RiskScheme::cdc2021();
        QCOMPARE(classify(scheme, {{EpidemicIndicator::Incidence7, incidence}, {EpidemicIndicator::Positivity7, positivity}}),
                 level);
        QCOMPARE(scheme.level(level).index, level);
    }

    void ecdc_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("positivity");
        QTest::addColumn<double>("testRate");
        QTest::addColumn<int>("level");
        // 0 green, 1 orange, 2 red, 3 dark red, -1 grey.
        QTest::newRow("green") << 24.9 << 3.9 << 1000.0 << 0;
        QTest::newRow("rate 25 low pos: orange") << 25.0 << 3.9 << 1000.0 << 1;
        QTest::newRow("rate 0 pos 4: orange") << 0.0 << 4.0 << 1000.0 << 1;
        QTest::newRow("rate 49.9 pos 4: orange") << 49.9 << 4.0 << 1000.0 << 1;
        QTest::newRow("rate 50 pos 4: red") << 50.0 << 4.0 << 1000.0 << 2;
        QTest::newRow("rate 50 pos 3.9: orange") << 50.0 << 3.9 << 1000.0 << 1;
        QTest::newRow("rate 150 pos 3.9: orange") << 150.0 << 3.9 << 1000.0 << 1;
        QTest::newRow("rate 150.1 pos 3.9: red") << 150.1 << 3.9 << 1000.0 << 2;
        QTest::newRow("rate 499 pos 10: red") << 499.0 << 10.0 << 1000.0 << 2;
        QTest::newRow("rate 500: dark red") << 500.0 << 1.0 << 1000.0 << 3;
        QTest::newRow("test rate 300: grey") << 10.0 << 1.0 << 300.0 << -1;
        QTest::newRow("test rate 300.1") << 10.0 << 1.0 << 300.1 << 0;
    }
    void ecdc()
    {
        QFETCH(double, rate);
        QFETCH(double, positivity);
        QFETCH(double, testRate);
        QFETCH(int, level);
        QCOMPARE(classify(RiskScheme::ecdc2020(), {{EpidemicIndicator::Incidence14, rate},
                                                   {EpidemicIndicator::Positivity7, positivity},
                                                   {EpidemicIndicator::TestRate7, testRate}}),
                 level);
    }

    void germany_data()
    {
        QTest::addColumn<double>("incidence");
        QTest::addColumn<int>("level");
        QTest::newRow("99.9") << 99.9 << 0;
        QTest::newRow("100 is not above 100") << 100.0 << 0;
        QTest::newRow("100.1") << 100.1 << 1;
    }
    void germany()
    {
        QFETCH(double, incidence);
        QFETCH(int, level);
        QCOMPARE(classify(RiskScheme::germany100(), {{EpidemicIndicator::Incidence7, incidence}}), level);
    }

    void grey()
    {
        QCOMPARE(classify(RiskScheme::cdc2021(), {{EpidemicIndicator::Incidence7, 120.0}}), -1);
        QCOMPARE(classify(RiskScheme::cdc2021(), {{EpidemicIndicator::Incidence7, -120.0}, {EpidemicIndicator::Positivity7, 1.0}}), -1);
        QCOMPARE(classify(RiskScheme::ecdc2020(), {{EpidemicIndicator::Incidence14, 10.0}, {EpidemicIndicator::Positivity7, 1.0}}), -1);
        QCOMPARE(classify(RiskScheme::germany100(), {}), -1);
        QVERIFY(RiskScheme::germany100().level(-1).isInsufficient());
        QCOMPARE(RiskScheme::germany100().level(-1).key, QStringLiteral("insufficient"));
    }

    void hysteresis_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("shown");
        QTest::newRow("up after exactly 3") << QByteArray("0111") << QByteArray("0001");
        QTest::newRow("not after 2") << QByteArray("0110") << QByteArray("0000");
        QTest::newRow("down after exactly 5") << QByteArray("01111000001") << QByteArray("00011111100");
        QTest::newRow("not after 4") << QByteArray("0111100001") << QByteArray("0001111111");
        QTest::newRow("oscillation does not flip") << QByteArray("0101010110110") << QByteArray("0000000000000");
        QTest::newRow("grey breaks a streak") << QByteArray("011g11") << QByteArray("000g00");
        QTest::newRow("grey keeps the held level") << QByteArray("0111g0") << QByteArray("0001g1");
        QTest::newRow("first known day taken") << QByteArray("gg1100000") << QByteArray("gg1111110");
    }
    void hysteresis()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, shown);
        QCOMPARE(RiskScheme::germany100().applyHysteresis(levels(raw)), levels(shown));
    }

    void hysteresisMultiLevel()
    {
        RiskScheme scheme = RiskScheme::cdc2021();
        scheme.daysUp = 2;
        scheme.daysDown = 2;
        // Up to the lowest level every day of the streak reached; down to the highest.
        QCOMPARE(scheme.applyHysteresis(levels("0320")), levels("0022"));
        QCOMPARE(scheme.applyHysteresis(levels("03211")), levels("00221"));
        QCOMPARE(scheme.applyHysteresis(levels("3102")), levels("3311"));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        const QByteArray levels = R"("levels": [{"key": "low", "name": "Low"}, {"key": "high", "name": "High"}])";
        QTest::newRow("invalid JSON") << QByteArray("{\n  \"schemes\": [\n    {\"key\": }\n]}")
                                      << QStringList{QStringLiteral("bad.json: line 3, column")};
        QTest::newRow("not an object") << QByteArray("[1]") << QStringList{QStringLiteral("\"schemes\" array")};
        QTest::newRow("unknown metric")
            << (R"({"schemes": [{"key": "mine", "name": "M", )" + levels
                + R"(, "rules": [{"metric": "vibes", "thresholds": [1]}]}]})")
            << QStringList{QStringLiteral("scheme 'mine', rule 0, field 'metric': unknown metric \"vibes\"")};
        QTest::newRow("non-increasing thresholds")
            << QByteArray(R"({"schemes": [{"key": "mine", "name": "M", "levels": [{"key": "a", "name": "A"},
                 {"key": "b", "name": "B"}, {"key": "c", "name": "C"}],
                 "rules": [{"metric": "incidence7", "thresholds": [50, 50]}]}]})")
            << QStringList{QStringLiteral("scheme 'mine', rule 0, field 'thresholds': thresholds must increase strictly")};
        QTest::newRow("wrong threshold count")
            << (R"({"schemes": [{"key": "mine", "name": "M", )" + levels
                + R"(, "rules": [{"metric": "incidence7", "thresholds": [1, 2]}]}]})")
            << QStringList{QStringLiteral("field 'thresholds': expected 1 thresholds")};
        QTest::newRow("missing name and levels")
            << QByteArray(R"({"schemes": [{"key": "mine"}]})")
            << QStringList{QStringLiteral("scheme 'mine', field 'name': missing"),
                           QStringLiteral("scheme 'mine', field 'levels': missing")};
        QTest::newRow("missing key") << (R"({"schemes": [{"name": "M", )" + levels
                                         + R"(, "rules": [{"metric": "incidence7", "thresholds": [1]}]}]})")
                                     << QStringList{QStringLiteral("scheme 0, field 'key': missing")};
        QTest::newRow("wrong type in a cell")
            << QByteArray(R"({"schemes": [{"key": "mine", "name": "M", "levels": [{"key": "a", "name": "A"},
                 {"key": "b", "name": "B"}, {"key": "c", "name": "C", "when": [{"incidence7": {"above": "high"}}]}]}]})")
            << QStringList{QStringLiteral("scheme 'mine', level 2, when cell 0, metric 'incidence7', field 'above': "
                                          "expected a number, got \"high\"")};
        QTest::newRow("wrong hysteresis")
            << (R"({"schemes": [{"key": "mine", "name": "M", )" + levels
                + R"(, "rules": [{"metric": "incidence7", "thresholds": [1]}], "hysteresis": {"up": 0}}]})")
            << QStringList{QStringLiteral("scheme 'mine', hysteresis, field 'up'")};
        QTest::newRow("no rules") << (R"({"schemes": [{"key": "mine", "name": "M", )" + levels + "}]}")
                                  << QStringList{QStringLiteral("neither rules nor levels")};
    }
    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const auto load = RiskSchemeReader::parse(json, QStringLiteral("bad.json"));
        QVERIFY(load.schemes.isEmpty());
        QVERIFY(!load.errors.isEmpty());
        for (const QString &part : expected) {
            const bool found = std::any_of(load.errors.begin(), load.errors.end(), [&part](const QString &e) {
                return e.startsWith(QLatin1String("bad.json: ")) && e.contains(part);
            });
            QVERIFY2(found, qPrintable(load.errors.join(u'\n')));
        }
    }

    // Two good schemes beside a bad one: the good ones load and work.
    void goodFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schemes.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"schemes": [
          {"key": "simple", "name": "Simple", "levels": [{"key": "low", "name": "Low"}, {"key": "high", "name": "High"}],
           "rules": [{"metric": "incidence7", "thresholds": [50]}], "hysteresis": {"up": 2, "down": 3}},
          {"key": "broken", "name": "Broken", "levels": []},
          {"key": "grid", "name": "Grid", "levels": [{"key": "ok", "name": "OK"},
             {"key": "watch", "name": "Watch", "when": [{"incidence14": {"atLeast": 25}, "positivity7": {"below": 4}}]},
             {"key": "act", "name": "Act", "when": [{"incidence14": {"atLeast": 50, "atMost": 1000}}]}],
           "insufficient": [{"testRate7": {"atMost": 300}}]}
        ]})");
        file.close();

        const auto load = RiskSchemeReader::readFile(path);
        QCOMPARE(load.schemes.size(), 2);
        QCOMPARE(load.errors.size(), 1);
        QVERIFY(load.errors.first().contains(QLatin1String("scheme 'broken', field 'levels'")));
        QVERIFY(load.errors.first().startsWith(path));

        const RiskScheme &simple = load.schemes[0];
        QCOMPARE(simple.daysUp, 2);
        QCOMPARE(simple.daysDown, 3);
        QCOMPARE(simple.level(1).name, QStringLiteral("High"));
        QCOMPARE(classify(simple, {{EpidemicIndicator::Incidence7, 49.0}}), 0);
        QCOMPARE(classify(simple, {{EpidemicIndicator::Incidence7, 50.0}}), 1);

        const RiskScheme &grid = load.schemes[1];
        using I = EpidemicIndicator;
        QCOMPARE(classify(grid, {{I::Incidence14, 10.0}, {I::Positivity7, 1.0}, {I::TestRate7, 500.0}}), 0);
        QCOMPARE(classify(grid, {{I::Incidence14, 30.0}, {I::Positivity7, 1.0}, {I::TestRate7, 500.0}}), 1);
        QCOMPARE(classify(grid, {{I::Incidence14, 30.0}, {I::Positivity7, 5.0}, {I::TestRate7, 500.0}}), 0);
        QCOMPARE(classify(grid, {{I::Incidence14, 60.0}, {I::Positivity7, 1.0}, {I::TestRate7, 500.0}}), 2);
        QCOMPARE(classify(grid, {{I::Incidence14, 60.0}, {I::Positivity7, 1.0}, {I::TestRate7, 200.0}}), -1);
    }

    void missingFile()
    {
        const auto load = RiskSchemeReader::readFile(QStringLiteral("/nonexistent/schemes.json"));
        QVERIFY(load.schemes.isEmpty());
        QCOMPARE(load.errors.size(), 1);
        QVERIFY(load.errors.first().startsWith(QLatin1String("/nonexistent/schemes.json")));
    }

    void presetsAreWellFormed()
    {
        for (const RiskScheme &scheme : RiskScheme::presets()) {
            QVERIFY(!scheme.key.isEmpty());
            QVERIFY(!scheme.name.isEmpty());
            for (int i = 0; i < scheme.levels.size(); ++i)
                QCOMPARE(scheme.levels[i].index, i);
        }
    }
};

QTEST_GUILESS_MAIN(TestRiskRules)
#include "tst_riskrules.moc"
