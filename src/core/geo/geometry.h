#pragma once

#include <QList>
#include <QString>

namespace atalaya {

/** A WGS 84 position in degrees. */
struct GeoPoint {
    double lat = 0.0;
    double lon = 0.0;
    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

/** A ring or a line as its vertices. Rings are kept open in memory (the first vertex is not
 *  repeated at the end); GeoJSON encoding closes them and decoding reopens them. */
using Ring = QList<GeoPoint>;

/** A polygon: one outer ring and any number of holes. */
struct Polygon {
    Ring outer;
    QList<Ring> holes;
    friend bool operator==(const Polygon &, const Polygon &) = default;
};

using MultiPolygon = QList<Polygon>;

/** An axis-aligned box in degrees; a default-constructed box is empty and extends to fit. */
struct GeoBox {
    double minLat = 0.0;
    double minLon = 0.0;
    double maxLat = 0.0;
    double maxLon = 0.0;
    bool valid = false;

    void extend(const GeoPoint &p);
    void extend(const GeoBox &other);
    bool contains(const GeoPoint &p) const;
    bool intersects(const GeoBox &other) const;
    GeoPoint center() const { return {(minLat + maxLat) / 2.0, (minLon + maxLon) / 2.0}; }
};

/** One GeoJSON geometry object of the types the store uses. */
struct Geometry {
    enum class Type { Point, LineString, Polygon, MultiPolygon };
    Type type = Type::Point;
    GeoPoint point;          // Point
    Ring line;               // LineString
    MultiPolygon polygons;   // Polygon (exactly one element) or MultiPolygon
    friend bool operator==(const Geometry &, const Geometry &) = default;

    static Geometry fromPoint(const GeoPoint &p);
    static Geometry fromLine(const Ring &line);
    static Geometry fromPolygon(const Polygon &polygon);
    static Geometry fromMultiPolygon(const MultiPolygon &polygons);
};

namespace geo {

/** Mean Earth radius (IUGG), the sphere every metric figure here is computed on. */
inline constexpr double kEarthRadiusMetres = 6371008.8;

GeoBox boundingBox(const Ring &ring);
GeoBox boundingBox(const Polygon &polygon);
GeoBox boundingBox(const MultiPolygon &polygons);
GeoBox boundingBox(const Geometry &geometry);

/** Even-odd point-in-polygon treating lon/lat as plane coordinates (fine at city scale, and
 *  exactly what a map draws); a point inside a hole is outside. Points exactly on an edge may
 *  fall either way. */
bool contains(const Ring &ring, const GeoPoint &p);
bool contains(const Polygon &polygon, const GeoPoint &p);
bool contains(const MultiPolygon &polygons, const GeoPoint &p);

/** Area on the sphere in km² (Chamberlain & Duquette 2007 spherical approximation, as used by
 *  d3 and Turf; error well under 0.1 % at city scale). Holes are subtracted; orientation and
 *  self-consistent winding do not matter for a ring's own area. */
double areaKm2(const Ring &ring);
double areaKm2(const Polygon &polygon);
double areaKm2(const MultiPolygon &polygons);

/** Area-weighted centroid, computed in a local equirectangular plane around the shape (city
 *  scale). For concave shapes it may lie outside: use labelPoint() to place labels. */
GeoPoint centroid(const Polygon &polygon);
GeoPoint centroid(const MultiPolygon &polygons);

/** A point guaranteed inside the shape and far from its edges (pole of inaccessibility, as
 *  Mapbox's polylabel), for district labels. For a multipolygon, inside its largest part.
 *  precisionMetres bounds how far from the true pole the answer may be. */
GeoPoint labelPoint(const Polygon &polygon, double precisionMetres = 5.0);
GeoPoint labelPoint(const MultiPolygon &polygons, double precisionMetres = 5.0);

/** Great-circle distance in metres (haversine). */
double distanceMetres(const GeoPoint &a, const GeoPoint &b);

/** Rounds to 6 decimals (about 0.1 m), the precision the store keeps. */
double roundCoordinate(double degrees);
GeoPoint rounded(const GeoPoint &p);
Ring rounded(const Ring &ring);
Polygon rounded(const Polygon &polygon);

/** Compact GeoJSON geometry text, [lon, lat] with at most 6 decimals and no trailing zeros,
 *  keys in the order type, coordinates: the same geometry always gives the same bytes. */
QString toGeoJson(const Geometry &geometry);
QString toGeoJson(const GeoPoint &point);
QString toGeoJson(const Polygon &polygon);
QString toGeoJson(const MultiPolygon &polygons);
QString lineToGeoJson(const Ring &line);

/** Parses a GeoJSON geometry object (Point, LineString, Polygon, MultiPolygon; a Feature is
 *  accepted for its geometry). On failure returns false and says what is wrong and where, e.g.
 *  "coordinates[0][3]: expected a [lon, lat] position, got a string". */
bool fromGeoJson(const QString &text, Geometry *geometry, QString *error = nullptr);

} // namespace geo

} // namespace atalaya
