#include "sentilo.h"

#include "io/csvreader.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

// Sentilo as its documentation and real servers write it:
// - values are JSON strings ("12.3"); numbers are accepted too. A decimal comma ("12,3") is read
//   as 12.3, since providers behind Spanish and Catalan spreadsheets write it so and no Sentilo
//   value uses a thousands separator; anything else that is not a finite number is a problem;
// - "timestamp" is dd/MM/yyyyTHH:mm:ss, UTC unless a zone follows (the published examples write
//   "17/09/2012T12:34:45CET"); "time" is epoch milliseconds, used only when there is no
//   timestamp, because the published examples show it contradicting the timestamp;
// - an observation with neither (a publish request) gets the time it was received, as Sentilo
//   itself stamps it, when the caller knows that time.
namespace atalaya::feeds::sentilo {

/** Translation context of what this file tells users about a payload. */
struct SentiloPayload {
    Q_DECLARE_TR_FUNCTIONS(atalaya::feeds::sentilo::SentiloPayload)
};

namespace {

/** "dd/MM/yyyyTHH:mm:ss" (a space for the T too) at p, 19 characters of QChar or Latin-1 text, as
 *  seconds since the epoch of that wall-clock time; nothing when it is not such a date. */
template<typename Char>
std::optional<qint64> civilSeconds(const Char *p)
{
    bool ok = true;
    const auto two = [&](int at) {
        const auto a = static_cast<char16_t>(p[at]), b = static_cast<char16_t>(p[at + 1]);
        if (a < u'0' || a > u'9' || b < u'0' || b > u'9') {
            ok = false;
            return 0;
        }
        return (a - u'0') * 10 + (b - u'0');
    };
    const auto is = [p](int at, char16_t c) { return static_cast<char16_t>(p[at]) == c; };
    // 0123456789012345678
    // dd/MM/yyyyTHH:mm:ss
    if (!is(2, u'/') || !is(5, u'/') || !(is(10, u'T') || is(10, u' ')) || !is(13, u':') || !is(16, u':'))
        return std::nullopt;
    const int day = two(0), month = two(3), year = two(6) * 100 + two(8);
    const int hour = two(11), minute = two(14), second = two(17);
    if (!ok || month < 1 || month > 12 || day < 1 || day > detail::daysInMonth(year, month) || hour > 23 || minute > 59
        || second > 59)
        return std::nullopt;
    return detail::daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
}

/** An IANA zone, or one of the European abbreviations Java knows. Debian and others moved the
 *  old "CET", "WET", "EET" and "MET" entries to an optional legacy package, yet Sentilo servers
 *  still write them; they follow the rules of these cities' zones. Summer abbreviations are
 *  fixed offsets. */
QTimeZone namedZone(const QString &name)
{
    const QByteArray id = name.toLatin1();
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    const QString upper = name.toUpper();
    static const QHash<QString, QByteArray> rules = {
        {u"CET"_s, "Europe/Brussels"_ba}, {u"MET"_s, "Europe/Brussels"_ba},
        {u"WET"_s, "Europe/Lisbon"_ba},   {u"EET"_s, "Europe/Athens"_ba}};
    if (const auto rule = rules.constFind(upper); rule != rules.cend())
        return QTimeZone(*rule);
    static const QHash<QString, int> fixed = {{u"CEST"_s, 2 * 3600}, {u"MEST"_s, 2 * 3600},
                                              {u"WEST"_s, 1 * 3600}, {u"EEST"_s, 3 * 3600}};
    if (const auto offset = fixed.constFind(upper); offset != fixed.cend())
        return QTimeZone::fromSecondsAheadOfUtc(*offset);
    return QTimeZone();
}

/** Seconds east of UTC of a zone suffix at the given local time, or nothing when unknown.
 *  Named zones ("CET") are IANA names, with their summer time, as Java's time zones read them
 *  on the Sentilo server; they are cached because a payload repeats one zone. */
std::optional<int> zoneOffset(QStringView zone, qint64 localSeconds)
{
    if (zone.isEmpty() || zone.compare(u"Z", Qt::CaseInsensitive) == 0
        || zone.compare(u"UTC", Qt::CaseInsensitive) == 0 || zone.compare(u"GMT", Qt::CaseInsensitive) == 0)
        return 0;
    if (zone.front() == u'+' || zone.front() == u'-') {
        const int sign = zone.front() == u'-' ? -1 : 1;
        QString digits = zone.mid(1).toString();
        digits.remove(u':');
        if ((digits.size() != 2 && digits.size() != 4) || !std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
                return c.isDigit();
            }))
            return std::nullopt;
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() == 4 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        return sign * (hours * 3600 + minutes * 60);
    }
    thread_local QHash<QString, QTimeZone> zones;
    const QString name = zone.toString();
    auto found = zones.constFind(name);
    if (found == zones.cend())
        found = zones.insert(name, namedZone(name));
    if (!found->isValid())
        return std::nullopt;
    // The offset in force at that local wall-clock time (summer or winter).
    const QDateTime local = QDateTime::fromSecsSinceEpoch(localSeconds, QTimeZone::UTC);
    const QDateTime inZone(local.date(), local.time(), *found);
    if (!inZone.isValid())
        return std::nullopt;
    return inZone.offsetFromUtc();
}

