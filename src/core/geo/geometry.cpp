#include "geometry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <queue>
#include <vector>

namespace atalaya {

void GeoBox::extend(const GeoPoint &p)
{
    if (!valid) {
        minLat = maxLat = p.lat;
        minLon = maxLon = p.lon;
        valid = true;
        return;
    }
    minLat = std::min(minLat, p.lat);
    maxLat = std::max(maxLat, p.lat);
    minLon = std::min(minLon, p.lon);
    maxLon = std::max(maxLon, p.lon);
}

void GeoBox::extend(const GeoBox &other)
{
    if (!other.valid)
        return;
    extend(GeoPoint{other.minLat, other.minLon});
    extend(GeoPoint{other.maxLat, other.maxLon});
}

bool GeoBox::contains(const GeoPoint &p) const
{
    return valid && p.lat >= minLat && p.lat <= maxLat && p.lon >= minLon && p.lon <= maxLon;
}

bool GeoBox::intersects(const GeoBox &other) const
{
    return valid && other.valid && other.minLat <= maxLat && other.maxLat >= minLat
        && other.minLon <= maxLon && other.maxLon >= minLon;
}

Geometry Geometry::fromPoint(const GeoPoint &p)
{
    Geometry g;
    g.type = Type::Point;
    g.point = p;
    return g;
}

Geometry Geometry::fromLine(const Ring &line)
{
    Geometry g;
    g.type = Type::LineString;
    g.line = line;
    return g;
}

Geometry Geometry::fromPolygon(const Polygon &polygon)
{
    Geometry g;
    g.type = Type::Polygon;
    g.polygons = {polygon};
    return g;
}

Geometry Geometry::fromMultiPolygon(const MultiPolygon &polygons)
{
    Geometry g;
    g.type = Type::MultiPolygon;
    g.polygons = polygons;
    return g;
}

namespace geo {

namespace {

constexpr double kDegToRad = std::numbers::pi / 180.0;

// A local plane in metres around a reference latitude: x east, y north. Equirectangular, so
// only good for shapes a few tens of kilometres across, which is all a city needs.
struct LocalPlane {
    double kx = 0.0;
    double ky = 0.0;
    explicit LocalPlane(double refLat)
        : kx(kEarthRadiusMetres * kDegToRad * std::cos(refLat * kDegToRad))
        , ky(kEarthRadiusMetres * kDegToRad)
    {
    }
    double x(const GeoPoint &p) const { return p.lon * kx; }
    double y(const GeoPoint &p) const { return p.lat * ky; }
    GeoPoint toGeo(double x, double y) const { return {y / ky, x / kx}; }
};

double ringSignedPlaneArea(const Ring &ring, const LocalPlane &plane, double *cx, double *cy)
{
    double a = 0.0, sx = 0.0, sy = 0.0;
    const qsizetype n = ring.size();
    for (qsizetype i = 0; i < n; ++i) {
        const GeoPoint &p = ring[i];
        const GeoPoint &q = ring[(i + 1) % n];
        const double x0 = plane.x(p), y0 = plane.y(p), x1 = plane.x(q), y1 = plane.y(q);
        const double c = x0 * y1 - x1 * y0;
        a += c;
        sx += (x0 + x1) * c;
        sy += (y0 + y1) * c;
    }
    if (cx)
        *cx = sx;
    if (cy)
        *cy = sy;
    return a / 2.0;
}

QString formatCoordinate(double v)
{
    QString s = QString::number(roundCoordinate(v), 'f', 6);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

void appendPosition(QString &out, const GeoPoint &p)
{
    out += QLatin1Char('[');
    out += formatCoordinate(p.lon);
    out += QLatin1Char(',');
    out += formatCoordinate(p.lat);
    out += QLatin1Char(']');
}

void appendPositions(QString &out, const Ring &points, bool close)
{
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        appendPosition(out, points[i]);
    }
    if (close && !points.isEmpty() && points.first() != points.last()) {
        out += QLatin1Char(',');
        appendPosition(out, points.first());
    }
    out += QLatin1Char(']');
}

void appendPolygonCoordinates(QString &out, const Polygon &polygon)
{
    out += QLatin1Char('[');
    appendPositions(out, polygon.outer, true);
    for (const Ring &hole : polygon.holes) {
        out += QLatin1Char(',');
        appendPositions(out, hole, true);
    }
    out += QLatin1Char(']');
}

// Signed distance from (x, y) to the polygon's boundary: positive inside.
double signedDistance(double x, double y, const std::vector<std::vector<std::pair<double, double>>> &rings)
{
    bool inside = false;
    double minSq = std::numeric_limits<double>::infinity();
    for (const auto &ring : rings) {
        const size_t n = ring.size();
        for (size_t i = 0, j = n - 1; i < n; j = i++) {
            const auto [ax, ay] = ring[i];
            const auto [bx, by] = ring[j];
            if ((ay > y) != (by > y) && x < (bx - ax) * (y - ay) / (by - ay) + ax)
                inside = !inside;
            double px = bx, py = by, dx = ax - bx, dy = ay - by;
            if (dx != 0.0 || dy != 0.0) {
                const double t = ((x - bx) * dx + (y - by) * dy) / (dx * dx + dy * dy);
                if (t > 1.0) {
                    px = ax;
                    py = ay;
                } else if (t > 0.0) {
                    px += dx * t;
                    py += dy * t;
                }
            }
            const double ex = x - px, ey = y - py;
            minSq = std::min(minSq, ex * ex + ey * ey);
        }
    }
    return (inside ? 1.0 : -1.0) * std::sqrt(minSq);
}

// Midpoint of the widest inside stretch of the horizontal line through the box's middle: a
// fallback when the pole search is handed a degenerate sliver.
bool scanlinePoint(const Polygon &polygon, GeoPoint *out)
{
    const GeoBox box = boundingBox(polygon);
    const double lat = (box.minLat + box.maxLat) / 2.0;
    std::vector<double> xs;
    auto collect = [&](const Ring &ring) {
        const qsizetype n = ring.size();
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const GeoPoint &a = ring[i];
            const GeoPoint &b = ring[j];
            if ((a.lat > lat) != (b.lat > lat))
                xs.push_back(a.lon + (lat - a.lat) * (b.lon - a.lon) / (b.lat - a.lat));
        }
    };
    collect(polygon.outer);
    for (const Ring &hole : polygon.holes)
        collect(hole);
    std::sort(xs.begin(), xs.end());
    double best = -1.0;
    for (size_t i = 0; i + 1 < xs.size(); i += 2) {
        if (xs[i + 1] - xs[i] > best) {
            best = xs[i + 1] - xs[i];
            *out = {lat, (xs[i] + xs[i + 1]) / 2.0};
        }
    }
    return best > 0.0;
}

// --- GeoJSON decoding ---------------------------------------------------------------------

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array of %1").arg(v.toArray().size());
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: return QStringLiteral("nothing");
    }
    return QStringLiteral("something else");
}

