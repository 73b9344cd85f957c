#include "regionimport.h"

#include "geo/geometry.h"
#include "io/csvreader.h"
#include "io/importfile.h"
#include "logging.h"
#include "store/database.h"

#include <QFileInfo>
#include <QHash>
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
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

// Properties recognised (names folded to lower case without accents, spaces or punctuation, so
// "Código", "CODIGO" and "cod_igo" read alike), the first present of each list being used:
//   code         code, codigo, cod, id, cve, cvegeo, ref, ... plus per level cod_distrito/cod_dis,
//                cod_barrio/cod_bar/cod_bairro, and for post codes cp/cep/zip/codigo_postal;
//                else the Feature's own "id" member
//   name         name, nombre, nome, nom, label, denominacion, ... plus per level
//                nombre_distrito/distrito (districts), barrio/bairro/freguesia (neighbourhoods)
//   level        level, nivel, tipo, region_level: district (distrito), neighbourhood (barrio,
//                bairro, freguesia, colonia), postcode (codigo_postal, cp, cep, zip)
//   parent       parent, parent_code, padre, pai, ...; for neighbourhoods and post codes also
//                distrito, district, cod_distrito: matched to a district (or the city) by code,
//                else by name
//   population   population, poblacion, populacao, habitantes, pop, inhabitants, ...
//   area_km2     area_km2, area, superficie, km2: used when it agrees with the polygon's own
//                area within a factor of ten (an area in m² or hectares does not), else computed
//   share_over_65  over65, share_over_65, mayores_65, idosos, pct_over_65, ...: a fraction; a
//                value above 1 (or written with %) is a percentage and is divided by 100
//   deprivation_index  deprivation, deprivation_index, indice_privacion, ivs, imd, ...: as given
// Geometry must be a Polygon or MultiPolygon in WGS 84 [lon, lat] (RFC 7946); a legacy "crs"
// member naming anything else (EPSG:25830 metres, say) refuses the file, since its coordinates
// would be read as degrees.