/** A sensor value: a JSON number, or a string holding one. */
std::optional<double> readValue(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
    }
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    bool ok = false;
    const double number = QStringView(text).toDouble(&ok);
    if (ok)
        return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
    if (!text.contains(u','))
        return std::nullopt;
    const std::optional<double> comma = CsvReader::parseNumber(text);
    return comma && std::isfinite(*comma) ? comma : std::nullopt;
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull())
        return u"null"_s;
    return value.isArray() ? u"[…]"_s : u"{…}"_s;
}

/** Turns one "observations" array into readings of one sensor; bad entries become problems. */
void readObservations(const QJsonArray &observations, const QString &provider, const QString &sensor,
                      const QString &path, qint64 receivedAt, ParsedPayload &out)
{
    static const QString valueKey = u"value"_s;
    static const QString timestampKey = u"timestamp"_s;
    static const QString timeKey = u"time"_s;
    qsizetype index = -1;
    for (const QJsonValue &entry : observations) {
        ++index;
        const auto where = [&](QLatin1StringView field) {
            return field.isEmpty() ? u"%1[%2]"_s.arg(path).arg(index) : u"%1[%2].%3"_s.arg(path).arg(index).arg(field);
        };
        if (!entry.isObject()) {
            out.problems.append({where({}), SentiloPayload::tr("An observation must be a JSON object, not %1.").arg(shown(entry))});
            continue;
        }
        const QJsonObject observation = entry.toObject();
        const QJsonValue value = observation.value(valueKey);
        if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty())) {
            out.problems.append({where("value"_L1), SentiloPayload::tr("The observation has no value.")});
            continue;
        }
        const std::optional<double> number = readValue(value);
        if (!number) {
            out.problems.append({where("value"_L1), SentiloPayload::tr("“%1” is not a number.").arg(shown(value))});
            continue;
        }
        qint64 at = 0;
        const QJsonValue timestamp = observation.value(timestampKey);
        if (!timestamp.isUndefined()) {
            const std::optional<qint64> parsed = timestamp.isString() ? parseTimestamp(timestamp.toString())
                                                                      : std::nullopt;
            if (!parsed) {
                out.problems.append({where("timestamp"_L1),
                                     SentiloPayload::tr("“%1” is not a Sentilo timestamp (dd/MM/yyyyTHH:mm:ss, UTC "
                                                        "unless a zone follows).")
                                         .arg(shown(timestamp))});
                continue;
            }
            at = *parsed;
        } else if (const QJsonValue time = observation.value(timeKey); !time.isUndefined()) {
            const double ms = time.toDouble(std::nan(""));
            if (!time.isDouble() || !std::isfinite(ms) || ms < 0) {
                out.problems.append({where("time"_L1),
                                     SentiloPayload::tr("“%1” is not a time in milliseconds since 1970.").arg(shown(time))});
                continue;
            }
            at = qint64(ms / 1000.0);
        } else if (receivedAt > 0) {
            at = receivedAt;
        } else {
            out.problems.append({where({}), SentiloPayload::tr("The observation has neither a timestamp nor a time.")});
            continue;
        }
        out.readings.append(SensorReading{provider, sensor, at, *number});
    }
}

