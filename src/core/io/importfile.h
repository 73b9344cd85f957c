#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atalaya {

class Database;

/** What every importer checks before it parses anything, so each refusal reads the same
 *  whatever is being imported. */
struct ImportFile {
    Q_DECLARE_TR_FUNCTIONS(ImportFile)

public:
    /** The whole file, or nullopt with *error saying which file and why it cannot be read. */
    static std::optional<QByteArray> read(const QString &path, QString *error);

    /** Why data cannot be imported at all (store closed, empty, not text), or an empty string.
     *  `formats` names what the importer does read, for the advice ("CSV", "CSV or JSON"). */
    static QString refusalBeforeParsing(const Database &db, const QByteArray &data, const QString &formats);
};

} // namespace atalaya
