#include "riskrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace atalaya {

bool RiskBound::holds(double value) const
{
    return (!above || value > *above) && (!atLeast || value >= *atLeast) && (!below || value < *below)
           && (!atMost || value <= *atMost);
}

int RiskCutoffRule::levelOf(double value) const
{
    int level = 0;
    for (double threshold : thresholds) {
        if (inclusive ? value >= threshold : value > threshold)
            ++level;
    }
    return level;
}

RiskLevel RiskScheme::insufficientLevel()
{
    return {QStringLiteral("insufficient"), tr("Insufficient data"), -1};
}

RiskLevel RiskScheme::level(int index) const
{
    return index >= 0 && index < levels.size() ? levels[index] : insufficientLevel();
}

QList<EpidemicIndicator> RiskScheme::metrics() const
{
    QList<EpidemicIndicator> result;
    auto add = [&result](EpidemicIndicator m) {
        if (!result.contains(m))
            result.append(m);
    };
    for (const RiskCutoffRule &rule : rules)
        add(rule.metric);
    for (const auto &levelCells : cells)
        for (const auto &cell : levelCells)
            for (const RiskBound &bound : cell)
                add(bound.metric);
    for (const auto &cell : insufficient)
        for (const RiskBound &bound : cell)
            add(bound.metric);
    return result;
}

namespace {

bool cellMatches(const QList<RiskBound> &cell, const RiskInputs &inputs)
{
    return std::all_of(cell.begin(), cell.end(),
                       [&inputs](const RiskBound &b) { return b.holds(*inputs(b.metric).value); });
}

} // namespace

int RiskScheme::classify(const RiskInputs &inputs) const
{
    // Every metric is checked first, so a missing one is grey even where another rule alone
    // would have decided: a level from half the evidence would look better than it is.
    for (EpidemicIndicator metric : metrics()) {
        if (!inputs(metric).usable())
            return -1;
    }
    for (const auto &cell : insufficient) {
        if (cellMatches(cell, inputs))
            return -1;
    }
    int result = -1;
    for (const RiskCutoffRule &rule : rules)
        result = std::max(result, rule.levelOf(*inputs(rule.metric).value));

    const bool hasGrid = std::any_of(cells.begin(), cells.end(), [](const auto &c) { return !c.isEmpty(); });
    if (hasGrid) {
        int grid = -1;
        for (int index = int(cells.size()) - 1; index >= 0 && grid < 0; --index) {
            if (std::any_of(cells[index].begin(), cells[index].end(),
                            [&inputs](const QList<RiskBound> &cell) { return cellMatches(cell, inputs); }))
                grid = index;
        }
        // A lowest level without cells is the grid's default; otherwise a gap in the grid is grey.
        if (grid < 0 && !cells.isEmpty() && cells[0].isEmpty())
            grid = 0;
        if (grid < 0)
            return -1;
        result = std::max(result, grid);
    }
    return result;
}

QList<int> RiskScheme::applyHysteresis(const QList<int> &raw) const
{
    QList<int> shown;
    shown.reserve(raw.size());
    int held = -1;
    int direction = 0;
    QList<int> streak;
    for (int level : raw) {
        if (level < 0) {
            // Grey shows grey and breaks "consecutive"; the level held before it stays held.
            shown.append(-1);
            streak.clear();
            continue;
        }
        if (held < 0 || level == held) {
            // Without a held level there is no line to cross yet: the first known day is taken as is.
            held = level;
            streak.clear();
            shown.append(held);
            continue;
        }
        const int dir = level > held ? 1 : -1;
        if (dir != direction)
            streak.clear();
        direction = dir;
        streak.append(level);
        if (streak.size() >= (dir > 0 ? daysUp : daysDown)) {
            // Move only as far as every day of the streak went.
            held = dir > 0 ? *std::min_element(streak.begin(), streak.end())
                           : *std::max_element(streak.begin(), streak.end());
            streak.clear();
        }
        shown.append(held);
    }
    return shown;
}

QList<int> RiskScheme::classifySeries(const EpidemicSeries &series) const
{
    QList<int> raw;
    raw.reserve(series.size());
    for (int i = 0; i < series.size(); ++i)
        raw.append(classify([&series, i](EpidemicIndicator m) { return series.values(m)[i]; }));
    return applyHysteresis(raw);
}

