#include "serviceimport.h"

#include "geo/geometry.h"
#include "io/csvreader.h"
#include "io/importfile.h"
#include "logging.h"
#include "services/openinghours.h"
#include "services/pointindex.h"
#include "services/servicestore.h"
#include "store/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

// How a file becomes services.
//
// Formats, told apart by content (a file whose name claims .csv but holds JSON, or .json/.geojson
// but holds no JSON, is refused):
//   GeoJSON   a FeatureCollection or one Feature; Point geometries are services, Polygon and
//             MultiPolygon ones are areas (their geometry is kept, lat/lon is their label point:
//             the feature's own lat/lon properties when they fall inside it, else the polygon's
//             pole of inaccessibility). A feature without geometry may give lat/lon properties.
//   CSV       through CsvReader; the location is a GeoJSON geometry column, else a "lat,lon"
//             column (or WKT POINT), else latitude and longitude columns.
//   NGSI-v2   FIWARE entities (PointOfInterest expected, any type read), keyValues or normalized:
//             name, address {streetAddress, addressLocality, postalCode}, location (geo:json, or
//             a geo:point "lat, lon" string), description (→ notes), openingHours (a string or
//             an array of rules), capacity, status; the entity id is the external id.
// Columns and properties are recognised by the names in synonyms() (English, Spanish and
// Portuguese), or by ServiceImportOptions::columns.
//
// Values. The name is required. A field the record does not give (no such column, or an empty
// value) keeps what the store holds on an update and is NULL on an insert (status: open), so a
// re-import of the portal's file does not undo what service owners set on the card. Status
// words in English, Spanish and Portuguese are read (statusFromText); an unknown status skips
// the record, since it decides the service's colour and whether it is offered as open.
// Opening hours that do not parse (OpeningHours) and capacities that are not whole numbers ≥ 0
// are stored as NULL (not reported) with a warning naming the record: the service is still
// where the file says, and dropping it from the map would hide, say, a pharmacy because its
// hours were written "L-V 9 a 14"; the card shows the hours as not reported and its owner can
// set them.
//
// Locations. A position outside latitude -90..90 or longitude -180..180, or more than 20 km
// from the city's bounding box (the 'city' region, else every region together; with no regions
// at all, the median of the file's own services), is checked with latitude and longitude
// swapped: when that lands within 20 km it is swapped back and flagged; otherwise a position
// off the Earth is skipped, and one far away is imported as given and flagged, since a
// regional facility can legitimately lie outside the city.
//
// Matching. A record updates the category's service with the same external id; without one
// (or when no service has it), the one with the same name (ignoring case and accents) at the
// same place (coordinates rounded to 1e-4°, about 10 m). Two records of one file that match
// the same service: the first is kept, the other skipped. post_code is the one given, else the
// code of the post-code polygon containing the point; region_id is the neighbourhood containing
// it (else the district, else the post code), as the demo city and the hospital import store.
//
// Audit. One audit_log row per import (entity 'import', entity_id 0, field 'service_point',
// new_value a JSON summary); every row inserted or changed gets updated_by = actor and
// updated_at = the import's time, so the card says who last touched it.

namespace atalaya {

namespace {

constexpr double kFarMetres = 20000.0;
constexpr double kPlaceDegrees = 1e-4;
constexpr int kListed = 12; // rows or names listed in one note
// Rows per multi-row INSERT: one statement per row costs more in QtSql than in SQLite, and 50
// rows of 15 values stay under the 999 bound values older SQLite builds allow.
constexpr int kInsertBatch = 50;
constexpr int kInsertColumns = 15;

enum Field { Name, Address, PostCode, Status, Hours, Capacity, Notes, ExternalId, Lat, Lon, LatLon, GeometryField, FieldCount };

const std::array<QString, FieldCount> &fieldKeys()
{
    static const std::array<QString, FieldCount> keys = {
        u"name"_s, u"address"_s, u"post_code"_s, u"status"_s, u"opening_hours"_s, u"capacity"_s,
        u"notes"_s, u"external_id"_s, u"lat"_s, u"lon"_s, u"latlon"_s, u"geometry"_s,
    };
    return keys;
}

// Normalised names (CsvReader::normalizeHeader) each field goes by in the open-data files and
// FIWARE entities of Spanish-, Portuguese- and English-speaking cities, most specific first.
QStringList synonyms(Field field)
{
    using C = CsvReader::CommonColumn;
    switch (field) {
    case Name:
        return CsvReader::synonyms(C::Name)
            + QStringList{u"label"_s, u"etiqueta"_s, u"nombrecentro"_s, u"nomecentro"_s, u"nombreequipamiento"_s,
                          u"nomeequipamento"_s, u"equipamiento"_s, u"equipamento"_s, u"nombreestablecimiento"_s,
                          u"establecimiento"_s, u"nomeestabelecimento"_s, u"estabelecimento"_s, u"nombrecomercial"_s,
                          u"designacao"_s, u"farmacia"_s};
    case Address:
        return CsvReader::synonyms(C::Address)
            + QStringList{u"direccioncompleta"_s, u"direccionpostal"_s, u"enderecocompleto"_s, u"via"_s};
    case PostCode:
        return CsvReader::synonyms(C::PostCode) + QStringList{u"cpostal"_s, u"postal"_s};
    case Status:
        return {u"status"_s, u"estado"_s, u"situacion"_s, u"situacao"_s, u"estatus"_s, u"state"_s, u"servicestatus"_s,
                u"operationalstatus"_s, u"estadoservicio"_s, u"estadoservico"_s};
    case Hours:
        return {u"openinghours"_s, u"horario"_s, u"horarios"_s, u"horariodeapertura"_s, u"horarioapertura"_s,
                u"horariodeatencion"_s, u"horarioatencion"_s, u"horariodefuncionamiento"_s,
                u"horariodefuncionamento"_s, u"horariofuncionamento"_s, u"hours"_s, u"horas"_s, u"schedule"_s,
                u"timetable"_s};
    case Capacity:
        return {u"capacity"_s, u"capacidad"_s, u"capacidade"_s, u"plazas"_s, u"numplazas"_s, u"nplazas"_s,
                u"numeroplazas"_s, u"numerodeplazas"_s, u"plazastotales"_s, u"vagas"_s, u"numerovagas"_s,
                u"lugares"_s, u"aforo"_s, u"aforomaximo"_s, u"lotacao"_s, u"places"_s, u"seats"_s};
    case Notes:
        return {u"notes"_s, u"note"_s, u"notas"_s, u"nota"_s, u"observaciones"_s, u"observacion"_s,
                u"observacoes"_s, u"observacao"_s, u"comments"_s, u"comentarios"_s, u"description"_s,
                u"descripcion"_s, u"descricao"_s, u"remarks"_s, u"informacion"_s, u"informacao"_s, u"info"_s};
    case ExternalId:
        return QStringList{u"externalid"_s, u"idexterno"_s}
            + CsvReader::synonyms(C::Id)
            + QStringList{u"ref"_s, u"reference"_s, u"referencia"_s, u"objectid"_s, u"fid"_s, u"gid"_s,
                          u"idequipamiento"_s, u"codigoequipamiento"_s};
    case Lat:
        return CsvReader::synonyms(C::Latitude);
    case Lon:
        return CsvReader::synonyms(C::Longitude);
    case LatLon:
        return CsvReader::synonyms(C::LatLon);
    case GeometryField:
        return {u"geometry"_s, u"geometria"_s, u"geom"_s, u"thegeom"_s, u"geojson"_s, u"shape"_s, u"forma"_s,
                u"wkt"_s};
    case FieldCount:
        break;
    }
    return {};
}

/** A status as sources write it, in English, Spanish or Portuguese; nullopt for anything else. */
std::optional<ServiceStatus> statusFromText(const QString &text)
{
    static const QHash<QString, ServiceStatus> words = [] {
        QHash<QString, ServiceStatus> all;
        for (const char16_t *word : {u"open", u"opened", u"abierto", u"abierta", u"aberto", u"aberta", u"operational",
                                     u"operativo", u"operativa", u"operacional", u"active", u"activo", u"activa",
                                     u"ativo", u"ativa", u"enservicio", u"emservico", u"funcionando", u"available",
                                     u"disponible", u"disponivel", u"normal", u"yes", u"si", u"sim", u"true", u"1"})
            all.insert(QString::fromUtf16(word), ServiceStatus::Open);
        for (const char16_t *word : {u"limited", u"limitado", u"limitada", u"restricted", u"restringido",
                                     u"restringida", u"restrito", u"restrita", u"partial", u"parcial",
                                     u"partiallyopen", u"parcialmenteabierto", u"parcialmenteaberto", u"reduced",
                                     u"reducido", u"reducida", u"reduzido", u"reduzida", u"minimos",
                                     u"serviciosminimos", u"servicosminimos"})
            all.insert(QString::fromUtf16(word), ServiceStatus::Limited);
        for (const char16_t *word : {u"closed", u"cerrado", u"cerrada", u"fechado", u"fechada", u"inactive",
                                     u"inactivo", u"inactiva", u"inativo", u"inativa", u"fueradeservicio",
                                     u"foradeservico", u"temporarilyclosed", u"closedtemporarily",
                                     u"permanentlyclosed", u"cerradotemporalmente", u"temporalmentecerrado",
                                     u"fechadotemporariamente", u"temporariamentefechado", u"clausurado",
                                     u"unavailable", u"nodisponible", u"indisponivel", u"no", u"nao", u"false", u"0"})
            all.insert(QString::fromUtf16(word), ServiceStatus::Closed);
        return all;
    }();
    const auto it = words.constFind(CsvReader::normalizeHeader(text));
    if (it == words.cend())
        return std::nullopt;
    return *it;
}

/** Which field a column or property stands for and how specifically: its position in the
 *  field's synonyms (lower wins), -1 for a mapped name; field -1 = none. */
struct FieldMatch {
    int field = -1;
    int rank = 0;
};

/** Resolves column and property names to fields once per distinct name (a 100,000-feature file
 *  repeats the same dozen names), with the caller's mapping first. */
class FieldResolver
{
public:
    bool setMapping(const QHash<QString, QString> &columns, QString *error)
    {
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            const auto found = std::find(fieldKeys().cbegin(), fieldKeys().cend(), it.key());
            if (found == fieldKeys().cend()) {
                *error = ServiceImportSummary::tr("Unknown field “%1” in the column mapping (known: %2).")
                             .arg(it.key(), serviceImportFields().join(u", "_s));
                return false;
            }
            const QString normalized = CsvReader::normalizeHeader(it.value());
            if (normalized.isEmpty()) {
                *error = ServiceImportSummary::tr("The column mapped to %1 has no name.").arg(it.key());
                return false;
            }
            const int field = int(std::distance(fieldKeys().cbegin(), found));
            m_mapped[field] = it.value();
            m_mappedLookup.insert(normalized, field);
        }
        for (int field = 0; field < FieldCount; ++field) {
            if (!m_mapped[field].isEmpty())
                continue; // a mapped field is read from its column only
            const QStringList names = synonyms(Field(field));
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (!m_synonyms.contains(names[i]) && !m_mappedLookup.contains(names[i]))
                    m_synonyms.insert(names[i], {field, int(i)});
            }
        }
        return true;
    }