namespace atalaya {

namespace {

const QString kDistrict = u"district"_s;
const QString kNeighbourhood = u"neighbourhood"_s;
const QString kPostcode = u"postcode"_s;

enum Field { Code, Name, Level, Parent, Population, Area, Over65, Deprivation, FieldCount };

/** Normalised property names of a field for regions of a level, most specific first. */
QStringList propertyNames(Field field, const QString &level)
{
    switch (field) {
    case Code: {
        QStringList names;
        if (level == kDistrict)
            names = {u"districtcode"_s, u"codigodistrito"_s, u"coddistrito"_s, u"coddist"_s, u"coddis"_s,
                     u"codigodis"_s, u"cvedistrito"_s};
        else if (level == kNeighbourhood)
            names = {u"neighbourhoodcode"_s, u"neighborhoodcode"_s, u"codigobarrio"_s, u"codbarrio"_s, u"codbar"_s,
                     u"codigobairro"_s, u"codbairro"_s, u"codigofreguesia"_s, u"dicofre"_s};
        else if (level == kPostcode)
            names = CsvReader::synonyms(CsvReader::CommonColumn::PostCode);
        return names + QStringList{u"code"_s, u"codigo"_s, u"cod"_s, u"id"_s, u"cve"_s, u"cvegeo"_s, u"ref"_s,
                                   u"regioncode"_s, u"codigoregion"_s, u"codregion"_s, u"geocode"_s,
                                   u"codigoine"_s, u"codine"_s, u"inecode"_s};
    }
    case Name: {
        QStringList names = {u"name"_s, u"nombre"_s, u"nome"_s, u"nom"_s, u"label"_s, u"etiqueta"_s,
                             u"regionname"_s, u"nombreregion"_s, u"nomeregiao"_s, u"denominacion"_s,
                             u"denominacao"_s, u"designacao"_s, u"nomgeo"_s, u"title"_s, u"titulo"_s};
        if (level == kDistrict)
            names += {u"districtname"_s, u"nombredistrito"_s, u"nomedistrito"_s, u"nomdistrito"_s, u"nomdis"_s,
                      u"distrito"_s, u"district"_s};
        else if (level == kNeighbourhood)
            names += {u"neighbourhoodname"_s, u"neighborhoodname"_s, u"nombrebarrio"_s, u"nombarrio"_s,
                      u"nombar"_s, u"nomebairro"_s, u"barrio"_s, u"bairro"_s, u"neighbourhood"_s,
                      u"neighborhood"_s, u"freguesia"_s, u"colonia"_s};
        return names;
    }
    case Level:
        return {u"level"_s, u"nivel"_s, u"tipo"_s, u"regionlevel"_s, u"nivelregion"_s, u"tiporegion"_s};
    case Parent: {
        QStringList names = {u"parent"_s, u"parentcode"_s, u"parentid"_s, u"parentname"_s, u"codigopadre"_s,
                             u"codpadre"_s, u"padre"_s, u"pai"_s, u"codigopai"_s, u"regionpadre"_s};
        // A district's "distrito" is itself; a neighbourhood's or post code's is where it lies.
        if (level == kNeighbourhood || level == kPostcode)
            names += {u"districtcode"_s, u"codigodistrito"_s, u"coddistrito"_s, u"coddist"_s, u"coddis"_s,
                      u"distrito"_s, u"district"_s, u"districtname"_s, u"nombredistrito"_s, u"nomedistrito"_s,
                      u"nomdis"_s};
        return names;
    }
    case Population:
        return {u"population"_s, u"poblacion"_s, u"populacao"_s, u"habitantes"_s, u"pop"_s, u"inhabitants"_s,
                u"residents"_s, u"residentes"_s, u"poblaciontotal"_s, u"populacaototal"_s, u"totalpopulation"_s,
                u"pobtot"_s, u"pobtotal"_s, u"hab"_s};
    case Area:
        return {u"areakm2"_s, u"superficiekm2"_s, u"areasqkm"_s, u"km2"_s, u"areakm"_s, u"area"_s,
                u"superficie"_s};
    case Over65:
        return {u"shareover65"_s, u"over65"_s, u"mayores65"_s, u"mayoresde65"_s, u"idosos"_s, u"pctover65"_s,
                u"percentover65"_s, u"share65"_s, u"porcentajemayores65"_s, u"pctmayores65"_s,
                u"poblacionmayor65"_s, u"populacaoidosa"_s, u"percentagemidosos"_s, u"idosos65"_s};
    case Deprivation:
        return {u"deprivationindex"_s, u"deprivation"_s, u"indiceprivacion"_s, u"indicedeprivacion"_s,
                u"privacion"_s, u"ivs"_s, u"indicevulnerabilidad"_s, u"indicevulnerabilidadsocial"_s,
                u"vulnerabilidad"_s, u"indicevulnerabilidade"_s, u"indicedeprivacao"_s, u"privacao"_s, u"imd"_s,
                u"indicecarencia"_s};
    case FieldCount:
        break;
    }
    return {};
}

/** Every property name any field recognises at any level: the rest are reported as ignored. */
const QSet<QString> &knownProperties()
{
    static const QSet<QString> known = [] {
        QSet<QString> all;
        for (const QString &level : {kDistrict, kNeighbourhood, kPostcode}) {
            for (int field = 0; field < FieldCount; ++field) {
                const QStringList names = propertyNames(Field(field), level);
                all.unite(QSet<QString>(names.cbegin(), names.cend()));
            }
        }
        return all;
    }();
    return known;
}

/** The level a property value names, or an empty string. */
QString levelFromText(const QString &text)
{
    static const QSet<QString> districts = {u"district"_s, u"districts"_s, u"distrito"_s, u"distritos"_s,
                                            u"distritomunicipal"_s, u"municipaldistrict"_s};
    static const QSet<QString> neighbourhoods = {u"neighbourhood"_s, u"neighborhood"_s, u"neighbourhoods"_s,
                                                 u"neighborhoods"_s, u"barrio"_s, u"barrios"_s, u"bairro"_s,
                                                 u"bairros"_s, u"barri"_s, u"barris"_s, u"freguesia"_s,
                                                 u"colonia"_s, u"vecindario"_s, u"quartier"_s};
    static const QSet<QString> postcodes = {u"postcode"_s, u"postcodes"_s, u"postalcode"_s, u"codigopostal"_s,
                                            u"codpostal"_s, u"cp"_s, u"cep"_s, u"zip"_s, u"zipcode"_s};
    const QString key = CsvReader::normalizeHeader(text);
    if (districts.contains(key))
        return kDistrict;
    if (neighbourhoods.contains(key))
        return kNeighbourhood;
    if (postcodes.contains(key))
        return kPostcode;
    return {};
}

/** A JSON value as a person reads it in a message. */
QString shown(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

bool isBlank(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty());
}

/** Text of a code or name: strings trimmed, whole numbers without decimals; nullopt otherwise. */
std::optional<QString> valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    return std::nullopt;
}

/** A number given as JSON or as text ("12,5", "1.234,5"); *percent tells whether it ended in %. */
std::optional<double> valueNumber(const QJsonValue &value, bool *percent = nullptr)
{
    if (percent)
        *percent = false;
    if (value.isDouble())
        return std::isfinite(value.toDouble()) ? std::optional<double>(value.toDouble()) : std::nullopt;
    if (!value.isString())
        return std::nullopt;
    QString text = value.toString().trimmed();
    if (text.endsWith(u'%')) {
        text.chop(1);
        if (percent)
            *percent = true;
    }
    return CsvReader::parseNumber(text.trimmed());
}

/** One property as the file names it. */
struct Property {
    QString key;
    QJsonValue value;
};

/** A feature's properties by normalised name; the first of two names that fold alike wins. */
class Properties
{
public:
    explicit Properties(const QJsonObject &object)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = CsvReader::normalizeHeader(it.key());
            if (!m_byKey.contains(key))
                m_byKey.insert(key, {it.key(), it.value()});
        }
    }

    /** The first of the names present with a value (null and "" count as absent). */
    std::optional<Property> find(const QStringList &names) const
    {
        for (const QString &name : names) {
            const auto it = m_byKey.constFind(name);
            if (it != m_byKey.cend() && !isBlank(it->value))
                return *it;
        }
        return std::nullopt;
    }

private:
    QHash<QString, Property> m_byKey;
};

/** One feature that passed every check, ready to be written. */
struct Candidate {
    int feature = 0;
    QString level;
    QString code;
    QString name;
    QString parentText;
    std::optional<qint64> population;
    std::optional<double> area;
    std::optional<double> over65;
    std::optional<double> deprivation;
    MultiPolygon polygons;
    QString geometry; // GeoJSON text as stored
    GeoPoint label;
    GeoBox box;
    double computedArea = 0.0;
    // Oddities, counted into notes only for the features that are written.
    bool levelOverridden = false;
    bool sharePercent = false;
    QString areaReplaced;  // "code (given, drawn)" when the given area was not in km²
    QString areaDisagrees; // the same when it was kept although the polygon's differs
};

/** Reads a Polygon or MultiPolygon with messages a person can act on (translated, numbered from
 *  1 as a person counts rings and positions). */
class GeometryReader
{
public:
    QString reason;

