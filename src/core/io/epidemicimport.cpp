#include "epidemicimport.h"

#include "io/csvreader.h"
#include "io/importfile.h"
#include "logging.h"
#include "store/database.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

// Columns recognised (headers folded to lower case without accents and split into words, so
// "Casos_14d", "casos 14 días" and "Casos14D" read alike):
//   region     a code (codigo, code, cod_distrito, cp, cep, ...) and/or a name (distrito, barrio,
//              bairro, region, zona, nombre, ...), matched against district, neighbourhood and
//              post-code regions by code, else by name ignoring case, accents and punctuation
//   date       fecha, date, data, dia, fecha_reporte, ...: yyyy-MM-dd or dd/MM/yyyy (day first)
//   figures    a subject word — cases (casos, confirmados), recoveries (recuperados, altas),
//              deaths (fallecidos, defunciones, obitos), tests (pruebas, testes, pcr), doses
//              (vacunados/dosis/dose + 1/primera, 2/segunda/completa, refuerzo/booster/3),
//              incidence (tasa, incidencia, ia, rate, taxa, or any count "por 100.000 hab"),
//              positivity (positividad, positividade)
//              plus a marker: a window ("14d", "14 dias", "7 days", "ultimos 14") makes it a
//              windowed indicator, else "acumulado", "cumulative", "total" a cumulative total,
//              else it is a daily count.
// Daily counts go to epidemic_daily; totals to epidemic_reported as "<subject>_cumulative";
// windowed ones as "<subject>_<N>d" with window_days N. Totals are never differenced into daily
// counts: the store has no way to mark a daily value as derived, and the analytics can take the
// difference of two reported totals themselves, knowing that is what they are doing.