    FieldMatch match(const QString &key)
    {
        const auto cached = m_cache.constFind(key);
        if (cached != m_cache.cend())
            return *cached;
        const QString normalized = CsvReader::normalizeHeader(key);
        FieldMatch result;
        if (const auto mapped = m_mappedLookup.constFind(normalized); mapped != m_mappedLookup.cend()) {
            result = {*mapped, -1};
            m_mappedUsed.insert(*mapped);
        } else {
            result = m_synonyms.value(normalized, FieldMatch{});
        }
        m_cache.insert(key, result);
        return result;
    }

    bool isMapped(Field field) const { return !m_mapped[field].isEmpty(); }

    /** "field=COLUMN" for each mapping whose column the file never named. */
    QStringList unusedMappings() const
    {
        QStringList unused;
        for (int field = 0; field < FieldCount; ++field) {
            if (!m_mapped[field].isEmpty() && !m_mappedUsed.contains(field))
                unused.append(u"%1=%2"_s.arg(fieldKeys()[field], m_mapped[field]));
        }
        return unused;
    }

private:
    std::array<QString, FieldCount> m_mapped;
    QHash<QString, int> m_mappedLookup;    // normalised column → field
    QHash<QString, FieldMatch> m_synonyms; // normalised name → field
    QHash<QString, FieldMatch> m_cache;    // name as written → field
    QSet<int> m_mappedUsed;
};

/** One row, feature or entity as read, before any value is checked. */
struct Raw {
    int row = 0;
    std::array<QString, FieldCount> text;   // trimmed; empty = not given
    std::array<QString, FieldCount> source; // the column or property it came from
    std::array<int, FieldCount> rank;
    QJsonObject geometry; // a GeoJSON geometry (feature geometry, NGSI location); empty = none
    QString geometrySource;

    Raw() { rank.fill(std::numeric_limits<int>::max()); }

    void set(int field, int fieldRank, const QString &from, const QString &value)
    {
        if (value.isEmpty() || fieldRank >= rank[field])
            return;
        rank[field] = fieldRank;
        source[field] = from;
        text[field] = value;
    }
};

/** A JSON value as text: strings trimmed, whole numbers without decimals, arrays of rules joined
 *  with "; " (NGSI openingHours), anything else as compact JSON. */
QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray()) {
            const QString part = jsonText(item);
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(u"; "_s);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool isGeometryObject(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return value.isObject() && object.value(u"type"_s).isString() && object.contains(u"coordinates"_s);
}

/** Where a service is: a point, or an area with its label point. */
struct Location {
    GeoPoint point;
    bool isArea = false;
    bool multi = false;
    MultiPolygon polygons;
};

/** Reads Point, Polygon and MultiPolygon geometries with translated reasons. Points are read
 *  as given (range and swap are judged later, against the city); polygon positions must be in
 *  range. */
class ShapeReader
{
public:
    QString reason;

    bool read(const QJsonObject &geometry, Location *out)
    {
        const QString type = geometry.value(u"type"_s).toString();
        const QJsonValue coordinates = geometry.value(u"coordinates"_s);
        if (type == u"Point"_s) {
            const QJsonArray pair = coordinates.toArray();
            if (!coordinates.isArray() || pair.size() < 2 || !pair[0].isDouble() || !pair[1].isDouble())
                return fail(ServiceImportSummary::tr("the Point's coordinates are not a [longitude, latitude] pair"));
            out->point = GeoPoint{pair[1].toDouble(), pair[0].toDouble()};
            out->isArea = false;
            return true;
        }
        if (type == u"Polygon"_s) {
            Polygon polygon;
            if (!readPolygon(coordinates, QString(), &polygon))
                return false;
            out->polygons = {polygon};
            out->multi = false;
        } else if (type == u"MultiPolygon"_s) {
            const QJsonArray parts = coordinates.toArray();
            if (!coordinates.isArray() || parts.isEmpty())
                return fail(ServiceImportSummary::tr("the MultiPolygon's coordinates are not an array of polygons"));
            out->polygons.clear();
            for (qsizetype i = 0; i < parts.size(); ++i) {
                Polygon polygon;
                if (!readPolygon(parts[i], ServiceImportSummary::tr("polygon %1, ").arg(i + 1), &polygon))
                    return false;
                out->polygons.append(polygon);
            }
            out->multi = true;
        } else if (type.isEmpty()) {
            return fail(ServiceImportSummary::tr("the geometry has no type"));
        } else {
            return fail(ServiceImportSummary::tr("a %1 is neither a point nor an area (Point, Polygon or MultiPolygon)").arg(type));
        }
        for (Polygon &polygon : out->polygons)
            polygon = geo::rounded(polygon);
        if (!(geo::areaKm2(out->polygons) > 1e-6)) // under a square metre: a point or a line drawn as a ring
            return fail(ServiceImportSummary::tr("the polygon encloses no area"));
        out->isArea = true;
        return true;
    }

private:
    bool fail(const QString &why)
    {
        reason = why;
        return false;
    }

    bool readPolygon(const QJsonValue &value, const QString &prefix, Polygon *polygon)
    {
        const QJsonArray rings = value.toArray();
        if (!value.isArray() || rings.isEmpty())
            return fail(ServiceImportSummary::tr("%1the coordinates are not an array of rings").arg(prefix));
        for (qsizetype i = 0; i < rings.size(); ++i) {
            Ring ring;
            if (!readRing(rings[i], ServiceImportSummary::tr("%1ring %2").arg(prefix).arg(i + 1), &ring))
                return false;
            if (i == 0)
                polygon->outer = ring;
            else
                polygon->holes.append(ring);
        }
        return true;
    }

    bool readRing(const QJsonValue &value, const QString &where, Ring *ring)
    {
        const QJsonArray positions = value.toArray();
        if (!value.isArray())
            return fail(ServiceImportSummary::tr("%1 is not an array of positions").arg(where));
        for (qsizetype i = 0; i < positions.size(); ++i) {
            const QJsonArray pair = positions[i].toArray();
            if (pair.size() < 2 || !pair[0].isDouble() || !pair[1].isDouble())
                return fail(ServiceImportSummary::tr("%1, position %2 is not a [longitude, latitude] pair").arg(where).arg(i + 1));
            const double lon = pair[0].toDouble();
            const double lat = pair[1].toDouble();
            if (!std::isfinite(lon) || !std::isfinite(lat) || std::abs(lon) > 180.0 || std::abs(lat) > 90.0)
                return fail(ServiceImportSummary::tr("%1, position %2: [%3, %4] is outside longitude -180..180, latitude "
                                                     "-90..90 (projected coordinates, in metres?)")
                                .arg(where)
                                .arg(i + 1)
                                .arg(lon)
                                .arg(lat));
            ring->append(GeoPoint{lat, lon});
        }
        if (ring->size() < 4)
            return fail(ServiceImportSummary::tr("%1 has %n position(s); a closed ring needs at least 4", nullptr,
                                                 int(ring->size()))
                            .arg(where));
        if (ring->first() != ring->last())
            return fail(ServiceImportSummary::tr("%1 is not closed (its last position must repeat its first)").arg(where));
        ring->removeLast(); // rings are kept open in memory
        return true;
    }
};

/** One record that passed every check of its own, ready to be placed and matched. A value
 *  nullopt was not given; a null QVariant was given but unreadable (stored as NULL). */
struct Candidate {
    int row = 0;
    QString name;
    QString externalId;
    std::optional<QString> address;
    std::optional<QString> postCode;
    std::optional<QString> notes;
    std::optional<QString> status; // serviceStatusKey()
    std::optional<QVariant> hours;
    std::optional<QVariant> capacity;
    Location location;
    QString locationField; // what to name when the location is flagged
    std::optional<GeoPoint> labelGiven; // an area's lat/lon as the record gave them
    QString geometry; // GeoJSON of an area, once placed
};

/** A region a point may fall in. */
struct RegionShape {
    qint64 id = 0;
    QString code;
    int rank = 0; // 0 neighbourhood, 1 district, 2 post code: the smallest first
    GeoBox box;
    MultiPolygon polygons;
};

/** A service of the category already in the store, as an update compares it. */
struct StoredService {
    qint64 id = 0;
    QVariant externalId, name, address, postCode, regionId, geometry, status, hours, capacity, notes;
    double lat = 0, lon = 0;
};

/** What the store holds that an import reads before writing. */
struct StoreContext {
    GeoBox city;
    QList<RegionShape> regions;   // neighbourhoods, districts, then post codes
    QList<RegionShape> postcodes;
};

/** Running notes of one import, turned into the summary's notes at the end. */
struct Oddities {
    QList<int> postCodeDisagrees;
    QSet<QString> entityTypes;
    bool mixedNgsi = false;
    bool referenceFromFile = false;
};

QString joinRows(const QList<int> &rows)
{
    QStringList shown;
    for (qsizetype i = 0; i < rows.size() && i < kListed; ++i)
        shown.append(QString::number(rows[i]));
    if (rows.size() > kListed)
        shown.append(u"…"_s);
    return shown.join(u", "_s);
}

/** "line 4", "feature 4" or "entity 4", as the summary names records of the file's format. */
QString recordName(const QString &format, int row)
{
    if (format == u"csv"_s)
        return ServiceImportSummary::tr("line %1").arg(row);
    if (format.startsWith(u"ngsi"_s))
        return ServiceImportSummary::tr("entity %1").arg(row);
    return ServiceImportSummary::tr("feature %1").arg(row);
}

/** The same for several: "lines 4, 9". */
QString recordsName(const QString &format, const QList<int> &rows)
{
    if (format == u"csv"_s)
        return ServiceImportSummary::tr("lines %1").arg(joinRows(rows));
    if (format.startsWith(u"ngsi"_s))
        return ServiceImportSummary::tr("entities %1").arg(joinRows(rows));
    return ServiceImportSummary::tr("features %1").arg(joinRows(rows));
}

void skip(ServiceImportSummary &summary, int row, const QString &field, const QString &reason)
{
    summary.issues.append({row, field, reason});
    ++summary.skipped;
}

StoreContext loadContext(const Database &db)
{
    StoreContext context;
    GeoBox all;
    QSqlQuery q = db.prepare(u"SELECT id, level, code, geometry, min_lat, min_lon, max_lat, max_lon FROM region ORDER BY id"_s);
    q.setForwardOnly(true);
    if (!Database::exec(q))
        return context;
    while (q.next()) {
        const QString level = q.value(1).toString();
        GeoBox box;
        box.extend(GeoPoint{q.value(4).toDouble(), q.value(5).toDouble()});
        box.extend(GeoPoint{q.value(6).toDouble(), q.value(7).toDouble()});
        all.extend(box);
        if (level == u"city"_s) {
            context.city.extend(box);
            continue;
        }
        Geometry geometry;
        if (!geo::fromGeoJson(q.value(3).toString(), &geometry)
            || (geometry.type != Geometry::Type::Polygon && geometry.type != Geometry::Type::MultiPolygon))
            continue;
        const int rank = level == u"neighbourhood"_s ? 0 : level == u"district"_s ? 1 : 2;
        RegionShape shape{q.value(0).toLongLong(), q.value(2).toString(), rank, box, geometry.polygons};
        if (level == u"postcode"_s)
            context.postcodes.append(shape);
        context.regions.append(shape);
    }
    if (!context.city.valid)
        context.city = all;
    std::stable_sort(context.regions.begin(), context.regions.end(),
                     [](const RegionShape &a, const RegionShape &b) { return a.rank < b.rank; });
    return context;
}

const RegionShape *containing(const QList<RegionShape> &shapes, const GeoPoint &point)
{
    for (const RegionShape &shape : shapes) {
        if (shape.box.contains(point) && geo::contains(shape.polygons, point))
            return &shape;
    }
    return nullptr;
}

double metresFromBox(const GeoBox &box, const GeoPoint &point)
{
    const GeoPoint nearest{std::clamp(point.lat, box.minLat, box.maxLat), std::clamp(point.lon, box.minLon, box.maxLon)};
    return geo::distanceMetres(point, nearest);
}

bool onEarth(const GeoPoint &p)
{
    return std::isfinite(p.lat) && std::isfinite(p.lon) && std::abs(p.lat) <= 90.0 && std::abs(p.lon) <= 180.0;
}

QString coordinates(const GeoPoint &p)
{
    return u"%1, %2"_s.arg(p.lat, 0, 'g', 10).arg(p.lon, 0, 'g', 10);
}

// --- reading ----------------------------------------------------------------------------------

enum class Claim { None, Csv, Json };

/** What the file's name says it is. */
Claim claimOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"txt"_s)
        return Claim::Csv;
    if (suffix == u"json"_s || suffix == u"geojson"_s || suffix == u"ngsi"_s)
        return Claim::Json;
    return Claim::None;
}

void noteIgnored(ServiceImportSummary &summary, QSet<QString> &seen, const QString &key)
{
    if (!seen.contains(key)) {
        seen.insert(key);
        summary.columnsIgnored.append(key);
    }
}