    bool read(const QJsonValue &value, MultiPolygon *polygons, bool *multi)
    {
        if (isBlank(value))
            return fail(RegionImportSummary::tr("no geometry (a region needs a Polygon or MultiPolygon)"));
        if (!value.isObject())
            return fail(RegionImportSummary::tr("the geometry is not a GeoJSON object"));
        const QJsonObject object = value.toObject();
        const QString type = object.value(u"type"_s).toString();
        const QJsonValue coordinates = object.value(u"coordinates"_s);
        if (type == u"Polygon"_s) {
            *multi = false;
            Polygon polygon;
            if (!readPolygon(coordinates, QString(), &polygon))
                return false;
            *polygons = {polygon};
            return true;
        }
        if (type == u"MultiPolygon"_s) {
            *multi = true;
            if (!coordinates.isArray() || coordinates.toArray().isEmpty())
                return fail(RegionImportSummary::tr("the MultiPolygon's coordinates are not an array of polygons"));
            const QJsonArray parts = coordinates.toArray();
            polygons->clear();
            for (qsizetype i = 0; i < parts.size(); ++i) {
                Polygon polygon;
                if (!readPolygon(parts[i], RegionImportSummary::tr("polygon %1, ").arg(i + 1), &polygon))
                    return false;
                polygons->append(polygon);
            }
            return true;
        }
        if (type.isEmpty())
            return fail(RegionImportSummary::tr("the geometry has no type (a region needs a Polygon or MultiPolygon)"));
        return fail(RegionImportSummary::tr("a %1 is not an area; a region needs a Polygon or MultiPolygon").arg(type));
    }

private:
    bool fail(const QString &why)
    {
        reason = why;
        return false;
    }