/** The parsed document's root object, or fatal set (not JSON, not an object, a Sentilo error). */
std::optional<QJsonObject> rootObject(const QByteArray &json, ParsedPayload &out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        out.fatal = PayloadText::jsonError(json, error);
        return std::nullopt;
    }
    if (!document.isObject()) {
        out.fatal = SentiloPayload::tr("The payload is a JSON %1 where Sentilo answers with an object.")
                        .arg(document.isArray() ? SentiloPayload::tr("array") : SentiloPayload::tr("value"));
        return std::nullopt;
    }
    QJsonObject root = document.object();
    // Sentilo's error answers: {"code": 401, "message": "Invalid credential ..."}.
    if (root.contains("code"_L1) && root.contains("message"_L1) && !root.contains("observations"_L1)
        && !root.contains("sensors"_L1) && !root.contains("providers"_L1)) {
        out.fatal = SentiloPayload::tr("The server answered with an error instead of data: %1 (code %2).")
                        .arg(root.value("message"_L1).toString(), shown(root.value("code"_L1)));
        return std::nullopt;
    }
    return root;
}

QString sensorCode(const QJsonValue &value)
{
    return value.isString() ? value.toString().trimmed() : QString();
}

/** "41.39479 2.148768" (lat lon), or several such points separated by commas (a component
 *  drawn as a line or area): their mean. */
std::optional<std::pair<double, double>> readLocation(const QString &text)
{
    const QStringList points = text.split(u',', Qt::SkipEmptyParts);
    if (points.isEmpty())
        return std::nullopt;
    double lat = 0, lon = 0;
    for (const QString &point : points) {
        const QStringList parts = point.simplified().split(u' ');
        if (parts.size() != 2)
            return std::nullopt;
        bool okLat = false, okLon = false;
        const double pointLat = parts[0].toDouble(&okLat);
        const double pointLon = parts[1].toDouble(&okLon);
        if (!okLat || !okLon || !std::isfinite(pointLat) || !std::isfinite(pointLon) || std::abs(pointLat) > 90
            || std::abs(pointLon) > 180)
            return std::nullopt;
        lat += pointLat;
        lon += pointLon;
    }
    return std::pair{lat / points.size(), lon / points.size()};
}

/** Our site kind for a Sentilo componentType, or empty when the component is not a place whose
 *  crowding we follow (a weather station, a noise meter). */
QString siteKind(const QString &componentType)
{
    const QString type = componentType.trimmed().toLower();
    static const QStringList kinds = {u"beach"_s, u"square"_s, u"market"_s, u"station"_s,
                                      u"park"_s,  u"venue"_s,  u"car_park"_s};
    if (kinds.contains(type))
        return type;
    if (type == "parking"_L1 || type == "carpark"_L1 || type == "car-park"_L1)
        return u"car_park"_s;
    return {};
}

