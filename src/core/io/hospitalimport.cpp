#include "hospitalimport.h"

#include "analytics/bedavailability.h"
#include "geo/geometry.h"
#include "io/csvreader.h"
#include "io/importfile.h"
#include "logging.h"
#include "store/database.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

// FIWARE NGSI-v2 entities read (keyValues or normalized, one object or an array of them; any
// entity type, OffStreetParking and Hospital being the expected ones):
//   name (else id)                                          hospital name
//   totalSpotNumber | totalBeds                             general beds in all
//   availableSpotNumber | availableBeds                     general beds free
//   occupiedSpotNumber | occupiedBeds                       general beds in use
//   icuTotal, icuAvailable, icuOccupied                     the same for intensive care
//   availabilityLevel | reportedLevel                       a level, when no counts are given
//   location                                                GeoJSON Point [lon, lat], or a
//                                                           geo:point "lat, lon" string
//   address (streetAddress, addressLocality), institution   descriptive
//   dateObserved, else dateModified, else occupancyModified, else the timestamp metadata of
//   availableSpotNumber                                     reported_at
// Everything else (category, layout, observationDateTime, ...) is ignored: the published
// OffStreetParking example pairs a 2018 dateModified with a 2021 observationDateTime and a
// Porto car park with Bangalore municipality data, so only the attributes above are trusted.

namespace atalaya {

namespace {



enum Field {
    Name, Institution, Address, Lat, Lon, LatLon, Date, Time,
    GeneralTotal, GeneralFree, GeneralOccupied, IcuTotal, IcuFree, IcuOccupied, Level, IcuLevel,
    FieldCount
};

const std::array<QString, FieldCount> &fieldKeys()
{
    static const std::array<QString, FieldCount> keys = {
        u"name"_s, u"institution"_s, u"address"_s, u"lat"_s, u"lon"_s, u"latlon"_s, u"date"_s, u"time"_s,
        u"general_total"_s, u"general_free"_s, u"general_occupied"_s, u"icu_total"_s, u"icu_free"_s,
        u"icu_occupied"_s, u"level"_s, u"icu_level"_s,
    };
    return keys;
}

// Normalised header names (CsvReader::normalizeHeader) each field goes by in the open-data
// files of Spanish-, Portuguese- and English-speaking cities, most specific first.
QStringList synonyms(Field field)
{
    using C = CsvReader::CommonColumn;
    switch (field) {
    case Name:
        return QStringList{u"hospital"_s, u"nombrehospital"_s, u"nomehospital"_s, u"hospitalname"_s,
                           u"nombreunidad"_s, u"unidad"_s, u"unidadmedica"_s, u"nombreunidadmedica"_s,
                           u"establecimiento"_s, u"nombreestablecimiento"_s, u"estabelecimento"_s,
                           u"nomeestabelecimento"_s, u"nomeunidade"_s, u"unidade"_s, u"facility"_s,
                           u"facilityname"_s}
            + CsvReader::synonyms(C::Name);
    case Institution:
        return QStringList{u"sector"_s, u"subsistema"_s, u"gestao"_s, u"gestion"_s} + CsvReader::synonyms(C::Institution);
    case Address:
        return CsvReader::synonyms(C::Address);
    case Lat:
        return CsvReader::synonyms(C::Latitude);
    case Lon:
        return CsvReader::synonyms(C::Longitude);
    case LatLon:
        return CsvReader::synonyms(C::LatLon);
    case Date:
        return CsvReader::synonyms(C::Date);
    case Time:
        return CsvReader::synonyms(C::Time);
    case GeneralTotal:
        return {u"generaltotal"_s, u"camas"_s, u"camastotales"_s, u"totalcamas"_s, u"camastotal"_s,
                u"camasgenerales"_s, u"camashospitalizacion"_s, u"camascenso"_s, u"camascensables"_s,
                u"numerocamas"_s, u"ncamas"_s, u"leitos"_s, u"totalleitos"_s, u"leitostotais"_s,
                u"leitosgerais"_s, u"leitosclinicos"_s, u"beds"_s, u"totalbeds"_s, u"generalbeds"_s,
                u"bedstotal"_s};
    case GeneralFree:
        return {u"generalfree"_s, u"camasdisponibles"_s, u"camaslibres"_s, u"camasdisponible"_s,
                u"disponibles"_s, u"libres"_s, u"leitosdisponiveis"_s, u"leitoslivres"_s, u"freebeds"_s,
                u"availablebeds"_s, u"bedsfree"_s, u"bedsavailable"_s, u"free"_s, u"available"_s, u"libre"_s,
                u"disponible"_s, u"disponiveis"_s, u"livres"_s};
    case GeneralOccupied:
        return {u"generaloccupied"_s, u"camasocupadas"_s, u"ocupadas"_s, u"leitosocupados"_s,
                u"occupiedbeds"_s, u"bedsoccupied"_s, u"occupied"_s, u"ocupados"_s};
    case IcuTotal:
        return {u"icutotal"_s, u"uci"_s, u"ucis"_s, u"camasuci"_s, u"totaluci"_s, u"ucitotal"_s,
                u"camasucitotales"_s, u"leitosuti"_s, u"uti"_s, u"totaluti"_s, u"leitosutitotais"_s,
                u"icu"_s, u"icubeds"_s, u"totalicu"_s};
    case IcuFree:
        return {u"icufree"_s, u"ucidisponibles"_s, u"ucisdisponibles"_s, u"camasucidisponibles"_s,
                u"ucilibres"_s, u"ucislibres"_s, u"camasucilibres"_s, u"leitosutidisponiveis"_s,
                u"leitosutilivres"_s, u"utidisponiveis"_s, u"icuavailable"_s, u"freeicubeds"_s,
                u"availableicubeds"_s};
    case IcuOccupied:
        return {u"icuoccupied"_s, u"uciocupadas"_s, u"ucisocupadas"_s, u"camasuciocupadas"_s,
                u"leitosutiocupados"_s, u"utiocupados"_s, u"occupiedicubeds"_s};
    case Level:
        return {u"level"_s, u"nivel"_s, u"estatuscapacidadhospitalaria"_s, u"capacidadhospitalaria"_s,
                u"estatuscapacidad"_s, u"disponibilidad"_s, u"disponibilidade"_s, u"availability"_s,
                u"availabilitylevel"_s, u"nivelocupacion"_s, u"niveldisponibilidad"_s, u"semaforo"_s,
                u"estatus"_s, u"status"_s, u"situacao"_s};
    case IcuLevel:
        return {u"iculevel"_s, u"estatuscapacidaduci"_s, u"capacidaduci"_s, u"niveluci"_s,
                u"disponibilidaduci"_s, u"disponibilidadeuti"_s};
    case FieldCount:
        break;
    }
    return {};
}

/** What one row or entity reported for one hospital at one time. */
struct Report {
    std::optional<qint64> generalTotal, generalFree, icuTotal, icuFree;
    QString level; // levelKey(), empty when none was given
    bool hasCounts() const { return generalTotal || generalFree || icuTotal || icuFree; }
    friend bool operator==(const Report &, const Report &) = default;
};

struct Candidate {
    int row = 0;
    QString name;
    QString institution;
    QString address;
    std::optional<GeoPoint> point;
    QString pointField; // what to name when a new hospital has no coordinates
    qint64 reportedAt = 0;
    Report report;
};

struct StoredHospital {
    qint64 id = 0;
    QString name;
    GeoPoint point;
};

struct RegionShape {
    qint64 id = 0;
    bool neighbourhood = false;
    GeoBox box;
    MultiPolygon polygons;
};

/** What the store already holds that an import needs to read before writing. */
struct StoreContext {
    QHash<QString, StoredHospital> hospitalsByKey;
    QList<RegionShape> regions;
    GeoBox city;
};

/** Running notes of one import, written into the summary at the end. */
struct Oddities {
    QList<int> swappedRows;
    int derivedFree = 0;
    int derivedTotal = 0;
    int levelsIgnored = 0;
    bool monthFirst = false;
    QString icuLevelColumn;
    bool mixedFormats = false;
};

QString joinRows(const QList<int> &rows)
{
    QStringList shown;
    for (qsizetype i = 0; i < rows.size() && i < 8; ++i)
        shown.append(QString::number(rows[i]));
    if (rows.size() > 8)
        shown.append(u"…"_s);
    return shown.join(u", "_s);
}

/** The key two spellings of one hospital share: no case, accents or punctuation, the usual
 *  abbreviations spelled out and the little words dropped ("Hosp. Gral. de Zona" and
 *  "HOSPITAL GENERAL ZONA" meet). */
QString hospitalKey(const QString &name)
{
    static const QHash<QString, QString> abbreviations = {
        {u"h"_s, u"hospital"_s},     {u"hosp"_s, u"hospital"_s},        {u"hsp"_s, u"hospital"_s},
        {u"gral"_s, u"general"_s},   {u"grl"_s, u"general"_s},          {u"gen"_s, u"general"_s},
        {u"esp"_s, u"especialidades"_s}, {u"espec"_s, u"especialidades"_s},
        {u"reg"_s, u"regional"_s},   {u"nal"_s, u"nacional"_s},         {u"nac"_s, u"nacional"_s},
        {u"inst"_s, u"instituto"_s}, {u"univ"_s, u"universitario"_s},   {u"mpal"_s, u"municipal"_s},
        {u"mun"_s, u"municipal"_s},  {u"dr"_s, u"doctor"_s},            {u"dra"_s, u"doctora"_s},
        {u"sta"_s, u"santa"_s},      {u"sto"_s, u"santo"_s},            {u"sn"_s, u"san"_s},
        {u"clin"_s, u"clinica"_s},   {u"inf"_s, u"infantil"_s},         {u"ped"_s, u"pediatrico"_s},
        {u"hu"_s, u"hospital universitario"_s},
    };
    static const QSet<QString> littleWords = {u"de"_s, u"del"_s, u"la"_s, u"las"_s, u"los"_s, u"el"_s,
                                              u"do"_s, u"da"_s, u"dos"_s, u"das"_s, u"of"_s, u"the"_s,
                                              u"y"_s, u"e"_s, u"and"_s};
    const QString folded = CsvReader::foldAccents(name);
    QString spaced = folded;
    for (QChar &c : spaced) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    QStringList words;
    for (const QString &token : spaced.split(u' ', Qt::SkipEmptyParts)) {
        const QString word = abbreviations.value(token, token);
        if (!littleWords.contains(word))
            words.append(word);
    }
    return words.isEmpty() ? folded.simplified() : words.join(u' ');
}

/** Dates as spreadsheets and portals write them, UTC unless an offset is given; cached because
 *  a year of daily reports repeats each date hundreds of times. */
class DateReader
{
public:
    bool monthFirst = false;
    QTime defaultTime;