    bool readPolygon(const QJsonValue &value, const QString &prefix, Polygon *polygon)
    {
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(RegionImportSummary::tr("%1the coordinates are not an array of rings").arg(prefix));
        const QJsonArray rings = value.toArray();
        polygon->holes.clear();
        for (qsizetype i = 0; i < rings.size(); ++i) {
            Ring ring;
            if (!readRing(rings[i], RegionImportSummary::tr("%1ring %2").arg(prefix).arg(i + 1), &ring))
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
        if (!value.isArray())
            return fail(RegionImportSummary::tr("%1 is not an array of positions").arg(where));
        const QJsonArray positions = value.toArray();
        for (qsizetype i = 0; i < positions.size(); ++i) {
            const QJsonArray pair = positions[i].toArray();
            if (!positions[i].isArray() || pair.size() < 2 || !pair[0].isDouble() || !pair[1].isDouble())
                return fail(RegionImportSummary::tr("%1, position %2: %3 is not a [longitude, latitude] pair")
                                .arg(where)
                                .arg(i + 1)
                                .arg(shown(positions[i])));
            const double lon = pair[0].toDouble();
            const double lat = pair[1].toDouble();
            const bool lonOk = std::isfinite(lon) && std::abs(lon) <= 180.0;
            const bool latOk = std::isfinite(lat) && std::abs(lat) <= 90.0;
            if (lonOk && !latOk && std::abs(lon) <= 90.0 && std::abs(lat) <= 180.0)
                return fail(RegionImportSummary::tr("%1, position %2: latitude %3 is outside -90..90; the positions look "
                                                    "like [latitude, longitude], GeoJSON wants [longitude, latitude]")
                                .arg(where)
                                .arg(i + 1)
                                .arg(lat));
            if (!lonOk || !latOk)
                return fail(RegionImportSummary::tr("%1, position %2: [%3, %4] is outside longitude -180..180, "
                                                    "latitude -90..90 (are the coordinates projected, in metres?)")
                                .arg(where)
                                .arg(i + 1)
                                .arg(lon)
                                .arg(lat));
            ring->append(GeoPoint{lat, lon});
        }
        if (ring->size() < 4)
            return fail(RegionImportSummary::tr("%1 has %n position(s); a closed ring needs at least 4", nullptr,
                                                int(ring->size()))
                            .arg(where));
        if (ring->first() != ring->last())
            return fail(RegionImportSummary::tr("%1 is not closed (its last position must repeat its first)").arg(where));
        ring->removeLast(); // rings are kept open in memory
        return true;
    }
};

/** What was noticed on the way, turned into notes at the end. */
struct Tallies {
    QStringList noPopulation;           // codes
    int percentShares = 0;
    QStringList areaOtherUnit;          // "code (given → computed)"
    QStringList areaDisagrees;          // "code (given / computed)"
    int levelOverridden = 0;
    QStringList parentsUnmatched;       // "“text” (feature n)"
    QStringList outsideDistricts;       // neighbourhood codes
    int parentsByLocation = 0;
};

/** A region the file's regions may hang from: the city and its districts, stored or imported. */
struct ParentRegion {
    qint64 id = 0;
    QString level;
    QString codeKey; // code upper-cased
    QString nameKey; // CsvReader::normalizeHeader(name)
    MultiPolygon polygons;
    GeoBox box;
};

/** A region already in the store, as far as an update compares it. */
struct StoredRegion {
    qint64 id = 0;
    QString name;
    QVariant parentId;
    qint64 population = 0;
    QVariant area;
    QVariant over65;
    QVariant deprivation;
    QString geometry;
};

QString regionKey(const QString &level, const QString &code)
{
    return level + u'|' + code.trimmed().toUpper();
}

QString codeList(const QStringList &codes)
{
    constexpr qsizetype kShown = 12;
    QString list = u"“"_s + codes.mid(0, kShown).join(u"”, “"_s) + u"”"_s;
    if (codes.size() > kShown)
        list += RegionImportSummary::tr(" and %n more", nullptr, int(codes.size() - kShown));
    return list;
}

void skipFeature(RegionImportSummary &summary, int feature, const QString &field, const QString &reason)
{
    ++summary.featuresSkipped;
    summary.issues.append({feature, field, reason});
}

/** The file's features as JSON objects; false (with summary.error) refuses the file. */
bool readDocument(const QByteArray &data, RegionImportSummary &summary, QList<QJsonValue> &features)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // RFC 7946 forbids the BOM, but editors on Windows add it
    const QByteArray start = bytes.left(256).trimmed();
    if (!start.startsWith('{') && !start.startsWith('[')) {
        summary.error = RegionImportSummary::tr("The file is not GeoJSON (it does not start with “{”). Convert it to a "
                                                "GeoJSON FeatureCollection first (for example with ogr2ogr -f GeoJSON).");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (document.isNull()) {
        summary.error = RegionImportSummary::tr("The file starts like GeoJSON but is not valid JSON: %1 at character %2.")
                            .arg(parseError.errorString())
                            .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        summary.error = RegionImportSummary::tr("The file is a JSON array, not a GeoJSON FeatureCollection or Feature.");
        return false;
    }
    const QJsonObject root = document.object();
    const QString type = root.value(u"type"_s).toString();
    if (type.isEmpty()) {
        summary.error = RegionImportSummary::tr("The file is JSON but not GeoJSON: it has no “type” member "
                                                "(FeatureCollection or Feature expected).");
        return false;
    }
    if (type == u"Polygon"_s || type == u"MultiPolygon"_s || type == u"GeometryCollection"_s || type == u"Point"_s
        || type == u"LineString"_s || type == u"MultiPoint"_s || type == u"MultiLineString"_s) {
        summary.error = RegionImportSummary::tr("The file is a bare %1 geometry, with no properties to give the region's "
                                                "code and name; wrap it in a Feature that has them.").arg(type);
        return false;
    }
    if (type != u"FeatureCollection"_s && type != u"Feature"_s) {
        summary.error = RegionImportSummary::tr("The file is JSON but not a GeoJSON FeatureCollection or Feature (its "
                                                "“type” is “%1”).").arg(type);
        return false;
    }
    // GeoJSON 2008 allowed other reference systems; their coordinates are not degrees.
    const QString crs = root.value(u"crs"_s).toObject().value(u"properties"_s).toObject().value(u"name"_s).toString();
    if (!crs.isEmpty() && !crs.contains(u"CRS84"_s, Qt::CaseInsensitive) && !crs.endsWith(u":4326"_s)
        && !crs.endsWith(u"::4326"_s)) {
        summary.error = RegionImportSummary::tr("The coordinates are in %1, not in WGS 84 longitude and latitude as "
                                                "GeoJSON (RFC 7946) requires; convert the file first (for example "
                                                "ogr2ogr -t_srs EPSG:4326).").arg(crs);
        return false;
    }
    if (type == u"Feature"_s) {
        features.append(root);
    } else {
        const QJsonValue list = root.value(u"features"_s);
        if (!list.isArray()) {
            summary.error = RegionImportSummary::tr("The FeatureCollection has no “features” array.");
            return false;
        }
        const QJsonArray array = list.toArray();
        features = QList<QJsonValue>(array.begin(), array.end());
    }
    if (features.isEmpty()) {
        summary.error = RegionImportSummary::tr("The file holds no features.");
        return false;
    }
    return true;
}

/** Checks one feature; nullopt when it was skipped (the issue is in the summary). */
std::optional<Candidate> readFeature(const QJsonValue &value, int number, const RegionImportOptions &options,
                                     RegionImportSummary &summary)
{
    const QJsonObject feature = value.toObject();
    if (!value.isObject() || feature.value(u"type"_s).toString() != u"Feature"_s) {
        skipFeature(summary, number, QString(), RegionImportSummary::tr("not a GeoJSON Feature"));
        return std::nullopt;
    }
    const Properties properties(feature.value(u"properties"_s).toObject());
    Candidate candidate;
    candidate.feature = number;

    const std::optional<Property> level = properties.find(propertyNames(Level, {}));
    if (!options.level.isEmpty()) {
        candidate.level = options.level;
        candidate.levelOverridden = level && levelFromText(shown(level->value)) != options.level;
    } else if (!level && !options.defaultLevel.isEmpty()) {
        candidate.level = options.defaultLevel;
    } else if (!level) {
        skipFeature(summary, number, u"level"_s,
                    RegionImportSummary::tr("no level (district, neighbourhood or post code) given"));
        return std::nullopt;
    } else {
        candidate.level = levelFromText(shown(level->value));
        if (candidate.level.isEmpty()) {
            skipFeature(summary, number, level->key,
                        RegionImportSummary::tr("“%1” is not a region level (district, neighbourhood or post code)")
                            .arg(shown(level->value)));
            return std::nullopt;
        }
    }

    std::optional<Property> code = properties.find(propertyNames(Code, candidate.level));
    if (!code && !isBlank(feature.value(u"id"_s)))
        code = Property{u"id"_s, feature.value(u"id"_s)};
    if (!code) {
        skipFeature(summary, number, u"code"_s, RegionImportSummary::tr("no code (such as “code”, “codigo” or “id”)"));
        return std::nullopt;
    }
    const std::optional<QString> codeText = valueText(code->value);
    if (!codeText) {
        skipFeature(summary, number, code->key, RegionImportSummary::tr("%1 is not a code").arg(shown(code->value)));
        return std::nullopt;
    }
    candidate.code = *codeText;

    const std::optional<Property> name = properties.find(propertyNames(Name, candidate.level));
    if (!name) {
        skipFeature(summary, number, u"name"_s, RegionImportSummary::tr("no name (such as “name”, “nombre” or “nome”)"));
        return std::nullopt;
    }
    const std::optional<QString> nameText = valueText(name->value);
    if (!nameText) {
        skipFeature(summary, number, name->key, RegionImportSummary::tr("%1 is not a name").arg(shown(name->value)));
        return std::nullopt;
    }
    candidate.name = *nameText;

    if (const std::optional<Property> parent = properties.find(propertyNames(Parent, candidate.level))) {
        if (const std::optional<QString> text = valueText(parent->value))
            candidate.parentText = *text;
    }

    if (const std::optional<Property> population = properties.find(propertyNames(Population, {}))) {
        std::optional<qint64> count;
        if (population->value.isDouble()) {
            const double number = population->value.toDouble();
            if (number == std::floor(number) && std::abs(number) < 1e15)
                count = qint64(number);
        } else if (population->value.isString()) {
            count = CsvReader::parseInteger(population->value.toString().trimmed());
        }
        if (!count || *count < 0) {
            skipFeature(summary, number, population->key,
                        RegionImportSummary::tr("“%1” is not a whole number of people").arg(shown(population->value)));
            return std::nullopt;
        }
        candidate.population = *count;
    }

    std::optional<Property> area = properties.find(propertyNames(Area, {}));
    if (area) {
        const std::optional<double> km2 = valueNumber(area->value);
        if (!km2 || *km2 <= 0.0) {
            skipFeature(summary, number, area->key,
                        RegionImportSummary::tr("“%1” is not an area (a number above 0)").arg(shown(area->value)));
            return std::nullopt;
        }
        candidate.area = *km2;
    }

    if (const std::optional<Property> over65 = properties.find(propertyNames(Over65, {}))) {
        bool percent = false;
        std::optional<double> share = valueNumber(over65->value, &percent);
        if (share && (percent || *share > 1.0) && *share <= 100.0) {
            *share /= 100.0;
            candidate.sharePercent = true;
        }
        if (!share || *share < 0.0 || *share > 1.0) {
            skipFeature(summary, number, over65->key,
                        RegionImportSummary::tr("“%1” is not a share of people (0 to 1, or a percentage)")
                            .arg(shown(over65->value)));
            return std::nullopt;
        }
        candidate.over65 = *share;
    }

    if (const std::optional<Property> deprivation = properties.find(propertyNames(Deprivation, {}))) {
        const std::optional<double> index = valueNumber(deprivation->value);
        if (!index) {
            skipFeature(summary, number, deprivation->key,
                        RegionImportSummary::tr("“%1” is not a number").arg(shown(deprivation->value)));
            return std::nullopt;
        }
        candidate.deprivation = *index;
    }

    GeometryReader reader;
    bool multi = false;
    if (!reader.read(feature.value(u"geometry"_s), &candidate.polygons, &multi)) {
        skipFeature(summary, number, u"geometry"_s, reader.reason);
        return std::nullopt;
    }
    for (Polygon &polygon : candidate.polygons)
        polygon = geo::rounded(polygon);
    candidate.computedArea = geo::areaKm2(candidate.polygons);
    if (!(candidate.computedArea > 1e-6)) { // under a square metre: a line or a point drawn as a ring
        skipFeature(summary, number, u"geometry"_s, RegionImportSummary::tr("the polygon encloses no area"));
        return std::nullopt;
    }
    candidate.geometry = multi ? geo::toGeoJson(candidate.polygons) : geo::toGeoJson(candidate.polygons.constFirst());
    candidate.label = geo::rounded(geo::labelPoint(candidate.polygons));
    candidate.box = geo::boundingBox(candidate.polygons);

    if (candidate.area) {
        // Files give areas in m² or hectares under the same names; a factor of ten tells them apart.
        const double ratio = *candidate.area / candidate.computedArea;
        const QString figures = RegionImportSummary::tr("%1 (%2 given, %3 km² drawn)")
                                    .arg(candidate.code)
                                    .arg(*candidate.area, 0, 'g', 6)
                                    .arg(candidate.computedArea, 0, 'f', 3);
        if (ratio > 10.0 || ratio < 0.1) {
            candidate.areaReplaced = figures;
            candidate.area.reset();
        } else if (ratio > 2.0 || ratio < 0.5) {
            candidate.areaDisagrees = figures;
        }
    }
    return candidate;
}

/** Skips features whose coordinates are plainly [lat, lon]: outside the city (the store's
 *  regions, else the middle of the file's) while the swapped position is inside it. A single
 *  feature into an empty store has nothing to be compared with and is taken as given. */
void skipSwapped(const Database &db, QList<Candidate> &candidates, RegionImportSummary &summary)
{
    GeoBox reference;
    double margin = 1.0; // degrees around the middle of the file: any city fits
    QSqlQuery query = db.prepare(u"SELECT MIN(min_lat), MIN(min_lon), MAX(max_lat), MAX(max_lon) FROM region"
                                 " WHERE max_lat > min_lat AND max_lon > min_lon"_s);
    if (Database::exec(query) && query.next() && !query.value(0).isNull()) {
        reference.extend(GeoPoint{query.value(0).toDouble(), query.value(1).toDouble()});
        reference.extend(GeoPoint{query.value(2).toDouble(), query.value(3).toDouble()});
        // A quarter of the city around it: a neighbouring municipality is no mistake.
        margin = std::max({0.05, (reference.maxLat - reference.minLat) / 4, (reference.maxLon - reference.minLon) / 4});
    } else if (candidates.size() >= 3) {
        QList<double> lats, lons;
        for (const Candidate &candidate : std::as_const(candidates)) {
            lats.append(candidate.box.center().lat);
            lons.append(candidate.box.center().lon);
        }
        std::nth_element(lats.begin(), lats.begin() + lats.size() / 2, lats.end());
        std::nth_element(lons.begin(), lons.begin() + lons.size() / 2, lons.end());
        reference.extend(GeoPoint{lats[lats.size() / 2], lons[lons.size() / 2]});
    } else {
        return;
    }
    GeoBox near = reference;
    near.extend(GeoPoint{reference.minLat - margin, reference.minLon - margin});
    near.extend(GeoPoint{reference.maxLat + margin, reference.maxLon + margin});
    for (qsizetype i = 0; i < candidates.size();) {
        const GeoPoint centre = candidates[i].box.center();
        const GeoPoint swapped{centre.lon, centre.lat};
        if (!near.contains(centre) && near.contains(swapped)) {
            skipFeature(summary, candidates[i].feature, u"geometry"_s,
                        RegionImportSummary::tr("the shape lies at latitude %1, longitude %2, far from the other regions, "
                                                "which it would join with latitude and longitude swapped: the positions "
                                                "look like [latitude, longitude], GeoJSON wants [longitude, latitude]")
                            .arg(centre.lat, 0, 'f', 4)
                            .arg(centre.lon, 0, 'f', 4));
            candidates.removeAt(i);
            continue;
        }
        ++i;
    }
}

/** Writes the regions and what they hang from. */
class Writer
{
public:
    Writer(Database &db, RegionImportSummary &summary, Tallies &tallies)
        : m_db(db)
        , m_summary(summary)
        , m_tallies(tallies)
    {
    }