struct Decoder {
    QString error;

    bool fail(const QString &where, const QString &what)
    {
        error = where + QStringLiteral(": ") + what;
        return false;
    }

    bool position(const QJsonValue &v, const QString &where, GeoPoint *p)
    {
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() < 2 || !a[0].isDouble() || !a[1].isDouble())
            return fail(where, QStringLiteral("expected a [lon, lat] position, got %1").arg(describe(v)));
        const double lon = a[0].toDouble(), lat = a[1].toDouble();
        if (!std::isfinite(lon) || lon < -180.0 || lon > 180.0)
            return fail(where, QStringLiteral("longitude %1 is outside -180..180").arg(lon));
        if (!std::isfinite(lat) || lat < -90.0 || lat > 90.0)
            return fail(where, QStringLiteral("latitude %1 is outside -90..90 (is the position [lat, lon] instead of [lon, lat]?)").arg(lat));
        *p = {lat, lon};
        return true;
    }

    bool positions(const QJsonValue &v, const QString &where, Ring *out, int minimum)
    {
        if (!v.isArray())
            return fail(where, QStringLiteral("expected an array of positions, got %1").arg(describe(v)));
        const QJsonArray a = v.toArray();
        out->clear();
        out->reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            GeoPoint p;
            if (!position(a[i], QStringLiteral("%1[%2]").arg(where).arg(i), &p))
                return false;
            out->append(p);
        }
        if (out->size() < minimum)
            return fail(where, QStringLiteral("expected at least %1 positions, got %2").arg(minimum).arg(out->size()));
        return true;
    }

    bool ring(const QJsonValue &v, const QString &where, Ring *out)
    {
        if (!positions(v, where, out, 4))
            return false;
        if (out->first() != out->last())
            return fail(where, QStringLiteral("ring is not closed (its last position must repeat its first)"));
        out->removeLast();
        return true;
    }

    bool polygon(const QJsonValue &v, const QString &where, Polygon *out)
    {
        if (!v.isArray() || v.toArray().isEmpty())
            return fail(where, QStringLiteral("expected an array of linear rings, got %1").arg(describe(v)));
        const QJsonArray rings = v.toArray();
        if (!ring(rings[0], where + QStringLiteral("[0]"), &out->outer))
            return false;
        out->holes.clear();
        for (qsizetype i = 1; i < rings.size(); ++i) {
            Ring hole;
            if (!ring(rings[i], QStringLiteral("%1[%2]").arg(where).arg(i), &hole))
                return false;
            out->holes.append(hole);
        }
        return true;
    }

    bool geometry(const QJsonObject &o, const QString &where, Geometry *out)
    {
        const QJsonValue typeValue = o.value(QLatin1String("type"));
        if (!typeValue.isString())
            return fail(where, QStringLiteral("member \"type\" must be a string, got %1").arg(describe(typeValue)));
        const QString type = typeValue.toString();
        if (type == QLatin1String("Feature")) {
            const QJsonValue g = o.value(QLatin1String("geometry"));
            if (!g.isObject())
                return fail(where + QStringLiteral(".geometry"), QStringLiteral("expected a geometry object, got %1").arg(describe(g)));
            return geometry(g.toObject(), where + QStringLiteral(".geometry"), out);
        }
        const QJsonValue coords = o.value(QLatin1String("coordinates"));
        const QString at = where + QStringLiteral(".coordinates");
        if (coords.isUndefined())
            return fail(where, QStringLiteral("%1 has no \"coordinates\" member").arg(type));
        *out = Geometry();
        if (type == QLatin1String("Point")) {
            out->type = Geometry::Type::Point;
            return position(coords, at, &out->point);
        }
        if (type == QLatin1String("LineString")) {
            out->type = Geometry::Type::LineString;
            return positions(coords, at, &out->line, 2);
        }
        if (type == QLatin1String("Polygon")) {
            out->type = Geometry::Type::Polygon;
            Polygon p;
            if (!polygon(coords, at, &p))
                return false;
            out->polygons = {p};
            return true;
        }
        if (type == QLatin1String("MultiPolygon")) {
            out->type = Geometry::Type::MultiPolygon;
            if (!coords.isArray())
                return fail(at, QStringLiteral("expected an array of polygons, got %1").arg(describe(coords)));
            const QJsonArray polys = coords.toArray();
            for (qsizetype i = 0; i < polys.size(); ++i) {
                Polygon p;
                if (!polygon(polys[i], QStringLiteral("%1[%2]").arg(at).arg(i), &p))
                    return false;
                out->polygons.append(p);
            }
            return true;
        }
        return fail(where, QStringLiteral("unsupported geometry type \"%1\" (expected Point, LineString, Polygon or MultiPolygon)").arg(type));
    }
};

} // namespace

