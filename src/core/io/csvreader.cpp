#include "csvreader.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace atalaya {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F, where spreadsheets put €, curly quotes
// and dashes; the five undefined bytes are kept as their C1 controls, as browsers do.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString decodeCp1252(const QByteArray &data)
{
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : data) {
        const auto c = static_cast<unsigned char>(byte);
        *out++ = (c >= 0x80 && c < 0xA0) ? QChar(kCp1252High[c - 0x80]) : QChar(char16_t(c));
    }
    return text;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Splits text into records, respecting quotes. Returns false with the line where an unclosed
// quote opened. maxRecords > 0 stops early (delimiter sniffing). Records that are blank (no
// quoted field, every field empty) are dropped: spreadsheets pad files with ";;;;" lines.
bool splitRecords(QStringView text, QChar delimiter, int maxRecords, QList<CsvReader::Record> *out, int *errorLine)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    QString quoted;
    while (i < n) {
        CsvReader::Record record;
        record.line = line;
        bool anyQuoted = false;
        for (;;) {
            // A space before an opening quote (`a, "b"`) is padding, not content.
            qsizetype look = i;
            while (look < n && text[look] == u' ' && delimiter != u' ')
                ++look;
            QString field;
            if (look < n && text[look] == u'"') {
                anyQuoted = true;
                const int openedOn = line;
                i = look + 1;
                quoted.clear();
                for (;;) {
                    if (i >= n) {
                        *errorLine = openedOn;
                        return false;
                    }
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            quoted += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (isLineBreak(c)) {
                        quoted += u'\n';
                        ++i;
                        if (c == u'\r' && i < n && text[i] == u'\n')
                            ++i;
                        ++line;
                        continue;
                    }
                    quoted += c;
                    ++i;
                }
                // Text after the closing quote (`"a"b`) is kept rather than lost: lenient, as
                // spreadsheets read it.
                const qsizetype rest = i;
                while (i < n && text[i] != delimiter && !isLineBreak(text[i]))
                    ++i;
                field = quoted + text.sliced(rest, i - rest).trimmed().toString();
            } else {
                const qsizetype start = i;
                while (i < n && text[i] != delimiter && !isLineBreak(text[i]))
                    ++i;
                field = text.sliced(start, i - start).trimmed().toString();
            }
            record.fields.append(field);
            if (i >= n)
                break;
            if (text[i] == delimiter) {
                ++i;
                if (i >= n) {
                    record.fields.append(QString());
                    break;
                }
                continue;
            }
            const QChar c = text[i++];
            if (c == u'\r' && i < n && text[i] == u'\n')
                ++i;
            ++line;
            break;
        }
        const bool blank = !anyQuoted
            && std::all_of(record.fields.cbegin(), record.fields.cend(), [](const QString &f) { return f.isEmpty(); });
        if (!blank) {
            out->append(std::move(record));
            if (maxRecords > 0 && out->size() >= maxRecords)
                return true;
        }
    }
    return true;
}

qsizetype fieldCountWithoutTrailing(const QStringList &fields)
{
    return fields.size() > 1 && fields.constLast().isEmpty() ? fields.size() - 1 : fields.size();
}

// Keeps digits, one leading sign, '.' and ','; drops spaces used as thousands separators.
std::optional<QString> numberCore(QStringView text)
{
    QString core;
    core.reserve(text.size());
    for (const QChar c : text.trimmed()) {
        if (c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == u'\'')
            continue; // "1 234", "1'234" (Swiss)
        if (c.isDigit() || c == u'.' || c == u',' || ((c == u'-' || c == u'+') && core.isEmpty()))
            core += c;
        else
            return std::nullopt;
    }
    if (core.isEmpty() || core == u"-"_s || core == u"+"_s)
        return std::nullopt;
    return core;
}

bool groupsOfThree(QStringView digits, QChar separator)
{
    const QList<QStringView> parts = digits.split(separator);
    if (parts.constFirst().isEmpty() || parts.constFirst().size() > 3)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].size() != 3)
            return false;
    }
    return true;
}

} // namespace