    bool load()
    {
        QSqlQuery query = m_db.prepare(u"SELECT id, level, code, name, parent_id, population, area_km2, share_over_65,"
                                       " deprivation_index, geometry FROM region ORDER BY id"_s);
        if (!Database::exec(query))
            return false;
        while (query.next()) {
            const QString level = query.value(1).toString();
            const QString code = query.value(2).toString();
            StoredRegion region;
            region.id = query.value(0).toLongLong();
            region.name = query.value(3).toString();
            region.parentId = query.value(4);
            region.population = query.value(5).toLongLong();
            region.area = query.value(6);
            region.over65 = query.value(7);
            region.deprivation = query.value(8);
            region.geometry = query.value(9).toString();
            m_stored.insert(regionKey(level, code), region);
            if (level == u"city"_s || level == kDistrict) {
                Geometry geometry;
                MultiPolygon polygons;
                if (geo::fromGeoJson(region.geometry, &geometry) && !geometry.polygons.isEmpty())
                    polygons = geometry.polygons;
                setParent(region.id, level, code, region.name, polygons);
            }
        }
        return true;
    }

    bool write(const QList<Candidate> &candidates)
    {
        m_insert = m_db.prepare(u"INSERT INTO region (level, code, name, parent_id, population, area_km2, share_over_65,"
                                " deprivation_index, geometry, centroid_lat, centroid_lon, min_lat, min_lon, max_lat, max_lon)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        m_update = m_db.prepare(u"UPDATE region SET name = ?, parent_id = ?, population = ?, area_km2 = ?,"
                                " share_over_65 = ?, deprivation_index = ?, geometry = ?, centroid_lat = ?,"
                                " centroid_lon = ?, min_lat = ?, min_lon = ?, max_lat = ?, max_lon = ? WHERE id = ?"_s);
        // Districts first, so neighbourhoods of the same file can hang from them.
        for (const QString &level : {kDistrict, kNeighbourhood, kPostcode}) {
            for (const Candidate &candidate : candidates) {
                if (candidate.level == level && !writeOne(candidate))
                    return false;
            }
        }
        return true;
    }