    std::optional<qint64> parse(const QString &date, const QString &time)
    {
        const QString key = time.isEmpty() ? date : date + QChar(0x1F) + time;
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.cend())
            return *cached;
        const std::optional<qint64> value = compute(date.trimmed(), time.trimmed());
        m_cache.insert(key, value);
        return value;
    }

    /** Day-first unless the file's own dates prove otherwise (a second part above 12 and never
     *  a first part above 12). */
    static bool looksMonthFirst(const QStringList &dates)
    {
        bool dayFirstEvidence = false;
        bool monthFirstEvidence = false;
        for (const QString &text : dates) {
            const QRegularExpressionMatch m = dmy().match(text.trimmed());
            if (!m.hasMatch())
                continue;
            if (m.captured(1).toInt() > 12)
                dayFirstEvidence = true;
            if (m.captured(2).toInt() > 12)
                monthFirstEvidence = true;
        }
        return monthFirstEvidence && !dayFirstEvidence;
    }

private:
    static const QRegularExpression &iso()
    {
        static const QRegularExpression re(
            u"^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
            "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$"_s, QRegularExpression::CaseInsensitiveOption);
        return re;
    }
    static const QRegularExpression &dmy()
    {
        static const QRegularExpression re(
            u"^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
            "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$"_s, QRegularExpression::CaseInsensitiveOption);
        return re;
    }
    static const QRegularExpression &timeOnly()
    {
        static const QRegularExpression re(u"^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
        return re;
    }

    static std::optional<int> offsetSeconds(const QString &zone)
    {
        if (zone.isEmpty() || zone.compare(u"Z"_s, Qt::CaseInsensitive) == 0
            || zone.compare(u"UTC"_s, Qt::CaseInsensitive) == 0 || zone.compare(u"GMT"_s, Qt::CaseInsensitive) == 0)
            return 0;
        const int sign = zone.startsWith(u'-') ? -1 : 1;
        const QString digits = zone.mid(1).remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        return sign * (hours * 3600 + minutes * 60);
    }

    std::optional<qint64> compute(const QString &date, const QString &time) const
    {
        int year = 0, month = 0, day = 0;
        QString hh, mm, ss, zone;
        if (const QRegularExpressionMatch m = iso().match(date); m.hasMatch()) {
            year = m.captured(1).toInt();
            month = m.captured(2).toInt();
            day = m.captured(3).toInt();
            hh = m.captured(4), mm = m.captured(5), ss = m.captured(6), zone = m.captured(7);
        } else if (const QRegularExpressionMatch m = dmy().match(date); m.hasMatch()) {
            day = m.captured(monthFirst ? 2 : 1).toInt();
            month = m.captured(monthFirst ? 1 : 2).toInt();
            year = m.captured(3).toInt();
            if (m.captured(3).size() == 2)
                year += 2000; // "d/M/yy": these are reports of this century
            hh = m.captured(4), mm = m.captured(5), ss = m.captured(6), zone = m.captured(7);
        } else {
            return std::nullopt;
        }
        const QDate calendar(year, month, day);
        if (!calendar.isValid())
            return std::nullopt;
        QTime clock = defaultTime;
        if (!hh.isEmpty()) {
            clock = QTime(hh.toInt(), mm.toInt(), ss.toInt());
        } else if (!time.isEmpty()) {
            const QRegularExpressionMatch t = timeOnly().match(time);
            if (!t.hasMatch())
                return std::nullopt;
            clock = QTime(t.captured(1).toInt(), t.captured(2).toInt(), t.captured(3).toInt());
            zone = t.captured(4);
        }
        if (!clock.isValid())
            return std::nullopt;
        const std::optional<int> offset = offsetSeconds(zone);
        if (!offset)
            return std::nullopt;
        return QDateTime(calendar, clock, QTimeZone::UTC).toSecsSinceEpoch() - *offset;
    }

    QHash<QString, std::optional<qint64>> m_cache;
};

StoreContext loadContext(const Database &db)
{
    StoreContext context;
    QSqlQuery hospitals = db.prepare(u"SELECT id, name, lat, lon FROM hospital ORDER BY id"_s);
    if (Database::exec(hospitals)) {
        while (hospitals.next()) {
            StoredHospital stored{hospitals.value(0).toLongLong(), hospitals.value(1).toString(),
                                  GeoPoint{hospitals.value(2).toDouble(), hospitals.value(3).toDouble()}};
            const QString key = hospitalKey(stored.name);
            if (!context.hospitalsByKey.contains(key)) // two stored spellings of one key: the older wins
                context.hospitalsByKey.insert(key, stored);
        }
    }
    QSqlQuery regions = db.prepare(u"SELECT id, level, geometry, min_lat, min_lon, max_lat, max_lon FROM region"
                                   " WHERE level IN ('city', 'district', 'neighbourhood') ORDER BY id"_s);
    GeoBox districts;
    if (Database::exec(regions)) {
        while (regions.next()) {
            const QString level = regions.value(1).toString();
            GeoBox box;
            box.extend(GeoPoint{regions.value(3).toDouble(), regions.value(4).toDouble()});
            box.extend(GeoPoint{regions.value(5).toDouble(), regions.value(6).toDouble()});
            if (level == u"city"_s) {
                context.city.extend(box);
                continue;
            }
            districts.extend(box);
            Geometry geometry;
            if (!geo::fromGeoJson(regions.value(2).toString(), &geometry)
                || (geometry.type != Geometry::Type::Polygon && geometry.type != Geometry::Type::MultiPolygon))
                continue;
            context.regions.append({regions.value(0).toLongLong(), level == u"neighbourhood"_s, box, geometry.polygons});
        }
    }
    if (!context.city.valid)
        context.city = districts;
    return context;
}

std::optional<qint64> regionFor(const StoreContext &context, const GeoPoint &point)
{
    for (const bool neighbourhood : {true, false}) {
        for (const RegionShape &region : context.regions) {
            if (region.neighbourhood == neighbourhood && region.box.contains(point) && geo::contains(region.polygons, point))
                return region.id;
        }
    }
    return std::nullopt;
}

/** Swaps latitude and longitude when they cannot be right as given (|lat| > 90) or when the
 *  point falls outside the city and the swapped one inside it (a [lat, lon] GeoJSON pair). */
bool fixSwapped(GeoPoint *point, const GeoBox &city)
{
    const GeoPoint swapped{point->lon, point->lat};
    if (std::abs(point->lat) > 90 && std::abs(point->lon) <= 90) {
        *point = swapped;
        return true;
    }
    if (!city.valid)
        return false;
    // A margin of a quarter of the city around it: hospitals just outside the boundary are real.
    const double marginLat = std::max(0.05, (city.maxLat - city.minLat) / 4);
    const double marginLon = std::max(0.05, (city.maxLon - city.minLon) / 4);
    GeoBox near = city;
    near.extend(GeoPoint{city.minLat - marginLat, city.minLon - marginLon});
    near.extend(GeoPoint{city.maxLat + marginLat, city.maxLon + marginLon});
    if (!near.contains(*point) && near.contains(swapped)) {
        *point = swapped;
        return true;
    }
    return false;
}

/** Adds one skipped row to the summary. */
void skipRow(HospitalImportSummary &summary, int row, const QString &field, const QString &reason)
{
    summary.issues.append({row, field, reason});
    ++summary.rowsSkipped;
}

/** Fills in the count that the other two of total, free and occupied imply, and refuses
 *  counts that contradict each other. Returns the reason when they do. */
std::optional<std::pair<int, QString>> completeCounts(std::optional<qint64> &total, std::optional<qint64> &free,
                                                      const std::optional<qint64> &occupied, Oddities &odd)
{
    if (occupied && total && !free) {
        if (*occupied > *total)
            return std::pair{2, HospitalImportSummary::tr("%1 beds in use but only %2 in all").arg(*occupied).arg(*total)};
        free = *total - *occupied;
        ++odd.derivedFree;
    } else if (occupied && free && !total) {
        total = *free + *occupied;
        ++odd.derivedTotal;
    } else if (occupied && free && total && *free + *occupied != *total) {
        return std::pair{2, HospitalImportSummary::tr("%1 free and %2 in use do not add up to %3 beds").arg(*free).arg(*occupied).arg(*total)};
    }
    if (free && total && *free > *total)
        return std::pair{1, HospitalImportSummary::tr("%1 free beds but only %2 in all").arg(*free).arg(*total)};
    return std::nullopt;
}

// --- CSV ------------------------------------------------------------------------------------

bool readCsv(const QByteArray &data, const HospitalImportOptions &options, const StoreContext &context,
             HospitalImportSummary &summary, QList<Candidate> &candidates, Oddities &odd)
{
    CsvReader reader;
    if (!reader.read(data)) {
        summary.error = reader.errorString();
        return false;
    }
    summary.format = u"csv"_s;
    summary.encoding = CsvReader::encodingName(reader.encoding());
    summary.delimiter = CsvReader::delimiterName(reader.delimiter());
    if (reader.header().size() < 2) {
        summary.error = HospitalImportSummary::tr("This is not a CSV table: the first line has a single column.");
        return false;
    }

    std::array<int, FieldCount> column;
    column.fill(-1);
    for (auto it = options.columns.cbegin(); it != options.columns.cend(); ++it) {
        const auto found = std::find(fieldKeys().cbegin(), fieldKeys().cend(), it.key());
        if (found == fieldKeys().cend()) {
            summary.error = HospitalImportSummary::tr("Unknown field “%1” in the column mapping (known: %2).")
                                .arg(it.key(), hospitalImportFields().join(u", "_s));
            return false;
        }
        const int index = reader.column(it.value());
        if (index < 0) {
            summary.error = HospitalImportSummary::tr("The column “%1” mapped to %2 is not in the file.").arg(it.value(), it.key());
            return false;
        }
        column[std::distance(fieldKeys().cbegin(), found)] = index;
    }
    for (int f = 0; f < FieldCount; ++f) {
        if (column[f] < 0 && !options.columns.contains(fieldKeys()[f]))
            column[f] = reader.findColumn(synonyms(Field(f)));
    }
    if (column[Name] < 0) {
        summary.error = HospitalImportSummary::tr("No column with the hospital name (looked for %1); map one with name=COLUMN.")
                            .arg(QStringList(synonyms(Name).mid(0, 6)).join(u", "_s));
        return false;
    }
    if (column[Date] < 0) {
        summary.error = HospitalImportSummary::tr("No column with the report date (looked for %1); map one with date=COLUMN.")
                            .arg(QStringList(synonyms(Date).mid(0, 6)).join(u", "_s));
        return false;
    }
    const bool anyCounts = column[GeneralTotal] >= 0 || column[GeneralFree] >= 0 || column[GeneralOccupied] >= 0
        || column[IcuTotal] >= 0 || column[IcuFree] >= 0 || column[IcuOccupied] >= 0;
    if (!anyCounts && column[Level] < 0) {
        summary.error = HospitalImportSummary::tr("No column with bed counts (e.g. camas, camas_disponibles, uci, leitos_uti) or "
                                 "an availability level (e.g. nivel, estatus_capacidad_hospitalaria).");
        return false;
    }
    if (column[IcuLevel] >= 0)
        odd.icuLevelColumn = reader.header().at(column[IcuLevel]);

    const QStringList &header = reader.header();
    auto named = [&](Field f) { return column[f] >= 0 ? header.at(column[f]) : fieldKeys()[f]; };

    DateReader dates;
    dates.defaultTime = options.defaultReportTime.isValid() ? options.defaultReportTime : QTime(0, 0);
    {
        QStringList sample;
        for (const CsvReader::Record &record : reader.records()) {
            if (column[Date] < record.fields.size())
                sample.append(record.fields.at(column[Date]));
        }
        dates.monthFirst = DateReader::looksMonthFirst(sample);
        odd.monthFirst = dates.monthFirst;
    }

    summary.rowsRead = int(reader.records().size());
    candidates.reserve(reader.records().size());
    for (const CsvReader::Record &record : reader.records()) {
        const int row = record.line;
        const QStringList &fields = record.fields;
        if (fields.size() != header.size()) {
            skipRow(summary, row, QString(),
                    HospitalImportSummary::tr("the row has %1 fields where the header has %2").arg(fields.size()).arg(header.size()));
            continue;
        }
        auto cell = [&](Field f) { return column[f] >= 0 ? fields.at(column[f]) : QString(); };

        Candidate candidate;
        candidate.row = row;
        candidate.name = cell(Name).simplified();
        if (candidate.name.isEmpty()) {
            skipRow(summary, row, named(Name), HospitalImportSummary::tr("no hospital name"));
            continue;
        }
        const QString dateText = cell(Date);
        if (dateText.isEmpty()) {
            skipRow(summary, row, named(Date), HospitalImportSummary::tr("no date"));
            continue;
        }
        const std::optional<qint64> at = dates.parse(dateText, cell(Time));
        if (!at) {
            skipRow(summary, row, named(Date), HospitalImportSummary::tr("“%1” is not a date").arg(dateText));
            continue;
        }
        candidate.reportedAt = *at;
        candidate.institution = cell(Institution).simplified();
        candidate.address = cell(Address).simplified();

        // Coordinates: a "lat,lon" column, else two columns (either may hold the pair).
        const QString pairText = cell(LatLon);
        const QString latText = cell(Lat);
        const QString lonText = cell(Lon);
        candidate.pointField = column[LatLon] >= 0 ? named(LatLon) : column[Lat] >= 0 ? named(Lat) : fieldKeys()[Lat];
        bool bad = false;
        if (!pairText.isEmpty()) {
            candidate.point = CsvReader::parseLatLon(pairText);
            if (!candidate.point) {
                skipRow(summary, row, named(LatLon), HospitalImportSummary::tr("“%1” is not a “lat,lon” pair").arg(pairText));
                bad = true;
            }
        } else if (!latText.isEmpty() && lonText.isEmpty() && CsvReader::parseLatLon(latText)) {
            candidate.point = CsvReader::parseLatLon(latText);
        } else if (!latText.isEmpty() || !lonText.isEmpty()) {
            const std::optional<double> lat = CsvReader::parseNumber(latText);
            const std::optional<double> lon = CsvReader::parseNumber(lonText);
            if (!lat || !lon) {
                const Field wrong = !lat ? Lat : Lon;
                const QString text = cell(wrong);
                skipRow(summary, row, named(wrong),
                        text.isEmpty() ? HospitalImportSummary::tr("the other coordinate is given but this one is empty")
                                       : HospitalImportSummary::tr("“%1” is not a coordinate").arg(text));
                bad = true;
            } else {
                candidate.point = GeoPoint{*lat, *lon};
            }
        }
        if (bad)
            continue;
        if (candidate.point) {
            if (fixSwapped(&*candidate.point, context.city))
                odd.swappedRows.append(row);
            if (std::abs(candidate.point->lat) > 90 || std::abs(candidate.point->lon) > 180) {
                skipRow(summary, row, candidate.pointField,
                        HospitalImportSummary::tr("%1, %2 is not a position on Earth").arg(candidate.point->lat).arg(candidate.point->lon));
                continue;
            }
        }

        std::array<std::optional<qint64>, 6> counts;
        for (int f = GeneralTotal; f <= IcuOccupied; ++f) {
            const QString text = cell(Field(f));
            if (text.isEmpty())
                continue;
            const std::optional<qint64> value = CsvReader::parseInteger(text);
            if (!value || *value < 0) {
                skipRow(summary, row, named(Field(f)), HospitalImportSummary::tr("“%1” is not a number of beds").arg(text));
                bad = true;
                break;
            }
            counts[f - GeneralTotal] = value;
        }
        if (bad)
            continue;
        Report &report = candidate.report;
        report.generalTotal = counts[0];
        report.generalFree = counts[1];
        report.icuTotal = counts[3];
        report.icuFree = counts[4];
        if (const auto wrong = completeCounts(report.generalTotal, report.generalFree, counts[2], odd)) {
            skipRow(summary, row, named(wrong->first == 2 ? GeneralOccupied : GeneralFree), wrong->second);
            continue;
        }
        if (const auto wrong = completeCounts(report.icuTotal, report.icuFree, counts[5], odd)) {
            skipRow(summary, row, named(wrong->first == 2 ? IcuOccupied : IcuFree), wrong->second);
            continue;
        }

        if (column[Level] >= 0) {
            const QString text = cell(Level);
            const std::optional<AvailabilityLevel> level = parseReportedLevel(text);
            if (level) {
                report.level = levelKey(*level);
            } else if (report.hasCounts()) {
                ++odd.levelsIgnored; // the counts say more than an unreadable level would
            } else {
                skipRow(summary, row, named(Level), HospitalImportSummary::tr("“%1” is not an availability level").arg(text));
                continue;
            }
        }
        if (!report.hasCounts() && report.level.isEmpty()) {
            skipRow(summary, row, QString(), HospitalImportSummary::tr("no bed counts and no level"));
            continue;
        }
        candidates.append(std::move(candidate));
    }
    return true;
}

// --- FIWARE NGSI-v2 -------------------------------------------------------------------------

bool isNormalized(const QJsonObject &entity)
{
    for (auto it = entity.begin(); it != entity.end(); ++it) {
        if (it.key() == u"id"_s || it.key() == u"type"_s)
            continue;
        if (it.value().isObject() && it.value().toObject().contains(u"value"_s))
            return true;
    }
    return false;
}

QJsonValue attribute(const QJsonObject &entity, const QString &name, bool normalized)
{
    const QJsonValue value = entity.value(name);
    if (normalized && value.isObject()) {
        const QJsonObject wrapped = value.toObject();
        if (wrapped.contains(u"value"_s))
            return wrapped.value(u"value"_s);
    }
    return value;
}

bool readNgsi(const QJsonDocument &document, const HospitalImportOptions &options, const StoreContext &context,
              HospitalImportSummary &summary, QList<Candidate> &candidates, Oddities &odd)
{
    QJsonArray entities;
    if (document.isArray())
        entities = document.array();
    else
        entities.append(document.object());
    bool anyEntity = false;
    for (const QJsonValue &value : std::as_const(entities)) {
        const QJsonObject object = value.toObject();
        if (object.value(u"id"_s).isString() && object.value(u"type"_s).isString()) {
            anyEntity = true;
            break;
        }
    }
    if (!anyEntity) {
        summary.error = HospitalImportSummary::tr("The JSON holds no FIWARE NGSI-v2 entities (objects with “id” and “type”).");
        return false;
    }
    summary.rowsRead = int(entities.size());
    DateReader dates;
    dates.defaultTime = options.defaultReportTime.isValid() ? options.defaultReportTime : QTime(0, 0);

    std::optional<bool> firstNormalized;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const int row = int(i + 1);
        const QJsonObject entity = entities.at(i).toObject();
        if (!entity.value(u"id"_s).isString() || !entity.value(u"type"_s).isString()) {
            skipRow(summary, row, QString(), HospitalImportSummary::tr("not an entity (no “id” and “type”)"));
            continue;
        }
        const bool normalized = isNormalized(entity);
        if (!firstNormalized) {
            firstNormalized = normalized;
            summary.format = normalized ? u"ngsi-v2 normalized"_s : u"ngsi-v2 keyValues"_s;
        } else if (*firstNormalized != normalized) {
            odd.mixedFormats = true;
        }
        auto get = [&](const QString &name) { return attribute(entity, name, normalized); };
        auto firstOf = [&](std::initializer_list<QString> names, QString *which) {
            for (const QString &name : names) {
                const QJsonValue value = get(name);
                if (!value.isUndefined() && !value.isNull()) {
                    *which = name;
                    return value;
                }
            }
            return QJsonValue(QJsonValue::Undefined);
        };

        Candidate candidate;
        candidate.row = row;
        const QJsonValue name = get(u"name"_s);
        candidate.name = (name.isString() ? name.toString() : entity.value(u"id"_s).toString()).simplified();
        const QJsonValue institution = get(u"institution"_s);
        candidate.institution = institution.toString().simplified();
        const QJsonValue address = get(u"address"_s);
        if (address.isObject()) {
            const QJsonObject parts = address.toObject();
            QStringList lines;
            for (const QString &key : {u"streetAddress"_s, u"addressLocality"_s}) {
                if (parts.value(key).isString())
                    lines.append(parts.value(key).toString());
            }
            candidate.address = lines.join(u", "_s);
        } else {
            candidate.address = address.toString();
        }

        QString timeField;
        QJsonValue when = firstOf({u"dateObserved"_s, u"dateModified"_s, u"occupancyModified"_s}, &timeField);
        if (when.isUndefined() && normalized) {
            const QJsonValue stamp = entity.value(u"availableSpotNumber"_s).toObject().value(u"metadata"_s).toObject()
                                         .value(u"timestamp"_s).toObject().value(u"value"_s);
            if (stamp.isString()) {
                when = stamp;
                timeField = u"availableSpotNumber.metadata.timestamp"_s;
            }
        }
        if (!when.isString()) {
            skipRow(summary, row, u"dateObserved"_s, HospitalImportSummary::tr("no dateObserved or dateModified"));
            continue;
        }
        const std::optional<qint64> at = dates.parse(when.toString(), QString());
        if (!at) {
            skipRow(summary, row, timeField, HospitalImportSummary::tr("“%1” is not a date").arg(when.toString()));
            continue;
        }
        candidate.reportedAt = *at;

        candidate.pointField = u"location"_s;
        const QJsonValue location = get(u"location"_s);
        if (location.isObject()) {
            const QJsonObject geometry = location.toObject();
            const QJsonArray coordinates = geometry.value(u"coordinates"_s).toArray();
            if (geometry.value(u"type"_s).toString() != u"Point"_s || coordinates.size() < 2 || !coordinates.at(0).isDouble()
                || !coordinates.at(1).isDouble()) {
                skipRow(summary, row, u"location"_s, HospitalImportSummary::tr("the location is not a GeoJSON Point"));
                continue;
            }
            candidate.point = GeoPoint{coordinates.at(1).toDouble(), coordinates.at(0).toDouble()};
        } else if (location.isString()) {
            candidate.point = CsvReader::parseLatLon(location.toString()); // geo:point is "lat, lon"
            if (!candidate.point) {
                skipRow(summary, row, u"location"_s, HospitalImportSummary::tr("“%1” is not a “lat, lon” pair").arg(location.toString()));
                continue;
            }
        }
        if (candidate.point) {
            if (fixSwapped(&*candidate.point, context.city))
                odd.swappedRows.append(row);
            if (std::abs(candidate.point->lat) > 90 || std::abs(candidate.point->lon) > 180) {
                skipRow(summary, row, u"location"_s, HospitalImportSummary::tr("%1, %2 is not a position on Earth")
                                                        .arg(candidate.point->lat).arg(candidate.point->lon));
                continue;
            }
        }

        struct CountAttribute {
            std::initializer_list<QString> names;
            std::optional<qint64> value;
            QString field;
        };
        std::array<CountAttribute, 6> counts = {{
            {{u"totalSpotNumber"_s, u"totalBeds"_s}, {}, {}},
            {{u"availableSpotNumber"_s, u"availableBeds"_s}, {}, {}},
            {{u"occupiedSpotNumber"_s, u"occupiedBeds"_s}, {}, {}},
            {{u"icuTotal"_s}, {}, {}},
            {{u"icuAvailable"_s}, {}, {}},
            {{u"icuOccupied"_s}, {}, {}},
        }};
        bool bad = false;
        for (CountAttribute &count : counts) {
            const QJsonValue value = firstOf(count.names, &count.field);
            if (value.isUndefined())
                continue;
            std::optional<qint64> number;
            if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()))
                number = qint64(value.toDouble());
            else if (value.isString())
                number = CsvReader::parseInteger(value.toString());
            if (!number || *number < 0) {
                // A string as itself; anything else (true, {...}) as its JSON text.
                const QString shown = value.isString()
                    ? value.toString()
                    : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
                skipRow(summary, row, count.field, HospitalImportSummary::tr("“%1” is not a number of beds").arg(shown));
                bad = true;
                break;
            }
            count.value = number;
        }
        if (bad)
            continue;
        Report &report = candidate.report;
        report.generalTotal = counts[0].value;
        report.generalFree = counts[1].value;
        report.icuTotal = counts[3].value;
        report.icuFree = counts[4].value;
        if (const auto wrong = completeCounts(report.generalTotal, report.generalFree, counts[2].value, odd)) {
            skipRow(summary, row, wrong->first == 2 ? counts[2].field : counts[1].field, wrong->second);
            continue;
        }
        if (const auto wrong = completeCounts(report.icuTotal, report.icuFree, counts[5].value, odd)) {
            skipRow(summary, row, wrong->first == 2 ? counts[5].field : counts[4].field, wrong->second);
            continue;
        }
        QString levelField;
        const QJsonValue level = firstOf({u"availabilityLevel"_s, u"reportedLevel"_s}, &levelField);
        if (level.isString()) {
            if (const std::optional<AvailabilityLevel> parsed = parseReportedLevel(level.toString()))
                report.level = levelKey(*parsed);
            else if (!report.hasCounts()) {
                skipRow(summary, row, levelField, HospitalImportSummary::tr("“%1” is not an availability level").arg(level.toString()));
                continue;
            }
        }
        if (!report.hasCounts() && report.level.isEmpty()) {
            skipRow(summary, row, QString(),
                    HospitalImportSummary::tr("no bed counts (totalSpotNumber, availableSpotNumber, icuTotal, ...) and no level"));
            continue;
        }
        candidates.append(std::move(candidate));
    }
    return true;
}

