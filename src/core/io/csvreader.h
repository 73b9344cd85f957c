#pragma once

#include "geo/geometry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace atalaya {

/** Reads CSV as open-data portals publish it: UTF-8 (with or without BOM) or Windows-1252,
 *  `,` `;` tab or `|`, RFC 4180 quotes, CRLF or LF, trailing separators and blank lines. */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader) // parse errors are shown to users

public:
    enum class Encoding { Utf8, Utf8WithBom, Windows1252 };

    /** Columns that most imports look for, each known by its English, Spanish and Portuguese
     *  names (see synonyms()). */
    enum class CommonColumn { Name, Latitude, Longitude, LatLon, Date, Time, Address, PostCode, Institution, Id };

    /** One data row: its fields and the line it starts on as a person sees the file (the header
     *  is line 1; a quoted newline makes the next record start further down). */
    struct Record {
        int line = 0;
        QStringList fields;
    };

    /** Decodes data, sniffs its delimiter and parses it all. Returns false, with errorLine()
     *  and errorString(), for binary data, an empty file or an unterminated quote. */
    bool read(const QByteArray &data);
    /** Parses already decoded text; a null delimiter means sniff it. */
    bool readText(const QString &text, QChar delimiter = {});

    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    /** True when lines end with a separator after the last column (a common spreadsheet export). */
    bool hasTrailingSeparator() const { return m_trailingSeparator; }
    const QStringList &header() const { return m_header; }
    const QList<Record> &records() const { return m_records; }
    int errorLine() const { return m_errorLine; }
    QString errorString() const { return m_error; }

    /** The column whose normalised header equals the normalised name, or -1. */
    int column(const QString &name) const;
    /** The first column matching any of the names, tried in the order given, or -1. */
    int findColumn(const QStringList &names) const;
    int findColumn(CommonColumn which) const { return findColumn(synonyms(which)); }

    /** Names a column goes by in English, Spanish and Portuguese, already normalised. */
    static QStringList synonyms(CommonColumn which);

    /** Lower case, no accents, letters and digits only: "Camas_Disponibles", "camas disponibles"
     *  and "CAMAS-DISPONIBLES" all become "camasdisponibles". */
    static QString normalizeHeader(QStringView header);
    /** Lower case without accents (NFD with the combining marks dropped). */
    static QString foldAccents(QStringView text);

    /** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252, the superset
     *  of Latin-1 that spreadsheets write. */
    static QString decode(const QByteArray &data, Encoding *encoding = nullptr);
    static QString encodingName(Encoding encoding);
    /** NUL bytes or many control characters in the first 4 KiB: an image, a zip, an .xlsx. */
    static bool looksBinary(const QByteArray &data);
    /** The candidate (`,` `;` tab `|`) that splits the first records into the same number of
     *  fields as the header, at least two; quotes are respected. `,` when none does. */
    static QChar sniffDelimiter(QStringView text);
    /** "," ";" "tab" "|" for summaries. */
    static QString delimiterName(QChar delimiter);

    /** A number as people write it: "12,5", "12.5", "1.234,5", "1,234.5", "1 234,5", "-3".
     *  With both separators the last one is the decimal mark; a separator repeated is a
     *  thousands separator; a single one is the decimal mark ("1.234" is 1.234). */
    static std::optional<double> parseNumber(QStringView text);
    /** A whole number, where a single separator followed by exactly three digits groups
     *  thousands ("1.234" and "1,234" are 1234); "12,0" is 12, "12,5" is not whole. */
    static std::optional<qint64> parseInteger(QStringView text);
    /** "lat,lon" in one field: "41.38,2.17", "41.38, 2.17", "(41.38; 2.17)", "41,38 2,17" and
     *  WKT "POINT(2.17 41.38)" (lon first there, as WKT is). Range-checked. */
    static std::optional<GeoPoint> parseLatLon(QStringView text);

private:
    bool fail(int line, const QString &message);

    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter = u',';
    bool m_trailingSeparator = false;
    QStringList m_header;
    QStringList m_normalizedHeader;
    QList<Record> m_records;
    int m_errorLine = 0;
    QString m_error;
};

} // namespace atalaya
