#include "ngsi.h"

#include "io/csvreader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointF>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

// How an NGSI-v2 entity becomes readings.
//
// Representation. Each attribute is read on its own: an object with a "value" member is a
// normalized attribute ({"type", "value", "metadata"}), anything else is a keyValues value, so
// an answer mixing both (as some IoT agents send) still reads.
//
// Instant of a reading, first found of: the attribute's metadata (timestamp, TimeInstant,
// dateModified, as normalized answers carry it); the entity's dateObservedTo, dateObserved (the
// end of an interval "from/to": a count is known when its interval closes), occupancyModified,
// TimeInstant, observationDateTime, dateModified; else Options::receivedAt. That order gives the
// same instant for the keyValues and normalized forms of the published examples. ISO 8601
// without a zone is UTC, as Orion stores it.
//
// Places. The entity becomes a SiteHint whose code is its id without the NGSI-LD URN prefix
// ("urn:ngsi-ld:Beach:bogatell" -> "bogatell"), so that a place fed by Sentilo (component
// "bogatell") and by FIWARE is one site. The location is a geo:json Point, or the mean of the
// positions of a line or area (a crowd-flow counter's street), or a geo:point "lat, lon" text.
namespace atalaya::feeds::ngsi {

/** Translation context of what this file tells users about a payload. */
struct NgsiPayload {
    Q_DECLARE_TR_FUNCTIONS(atalaya::feeds::ngsi::NgsiPayload)
};

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isNull())
        return u"null"_s;
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact)).left(80);
}

/** One attribute as either representation gives it. */
struct Attribute {
    bool present = false;
    QJsonValue value;
    QJsonObject metadata;
    QString ngsiType; // normalized only
};

Attribute attribute(const QJsonObject &entity, QLatin1StringView name)
{
    const QJsonValue raw = entity.value(name);
    if (raw.isUndefined())
        return {};
    Attribute a;
    a.present = true;
    if (raw.isObject()) {
        const QJsonObject object = raw.toObject();
        if (object.contains("value"_L1)) {
            a.value = object.value("value"_L1);
            a.metadata = object.value("metadata"_L1).toObject();
            a.ngsiType = object.value("type"_L1).toString();
            return a;
        }
    }
    a.value = raw;
    return a;
}

int twoDigits(QStringView text, qsizetype at, bool &ok)
{
    if (at + 2 > text.size() || !text[at].isDigit() || !text[at + 1].isDigit()) {
        ok = false;
        return 0;
    }
    return text[at].digitValue() * 10 + text[at + 1].digitValue();
}

/** A number in an attribute: a JSON number, or a string holding one. */
std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return std::isfinite(value.toDouble()) ? std::optional<double>(value.toDouble()) : std::nullopt;
    if (value.isString()) {
        const std::optional<double> parsed = CsvReader::parseNumber(value.toString().trimmed());
        if (parsed && std::isfinite(*parsed))
            return parsed;
    }
    return std::nullopt;
}

/** Every [x, y] position in a GeoJSON coordinates array, however deeply nested. */
void collectPositions(const QJsonArray &coordinates, QList<QPointF> &out, bool &ok)
{
    if (coordinates.size() >= 2 && coordinates.at(0).isDouble() && coordinates.at(1).isDouble()) {
        out.append(QPointF(coordinates.at(0).toDouble(), coordinates.at(1).toDouble()));
        return;
    }
    for (const QJsonValue &part : coordinates) {
        if (!part.isArray()) {
            ok = false;
            return;
        }
        collectPositions(part.toArray(), out, ok);
    }
}

/** The site kind a PointOfInterest's category names, when it is one of ours. */
QString kindFromCategory(const QJsonValue &category)
{
    static const QStringList kinds = {u"beach"_s, u"square"_s, u"market"_s, u"station"_s,
                                      u"park"_s,  u"venue"_s,  u"car_park"_s};
    const QJsonArray list = category.isArray() ? category.toArray() : QJsonArray{category};
    for (const QJsonValue &entry : list) {
        const QString word = entry.toString().trimmed().toLower();
        if (kinds.contains(word))
            return word;
    }
    return u"venue"_s;
}

/** Reads one payload's entities; keeps the where-prefix of each. */
class EntityReader
{
public:
    EntityReader(const Options &options, ParsedPayload &out)
        : m_options(options)
        , m_provider(options.service.isEmpty() ? u"fiware"_s : options.service)
        , m_out(out)
    {
    }

