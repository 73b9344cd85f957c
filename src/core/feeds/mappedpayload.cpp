#include "mappedpayload.h"

#include "io/csvreader.h"
#include "ngsi.h"
#include "sentilo.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

// A generic feed is a list of records, each one reading: the mapping names the fields. Fields of
// JSON and GeoJSON records are dotted paths ("counts.people", "items.0.value"); CSV columns are
// found by name as CsvReader compares them (case, accents and punctuation ignored). Numbers may
// be JSON numbers or text as people write it ("12,5", "1.234,5"); a value or time that cannot be
// read skips its record with a problem, and the rest of the payload is kept.
namespace atalaya::feeds {

/** Translation context of what this file tells users about a payload. */
struct MappedPayload {
    Q_DECLARE_TR_FUNCTIONS(atalaya::feeds::MappedPayload)
};

namespace {

/** The value at a dotted path inside a JSON value (numeric segments index arrays). */
QJsonValue valueAt(const QJsonValue &root, QStringView path)
{
    if (path.isEmpty())
        return root;
    QJsonValue current = root;
    for (const QStringView segment : path.tokenize(u'.')) {
        if (current.isObject()) {
            current = current.toObject().value(segment);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = segment.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

std::optional<double> numberFromText(QStringView text)
{
    text = text.trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok)
        return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    const std::optional<double> written = CsvReader::parseNumber(text);
    return written && std::isfinite(*written) ? written : std::nullopt;
}

/** A field of one record, from JSON or from a CSV cell; missing when the record lacks it. */
struct Field {
    bool missing = true;
    QJsonValue json;
    QString text;

    static Field fromJson(const QJsonValue &value)
    {
        Field f;
        f.missing = value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
        f.json = value;
        if (value.isString())
            f.text = value.toString().trimmed();
        else if (value.isDouble())
            f.text = QString::number(value.toDouble(), 'g', 17);
        else if (value.isBool())
            f.text = value.toBool() ? u"true"_s : u"false"_s;
        else if (!f.missing) {
            const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                           : QJsonDocument(value.toObject());
            f.text = QString::fromUtf8(document.toJson(QJsonDocument::Compact)).left(80);
        }
        return f;
    }
    static Field fromText(const QString &cell)
    {
        Field f;
        f.text = cell.trimmed();
        f.missing = f.text.isEmpty();
        return f;
    }

    std::optional<double> number() const
    {
        if (json.isDouble())
            return std::isfinite(json.toDouble()) ? std::optional<double>(json.toDouble()) : std::nullopt;
        if (json.isBool() || json.isArray() || json.isObject())
            return std::nullopt;
        return numberFromText(text);
    }
};

/** Reads times in the mapping's format, remembering the last text (a snapshot feed stamps every
 *  record alike). */
class TimeReader
{
public:
    explicit TimeReader(const QString &format)
        : m_format(format.trimmed())
    {
        if (m_format.isEmpty())
            m_format = u"iso"_s;
    }

    QString describe() const
    {
        if (m_format == "iso"_L1)
            return MappedPayload::tr("an ISO 8601 date and time");
        if (m_format == "epoch_s"_L1)
            return MappedPayload::tr("seconds since 1970");
        if (m_format == "epoch_ms"_L1)
            return MappedPayload::tr("milliseconds since 1970");
        if (m_format == "sentilo"_L1)
            return MappedPayload::tr("a Sentilo timestamp (dd/MM/yyyyTHH:mm:ss)");
        return MappedPayload::tr("a date and time written %1").arg(m_format);
    }

    std::optional<qint64> read(const Field &field)
    {
        if (field.text == m_lastText && m_lastValue)
            return m_lastValue;
        m_lastText = field.text;
        m_lastValue = compute(field);
        return m_lastValue;
    }

private:
    std::optional<qint64> compute(const Field &field) const
    {
        if (m_format == "iso"_L1)
            return ngsi::parseDateTime(field.text);
        if (m_format == "sentilo"_L1)
            return sentilo::parseTimestamp(field.text);
        if (m_format == "epoch_s"_L1 || m_format == "epoch_ms"_L1) {
            const std::optional<double> value = field.json.isDouble() ? std::optional<double>(field.json.toDouble())
                                                                      : numberFromText(field.text);
            if (!value || !std::isfinite(*value) || *value < 0)
                return std::nullopt;
            return qint64(std::floor(m_format == "epoch_ms"_L1 ? *value / 1000.0 : *value));
        }
        QDateTime parsed = QDateTime::fromString(field.text, m_format);
        if (!parsed.isValid())
            return std::nullopt;
        // A format without a zone ("dd/MM/yyyy HH:mm") is UTC, not this machine's local time.
        if (parsed.timeSpec() == Qt::LocalTime)
            parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone::UTC);
        return parsed.toSecsSinceEpoch();
    }

    QString m_format;
    QString m_lastText;
    std::optional<qint64> m_lastValue;
};

/** Turns records, whatever their format, into readings and sensors. */
class RecordReader
{
public:
    RecordReader(const FieldMapping &mapping, const QString &provider, qint64 receivedAt, ParsedPayload &out)
        : m_mapping(mapping)
        , m_provider(provider)
        , m_receivedAt(receivedAt)
        , m_times(mapping.timeFormat)
        , m_out(out)
    {
    }

    using FieldOf = std::function<Field(const QString &name)>;
    using WhereOf = std::function<QString(const QString &name)>;

    /** One record; fieldOf gives a field by its mapped name, whereOf names its place. Point
     *  coordinates come from a GeoJSON geometry when the mapping names no lat/lon fields. */
    void read(const FieldOf &fieldOf, const WhereOf &whereOf, std::optional<std::pair<double, double>> geometryLatLon = {})
    {
        const Field sensor = fieldOf(m_mapping.sensorField);
        if (sensor.missing) {
            problem(whereOf(m_mapping.sensorField), MappedPayload::tr("The record has no sensor code; it is skipped."));
            return;
        }
        const Field value = fieldOf(m_mapping.valueField);
        if (value.missing) {
            problem(whereOf(m_mapping.valueField), MappedPayload::tr("The record has no value; it is skipped."));
            return;
        }
        const std::optional<double> number = value.number();
        if (!number) {
            problem(whereOf(m_mapping.valueField), MappedPayload::tr("“%1” is not a number.").arg(value.text));
            return;
        }
        qint64 at = m_receivedAt;
        if (!m_mapping.timeField.isEmpty()) {
            const Field time = fieldOf(m_mapping.timeField);
            const std::optional<qint64> parsed = time.missing ? std::nullopt : m_times.read(time);
            if (!parsed) {
                problem(whereOf(m_mapping.timeField),
                        time.missing ? MappedPayload::tr("The record has no time; it is skipped.")
                                     : MappedPayload::tr("“%1” is not %2.").arg(time.text, m_times.describe()));
                return;
            }
            at = *parsed;
        }
        if (at <= 0) {
            problem(whereOf(m_mapping.timeField), MappedPayload::tr("The record has no time; it is skipped."));
            return;
        }

        std::optional<std::pair<double, double>> latLon = geometryLatLon;
        if (!m_mapping.latField.isEmpty() && !m_mapping.lonField.isEmpty()) {
            const Field lat = fieldOf(m_mapping.latField);
            const Field lon = fieldOf(m_mapping.lonField);
            if (!lat.missing || !lon.missing) {
                const std::optional<double> la = lat.number();
                const std::optional<double> lo = lon.number();
                if (la && lo && std::abs(*la) <= 90 && std::abs(*lo) <= 180)
                    latLon = std::pair{*la, *lo};
                else
                    problem(whereOf(la ? m_mapping.lonField : m_mapping.latField),
                            MappedPayload::tr("“%1, %2” is not a latitude and longitude; the reading is kept without "
                                              "a location.")
                                .arg(lat.text, lon.text));
            }
        }

        SensorReading reading{m_provider, sensor.text, at, *number};
        m_out.readings.append(reading);
        noteSensor(reading.sensor, fieldOf, latLon);
    }

    void problem(const QString &where, const QString &what) { m_out.problems.append({where, what}); }

private:
    void noteSensor(const QString &code, const FieldOf &fieldOf, const std::optional<std::pair<double, double>> &latLon)
    {
        auto known = m_sensorIndex.constFind(code);
        if (known != m_sensorIndex.cend()) {
            // A later record may place a sensor the first one did not.
            SensorInfo &info = m_out.sensors[*known];
            if (!info.lat && latLon) {
                info.lat = latLon->first;
                info.lon = latLon->second;
            }
            return;
        }
        SensorInfo info;
        info.provider = m_provider;
        info.code = code;
        info.component = code;
        info.type = m_mapping.defaultType;
        info.unit = m_mapping.defaultUnit;
        if (!m_mapping.typeField.isEmpty()) {
            if (const Field type = fieldOf(m_mapping.typeField); !type.missing)
                info.type = type.text;
        }
        if (!m_mapping.unitField.isEmpty()) {
            if (const Field unit = fieldOf(m_mapping.unitField); !unit.missing)
                info.unit = unit.text;
        }
        if (latLon) {
            info.lat = latLon->first;
            info.lon = latLon->second;
        }
        m_sensorIndex.insert(code, m_out.sensors.size());
        m_out.sensors.append(info);
    }

    const FieldMapping &m_mapping;
    const QString m_provider;
    const qint64 m_receivedAt;
    TimeReader m_times;
    ParsedPayload &m_out;
    QHash<QString, qsizetype> m_sensorIndex;
};

QString joinedPath(const QString &prefix, qsizetype index, const QString &field)
{
    return u"%1[%2].%3"_s.arg(prefix).arg(index).arg(field);
}

void parseJson(const QByteArray &payload, const FieldMapping &mapping, RecordReader &reader, ParsedPayload &out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError) {
        out.fatal = PayloadText::jsonError(payload, error);
        return;
    }
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QJsonValue records = valueAt(root, mapping.recordsPath);
    if (records.isUndefined() || !(records.isArray() || records.isObject())) {
        out.fatal = mapping.recordsPath.isEmpty()
                        ? MappedPayload::tr("The payload holds no records: it is a bare JSON value.")
                        : MappedPayload::tr("The payload has no list of records at “%1”.").arg(mapping.recordsPath);
        return;
    }
    // An object where the list was expected: an API answering with one record.
    const QJsonArray list = records.isArray() ? records.toArray() : QJsonArray{records};
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue record = list.at(i);
        if (!record.isObject()) {
            reader.problem(u"%1[%2]"_s.arg(mapping.recordsPath).arg(i),
                           MappedPayload::tr("A record must be a JSON object; this one is skipped."));
            continue;
        }
        reader.read([&](const QString &name) { return Field::fromJson(valueAt(record, name)); },
                    [&](const QString &name) { return joinedPath(mapping.recordsPath, i, name); });
    }
}

void parseGeoJson(const QByteArray &payload, RecordReader &reader, ParsedPayload &out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError) {
        out.fatal = PayloadText::jsonError(payload, error);
        return;
    }
    const QJsonObject root = document.object();
    const QString type = root.value("type"_L1).toString();
    QJsonArray features;
    if (type == "FeatureCollection"_L1 && root.value("features"_L1).isArray())
        features = root.value("features"_L1).toArray();
    else if (type == "Feature"_L1)
        features.append(root);
    else {
        out.fatal = MappedPayload::tr("This is not GeoJSON: it is neither a FeatureCollection nor a Feature.");
        return;
    }
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject properties = feature.value("properties"_L1).toObject();
        std::optional<std::pair<double, double>> latLon;
        const QJsonObject geometry = feature.value("geometry"_L1).toObject();
        if (geometry.value("type"_L1).toString() == "Point"_L1) {
            const QJsonArray coordinates = geometry.value("coordinates"_L1).toArray();
            const double lon = coordinates.at(0).toDouble(std::nan(""));
            const double lat = coordinates.at(1).toDouble(std::nan(""));
            if (std::abs(lat) <= 90 && std::abs(lon) <= 180)
                latLon = std::pair{lat, lon};
            else
                reader.problem(u"features[%1].geometry"_s.arg(i),
                               MappedPayload::tr("The point is not [longitude, latitude] on the Earth; the reading is "
                                                 "kept without a location."));
        }
        reader.read(
            [&](const QString &name) {
                Field f = Field::fromJson(valueAt(properties, name));
                // The feature's own id serves as the sensor code when the properties lack one.
                if (f.missing && name == "id"_L1)
                    f = Field::fromJson(feature.value("id"_L1));
                return f;
            },
            [&](const QString &name) { return u"features[%1].properties.%2"_s.arg(i).arg(name); }, latLon);
    }
}