    QString failure;

private:
    void setParent(qint64 id, const QString &level, const QString &code, const QString &name, const MultiPolygon &polygons)
    {
        ParentRegion parent{id, level, code.trimmed().toUpper(), CsvReader::normalizeHeader(name), polygons,
                            geo::boundingBox(polygons)};
        for (ParentRegion &known : m_parents) {
            if (known.id == id) {
                known = parent;
                return;
            }
        }
        m_parents.append(parent);
    }

    std::optional<qint64> parentByText(const QString &text, const QStringList &levels) const
    {
        const QString code = text.trimmed().toUpper();
        const QString name = CsvReader::normalizeHeader(text);
        for (const bool byCode : {true, false}) {
            for (const QString &level : levels) {
                for (const ParentRegion &parent : m_parents) {
                    if (parent.level == level && (byCode ? parent.codeKey == code : (!name.isEmpty() && parent.nameKey == name)))
                        return parent.id;
                }
            }
        }
        return std::nullopt;
    }

    std::optional<qint64> containingDistrict(const GeoPoint &point) const
    {
        for (const ParentRegion &parent : m_parents) {
            if (parent.level == kDistrict && parent.box.contains(point) && geo::contains(parent.polygons, point))
                return parent.id;
        }
        return std::nullopt;
    }

    std::optional<qint64> onlyCity() const
    {
        std::optional<qint64> city;
        for (const ParentRegion &parent : m_parents) {
            if (parent.level == u"city"_s) {
                if (city)
                    return std::nullopt;
                city = parent.id;
            }
        }
        return city;
    }

    /** parent_id for a candidate: named parent, else (neighbourhoods) the district around its
     *  label point, else the city when there is exactly one; nullopt = none found. */
    std::optional<qint64> parentFor(const Candidate &candidate)
    {
        const QStringList levels = candidate.level == kDistrict ? QStringList{u"city"_s}
            : candidate.level == kNeighbourhood                 ? QStringList{kDistrict}
                                                                : QStringList{kDistrict, u"city"_s};
        if (!candidate.parentText.isEmpty()) {
            if (const std::optional<qint64> named = parentByText(candidate.parentText, levels))
                return named;
            m_tallies.parentsUnmatched.append(RegionImportSummary::tr("“%1” (feature %2)").arg(candidate.parentText).arg(candidate.feature));
        }
        if (candidate.level == kNeighbourhood) {
            if (const std::optional<qint64> around = containingDistrict(candidate.label)) {
                ++m_tallies.parentsByLocation;
                return around;
            }
            m_tallies.outsideDistricts.append(candidate.code);
            return std::nullopt;
        }
        return onlyCity();
    }

    bool run(QSqlQuery &query)
    {
        if (Database::exec(query))
            return true;
        failure = query.lastError().text();
        return false;
    }

    static QVariant optionalValue(const std::optional<double> &value)
    {
        return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
    }

    static bool sameNumber(const QVariant &stored, const QVariant &next)
    {
        if (stored.isNull() || next.isNull())
            return stored.isNull() && next.isNull();
        return std::abs(stored.toDouble() - next.toDouble()) <= 1e-9 * std::max(1.0, std::abs(next.toDouble()));
    }