namespace atalaya {

namespace {

// A region level's key ("district", ...) as a reader of the summary says it.
QString levelWord(const QString &level)
{
    if (level == u"district"_s)
        return EpidemicImportSummary::tr("district");
    if (level == u"neighbourhood"_s)
        return EpidemicImportSummary::tr("neighbourhood");
    if (level == u"postcode"_s)
        return EpidemicImportSummary::tr("post code");
    return level;
}

enum Subject { Cases, Recoveries, Deaths, Tests, Dose1, Dose2, Booster, Incidence, Positivity, NoSubject };
constexpr int kDailySubjects = Booster + 1; // the epidemic_daily columns, in this order

const std::array<QString, NoSubject> &subjectKeys()
{
    static const std::array<QString, NoSubject> keys = {u"cases"_s, u"recoveries"_s, u"deaths"_s, u"tests"_s,
                                                        u"vaccinated_dose1"_s, u"vaccinated_dose2"_s,
                                                        u"vaccinated_booster"_s, u"incidence_per_100k"_s,
                                                        u"positivity"_s};
    return keys;
}

bool isCount(Subject subject)
{
    return subject < kDailySubjects;
}

enum class Kind { Daily, Cumulative, Windowed };

struct Meaning {
    Subject subject = NoSubject;
    bool cumulative = false;
    int window = 0;
};

/** Words of a header: camelCase and letter-digit boundaries split, accents and case folded. */
QStringList words(const QString &header)
{
    QString spaced;
    spaced.reserve(header.size() * 2);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QChar c = header.at(i);
        if (i > 0) {
            const QChar p = header.at(i - 1);
            if ((p.isLower() && c.isUpper()) || (p.isLetter() && c.isDigit()) || (p.isDigit() && c.isLetter()))
                spaced.append(u' ');
        }
        spaced.append(c);
    }
    QString folded = CsvReader::foldAccents(spaced);
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return folded.split(u' ', Qt::SkipEmptyParts);
}

Meaning classify(const QString &header)
{
    static const QSet<QString> cumulativeWords = {u"acumulado"_s, u"acumulados"_s, u"acumulada"_s, u"acumuladas"_s,
                                                  u"acum"_s, u"cumulative"_s, u"cumulativo"_s, u"cum"_s, u"total"_s,
                                                  u"totales"_s, u"totals"_s, u"totais"_s};
    static const QSet<QString> dayUnits = {u"d"_s, u"dia"_s, u"dias"_s, u"day"_s, u"days"_s};
    static const QSet<QString> lastWords = {u"ultimos"_s, u"ultimas"_s, u"last"_s, u"past"_s};
    static const QSet<QString> populationWords = {u"hab"_s, u"habitantes"_s, u"inhabitants"_s, u"100k"_s,
                                                  u"100000"_s, u"10000"_s, u"1000"_s, u"100"_s, u"mil"_s};
    static const QSet<QString> incidenceWords = {u"tasa"_s, u"incidencia"_s, u"ia"_s, u"rate"_s, u"incidence"_s,
                                                 u"taxa"_s};
    static const QSet<QString> positivityWords = {u"positividad"_s, u"positividade"_s, u"positivity"_s};
    static const QSet<QString> caseWords = {u"casos"_s, u"caso"_s, u"cases"_s, u"case"_s, u"confirmados"_s,
                                            u"confirmed"_s, u"contagios"_s, u"infectados"_s};
    static const QSet<QString> recoveryWords = {u"recuperados"_s, u"recovered"_s, u"recoveries"_s, u"altas"_s,
                                                u"curados"_s, u"recuperacoes"_s};
    static const QSet<QString> deathWords = {u"fallecidos"_s, u"fallecimientos"_s, u"defunciones"_s, u"muertes"_s,
                                             u"muertos"_s, u"deaths"_s, u"obitos"_s, u"deceased"_s};
    static const QSet<QString> testWords = {u"pruebas"_s, u"tests"_s, u"test"_s, u"testes"_s, u"pcr"_s, u"testados"_s};
    static const QSet<QString> vaccineWords = {u"vacunados"_s, u"vacinados"_s, u"vaccinated"_s, u"vacunas"_s,
                                               u"vacunacion"_s, u"vacinacao"_s, u"vaccinations"_s, u"dosis"_s,
                                               u"dose"_s, u"doses"_s, u"vacunadas"_s, u"vacinadas"_s};
    static const QSet<QString> firstDose = {u"1"_s, u"primera"_s, u"primeira"_s, u"first"_s, u"1a"_s};
    static const QSet<QString> secondDose = {u"2"_s, u"segunda"_s, u"second"_s, u"completa"_s, u"completo"_s,
                                             u"completos"_s, u"full"_s, u"fully"_s};
    static const QSet<QString> boosterDose = {u"refuerzo"_s, u"reforco"_s, u"booster"_s, u"3"_s, u"tercera"_s,
                                              u"terceira"_s, u"third"_s, u"adicional"_s};

    const QStringList w = words(header);
    Meaning meaning;
    bool vaccine = false;
    bool perPopulation = false;
    for (const QString &word : w) {
        if (incidenceWords.contains(word))
            meaning.subject = Incidence;
        else if (positivityWords.contains(word) && meaning.subject != Incidence)
            meaning.subject = Positivity;
        if (vaccineWords.contains(word))
            vaccine = true;
        if (cumulativeWords.contains(word))
            meaning.cumulative = true;
        if (populationWords.contains(word))
            perPopulation = true;
    }
    if (vaccine) {
        for (const QString &word : w) {
            if (firstDose.contains(word))
                meaning.subject = Dose1;
            else if (secondDose.contains(word))
                meaning.subject = Dose2;
            else if (boosterDose.contains(word))
                meaning.subject = Booster;
        }
        return meaning; // a dose number is not a window
    }
    if (meaning.subject == NoSubject) {
        for (const QString &word : w) {
            if (caseWords.contains(word))
                meaning.subject = perPopulation ? Incidence : Cases;
            else if (recoveryWords.contains(word))
                meaning.subject = Recoveries;
            else if (deathWords.contains(word))
                meaning.subject = Deaths;
            else if (testWords.contains(word))
                meaning.subject = Tests;
            if (meaning.subject != NoSubject)
                break;
        }
    }
    if (meaning.subject == NoSubject)
        return meaning;
    // A window is a number with a day unit after it or "last" before it, or a bare number
    // that is no population base ("IA14", "casos_7").
    for (qsizetype i = 0; i < w.size(); ++i) {
        bool number = false;
        const int value = w[i].toInt(&number);
        if (!number || value < 1 || value > 366)
            continue;
        const bool unit = i + 1 < w.size() && dayUnits.contains(w[i + 1]);
        const bool last = i > 0 && lastWords.contains(w[i - 1]);
        const bool bare = !populationWords.contains(w[i]) && (i + 1 == w.size() || !populationWords.contains(w[i + 1]));
        if (unit || last || bare) {
            meaning.window = value;
            break;
        }
    }
    return meaning;
}

QString indicatorName(Subject subject, Kind kind, int window)
{
    const QString &key = subjectKeys()[size_t(subject)];
    if (kind == Kind::Cumulative)
        return key + u"_cumulative"_s;
    if (kind == Kind::Windowed)
        return u"%1_%2d"_s.arg(key).arg(window);
    return key;
}

/** One value column and where its figures go. */
struct ValueColumn {
    int index = 0;
    QString header;
    Subject subject = NoSubject;
    Kind kind = Kind::Daily;
    int window = 0;
    QString indicator; // epidemic_reported.indicator; empty for daily counts
};

struct RegionRef {
    qint64 id = 0;
    QString level;
    QString name;
};

/** Regions an import may match, by code and by name key. */
class RegionIndex
{
public:
    bool load(const Database &db, const QString &level)
    {
        QSqlQuery query = db.prepare(level.isEmpty()
                                         ? u"SELECT id, level, code, name FROM region"
                                           " WHERE level IN ('district', 'neighbourhood', 'postcode') ORDER BY id"_s
                                         : u"SELECT id, level, code, name FROM region WHERE level = ? ORDER BY id"_s);
        if (!level.isEmpty())
            query.addBindValue(level);
        if (!Database::exec(query))
            return false;
        while (query.next()) {
            const RegionRef region{query.value(0).toLongLong(), query.value(1).toString(), query.value(3).toString()};
            m_byCode[query.value(2).toString().trimmed().toUpper()].append(region);
            m_byName[CsvReader::normalizeHeader(region.name)].append(region);
        }
        return true;
    }