bool readCsv(const QByteArray &data, FieldResolver &resolver, ServiceImportSummary &summary, QList<Raw> &records)
{
    CsvReader reader;
    if (!reader.read(data)) {
        summary.error = reader.errorString();
        return false;
    }
    summary.format = u"csv"_s;
    summary.encoding = CsvReader::encodingName(reader.encoding());
    summary.delimiter = CsvReader::delimiterName(reader.delimiter());
    const QStringList &header = reader.header();
    if (header.size() < 2) {
        summary.error = ServiceImportSummary::tr("This is not a CSV table: the first line has a single column.");
        return false;
    }
    std::array<int, FieldCount> column;
    column.fill(-1);
    std::array<int, FieldCount> best;
    best.fill(std::numeric_limits<int>::max());
    QSet<QString> ignored;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const FieldMatch match = resolver.match(header[i]);
        if (match.field < 0) {
            noteIgnored(summary, ignored, header[i]);
            continue;
        }
        if (match.rank < best[match.field]) {
            best[match.field] = match.rank;
            column[match.field] = int(i);
        }
    }
    if (const QStringList unused = resolver.unusedMappings(); !unused.isEmpty()) {
        summary.error = ServiceImportSummary::tr("The column mapping names columns the file does not have: %1 (its columns: %2).")
                            .arg(unused.join(u", "_s), header.join(u", "_s));
        return false;
    }
    if (column[Name] < 0) {
        summary.error = ServiceImportSummary::tr("No column with the service's name (looked for %1); map one with name=COLUMN.")
                            .arg(synonyms(Name).mid(0, 6).join(u", "_s));
        return false;
    }
    if (column[Lat] < 0 && column[Lon] < 0 && column[LatLon] < 0 && column[GeometryField] < 0) {
        summary.error = ServiceImportSummary::tr("No coordinate columns (looked for %1 and %2, a “lat,lon” column such as %3, or "
                                                 "a geometry column); map them with lat=COLUMN,lon=COLUMN.")
                            .arg(synonyms(Lat).mid(0, 4).join(u"/"_s), synonyms(Lon).mid(0, 5).join(u"/"_s),
                                 synonyms(LatLon).mid(0, 3).join(u"/"_s));
        return false;
    }

    summary.rowsRead = int(reader.records().size());
    records.reserve(reader.records().size());
    for (const CsvReader::Record &record : reader.records()) {
        if (record.fields.size() != header.size()) {
            skip(summary, record.line, QString(),
                 ServiceImportSummary::tr("the row has %1 fields where the header has %2").arg(record.fields.size()).arg(header.size()));
            continue;
        }
        Raw raw;
        raw.row = record.line;
        for (int field = 0; field < FieldCount; ++field) {
            raw.source[field] = column[field] >= 0 ? header.at(column[field]) : fieldKeys()[field];
            if (column[field] >= 0)
                raw.text[field] = record.fields.at(column[field]).trimmed();
        }
        records.append(std::move(raw));
    }
    return true;
}

/** Reads one JSON property or attribute into the record. */
void readProperty(FieldResolver &resolver, Raw &raw, const QString &key, const QJsonValue &value,
                  ServiceImportSummary &summary, QSet<QString> &ignored)
{
    const FieldMatch match = resolver.match(key);
    // NGSI PostalAddress (and GeoJSON properties shaped like it): the street and town are the
    // address, the post code the post code unless a field of its own gives one.
    if (value.isObject() && (match.field == Address || value.toObject().contains(u"streetAddress"_s))) {
        const QJsonObject parts = value.toObject();
        QStringList lines;
        for (const QString &part : {u"streetAddress"_s, u"addressLocality"_s}) {
            const QString text = jsonText(parts.value(part));
            if (!text.isEmpty())
                lines.append(text);
        }
        raw.set(Address, match.field == Address ? match.rank : 500, key, lines.join(u", "_s));
        raw.set(PostCode, 1000, key + u".postalCode"_s, jsonText(parts.value(u"postalCode"_s)));
        return;
    }
    if (match.field < 0) {
        noteIgnored(summary, ignored, key);
        return;
    }
    if ((match.field == LatLon || match.field == GeometryField) && isGeometryObject(value)) {
        if (raw.geometry.isEmpty()) {
            raw.geometry = value.toObject();
            raw.geometrySource = key;
        }
        return;
    }
    raw.set(match.field, match.rank, key, jsonText(value));
}

void fillSources(Raw &raw)
{
    for (int field = 0; field < FieldCount; ++field) {
        if (raw.source[field].isEmpty())
            raw.source[field] = fieldKeys()[field];
    }
}

bool readGeoJson(const QJsonObject &root, FieldResolver &resolver, ServiceImportSummary &summary, QList<Raw> &records)
{
    summary.format = u"geojson"_s;
    // GeoJSON 2008 allowed other reference systems; their coordinates are not degrees.
    const QString crs = root.value(u"crs"_s).toObject().value(u"properties"_s).toObject().value(u"name"_s).toString();
    if (!crs.isEmpty() && !crs.contains(u"CRS84"_s, Qt::CaseInsensitive) && !crs.endsWith(u":4326"_s)) {
        summary.error = ServiceImportSummary::tr("The coordinates are in %1, not in WGS 84 longitude and latitude as GeoJSON "
                                                 "(RFC 7946) requires; convert the file first (for example ogr2ogr -t_srs "
                                                 "EPSG:4326).")
                            .arg(crs);
        return false;
    }
    QJsonArray features;
    if (root.value(u"type"_s).toString() == u"Feature"_s) {
        features.append(root);
    } else {
        const QJsonValue list = root.value(u"features"_s);
        if (!list.isArray()) {
            summary.error = ServiceImportSummary::tr("The FeatureCollection has no “features” array.");
            return false;
        }
        features = list.toArray();
    }
    if (features.isEmpty()) {
        summary.error = ServiceImportSummary::tr("The file holds no features.");
        return false;
    }
    summary.rowsRead = int(features.size());
    records.reserve(features.size());
    QSet<QString> ignored;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const int row = int(i + 1);
        const QJsonValue value = features.at(i);
        const QJsonObject feature = value.toObject();
        if (!value.isObject() || feature.value(u"type"_s).toString() != u"Feature"_s) {
            skip(summary, row, QString(), ServiceImportSummary::tr("not a GeoJSON Feature"));
            continue;
        }
        Raw raw;
        raw.row = row;
        const QJsonValue geometry = feature.value(u"geometry"_s);
        if (geometry.isObject()) {
            raw.geometry = geometry.toObject();
            raw.geometrySource = u"geometry"_s;
        }
        const QJsonObject properties = feature.value(u"properties"_s).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
            readProperty(resolver, raw, it.key(), it.value(), summary, ignored);
        if (!resolver.isMapped(ExternalId)) // RFC 7946's own identifier, after any property
            raw.set(ExternalId, 1000, u"id"_s, jsonText(feature.value(u"id"_s)));
        fillSources(raw);
        records.append(std::move(raw));
    }
    return true;
}

bool isNormalized(const QJsonObject &entity)
{
    for (auto it = entity.constBegin(); it != entity.constEnd(); ++it) {
        if (it.key() != u"id"_s && it.key() != u"type"_s && it.value().isObject()
            && it.value().toObject().contains(u"value"_s))
            return true;
    }
    return false;
}

bool readNgsi(const QJsonArray &entities, FieldResolver &resolver, ServiceImportSummary &summary, QList<Raw> &records,
              Oddities &odd)
{
    bool anyEntity = false;
    for (const QJsonValue &value : entities) {
        const QJsonObject object = value.toObject();
        anyEntity = anyEntity || (object.value(u"id"_s).isString() && object.value(u"type"_s).isString());
    }
    if (!anyEntity) {
        summary.error = ServiceImportSummary::tr("The JSON holds neither GeoJSON nor FIWARE NGSI-v2 entities (objects with "
                                                 "“id” and “type”).");
        return false;
    }
    summary.rowsRead = int(entities.size());
    records.reserve(entities.size());
    QSet<QString> ignored;
    std::optional<bool> firstNormalized;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const int row = int(i + 1);
        const QJsonObject entity = entities.at(i).toObject();
        if (!entity.value(u"id"_s).isString() || !entity.value(u"type"_s).isString()) {
            skip(summary, row, QString(), ServiceImportSummary::tr("not an entity (no “id” and “type”)"));
            continue;
        }
        const bool normalized = isNormalized(entity);
        if (!firstNormalized) {
            firstNormalized = normalized;
            summary.format = normalized ? u"ngsi-v2 normalized"_s : u"ngsi-v2 keyValues"_s;
        } else if (*firstNormalized != normalized) {
            odd.mixedNgsi = true;
        }
        odd.entityTypes.insert(entity.value(u"type"_s).toString());
        Raw raw;
        raw.row = row;
        for (auto it = entity.constBegin(); it != entity.constEnd(); ++it) {
            if (it.key() == u"type"_s)
                continue;
            QJsonValue value = it.value();
            if (normalized && value.isObject() && value.toObject().contains(u"value"_s))
                value = value.toObject().value(u"value"_s);
            readProperty(resolver, raw, it.key(), value, summary, ignored);
        }
        fillSources(raw);
        records.append(std::move(raw));
    }
    return true;
}