GeoBox boundingBox(const Ring &ring)
{
    GeoBox box;
    for (const GeoPoint &p : ring)
        box.extend(p);
    return box;
}

GeoBox boundingBox(const Polygon &polygon)
{
    return boundingBox(polygon.outer); // holes lie inside the outer ring
}

GeoBox boundingBox(const MultiPolygon &polygons)
{
    GeoBox box;
    for (const Polygon &p : polygons)
        box.extend(boundingBox(p));
    return box;
}

GeoBox boundingBox(const Geometry &geometry)
{
    switch (geometry.type) {
    case Geometry::Type::Point: {
        GeoBox box;
        box.extend(geometry.point);
        return box;
    }
    case Geometry::Type::LineString: return boundingBox(geometry.line);
    case Geometry::Type::Polygon:
    case Geometry::Type::MultiPolygon: return boundingBox(geometry.polygons);
    }
    return {};
}

bool contains(const Ring &ring, const GeoPoint &p)
{
    bool inside = false;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const GeoPoint &a = ring[i];
        const GeoPoint &b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat)
            && p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}

bool contains(const Polygon &polygon, const GeoPoint &p)
{
    if (!contains(polygon.outer, p))
        return false;
    for (const Ring &hole : polygon.holes) {
        if (contains(hole, p))
            return false;
    }
    return true;
}

bool contains(const MultiPolygon &polygons, const GeoPoint &p)
{
    for (const Polygon &polygon : polygons) {
        if (contains(polygon, p))
            return true;
    }
    return false;
}