    bool writeOne(const Candidate &candidate)
    {
        const auto known = m_stored.constFind(regionKey(candidate.level, candidate.code));
        const bool exists = known != m_stored.cend();
        std::optional<qint64> parent = parentFor(candidate);
        QVariant parentId = parent ? QVariant(*parent) : QVariant(QMetaType::fromType<qint64>());
        if (!parent && exists)
            parentId = known->parentId; // nothing better found: what the store knew stands
        const qint64 population = candidate.population.value_or(exists ? known->population : 0);
        // The polygon's own area, to 100 m², unless the file gave one that fits it.
        const QVariant area = candidate.area ? QVariant(*candidate.area)
                                             : QVariant(std::round(candidate.computedArea * 1e4) / 1e4);
        const QVariant over65 = candidate.over65 ? QVariant(*candidate.over65)
            : exists                             ? known->over65
                                                 : optionalValue(std::nullopt);
        const QVariant deprivation = candidate.deprivation ? QVariant(*candidate.deprivation)
            : exists                                       ? known->deprivation
                                                           : optionalValue(std::nullopt);
        qint64 id = 0;
        if (exists) {
            id = known->id;
            const bool same = known->name == candidate.name && known->geometry == candidate.geometry
                && known->population == population && sameNumber(known->area, area) && sameNumber(known->over65, over65)
                && sameNumber(known->deprivation, deprivation)
                && (known->parentId.isNull() ? parentId.isNull() : (!parentId.isNull() && known->parentId.toLongLong() == parentId.toLongLong()));
            if (same) {
                ++m_summary.regionsUnchanged;
            } else {
                for (const QVariant &value : {QVariant(candidate.name), parentId, QVariant(population), area, over65, deprivation,
                                              QVariant(candidate.geometry), QVariant(candidate.label.lat),
                                              QVariant(candidate.label.lon), QVariant(candidate.box.minLat),
                                              QVariant(candidate.box.minLon), QVariant(candidate.box.maxLat),
                                              QVariant(candidate.box.maxLon), QVariant(id)})
                    m_update.addBindValue(value);
                if (!run(m_update))
                    return false;
                ++m_summary.regionsUpdated;
            }
        } else {
            for (const QVariant &value : {QVariant(candidate.level), QVariant(candidate.code), QVariant(candidate.name), parentId,
                                          QVariant(population), area, over65, deprivation, QVariant(candidate.geometry),
                                          QVariant(candidate.label.lat), QVariant(candidate.label.lon),
                                          QVariant(candidate.box.minLat), QVariant(candidate.box.minLon),
                                          QVariant(candidate.box.maxLat), QVariant(candidate.box.maxLon)})
                m_insert.addBindValue(value);
            if (!run(m_insert))
                return false;
            id = m_insert.lastInsertId().toLongLong();
            ++m_summary.regionsInserted;
        }
        if (candidate.level == kDistrict)
            setParent(id, kDistrict, candidate.code, candidate.name, candidate.polygons);
        return true;
    }

    Database &m_db;
    RegionImportSummary &m_summary;
    Tallies &m_tallies;
    QHash<QString, StoredRegion> m_stored; // by regionKey()
    QList<ParentRegion> m_parents;
    QSqlQuery m_insert;
    QSqlQuery m_update;
};

void addNotes(const Tallies &tallies, const RegionImportOptions &options, RegionImportSummary &summary)
{
    if (!tallies.noPopulation.isEmpty())
        summary.notes.append(RegionImportSummary::tr("%n region(s) gave no population (%1): new ones were stored with 0, "
                                                     "known ones kept theirs.", nullptr, int(tallies.noPopulation.size()))
                                 .arg(codeList(tallies.noPopulation)));
    if (tallies.percentShares > 0)
        summary.notes.append(RegionImportSummary::tr("%n share(s) of people over 65 were percentages and were stored as "
                                                     "fractions (21.5 as 0.215).", nullptr, tallies.percentShares));
    if (!tallies.areaOtherUnit.isEmpty())
        summary.notes.append(RegionImportSummary::tr("Areas that cannot be in km² (m² or hectares?) were replaced by the "
                                                     "polygon's own: %1.").arg(tallies.areaOtherUnit.join(u", "_s)));
    if (!tallies.areaDisagrees.isEmpty())
        summary.notes.append(RegionImportSummary::tr("Areas kept as given although the polygon's differs by more than half: "
                                                     "%1.").arg(tallies.areaDisagrees.join(u", "_s)));
    if (tallies.levelOverridden > 0)
        summary.notes.append(RegionImportSummary::tr("%n feature(s) named another level in their properties; all were read "
                                                     "as %1 as asked.", nullptr, tallies.levelOverridden)
                                 .arg(RegionImportSummary::levelName(options.level)));
    if (!tallies.parentsUnmatched.isEmpty())
        summary.notes.append(RegionImportSummary::tr("Parents that matched no region in the store or the file: %1.")
                                 .arg(tallies.parentsUnmatched.join(u", "_s)));
    if (tallies.parentsByLocation > 0)
        summary.notes.append(RegionImportSummary::tr("%n neighbourhood(s) were placed in the district that contains them.",
                                                     nullptr, tallies.parentsByLocation));
    if (!tallies.outsideDistricts.isEmpty())
        summary.notes.append(RegionImportSummary::tr("Neighbourhoods in no district of the store, kept without one: %1.")
                                 .arg(codeList(tallies.outsideDistricts)));
    if (!summary.propertiesIgnored.isEmpty())
        summary.notes.append(RegionImportSummary::tr("Properties not imported: %1.").arg(codeList(summary.propertiesIgnored)));
}

} // namespace

QStringList regionImportLevels()
{
    return {kDistrict, kNeighbourhood, kPostcode};
}

