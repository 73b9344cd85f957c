#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace atalaya {

class Database;

/** How to read a hospital file when detection is not enough. */
struct HospitalImportOptions {
    /** Our field → the file's column header (matched ignoring case, accents, spaces and
     *  underscores); overrides detection. Fields: see hospitalImportFields(). A mapped column
     *  missing from the file refuses the file. */
    QHash<QString, QString> columns;
    /** Written to bed_report.source; empty means the file name. */
    QString source;
    /** Time of day (UTC) given to reports whose date has no time. */
    QTime defaultReportTime = QTime(0, 0);
};

/** One skipped row: the line (CSV, header = 1) or entity number (JSON, first = 1), the column
 *  or attribute at fault as the file names it (empty when the row as a whole is wrong), and why. */
struct HospitalImportIssue {
    int row = 0;
    QString field;
    QString reason;
};

/** What an import did. rowsRead = reportsStored + reportsDuplicate + reportsConflicting +
 *  rowsSkipped, and there is exactly one issue per skipped row. */
struct HospitalImportSummary {
    Q_DECLARE_TR_FUNCTIONS(HospitalImport) // every message here is shown to users

public:
    bool ok = false;
    QString error;     // why the whole file was refused (nothing was written); empty when ok
    QString fileName;
    QString format;    // "csv", "ngsi-v2 keyValues", "ngsi-v2 normalized"
    QString encoding;  // "UTF-8", "UTF-8 (BOM)", "Windows-1252 (Latin-1)"
    QString delimiter; // CSV only: ",", ";", "tab", "|"
    int rowsRead = 0;
    int hospitalsCreated = 0;
    int hospitalsMatched = 0;   // hospitals already in the store that this file reported on
    int reportsStored = 0;
    int reportsDuplicate = 0;   // identical to a report already stored or earlier in the file
    int reportsConflicting = 0; // same hospital and time, other values: the first was kept
    int rowsSkipped = 0;
    QList<HospitalImportIssue> issues;
    QStringList notes; // oddities that did not stop a row: merged spellings, shared coordinates, ...

    /** A few translated lines for the command line and the import dialog. */
    QString toText() const;
};

/** The field names HospitalImportOptions::columns accepts: name, institution, address, lat, lon,
 *  latlon, date, time, general_total, general_free, general_occupied, icu_total, icu_free,
 *  icu_occupied, level, icu_level. */
QStringList hospitalImportFields();

/** Imports hospitals and their bed reports from a CSV file (counts or levels) or FIWARE NGSI-v2
 *  entities (keyValues or normalized; see hospitalimport.cpp for the attributes read), all in
 *  one transaction: a refused file, or a store error, changes nothing. */
HospitalImportSummary importHospitalsFile(Database &db, const QString &path, const HospitalImportOptions &options = {});
HospitalImportSummary importHospitalsData(Database &db, const QByteArray &data, const QString &fileName,
                                          const HospitalImportOptions &options = {});

} // namespace atalaya