    void read(const QJsonValue &value, const QString &where)
    {
        m_where = where;
        if (!value.isObject()) {
            problem({}, NgsiPayload::tr("An entity must be a JSON object, not %1.").arg(shown(value)));
            return;
        }
        m_entity = value.toObject();
        m_id = m_entity.value("id"_L1).toString().trimmed();
        const QString type = m_entity.value("type"_L1).toString().trimmed();
        if (m_id.isEmpty() || type.isEmpty()) {
            problem(m_id.isEmpty() ? "id"_L1 : "type"_L1,
                    NgsiPayload::tr("The entity has no %1; it is skipped.").arg(m_id.isEmpty() ? u"id"_s : u"type"_s));
            return;
        }
        void (EntityReader::*readType)() = nullptr;
        if (type == "Beach"_L1)
            readType = &EntityReader::readBeach;
        else if (type == "OffStreetParking"_L1)
            readType = &EntityReader::readParking;
        else if (type == "CrowdFlowObserved"_L1)
            readType = &EntityReader::readCrowdFlow;
        else if (type == "PointOfInterest"_L1)
            readType = &EntityReader::readPointOfInterest;
        if (!readType) {
            problem("type"_L1, NgsiPayload::tr("Entity %1 is of type %2, which Atalaya does not read (it reads Beach, "
                                               "OffStreetParking, CrowdFlowObserved and PointOfInterest); it is skipped.")
                                   .arg(m_id, type));
            return;
        }
        readLocation();
        m_site = SiteHint{};
        m_site.code = siteCode(m_id);
        m_site.name = text(attribute(m_entity, "name"_L1));
        if (m_site.name.isEmpty())
            m_site.name = m_id;
        (this->*readType)();
    }

private:
    void problem(QLatin1StringView attributeName, const QString &what)
    {
        QString where = m_where;
        if (!attributeName.isEmpty())
            where = where.isEmpty() ? QString(attributeName) : where + u'.' + attributeName;
        m_out.problems.append({where, what});
    }

    static QString siteCode(const QString &id)
    {
        // urn:ngsi-ld:<Type>:<local id>
        if (id.startsWith("urn:ngsi-ld:"_L1, Qt::CaseInsensitive)) {
            const qsizetype typeEnd = id.indexOf(u':', 12);
            if (typeEnd > 12 && typeEnd + 1 < id.size())
                return id.mid(typeEnd + 1);
        }
        return id;
    }

    static QString text(const Attribute &a) { return a.value.isString() ? a.value.toString().trimmed() : QString(); }

    void readLocation()
    {
        m_lat.reset();
        m_lon.reset();
        const Attribute location = attribute(m_entity, "location"_L1);
        if (!location.present || location.value.isNull())
            return;
        QPointF lonLat;
        if (location.value.isString()) {
            // geo:point, "lat, lon"
            const QStringList parts = location.value.toString().split(u',');
            bool okLat = false, okLon = false;
            const double lat = parts.size() == 2 ? parts[0].trimmed().toDouble(&okLat) : 0;
            const double lon = parts.size() == 2 ? parts[1].trimmed().toDouble(&okLon) : 0;
            if (!okLat || !okLon) {
                problem("location"_L1, NgsiPayload::tr("“%1” is not a location (“latitude, longitude”); entity %2 is "
                                                       "kept without one.")
                                           .arg(location.value.toString(), m_id));
                return;
            }
            lonLat = QPointF(lon, lat);
        } else {
            const QJsonArray coordinates = location.value.toObject().value("coordinates"_L1).toArray();
            QList<QPointF> positions;
            bool ok = true;
            collectPositions(coordinates, positions, ok);
            if (!ok || positions.isEmpty()) {
                problem("location"_L1, NgsiPayload::tr("The location of entity %1 is not a GeoJSON geometry with "
                                                       "coordinates; the entity is kept without one.")
                                           .arg(m_id));
                return;
            }
            for (const QPointF &p : std::as_const(positions))
                lonLat += p;
            lonLat /= double(positions.size());
        }
        const auto valid = [](QPointF p) {
            return std::isfinite(p.x()) && std::isfinite(p.y()) && std::abs(p.x()) <= 180 && std::abs(p.y()) <= 90;
        };
        const QPointF swapped(lonLat.y(), lonLat.x());
        const QRectF &city = m_options.cityBounds;
        const bool swap = city.isEmpty() ? !valid(lonLat) && valid(swapped)
                                         : !city.contains(lonLat) && city.contains(swapped);
        if (swap) {
            problem("location"_L1, NgsiPayload::tr("The location of entity %1 gives [%2, %3], which lies outside the "
                                                   "city read as GeoJSON's [longitude, latitude] and inside it the "
                                                   "other way round: it was read as latitude %2, longitude %3.")
                                       .arg(m_id)
                                       .arg(lonLat.x(), 0, 'g', 10)
                                       .arg(lonLat.y(), 0, 'g', 10));
            lonLat = swapped;
        } else if (!valid(lonLat)) {
            problem("location"_L1, NgsiPayload::tr("The location of entity %1, [%2, %3], is not on the Earth "
                                                   "(longitude -180..180, latitude -90..90); the entity is kept "
                                                   "without one.")
                                       .arg(m_id)
                                       .arg(lonLat.x(), 0, 'g', 10)
                                       .arg(lonLat.y(), 0, 'g', 10));
            return;
        }
        m_lon = lonLat.x();
        m_lat = lonLat.y();
    }