RiskScheme RiskScheme::cdc2021()
{
    RiskScheme s;
    s.key = QStringLiteral("cdc2021");
    s.name = tr("US CDC 2021 community transmission");
    s.levels = {{QStringLiteral("low"), tr("Low"), 0},
                {QStringLiteral("moderate"), tr("Moderate"), 1},
                {QStringLiteral("substantial"), tr("Substantial"), 2},
                {QStringLiteral("high"), tr("High"), 3}};
    // CDC: "low 0-9.99, moderate 10-49.99, substantial 50-99.99, high >= 100" cases per 100k in
    // 7 days; positivity "< 5, 5-7.99, 8-9.99, >= 10 %". If they differ, the higher level.
    s.rules = {{EpidemicIndicator::Incidence7, {10, 50, 100}, true},
               {EpidemicIndicator::Positivity7, {5, 8, 10}, true}};
    return s;
}

RiskScheme RiskScheme::ecdc2020()
{
    RiskScheme s;
    s.key = QStringLiteral("ecdc2020");
    s.name = tr("ECDC 2020 traffic lights");
    s.levels = {{QStringLiteral("green"), tr("Green"), 0},
                {QStringLiteral("orange"), tr("Orange"), 1},
                {QStringLiteral("red"), tr("Red"), 2},
                {QStringLiteral("dark_red"), tr("Dark red"), 3}};
    // Council Recommendation (EU) 2020/1475 point 10, with dark red added by (EU) 2021/119:
    //  green    if the 14-day notification rate is < 25 and positivity < 4 %;
    //  orange   if rate < 50 and positivity >= 4 %, or rate "ranges from 25 to 150" (inclusive) and
    //           positivity < 4 %;
    //  red      if rate >= 50 and positivity >= 4 %, or rate "more than 150" (strictly);
    //  dark red if rate >= 500;
    //  grey     if information is insufficient or the weekly testing rate is "300 or less" per 100k.
    // The highest matching level wins, which is how the overlapping cells are meant to be read.
    const auto rate = EpidemicIndicator::Incidence14;
    const auto pos = EpidemicIndicator::Positivity7;
    auto bound = [](EpidemicIndicator m, std::optional<double> above, std::optional<double> atLeast,
                    std::optional<double> below, std::optional<double> atMost) {
        RiskBound b;
        b.metric = m;
        b.above = above;
        b.atLeast = atLeast;
        b.below = below;
        b.atMost = atMost;
        return b;
    };
    const std::nullopt_t no = std::nullopt;
    s.cells = {
        {{bound(rate, no, no, 25, no), bound(pos, no, no, 4, no)}},
        {{bound(rate, no, no, 50, no), bound(pos, no, 4, no, no)},
         {bound(rate, no, 25, no, 150), bound(pos, no, no, 4, no)}},
        {{bound(rate, no, 50, no, no), bound(pos, no, 4, no, no)}, {bound(rate, 150, no, no, no)}},
        {{bound(rate, no, 500, no, no)}},
    };
    s.insufficient = {{bound(EpidemicIndicator::TestRate7, no, no, no, 300)}};
    return s;
}

RiskScheme RiskScheme::germany100()
{
    RiskScheme s;
    s.key = QStringLiteral("germany100");
    s.name = tr("Germany 2021: 7-day incidence 100");
    s.levels = {{QStringLiteral("below"), tr("At or below 100"), 0},
                {QStringLiteral("above"), tr("Above 100"), 1}};
    // IfSG section 28b (April 2021): measures apply once the 7-day incidence "exceeds" 100 on three
    // consecutive days, and end after five consecutive days below it. The law counts working
    // days for the way down and treats exactly 100 as neither; here every day counts and 100 is
    // "at or below", the nearest a two-level scheme gets.
    s.rules = {{EpidemicIndicator::Incidence7, {100}, false}};
    s.daysUp = 3;
    s.daysDown = 5;
    return s;
}

QList<RiskScheme> RiskScheme::presets()
{
    return {cdc2021(), ecdc2020(), germany100()};
}