/** Reads the file into records; false (with summary.error) refuses it. */
bool readRecords(const QByteArray &data, const QString &fileName, FieldResolver &resolver, ServiceImportSummary &summary,
                 QList<Raw> &records, Oddities &odd)
{
    QByteArray bytes = data;
    bool bom = false;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3); // RFC 7946 forbids the BOM, but editors on Windows add it
        bom = true;
    }
    const QByteArray start = bytes.left(256).trimmed();
    const bool looksJson = start.startsWith('{') || start.startsWith('[');
    const Claim claim = claimOf(fileName);
    const QString suffix = QFileInfo(fileName).suffix();
    if (claim == Claim::Json && !looksJson) {
        summary.error = ServiceImportSummary::tr("The file is named .%1 but is not JSON (it does not start with “{” or “[”).")
                            .arg(suffix);
        return false;
    }
    if (claim == Claim::Csv && looksJson) {
        summary.error = ServiceImportSummary::tr("The file is named .%1 but holds JSON; name it .geojson or .json to import it "
                                                 "as GeoJSON or FIWARE entities.")
                            .arg(suffix);
        return false;
    }
    if (!looksJson)
        return readCsv(data, resolver, summary, records);

    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    summary.encoding = bom ? CsvReader::encodingName(CsvReader::Encoding::Utf8WithBom)
                           : CsvReader::encodingName(CsvReader::Encoding::Utf8);
    if (parseError.error == QJsonParseError::IllegalUTF8String) {
        // JSON must be UTF-8, but portals export Latin-1 too; read it as the CSV reader would.
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        const QString text = CsvReader::decode(bytes, &encoding);
        document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        summary.encoding = CsvReader::encodingName(encoding);
    }
    if (document.isNull()) {
        summary.error = ServiceImportSummary::tr("The file starts like JSON but is not valid JSON: %1 at character %2.")
                            .arg(parseError.errorString())
                            .arg(parseError.offset);
        return false;
    }
    if (document.isArray())
        return readNgsi(document.array(), resolver, summary, records, odd);
    const QJsonObject root = document.object();
    const QString type = root.value(u"type"_s).toString();
    if (type == u"FeatureCollection"_s || type == u"Feature"_s)
        return readGeoJson(root, resolver, summary, records);
    static const QStringList bare = {u"Point"_s, u"MultiPoint"_s, u"LineString"_s, u"MultiLineString"_s, u"Polygon"_s,
                                     u"MultiPolygon"_s, u"GeometryCollection"_s};
    if (bare.contains(type)) {
        summary.error = ServiceImportSummary::tr("The file is a bare %1 geometry, with no properties to give the service's "
                                                 "name; wrap it in a Feature that has them.")
                            .arg(type);
        return false;
    }
    return readNgsi(QJsonArray{root}, resolver, summary, records, odd);
}

// --- checking ---------------------------------------------------------------------------------

/** Opening hours parsed once per distinct text: a portal's file repeats a handful of them. */
class HoursCache
{
public:
    const OpeningHours &parse(const QString &text)
    {
        auto it = m_parsed.constFind(text);
        if (it == m_parsed.cend())
            it = m_parsed.insert(text, OpeningHours::parse(text));
        return *it;
    }

private:
    QHash<QString, OpeningHours> m_parsed;
};

/** Checks one record's own values; nullopt when it was skipped (the issue is in the summary). */
std::optional<Candidate> interpret(const Raw &raw, HoursCache &hoursCache, ServiceImportSummary &summary)
{
    Candidate c;
    c.row = raw.row;
    const auto &text = raw.text;
    const auto &source = raw.source;
    c.name = text[Name].simplified();
    if (c.name.isEmpty()) {
        skip(summary, raw.row, source[Name], ServiceImportSummary::tr("no name"));
        return std::nullopt;
    }

    // Where: a geometry, else a "lat,lon" pair, else latitude and longitude.
    ShapeReader shapes;
    bool located = false;
    if (!raw.geometry.isEmpty()) {
        if (!shapes.read(raw.geometry, &c.location)) {
            skip(summary, raw.row, raw.geometrySource, shapes.reason);
            return std::nullopt;
        }
        c.locationField = raw.geometrySource;
        located = true;
    } else if (!text[GeometryField].isEmpty() || text[LatLon].startsWith(u'{')) {
        // A geometry column, or a location column holding GeoJSON rather than a pair.
        const Field from = !text[GeometryField].isEmpty() ? GeometryField : LatLon;
        const QString &value = text[from];
        c.locationField = source[from];
        if (value.startsWith(u'{')) {
            const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
            if (!document.isObject() || !isGeometryObject(document.object())) {
                skip(summary, raw.row, source[from], ServiceImportSummary::tr("“%1” is not a GeoJSON geometry").arg(value.left(60)));
                return std::nullopt;
            }
            if (!shapes.read(document.object(), &c.location)) {
                skip(summary, raw.row, source[from], shapes.reason);
                return std::nullopt;
            }
        } else if (const std::optional<GeoPoint> point = CsvReader::parseLatLon(value)) {
            c.location.point = *point;
        } else {
            skip(summary, raw.row, source[from],
                 ServiceImportSummary::tr("“%1” is neither a GeoJSON geometry nor a WKT POINT").arg(value.left(60)));
            return std::nullopt;
        }
        located = true;
    } else if (!text[LatLon].isEmpty()) {
        const std::optional<GeoPoint> point = CsvReader::parseLatLon(text[LatLon]);
        if (!point) {
            skip(summary, raw.row, source[LatLon], ServiceImportSummary::tr("“%1” is not a “lat,lon” pair").arg(text[LatLon]));
            return std::nullopt;
        }
        c.location.point = *point;
        c.locationField = source[LatLon];
        located = true;
    }
    // Latitude and longitude: the position itself, or an area's label point.
    std::optional<GeoPoint> given;
    if (!text[Lat].isEmpty() || !text[Lon].isEmpty()) {
        const std::optional<GeoPoint> pair = text[Lon].isEmpty() ? CsvReader::parseLatLon(text[Lat]) : std::nullopt;
        const std::optional<double> lat = CsvReader::parseNumber(text[Lat]);
        const std::optional<double> lon = CsvReader::parseNumber(text[Lon]);
        if (pair) {
            given = pair;
        } else if (lat && lon) {
            given = GeoPoint{*lat, *lon};
        } else if (!located) {
            const Field wrong = !lat ? Lat : Lon;
            skip(summary, raw.row, source[wrong],
                 text[wrong].isEmpty() ? ServiceImportSummary::tr("the other coordinate is given but this one is empty")
                                       : ServiceImportSummary::tr("“%1” is not a coordinate").arg(text[wrong]));
            return std::nullopt;
        }
    }
    if (!located) {
        if (!given) {
            skip(summary, raw.row, source[Lat], ServiceImportSummary::tr("no coordinates"));
            return std::nullopt;
        }
        c.location.point = *given;
        c.locationField = source[Lat];
    } else if (c.location.isArea && given) {
        c.labelGiven = given;
    }
    if (!std::isfinite(c.location.point.lat) || !std::isfinite(c.location.point.lon)) {
        skip(summary, raw.row, c.locationField, ServiceImportSummary::tr("the coordinates are not finite numbers"));
        return std::nullopt;
    }

    if (!text[Status].isEmpty()) {
        const std::optional<ServiceStatus> status = statusFromText(text[Status]);
        if (!status) {
            skip(summary, raw.row, source[Status],
                 ServiceImportSummary::tr("“%1” is not a status (open, limited or closed; abierto, limitado, cerrado; "
                                          "aberto, limitado, fechado)")
                     .arg(text[Status]));
            return std::nullopt;
        }
        c.status = serviceStatusKey(*status);
    }
    if (!text[Hours].isEmpty()) {
        const OpeningHours &hours = hoursCache.parse(text[Hours]);
        if (hours.isValid()) {
            c.hours = QVariant(hours.text());
        } else {
            c.hours = QVariant(QMetaType::fromType<QString>());
            summary.warnings.append({raw.row, source[Hours],
                                     ServiceImportSummary::tr("“%1” are not opening hours (%2); stored as not reported")
                                         .arg(text[Hours], hours.error())});
        }
    }
    if (!text[Capacity].isEmpty()) {
        const std::optional<qint64> capacity = CsvReader::parseInteger(text[Capacity]);
        if (capacity && *capacity >= 0 && *capacity <= std::numeric_limits<int>::max()) {
            c.capacity = QVariant(int(*capacity));
        } else {
            c.capacity = QVariant(QMetaType::fromType<int>());
            summary.warnings.append({raw.row, source[Capacity],
                                     ServiceImportSummary::tr("“%1” is not a capacity (a whole number, 0 or more); stored as "
                                                              "not reported")
                                         .arg(text[Capacity])});
        }
    }
    if (!text[Address].isEmpty())
        c.address = text[Address].simplified();
    if (!text[PostCode].isEmpty())
        c.postCode = text[PostCode].simplified();
    if (!text[Notes].isEmpty())
        c.notes = text[Notes];
    c.externalId = text[ExternalId].trimmed();
    return c;
}