    /** The instant of a reading of this attribute, or nothing (with a problem). */
    std::optional<qint64> instant(const Attribute &measured, QLatin1StringView attributeName)
    {
        for (const char *key : {"timestamp", "TimeInstant", "dateModified", "observedAt"}) {
            const QJsonValue meta = measured.metadata.value(QLatin1StringView(key));
            if (meta.isUndefined())
                continue;
            const QJsonValue value = meta.isObject() ? meta.toObject().value("value"_L1) : meta;
            if (const std::optional<qint64> at = parseDateTime(value.toString()))
                return at;
            problem(attributeName, NgsiPayload::tr("The %1 metadata of %2 in entity %3, “%4”, is not a date and time; "
                                                   "the reading is skipped.")
                                       .arg(QLatin1StringView(key), attributeName, m_id, shown(value)));
            return std::nullopt;
        }
        for (const char *key : {"dateObservedTo", "dateObserved", "occupancyModified", "TimeInstant",
                                "observationDateTime", "dateModified"}) {
            const Attribute a = attribute(m_entity, QLatin1StringView(key));
            if (!a.present)
                continue;
            if (const std::optional<qint64> at = parseDateTime(text(a)))
                return at;
            problem(QLatin1StringView(key), NgsiPayload::tr("%1 of entity %2, “%3”, is not a date and time; its readings "
                                                            "are skipped.")
                                                .arg(QLatin1StringView(key), m_id, shown(a.value)));
            return std::nullopt;
        }
        if (m_options.receivedAt > 0)
            return m_options.receivedAt;
        problem(attributeName, NgsiPayload::tr("Entity %1 says neither when %2 was observed nor when it changed "
                                               "(dateObserved, dateModified, TimeInstant); the reading is skipped.")
                                   .arg(m_id, attributeName));
        return std::nullopt;
    }

    void sensor(QLatin1StringView attributeName, const QString &type, const QString &unit)
    {
        SensorInfo info;
        info.provider = m_provider;
        info.code = m_id + u'#' + attributeName;
        info.component = m_id;
        info.type = type;
        info.unit = unit;
        info.lat = m_lat;
        info.lon = m_lon;
        info.site = m_site;
        m_out.sensors.append(info);
    }

    void reading(QLatin1StringView attributeName, const Attribute &timeSource, double value)
    {
        const std::optional<qint64> at = instant(timeSource, attributeName);
        if (!at)
            return;
        m_out.readings.append(SensorReading{m_provider, m_id + u'#' + attributeName, *at, value});
    }

    /** A count of people or spots: a number >= 0. */
    std::optional<double> count(const Attribute &a, QLatin1StringView attributeName)
    {
        const std::optional<double> value = number(a.value);
        if (value && *value >= 0)
            return value;
        problem(attributeName, NgsiPayload::tr("%1 of entity %2 is “%3”, not a count (a number of at least 0); the "
                                               "reading is skipped.")
                                   .arg(attributeName, m_id, shown(a.value)));
        return std::nullopt;
    }

    std::optional<int> capacity(const Attribute &a, QLatin1StringView attributeName)
    {
        if (!a.present || a.value.isNull())
            return std::nullopt;
        const std::optional<double> value = number(a.value);
        if (value && *value > 0 && *value == std::floor(*value) && *value <= std::numeric_limits<int>::max())
            return int(*value);
        problem(attributeName, NgsiPayload::tr("%1 of entity %2 is “%3”, not a capacity (a whole number above 0); the "
                                               "place is kept without one.")
                                   .arg(attributeName, m_id, shown(a.value)));
        return std::nullopt;
    }