// --- reading scheme files -------------------------------------------------------------------

namespace {

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Array:
        return RiskSchemeReader::tr("an array");
    case QJsonValue::Object:
        return RiskSchemeReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return RiskSchemeReader::tr("nothing");
}

// Reads one scheme; every problem is recorded with where it is, and reading goes on so that a
// user fixing the file sees all of a scheme's problems at once.
class SchemeParser
{
public:
    SchemeParser(const QString &file, QStringList *errors) : m_file(file), m_errors(errors) {}

    std::optional<RiskScheme> parse(const QJsonValue &value, int position)
    {
        m_where = RiskSchemeReader::tr("scheme %1").arg(position);
        if (!value.isObject()) {
            error(RiskSchemeReader::tr("schemes[%1]").arg(position),
                  RiskSchemeReader::tr("expected an object, got %1").arg(describe(value)));
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        RiskScheme s;
        s.key = string(o, QStringLiteral("key"));
        if (!s.key.isEmpty())
            m_where = RiskSchemeReader::tr("scheme '%1'").arg(s.key);
        const QString schemeWhere = m_where;
        s.name = string(o, QStringLiteral("name"));

        const QJsonValue levels = o.value(QStringLiteral("levels"));
        if (!levels.isArray()) {
            error(QStringLiteral("levels"), levels.isUndefined()
                                                ? RiskSchemeReader::tr("missing")
                                                : RiskSchemeReader::tr("expected an array, got %1").arg(describe(levels)));
        } else if (levels.toArray().size() < 2) {
            error(QStringLiteral("levels"), RiskSchemeReader::tr("a scheme needs at least 2 levels, got %1")
                                                .arg(levels.toArray().size()));
        } else {
            QSet<QString> keys;
            const QJsonArray array = levels.toArray();
            for (int i = 0; i < array.size(); ++i) {
                m_where = RiskSchemeReader::tr("%1, level %2").arg(schemeWhere).arg(i);
                if (!array[i].isObject()) {
                    error(QStringLiteral("levels"), RiskSchemeReader::tr("expected an object, got %1").arg(describe(array[i])));
                    continue;
                }
                const QJsonObject l = array[i].toObject();
                RiskLevel level;
                level.index = i;
                level.key = string(l, QStringLiteral("key"));
                level.name = string(l, QStringLiteral("name"));
                if (!level.key.isEmpty() && keys.contains(level.key))
                    error(QStringLiteral("key"), RiskSchemeReader::tr("\"%1\" is used by another level").arg(level.key));
                keys.insert(level.key);
                s.levels.append(level);
                QList<QList<RiskBound>> cells;
                if (l.contains(QStringLiteral("when")))
                    cells = cellList(l.value(QStringLiteral("when")), QStringLiteral("when"));
                s.cells.append(cells);
            }
        }

        m_where = schemeWhere;
        if (o.contains(QStringLiteral("rules"))) {
            const QJsonValue rules = o.value(QStringLiteral("rules"));
            if (!rules.isArray()) {
                error(QStringLiteral("rules"), RiskSchemeReader::tr("expected an array, got %1").arg(describe(rules)));
            } else {
                const QJsonArray array = rules.toArray();
                for (int i = 0; i < array.size(); ++i) {
                    m_where = RiskSchemeReader::tr("%1, rule %2").arg(schemeWhere).arg(i);
                    if (auto rule = cutoffRule(array[i], int(s.levels.size())))
                        s.rules.append(*rule);
                }
            }
        }
        m_where = schemeWhere;
        if (o.contains(QStringLiteral("insufficient")))
            s.insufficient = cellList(o.value(QStringLiteral("insufficient")), QStringLiteral("insufficient"));
        if (o.contains(QStringLiteral("hysteresis"))) {
            const QJsonValue h = o.value(QStringLiteral("hysteresis"));
            if (!h.isObject()) {
                error(QStringLiteral("hysteresis"), RiskSchemeReader::tr("expected an object, got %1").arg(describe(h)));
            } else {
                m_where = RiskSchemeReader::tr("%1, hysteresis").arg(schemeWhere);
                s.daysUp = days(h.toObject(), QStringLiteral("up"));
                s.daysDown = days(h.toObject(), QStringLiteral("down"));
            }
        }
        m_where = schemeWhere;
        const bool hasCells = std::any_of(s.cells.begin(), s.cells.end(), [](const auto &c) { return !c.isEmpty(); });
        if (m_ok && s.rules.isEmpty() && !hasCells)
            error(QStringLiteral("rules"), RiskSchemeReader::tr("the scheme has neither rules nor levels with \"when\""));
        if (!m_ok)
            return std::nullopt;
        return s;
    }

    void resetOk() { m_ok = true; }

private:
    void error(const QString &field, const QString &why)
    {
        m_errors->append(RiskSchemeReader::tr("%1: %2, field '%3': %4").arg(m_file, m_where, field, why));
        m_ok = false;
    }

    QString string(const QJsonObject &o, const QString &field)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined()) {
            error(field, RiskSchemeReader::tr("missing"));
            return {};
        }
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            error(field, RiskSchemeReader::tr("expected a non-empty string, got %1").arg(describe(v)));
            return {};
        }
        return v.toString();
    }

    std::optional<double> number(const QJsonObject &o, const QString &field)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble()) {
            error(field, RiskSchemeReader::tr("expected a number, got %1").arg(describe(v)));
            return std::nullopt;
        }
        return v.toDouble();
    }

    int days(const QJsonObject &o, const QString &field)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined())
            return 1;
        if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(int(v.toDouble())) || v.toDouble() > 365) {
            error(field, RiskSchemeReader::tr("expected a whole number of days from 1 to 365, got %1").arg(describe(v)));
            return 1;
        }
        return v.toInt();
    }

    std::optional<EpidemicIndicator> metric(const QString &key, const QString &field)
    {
        const auto m = indicatorFromKey(key);
        if (!m)
            error(field, RiskSchemeReader::tr("unknown metric \"%1\"; known metrics: %2")
                             .arg(key, indicatorKeys().join(QStringLiteral(", "))));
        return m;
    }

    std::optional<RiskCutoffRule> cutoffRule(const QJsonValue &value, int levelCount)
    {
        if (!value.isObject()) {
            error(QStringLiteral("rules"), RiskSchemeReader::tr("expected an object, got %1").arg(describe(value)));
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        RiskCutoffRule rule;
        const bool okBefore = m_ok;
        m_ok = true;
        const QString key = string(o, QStringLiteral("metric"));
        if (!key.isEmpty()) {
            if (auto m = metric(key, QStringLiteral("metric")))
                rule.metric = *m;
        }
        const QJsonValue thresholds = o.value(QStringLiteral("thresholds"));
        if (thresholds.isUndefined()) {
            error(QStringLiteral("thresholds"), RiskSchemeReader::tr("missing"));
        } else if (!thresholds.isArray()) {
            error(QStringLiteral("thresholds"), RiskSchemeReader::tr("expected an array, got %1").arg(describe(thresholds)));
        } else {
            const QJsonArray array = thresholds.toArray();
            for (int i = 0; i < array.size(); ++i) {
                if (!array[i].isDouble()) {
                    error(QStringLiteral("thresholds"), RiskSchemeReader::tr("item %1: expected a number, got %2")
                                                            .arg(i)
                                                            .arg(describe(array[i])));
                    continue;
                }
                const double t = array[i].toDouble();
                if (!rule.thresholds.isEmpty() && t <= rule.thresholds.last())
                    error(QStringLiteral("thresholds"),
                          RiskSchemeReader::tr("thresholds must increase strictly: item %1 (%2) is not above %3")
                              .arg(i)
                              .arg(t)
                              .arg(rule.thresholds.last()));
                rule.thresholds.append(t);
            }
            if (levelCount >= 2 && array.size() != levelCount - 1)
                error(QStringLiteral("thresholds"),
                      RiskSchemeReader::tr("expected %1 thresholds, one per step between the %2 levels, got %3")
                          .arg(levelCount - 1)
                          .arg(levelCount)
                          .arg(array.size()));
        }
        if (o.contains(QStringLiteral("inclusive"))) {
            const QJsonValue v = o.value(QStringLiteral("inclusive"));
            if (!v.isBool())
                error(QStringLiteral("inclusive"), RiskSchemeReader::tr("expected true or false, got %1").arg(describe(v)));
            rule.inclusive = v.toBool(true);
        }
        const bool ruleOk = m_ok;
        m_ok = okBefore && ruleOk;
        return ruleOk ? std::optional(rule) : std::nullopt;
    }

    QList<QList<RiskBound>> cellList(const QJsonValue &value, const QString &field)
    {
        QList<QList<RiskBound>> cells;
        if (!value.isArray()) {
            error(field, RiskSchemeReader::tr("expected an array of cells, got %1").arg(describe(value)));
            return cells;
        }
        const QString outer = m_where;
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            m_where = RiskSchemeReader::tr("%1, %2 cell %3").arg(outer, field).arg(i);
            if (!array[i].isObject() || array[i].toObject().isEmpty()) {
                error(field, RiskSchemeReader::tr("expected an object of metric bounds, got %1").arg(describe(array[i])));
                continue;
            }
            QList<RiskBound> cell;
            const QJsonObject o = array[i].toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const auto m = metric(it.key(), it.key());
                if (!m)
                    continue;
                m_where = RiskSchemeReader::tr("%1, %2 cell %3, metric '%4'").arg(outer, field).arg(i).arg(it.key());
                if (!it.value().isObject()) {
                    error(it.key(), RiskSchemeReader::tr("expected an object of bounds, got %1").arg(describe(it.value())));
                    continue;
                }
                const QJsonObject b = it.value().toObject();
                RiskBound bound;
                bound.metric = *m;
                bound.above = number(b, QStringLiteral("above"));
                bound.atLeast = number(b, QStringLiteral("atLeast"));
                bound.below = number(b, QStringLiteral("below"));
                bound.atMost = number(b, QStringLiteral("atMost"));
                static const QStringList known = {QStringLiteral("above"), QStringLiteral("atLeast"),
                                                  QStringLiteral("below"), QStringLiteral("atMost")};
                for (const QString &k : b.keys()) {
                    if (!known.contains(k))
                        error(k, RiskSchemeReader::tr("unknown bound; use above, atLeast, below or atMost"));
                }
                if (!bound.above && !bound.atLeast && !bound.below && !bound.atMost)
                    error(it.key(), RiskSchemeReader::tr("no bound given"));
                cell.append(bound);
                m_where = RiskSchemeReader::tr("%1, %2 cell %3").arg(outer, field).arg(i);
            }
            cells.append(cell);
        }
        m_where = outer;
        return cells;
    }

    QString m_file;
    QStringList *m_errors;
    QString m_where;
    bool m_ok = true;
};

} // namespace

