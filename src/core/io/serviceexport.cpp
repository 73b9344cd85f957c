#include "serviceexport.h"

#include "store/database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace atalaya {

namespace {

// SQLite allows 999 bound values per statement in old builds; stay well under.
constexpr qsizetype kChunk = 500;

struct Row {
    qint64 id = 0;
    QVariant externalId, category, name, address, postCode;
    double lat = 0, lon = 0;
    QVariant geometry, status, hours, capacity, notes, updatedBy;
    qint64 updatedAt = 0;
};

QHash<qint64, Row> load(const Database &db, const QList<qint64> &ids)
{
    QHash<qint64, Row> rows;
    rows.reserve(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QString marks = u"?"_s.repeated(chunk.size());
        for (qsizetype i = marks.size() - 1; i > 0; --i)
            marks.insert(i, u',');
        QSqlQuery q = db.prepare(u"SELECT id, external_id, category, name, address, post_code, lat, lon, geometry, status,"
                                 " opening_hours, capacity, notes, updated_by, updated_at FROM service_point"
                                 " WHERE id IN (%1)"_s.arg(marks));
        q.setForwardOnly(true);
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!Database::exec(q))
            continue;
        while (q.next()) {
            Row r;
            r.id = q.value(0).toLongLong();
            r.externalId = q.value(1);
            r.category = q.value(2);
            r.name = q.value(3);
            r.address = q.value(4);
            r.postCode = q.value(5);
            r.lat = q.value(6).toDouble();
            r.lon = q.value(7).toDouble();
            r.geometry = q.value(8);
            r.status = q.value(9);
            r.hours = q.value(10);
            r.capacity = q.value(11);
            r.notes = q.value(12);
            r.updatedBy = q.value(13);
            r.updatedAt = q.value(14).toLongLong();
            rows.insert(r.id, r);
        }
    }
    return rows;
}

/** The rows in the order asked, each once. */
QList<const Row *> ordered(const QHash<qint64, Row> &rows, const QList<qint64> &ids)
{
    QList<const Row *> out;
    out.reserve(rows.size());
    QSet<qint64> seen;
    seen.reserve(ids.size());
    for (const qint64 id : ids) {
        const auto it = rows.constFind(id);
        if (it == rows.cend() || seen.contains(id))
            continue;
        seen.insert(id);
        out.append(&*it);
    }
    return out;
}

QString isoTime(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::UTC).toString(Qt::ISODate);
}

/** Degrees as the store keeps them (6 decimals), without trailing zeros. */
QString degrees(double value)
{
    QString text = QString::number(value, 'f', 6);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text == u"-0"_s ? u"0"_s : text;
}

QJsonValue jsonOrNull(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray) {
        const QString text = value.toString();
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    return QJsonValue(value.toLongLong());
}

QByteArray toGeoJson(const QList<const Row *> &rows)
{
    QByteArray out = "{\"type\":\"FeatureCollection\",\"features\":[\n"_ba;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &r = *rows[i];
        QJsonObject properties{
            {u"name"_s, jsonOrNull(r.name)},
            {u"category"_s, jsonOrNull(r.category)},
            {u"address"_s, jsonOrNull(r.address)},
            {u"post_code"_s, jsonOrNull(r.postCode)},
            {u"status"_s, jsonOrNull(r.status)},
            {u"opening_hours"_s, jsonOrNull(r.hours)},
            {u"capacity"_s, jsonOrNull(r.capacity)},
            {u"notes"_s, jsonOrNull(r.notes)},
            {u"external_id"_s, jsonOrNull(r.externalId)},
            {u"updated_by"_s, jsonOrNull(r.updatedBy)},
            {u"updated_at"_s, isoTime(r.updatedAt)},
        };
        QJsonObject geometry;
        const QString area = r.geometry.toString();
        if (!area.isEmpty())
            geometry = QJsonDocument::fromJson(area.toUtf8()).object();
        if (geometry.isEmpty()) {
            geometry = QJsonObject{{u"type"_s, u"Point"_s}, {u"coordinates"_s, QJsonArray{r.lon, r.lat}}};
        } else {
            // An area's label point, where its name and icon go; the importer keeps it.
            properties.insert(u"lat"_s, r.lat);
            properties.insert(u"lon"_s, r.lon);
        }
        QJsonObject feature{{u"type"_s, u"Feature"_s}, {u"geometry"_s, geometry}, {u"properties"_s, properties}};
        if (!r.externalId.toString().isEmpty())
            feature.insert(u"id"_s, r.externalId.toString());
        out += QJsonDocument(feature).toJson(QJsonDocument::Compact);
        out += i + 1 < rows.size() ? ",\n"_ba : "\n"_ba;
    }
    out += "]}\n"_ba;
    return out;
}

QString csvField(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QByteArray toCsv(const QList<const Row *> &rows)
{
    QString out = u"external_id,name,category,address,post_code,status,opening_hours,capacity,notes,lat,lon,geometry,"
                  "updated_by,updated_at\r\n"_s;
    for (const Row *row : rows) {
        const Row &r = *row;
        const QStringList fields = {
            r.externalId.toString(), r.name.toString(), r.category.toString(), r.address.toString(), r.postCode.toString(),
            r.status.toString(), r.hours.toString(), r.capacity.isNull() ? QString() : QString::number(r.capacity.toLongLong()),
            r.notes.toString(), degrees(r.lat), degrees(r.lon), r.geometry.toString(), r.updatedBy.toString(),
            isoTime(r.updatedAt),
        };
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out += quoted.join(u',');
        out += u"\r\n"_s; // RFC 4180 line ends
    }
    return out.toUtf8();
}

} // namespace

QByteArray exportServices(const Database &db, const QList<qint64> &ids, ServiceExportFormat format)
{
    const QHash<qint64, Row> rows = load(db, ids);
    const QList<const Row *> list = ordered(rows, ids);
    return format == ServiceExportFormat::GeoJson ? toGeoJson(list) : toCsv(list);
}

std::optional<ServiceExportFormat> ServiceExport::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"geojson"_s || suffix == u"json"_s)
        return ServiceExportFormat::GeoJson;
    if (suffix == u"csv"_s)
        return ServiceExportFormat::Csv;
    return std::nullopt;
}

QList<qint64> ServiceExport::idsInCategory(const Database &db, const QString &category)
{
    QList<qint64> ids;
    QSqlQuery q = db.prepare(category.isEmpty() ? u"SELECT id FROM service_point ORDER BY id"_s
                                                : u"SELECT id FROM service_point WHERE category = ? ORDER BY id"_s);
    q.setForwardOnly(true);
    if (!category.isEmpty())
        q.addBindValue(category);
    if (!Database::exec(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

std::optional<int> ServiceExport::writeFile(const Database &db, const QList<qint64> &ids, const QString &path, QString *error)
{
    const std::optional<ServiceExportFormat> format = formatFor(path);
    if (!format) {
        *error = tr("%1: the name must end in .geojson, .json or .csv to say the format.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    const QHash<qint64, Row> rows = load(db, ids);
    const QList<const Row *> list = ordered(rows, ids);
    // QSaveFile: a failed write leaves any earlier export of the same name as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    file.write(*format == ServiceExportFormat::GeoJson ? toGeoJson(list) : toCsv(list));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return int(list.size());
}

} // namespace atalaya