    void nothingToRead(const QString &attributes)
    {
        problem({}, NgsiPayload::tr("Entity %1 carries none of the figures Atalaya reads from it (%2); there is "
                                    "nothing to store.")
                        .arg(m_id, attributes));
    }

    void readBeach()
    {
        m_site.kind = u"beach"_s;
        m_site.capacity = capacity(attribute(m_entity, "capacity"_L1), "capacity"_L1);
        const Attribute people = attribute(m_entity, "peopleOccupancy"_L1);
        const Attribute rate = attribute(m_entity, "occupationRate"_L1);
        if (people.present) {
            sensor("peopleOccupancy"_L1, u"people_count"_s, u"people"_s);
            if (const std::optional<double> value = count(people, "peopleOccupancy"_L1))
                reading("peopleOccupancy"_L1, people, *value);
        }
        if (rate.present) {
            sensor("occupationRate"_L1, u"occupancy_level"_s, QString());
            static const QHash<QString, double> levels = {
                {u"none"_s, 0}, {u"low"_s, 1}, {u"medium"_s, 2}, {u"high"_s, 3}};
            const auto level = levels.constFind(text(rate).toLower());
            if (level != levels.cend())
                reading("occupationRate"_L1, rate, *level);
            else
                problem("occupationRate"_L1, NgsiPayload::tr("occupationRate of entity %1 is “%2”; Beach allows high, "
                                                             "medium, low or none. The reading is skipped.")
                                                 .arg(m_id, shown(rate.value)));
        }
        if (!people.present && !rate.present)
            nothingToRead(u"peopleOccupancy, occupationRate"_s);
    }

    void readParking()
    {
        m_site.kind = u"car_park"_s;
        const Attribute total = attribute(m_entity, "totalSpotNumber"_L1);
        const Attribute occupied = attribute(m_entity, "occupiedSpotNumber"_L1);
        const Attribute available = attribute(m_entity, "availableSpotNumber"_L1);
        m_site.capacity = capacity(total, "totalSpotNumber"_L1);
        if (occupied.present && !occupied.value.isNull()) {
            sensor("occupiedSpotNumber"_L1, u"occupied_spots"_s, u"spots"_s);
            if (const std::optional<double> value = count(occupied, "occupiedSpotNumber"_L1))
                reading("occupiedSpotNumber"_L1, occupied, *value);
            return;
        }
        if (available.present && !available.value.isNull() && m_site.capacity) {
            sensor("occupiedSpotNumber"_L1, u"occupied_spots"_s, u"spots"_s);
            const std::optional<double> free = count(available, "availableSpotNumber"_L1);
            if (!free)
                return;
            if (*free > *m_site.capacity) {
                problem("availableSpotNumber"_L1, NgsiPayload::tr("Entity %1 has %2 spots available of %3 in total; "
                                                                  "the reading is skipped.")
                                                      .arg(m_id)
                                                      .arg(*free)
                                                      .arg(*m_site.capacity));
                return;
            }
            reading("occupiedSpotNumber"_L1, available, *m_site.capacity - *free);
            return;
        }
        nothingToRead(u"occupiedSpotNumber, or totalSpotNumber with availableSpotNumber"_s);
    }

    void readCrowdFlow()
    {
        // A crowd-flow counter watches a street or square; which one the entity does not say.
        m_site.kind = u"square"_s;
        const Attribute people = attribute(m_entity, "peopleCount"_L1);
        if (!people.present) {
            nothingToRead(u"peopleCount"_s);
            return;
        }
        sensor("peopleCount"_L1, u"people_count"_s, u"people"_s);
        if (const std::optional<double> value = count(people, "peopleCount"_L1))
            reading("peopleCount"_L1, people, *value);
    }

    void readPointOfInterest()
    {
        m_site.kind = kindFromCategory(attribute(m_entity, "category"_L1).value);
        m_site.capacity = capacity(attribute(m_entity, "capacity"_L1), "capacity"_L1);
        const Attribute people = attribute(m_entity, "occupancy"_L1);
        if (!people.present) {
            nothingToRead(u"occupancy"_s);
            return;
        }
        sensor("occupancy"_L1, u"people_count"_s, u"people"_s);
        if (const std::optional<double> value = count(people, "occupancy"_L1))
            reading("occupancy"_L1, people, *value);
    }

