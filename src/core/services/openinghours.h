#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace atalaya {

/** One time range of a day in minutes after midnight. closes is after opens; a range past
 *  midnight (22:00-02:00) has closes above 1440 (here 1560) and belongs to the day it opens on. */
struct OpeningRange {
    int opens = 0;
    int closes = 0;
    friend bool operator==(const OpeningRange &, const OpeningRange &) = default;
};

/** Opening hours in the subset of the OpenStreetMap opening_hours syntax described in
 *  docs/opening-hours.md ("Mo-Fr 09:00-21:00; Sa 10:00-14:00; Su off", "24/7", ...).
 *  Parsing refuses anything outside the subset with a message that quotes the rule at fault and
 *  says why, rather than guessing: these hours tell people when a pharmacy is open. */
class OpeningHours
{
    Q_DECLARE_TR_FUNCTIONS(OpeningHours) // parse errors are shown to service owners

public:
    /** An invalid value (nothing parsed). */
    OpeningHours() = default;

    /** Parses text; on failure the result is invalid and error() says where and why. Empty or
     *  blank text is invalid too ("no opening hours given"): the store keeps NULL for that. */
    static OpeningHours parse(const QString &text);

    bool isValid() const { return m_valid; }
    /** Why parsing failed (translated), empty when valid. */
    QString error() const { return m_error; }
    /** The text as given, trimmed. */
    QString text() const { return m_text; }

    /** Open at this local date and time (the city's clock; the value's own time zone is not
     *  converted). Ranges include their opening minute and exclude their closing minute. An
     *  invalid value is never open. */
    bool isOpenAt(const QDateTime &local) const;

    /** The ranges that open on an ISO weekday (1 = Monday .. 7 = Sunday), in time order. */
    QList<OpeningRange> ranges(int isoWeekday) const;

    /** "24/7", or every day open from 00:00 to 24:00. */
    bool isAlwaysOpen() const;

private:
    bool m_valid = false;
    QString m_text;
    QString m_error;
    std::array<QList<OpeningRange>, 7> m_days; // index 0 = Monday
};

} // namespace atalaya