    /** The region a cell names: by code, else by name (a code column first tries codes). */
    std::optional<RegionRef> find(const QString &text, bool codeFirst, bool *ambiguous) const
    {
        const QString code = text.trimmed().toUpper();
        const QString name = CsvReader::normalizeHeader(text);
        const auto codeHit = m_byCode.constFind(code);
        const auto nameHit = name.isEmpty() ? m_byName.cend() : m_byName.constFind(name);
        const QList<RegionRef> *byCode = codeHit != m_byCode.cend() ? &*codeHit : nullptr;
        const QList<RegionRef> *byName = nameHit != m_byName.cend() ? &*nameHit : nullptr;
        const QList<RegionRef> *found = codeFirst ? (byCode ? byCode : byName) : (byName ? byName : byCode);
        if (!found)
            return std::nullopt;
        *ambiguous = found->size() > 1;
        return preferred(*found);
    }

private:
    static RegionRef preferred(const QList<RegionRef> &candidates)
    {
        for (const QString &level : {u"district"_s, u"neighbourhood"_s, u"postcode"_s}) {
            for (const RegionRef &region : candidates) {
                if (region.level == level)
                    return region;
            }
        }
        return candidates.first();
    }

    QHash<QString, QList<RegionRef>> m_byCode;
    QHash<QString, QList<RegionRef>> m_byName;
};

/** One accepted row: a region, a day and its cells (NULL = suppressed), one per value column. */
struct Row {
    int line = 0;
    qint64 regionId = 0;
    QString day;
    QList<QVariant> values;
};

/** "yyyy-MM-dd" (a time after it is ignored) or day first "d/M/yyyy", "d-M-yyyy", "d.M.yyyy". */
std::optional<QDate> parseDay(const QString &text)
{
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?$"_s);
    static const QRegularExpression dmy(u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?: .*)?$"_s);
    QDate date;
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const QRegularExpressionMatch m = dmy.match(text); m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

/** Cells that sources leave empty or mark when a count is too small to publish. */
bool isSuppressed(const QString &text)
{
    static const QRegularExpression below(u"^(<|<=|≤)\\s*\\d+$"_s);
    static const QSet<QString> marks = {u"*"_s, u"**"_s, u"***"_s, u"-"_s, u"–"_s, u"—"_s, u"."_s, u".."_s,
                                        u"na"_s, u"n/a"_s, u"nd"_s, u"n.d."_s, u"s/d"_s};
    return text.isEmpty() || marks.contains(text.toLower()) || below.match(text).hasMatch();
}

void skipRow(EpidemicImportSummary &summary, int row, const QString &field, const QString &reason)
{
    ++summary.rowsSkipped;
    summary.issues.append({row, field, reason});
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    return a.toDouble() == b.toDouble();
}

QVariant nullValue(Subject subject)
{
    return isCount(subject) ? QVariant(QMetaType::fromType<qint64>()) : QVariant(QMetaType::fromType<double>());
}

/** Reads the header and rows; false (with summary.error) refuses the file. */
bool readFile(const QByteArray &data, const EpidemicImportOptions &options, const RegionIndex &regions,
              EpidemicImportSummary &summary, QList<ValueColumn> &columns, QList<Row> &rows)
{
    CsvReader csv;
    if (!csv.read(data)) {
        summary.error = csv.errorLine() > 0 ? EpidemicImportSummary::tr("Line %1: %2").arg(csv.errorLine()).arg(csv.errorString())
                                            : csv.errorString();
        return false;
    }
    summary.encoding = CsvReader::encodingName(csv.encoding());
    summary.delimiter = CsvReader::delimiterName(csv.delimiter());

    const int codeColumn = csv.findColumn(
        QStringList{u"codigo"_s, u"code"_s, u"cod"_s, u"regioncode"_s, u"codigoregion"_s, u"codregion"_s,
                    u"codigodistrito"_s, u"coddistrito"_s, u"districtcode"_s, u"codigobarrio"_s, u"codbarrio"_s,
                    u"neighbourhoodcode"_s, u"neighborhoodcode"_s, u"codigobairro"_s, u"codbairro"_s,
                    u"geocode"_s, u"regionid"_s, u"id"_s}
        + CsvReader::synonyms(CsvReader::CommonColumn::PostCode));
    const int nameColumn = csv.findColumn(
        QStringList{u"region"_s, u"regionname"_s, u"nombreregion"_s, u"distrito"_s, u"district"_s,
                    u"districtname"_s, u"nombredistrito"_s, u"barrio"_s, u"nombrebarrio"_s, u"bairro"_s,
                    u"nomebairro"_s, u"neighbourhood"_s, u"neighborhood"_s, u"zona"_s, u"zone"_s, u"area"_s,
                    u"zonabasicadesalud"_s, u"zonabasica"_s, u"areadesalud"_s, u"municipio"_s}
        + CsvReader::synonyms(CsvReader::CommonColumn::Name));
    const int dateColumn = csv.findColumn(CsvReader::synonyms(CsvReader::CommonColumn::Date)
                                          + QStringList{u"fechaboletin"_s, u"fechainforme"_s, u"fechapublicacion"_s,
                                                        u"fechanotificacion"_s, u"databoletim"_s, u"datapublicacao"_s,
                                                        u"reportingdate"_s, u"bulletindate"_s});
    const QStringList &header = csv.header();
    if (codeColumn < 0 && nameColumn < 0) {
        summary.error = EpidemicImportSummary::tr("No region column (such as “distrito”, “barrio”, “region” or “codigo”) "
                                                  "among: %1.").arg(header.join(u", "_s));
        return false;
    }
    if (dateColumn < 0) {
        summary.error = EpidemicImportSummary::tr("No date column (such as “fecha”, “date” or “data”) among: %1.")
                            .arg(header.join(u", "_s));
        return false;
    }

    QStringList needWindow;
    for (int i = 0; i < header.size(); ++i) {
        if (i == codeColumn || i == nameColumn || i == dateColumn)
            continue;
        const Meaning meaning = classify(header[i]);
        if (meaning.subject == NoSubject) {
            summary.columnsIgnored.append(header[i]);
            continue;
        }
        ValueColumn column{i, header[i], meaning.subject, Kind::Daily, 0, {}};
        if (meaning.window > 0) {
            column.kind = Kind::Windowed;
            column.window = meaning.window;
        } else if (meaning.cumulative) {
            column.kind = Kind::Cumulative;
        } else if (options.shape == EpidemicShape::Cumulative) {
            column.kind = Kind::Cumulative;
        } else if (options.shape == EpidemicShape::Windowed) {
            column.kind = Kind::Windowed;
            column.window = options.windowDays;
            if (column.window <= 0) {
                needWindow.append(header[i]);
                continue;
            }
        } else if (!isCount(meaning.subject)) {
            // A rate or a positivity with neither window nor total: its meaning is a guess.
            summary.columnsIgnored.append(header[i]);
            continue;
        }
        if (options.shape == EpidemicShape::Daily && column.kind != Kind::Daily && isCount(meaning.subject)) {
            column.kind = Kind::Daily; // forced: the file's own words are overruled
            column.window = 0;
        }
        if (column.kind != Kind::Daily)
            column.indicator = indicatorName(column.subject, column.kind, column.window);
        columns.append(column);
    }
    if (!needWindow.isEmpty()) {
        summary.error = EpidemicImportSummary::tr("The columns %1 give no window in their name; give the window in days "
                                                  "(for example 14) to import them as windowed indicators.")
                            .arg(u"“"_s + needWindow.join(u"”, “"_s) + u"”"_s);
        return false;
    }
    // Two columns for the same figure (say "casos" and "casos_confirmados") would overwrite each
    // other in the store; the first one is read.
    QSet<QString> targets;
    for (qsizetype i = 0; i < columns.size();) {
        const QString target = columns[i].indicator.isEmpty() ? subjectKeys()[size_t(columns[i].subject)] + u"@daily"_s
                                                              : columns[i].indicator;
        if (targets.contains(target)) {
            summary.columnsIgnored.append(columns[i].header);
            columns.removeAt(i);
            continue;
        }
        targets.insert(target);
        ++i;
    }
    if (columns.isEmpty()) {
        summary.error = EpidemicImportSummary::tr("No epidemic figures (cases, deaths, tests, doses, incidence, ...) among "
                                                  "the columns: %1.").arg(header.join(u", "_s));
        return false;
    }
    if (csv.records().isEmpty()) {
        summary.error = EpidemicImportSummary::tr("The file has a header but no rows.");
        return false;
    }
    for (const ValueColumn &column : std::as_const(columns))
        summary.columnsRead.append(column.header);

    bool anyWindowed = false;
    bool anyCumulative = false;
    for (const ValueColumn &column : std::as_const(columns)) {
        anyWindowed = anyWindowed || column.kind == Kind::Windowed;
        anyCumulative = anyCumulative || column.kind == Kind::Cumulative;
    }
    summary.shape = options.shape != EpidemicShape::Auto ? options.shape
        : anyWindowed                                    ? EpidemicShape::Windowed
        : anyCumulative                                  ? EpidemicShape::Cumulative
                                                         : EpidemicShape::Daily;

    QHash<QString, int> unknownRows;
    QStringList ambiguous;
    int negative = 0;
    QSet<QString> ambiguousSeen;
    QHash<std::pair<qint64, QString>, qsizetype> seen; // region and day → index in rows
    QSet<qint64> regionIds;
    for (const CsvReader::Record &record : csv.records()) {
        ++summary.rowsRead;
        const int line = record.line;
        auto cell = [&](int index) { return record.fields.value(index).trimmed(); };

        const bool byCode = codeColumn >= 0 && !cell(codeColumn).isEmpty();
        const int regionColumn = byCode ? codeColumn : nameColumn;
        const QString regionText = regionColumn >= 0 ? cell(regionColumn) : QString();
        if (regionText.isEmpty()) {
            skipRow(summary, line, header.value(codeColumn >= 0 ? codeColumn : nameColumn), EpidemicImportSummary::tr("no region"));
            continue;
        }
        bool isAmbiguous = false;
        const std::optional<RegionRef> region = regions.find(regionText, byCode, &isAmbiguous);
        if (!region) {
            skipRow(summary, line, header[regionColumn], EpidemicImportSummary::tr("unknown region “%1”").arg(regionText));
            if (!unknownRows.contains(regionText))
                summary.unknownRegions.append(regionText);
            ++unknownRows[regionText];
            continue;
        }
        if (isAmbiguous && !ambiguousSeen.contains(regionText)) {
            ambiguousSeen.insert(regionText);
            ambiguous.append(EpidemicImportSummary::tr("“%1” (read as the %2 “%3”)").arg(regionText, levelWord(region->level), region->name));
        }

        const QString dateText = cell(dateColumn);
        if (dateText.isEmpty()) {
            skipRow(summary, line, header[dateColumn], EpidemicImportSummary::tr("no date"));
            continue;
        }
        const std::optional<QDate> date = parseDay(dateText);
        if (!date) {
            skipRow(summary, line, header[dateColumn],
                    EpidemicImportSummary::tr("“%1” is not a date (yyyy-MM-dd or dd/MM/yyyy)").arg(dateText));
            continue;
        }

        Row row{line, region->id, date->toString(Qt::ISODate), {}};
        int suppressed = 0;
        int negativeHere = 0;
        bool bad = false;
        for (const ValueColumn &column : std::as_const(columns)) {
            const QString text = cell(column.index);
            if (isSuppressed(text)) {
                row.values.append(nullValue(column.subject));
                ++suppressed;
                continue;
            }
            if (isCount(column.subject)) {
                const std::optional<qint64> count = CsvReader::parseInteger(text);
                if (!count) {
                    skipRow(summary, line, column.header,
                            CsvReader::parseNumber(text) ? EpidemicImportSummary::tr("“%1” is not a whole number").arg(text)
                                                         : EpidemicImportSummary::tr("“%1” is not a number").arg(text));
                    bad = true;
                    break;
                }
                if (*count < 0) {
                    if (column.kind != Kind::Daily) {
                        skipRow(summary, line, column.header, EpidemicImportSummary::tr("“%1” is negative").arg(text));
                        bad = true;
                        break;
                    }
                    ++negativeHere;
                }
                row.values.append(QVariant(*count));
            } else {
                QString number = text;
                if (column.subject == Positivity && number.endsWith(u'%'))
                    number.chop(1);
                const std::optional<double> value = CsvReader::parseNumber(number.trimmed());
                if (!value) {
                    skipRow(summary, line, column.header, EpidemicImportSummary::tr("“%1” is not a number").arg(text));
                    bad = true;
                    break;
                }
                if (*value < 0) {
                    skipRow(summary, line, column.header, EpidemicImportSummary::tr("“%1” is negative").arg(text));
                    bad = true;
                    break;
                }
                row.values.append(QVariant(*value));
            }
        }
        if (bad)
            continue;

        const std::pair<qint64, QString> key{row.regionId, row.day};
        if (const auto earlier = seen.constFind(key); earlier != seen.cend()) {
            const Row &first = rows.at(*earlier);
            bool same = true;
            for (qsizetype i = 0; i < row.values.size(); ++i)
                same = same && sameValue(first.values[i], row.values[i]);
            if (same) {
                ++summary.rowsDuplicate;
            } else {
                skipRow(summary, line, QString(),
                        EpidemicImportSummary::tr("other figures for “%1” on %2 than line %3, which was kept")
                            .arg(regionText, row.day)
                            .arg(first.line));
            }
            continue;
        }
        summary.valuesSuppressed += suppressed;
        negative += negativeHere;
        regionIds.insert(row.regionId);
        seen.insert(key, rows.size());
        rows.append(std::move(row));
    }
    summary.regionsMatched = int(regionIds.size());

    // Notes: what was done to values first, then names, then columns.
    if (summary.valuesSuppressed > 0)
        summary.notes.append(EpidemicImportSummary::tr("%n cell(s) were empty or suppressed (“<5”, “*”, “-”) and were stored "
                                                       "as NULL (not reported), not as 0.", nullptr, summary.valuesSuppressed));
    if (negative > 0)
        summary.notes.append(EpidemicImportSummary::tr("%n daily count(s) were negative (a correction by the source) and were "
                                                       "kept as reported.", nullptr, negative));
    QStringList totals;
    for (const ValueColumn &column : std::as_const(columns)) {
        if (column.kind == Kind::Cumulative)
            totals.append(column.indicator);
    }
    if (!totals.isEmpty())
        summary.notes.append(EpidemicImportSummary::tr("Cumulative totals were stored as reported (%1); no daily counts were "
                                                       "derived from them.").arg(totals.join(u", "_s)));
    if (!summary.unknownRegions.isEmpty()) {
        QStringList shown;
        for (const QString &name : std::as_const(summary.unknownRegions))
            shown.append(EpidemicImportSummary::tr("“%1” (%n row(s))", nullptr, unknownRows.value(name)).arg(name));
        summary.notes.append(EpidemicImportSummary::tr("Regions that matched no %1 in the store: %2.")
                                 .arg(options.regionLevel.isEmpty() ? EpidemicImportSummary::tr("district, neighbourhood or post code")
                                                                    : levelWord(options.regionLevel),
                                      shown.join(u", "_s)));
    }
    if (!ambiguous.isEmpty())
        summary.notes.append(EpidemicImportSummary::tr("Names shared by regions of several levels: %1. Choose the region level "
                                                       "to read them otherwise.").arg(ambiguous.join(u", "_s)));
    if (!summary.columnsIgnored.isEmpty())
        summary.notes.append(EpidemicImportSummary::tr("Columns not imported: %1.")
                                 .arg(u"“"_s + summary.columnsIgnored.join(u"”, “"_s) + u"”"_s));
    return true;
}

/** Writes the rows in one transaction; false (with summary.error) rolls everything back. */
bool store(Database &db, const QList<ValueColumn> &columns, const QList<Row> &rows, const QString &source,
           EpidemicImportSummary &summary)
{
    // Statements are built once from the fixed column names above, never from file text.
    QStringList dailyColumns;
    QList<qsizetype> dailyIndex;
    QList<qsizetype> reportedIndex;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].kind == Kind::Daily) {
            dailyColumns.append(subjectKeys()[size_t(columns[i].subject)]);
            dailyIndex.append(i);
        } else {
            reportedIndex.append(i);
        }
    }
    QSqlQuery selectDaily, insertDaily, updateDaily;
    if (!dailyColumns.isEmpty()) {
        selectDaily = db.prepare(u"SELECT %1 FROM epidemic_daily WHERE region_id = ? AND day = ?"_s.arg(dailyColumns.join(u", "_s)));
        insertDaily = db.prepare(u"INSERT INTO epidemic_daily (region_id, day, %1, source) VALUES (?, ?, %2?)"_s
                                     .arg(dailyColumns.join(u", "_s), u"?, "_s.repeated(dailyColumns.size())));
        updateDaily = db.prepare(u"UPDATE epidemic_daily SET %1 = ?, source = ? WHERE region_id = ? AND day = ?"_s
                                     .arg(dailyColumns.join(u" = ?, "_s)));
    }
    QSqlQuery selectReported = db.prepare(u"SELECT value FROM epidemic_reported"
                                          " WHERE region_id = ? AND day = ? AND indicator = ? AND source = ?"_s);
    QSqlQuery insertReported = db.prepare(u"INSERT INTO epidemic_reported (region_id, day, indicator, window_days, value, source)"
                                          " VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery updateReported = db.prepare(u"UPDATE epidemic_reported SET value = ?, window_days = ?"
                                          " WHERE region_id = ? AND day = ? AND indicator = ? AND source = ?"_s);

    QString failure;
    auto run = [&](QSqlQuery &query) {
        if (Database::exec(query))
            return true;
        failure = query.lastError().text();
        return false;
    };
    int replacedOther = 0;
    QSqlQuery dailySource;
    if (!dailyColumns.isEmpty())
        dailySource = db.prepare(u"SELECT source FROM epidemic_daily WHERE region_id = ? AND day = ?"_s);

    const bool written = db.inTransaction([&] {
        for (const Row &row : rows) {
            int inserted = 0;
            int updated = 0;
            if (!dailyColumns.isEmpty()) {
                selectDaily.addBindValue(row.regionId);
                selectDaily.addBindValue(row.day);
                if (!run(selectDaily))
                    return false;
                if (selectDaily.next()) {
                    bool same = true;
                    for (qsizetype c = 0; c < dailyIndex.size(); ++c)
                        same = same && sameValue(selectDaily.value(int(c)), row.values[dailyIndex[c]]);
                    selectDaily.finish();
                    if (!same) {
                        dailySource.addBindValue(row.regionId);
                        dailySource.addBindValue(row.day);
                        if (!run(dailySource))
                            return false;
                        if (dailySource.next() && dailySource.value(0).toString() != source)
                            ++replacedOther;
                        dailySource.finish();
                        for (const qsizetype index : std::as_const(dailyIndex))
                            updateDaily.addBindValue(row.values[index]);
                        updateDaily.addBindValue(source);
                        updateDaily.addBindValue(row.regionId);
                        updateDaily.addBindValue(row.day);
                        if (!run(updateDaily))
                            return false;
                        ++updated;
                        summary.valuesStored += int(dailyIndex.size());
                    }
                } else {
                    selectDaily.finish();
                    insertDaily.addBindValue(row.regionId);
                    insertDaily.addBindValue(row.day);
                    for (const qsizetype index : std::as_const(dailyIndex))
                        insertDaily.addBindValue(row.values[index]);
                    insertDaily.addBindValue(source);
                    if (!run(insertDaily))
                        return false;
                    ++inserted;
                    summary.valuesStored += int(dailyIndex.size());
                }
            }
            for (const qsizetype index : std::as_const(reportedIndex)) {
                const ValueColumn &column = columns[index];
                const QVariant window = column.window > 0 ? QVariant(column.window) : QVariant(QMetaType::fromType<int>());
                selectReported.addBindValue(row.regionId);
                selectReported.addBindValue(row.day);
                selectReported.addBindValue(column.indicator);
                selectReported.addBindValue(source);
                if (!run(selectReported))
                    return false;
                if (selectReported.next()) {
                    const bool same = sameValue(selectReported.value(0), row.values[index]);
                    selectReported.finish();
                    if (same)
                        continue;
                    updateReported.addBindValue(row.values[index]);
                    updateReported.addBindValue(window);
                    updateReported.addBindValue(row.regionId);
                    updateReported.addBindValue(row.day);
                    updateReported.addBindValue(column.indicator);
                    updateReported.addBindValue(source);
                    if (!run(updateReported))
                        return false;
                    ++updated;
                } else {
                    selectReported.finish();
                    insertReported.addBindValue(row.regionId);
                    insertReported.addBindValue(row.day);
                    insertReported.addBindValue(column.indicator);
                    insertReported.addBindValue(window);
                    insertReported.addBindValue(row.values[index]);
                    insertReported.addBindValue(source);
                    if (!run(insertReported))
                        return false;
                    ++inserted;
                }
                ++summary.valuesStored;
            }
            if (updated > 0 || (inserted > 0 && inserted < int(reportedIndex.size()) + (dailyColumns.isEmpty() ? 0 : 1)))
                ++summary.rowsUpdated;
            else if (inserted > 0)
                ++summary.rowsInserted;
            else
                ++summary.rowsUnchanged;
        }
        return true;
    });
    if (!written) {
        qCWarning(lcImport) << "epidemic import of" << summary.fileName << "rolled back:" << failure;
        summary.error = EpidemicImportSummary::tr("Writing to the store failed (%1); nothing was imported.")
                            .arg(failure.isEmpty() ? EpidemicImportSummary::tr("the transaction could not be committed") : failure);
        return false;
    }
    if (replacedOther > 0)
        summary.notes.append(EpidemicImportSummary::tr("%n row(s) replaced daily figures stored from another source.", nullptr,
                                                       replacedOther));
    return true;
}

} // namespace