QString RegionImportSummary::levelName(const QString &level)
{
    if (level == kDistrict)
        return tr("district");
    if (level == kNeighbourhood)
        return tr("neighbourhood");
    if (level == kPostcode)
        return tr("post code");
    return level;
}

RegionImportSummary importRegionsFile(Database &db, const QString &path, const RegionImportOptions &options)
{
    QString error;
    const std::optional<QByteArray> data = ImportFile::read(path, &error);
    if (!data) {
        RegionImportSummary summary;
        summary.fileName = QFileInfo(path).fileName();
        summary.error = error;
        return summary;
    }
    return importRegionsData(db, *data, QFileInfo(path).fileName(), options);
}

RegionImportSummary importRegionsData(Database &db, const QByteArray &data, const QString &fileName,
                                      const RegionImportOptions &options)
{
    RegionImportSummary summary;
    summary.fileName = fileName;
    summary.error = ImportFile::refusalBeforeParsing(db, data, QStringLiteral("GeoJSON"));
    if (!summary.error.isEmpty())
        return summary;
    for (const QString &given : {options.level, options.defaultLevel}) {
        if (!given.isEmpty() && !regionImportLevels().contains(given)) {
            summary.error = RegionImportSummary::tr("“%1” is not a region level (district, neighbourhood or postcode).")
                                .arg(given);
            return summary;
        }
    }
    QList<QJsonValue> features;
    if (!readDocument(data, summary, features))
        return summary;

    if (options.level.isEmpty() && options.defaultLevel.isEmpty()) {
        // Guessing a whole file's level would file every region under the wrong kind.
        bool anyLevel = false;
        for (const QJsonValue &feature : std::as_const(features))
            anyLevel = anyLevel || Properties(feature.toObject().value(u"properties"_s).toObject()).find(propertyNames(Level, {}));
        if (!anyLevel) {
            summary.error = RegionImportSummary::tr("No feature says which level it is (a “level”, “nivel” or “tipo” "
                                                    "property); choose the level of the regions: district, "
                                                    "neighbourhood or postcode.");
            return summary;
        }
    }

    Tallies tallies;
    QList<Candidate> candidates;
    QSet<QString> ignoredSeen;
    for (qsizetype i = 0; i < features.size(); ++i) {
        ++summary.featuresRead;
        const QJsonObject properties = features[i].toObject().value(u"properties"_s).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            if (!knownProperties().contains(CsvReader::normalizeHeader(it.key())) && !ignoredSeen.contains(it.key())) {
                ignoredSeen.insert(it.key());
                summary.propertiesIgnored.append(it.key());
            }
        }
        if (std::optional<Candidate> candidate = readFeature(features[i], int(i + 1), options, summary))
            candidates.append(std::move(*candidate));
    }
    skipSwapped(db, candidates, summary);
    // The same region twice in one file: the first is kept, as the other importers do.
    QHash<QString, int> firstFeature;
    for (qsizetype i = 0; i < candidates.size();) {
        const QString key = regionKey(candidates[i].level, candidates[i].code);
        if (const auto first = firstFeature.constFind(key); first != firstFeature.cend()) {
            skipFeature(summary, candidates[i].feature, QString(),
                        RegionImportSummary::tr("the same %1 “%2” as feature %3, which was kept")
                            .arg(RegionImportSummary::levelName(candidates[i].level), candidates[i].code)
                            .arg(*first));
            candidates.removeAt(i);
            continue;
        }
        firstFeature.insert(key, candidates[i].feature);
        ++i;
    }
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (!candidate.population)
            tallies.noPopulation.append(candidate.code);
        tallies.percentShares += candidate.sharePercent ? 1 : 0;
        tallies.levelOverridden += candidate.levelOverridden ? 1 : 0;
        if (!candidate.areaReplaced.isEmpty())
            tallies.areaOtherUnit.append(candidate.areaReplaced);
        if (!candidate.areaDisagrees.isEmpty())
            tallies.areaDisagrees.append(candidate.areaDisagrees);
    }

    Writer writer(db, summary, tallies);
    const bool written = db.inTransaction([&] { return writer.load() && writer.write(candidates); });
    if (!written) {
        qCWarning(lcImport) << "region import of" << fileName << "rolled back:" << writer.failure;
        RegionImportSummary refused;
        refused.fileName = fileName;
        refused.error = RegionImportSummary::tr("Writing to the store failed (%1); nothing was imported.")
                            .arg(writer.failure.isEmpty() ? RegionImportSummary::tr("the transaction could not be committed")
                                                          : writer.failure);
        return refused;
    }
    addNotes(tallies, options, summary);
    std::stable_sort(summary.issues.begin(), summary.issues.end(),
                     [](const RegionImportIssue &a, const RegionImportIssue &b) { return a.feature < b.feature; });
    summary.ok = true;
    qCInfo(lcImport).noquote() << "imported regions from" << fileName << "-" << summary.regionsInserted << "new,"
                               << summary.regionsUpdated << "updated," << summary.featuresSkipped << "skipped";
    return summary;
}

QString RegionImportSummary::toText() const
{
    if (!ok)
        return tr("Refused %1: %2 Nothing was changed.").arg(fileName, error);
    QStringList lines;
    lines.append(tr("Imported %1 (GeoJSON).").arg(fileName));
    lines.append(tr("Features read: %1. Regions new: %2, updated: %3, unchanged: %4. Features skipped: %5.")
                     .arg(featuresRead)
                     .arg(regionsInserted)
                     .arg(regionsUpdated)
                     .arg(regionsUnchanged)
                     .arg(featuresSkipped));
    if (!issues.isEmpty()) {
        lines.append(tr("Skipped:"));
        for (const RegionImportIssue &issue : issues) {
            lines.append(issue.field.isEmpty() ? tr("  feature %1: %2").arg(issue.feature).arg(issue.reason)
                                               : tr("  feature %1, %2: %3").arg(QString::number(issue.feature), issue.field, issue.reason));
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