bool CsvReader::fail(int line, const QString &message)
{
    m_errorLine = line;
    m_error = message;
    m_header.clear();
    m_normalizedHeader.clear();
    m_records.clear();
    return false;
}

bool CsvReader::read(const QByteArray &data)
{
    if (data.trimmed().isEmpty())
        return fail(0, tr("The file is empty."));
    if (looksBinary(data))
        return fail(0, tr("The file is not text (it looks like an image, an archive or a spreadsheet "
                          "workbook); save it as CSV first."));
    return readText(decode(data, &m_encoding));
}

bool CsvReader::readText(const QString &text, QChar delimiter)
{
    m_errorLine = 0;
    m_error.clear();
    m_records.clear();
    m_header.clear();
    m_normalizedHeader.clear();
    m_trailingSeparator = false;
    m_delimiter = delimiter.isNull() ? sniffDelimiter(text) : delimiter;

    QList<Record> all;
    int errorLine = 0;
    if (!splitRecords(text, m_delimiter, 0, &all, &errorLine))
        return fail(errorLine, tr("Line %1: a quoted field opens here and is never closed.").arg(errorLine));
    if (all.isEmpty())
        return fail(0, tr("The file is empty."));

    m_header = all.takeFirst().fields;
    if (m_header.size() > 1 && m_header.constLast().isEmpty()) {
        m_header.removeLast();
        m_trailingSeparator = true;
    }
    for (Record &record : all) {
        if (record.fields.size() == m_header.size() + 1 && record.fields.constLast().isEmpty()) {
            record.fields.removeLast();
            m_trailingSeparator = true;
        }
    }
    m_records = std::move(all);
    m_normalizedHeader.reserve(m_header.size());
    for (const QString &name : std::as_const(m_header))
        m_normalizedHeader.append(normalizeHeader(name));
    return true;
}

int CsvReader::column(const QString &name) const
{
    const QString wanted = normalizeHeader(name);
    if (wanted.isEmpty())
        return -1;
    return int(m_normalizedHeader.indexOf(wanted));
}

int CsvReader::findColumn(const QStringList &names) const
{
    for (const QString &name : names) {
        const int index = column(name);
        if (index >= 0)
            return index;
    }
    return -1;
}

QStringList CsvReader::synonyms(CommonColumn which)
{
    switch (which) {
    case CommonColumn::Name:
        return {u"name"_s, u"nombre"_s, u"nome"_s, u"denominacion"_s, u"denominacao"_s, u"title"_s, u"titulo"_s};
    case CommonColumn::Latitude:
        return {u"lat"_s, u"latitude"_s, u"latitud"_s, u"ylat"_s, u"coordy"_s, u"coordenaday"_s, u"y"_s};
    case CommonColumn::Longitude:
        return {u"lon"_s, u"lng"_s, u"long"_s, u"longitude"_s, u"longitud"_s, u"xlon"_s, u"coordx"_s,
                u"coordenadax"_s, u"x"_s};
    case CommonColumn::LatLon:
        return {u"latlon"_s, u"latlng"_s, u"latitudlongitud"_s, u"latitudelongitude"_s, u"coordinates"_s,
                u"coordenadas"_s, u"coords"_s, u"geopoint"_s, u"geopoint2d"_s, u"location"_s, u"ubicacion"_s,
                u"localizacion"_s, u"localizacao"_s, u"posicion"_s, u"posicao"_s, u"georreferencia"_s};
    case CommonColumn::Date:
        return {u"date"_s, u"fecha"_s, u"data"_s, u"day"_s, u"dia"_s, u"datetime"_s, u"timestamp"_s,
                u"fechahora"_s, u"datahora"_s, u"reportdate"_s, u"reportedat"_s, u"fechareporte"_s,
                u"fechadereporte"_s, u"fechaactualizacion"_s, u"fechadeactualizacion"_s, u"fechacorte"_s,
                u"fechadecorte"_s, u"datanotificacao"_s, u"dataatualizacao"_s, u"datadeatualizacao"_s,
                u"datamedicao"_s, u"dateobserved"_s, u"datemodified"_s, u"updated"_s, u"updatedat"_s};
    case CommonColumn::Time:
        return {u"time"_s, u"hora"_s, u"horareporte"_s, u"horadereporte"_s, u"reporttime"_s};
    case CommonColumn::Address:
        return {u"address"_s, u"direccion"_s, u"domicilio"_s, u"endereco"_s, u"morada"_s, u"streetaddress"_s,
                u"calle"_s, u"logradouro"_s};
    case CommonColumn::PostCode:
        return {u"postcode"_s, u"postalcode"_s, u"zip"_s, u"zipcode"_s, u"codigopostal"_s, u"cp"_s, u"cep"_s,
                u"codpostal"_s};
    case CommonColumn::Institution:
        return {u"institution"_s, u"institucion"_s, u"instituicao"_s, u"operator"_s, u"operador"_s,
                u"organization"_s, u"organizacion"_s, u"organizacao"_s, u"owner"_s, u"titular"_s};
    case CommonColumn::Id:
        return {u"id"_s, u"code"_s, u"codigo"_s, u"identifier"_s, u"identificador"_s, u"clues"_s, u"cnes"_s};
    }
    return {};
}