// --- writing --------------------------------------------------------------------------------

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QString describeTime(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, QTimeZone::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

/** Writes the candidates in one transaction; false (with summary.error) rolls everything back. */
bool store(Database &db, const StoreContext &context, const QList<Candidate> &candidates, const QString &source,
           HospitalImportSummary &summary)
{
    // First pass, no writing: one key per name, the first coordinates each hospital has anywhere
    // in the file (a row without them still belongs to a located hospital), and its spellings.
    struct Spelling {
        QString name;
        QList<int> rows;
    };
    QHash<QString, QString> keyOfName;
    QList<QString> keys;
    keys.reserve(candidates.size());
    QHash<QString, GeoPoint> firstPoint;
    QHash<QString, QList<Spelling>> spellings;
    QStringList keyOrder;
    for (const Candidate &candidate : candidates) {
        auto known = keyOfName.constFind(candidate.name);
        if (known == keyOfName.cend())
            known = keyOfName.insert(candidate.name, hospitalKey(candidate.name));
        const QString &key = *known;
        keys.append(key);
        if (candidate.point && !firstPoint.contains(key))
            firstPoint.insert(key, *candidate.point);
        auto spelled = spellings.find(key);
        if (spelled == spellings.end()) {
            keyOrder.append(key);
            spelled = spellings.insert(key, {});
        }
        auto same = std::find_if(spelled->begin(), spelled->end(), [&](const Spelling &s) { return s.name == candidate.name; });
        if (same == spelled->end())
            spelled->append({candidate.name, {candidate.row}});
        else if (same->rows.size() < 9)
            same->rows.append(candidate.row);
    }

    struct FileHospital {
        qint64 id = 0;
        bool existed = false;
        QString name;
        GeoPoint point;
        qint64 latestAt = std::numeric_limits<qint64>::min();
        std::optional<qint64> generalTotal, icuTotal;
    };
    QHash<QString, FileHospital> hospitals;
    struct Seen {
        Report report;
        int row = 0;
    };
    QHash<std::pair<qint64, qint64>, Seen> seen;
    seen.reserve(candidates.size());
    QStringList conflicts;
    int conflictCount = 0;

    QSqlQuery insertHospital = db.prepare(u"INSERT INTO hospital (name, institution, region_id, address, lat, lon)"
                                          " VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery insertReport = db.prepare(u"INSERT INTO bed_report (hospital_id, reported_at, general_total, general_free,"
                                        " icu_total, icu_free, reported_level, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery storedReport = db.prepare(u"SELECT general_total, general_free, icu_total, icu_free, reported_level"
                                        " FROM bed_report WHERE hospital_id = ? AND reported_at = ?"_s);
    QSqlQuery updateBeds = db.prepare(u"UPDATE hospital SET general_beds = ?, icu_beds = ? WHERE id = ?"_s);

    QString failure;
    auto run = [&](QSqlQuery &query) {
        if (Database::exec(query))
            return true;
        failure = query.lastError().text();
        return false;
    };

    const bool written = db.inTransaction([&] {
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const Candidate &candidate = candidates.at(i);
            const QString &key = keys.at(i);
            auto hospital = hospitals.find(key);
            if (hospital == hospitals.end()) {
                const auto stored = context.hospitalsByKey.constFind(key);
                FileHospital entry;
                if (stored != context.hospitalsByKey.cend()) {
                    entry = {stored->id, true, stored->name, stored->point, std::numeric_limits<qint64>::min(), {}, {}};
                    ++summary.hospitalsMatched;
                } else {
                    const auto point = firstPoint.constFind(key);
                    if (point == firstPoint.cend()) {
                        skipRow(summary, candidate.row, candidate.pointField,
                                HospitalImportSummary::tr("no coordinates for “%1”, a hospital not yet in the store").arg(candidate.name));
                        continue;
                    }
                    const std::optional<qint64> region = regionFor(context, *point);
                    insertHospital.addBindValue(candidate.name);
                    insertHospital.addBindValue(candidate.institution.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                                : QVariant(candidate.institution));
                    insertHospital.addBindValue(nullable(region));
                    insertHospital.addBindValue(candidate.address.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                            : QVariant(candidate.address));
                    insertHospital.addBindValue(geo::roundCoordinate(point->lat));
                    insertHospital.addBindValue(geo::roundCoordinate(point->lon));
                    if (!run(insertHospital))
                        return false;
                    entry = {insertHospital.lastInsertId().toLongLong(), false, candidate.name, *point,
                             std::numeric_limits<qint64>::min(), {}, {}};
                    ++summary.hospitalsCreated;
                }
                hospital = hospitals.insert(key, entry);
            }

            const Report &report = candidate.report;
            const std::pair<qint64, qint64> slot{hospital->id, candidate.reportedAt};
            if (const auto earlier = seen.constFind(slot); earlier != seen.cend()) {
                if (earlier->report == report) {
                    ++summary.reportsDuplicate;
                } else {
                    ++summary.reportsConflicting;
                    if (++conflictCount <= 20)
                        conflicts.append(earlier->row == 0
                                             ? HospitalImportSummary::tr("“%1” at %2: row %3 differs from the report already stored, "
                                                        "which was kept.")
                                                   .arg(candidate.name, describeTime(candidate.reportedAt))
                                                   .arg(candidate.row)
                                             : HospitalImportSummary::tr("“%1” at %2: row %3 differs from row %4; row %4 was kept.")
                                                   .arg(candidate.name, describeTime(candidate.reportedAt))
                                                   .arg(candidate.row)
                                                   .arg(earlier->row));
                }
                continue;
            }
            if (hospital->existed) {
                storedReport.addBindValue(slot.first);
                storedReport.addBindValue(slot.second);
                if (!run(storedReport))
                    return false;
                if (storedReport.next()) {
                    const Report before{optionalInt(storedReport.value(0)), optionalInt(storedReport.value(1)),
                                        optionalInt(storedReport.value(2)), optionalInt(storedReport.value(3)),
                                        storedReport.value(4).toString()};
                    storedReport.finish();
                    seen.insert(slot, {before, 0});
                    if (before == report) {
                        ++summary.reportsDuplicate;
                    } else {
                        ++summary.reportsConflicting;
                        if (++conflictCount <= 20)
                            conflicts.append(HospitalImportSummary::tr("“%1” at %2: row %3 differs from the report already stored, "
                                                      "which was kept.")
                                                 .arg(candidate.name, describeTime(candidate.reportedAt))
                                                 .arg(candidate.row));
                    }
                    continue;
                }
                storedReport.finish();
            }
            insertReport.addBindValue(slot.first);
            insertReport.addBindValue(slot.second);
            insertReport.addBindValue(nullable(report.generalTotal));
            insertReport.addBindValue(nullable(report.generalFree));
            insertReport.addBindValue(nullable(report.icuTotal));
            insertReport.addBindValue(nullable(report.icuFree));
            insertReport.addBindValue(report.level.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(report.level));
            insertReport.addBindValue(source);
            if (!run(insertReport))
                return false;
            seen.insert(slot, {report, candidate.row});
            ++summary.reportsStored;
            if (!hospital->existed && candidate.reportedAt >= hospital->latestAt
                && (report.generalTotal || report.icuTotal)) {
                hospital->latestAt = candidate.reportedAt;
                hospital->generalTotal = report.generalTotal;
                hospital->icuTotal = report.icuTotal;
            }
        }
        // A new hospital's bed capacity is what its latest report in the file said, when it said.
        for (const FileHospital &hospital : std::as_const(hospitals)) {
            if (hospital.existed || (!hospital.generalTotal && !hospital.icuTotal))
                continue;
            updateBeds.addBindValue(nullable(hospital.generalTotal));
            updateBeds.addBindValue(nullable(hospital.icuTotal));
            updateBeds.addBindValue(hospital.id);
            if (!run(updateBeds))
                return false;
        }
        return true;
    });
    if (!written) {
        qCWarning(lcImport) << "import of" << summary.fileName << "rolled back:" << failure;
        summary.error = HospitalImportSummary::tr("Writing to the store failed (%1); nothing was imported.")
                            .arg(failure.isEmpty() ? HospitalImportSummary::tr("the transaction could not be committed") : failure);
        return false;
    }

    // Notes, in the order a reader wants them: identity first, then places, then values.
    for (const QString &key : std::as_const(keyOrder)) {
        const auto hospital = hospitals.constFind(key);
        if (hospital == hospitals.cend())
            continue;
        const QList<Spelling> &names = spellings[key];
        QStringList shown;
        auto spelled = [](const Spelling &spelling) {
            return spelling.rows.size() == 1 ? HospitalImportSummary::tr("“%1” (row %2)").arg(spelling.name, joinRows(spelling.rows))
                                             : HospitalImportSummary::tr("“%1” (rows %2)").arg(spelling.name, joinRows(spelling.rows));
        };
        for (const Spelling &spelling : names)
            shown.append(spelled(spelling));
        if (hospital->existed) {
            QStringList differing;
            for (const Spelling &spelling : names) {
                if (spelling.name != hospital->name)
                    differing.append(spelled(spelling));
            }
            if (!differing.isEmpty())
                summary.notes.append(HospitalImportSummary::tr("Matched to the stored hospital “%1”: %2.")
                                         .arg(hospital->name, differing.join(u", "_s)));
        } else if (names.size() > 1) {
            summary.notes.append(HospitalImportSummary::tr("Read as one hospital, stored as “%1”: %2.")
                                     .arg(hospital->name, shown.join(u", "_s)));
        }
    }
    QHash<std::pair<qint64, qint64>, QStringList> byPlace;
    QList<std::pair<qint64, qint64>> placeOrder;
    for (const QString &key : std::as_const(keyOrder)) {
        const auto hospital = hospitals.constFind(key);
        if (hospital == hospitals.cend())
            continue;
        const std::pair<qint64, qint64> place{qRound64(hospital->point.lat * 1e5), qRound64(hospital->point.lon * 1e5)};
        if (!byPlace.contains(place))
            placeOrder.append(place);
        byPlace[place].append(hospital->name);
    }
    for (const auto &place : std::as_const(placeOrder)) {
        const QStringList &names = byPlace[place];
        if (names.size() < 2)
            continue;
        summary.notes.append(HospitalImportSummary::tr("%1 hospitals share the coordinates %2, %3: %4. Check that they are really one site.")
                                 .arg(names.size())
                                 .arg(double(place.first) / 1e5, 0, 'f', 5)
                                 .arg(double(place.second) / 1e5, 0, 'f', 5)
                                 .arg(u"“"_s + names.join(u"”, “"_s) + u"”"_s));
    }
    summary.notes.append(conflicts);
    if (conflictCount > conflicts.size())
        summary.notes.append(HospitalImportSummary::tr("… and %1 more conflicting reports.").arg(conflictCount - conflicts.size()));
    return true;
}

void addOddities(const Oddities &odd, HospitalImportSummary &summary)
{
    if (!odd.swappedRows.isEmpty())
        summary.notes.append(HospitalImportSummary::tr("Latitude and longitude were the other way round in rows %1 (outside the city as "
                                      "given, inside once swapped); they were swapped back.")
                                 .arg(joinRows(odd.swappedRows)));
    if (odd.derivedFree)
        summary.notes.append(HospitalImportSummary::tr("Free beds were derived as total minus occupied in %n report(s).", nullptr, odd.derivedFree));
    if (odd.derivedTotal)
        summary.notes.append(HospitalImportSummary::tr("Total beds were derived as free plus occupied in %n report(s).", nullptr, odd.derivedTotal));
    if (odd.levelsIgnored)
        summary.notes.append(HospitalImportSummary::tr("%n row(s) had counts and an unreadable level; the counts were stored without it.", nullptr,
                                      odd.levelsIgnored));
    if (odd.monthFirst)
        summary.notes.append(HospitalImportSummary::tr("Dates were read month first (MM/dd/yyyy): no day part was above 12 and some "
                                      "month parts were."));
    if (!odd.icuLevelColumn.isEmpty())
        summary.notes.append(HospitalImportSummary::tr("The column “%1” (an ICU level) was not imported: the store keeps one level per "
                                      "report, the general one.")
                                 .arg(odd.icuLevelColumn));
    if (odd.mixedFormats)
        summary.notes.append(HospitalImportSummary::tr("The file mixes keyValues and normalized entities; both were read."));
}

} // namespace