void readCatalogSensors(const QJsonArray &sensors, const QString &provider, const QString &path, ParsedPayload &out)
{
    qsizetype index = -1;
    for (const QJsonValue &entry : sensors) {
        ++index;
        const QString where = u"%1[%2]"_s.arg(path).arg(index);
        const QJsonObject object = entry.toObject();
        const QString code = sensorCode(object.value("sensor"_L1));
        if (code.isEmpty()) {
            out.problems.append({where + u".sensor"_s, SentiloPayload::tr("The catalogue entry has no sensor code.")});
            continue;
        }
        SensorInfo info;
        info.provider = provider;
        info.code = code;
        // Sentilo puts a sensor without a component into a component of the same name.
        info.component = object.value("component"_L1).toString().trimmed();
        if (info.component.isEmpty())
            info.component = code;
        info.type = object.value("type"_L1).toString().trimmed();
        info.unit = object.value("unit"_L1).toString().trimmed();
        if (const QJsonValue location = object.value("location"_L1); location.isString()
                                                                     && !location.toString().trimmed().isEmpty()) {
            if (const auto latLon = readLocation(location.toString())) {
                info.lat = latLon->first;
                info.lon = latLon->second;
            } else {
                out.problems.append({where + u".location"_s,
                                     SentiloPayload::tr("“%1” is not a location as Sentilo writes it (“latitude "
                                                        "longitude”); the sensor is kept without one.")
                                         .arg(location.toString())});
            }
        }
        const QString kind = siteKind(object.value("componentType"_L1).toString());
        if (!kind.isEmpty()) {
            SiteHint site;
            site.code = info.component;
            site.name = object.value("componentDesc"_L1).toString().trimmed();
            if (site.name.isEmpty())
                site.name = info.component;
            site.kind = kind;
            for (const char *field : {"componentAdditionalInfo", "additionalInfo"}) {
                const QJsonValue capacity = object.value(QLatin1StringView(field)).toObject().value("capacity"_L1);
                if (capacity.isUndefined() || site.capacity)
                    continue;
                std::optional<qint64> number;
                if (capacity.isDouble() && capacity.toDouble() == std::floor(capacity.toDouble()))
                    number = qint64(capacity.toDouble());
                else if (capacity.isString())
                    number = CsvReader::parseInteger(capacity.toString().trimmed());
                if (number && *number > 0 && *number <= std::numeric_limits<int>::max())
                    site.capacity = int(*number);
                else
                    out.problems.append({u"%1.%2.capacity"_s.arg(where, QLatin1StringView(field)),
                                         SentiloPayload::tr("“%1” is not a capacity (a whole number of people or "
                                                            "spots above 0).")
                                             .arg(shown(capacity))});
            }
            info.site = site;
        }
        out.sensors.append(info);
    }
}

/** The fast path for clean answers, which are nearly all of them: a single pass over the bytes
 *  that reads exactly the shape Sentilo writes (ASCII strings without escapes, string values
 *  that are plain decimal numbers, valid timestamps) and gives up on anything else, so that
 *  QJsonDocument and the code above decide every case that is not clean: errors, problems and
 *  their wording stay in one place. What it accepts it reads as the slow path would (numbers are
 *  correctly rounded by both), which tst_sentilopayload checks. Building a QJsonDocument,
 *  looking keys up and converting every value to QString cost five times more than this. */
class CleanAnswerReader
{
public:
    CleanAnswerReader(const QByteArray &json, const QString &provider, ParsedPayload &out)
        : m_p(json.constData())
        , m_end(json.constData() + json.size())
        , m_provider(provider)
        , m_out(out)
    {
    }

    /** {"sensors":[{"sensor":"...","observations":[...]}, ...]} */
    bool readProviderData()
    {
        return readRoot("sensors", [this] {
            return readArray([this] { return readSensor(); });
        });
    }

