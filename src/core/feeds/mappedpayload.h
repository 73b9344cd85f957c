#pragma once

#include "reading.h"

#include <QByteArray>

// Generic HTTP or file feeds: JSON, CSV or GeoJSON records mapped to readings by field names.
namespace atalaya::feeds {

struct FieldMapping {
    enum class Format { Json, Csv, GeoJson };
    Format format = Format::Json;
    QString recordsPath;    // JSON: dotted path to the array of records ("" = the document is the array)
    QString sensorField;    // required: the record's sensor code
    QString valueField;     // required
    QString timeField;      // empty: the time the payload was received (receivedAt)
    QString timeFormat;     // "iso" (default), "epoch_s", "epoch_ms", "sentilo", or a QDateTime format (UTC)
    QString latField, lonField; // optional (GeoJSON: taken from Point geometry when empty)
    QString typeField, unitField; // optional; otherwise defaultType / defaultUnit
    QString defaultType = QStringLiteral("people_count");
    QString defaultUnit;
};

/** Records in a JSON array, CSV (',' or ';', decimal commas, UTF-8 or Latin-1) or GeoJSON
 *  FeatureCollection (fields from properties). Every record is a reading of provider; a bad
 *  record is a problem naming its index or line and field ("data.items[3].counts.people",
 *  "line 12, column people", "features[3].properties.ocupacion"). JSON and GeoJSON fields are
 *  dotted paths ("counts.people", "items.0.value"); an object where the records should be is one
 *  record; a GeoJSON feature's own "id" serves when its properties have no field "id". CSV
 *  columns are matched as CsvReader::column() matches them (case and accents ignored). Values
 *  may be JSON numbers or numbers as people write them ("12,5", "1.234,5"). The sensors met are
 *  listed once each in ParsedPayload::sensors (component = code). */
ParsedPayload parseMapped(const QByteArray &payload, const FieldMapping &mapping, const QString &provider,
                          qint64 receivedAt);

} // namespace atalaya::feeds