void swapAll(Location &location)
{
    std::swap(location.point.lat, location.point.lon);
    for (Polygon &polygon : location.polygons) {
        for (GeoPoint &p : polygon.outer)
            std::swap(p.lat, p.lon);
        for (Ring &hole : polygon.holes) {
            for (GeoPoint &p : hole)
                std::swap(p.lat, p.lon);
        }
    }
}

/** Places every candidate against the city: swapped coordinates are swapped back, positions
 *  off the Earth skipped, far ones flagged; areas get their label point and GeoJSON text. */
void placeAll(QList<Candidate> &candidates, const GeoBox &city, ServiceImportSummary &summary, Oddities &odd)
{
    GeoBox reference = city;
    if (!reference.valid && candidates.size() >= 3) {
        // No city in the store: the middle of the file's own services.
        QList<double> lats, lons;
        for (const Candidate &c : std::as_const(candidates)) {
            const GeoPoint p = c.location.isArea ? geo::boundingBox(c.location.polygons).center() : c.location.point;
            if (onEarth(p)) {
                lats.append(p.lat);
                lons.append(p.lon);
            }
        }
        if (lats.size() >= 3) {
            std::nth_element(lats.begin(), lats.begin() + lats.size() / 2, lats.end());
            std::nth_element(lons.begin(), lons.begin() + lons.size() / 2, lons.end());
            reference.extend(GeoPoint{lats[lats.size() / 2], lons[lons.size() / 2]});
            odd.referenceFromFile = true;
        }
    }
    auto near = [&](const GeoPoint &p) { return reference.valid && onEarth(p) && metresFromBox(reference, p) <= kFarMetres; };

    for (qsizetype i = 0; i < candidates.size();) {
        Candidate &c = candidates[i];
        Location &where = c.location;
        const GeoPoint as = where.isArea ? geo::boundingBox(where.polygons).center() : where.point;
        const GeoPoint swapped{as.lon, as.lat};
        const QString shown = coordinates(where.isArea ? as : where.point);
        if (!onEarth(as)) {
            if (onEarth(swapped) && (near(swapped) || (!reference.valid && std::abs(as.lat) > 90.0))) {
                swapAll(where);
                summary.flagged.append({c.row, c.locationField,
                                        ServiceImportSummary::tr("%1 is not a position on Earth; read as latitude %2, "
                                                                 "longitude %3 (the two were the other way round)")
                                            .arg(shown)
                                            .arg(swapped.lat, 0, 'g', 10)
                                            .arg(swapped.lon, 0, 'g', 10)});
            } else {
                skip(summary, c.row, c.locationField,
                     ServiceImportSummary::tr("%1 is not a position on Earth (latitude -90..90, longitude -180..180; "
                                              "projected coordinates, in metres?)")
                         .arg(shown));
                candidates.removeAt(i);
                continue;
            }
        } else if (reference.valid && !near(as)) {
            const double km = metresFromBox(reference, as) / 1000.0;
            if (near(swapped)) {
                swapAll(where);
                summary.flagged.append({c.row, c.locationField,
                                        (odd.referenceFromFile
                                             ? ServiceImportSummary::tr("latitude %1, longitude %2 is %3 km from the file's "
                                                                        "other services, but among them with the two "
                                                                        "swapped; read as latitude %2, longitude %1")
                                             : ServiceImportSummary::tr("latitude %1, longitude %2 is %3 km outside the city, "
                                                                        "but inside it with the two swapped; read as "
                                                                        "latitude %2, longitude %1"))
                                            .arg(as.lat, 0, 'g', 10)
                                            .arg(as.lon, 0, 'g', 10)
                                            .arg(km, 0, 'f', 0)});
            } else {
                summary.flagged.append({c.row, c.locationField,
                                        odd.referenceFromFile
                                            ? ServiceImportSummary::tr("%1 is %2 km from the file's other services; "
                                                                       "imported as given, check it")
                                                  .arg(shown)
                                                  .arg(km, 0, 'f', 0)
                                            : ServiceImportSummary::tr("%1 is %2 km outside the city; imported as given, "
                                                                       "check it")
                                                  .arg(shown)
                                                  .arg(km, 0, 'f', 0)});
            }
        }
        if (where.isArea) {
            if (c.labelGiven && geo::contains(where.polygons, *c.labelGiven))
                where.point = geo::rounded(*c.labelGiven);
            else
                where.point = geo::rounded(geo::labelPoint(where.polygons));
            c.geometry = where.multi ? geo::toGeoJson(where.polygons) : geo::toGeoJson(where.polygons.constFirst());
        } else {
            where.point = geo::rounded(where.point);
        }
        ++i;
    }
}

// --- writing ----------------------------------------------------------------------------------

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

QString placeKey(const QString &name, double lat, double lon)
{
    return u"%1|%2|%3"_s.arg(CsvReader::foldAccents(name).simplified())
        .arg(qRound64(lat / kPlaceDegrees))
        .arg(qRound64(lon / kPlaceDegrees));
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bNull = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (aNull || bNull)
        return aNull && bNull;
    return a.toString() == b.toString();
}

/** Writes the candidates into the category; false (with *failure) when the store refused. */
class Writer
{
public:
    Writer(Database &db, const StoreContext &context, const ServiceImportOptions &options, ServiceImportSummary &summary,
           Oddities &odd)
        : m_db(db), m_context(context), m_options(options), m_summary(summary), m_odd(odd)
    {
    }

    QString failure;