QStringList hospitalImportFields()
{
    return QStringList(fieldKeys().cbegin(), fieldKeys().cend());
}

HospitalImportSummary importHospitalsFile(Database &db, const QString &path, const HospitalImportOptions &options)
{
    QString error;
    const std::optional<QByteArray> data = ImportFile::read(path, &error);
    if (!data) {
        HospitalImportSummary summary;
        summary.fileName = QFileInfo(path).fileName();
        summary.error = error;
        return summary;
    }
    return importHospitalsData(db, *data, QFileInfo(path).fileName(), options);
}

HospitalImportSummary importHospitalsData(Database &db, const QByteArray &data, const QString &fileName,
                                          const HospitalImportOptions &options)
{
    HospitalImportSummary summary;
    summary.fileName = fileName;
    summary.error = ImportFile::refusalBeforeParsing(db, data, HospitalImportSummary::tr("CSV or JSON"));
    if (!summary.error.isEmpty())
        return summary;

    const StoreContext context = loadContext(db);
    QList<Candidate> candidates;
    Oddities odd;
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    const QString text = CsvReader::decode(data, &encoding);
    const QString start = text.left(64).trimmed();
    bool read = false;
    if (start.startsWith(u'[') || start.startsWith(u'{')) {
        summary.encoding = CsvReader::encodingName(encoding);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (document.isNull()) {
            summary.error = HospitalImportSummary::tr("The file starts like JSON but is not valid JSON: %1 at character %2.")
                                .arg(parseError.errorString())
                                .arg(parseError.offset);
            return summary;
        }
        read = readNgsi(document, options, context, summary, candidates, odd);
    } else {
        read = readCsv(data, options, context, summary, candidates, odd);
    }
    if (!read) {
        summary.rowsRead = 0;
        summary.rowsSkipped = 0;
        summary.issues.clear();
        return summary;
    }

    const QString source = options.source.isEmpty() ? fileName : options.source;
    if (!store(db, context, candidates, source, summary)) {
        summary.hospitalsCreated = summary.hospitalsMatched = summary.reportsStored = 0;
        return summary;
    }
    addOddities(odd, summary);
    std::stable_sort(summary.issues.begin(), summary.issues.end(),
                     [](const HospitalImportIssue &a, const HospitalImportIssue &b) { return a.row < b.row; });
    summary.ok = true;
    qCInfo(lcImport).noquote() << "imported" << fileName << "-" << summary.reportsStored << "reports stored,"
                               << summary.rowsSkipped << "rows skipped";
    return summary;
}