    /** {"observations":[...]} of one sensor. */
    bool readSensorData(const QString &sensor)
    {
        return readRoot("observations", [this, &sensor] {
            return readArray([this, &sensor] { return readObservation(sensor); });
        });
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    /** A string of printable ASCII without escapes; its bytes between the quotes. */
    bool string(QByteArrayView &text)
    {
        skipSpace();
        if (m_p >= m_end || *m_p != '"')
            return false;
        const char *begin = ++m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                text = QByteArrayView(begin, m_p - begin);
                ++m_p;
                return true;
            }
            if (c == '\\' || c < 0x20 || c >= 0x80)
                return false;
            ++m_p;
        }
        return false;
    }

    static bool digits(const char *&p, const char *end)
    {
        const char *start = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        return p > start;
    }

    /** -?d+(.d+)?([eE][+-]?d+)? over all of text. */
    static bool plainNumber(QByteArrayView text)
    {
        const char *p = text.data();
        const char *end = p + text.size();
        if (p < end && *p == '-')
            ++p;
        if (!digits(p, end))
            return false;
        if (p < end && *p == '.') {
            ++p;
            if (!digits(p, end))
                return false;
        }
        if (p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < end && (*p == '+' || *p == '-'))
                ++p;
            if (!digits(p, end))
                return false;
        }
        return p == end;
    }

    /** Any JSON value this reader can vouch for, skipped. */
    bool skipValue(int depth = 0)
    {
        skipSpace();
        if (m_p >= m_end || depth > 32)
            return false;
        QByteArrayView text;
        switch (*m_p) {
        case '"':
            return string(text);
        case '{':
            ++m_p;
            if (take('}'))
                return true;
            do {
                if (!string(text) || !take(':') || !skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        case '[':
            ++m_p;
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        default:
            break;
        }
        const char *begin = m_p;
        while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' && *m_p != '\n'
               && *m_p != '\r' && *m_p != '\t')
            ++m_p;
        const QByteArrayView token(begin, m_p - begin);
        if (token == "true" || token == "false" || token == "null")
            return true;
        // JSON forbids leading zeros ("01"), which a value string may have.
        const QByteArrayView unsignedPart = token.startsWith('-') ? token.sliced(1) : token;
        return plainNumber(token) && !(unsignedPart.size() > 1 && unsignedPart[0] == '0' && unsignedPart[1] >= '0'
                                       && unsignedPart[1] <= '9');
    }

    template<typename ReadList>
    bool readRoot(const char *listKey, ReadList readList)
    {
        if (!take('{'))
            return false;
        bool seen = false;
        if (!take('}')) {
            do {
                QByteArrayView key;
                if (!string(key) || !take(':'))
                    return false;
                if (key == listKey) {
                    if (seen || !readList())
                        return false;
                    seen = true;
                } else if (!skipValue()) {
                    return false;
                }
            } while (take(','));
            if (!take('}'))
                return false;
        }
        skipSpace();
        return seen && m_p == m_end;
    }

    template<typename ReadItem>
    bool readArray(ReadItem readItem)
    {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        do {
            if (!readItem())
                return false;
        } while (take(','));
        return take(']');
    }

    bool readSensor()
    {
        if (!take('{'))
            return false;
        QString code;
        bool observations = false;
        do {
            QByteArrayView key;
            if (!string(key) || !take(':'))
                return false;
            if (key == "sensor") {
                QByteArrayView text;
                // The code must come first: the observations are read under it.
                if (!code.isEmpty() || observations || !string(text) || text.isEmpty() || text.front() == ' '
                    || text.back() == ' ')
                    return false;
                code = QString::fromLatin1(text);
            } else if (key == "observations") {
                if (code.isEmpty() || observations)
                    return false;
                observations = true;
                if (!readArray([this, &code] { return readObservation(code); }))
                    return false;
            } else if (!skipValue()) {
                return false;
            }
        } while (take(','));
        return take('}') && observations;
    }

    bool readObservation(const QString &sensor)
    {
        if (!take('{'))
            return false;
        std::optional<double> value;
        std::optional<qint64> at;
        bool time = false;
        do {
            QByteArrayView key;
            if (!string(key) || !take(':'))
                return false;
            QByteArrayView text;
            if (key == "value") {
                double number = 0;
                if (value || !string(text) || !plainNumber(text))
                    return false;
                const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
                if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(number))
                    return false;
                value = number;
            } else if (key == "timestamp") {
                if (at || !string(text))
                    return false;
                // UTC without a suffix, as servers answer; anything longer goes the long way.
                at = text.size() == 19 ? civilSeconds(text.data()) : parseTimestamp(QString::fromLatin1(text));
                if (!at)
                    return false;
            } else if (key == "time") {
                // Ignored beside a timestamp; alone it is the slow path's case.
                if (time || !skipValue())
                    return false;
                time = true;
            } else if (!skipValue()) {
                return false;
            }
        } while (take(','));
        if (!take('}') || !value || !at)
            return false;
        m_out.readings.append(SensorReading{m_provider, sensor, *at, *value});
        return true;
    }

    const char *m_p;
    const char *const m_end;
    const QString &m_provider;
    ParsedPayload &m_out;
};

} // namespace

std::optional<qint64> parseTimestamp(QStringView text)
{
    text = text.trimmed();
    if (text.size() < 19)
        return std::nullopt;
    const std::optional<qint64> local = civilSeconds(text.utf16());
    if (!local)
        return std::nullopt;
    QStringView zone = text.mid(19);
    // Milliseconds, which some Sentilo versions add: the store keeps whole seconds.
    if (!zone.isEmpty() && zone.front() == u'.') {
        qsizetype digits = 1;
        while (digits < zone.size() && zone[digits].isDigit())
            ++digits;
        if (digits == 1)
            return std::nullopt;
        zone = zone.mid(digits);
    }
    const std::optional<int> offset = zoneOffset(zone.trimmed(), *local);
    if (!offset)
        return std::nullopt;
    return *local - *offset;
}

