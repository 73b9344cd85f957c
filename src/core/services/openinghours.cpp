#include "openinghours.h"

#include <QStringList>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace atalaya {

namespace {

constexpr int kDayMinutes = 24 * 60;
constexpr int kNoon = 12 * 60;

// OpenStreetMap's two-letter weekdays, Monday first (ISO order).
constexpr std::array<QLatin1StringView, 7> kDays = {"Mo"_L1, "Tu"_L1, "We"_L1, "Th"_L1, "Fr"_L1, "Sa"_L1, "Su"_L1};

QString minutesText(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Reads one rule ("Mo-Fr 09:00-14:00,17:00-20:00") with a cursor; every failure names the rule.
class RuleParser
{
public:
    explicit RuleParser(const QString &rule)
        : m_rule(rule)
    {
    }

    // days: bit d set = the rule applies to weekday d (0 = Monday). ranges empty = closed.
    bool parse(quint8 *days, QList<OpeningRange> *ranges)
    {
        *days = 0;
        ranges->clear();
        if (m_rule == "24/7"_L1) {
            *days = 0x7f;
            ranges->append({0, kDayMinutes});
            return true;
        }
        skipSpaces();
        bool haveDays = false;
        if (peek().isLetter() && !atWord("off"_L1) && !atWord("closed"_L1)) {
            if (!parseDays(days))
                return false;
            haveDays = true;
            skipSpaces();
        }
        if (!haveDays)
            *days = 0x7f; // a rule without days applies to every day, as in OSM
        if (atEnd()) {
            if (!haveDays)
                return fail(OpeningHours::tr("'%1' names neither days nor times").arg(m_rule));
            ranges->append({0, kDayMinutes}); // "Mo-Fr" alone: open all day, as in OSM
            return true;
        }
        if (atWord("off"_L1) || atWord("closed"_L1)) {
            m_pos += atWord("off"_L1) ? 3 : 6;
            skipSpaces();
            return atEnd() || unexpected();
        }
        if (!peek().isDigit())
            return unexpected();
        for (;;) {
            OpeningRange range;
            if (!parseRange(&range))
                return false;
            ranges->append(range);
            skipSpaces();
            if (atEnd())
                return true;
            if (peek() != u',') {
                if (peek().isDigit())
                    return fail(OpeningHours::tr("separate the time ranges in '%1' with ',' (as in 09:00-14:00,17:00-20:00)")
                                    .arg(m_rule));
                return unexpected();
            }
            ++m_pos;
            skipSpaces();
            if (peek().isLetter())
                return fail(OpeningHours::tr("'%1' continues with days after ','; start a new rule with ';' instead")
                                .arg(m_rule));
        }
    }

    QString error() const { return m_error; }

private:
    QChar peek() const { return m_pos < m_rule.size() ? m_rule.at(m_pos) : QChar(); }
    bool atEnd() const { return m_pos >= m_rule.size(); }
    void skipSpaces()
    {
        while (m_pos < m_rule.size() && m_rule.at(m_pos).isSpace())
            ++m_pos;
    }
    bool atWord(QLatin1StringView word) const
    {
        if (QStringView(m_rule).mid(m_pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        const qsizetype after = m_pos + word.size();
        return after >= m_rule.size() || !m_rule.at(after).isLetterOrNumber();
    }
    QString word() const
    {
        qsizetype end = m_pos;
        while (end < m_rule.size() && (m_rule.at(end).isLetterOrNumber() || m_rule.at(end) == u':'))
            ++end;
        return end > m_pos ? m_rule.mid(m_pos, end - m_pos) : m_rule.mid(m_pos, 1);
    }

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }
    bool unexpected()
    {
        return fail(OpeningHours::tr("unexpected '%1' in '%2'").arg(word(), m_rule));
    }

    std::optional<int> parseDay()
    {
        qsizetype end = m_pos;
        while (end < m_rule.size() && m_rule.at(end).isLetter())
            ++end;
        const QString name = m_rule.mid(m_pos, end - m_pos);
        for (int d = 0; d < 7; ++d) {
            if (name == kDays[size_t(d)]) {
                m_pos = end;
                return d;
            }
        }
        if (name == "PH"_L1 || name == "SH"_L1)
            fail(OpeningHours::tr("public and school holidays (%1) are not supported, in '%2'").arg(name, m_rule));
        else if (name.isEmpty())
            fail(OpeningHours::tr("expected a day (Mo, Tu, We, Th, Fr, Sa, Su) at '%1' in '%2'").arg(word(), m_rule));
        else
            fail(OpeningHours::tr("unknown day '%1' in '%2' (days are written Mo, Tu, We, Th, Fr, Sa, Su)").arg(name, m_rule));
        return std::nullopt;
    }

    bool parseDays(quint8 *days)
    {
        for (;;) {
            const std::optional<int> first = parseDay();
            if (!first)
                return false;
            skipSpaces();
            int last = *first;
            if (peek() == u'-') {
                ++m_pos;
                skipSpaces();
                const std::optional<int> to = parseDay();
                if (!to)
                    return false;
                last = *to;
                skipSpaces();
            }
            // Ranges may wrap over the week's end (Sa-Mo), as in OSM.
            for (int d = *first;; d = (d + 1) % 7) {
                *days |= quint8(1u << d);
                if (d == last)
                    break;
            }
            if (peek() != u',')
                return true;
            ++m_pos;
            skipSpaces();
        }
    }

    // HH:MM; hours up to maxHours (24 or 48 for closing times past midnight written as 26:00).
    std::optional<int> parseTime(int maxHours)
    {
        const QString token = m_rule.mid(m_pos, 5);
        const bool shaped = token.size() == 5 && token.at(0).isDigit() && token.at(1).isDigit() && token.at(2) == u':'
            && token.at(3).isDigit() && token.at(4).isDigit();
        if (!shaped) {
            fail(OpeningHours::tr("expected a time as HH:MM at '%1' in '%2'").arg(word(), m_rule));
            return std::nullopt;
        }
        const int hours = token.left(2).toInt(), minutes = token.mid(3, 2).toInt();
        if (minutes > 59 || hours > maxHours || (hours == maxHours && minutes > 0)) {
            fail(OpeningHours::tr("%1 is not a valid time in '%2'").arg(token, m_rule));
            return std::nullopt;
        }
        m_pos += 5;
        return hours * 60 + minutes;
    }

    bool parseRange(OpeningRange *range)
    {
        const std::optional<int> opens = parseTime(24);
        if (!opens)
            return false;
        if (*opens == kDayMinutes)
            return fail(OpeningHours::tr("opening time 24:00 in '%1' is the end of the day; write 00:00").arg(m_rule));
        skipSpaces();
        if (peek() != u'-')
            return fail(OpeningHours::tr("expected '-' and a closing time after %1 in '%2'").arg(minutesText(*opens), m_rule));
        ++m_pos;
        skipSpaces();
        const std::optional<int> closes = parseTime(48);
        if (!closes)
            return false;
        int end = *closes;
        if (end == *opens)
            return fail(OpeningHours::tr("closing time %1 is the same as opening time %2 in '%3'")
                            .arg(minutesText(end), minutesText(*opens), m_rule));
        if (end < *opens) {
            // Past midnight only when plainly so: opening in the afternoon or evening and closing
            // by noon (22:00-02:00, a duty pharmacy's 21:00-09:30). "09:00-08:00" is a typing
            // slip far more often than a 23-hour day.
            if (*opens < kNoon || end > kNoon)
                return fail(OpeningHours::tr("closing time %1 is before opening time %2 in '%3' (a range past midnight "
                                             "opens after noon and closes by noon, like 22:00-02:00)")
                                .arg(minutesText(end), minutesText(*opens), m_rule));
            end += kDayMinutes;
        } else if (end > kDayMinutes && end - kDayMinutes > *opens) {
            return fail(OpeningHours::tr("%1-%2 in '%3' is longer than a day")
                            .arg(minutesText(*opens), minutesText(end), m_rule));
        }
        *range = {*opens, end};
        return true;
    }

    QString m_rule;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

OpeningHours OpeningHours::parse(const QString &text)
{
    OpeningHours result;
    result.m_text = text.trimmed();
    if (result.m_text.isEmpty()) {
        result.m_error = tr("no opening hours given");
        return result;
    }
    QStringList rules = result.m_text.split(u';');
    if (rules.size() > 1 && rules.constLast().trimmed().isEmpty())
        rules.removeLast(); // a trailing ';' is harmless
    for (const QString &raw : std::as_const(rules)) {
        const QString rule = raw.trimmed();
        if (rule.isEmpty()) {
            result.m_error = tr("empty rule between ';' in '%1'").arg(result.m_text);
            return result;
        }
        RuleParser parser(rule);
        quint8 days = 0;
        QList<OpeningRange> ranges;
        if (!parser.parse(&days, &ranges)) {
            result.m_error = parser.error();
            return result;
        }
        std::sort(ranges.begin(), ranges.end(), [](const OpeningRange &a, const OpeningRange &b) {
            return a.opens < b.opens || (a.opens == b.opens && a.closes < b.closes);
        });
        // A later rule replaces what earlier ones said about its days (OSM's normal rules).
        for (int d = 0; d < 7; ++d) {
            if (days & (1u << d))
                result.m_days[size_t(d)] = ranges;
        }
    }
    result.m_valid = true;
    return result;
}

QList<OpeningRange> OpeningHours::ranges(int isoWeekday) const
{
    if (isoWeekday < 1 || isoWeekday > 7)
        return {};
    return m_days[size_t(isoWeekday - 1)];
}

bool OpeningHours::isOpenAt(const QDateTime &local) const
{
    if (!m_valid || !local.isValid())
        return false;
    const int day = local.date().dayOfWeek() - 1;
    const int second = local.time().msecsSinceStartOfDay() / 1000;
    for (const OpeningRange &r : m_days[size_t(day)]) {
        if (second >= r.opens * 60 && second < r.closes * 60)
            return true;
    }
    // Yesterday's ranges that run past midnight.
    for (const OpeningRange &r : m_days[size_t((day + 6) % 7)]) {
        if (r.closes > kDayMinutes && second + kDayMinutes * 60 < r.closes * 60)
            return true;
    }
    return false;
}

bool OpeningHours::isAlwaysOpen() const
{
    if (!m_valid)
        return false;
    for (const QList<OpeningRange> &day : m_days) {
        int covered = 0; // ranges are sorted by opening time
        for (const OpeningRange &r : day) {
            if (r.opens > covered)
                break;
            covered = std::max(covered, r.closes);
        }
        if (covered < kDayMinutes)
            return false;
    }
    return true;
}

} // namespace atalaya
