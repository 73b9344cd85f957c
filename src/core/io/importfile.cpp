#include "importfile.h"

#include "io/csvreader.h"
#include "store/database.h"

#include <QDir>
#include <QFile>

namespace atalaya {

std::optional<QByteArray> ImportFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

QString ImportFile::refusalBeforeParsing(const Database &db, const QByteArray &data, const QString &formats)
{
    if (!db.isOpen())
        return tr("The store is not open.");
    if (data.trimmed().isEmpty())
        return tr("The file is empty.");
    if (CsvReader::looksBinary(data))
        return tr("The file is not text (an image, an archive or a spreadsheet workbook?); export it as %1 first.")
            .arg(formats);
    return {};
}

} // namespace atalaya