QString HospitalImportSummary::toText() const
{
    if (!ok)
        return tr("Refused %1: %2 Nothing was changed.").arg(fileName, error);
    QStringList lines;
    const QString how = delimiter.isEmpty() ? tr("%1, %2").arg(format, encoding)
                                            : tr("%1, %2, separator “%3”").arg(format, encoding, delimiter);
    lines.append(tr("Imported %1 (%2).").arg(fileName, how));
    lines.append(tr("Rows read: %1. Hospitals created: %2, already known: %3.")
                     .arg(rowsRead)
                     .arg(hospitalsCreated)
                     .arg(hospitalsMatched));
    lines.append(tr("Reports stored: %1, duplicates: %2, conflicting (first kept): %3. Rows skipped: %4.")
                     .arg(reportsStored)
                     .arg(reportsDuplicate)
                     .arg(reportsConflicting)
                     .arg(rowsSkipped));
    const bool entities = format.startsWith(u"ngsi"_s);
    if (!issues.isEmpty()) {
        lines.append(tr("Skipped:"));
        for (const HospitalImportIssue &issue : issues) {
            const QString where = entities ? tr("entity %1").arg(issue.row) : tr("line %1").arg(issue.row);
            lines.append(issue.field.isEmpty() ? tr("  %1: %2").arg(where, issue.reason)
                                               : tr("  %1, %2: %3").arg(where, issue.field, issue.reason));
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