QString EpidemicImportSummary::shapeName(EpidemicShape shape)
{
    switch (shape) {
    case EpidemicShape::Auto:
        return tr("not yet known");
    case EpidemicShape::Daily:
        return tr("daily counts");
    case EpidemicShape::Cumulative:
        return tr("cumulative totals");
    case EpidemicShape::Windowed:
        return tr("windowed indicators");
    }
    return {};
}

EpidemicImportSummary importEpidemicFile(Database &db, const QString &path, const EpidemicImportOptions &options)
{
    QString error;
    const std::optional<QByteArray> data = ImportFile::read(path, &error);
    if (!data) {
        EpidemicImportSummary summary;
        summary.fileName = QFileInfo(path).fileName();
        summary.error = error;
        return summary;
    }
    return importEpidemicData(db, *data, QFileInfo(path).fileName(), options);
}

EpidemicImportSummary importEpidemicData(Database &db, const QByteArray &data, const QString &fileName,
                                         const EpidemicImportOptions &options)
{
    EpidemicImportSummary summary;
    summary.fileName = fileName;
    summary.error = ImportFile::refusalBeforeParsing(db, data, QStringLiteral("CSV"));
    if (!summary.error.isEmpty())
        return summary;
    static const QStringList levels = {u"district"_s, u"neighbourhood"_s, u"postcode"_s};
    if (!options.regionLevel.isEmpty() && !levels.contains(options.regionLevel)) {
        summary.error = EpidemicImportSummary::tr("“%1” is not a region level (district, neighbourhood or postcode).")
                            .arg(options.regionLevel);
        return summary;
    }
    RegionIndex regions;
    if (!regions.load(db, options.regionLevel)) {
        summary.error = EpidemicImportSummary::tr("The regions could not be read from the store.");
        return summary;
    }

    QList<ValueColumn> columns;
    QList<Row> rows;
    if (!readFile(data, options, regions, summary, columns, rows)) {
        // A refusal reports only why: counts of a file that was not imported would mislead.
        EpidemicImportSummary refused;
        refused.fileName = fileName;
        refused.error = summary.error;
        return refused;
    }
    const QString source = options.source.isEmpty() ? fileName : options.source;
    if (!store(db, columns, rows, source, summary)) {
        summary.rowsInserted = summary.rowsUpdated = summary.rowsUnchanged = summary.valuesStored = 0;
        return summary;
    }
    std::stable_sort(summary.issues.begin(), summary.issues.end(),
                     [](const EpidemicImportIssue &a, const EpidemicImportIssue &b) { return a.row < b.row; });
    summary.ok = true;
    qCInfo(lcImport).noquote() << "imported" << fileName << "-" << summary.rowsInserted << "rows new,"
                               << summary.rowsUpdated << "updated," << summary.rowsSkipped << "skipped";
    return summary;
}