    bool write(const QList<Candidate> &candidates, bool createCategory, qint64 at, const QString &actor, const QString &source)
    {
        if (createCategory) {
            QSqlQuery insert = m_db.prepare(u"INSERT INTO service_category (slug, name, builtin) VALUES (?, ?, 0)"_s);
            insert.addBindValue(m_options.category);
            const QString name = m_options.categoryName.trimmed();
            insert.addBindValue(name.isEmpty() ? m_options.category : name);
            if (!run(insert))
                return false;
        }
        if (!load())
            return false;
        const QString insertSql = u"INSERT INTO service_point (external_id, category, name, address, post_code, region_id,"
                                  " lat, lon, geometry, status, opening_hours, capacity, notes, updated_by, updated_at)"
                                  " VALUES "_s;
        const QString rowMarks = u"(?"_s + u", ?"_s.repeated(kInsertColumns - 1) + u")"_s;
        QSqlQuery insert = m_db.prepare(insertSql + rowMarks);
        QSqlQuery insertBatch = m_db.prepare(insertSql + QStringList(kInsertBatch, rowMarks).join(u", "_s));
        QList<QVariantList> pending; // rows waiting for a full batch
        pending.reserve(kInsertBatch);
        auto flush = [&](bool all) {
            if (pending.size() == kInsertBatch) {
                for (const QVariantList &row : std::as_const(pending)) {
                    for (const QVariant &value : row)
                        insertBatch.addBindValue(value);
                }
                if (!run(insertBatch))
                    return false;
                pending.clear();
            }
            if (all) {
                for (const QVariantList &row : std::as_const(pending)) {
                    for (const QVariant &value : row)
                        insert.addBindValue(value);
                    if (!run(insert))
                        return false;
                }
                pending.clear();
            }
            return true;
        };
        QSqlQuery update = m_db.prepare(u"UPDATE service_point SET external_id = ?, name = ?, address = ?, post_code = ?,"
                                        " region_id = ?, lat = ?, lon = ?, geometry = ?, status = ?, opening_hours = ?,"
                                        " capacity = ?, notes = ?, updated_by = ?, updated_at = ? WHERE id = ?"_s);
        QHash<qint64, int> matchedBy; // stored id → the row that matched it
        QHash<QString, int> seenKeys; // this file's external ids and places → row
        for (const Candidate &c : candidates) {
            const GeoPoint &p = c.location.point;
            const QString place = placeKey(c.name, p.lat, p.lon);
            const QString ownKey = c.externalId.isEmpty() ? u"p|"_s + place : u"e|"_s + c.externalId;
            if (const auto earlier = seenKeys.constFind(ownKey); earlier != seenKeys.cend()) {
                skip(m_summary, c.row, QString(),
                     c.externalId.isEmpty()
                         ? ServiceImportSummary::tr("the same service (same name and place) as %1, which was kept")
                               .arg(recordName(m_summary.format, *earlier))
                         : ServiceImportSummary::tr("the same external id “%1” as %2, which was kept")
                               .arg(c.externalId, recordName(m_summary.format, *earlier)));
                continue;
            }
            seenKeys.insert(ownKey, c.row);
            // A later record without an external id, of the same name at the same place, is this one.
            if (!c.externalId.isEmpty() && !seenKeys.contains(u"p|"_s + place))
                seenKeys.insert(u"p|"_s + place, c.row);

            int storedIndex = -1;
            if (!c.externalId.isEmpty())
                storedIndex = m_byExternal.value(c.externalId, -1);
            if (storedIndex < 0) {
                const int byPlace = m_byPlace.value(place, -1);
                if (byPlace >= 0 && (c.externalId.isEmpty() || m_stored[byPlace].externalId.toString().isEmpty()))
                    storedIndex = byPlace;
            }
            const StoredService *stored = storedIndex >= 0 ? &m_stored[storedIndex] : nullptr;
            if (stored) {
                if (const auto other = matchedBy.constFind(stored->id); other != matchedBy.cend()) {
                    skip(m_summary, c.row, QString(),
                         ServiceImportSummary::tr("matches the same stored service as %1, which was kept")
                             .arg(recordName(m_summary.format, *other)));
                    continue;
                }
                matchedBy.insert(stored->id, c.row);
            }

            // The post code given, else the polygon's; the smallest region around the point.
            const RegionShape *postcodeArea = containing(m_context.postcodes, p);
            const RegionShape *region = containing(m_context.regions, p);
            QVariant postCode;
            if (c.postCode) {
                postCode = *c.postCode;
                if (postcodeArea && postcodeArea->code.compare(*c.postCode, Qt::CaseInsensitive) != 0)
                    m_odd.postCodeDisagrees.append(c.row);
            } else if (postcodeArea) {
                postCode = postcodeArea->code;
            } else {
                postCode = stored ? stored->postCode : nullText();
            }
            auto keep = [&](const std::optional<QVariant> &given, QVariant StoredService::*member, const QVariant &fresh) {
                return given ? *given : stored ? stored->*member : fresh;
            };
            auto keepText = [&](const std::optional<QString> &given, QVariant StoredService::*member) {
                return keep(given ? std::optional<QVariant>(textOrNull(*given)) : std::nullopt, member, nullText());
            };
            const QVariantList values = {
                c.externalId.isEmpty() ? (stored ? stored->externalId : nullText()) : QVariant(c.externalId),
                c.name,
                keepText(c.address, &StoredService::address),
                postCode,
                region ? QVariant(region->id) : QVariant(QMetaType::fromType<qint64>()),
                p.lat,
                p.lon,
                textOrNull(c.geometry),
                keep(c.status ? std::optional<QVariant>(*c.status) : std::nullopt, &StoredService::status,
                     serviceStatusKey(ServiceStatus::Open)),
                keep(c.hours, &StoredService::hours, nullText()),
                keep(c.capacity, &StoredService::capacity, QVariant(QMetaType::fromType<int>())),
                keepText(c.notes, &StoredService::notes),
            };
            if (stored) {
                const QVariantList before = {stored->externalId, stored->name, stored->address, stored->postCode,
                                             stored->regionId, stored->lat, stored->lon, stored->geometry, stored->status,
                                             stored->hours, stored->capacity, stored->notes};
                bool same = true;
                for (qsizetype v = 0; v < values.size() && same; ++v) {
                    if (v == 5 || v == 6)
                        same = std::abs(before[v].toDouble() - values[v].toDouble()) < 1e-9;
                    else
                        same = sameValue(before[v], values[v]);
                }
                if (same) {
                    ++m_summary.unchanged;
                    continue;
                }
                for (const QVariant &value : values)
                    update.addBindValue(value);
                update.addBindValue(actor);
                update.addBindValue(at);
                update.addBindValue(stored->id);
                if (!run(update))
                    return false;
                ++m_summary.updated;
            } else {
                QVariantList row;
                row.reserve(kInsertColumns);
                row.append(values[0]);
                row.append(m_options.category);
                row.append(values.mid(1));
                row.append(actor);
                row.append(at);
                pending.append(row);
                if (!flush(false))
                    return false;
                ++m_summary.inserted;
            }
        }
        if (!flush(true))
            return false;

        const QJsonObject record{{u"category"_s, m_options.category},
                                 {u"file"_s, m_summary.fileName},
                                 {u"source"_s, source},
                                 {u"format"_s, m_summary.format},
                                 {u"inserted"_s, m_summary.inserted},
                                 {u"updated"_s, m_summary.updated},
                                 {u"unchanged"_s, m_summary.unchanged},
                                 {u"skipped"_s, m_summary.skipped}};
        QSqlQuery audit = m_db.prepare(u"INSERT INTO audit_log (at, actor, entity, entity_id, field, old_value, new_value)"
                                       " VALUES (?, ?, 'import', 0, 'service_point', NULL, ?)"_s);
        audit.addBindValue(at);
        audit.addBindValue(actor);
        audit.addBindValue(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
        if (!run(audit))
            return false;
        m_summary.auditId = audit.lastInsertId().toLongLong();
        return true;
    }

private:
    bool run(QSqlQuery &query)
    {
        if (Database::exec(query))
            return true;
        failure = query.lastError().text();
        return false;
    }

    bool load()
    {
        QSqlQuery q = m_db.prepare(u"SELECT id, external_id, name, address, post_code, region_id, lat, lon, geometry, status,"
                                   " opening_hours, capacity, notes FROM service_point WHERE category = ? ORDER BY id"_s);
        q.setForwardOnly(true);
        q.addBindValue(m_options.category);
        if (!run(q))
            return false;
        while (q.next()) {
            StoredService s;
            s.id = q.value(0).toLongLong();
            s.externalId = q.value(1);
            s.name = q.value(2);
            s.address = q.value(3);
            s.postCode = q.value(4);
            s.regionId = q.value(5);
            s.lat = q.value(6).toDouble();
            s.lon = q.value(7).toDouble();
            s.geometry = q.value(8);
            s.status = q.value(9);
            s.hours = q.value(10);
            s.capacity = q.value(11);
            s.notes = q.value(12);
            const int index = int(m_stored.size());
            const QString external = s.externalId.toString();
            if (!external.isEmpty() && !m_byExternal.contains(external))
                m_byExternal.insert(external, index);
            const QString place = placeKey(s.name.toString(), s.lat, s.lon);
            if (!m_byPlace.contains(place))
                m_byPlace.insert(place, index);
            m_stored.append(s);
        }
        return true;
    }

    Database &m_db;
    const StoreContext &m_context;
    const ServiceImportOptions &m_options;
    ServiceImportSummary &m_summary;
    Oddities &m_odd;
    QList<StoredService> m_stored;
    QHash<QString, int> m_byExternal;
    QHash<QString, int> m_byPlace;
};

void addNotes(const Oddities &odd, ServiceImportSummary &summary)
{
    if (!odd.postCodeDisagrees.isEmpty())
        summary.notes.append(ServiceImportSummary::tr("%n service(s) give a post code other than that of the post-code area "
                                                      "they lie in (%1); the post code given was kept.",
                                                      nullptr, int(odd.postCodeDisagrees.size()))
                                 .arg(recordsName(summary.format, odd.postCodeDisagrees)));
    if (odd.referenceFromFile && !summary.flagged.isEmpty())
        summary.notes.append(ServiceImportSummary::tr("The store has no city boundary yet; locations were checked against the "
                                                      "middle of the file's own services."));
    if (odd.mixedNgsi)
        summary.notes.append(ServiceImportSummary::tr("The file mixes keyValues and normalized entities; both were read."));
    QStringList types(odd.entityTypes.cbegin(), odd.entityTypes.cend());
    types.removeAll(u"PointOfInterest"_s);
    if (!types.isEmpty()) {
        types.sort();
        summary.notes.append(ServiceImportSummary::tr("Entities of type %1 were read as points of interest.")
                                 .arg(u"“"_s + types.mid(0, kListed).join(u"”, “"_s) + u"”"_s));
    }
    if (!summary.columnsIgnored.isEmpty())
        summary.notes.append(ServiceImportSummary::tr("Not imported: %1.")
                                 .arg(u"“"_s + summary.columnsIgnored.mid(0, kListed).join(u"”, “"_s) + u"”"_s
                                      + (summary.columnsIgnored.size() > kListed ? u" …"_s : QString())));
}

} // namespace