double areaKm2(const Ring &ring)
{
    // Chamberlain & Duquette: A = R²/2 · Σ (λ₂ − λ₁)(2 + sin φ₁ + sin φ₂).
    const qsizetype n = ring.size();
    if (n < 3)
        return 0.0;
    double sum = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        const GeoPoint &a = ring[i];
        const GeoPoint &b = ring[(i + 1) % n];
        sum += (b.lon - a.lon) * kDegToRad * (2.0 + std::sin(a.lat * kDegToRad) + std::sin(b.lat * kDegToRad));
    }
    return std::abs(sum * kEarthRadiusMetres * kEarthRadiusMetres / 2.0) / 1.0e6;
}

double areaKm2(const Polygon &polygon)
{
    double a = areaKm2(polygon.outer);
    for (const Ring &hole : polygon.holes)
        a -= areaKm2(hole);
    return std::max(0.0, a);
}

double areaKm2(const MultiPolygon &polygons)
{
    double a = 0.0;
    for (const Polygon &p : polygons)
        a += areaKm2(p);
    return a;
}

GeoPoint centroid(const MultiPolygon &polygons)
{
    const GeoBox box = boundingBox(polygons);
    if (!box.valid)
        return {};
    const LocalPlane plane(box.center().lat);
    double area = 0.0, sx = 0.0, sy = 0.0;
    auto add = [&](const Ring &ring, double sign) {
        double cx = 0.0, cy = 0.0;
        const double a = ringSignedPlaneArea(ring, plane, &cx, &cy);
        // Normalise orientation so that outer rings add and holes subtract whatever their winding.
        const double s = (a < 0.0 ? -1.0 : 1.0) * sign;
        area += s * a;
        sx += s * cx;
        sy += s * cy;
    };
    for (const Polygon &p : polygons) {
        add(p.outer, 1.0);
        for (const Ring &hole : p.holes)
            add(hole, -1.0);
    }
    if (std::abs(area) < 1e-9) {
        // Degenerate (a line or a point): the mean of the vertices is the best we can say.
        double lat = 0.0, lon = 0.0;
        qsizetype n = 0;
        for (const Polygon &p : polygons) {
            for (const GeoPoint &q : p.outer) {
                lat += q.lat;
                lon += q.lon;
                ++n;
            }
        }
        return n ? GeoPoint{lat / double(n), lon / double(n)} : GeoPoint{};
    }
    return plane.toGeo(sx / (6.0 * area), sy / (6.0 * area));
}

GeoPoint centroid(const Polygon &polygon)
{
    return centroid(MultiPolygon{polygon});
}

