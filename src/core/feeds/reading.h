#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonParseError>
#include <QList>
#include <QString>
#include <algorithm>
#include <optional>
#include <utility>

namespace atalaya::feeds {

/** One value a sensor reported at one instant, as a connector hands it to the store. The store
 *  keys readings by (provider, sensor, observedAt), so the same reading received twice, or late,
 *  is stored once and read back in time order. */
struct SensorReading {
    QString provider;   // Sentilo provider, FIWARE service, or the feed's id for generic feeds
    QString sensor;     // sensor code within the provider (Sentilo sensor, NGSI entity id + attribute)
    qint64 observedAt = 0; // UTC seconds since the epoch
    double value = 0.0;
};

/** The place a sensor measures, when the payload says it (FIWARE entities do; Sentilo's
 *  catalogue may through its component). Lets a feed bring new sites onto the occupancy map. */
struct SiteHint {
    QString code;      // stable identifier (entity id, component code)
    QString name;
    QString kind;      // beach, square, market, station, park, venue, car_park
    std::optional<int> capacity;
};

/** What a catalogue or an entity says about a sensor. */
struct SensorInfo {
    QString provider;
    QString code;
    QString component;  // Sentilo component; FIWARE entity id
    QString type;       // what it measures: people_count, occupied_spots, occupancy_rate, occupancy_level, ...
    QString unit;
    std::optional<double> lat, lon; // WGS 84, already in the right order (see problems for swaps)
    std::optional<SiteHint> site;
};

/** Something wrong in a payload: where (a JSON path such as "observations[3].timestamp" or
 *  "line 12, column value") and what, in words a coordinator can act on. */
struct PayloadProblem {
    QString where;
    QString what;
};

/** What a parser made of one payload. A payload that cannot be read at all (not JSON, wrong
 *  shape) has fatal set and nothing else; otherwise every usable reading is kept and each
 *  unusable part is a problem, so one bad observation never costs the others. */
struct ParsedPayload {
    QList<SensorReading> readings;
    QList<SensorInfo> sensors;
    QList<PayloadProblem> problems;
    QString fatal;
    bool ok() const { return fatal.isEmpty(); }
};

namespace detail {
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): parsers
 *  turn hundreds of thousands of timestamps a second into epoch seconds, and QDateTime costs
 *  more than the rest of a reading together. The caller validates month and day. */
constexpr qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

constexpr int daysInMonth(int year, int month)
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}
} // namespace detail

/** Messages every payload parser shares, so a broken payload reads the same whatever the feed. */
struct PayloadText {
    Q_DECLARE_TR_FUNCTIONS(atalaya::feeds::PayloadText)

public:
    /** 1-based line and column (in characters) of a byte offset of a UTF-8 payload: editors and
     *  `curl | less` show positions that way, not as QJsonParseError's byte offset. */
    static std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset)
    {
        offset = std::clamp<qsizetype>(offset, 0, text.size());
        int line = 1;
        int column = 1;
        for (qsizetype i = 0; i < offset; ++i) {
            const auto byte = static_cast<unsigned char>(text.at(i));
            if (byte == '\n') {
                ++line;
                column = 1;
            } else if ((byte & 0xC0) != 0x80) { // continuation bytes belong to the character before
                ++column;
            }
        }
        return {line, column};
    }

    /** "not valid JSON: <why> at line L, column C", for ParsedPayload::fatal. */
    static QString jsonError(const QByteArray &text, const QJsonParseError &error)
    {
        const auto [line, column] = lineColumn(text, error.offset);
        return tr("The payload is not valid JSON: %1 at line %2, column %3.")
            .arg(error.errorString())
            .arg(line)
            .arg(column);
    }
};

} // namespace atalaya::feeds