QStringList serviceImportFields()
{
    return QStringList(fieldKeys().cbegin(), fieldKeys().cend());
}

std::optional<QHash<QString, QString>> parseServiceColumnMapping(const QString &text, QString *error)
{
    QHash<QString, QString> mapping;
    const QString allowed = serviceImportFields().join(u", "_s);
    for (const QString &entry : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals < 0) {
            *error = ServiceImportSummary::tr("“%1” is not field=COLUMN (fields: %2).").arg(entry.trimmed(), allowed);
            return std::nullopt;
        }
        const QString field = entry.left(equals).trimmed();
        const QString column = entry.mid(equals + 1).trimmed();
        if (!serviceImportFields().contains(field)) {
            *error = ServiceImportSummary::tr("“%1” is not a field; the fields are %2.").arg(field, allowed);
            return std::nullopt;
        }
        if (column.isEmpty()) {
            *error = ServiceImportSummary::tr("the field %1 is mapped to no column.").arg(field);
            return std::nullopt;
        }
        if (mapping.contains(field)) {
            *error = ServiceImportSummary::tr("the field %1 is mapped twice.").arg(field);
            return std::nullopt;
        }
        mapping.insert(field, column);
    }
    if (mapping.isEmpty()) {
        *error = ServiceImportSummary::tr("the mapping is empty; write field=COLUMN,... (fields: %1).").arg(allowed);
        return std::nullopt;
    }
    return mapping;
}

ServiceImportSummary importServicesFile(Database &db, const QString &path, const ServiceImportOptions &options)
{
    QString error;
    const std::optional<QByteArray> data = ImportFile::read(path, &error);
    if (!data) {
        ServiceImportSummary summary;
        summary.fileName = QFileInfo(path).fileName();
        summary.category = options.category;
        summary.error = error;
        return summary;
    }
    return importServicesData(db, *data, QFileInfo(path).fileName(), options);
}

ServiceImportSummary importServicesData(Database &db, const QByteArray &data, const QString &fileName,
                                        const ServiceImportOptions &options)
{
    ServiceImportSummary summary;
    summary.fileName = fileName;
    summary.category = options.category;
    auto refused = [&](const QString &why) {
        ServiceImportSummary out;
        out.fileName = fileName;
        out.category = options.category;
        out.format = summary.format;
        out.error = why;
        return out;
    };
    if (const QString why = ServiceStore::slugError(options.category); !why.isEmpty())
        return refused(ServiceImportSummary::tr("The category “%1” cannot be used: %2.").arg(options.category, why));
    if (const QString why = ImportFile::refusalBeforeParsing(db, data, ServiceImportSummary::tr("GeoJSON, CSV or JSON"));
        !why.isEmpty())
        return refused(why);
    FieldResolver resolver;
    {
        QString why;
        if (!resolver.setMapping(options.columns, &why))
            return refused(why);
    }

    QList<Raw> records;
    Oddities odd;
    if (!readRecords(data, fileName, resolver, summary, records, odd))
        return refused(summary.error);
    if (summary.format != u"csv"_s) {
        if (const QStringList unused = resolver.unusedMappings(); !unused.isEmpty())
            return refused(ServiceImportSummary::tr("The column mapping names properties no record has: %1.")
                               .arg(unused.join(u", "_s)));
    }

    // Whether the category exists, and room for it when not, before anything is written.
    bool createCategory = false;
    {
        QSqlQuery q = db.prepare(u"SELECT (SELECT COUNT(*) FROM service_category WHERE slug = ?),"
                                 " (SELECT COUNT(*) FROM service_category)"_s);
        q.addBindValue(options.category);
        if (!Database::exec(q) || !q.next())
            return refused(ServiceImportSummary::tr("The store cannot be read: %1.").arg(q.lastError().text()));
        createCategory = q.value(0).toInt() == 0;
        if (createCategory && q.value(1).toInt() >= kMaxCategories)
            return refused(ServiceImportSummary::tr("The category “%1” cannot be created: the store has %2 categories already, "
                                                    "as many as the map can tell apart.")
                               .arg(options.category)
                               .arg(kMaxCategories));
    }

    QList<Candidate> candidates;
    candidates.reserve(records.size());
    HoursCache hours;
    for (const Raw &raw : std::as_const(records)) {
        if (std::optional<Candidate> candidate = interpret(raw, hours, summary))
            candidates.append(std::move(*candidate));
    }
    records.clear();
    const StoreContext context = loadContext(db);
    placeAll(candidates, context.city, summary, odd);

    const QString actor = options.actor.trimmed().isEmpty() ? u"import"_s : options.actor.trimmed();
    const QString source = options.source.isEmpty() ? fileName : options.source;
    const qint64 at = options.at.isValid() ? options.at.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
    Writer writer(db, context, options, summary, odd);
    const bool written = db.inTransaction([&] { return writer.write(candidates, createCategory, at, actor, source); });
    if (!written) {
        qCWarning(lcImport) << "service import of" << fileName << "rolled back:" << writer.failure;
        return refused(ServiceImportSummary::tr("Writing to the store failed (%1); nothing was imported.")
                           .arg(writer.failure.isEmpty() ? ServiceImportSummary::tr("the transaction could not be committed")
                                                         : writer.failure));
    }
    summary.categoryCreated = createCategory;
    addNotes(odd, summary);
    const auto byRow = [](const ServiceImportIssue &a, const ServiceImportIssue &b) { return a.row < b.row; };
    std::stable_sort(summary.issues.begin(), summary.issues.end(), byRow);
    std::stable_sort(summary.warnings.begin(), summary.warnings.end(), byRow);
    std::stable_sort(summary.flagged.begin(), summary.flagged.end(), byRow);
    summary.ok = true;
    qCInfo(lcImport).noquote() << "imported services from" << fileName << "into" << options.category << "-"
                               << summary.inserted << "new," << summary.updated << "updated," << summary.unchanged
                               << "unchanged," << summary.skipped << "skipped";
    return summary;
}

QString ServiceImportSummary::toText() const
{
    if (!ok)
        return tr("Refused %1: %2 Nothing was changed.").arg(fileName, error);
    QStringList lines;
    const QString how = delimiter.isEmpty() ? tr("%1, %2").arg(format, encoding)
                                            : tr("%1, %2, separator “%3”").arg(format, encoding, delimiter);
    lines.append(categoryCreated ? tr("Imported %1 into the new category “%2” (%3).").arg(fileName, category, how)
                                 : tr("Imported %1 into “%2” (%3).").arg(fileName, category, how));
    lines.append(tr("Rows read: %1. New: %2, updated: %3, unchanged: %4, skipped: %5.")
                     .arg(rowsRead)
                     .arg(inserted)
                     .arg(updated)
                     .arg(unchanged)
                     .arg(skipped));
    auto list = [&](const QString &title, const QList<ServiceImportIssue> &items) {
        if (items.isEmpty())
            return;
        lines.append(title);
        for (const ServiceImportIssue &issue : items) {
            const QString where = recordName(format, issue.row);
            lines.append(issue.field.isEmpty() ? tr("  %1: %2").arg(where, issue.reason)
                                               : tr("  %1, %2: %3").arg(where, issue.field, issue.reason));
        }
    };
    list(tr("Skipped:"), issues);
    list(tr("Imported with a value left out:"), warnings);
    list(tr("Imported, location to check:"), flagged);
    if (!notes.isEmpty()) {
        lines.append(tr("Notes:"));
        for (const QString &note : notes)
            lines.append(u"  - "_s + note);
    }
    return lines.join(u'\n');
}

} // namespace atalaya
