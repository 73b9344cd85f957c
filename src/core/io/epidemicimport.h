#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace atalaya {

class Database;

/** The three ways sources publish epidemic figures per region. */
enum class EpidemicShape {
    Auto,       // detect from the column names
    Daily,      // new cases, deaths, tests, doses... per region per day → epidemic_daily
    Cumulative, // running totals per region per date → epidemic_reported "<field>_cumulative"
    Windowed,   // indicators over a window at report dates → epidemic_reported "<indicator>_<N>d"
};

/** How to read an epidemic file when detection is not enough. */
struct EpidemicImportOptions {
    /** Forces every value column to be read as this shape (Auto: from the column names). */
    EpidemicShape shape = EpidemicShape::Auto;
    /** Window of windowed columns whose name gives none ("tasa" rather than "tasa_14d"); 0 = none. */
    int windowDays = 0;
    /** Only match regions of this level ("district", "neighbourhood", "postcode"); empty = any,
     *  a name shared by several levels then going to the district, else the neighbourhood. */
    QString regionLevel;
    /** Written to the source columns; empty means the file name. */
    QString source;
};

/** One skipped row: its line as a person sees the file (header = 1), the column at fault as the
 *  file names it (empty when the row as a whole is wrong), and why. */
struct EpidemicImportIssue {
    int row = 0;
    QString field;
    QString reason;
};

/** What an import did. rowsRead = rowsInserted + rowsUpdated + rowsUnchanged + rowsDuplicate +
 *  rowsSkipped, with exactly one issue per skipped row. A row is "inserted" when everything it
 *  gave was new, "updated" when it changed a stored value, "unchanged" when the store already
 *  held exactly what it gave (a re-import). */
struct EpidemicImportSummary {
    Q_DECLARE_TR_FUNCTIONS(EpidemicImport) // every message here is shown to users

public:
    bool ok = false;
    QString error; // why the whole file was refused (nothing was written); empty when ok
    QString fileName;
    EpidemicShape shape = EpidemicShape::Auto; // as detected or forced
    QString encoding;
    QString delimiter;
    QStringList columnsRead;    // the value columns imported, as the file names them
    QStringList columnsIgnored; // columns neither region, date nor a known figure
    int rowsRead = 0;
    int rowsInserted = 0;
    int rowsUpdated = 0;
    int rowsUnchanged = 0;
    int rowsDuplicate = 0; // the same region, day and values as an earlier row of the file
    int rowsSkipped = 0;
    int valuesStored = 0;     // cells written (new or changed), suppressed ones included
    int valuesSuppressed = 0; // cells empty or withheld ("<5", "*", "-"), stored as NULL
    int regionsMatched = 0;   // distinct regions the file gave figures for
    QStringList unknownRegions; // distinct region names or codes that matched nothing, in file order
    QList<EpidemicImportIssue> issues;
    QStringList notes;

    /** "daily counts", "cumulative totals", "windowed indicators", translated. */
    static QString shapeName(EpidemicShape shape);
    /** A few translated lines for the command line and the import dialog. */
    QString toText() const;
};

/** Imports epidemic figures per region from CSV (UTF-8 or Latin-1, any usual separator, dates
 *  yyyy-MM-dd or dd/MM/yyyy), keeping them as reported: daily counts into epidemic_daily,
 *  cumulative totals and windowed indicators into epidemic_reported. No daily value is ever
 *  derived from totals. Re-importing updates in place. One transaction: a refused file, or a
 *  store error, changes nothing. See epidemicimport.cpp for the column names recognised. */
EpidemicImportSummary importEpidemicFile(Database &db, const QString &path, const EpidemicImportOptions &options = {});
EpidemicImportSummary importEpidemicData(Database &db, const QByteArray &data, const QString &fileName,
                                         const EpidemicImportOptions &options = {});

} // namespace atalaya