QString EpidemicImportSummary::toText() const
{
    if (!ok)
        return tr("Refused %1: %2 Nothing was changed.").arg(fileName, error);
    QStringList lines;
    lines.append(tr("Imported %1 (%2; %3, separator “%4”).").arg(fileName, shapeName(shape), encoding, delimiter));
    lines.append(tr("Columns read: %1.").arg(columnsRead.join(u", "_s)));
    lines.append(tr("Rows read: %1. New: %2, updated: %3, unchanged: %4, repeated in the file: %5, skipped: %6.")
                     .arg(rowsRead)
                     .arg(rowsInserted)
                     .arg(rowsUpdated)
                     .arg(rowsUnchanged)
                     .arg(rowsDuplicate)
                     .arg(rowsSkipped));
    lines.append(tr("Regions: %1. Values written: %2. Cells empty or suppressed, kept as NULL: %3.")
                     .arg(regionsMatched)
                     .arg(valuesStored)
                     .arg(valuesSuppressed));
    if (!issues.isEmpty()) {
        lines.append(tr("Skipped:"));
        for (const EpidemicImportIssue &issue : issues) {
            lines.append(issue.field.isEmpty() ? tr("  line %1: %2").arg(issue.row).arg(issue.reason)
                                               : tr("  line %1, %2: %3").arg(QString::number(issue.row), issue.field, issue.reason));
        }
    }
    if (!notes.isEmpty()) {
        lines.append(tr("Notes:"));
        for (const QString &note : notes)
            lines.append(u"  - "_s + note);
    }
    return lines.join(u'\n');
}

} // namespace atalaya