QString CsvReader::foldAccents(QStringView text)
{
    // Fast path: plain ASCII needs no decomposition (most headers and names in a big file).
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toString().toLower();
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded += c;
    }
    // ß, æ, ø and friends have no decomposition; the folds that matter for our languages.
    folded.replace(u'ß', u"ss"_s).replace(u'ø', u'o').replace(u'Ø', u'o').replace(u'æ', u"ae"_s);
    return folded.toLower();
}

QString CsvReader::normalizeHeader(QStringView header)
{
    const QString folded = foldAccents(header);
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

QString CsvReader::decode(const QByteArray &data, Encoding *encoding)
{
    QByteArrayView bytes(data);
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (bom)
        bytes = bytes.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = bom ? Encoding::Utf8WithBom : Encoding::Utf8;
        return text;
    }
    if (encoding)
        *encoding = Encoding::Windows1252;
    return decodeCp1252(bytes.toByteArray());
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf8WithBom:
        return u"UTF-8 (BOM)"_s;
    case Encoding::Windows1252:
        return u"Windows-1252 (Latin-1)"_s;
    }
    return {};
}

bool CsvReader::looksBinary(const QByteArray &data)
{
    const QByteArrayView head = QByteArrayView(data).first(std::min<qsizetype>(data.size(), 4096));
    qsizetype controls = 0;
    for (const char byte : head) {
        const auto c = static_cast<unsigned char>(byte);
        if (c == 0)
            return true; // text files never hold NUL; PNG, zip (.xlsx) and UTF-16 all do
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    return controls > head.size() / 20;
}

QChar CsvReader::sniffDelimiter(QStringView text)
{
    static constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    double bestScore = 0;
    qsizetype bestColumns = 0;
    for (const char16_t candidate : candidates) {
        QList<Record> sample;
        int ignored = 0;
        splitRecords(text, QChar(candidate), 30, &sample, &ignored);
        if (sample.isEmpty())
            continue;
        const qsizetype columns = fieldCountWithoutTrailing(sample.constFirst().fields);
        if (columns < 2)
            continue;
        qsizetype consistent = 0;
        qsizetype strayQuotes = 0;
        for (const Record &record : std::as_const(sample)) {
            if (fieldCountWithoutTrailing(record.fields) == columns)
                ++consistent;
            if (std::any_of(record.fields.cbegin(), record.fields.cend(), [](const QString &f) { return f.contains(u'"'); }))
                ++strayQuotes;
        }
        // Decimal commas split rows but not the header, so the header count is the yardstick; a
        // quote left inside a field means this delimiter cut a quoted field open.
        const double score = (double(consistent) - 0.5 * double(strayQuotes)) / double(sample.size());
        if (score > bestScore || (score == bestScore && columns > bestColumns)) {
            best = QChar(candidate);
            bestScore = score;
            bestColumns = columns;
        }
    }
    return best;
}

QString CsvReader::delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return u"tab"_s;
    return QString(delimiter);
}