RiskSchemeLoad RiskSchemeReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RiskSchemeLoad load;
        load.errors.append(tr("%1: cannot be read: %2").arg(path, file.errorString()));
        return load;
    }
    return parse(file.readAll(), path);
}

RiskSchemeLoad RiskSchemeReader::parse(const QByteArray &json, const QString &fileName)
{
    RiskSchemeLoad load;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; people fix files by line and column.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(before.size() - (before.lastIndexOf('\n') + 1)) + 1;
        load.errors.append(tr("%1: line %2, column %3: not valid JSON: %4")
                               .arg(fileName)
                               .arg(line)
                               .arg(column)
                               .arg(parseError.errorString()));
        return load;
    }
    const QJsonValue schemes = document.object().value(QStringLiteral("schemes"));
    if (!document.isObject() || !schemes.isArray()) {
        load.errors.append(tr("%1: expected an object with a \"schemes\" array").arg(fileName));
        return load;
    }
    QSet<QString> keys;
    const QJsonArray array = schemes.toArray();
    for (int i = 0; i < array.size(); ++i) {
        SchemeParser parser(fileName, &load.errors);
        std::optional<RiskScheme> scheme = parser.parse(array[i], i);
        if (!scheme)
            continue;
        if (keys.contains(scheme->key)) {
            load.errors.append(tr("%1: scheme '%2', field 'key': another scheme in the file has this key")
                                   .arg(fileName, scheme->key));
            continue;
        }
        keys.insert(scheme->key);
        load.schemes.append(*scheme);
    }
    return load;
}

} // namespace atalaya