    const Options &m_options;
    const QString m_provider;
    ParsedPayload &m_out;
    QString m_where;
    QJsonObject m_entity;
    QString m_id;
    SiteHint m_site;
    std::optional<double> m_lat, m_lon;
};

} // namespace

std::optional<qint64> parseDateTime(QStringView text)
{
    text = text.trimmed();
    // An interval "start/end" (ISO 8601, as CrowdFlowObserved's dateObserved): its end.
    if (const qsizetype slash = text.indexOf(u'/'); slash >= 0)
        text = text.mid(slash + 1).trimmed();
    // YYYY-MM-DD[THH:MM[:SS[.fff]]][Z|±HH[:MM]]
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    bool ok = true;
    const int year = twoDigits(text, 0, ok) * 100 + twoDigits(text, 2, ok);
    const int month = twoDigits(text, 5, ok);
    const int day = twoDigits(text, 8, ok);
    if (!ok || month < 1 || month > 12 || day < 1 || day > detail::daysInMonth(year, month))
        return std::nullopt;
    int hour = 0, minute = 0, second = 0;
    qsizetype at = 10;
    if (at < text.size() && (text[at] == u'T' || text[at] == u' ')) {
        hour = twoDigits(text, at + 1, ok);
        if (at + 3 >= text.size() || text[at + 3] != u':')
            return std::nullopt;
        minute = twoDigits(text, at + 4, ok);
        at += 6;
        if (at < text.size() && text[at] == u':') {
            second = twoDigits(text, at + 1, ok);
            at += 3;
            if (at < text.size() && (text[at] == u'.' || text[at] == u',')) {
                ++at;
                const qsizetype digits = at;
                while (at < text.size() && text[at].isDigit())
                    ++at;
                if (at == digits)
                    return std::nullopt;
            }
        }
        if (!ok || hour > 23 || minute > 59 || second > 59)
            return std::nullopt;
    }
    int offset = 0;
    const QStringView zone = text.mid(at);
    if (zone == u"Z" || zone == u"z") {
        offset = 0;
    } else if (!zone.isEmpty()) {
        if (zone.front() != u'+' && zone.front() != u'-')
            return std::nullopt;
        const int sign = zone.front() == u'-' ? -1 : 1;
        const int hours = twoDigits(zone, 1, ok);
        int minutes = 0;
        if (zone.size() == 6 && zone[3] == u':')
            minutes = twoDigits(zone, 4, ok);
        else if (zone.size() == 5)
            minutes = twoDigits(zone, 3, ok);
        else if (zone.size() != 3)
            return std::nullopt;
        if (!ok || hours > 14 || minutes > 59)
            return std::nullopt;
        offset = sign * (hours * 3600 + minutes * 60);
    }
    return detail::daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset;
}

ParsedPayload parseEntities(const QByteArray &json, const Options &options)
{
    ParsedPayload out;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        out.fatal = PayloadText::jsonError(json, error);
        return out;
    }
    EntityReader reader(options, out);
    const auto readAll = [&](const QJsonArray &entities, const QString &prefix) {
        for (qsizetype i = 0; i < entities.size(); ++i)
            reader.read(entities.at(i), u"%1[%2]"_s.arg(prefix).arg(i));
    };
    if (document.isArray()) {
        readAll(document.array(), QString());
        return out;
    }
    if (!document.isObject()) {
        out.fatal = NgsiPayload::tr("The payload is a bare JSON value, not NGSI-v2 entities.");
        return out;
    }
    const QJsonObject root = document.object();
    if (const QJsonValue data = root.value("data"_L1); data.isArray()) {
        readAll(data.toArray(), u"data"_s); // a subscription notification
        return out;
    }
    if (root.contains("id"_L1) && root.contains("type"_L1)) {
        reader.read(root, QString()); // GET /v2/entities/{id}
        return out;
    }
    if (root.contains("error"_L1)) {
        // Orion's error answers: {"error": "NotFound", "description": "..."}.
        out.fatal = NgsiPayload::tr("The context broker answered with an error instead of entities: %1 (%2).")
                        .arg(root.value("description"_L1).toString(), root.value("error"_L1).toString());
        return out;
    }
    out.fatal = NgsiPayload::tr("This is not NGSI-v2: the payload is neither a list of entities, an entity (with id "
                                "and type) nor a notification (with a data list).");
    return out;
}

} // namespace atalaya::feeds::ngsi
