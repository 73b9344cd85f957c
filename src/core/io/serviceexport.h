#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace atalaya {

class Database;

enum class ServiceExportFormat { GeoJson, Csv };

/** Writes services as files other tools and serviceimport read back. */
struct ServiceExport {
    Q_DECLARE_TR_FUNCTIONS(ServiceExport) // file errors are shown to users

public:
    /** GeoJSON for .geojson and .json, CSV for .csv (any case); nullopt for anything else. */
    static std::optional<ServiceExportFormat> formatFor(const QString &path);

    /** The ids of every service of a category (every service when category is empty), by id. */
    static QList<qint64> idsInCategory(const Database &db, const QString &category = {});

    /** Exports to a file in the format its name gives. Returns the number of services written,
     *  or nullopt with *error saying which file and why. */
    static std::optional<int> writeFile(const Database &db, const QList<qint64> &ids, const QString &path, QString *error);
};

/** The services with these ids, in the order given (unknown ids and repeats left out):
 *  - GeoJSON (RFC 7946): a FeatureCollection, one Feature per line; geometry a Point [lon, lat],
 *    or an area's Polygon or MultiPolygon; the external id as the Feature's "id" when there is
 *    one; properties name, category, address, post_code, status, opening_hours, capacity, notes,
 *    external_id, updated_by, updated_at (ISO 8601 UTC), and for areas lat and lon of the label
 *    point. Values not reported are null. No "crs" (RFC 7946 has none).
 *  - CSV: UTF-8 without BOM, comma-separated, a header line, fields quoted when they hold a
 *    comma, a quote, a line break or edge spaces; columns external_id, name, category, address,
 *    post_code, status, opening_hours, capacity, notes, lat, lon, geometry (an area's GeoJSON,
 *    else empty), updated_by, updated_at. */
QByteArray exportServices(const Database &db, const QList<qint64> &ids, ServiceExportFormat format);

} // namespace atalaya
