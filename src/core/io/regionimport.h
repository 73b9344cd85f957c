#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace atalaya {

class Database;

/** How to read a region file when its features do not say everything themselves. */
struct RegionImportOptions {
    /** "district", "neighbourhood" or "postcode" for every feature, overriding what their own
     *  level property says; empty = each feature's level property, which must then be given. */
    QString level;
    /** The level of features whose properties give none (the Epidemic page passes the level on
     *  screen); a feature's own level property still wins. Empty: such features are skipped. */
    QString defaultLevel;
};

/** One skipped feature: its number in the file (first = 1), the property or member at fault as
 *  the file names it ("geometry"; our field name when the property is missing), and why. */
struct RegionImportIssue {
    int feature = 0;
    QString field;
    QString reason;
};

/** What an import did. featuresRead = regionsInserted + regionsUpdated + regionsUnchanged +
 *  featuresSkipped, with exactly one issue per skipped feature. A region is "updated" when
 *  anything stored about it changed, "unchanged" when the store already held exactly that. */
struct RegionImportSummary {
    Q_DECLARE_TR_FUNCTIONS(RegionImport) // every message here is shown to users

public:
    bool ok = false;
    QString error; // why the whole file was refused (nothing was written); empty when ok
    QString fileName;
    int featuresRead = 0;
    int regionsInserted = 0;
    int regionsUpdated = 0;
    int regionsUnchanged = 0;
    int featuresSkipped = 0;
    QList<RegionImportIssue> issues;
    QStringList propertiesIgnored; // properties not recognised as any field, as the file names them
    QStringList notes;             // oddities that did not stop a feature: missing populations, parents, ...

    /** "district", "neighbourhood", "post code", translated; other text as it is. */
    static QString levelName(const QString &level);
    /** A few translated lines for the command line and the import dialog. */
    QString toText() const;
};

/** The region levels a file may hold, as the store spells them: district, neighbourhood, postcode. */
QStringList regionImportLevels();

/** Imports region polygons with their context figures from a GeoJSON (RFC 7946)
 *  FeatureCollection or single Feature of Polygons and MultiPolygons, upserting by level and
 *  code: known regions keep their id (epidemic figures, hospitals and services refer to it) and
 *  get the new shape and figures; new ones are inserted. One transaction: a refused file, or a
 *  store error, changes nothing. See regionimport.cpp for the property names recognised. */
RegionImportSummary importRegionsFile(Database &db, const QString &path, const RegionImportOptions &options = {});
RegionImportSummary importRegionsData(Database &db, const QByteArray &data, const QString &fileName,
                                      const RegionImportOptions &options = {});

} // namespace atalaya