std::optional<double> CsvReader::parseNumber(QStringView text)
{
    std::optional<QString> core = numberCore(text);
    if (!core)
        return std::nullopt;
    QString &s = *core;
    const qsizetype dots = s.count(u'.');
    const qsizetype commas = s.count(u',');
    if (dots && commas) {
        const bool commaDecimal = s.lastIndexOf(u',') > s.lastIndexOf(u'.');
        const QChar thousands = commaDecimal ? u'.' : u',';
        const QChar decimal = commaDecimal ? u',' : u'.';
        if (s.count(decimal) > 1)
            return std::nullopt;
        s.remove(thousands);
        s.replace(decimal, u'.');
    } else if (commas > 1 || dots > 1) {
        const QChar thousands = commas > 1 ? u',' : u'.';
        const QStringView digits = QStringView(s).sliced(s.startsWith(u'-') || s.startsWith(u'+') ? 1 : 0);
        if (!groupsOfThree(digits, thousands))
            return std::nullopt;
        s.remove(thousands);
    } else if (commas == 1) {
        s.replace(u',', u'.');
    }
    bool ok = false;
    const double value = s.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> CsvReader::parseInteger(QStringView text)
{
    std::optional<QString> core = numberCore(text);
    if (!core)
        return std::nullopt;
    const QString &s = *core;
    const QStringView digits = QStringView(s).sliced(s.startsWith(u'-') || s.startsWith(u'+') ? 1 : 0);
    const qsizetype dots = s.count(u'.');
    const qsizetype commas = s.count(u',');
    if (dots + commas == 1) {
        // "1.234" in a count column is a thousand and more, not one and a bit.
        const QChar separator = dots ? u'.' : u',';
        if (groupsOfThree(digits, separator)) {
            bool ok = false;
            const qint64 value = QString(s).remove(separator).toLongLong(&ok);
            if (ok)
                return value;
        }
    }
    const std::optional<double> value = parseNumber(text);
    if (!value || *value != std::floor(*value) || std::abs(*value) > 9e15)
        return std::nullopt;
    return qint64(*value);
}

std::optional<GeoPoint> CsvReader::parseLatLon(QStringView text)
{
    QString s = text.trimmed().toString();
    if (s.isEmpty())
        return std::nullopt;
    bool lonFirst = false;
    static const QRegularExpression wkt(u"^\\s*POINT\\s*\\(\\s*([^)]*)\\)\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = wkt.match(s); m.hasMatch()) {
        s = m.captured(1);
        lonFirst = true;
    }
    // Brackets and parentheses around the pair are decoration.
    while (!s.isEmpty() && (s.front() == u'(' || s.front() == u'[' || s.front() == u'{'))
        s.remove(0, 1);
    while (!s.isEmpty() && (s.back() == u')' || s.back() == u']' || s.back() == u'}'))
        s.chop(1);
    s = s.trimmed();

    QStringList parts;
    if (s.contains(u';'))
        parts = s.split(u';');
    else if (s.contains(u", "_s))
        parts = s.split(u", "_s);
    else if (s.count(u',') == 1 && !s.contains(u' '))
        parts = s.split(u',');
    else
        parts = s.simplified().split(u' '); // "41,38 2,17" (decimal commas) or "41.38 2.17"
    if (parts.size() != 2)
        return std::nullopt;
    const std::optional<double> a = parseNumber(parts[0]);
    const std::optional<double> b = parseNumber(parts[1]);
    if (!a || !b)
        return std::nullopt;
    const GeoPoint point = lonFirst ? GeoPoint{*b, *a} : GeoPoint{*a, *b};
    if (std::abs(point.lat) > 90 || std::abs(point.lon) > 180)
        return std::nullopt;
    return point;
}

} // namespace atalaya
