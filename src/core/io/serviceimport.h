#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atalaya {

class Database;

/** Where an import puts its services and how to read the file when detection is not enough. */
struct ServiceImportOptions {
    /** The category slug every service goes into ("pharmacies", "elderly-homes"); created, with
     *  categoryName (else the slug) as its name, when the store has no such category. */
    QString category;
    QString categoryName;
    /** Our field → the file's column, property or attribute name (matched ignoring case,
     *  accents, spaces and punctuation); overrides detection. Fields: serviceImportFields(). A
     *  mapped name that the file never uses refuses the file. */
    QHash<QString, QString> columns;
    /** Written to updated_by of every row inserted or changed and to the import's audit_log
     *  row; empty means "import". */
    QString actor;
    /** Named in the audit_log row; empty means the file name. */
    QString source;
    /** updated_at of the rows written and the audit row's time (UTC); invalid = now. */
    QDateTime at;
};

/** One row, feature or entity at fault: its number (CSV: the line, header = 1; GeoJSON and
 *  NGSI: first = 1), the column or property as the file names it (our field name when the file
 *  has none; empty when the record as a whole is wrong), and why. */
struct ServiceImportIssue {
    int row = 0;
    QString field;
    QString reason;
};

/** What an import did. rowsRead = inserted + updated + unchanged + skipped, with exactly one
 *  issue per skipped row. A service is "updated" when anything stored about it changed,
 *  "unchanged" when the store already held exactly what the file gives (a re-import). */
struct ServiceImportSummary {
    Q_DECLARE_TR_FUNCTIONS(ServiceImport) // every message here is shown to users

public:
    bool ok = false;
    QString error; // why the whole file was refused (nothing was written); empty when ok
    QString fileName;
    QString format;    // "csv", "geojson", "ngsi-v2 keyValues", "ngsi-v2 normalized"
    QString encoding;  // "UTF-8", "UTF-8 (BOM)", "Windows-1252 (Latin-1)"
    QString delimiter; // CSV only: ",", ";", "tab", "|"
    QString category;  // the slug imported into
    bool categoryCreated = false;
    int rowsRead = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    QList<ServiceImportIssue> issues;   // skipped records, one each
    QList<ServiceImportIssue> warnings; // imported, with a value dropped (unreadable hours or capacity)
    QList<ServiceImportIssue> flagged;  // imported, with a location to check (far away, swapped back)
    QStringList columnsIgnored;         // columns or properties not read as any field
    QStringList notes;                  // other oddities: post codes that disagree with the map, ...
    qint64 auditId = 0;                 // the audit_log row of this import

    /** A few translated lines for the command line and the import dialog. */
    QString toText() const;
};

/** The field names ServiceImportOptions::columns accepts: name, address, post_code, status,
 *  opening_hours, capacity, notes, external_id, lat, lon, latlon, geometry. */
QStringList serviceImportFields();

/** Reads a command-line mapping "field=COLUMN,field=COLUMN". nullopt, with *error naming the
 *  entry at fault and what is allowed, for an unknown field, an empty column, an entry without
 *  '=' or a field given twice. */
std::optional<QHash<QString, QString>> parseServiceColumnMapping(const QString &text, QString *error);

/** Imports services into one category from GeoJSON (RFC 7946: Points, Polygons and
 *  MultiPolygons), CSV (UTF-8 or Latin-1, any usual separator, decimal commas, coordinates in
 *  lat/lon columns under their English, Spanish or Portuguese names, a "lat,lon" column or a
 *  GeoJSON geometry column) or FIWARE NGSI-v2 PointOfInterest entities (keyValues or
 *  normalized). Everything is written in one transaction with one audit_log row (entity
 *  'import'): a refused file, or a store error, changes nothing. See serviceimport.cpp for the
 *  rules on matching, locations and values. */
ServiceImportSummary importServicesFile(Database &db, const QString &path, const ServiceImportOptions &options);
ServiceImportSummary importServicesData(Database &db, const QByteArray &data, const QString &fileName,
                                        const ServiceImportOptions &options);

} // namespace atalaya
