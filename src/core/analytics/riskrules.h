#pragma once

// Risk schemes: how a region-day's indicators become a risk level.
//
// A scheme file is JSON (see also docs/risk-schemes.md):
//
//   { "schemes": [ {
//       "key": "mine",                      // required, unique in the file
//       "name": "My scheme",                // required, shown to users as written
//       "levels": [                         // required, at least 2, lowest first
//         { "key": "low", "name": "Low" },
//         { "key": "high", "name": "High",
//           "when": [                       // optional: combination cells, any one matches
//             { "incidence14": { "atLeast": 50 }, "positivity7": { "atLeast": 4 } },
//             { "incidence14": { "above": 150 } } ] } ],
//       "rules": [                          // optional: one-metric cut-offs, the worse one wins
//         { "metric": "incidence7", "thresholds": [100], "inclusive": false } ],
//       "insufficient": [                   // optional: cells that make the day grey
//         { "testRate7": { "below": 300 } } ],
//       "hysteresis": { "up": 3, "down": 5 } // optional, days; default 1 and 1
//   } ] }
//
// - Metrics are indicator keys (indicatorKeys(): newCases, casesAverage7, incidence7, incidence14,
//   positivity7 (percent), testRate7, recoveries, deaths, activeCases, coverageDose1/2/Booster).
// - A rule has one threshold per step between levels (levels - 1), strictly increasing; a value
//   at or above threshold k (strictly above when "inclusive" is false) reaches level k + 1.
// - A cell is an object of metric -> bounds; bounds are "above" (>), "atLeast" (>=), "below" (<),
//   "atMost" (<=), all of which must hold. A cell matches when all its metrics do. The grid's level
//   is the highest level with a matching cell; when none matches, the lowest level if it has no
//   "when" (the grid's default), else grey (a gap in the grid).
// - The day's level is the worst of the rules and the grid. It is grey ("insufficient data")
//   when a metric the scheme reads is missing or incomplete, or an "insufficient" cell matches.
// - Hysteresis: the shown level moves up only after "up" consecutive days above it, down only after
//   "down" consecutive days below it (to the lowest / highest level those days all reached); a grey
//   day shows grey and breaks the streak, and the level held before it stays held.
// - Errors name the file, scheme, level or rule, and field; a bad scheme is skipped and the
//   others in the file still load. Level and rule numbers count from 0, like level indices.

#include "analytics/epidemicindicators.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace atalaya {

/** A risk level. index orders levels (0 = lowest); the grey "insufficient data" level has index
 *  -1. Colours are the UI's business. */
struct RiskLevel {
    QString key;
    QString name; // display name, translated for the presets
    int index = -1;

    bool isInsufficient() const { return index < 0; }
};

/** A bound on one metric inside a combination cell. */
struct RiskBound {
    EpidemicIndicator metric = EpidemicIndicator::Incidence7;
    std::optional<double> above, atLeast, below, atMost;

    bool holds(double value) const;
};

/** One-metric cut-offs: thresholds[k] separates level k from level k + 1. */
struct RiskCutoffRule {
    EpidemicIndicator metric = EpidemicIndicator::Incidence7;
    QList<double> thresholds;
    bool inclusive = true; // value == threshold reaches the higher level

    int levelOf(double value) const;
};

/** The metric values a scheme classifies: one DayValue per indicator. */
using RiskInputs = std::function<DayValue(EpidemicIndicator)>;

/** A rules scheme: levels, cut-off rules, combination cells, grey conditions and hysteresis. */
class RiskScheme
{
    Q_DECLARE_TR_FUNCTIONS(RiskScheme) // preset names and levels are shown to users

public:
    QString key;
    QString name;
    QList<RiskLevel> levels;
    QList<RiskCutoffRule> rules;
    // Combination cells per level index: a level is reached when all bounds of one cell hold.
    QList<QList<QList<RiskBound>>> cells;
    QList<QList<RiskBound>> insufficient;
    int daysUp = 1;
    int daysDown = 1;

    /** The grey level shared by every scheme. */
    static RiskLevel insufficientLevel();
    /** The level with this index, or the grey level. */
    RiskLevel level(int index) const;
    /** Every metric the scheme reads (each must be present and complete, or the day is grey). */
    QList<EpidemicIndicator> metrics() const;

    /** The level of one day without hysteresis (index, -1 = grey). */
    int classify(const RiskInputs &inputs) const;
    /** Day-by-day levels of a region with the scheme's hysteresis applied. */
    QList<int> classifySeries(const EpidemicSeries &series) const;
    /** Hysteresis alone, over raw day levels (-1 = grey). */
    QList<int> applyHysteresis(const QList<int> &raw) const;

    /** US CDC 2021 community transmission: worse of 7-day cases per 100k (10/50/100) and 7-day
     *  positivity (5/8/10 %). */
    static RiskScheme cdc2021();
    /** ECDC 2020 traffic lights (Council Recommendation (EU) 2020/1475, dark red from 2021/119). */
    static RiskScheme ecdc2020();
    /** Germany 2021 "Bundesnotbremse": 7-day incidence above 100 on 3 days up, 5 days below down. */
    static RiskScheme germany100();
    static QList<RiskScheme> presets();
};

/** What loading a scheme file gave: the valid schemes, and one message per problem. */
struct RiskSchemeLoad {
    QList<RiskScheme> schemes;
    QStringList errors;
};

/** Reads user schemes from JSON files in the format above; never throws or crashes. */
class RiskSchemeReader
{
    Q_DECLARE_TR_FUNCTIONS(RiskSchemeReader) // errors are shown to users

public:
    static RiskSchemeLoad readFile(const QString &path);
    /** fileName only names the source in the messages. */
    static RiskSchemeLoad parse(const QByteArray &json, const QString &fileName);
};

} // namespace atalaya