GeoPoint labelPoint(const Polygon &polygon, double precisionMetres)
{
    const GeoBox box = boundingBox(polygon);
    if (!box.valid)
        return {};
    const LocalPlane plane(box.center().lat);
    std::vector<std::vector<std::pair<double, double>>> rings;
    auto addRing = [&](const Ring &ring) {
        std::vector<std::pair<double, double>> r;
        r.reserve(size_t(ring.size()));
        for (const GeoPoint &p : ring)
            r.emplace_back(plane.x(p), plane.y(p));
        if (!r.empty())
            rings.push_back(std::move(r));
    };
    addRing(polygon.outer);
    for (const Ring &hole : polygon.holes)
        addRing(hole);
    if (rings.empty())
        return {};

    const double minX = plane.x({box.minLat, box.minLon}), minY = plane.y({box.minLat, box.minLon});
    const double maxX = plane.x({box.maxLat, box.maxLon}), maxY = plane.y({box.maxLat, box.maxLon});
    const double width = maxX - minX, height = maxY - minY;
    const double cellSize = std::min(width, height);
    if (cellSize <= 0.0)
        return box.center();

    struct Cell {
        double x, y, h, d, max;
    };
    auto makeCell = [&](double x, double y, double h) {
        const double d = signedDistance(x, y, rings);
        return Cell{x, y, h, d, d + h * std::numbers::sqrt2};
    };
    auto byMax = [](const Cell &a, const Cell &b) { return a.max < b.max; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(byMax)> queue(byMax);

    const double h = cellSize / 2.0;
    for (double x = minX; x < maxX; x += cellSize) {
        for (double y = minY; y < maxY; y += cellSize)
            queue.push(makeCell(x + h, y + h, h));
    }
    const GeoPoint c = centroid(polygon);
    Cell best = makeCell(plane.x(c), plane.y(c), 0.0);
    const Cell boxCell = makeCell(minX + width / 2.0, minY + height / 2.0, 0.0);
    if (boxCell.d > best.d)
        best = boxCell;

    // Bounded so that a pathological ring cannot stall the caller.
    for (int iterations = 0; !queue.empty() && iterations < 100000; ++iterations) {
        const Cell cell = queue.top();
        queue.pop();
        if (cell.d > best.d)
            best = cell;
        if (cell.max - best.d <= precisionMetres)
            continue;
        const double hh = cell.h / 2.0;
        queue.push(makeCell(cell.x - hh, cell.y - hh, hh));
        queue.push(makeCell(cell.x + hh, cell.y - hh, hh));
        queue.push(makeCell(cell.x - hh, cell.y + hh, hh));
        queue.push(makeCell(cell.x + hh, cell.y + hh, hh));
    }

    const GeoPoint result = plane.toGeo(best.x, best.y);
    if (best.d > 0.0 && contains(polygon, result))
        return result;
    GeoPoint fallback;
    if (scanlinePoint(polygon, &fallback))
        return fallback;
    return result;
}

GeoPoint labelPoint(const MultiPolygon &polygons, double precisionMetres)
{
    qsizetype largest = -1;
    double largestArea = -1.0;
    for (qsizetype i = 0; i < polygons.size(); ++i) {
        const double a = areaKm2(polygons[i]);
        if (a > largestArea) {
            largestArea = a;
            largest = i;
        }
    }
    return largest < 0 ? GeoPoint{} : labelPoint(polygons[largest], precisionMetres);
}

double distanceMetres(const GeoPoint &a, const GeoPoint &b)
{
    const double dLat = (b.lat - a.lat) * kDegToRad;
    const double dLon = (b.lon - a.lon) * kDegToRad;
    const double s = std::sin(dLat / 2.0);
    const double t = std::sin(dLon / 2.0);
    const double h = s * s + std::cos(a.lat * kDegToRad) * std::cos(b.lat * kDegToRad) * t * t;
    return 2.0 * kEarthRadiusMetres * std::asin(std::min(1.0, std::sqrt(h)));
}

double roundCoordinate(double degrees)
{
    const double r = std::round(degrees * 1.0e6) / 1.0e6;
    return r == 0.0 ? 0.0 : r; // no negative zero
}

GeoPoint rounded(const GeoPoint &p)
{
    return {roundCoordinate(p.lat), roundCoordinate(p.lon)};
}

Ring rounded(const Ring &ring)
{
    Ring out;
    out.reserve(ring.size());
    for (const GeoPoint &p : ring) {
        const GeoPoint q = rounded(p);
        if (out.isEmpty() || out.last() != q) // rounding can merge neighbours
            out.append(q);
    }
    if (out.size() > 1 && out.first() == out.last())
        out.removeLast();
    return out;
}

Polygon rounded(const Polygon &polygon)
{
    Polygon out;
    out.outer = rounded(polygon.outer);
    for (const Ring &hole : polygon.holes)
        out.holes.append(rounded(hole));
    return out;
}

QString toGeoJson(const Geometry &geometry)
{
    QString out;
    switch (geometry.type) {
    case Geometry::Type::Point:
        out = QStringLiteral("{\"type\":\"Point\",\"coordinates\":");
        appendPosition(out, geometry.point);
        break;
    case Geometry::Type::LineString:
        out = QStringLiteral("{\"type\":\"LineString\",\"coordinates\":");
        appendPositions(out, geometry.line, false);
        break;
    case Geometry::Type::Polygon:
        out = QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":");
        appendPolygonCoordinates(out, geometry.polygons.value(0));
        break;
    case Geometry::Type::MultiPolygon:
        out = QStringLiteral("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (qsizetype i = 0; i < geometry.polygons.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            appendPolygonCoordinates(out, geometry.polygons[i]);
        }
        out += QLatin1Char(']');
        break;
    }
    out += QLatin1Char('}');
    return out;
}

QString toGeoJson(const GeoPoint &point)
{
    return toGeoJson(Geometry::fromPoint(point));
}

QString toGeoJson(const Polygon &polygon)
{
    return toGeoJson(Geometry::fromPolygon(polygon));
}

QString toGeoJson(const MultiPolygon &polygons)
{
    return toGeoJson(Geometry::fromMultiPolygon(polygons));
}

QString lineToGeoJson(const Ring &line)
{
    return toGeoJson(Geometry::fromLine(line));
}

bool fromGeoJson(const QString &text, Geometry *geometry, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("GeoJSON is not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("GeoJSON: expected a geometry object, got an array");
        return false;
    }
    Decoder decoder;
    Geometry result;
    if (!decoder.geometry(doc.object(), QStringLiteral("geometry"), &result)) {
        if (error)
            *error = QStringLiteral("GeoJSON ") + decoder.error;
        return false;
    }
    if (geometry)
        *geometry = result;
    return true;
}

} // namespace geo

} // namespace atalaya