QString formatTimestamp(qint64 utcSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::UTC).toString(u"dd/MM/yyyy'T'HH:mm:ss"_s);
}

ParsedPayload parseSensorData(const QByteArray &json, const QString &provider, const QString &sensor, qint64 receivedAt)
{
    ParsedPayload out;
    if (CleanAnswerReader(json, provider, out).readSensorData(sensor))
        return out;
    out = ParsedPayload();
    const std::optional<QJsonObject> root = rootObject(json, out);
    if (!root)
        return out;
    const QJsonValue observations = root->value("observations"_L1);
    if (!observations.isArray()) {
        out.fatal = SentiloPayload::tr("This is not a Sentilo sensor data answer: it has no “observations” list.");
        return out;
    }
    const QJsonArray array = observations.toArray();
    out.readings.reserve(array.size());
    readObservations(array, provider, sensor, u"observations"_s, receivedAt, out);
    return out;
}

ParsedPayload parseProviderData(const QByteArray &json, const QString &provider, qint64 receivedAt)
{
    ParsedPayload out;
    out.readings.reserve(json.size() / 64); // a clean observation takes 60 to 100 bytes
    if (CleanAnswerReader(json, provider, out).readProviderData())
        return out;
    out = ParsedPayload();
    const std::optional<QJsonObject> root = rootObject(json, out);
    if (!root)
        return out;
    const QJsonValue sensors = root->value("sensors"_L1);
    if (!sensors.isArray()) {
        out.fatal = SentiloPayload::tr("This is not a Sentilo provider data answer: it has no “sensors” list.");
        return out;
    }
    const QJsonArray array = sensors.toArray();
    qsizetype index = -1;
    for (const QJsonValue &entry : array) {
        ++index;
        const QString where = u"sensors[%1]"_s.arg(index);
        if (!entry.isObject()) {
            out.problems.append({where, SentiloPayload::tr("A sensor entry must be a JSON object, not %1.").arg(shown(entry))});
            continue;
        }
        const QJsonObject object = entry.toObject();
        const QString code = sensorCode(object.value("sensor"_L1));
        if (code.isEmpty()) {
            out.problems.append({where + u".sensor"_s,
                                 SentiloPayload::tr("The sensor entry has no sensor code; its observations are skipped.")});
            continue;
        }
        const QJsonValue observations = object.value("observations"_L1);
        if (!observations.isArray()) {
            out.problems.append({where + u".observations"_s,
                                 SentiloPayload::tr("Sensor %1 has no “observations” list.").arg(code)});
            continue;
        }
        const QJsonArray list = observations.toArray();
        out.readings.reserve(out.readings.size() + list.size());
        readObservations(list, provider, code, where + u".observations"_s, receivedAt, out);
    }
    return out;
}

ParsedPayload parseCatalog(const QByteArray &json, const QString &provider)
{
    ParsedPayload out;
    const std::optional<QJsonObject> root = rootObject(json, out);
    if (!root)
        return out;
    if (const QJsonValue providers = root->value("providers"_L1); providers.isArray()) {
        qsizetype index = -1;
        for (const QJsonValue &entry : providers.toArray()) {
            ++index;
            const QJsonObject object = entry.toObject();
            const QString where = u"providers[%1]"_s.arg(index);
            const QString name = object.value("provider"_L1).toString().trimmed();
            if (name.isEmpty()) {
                out.problems.append({where + u".provider"_s,
                                     SentiloPayload::tr("The catalogue entry names no provider; its sensors are skipped.")});
                continue;
            }
            readCatalogSensors(object.value("sensors"_L1).toArray(), name, where + u".sensors"_s, out);
        }
        return out;
    }
    // A provider's own catalogue, as POST /catalog/{provider} carries it.
    if (const QJsonValue sensors = root->value("sensors"_L1); sensors.isArray() && !provider.isEmpty()) {
        readCatalogSensors(sensors.toArray(), provider, u"sensors"_s, out);
        return out;
    }
    out.fatal = SentiloPayload::tr("This is not a Sentilo catalogue: it has no “providers” list.");
    return out;
}

} // namespace atalaya::feeds::sentilo