void parseCsv(const QByteArray &payload, const FieldMapping &mapping, RecordReader &reader, ParsedPayload &out)
{
    CsvReader csv;
    if (!csv.read(payload)) {
        out.fatal = csv.errorLine() > 0 ? MappedPayload::tr("The CSV cannot be read at line %1: %2")
                                              .arg(csv.errorLine())
                                              .arg(csv.errorString())
                                        : MappedPayload::tr("The CSV cannot be read: %1").arg(csv.errorString());
        return;
    }
    QHash<QString, int> columns;
    const QStringList wanted = {mapping.sensorField, mapping.valueField, mapping.timeField, mapping.latField,
                                mapping.lonField,    mapping.typeField,  mapping.unitField};
    for (const QString &name : wanted) {
        if (name.isEmpty())
            continue;
        const int column = csv.column(name);
        const bool required = name == mapping.sensorField || name == mapping.valueField || name == mapping.timeField;
        if (column < 0 && required) {
            out.fatal = MappedPayload::tr("The CSV has no column “%1” (its columns: %2).")
                            .arg(name, csv.header().join(u", "_s));
            return;
        }
        columns.insert(name, column);
    }
    for (const CsvReader::Record &record : csv.records()) {
        reader.read(
            [&](const QString &name) {
                const int column = columns.value(name, -1);
                return column >= 0 && column < record.fields.size() ? Field::fromText(record.fields.at(column)) : Field{};
            },
            [&](const QString &name) { return MappedPayload::tr("line %1, column %2").arg(record.line).arg(name); });
    }
}

} // namespace

ParsedPayload parseMapped(const QByteArray &payload, const FieldMapping &mapping, const QString &provider,
                          qint64 receivedAt)
{
    ParsedPayload out;
    if (mapping.sensorField.trimmed().isEmpty() || mapping.valueField.trimmed().isEmpty()) {
        out.fatal = MappedPayload::tr("The feed's field mapping must name the sensor field and the value field.");
        return out;
    }
    RecordReader reader(mapping, provider, receivedAt, out);
    switch (mapping.format) {
    case FieldMapping::Format::Json:
        parseJson(payload, mapping, reader, out);
        break;
    case FieldMapping::Format::GeoJson:
        parseGeoJson(payload, reader, out);
        break;
    case FieldMapping::Format::Csv:
        parseCsv(payload, mapping, reader, out);
        break;
    }
    if (!out.ok()) {
        // Fatal means nothing else: a half-read payload must not be half-stored.
        out.readings.clear();
        out.sensors.clear();
        out.problems.clear();
    }
    return out;
}

} // namespace atalaya::feeds
