#include "democity.h"

#include "alerts/alertevaluator.h"
#include "alerts/demorules.h"

#include "geo/geometry.h"
#include "logging.h"
#include "occupancyshape.h"
#include "random.h"
#include "store/database.h"
#include "store/rowbatch.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <numbers>
#include <optional>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace atalaya {

namespace {

// The demo city keeps its clocks in UTC: every "local" hour below (rush hours, beach
// afternoons, 08:00 bed reports, calendar days) is a UTC hour, and meta time_zone says 'UTC'.
// That keeps the output independent of the machine's time zone database.

constexpr double kPi = std::numbers::pi;

// The city frame: u runs south to north (0..1), v from the coastline (v = 0) inland (v = 1 is
// the city's eastern edge). Neighbourhoods are the cells of a 10 x 4 grid in (u, v), districts
// 2 x 2 blocks of them. Every boundary is drawn through the same integer "fine grid" vertices,
// so shared edges are bit-identical and the regions tile without gaps or overlaps.
constexpr int kCellsU = 10;
constexpr int kCellsV = 4;
constexpr int kBlock = 2;
constexpr int kSeg = 6; // fine-grid steps per cell side: smooth, curved boundaries
constexpr int kFineU = kCellsU * kSeg;
constexpr int kFineV = kCellsV * kSeg;
constexpr int kNeighbourhoods = kCellsU * kCellsV;

constexpr int kHistoryDays = 730; // epidemic and bed reports: two years ending on the anchor's day
constexpr int kOccupancyDays = 90;
constexpr qint64 kSlotSeconds = 600;
constexpr qint64 kDaySeconds = 86400;
constexpr qint64 kTargetPopulation = 600000;
constexpr double kRiverCentreU = 0.47; // where the river meets the sea: the old port

double coastLon(double u)
{
    return -9.405 + 0.0045 * std::sin(2.0 * kPi * 1.1 * u + 0.4) + 0.0022 * std::sin(2.0 * kPi * 2.9 * u + 2.0)
        + 0.010 * (u - 0.5) * (u - 0.5);
}

// Smooth and monotone in both u and v (its Jacobian stays positive over the land polygon's
// range, u in -0.6..1.6 and v in 0..3), so cells never fold over each other.
GeoPoint framePoint(double u, double v)
{
    const double s = std::sin(kPi * v);
    const double lat = 38.955 + 0.09 * u + 0.004 * s * std::sin(2.0 * kPi * 0.8 * u + 0.3);
    const double width = 0.085 + 0.012 * std::sin(kPi * std::clamp(u, 0.0, 1.0));
    const double lon = coastLon(u) + v * width + 0.003 * s * std::sin(2.0 * kPi * 1.3 * u + 1.1);
    return geo::rounded(GeoPoint{lat, lon});
}

GeoPoint finePoint(int iu, int iv)
{
    return framePoint(double(iu) / kFineU, double(iv) / kFineV);
}

// A counter-clockwise ring around the index rectangle [i0, i1] x [j0, j1] of a point function.
Ring indexRing(int i0, int i1, int j0, int j1, const std::function<GeoPoint(int, int)> &at)
{
    Ring ring;
    for (int j = j0; j <= j1; ++j) // south edge, west to east
        ring.append(at(i0, j));
    for (int i = i0 + 1; i <= i1; ++i) // east edge, south to north
        ring.append(at(i, j1));
    for (int j = j1 - 1; j >= j0; --j) // north edge, east to west
        ring.append(at(i1, j));
    for (int i = i1 - 1; i > i0; --i) // west edge, north to south
        ring.append(at(i, j0));
    return geo::rounded(ring);
}

Ring cellsRing(int iu0, int iu1, int iv0, int iv1)
{
    return indexRing(iu0, iu1, iv0, iv1, finePoint);
}

// Metres east/north of a reference point: equirectangular, fine over a city.
struct Metres {
    GeoPoint origin;
    double kx, ky;
    explicit Metres(GeoPoint o)
        : origin(o)
        , kx(geo::kEarthRadiusMetres * kPi / 180.0 * std::cos(o.lat * kPi / 180.0))
        , ky(geo::kEarthRadiusMetres * kPi / 180.0)
    {
    }
    GeoPoint offset(double east, double north) const { return {origin.lat + north / ky, origin.lon + east / kx}; }
};

// --- names ------------------------------------------------------------------------------------

const QStringList &districtNames()
{
    static const QStringList names = {
        u"Ribera del Sereno"_s, u"San Telmo"_s, u"Los Molinos"_s, u"Valdeflores"_s, u"Alto de la Vega"_s,
        u"Santa Marta"_s, u"Las Dunas"_s, u"El Castro"_s, u"Monteverde"_s, u"La Atalaya"_s, u"Puerto Nuevo"_s,
    };
    return names;
}

const QStringList &neighbourhoodNames()
{
    static const QStringList names = {
        u"Casco Viejo"_s, u"La Marina"_s, u"San Roque"_s, u"El Arenal"_s, u"Los Pescadores"_s, u"Santa Lucía"_s,
        u"La Alameda"_s, u"El Carmen"_s, u"San Julián"_s, u"Las Huertas"_s, u"El Pinar"_s, u"La Magdalena"_s,
        u"Santiago"_s, u"Los Olivos"_s, u"El Rosal"_s, u"San Lorenzo"_s, u"La Caleta"_s, u"Miramar"_s,
        u"Buenavista"_s, u"La Estación"_s, u"El Ensanche"_s, u"Los Almendros"_s, u"Vista Alegre"_s, u"San Antón"_s,
        u"La Fuente"_s, u"El Prado"_s, u"Las Acacias"_s, u"La Florida"_s, u"El Mirador"_s, u"San Francisco"_s,
        u"Los Naranjos"_s, u"La Concepción"_s, u"Barrio Alto"_s, u"Las Salinas"_s, u"La Rosaleda"_s, u"El Faro"_s,
        u"San Blas"_s, u"Los Remedios"_s, u"La Trinidad"_s, u"El Molino"_s, u"Santa Clara"_s, u"Las Palmeras"_s,
        u"Campo de Marte"_s, u"A Corredoira"_s, u"Os Castros"_s, u"San Pedro"_s, u"La Granja"_s, u"El Cerro"_s,
    };
    return names;
}

const QStringList &streetNames()
{
    static const QStringList names = {
        u"Calle Mayor"_s, u"Avenida del Mar"_s, u"Calle Real"_s, u"Rúa Nova"_s, u"Calle de San Telmo"_s,
        u"Paseo de la Ribera"_s, u"Calle del Sol"_s, u"Avenida de la Constitución"_s, u"Calle de Cervantes"_s,
        u"Calle de Rosalía de Castro"_s, u"Calle de los Pescadores"_s, u"Calle de la Iglesia"_s, u"Calle Ancha"_s,
        u"Calle del Carmen"_s, u"Avenida de Portugal"_s, u"Calle de la Fuente"_s, u"Calle del Río"_s,
        u"Calle de las Flores"_s, u"Travesía del Puerto"_s, u"Calle del Molino"_s, u"Calle de la Paz"_s,
        u"Avenida de Castilla"_s, u"Calle de Colón"_s, u"Calle Nueva"_s, u"Calle de la Estación"_s,
        u"Calle del Faro"_s, u"Calle de San Roque"_s, u"Calle de la Marina"_s, u"Calle del Olivo"_s,
        u"Calle de Concepción Arenal"_s, u"Calle de Emilia Pardo Bazán"_s, u"Calle de Antonio Machado"_s,
        u"Calle de Lope de Vega"_s, u"Calle de Goya"_s, u"Calle de Velázquez"_s, u"Rúa do Vilar"_s,
        u"Calle de la Luna"_s, u"Calle del Almendro"_s, u"Calle de la Sal"_s, u"Calle Larga"_s,
        u"Avenida de Galicia"_s, u"Calle de Santa Ana"_s, u"Calle de los Huertos"_s, u"Plaza de Abastos"_s,
    };
    return names;
}

const QStringList &surnames()
{
    static const QStringList names = {
        u"García"_s, u"Fernández"_s, u"López"_s, u"Martínez"_s, u"Sánchez"_s, u"Pérez"_s, u"Gómez"_s,
        u"Martín"_s, u"Jiménez"_s, u"Ruiz"_s, u"Hernández"_s, u"Díaz"_s, u"Moreno"_s, u"Álvarez"_s,
        u"Romero"_s, u"Alonso"_s, u"Gutiérrez"_s, u"Navarro"_s, u"Torres"_s, u"Domínguez"_s, u"Vázquez"_s,
        u"Ramos"_s, u"Gil"_s, u"Serrano"_s, u"Blanco"_s, u"Suárez"_s, u"Molina"_s, u"Castro"_s, u"Ortega"_s,
        u"Rubio"_s, u"Sanz"_s, u"Iglesias"_s, u"Núñez"_s, u"Medina"_s, u"Garrido"_s, u"Santos"_s,
        u"Castillo"_s, u"Lozano"_s, u"Prieto"_s, u"Méndez"_s, u"Calvo"_s, u"Gallego"_s, u"Vidal"_s,
        u"Herrera"_s, u"Peña"_s, u"Fuentes"_s, u"Carrasco"_s, u"Pereira"_s, u"Costa"_s, u"Sousa"_s,
        u"Oliveira"_s, u"Ferreira"_s, u"Rodrigues"_s, u"Otero"_s, u"Varela"_s, u"Pardo"_s,
    };
    return names;
}

const QStringList &supermarketChains()
{
    static const QStringList names = {
        u"Supermercado Atalaya"_s, u"Mercamar"_s, u"Ahorro Diario"_s, u"Frescos del Puerto"_s,
        u"Súper Norte"_s, u"Alimentación Ribera"_s, u"Hiper Sereno"_s, u"Cooperativa del Mar"_s,
    };
    return names;
}

const QStringList &residenceNames()
{
    static const QStringList names = {
        u"San José"_s, u"Santa Teresa"_s, u"Virgen del Mar"_s, u"Los Tilos"_s, u"Nuestra Señora de la Paz"_s,
        u"El Buen Retiro"_s, u"Santa Ana"_s, u"San Vicente"_s, u"La Milagrosa"_s, u"Sol y Mar"_s,
        u"Jardines del Sereno"_s, u"Los Cedros"_s,
    };
    return names;
}

// --- rows we build before writing ---------------------------------------------------------------

struct RegionRow {
    qint64 id = 0;
    QString level, code, name;
    qint64 parentId = 0; // 0 = none
    qint64 population = 0;
    double areaKm2 = 0.0;
    double shareOver65 = 0.0;
    double deprivation = 0.0;
    Polygon polygon;
    GeoBox box;
    GeoPoint label;
    // Cell rectangle in fine-grid indices.
    int iu0 = 0, iu1 = 0, iv0 = 0, iv1 = 0;
    QStringList streets; // neighbourhoods: the streets its addresses use
    double density = 0.0;
    QList<int> postcodes; // neighbourhoods: indices into the post-code list
};

struct NamedPolygon {
    QString kind, name;
    Polygon polygon;
};

struct SiteRow {
    QString code, name, kind;
    GeoPoint at;
    qint64 regionId = 0;
    int capacity = 0;
    double amber = 0.0, red = 0.0;
    std::optional<double> closed; // access closed from this fraction; none = the site never closes
};

// How a hospital's beds fill: occupancy (0..1) on a quiet day, how far an epidemic wave at its
// worst pushes it up, and how much lower it reports after weekends without elective admissions.
struct BedProfile {
    double generalBase = 0.7, generalWave = 0.15, icuBase = 0.5, icuWave = 0.5, elective = 0.05;
};

struct HospitalRow {
    QString name, institution, address;
    qint64 regionId = 0;
    GeoPoint at;
    int generalBeds = 0, icuBeds = 0;
    BedProfile beds;
};

double round3(double x)
{
    return std::round(x * 1000.0) / 1000.0;
}

qint64 daySeconds(const QDate &day)
{
    return (day.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * kDaySeconds;
}

// Seconds since the epoch to ISO weekday (1 = Monday) and hour of the day, in demo local time.
int weekdayOf(qint64 secs)
{
    const qint64 day = secs >= 0 ? secs / kDaySeconds : (secs - kDaySeconds + 1) / kDaySeconds;
    return int(((day % 7) + 7 + 3) % 7) + 1; // 1970-01-01 was a Thursday
}

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

// Writes rows through prepared statements, or many rows per statement through a RowBatch (the
// large tables: one statement per row costs a round trip each on PostgreSQL), and remembers the
// first failure.
class Writer
{
public:
    explicit Writer(QString *error)
        : m_error(error)
    {
    }
    bool exec(QSqlQuery &query)
    {
        if (Database::exec(query))
            return true;
        fail(query.lastError().text());
        return false;
    }
    bool add(RowBatch &batch, std::initializer_list<QVariant> row)
    {
        if (!batch.add(row)) {
            fail(batch.error());
            return false;
        }
        ++rows;
        return true;
    }
    bool flush(RowBatch &batch)
    {
        if (batch.flush())
            return true;
        fail(batch.error());
        return false;
    }
    qint64 rows = 0;

private:
    void fail(const QString &why)
    {
        if (m_error && m_error->isEmpty())
            *m_error = DemoCity::tr("Writing the demo city failed: %1").arg(why);
    }

    QString *m_error;
};

class Generator
{
    // Declared first: member function signatures below use them.
    struct AreaWindow {
        int weekdays; // bit 0 = Monday
        int opens, closes; // minutes after midnight; closes <= opens runs past midnight
        QString audience;
    };
    struct ServiceRow {
        QString category, externalId, name, address, postCode, status, hours, notes;
        QString geometry; // areas: GeoJSON polygon; points: empty
        QList<AreaWindow> windows;
        qint64 regionId = 0;
        GeoPoint at;
        int capacity = 0;
        qint64 updatedAt = 0;
    };

public:
    Generator(Database &db, const DemoCityOptions &options, const DemoCity::Progress &progress, QString *error)
        : m_db(db)
        , m_progress(progress)
        , m_error(error)
        , m_writer(error)
        , m_root(options.seed)
    {
        const QDateTime anchor = options.anchor.isValid() ? options.anchor : QDateTime::currentDateTimeUtc();
        m_anchorSecs = anchor.toSecsSinceEpoch();
        m_anchorDay = QDateTime::fromSecsSinceEpoch(m_anchorSecs, QTimeZone::UTC).date();
        m_seed = options.seed;
    }

    bool run()
    {
        report(0.0, DemoCity::tr("Drawing the coastline and the river"));
        buildBasemap();
        report(0.03, DemoCity::tr("Laying out districts and neighbourhoods"));
        buildRegions();
        report(0.06, DemoCity::tr("Placing services"));
        buildServicesAndHospitals();
        simulateEpidemic(0.08, 0.20);
        buildSites();

        return writeMeta() && writeBasemap() && writeRegions() && writeServices() && writeHospitals()
            && writeEpidemic(0.20, 0.32) && writeBedReports(0.32, 0.38) && writeOccupancy(0.38, 0.97) && analyze()
            && writeAlerts();
    }

    // PostgreSQL plans each query from the tables' statistics, and tables filled in this still
    // open transaction have none (autovacuum sees only committed rows): it then takes the sensor
    // table for hundreds of rows and answers the alert replay's reading queries with a hash join
    // over a scan of every observation, some 25 ms per step instead of 0.1 ms, a minute over the
    // replay's two thousand steps. ANALYZE in a transaction samples the transaction's own rows.
    // SQLite's queries are written for its planner without statistics; it needs none.
    bool analyze()
    {
        if (!m_db.isPostgres())
            return true;
        // Not a prepared statement: QPSQL prepares with SQL PREPARE, which takes no utility command.
        QSqlQuery q(m_db.connection());
        if (q.exec(u"ANALYZE sensor, site, observation, hospital, bed_report, region, epidemic_daily"_s))
            return true;
        if (m_error && m_error->isEmpty())
            *m_error = DemoCity::tr("Writing the demo city failed: its tables could not be analysed for the alert replay (%1).")
                           .arg(q.lastError().text());
        return false;
    }

    // The alert history of the last 14 days under the demo rules, evaluated every 10 minutes as
    // the live engine would have, so the alert centre opens on raised, resolved and open alerts.
    bool writeAlerts()
    {
        report(0.97, DemoCity::tr("Replaying alerts"));
        constexpr qint64 kAlertDays = 14;
        const alerts::BackfillResult result = alerts::backfill(m_db, alerts::demoRules(), m_anchorSecs - kAlertDays * kDaySeconds,
                                                               m_anchorSecs, kSlotSeconds, /*ownTransaction=*/false);
        if (!result.ok && m_error)
            *m_error = DemoCity::tr("Writing the demo city's alert history failed.");
        return result.ok;
    }

    qint64 rows() const { return m_writer.rows; }

private:
    void report(double fraction, const QString &stage)
    {
        if (m_progress)
            m_progress(std::clamp(fraction, 0.0, 1.0), stage);
    }

    Random stream(quint64 id) const { return m_root.derive(id); }

    // --- geography ----------------------------------------------------------------------------

    void buildBasemap()
    {
        Random rng = stream(1);
        // Land reaches beyond the city on three sides; sea lies west of the shared coastline.
        constexpr int landU0 = -36, landU1 = kFineU + 36, landV1 = 3 * kFineV;
        m_land.outer = indexRing(landU0, landU1, 0, landV1 / 4, [](int i, int j) { return finePoint(i, j * 4); });
        Ring sea;
        for (int i = landU0; i <= landU1; ++i)
            sea.append(finePoint(i, 0));
        sea.append(geo::rounded(GeoPoint{finePoint(landU1, 0).lat, -9.70}));
        sea.append(geo::rounded(GeoPoint{finePoint(landU0, 0).lat, -9.70}));
        m_sea.outer = sea;

        // The river: a meandering strip from the land's eastern edge into the sea, wider at its mouth.
        const double phase = rng.uniform(0.0, 1.0);
        std::vector<GeoPoint> centre;
        std::vector<double> halfWidth;
        for (int k = -3; k <= 150; ++k) {
            const double v = k * 0.02;
            const double u = kRiverCentreU + 0.022 * std::sin(2.5 * kPi * v + 0.5 + phase);
            centre.push_back(framePoint(u, v));
            halfWidth.push_back(26.0 + 24.0 * std::max(0.0, 1.0 - std::max(v, 0.0) / 1.2));
        }
        Ring left, right;
        for (size_t k = 0; k < centre.size(); ++k) {
            const GeoPoint &a = centre[k == 0 ? 0 : k - 1];
            const GeoPoint &b = centre[std::min(k + 1, centre.size() - 1)];
            const Metres m(centre[k]);
            const double dx = (b.lon - a.lon) * m.kx, dy = (b.lat - a.lat) * m.ky;
            const double len = std::hypot(dx, dy);
            const double nx = -dy / len * halfWidth[k], ny = dx / len * halfWidth[k];
            left.append(m.offset(nx, ny));
            right.prepend(m.offset(-nx, -ny));
        }
        m_river.outer = geo::rounded(right + left);
        m_riverBox = geo::boundingBox(m_river);

        // Beaches: strips along the coast, on land, away from the river mouth (fine-grid u ranges).
        const std::array<std::pair<int, int>, 4> beachSpans = {{{2, 8}, {11, 18}, {36, 42}, {46, 53}}};
        const QStringList beachNames = {u"Playa de las Dunas"_s, u"Playa de San Telmo"_s, u"Playa de la Concha"_s,
                                        u"Playa del Faro"_s};
        for (size_t b = 0; b < beachSpans.size(); ++b) {
            const double depth = 0.016 + 0.006 * rng.uniform();
            Polygon p;
            p.outer = indexRing(beachSpans[b].first, beachSpans[b].second, 0, 2, [depth](int i, int j) {
                return framePoint(double(i) / kFineU, depth * j / 2.0);
            });
            m_beaches.append({u"beach"_s, beachNames[qsizetype(b)], p});
            m_beachSpans.append({beachSpans[b].first, beachSpans[b].second, depth});
        }

        // Parks: ellipses well inside single neighbourhood cells, never on the river's row.
        const QStringList parkNames = {u"Parque de la Alameda"_s, u"Parque del Castro"_s, u"Jardines de Miramar"_s,
                                       u"Parque de los Molinos"_s, u"Parque Forestal de Monteverde"_s,
                                       u"Jardín Botánico"_s, u"Parque de San Roque"_s, u"Parque de la Vega"_s,
                                       u"Parque del Pinar"_s, u"Parque de las Acacias"_s};
        const int parkCount = int(rng.integer(7, 10));
        QList<int> cells;
        for (int c = 0; c < kNeighbourhoods; ++c) {
            const int row = c / kCellsV;
            if (row != 4) // the river runs through row 4
                cells.append(c);
        }
        rng.shuffle(cells);
        for (int k = 0; k < parkCount; ++k) {
            const int row = cells[k] / kCellsV, col = cells[k] % kCellsV;
            const double u = (row + 0.5 + rng.uniform(-0.15, 0.15)) / kCellsU;
            const double v = (col + 0.5 + rng.uniform(-0.15, 0.15)) / kCellsV;
            const Metres m(framePoint(u, v));
            const double a = rng.uniform(180.0, 330.0), b = rng.uniform(120.0, 220.0);
            const double rot = rng.uniform(0.0, kPi);
            Ring ring;
            for (int s = 0; s < 24; ++s) {
                const double t = 2.0 * kPi * s / 24.0;
                const double x = a * std::cos(t), y = b * std::sin(t);
                ring.append(m.offset(x * std::cos(rot) - y * std::sin(rot), x * std::sin(rot) + y * std::cos(rot)));
            }
            m_parks.append({u"park"_s, parkNames[k], Polygon{geo::rounded(ring), {}}});
        }
    }

    bool onWaterOrBeach(const GeoPoint &p) const
    {
        if (m_riverBox.contains(p) && geo::contains(m_river, p))
            return true;
        for (const NamedPolygon &b : m_beaches) {
            if (geo::contains(b.polygon, p))
                return true;
        }
        return false;
    }

    void buildRegions()
    {
        Random rng = stream(2);
        QStringList nNames = neighbourhoodNames();
        rng.shuffle(nNames);
        QStringList dNames = districtNames();
        rng.shuffle(dNames);

        // Neighbourhood figures first: population follows a dense old port and coast.
        struct Cell {
            double weight, share65, deprivation, density;
        };
        std::array<Cell, kNeighbourhoods> cells{};
        double totalWeight = 0.0;
        for (int row = 0; row < kCellsU; ++row) {
            for (int col = 0; col < kCellsV; ++col) {
                const double u = (row + 0.5) / kCellsU, v = (col + 0.5) / kCellsV;
                const double du = u - kRiverCentreU;
                const double core = std::exp(-(du * du / 0.09 + v * v / 0.5));
                const double density = (0.45 + 1.2 * core + 0.35 * std::exp(-v / 0.3)) * std::exp(rng.normal(0.0, 0.18));
                const Polygon p{cellsRing(row * kSeg, (row + 1) * kSeg, col * kSeg, (col + 1) * kSeg), {}};
                Cell &c = cells[size_t(row * kCellsV + col)];
                c.density = density;
                c.weight = density * geo::areaKm2(p);
                c.share65 = std::clamp(0.16 + 0.10 * core + rng.normal(0.0, 0.02), 0.10, 0.32);
                c.deprivation = std::clamp(0.28 + 0.32 * v + 0.15 * std::sin(2.0 * kPi * 1.2 * u + 1.0) + rng.normal(0.0, 0.07),
                                           0.05, 0.95);
                totalWeight += c.weight;
            }
        }
        // Largest remainder, so the neighbourhoods sum to exactly the city total.
        const qint64 total = kTargetPopulation + rng.integer(-4000, 4000);
        std::array<qint64, kNeighbourhoods> pops{};
        std::vector<std::pair<double, int>> remainders;
        qint64 assigned = 0;
        for (int c = 0; c < kNeighbourhoods; ++c) {
            const double exact = double(total) * cells[size_t(c)].weight / totalWeight;
            pops[size_t(c)] = qint64(std::floor(exact));
            assigned += pops[size_t(c)];
            remainders.emplace_back(exact - std::floor(exact), c);
        }
        std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qint64 k = 0; k < total - assigned; ++k)
            ++pops[size_t(remainders[size_t(k)].second)];

        auto finish = [](RegionRow &r) {
            r.box = geo::boundingBox(r.polygon);
            r.areaKm2 = round3(geo::areaKm2(r.polygon));
            r.label = geo::rounded(geo::labelPoint(r.polygon));
        };

        RegionRow city;
        city.id = 1;
        city.level = u"city"_s;
        city.code = u"PAT"_s;
        city.name = u"Puerto Atalaya"_s;
        city.polygon.outer = cellsRing(0, kFineU, 0, kFineV);
        city.iu1 = kFineU;
        city.iv1 = kFineV;
        finish(city);
        m_regions.append(city);

        qint64 nextId = 2;
        QList<RegionRow> districts, neighbourhoods;
        const int blocksU = kCellsU / kBlock, blocksV = kCellsV / kBlock;
        int dNameIndex = 0, nNameIndex = 0;
        for (int bu = 0; bu < blocksU; ++bu) {
            for (int bv = 0; bv < blocksV; ++bv) {
                RegionRow d;
                d.id = nextId++;
                d.level = u"district"_s;
                d.code = u"D%1"_s.arg(districts.size() + 1, 2, 10, QLatin1Char('0'));
                // The district at the river mouth is the historic centre.
                const bool centre = bv == 0 && int(kRiverCentreU * kCellsU) / kBlock == bu;
                d.name = centre ? u"Centro"_s : dNames[dNameIndex++];
                d.parentId = city.id;
                d.iu0 = bu * kBlock * kSeg;
                d.iu1 = (bu + 1) * kBlock * kSeg;
                d.iv0 = bv * kBlock * kSeg;
                d.iv1 = (bv + 1) * kBlock * kSeg;
                d.polygon.outer = cellsRing(d.iu0, d.iu1, d.iv0, d.iv1);
                finish(d);
                districts.append(d);
            }
        }
        for (RegionRow &d : districts) {
            double w65 = 0.0, wDep = 0.0;
            int within = 0;
            for (int row = d.iu0 / kSeg; row < d.iu1 / kSeg; ++row) {
                for (int col = d.iv0 / kSeg; col < d.iv1 / kSeg; ++col) {
                    const Cell &c = cells[size_t(row * kCellsV + col)];
                    RegionRow n;
                    n.id = nextId++;
                    n.level = u"neighbourhood"_s;
                    n.code = u"%1%2"_s.arg(d.code.mid(1)).arg(++within);
                    n.name = nNames[nNameIndex++];
                    n.parentId = d.id;
                    n.population = pops[size_t(row * kCellsV + col)];
                    n.shareOver65 = round3(c.share65);
                    n.deprivation = round3(c.deprivation);
                    n.density = c.density;
                    n.iu0 = row * kSeg;
                    n.iu1 = (row + 1) * kSeg;
                    n.iv0 = col * kSeg;
                    n.iv1 = (col + 1) * kSeg;
                    n.polygon.outer = cellsRing(n.iu0, n.iu1, n.iv0, n.iv1);
                    QStringList streets = streetNames();
                    rng.shuffle(streets);
                    n.streets = streets.mid(0, 8);
                    finish(n);
                    d.population += n.population;
                    w65 += n.shareOver65 * double(n.population);
                    wDep += n.deprivation * double(n.population);
                    neighbourhoods.append(n);
                }
            }
            d.shareOver65 = round3(w65 / double(d.population));
            d.deprivation = round3(wDep / double(d.population));
        }
        double w65 = 0.0, wDep = 0.0;
        for (const RegionRow &d : districts) {
            m_regions[0].population += d.population;
            w65 += d.shareOver65 * double(d.population);
            wDep += d.deprivation * double(d.population);
        }
        m_regions[0].shareOver65 = round3(w65 / double(m_regions[0].population));
        m_regions[0].deprivation = round3(wDep / double(m_regions[0].population));

        // Post codes: one per neighbourhood, two (split north/south) where many people live.
        QList<RegionRow> postcodes;
        for (RegionRow &n : neighbourhoods) {
            const bool split = n.population > 15500 || rng.chance(0.2);
            const int mid = (n.iu0 + n.iu1) / 2;
            const QList<std::pair<int, int>> spans = split ? QList<std::pair<int, int>>{{n.iu0, mid}, {mid, n.iu1}}
                                                           : QList<std::pair<int, int>>{{n.iu0, n.iu1}};
            qint64 left = n.population;
            for (qsizetype s = 0; s < spans.size(); ++s) {
                RegionRow p;
                p.id = 0; // assigned once every region exists
                p.level = u"postcode"_s;
                p.code = u"39%1"_s.arg(postcodes.size() + 1, 3, 10, QLatin1Char('0'));
                p.name = spans.size() > 1 ? u"%1 (%2)"_s.arg(n.name, s == 0 ? u"sur"_s : u"norte"_s) : n.name;
                p.parentId = m_regions[0].id;
                p.iu0 = spans[s].first;
                p.iu1 = spans[s].second;
                p.iv0 = n.iv0;
                p.iv1 = n.iv1;
                p.polygon.outer = cellsRing(p.iu0, p.iu1, p.iv0, p.iv1);
                p.shareOver65 = n.shareOver65;
                p.deprivation = n.deprivation;
                finish(p);
                p.population = s + 1 == spans.size() ? left : qint64(std::round(double(n.population) * p.areaKm2 / n.areaKm2));
                left -= p.population;
                n.postcodes.append(int(postcodes.size()));
                postcodes.append(p);
            }
        }
        m_regions += districts;
        m_firstNeighbourhood = m_regions.size();
        m_regions += neighbourhoods;
        m_firstPostcode = m_regions.size();
        for (RegionRow &p : postcodes) {
            p.id = nextId++;
            m_regions.append(p);
        }
    }

    QList<RegionRow *> neighbourhoodRows()
    {
        QList<RegionRow *> out;
        for (qsizetype i = m_firstNeighbourhood; i < m_firstPostcode; ++i)
            out.append(&m_regions[i]);
        return out;
    }

    const RegionRow &postcodeRow(int index) const { return m_regions[m_firstPostcode + index]; }

    // A point inside the neighbourhood (and one of its post codes), off the river and beaches.
    GeoPoint pointIn(const RegionRow &n, Random &rng, const RegionRow **postcode) const
    {
        for (int attempt = 0; attempt < 200; ++attempt) {
            const double u = (n.iu0 + (n.iu1 - n.iu0) * rng.uniform(0.02, 0.98)) / double(kFineU);
            const double v = (n.iv0 + (n.iv1 - n.iv0) * rng.uniform(0.02, 0.98)) / double(kFineV);
            const GeoPoint p = framePoint(u, v);
            if (!geo::contains(n.polygon, p) || onWaterOrBeach(p))
                continue;
            for (int pc : n.postcodes) {
                if (geo::contains(postcodeRow(pc).polygon, p)) {
                    *postcode = &postcodeRow(pc);
                    return p;
                }
            }
        }
        // Unreachable for our cells, which are mostly dry land; keeps the contract if not.
        *postcode = &postcodeRow(n.postcodes.first());
        return n.label;
    }

    void buildServicesAndHospitals()
    {
        Random rng = stream(3);
        struct Category {
            const char *key;
            double per100k;
            double areaShare; // how much of the spread follows area rather than people
        };
        // Keys are the category slugs of service_category (schema 2).
        static const std::array<Category, 7> categories = {{
            {"pharmacies", 42.0, 0.0},
            {"supermarkets", 50.0, 0.05},
            {"health-centres", 4.0, 0.0},
            {"elderly-homes", 10.0, 0.0},
            {"social-services", 5.0, 0.0},
            {"benches", 420.0, 0.3},
            {"recreational-areas", 25.0, 0.4},
        }};
        const QList<RegionRow *> hoods = neighbourhoodRows();
        const double totalPop = double(m_regions[0].population);
        const double totalArea = m_regions[0].areaKm2;
        const QStringList &sur = surnames();
        const QStringList &chains = supermarketChains();
        const QStringList &homes = residenceNames();
        const QStringList recreational = {u"Parque infantil"_s, u"Área deportiva"_s, u"Zona de juegos"_s,
                                          u"Pista polideportiva"_s, u"Área de mayores"_s, u"Terraza"_s};
        std::array<int, 7> serial{};

        for (const RegionRow *n : hoods) {
            int healthCentresHere = 0;
            for (size_t c = 0; c < categories.size(); ++c) {
                const Category &cat = categories[c];
                const double share = (1.0 - cat.areaShare) * double(n->population) / totalPop + cat.areaShare * n->areaKm2 / totalArea;
                const double expected = cat.per100k * totalPop / 100000.0 * share;
                const int count = int(std::floor(expected)) + (rng.chance(expected - std::floor(expected)) ? 1 : 0);
                for (int k = 0; k < count; ++k) {
                    ServiceRow s;
                    s.category = QString::fromLatin1(cat.key);
                    s.externalId = u"demo-%1-%2"_s.arg(s.category).arg(++serial[c], 4, 10, QLatin1Char('0'));
                    const RegionRow *pc = nullptr;
                    s.at = pointIn(*n, rng, &pc);
                    s.postCode = pc->code;
                    s.regionId = n->id;
                    const QString street = n->streets[rng.bounded(quint64(n->streets.size()))];
                    s.address = u"%1, %2"_s.arg(street).arg(rng.integer(1, 180));
                    s.updatedAt = m_anchorSecs - rng.integer(600, 14 * kDaySeconds);
                    const double st = rng.uniform();
                    s.status = st < 0.90 ? u"open"_s : (st < 0.97 ? u"limited"_s : u"closed"_s);
                    if (s.status == "limited"_L1)
                        s.notes = u"Horario reducido temporalmente"_s;
                    else if (s.status == "closed"_L1)
                        s.notes = rng.chance(0.5) ? u"Cerrado por obras"_s : u"Cerrado temporalmente"_s;

                    switch (c) {
                    case 0: // pharmacy
                        s.name = u"Farmacia %1"_s.arg(sur[rng.bounded(quint64(sur.size()))]);
                        if (rng.chance(0.4))
                            s.name += u" %1"_s.arg(sur[rng.bounded(quint64(sur.size()))]);
                        s.hours = rng.chance(0.1) ? u"24/7"_s
                                                  : (rng.chance(0.7) ? u"Mo-Fr 09:00-21:00; Sa 09:00-14:00"_s
                                                                     : u"Mo-Sa 09:30-20:30"_s);
                        break;
                    case 1: // supermarket
                        s.name = u"%1 %2"_s.arg(chains[rng.bounded(quint64(chains.size()))], n->name);
                        s.hours = rng.chance(0.6) ? u"Mo-Sa 09:00-21:30"_s : u"Mo-Sa 09:00-21:30; Su 10:00-15:00"_s;
                        break;
                    case 2: // health_centre
                        s.name = u"Centro de Salud %1"_s.arg(n->name);
                        if (++healthCentresHere > 1)
                            s.name += u" %1"_s.arg(healthCentresHere == 2 ? u"II"_s : u"III"_s);
                        s.hours = rng.chance(0.8) ? u"Mo-Fr 08:00-20:00"_s : u"Mo-Fr 08:00-21:00; Sa 09:00-14:00"_s;
                        break;
                    case 3: // elderly_home
                        s.name = u"Residencia %1"_s.arg(homes[rng.bounded(quint64(homes.size()))]);
                        s.hours = u"24/7"_s;
                        s.capacity = int(rng.integer(40, 180));
                        break;
                    case 4: // social_services
                        s.name = u"Servicios Sociales %1"_s.arg(n->name);
                        s.hours = u"Mo-Fr 09:00-14:00"_s;
                        break;
                    case 5: // bench
                        s.name = u"Banco, %1"_s.arg(street);
                        break;
                    default: { // recreational area: a small polygon around the point, with its windows
                        const int kind = int(rng.bounded(quint64(recreational.size())));
                        if (kind == 5)
                            s.name = u"Terraza Bar %1, %2"_s.arg(sur[rng.bounded(quint64(sur.size()))], street);
                        else
                            s.name = u"%1 %2"_s.arg(recreational[kind], n->name);
                        makeSmallArea(kind, rng, &s);
                        break;
                    }
                    }
                    m_services.append(s);
                }
            }
        }

        buildLargeAreas(serial[6]);

        // Hospitals: ten always, up to two more depending on the seed.
        // Bed profiles differ as real ones do: the university hospital is the referral centre and
        // runs its ICU near full; public general hospitals take the brunt of a wave; the
        // mother-and-child hospital and the private clinics (elective surgery, small ICUs) feel it
        // less, the two smallest hardly at all; the military hospital is lightly used until a
        // crisis fills it; the medium-stay hospital is full all year and has no elective rhythm.
        struct HospitalSpec {
            const char16_t *name;
            const char16_t *institution;
            int general, icu;
            BedProfile beds; // generalBase, generalWave, icuBase, icuWave, elective
        };
        static const std::array<HospitalSpec, 12> specs = {{
            {u"Hospital Universitario de Puerto Atalaya", u"Servicio Público de Salud", 850, 48, {0.86, 0.12, 0.82, 0.40, 0.05}},
            {u"Hospital del Mar", u"Servicio Público de Salud", 420, 24, {0.79, 0.16, 0.48, 0.62, 0.05}},
            {u"Hospital San Rafael", u"Servicio Público de Salud", 310, 16, {0.74, 0.18, 0.42, 0.65, 0.05}},
            {u"Hospital Materno-Infantil Santa Lucía", u"Servicio Público de Salud", 260, 14, {0.58, 0.05, 0.40, 0.25, 0.03}},
            {u"Hospital Comarcal del Norte", u"Servicio Público de Salud", 210, 10, {0.70, 0.20, 0.40, 0.62, 0.04}},
            {u"Clínica Atlántica", u"Privado", 140, 8, {0.62, 0.08, 0.32, 0.45, 0.08}},
            {u"Hospital Quirúrgico Santa Elena", u"Privado", 180, 10, {0.60, 0.05, 0.36, 0.40, 0.12}},
            {u"Clínica Nuestra Señora del Carmen", u"Privado", 120, 6, {0.48, 0.06, 0.10, 0.20, 0.08}},
            {u"Hospital Militar de la Marina", u"Militar", 200, 12, {0.33, 0.35, 0.06, 0.85, 0.05}},
            {u"Hospital de Cuidados Medios El Pinar", u"Servicio Público de Salud", 160, 4, {0.87, 0.08, 0.40, 0.50, 0.01}},
            {u"Clínica San Telmo", u"Privado", 90, 6, {0.45, 0.06, 0.10, 0.20, 0.08}},
            {u"Hospital de la Cruz Roja", u"Servicio Público de Salud", 150, 8, {0.66, 0.15, 0.38, 0.50, 0.04}},
        }};
        Random hrng = stream(4);
        const int hospitalCount = int(hrng.integer(10, 12));
        std::vector<double> weights;
        for (const RegionRow *n : hoods)
            weights.push_back(double(n->population));
        for (int h = 0; h < hospitalCount; ++h) {
            const HospitalSpec &spec = specs[size_t(h)];
            const RegionRow *n = hoods[hrng.weighted(weights)];
            HospitalRow row;
            row.name = QString::fromUtf16(spec.name);
            row.institution = QString::fromUtf16(spec.institution);
            const RegionRow *pc = nullptr;
            row.at = pointIn(*n, hrng, &pc);
            row.regionId = n->id;
            row.address = u"%1, %2, %3"_s.arg(n->streets[hrng.bounded(quint64(n->streets.size()))])
                              .arg(hrng.integer(1, 120))
                              .arg(pc->code);
            row.generalBeds = int(std::round(spec.general * hrng.uniform(0.9, 1.1)));
            row.icuBeds = std::max(4, int(std::round(spec.icu * hrng.uniform(0.9, 1.1))));
            row.beds = spec.beds;
            m_hospitals.append(row);
        }
    }

    // --- recreational areas ------------------------------------------------------------------

    static constexpr int hm(int hours, int minutes = 0) { return hours * 60 + minutes; }
    static constexpr int kEveryDay = 0x7f, kMoFr = 0x1f, kSaSu = 0x60, kMoTh = 0x0f, kFrSa = 0x30, kSu = 0x40;

    // A rectangle or an ellipse of half-axes a (along `rotation`) and b metres around a point.
    static Polygon areaShape(const GeoPoint &centre, double a, double b, double rotation, bool round)
    {
        const Metres m(centre);
        Ring ring;
        auto add = [&](double x, double y) {
            ring.append(m.offset(x * std::cos(rotation) - y * std::sin(rotation), x * std::sin(rotation) + y * std::cos(rotation)));
        };
        if (round) {
            for (int k = 0; k < 16; ++k)
                add(a * std::cos(2.0 * kPi * k / 16.0), b * std::sin(2.0 * kPi * k / 16.0));
        } else {
            add(-a, -b);
            add(a, -b);
            add(a, b);
            add(-a, b);
        }
        return Polygon{geo::rounded(ring), {}};
    }

    // Playgrounds, sports courts, seniors' areas and bar terraces: small shapes around the point,
    // with the hours each group may use them (recreational kinds as listed in
    // buildServicesAndHospitals: 0, 2 playgrounds; 1, 3 sport; 4 seniors; 5 terraces).
    void makeSmallArea(int kind, Random &rng, ServiceRow *s) const
    {
        double a = 0.0, b = 0.0;
        bool round = true;
        switch (kind) {
        case 0:
        case 2:
            a = rng.uniform(15.0, 30.0);
            b = a * rng.uniform(0.6, 1.0);
            s->windows = {{kMoFr, hm(16, 30), hm(20, 30), u"children"_s},
                          {kSaSu, hm(10), hm(14), u"children"_s},
                          {kSaSu, hm(16, 30), hm(20, 30), u"children"_s}};
            s->hours = u"Mo-Fr 16:30-20:30; Sa,Su 10:00-14:00,16:30-20:30"_s;
            s->capacity = int(rng.integer(20, 120));
            break;
        case 1:
        case 3:
            a = rng.uniform(20.0, 23.0);
            b = rng.uniform(10.0, 12.5);
            round = false;
            s->windows = {{kMoFr, hm(7), hm(23), u"sport"_s}, {kSaSu, hm(9), hm(21), u"sport"_s}};
            s->hours = u"Mo-Fr 07:00-23:00; Sa,Su 09:00-21:00"_s;
            s->capacity = int(rng.integer(30, 200));
            break;
        case 4:
            a = rng.uniform(12.0, 20.0);
            b = a * rng.uniform(0.7, 1.0);
            s->windows = {{kEveryDay, hm(9), hm(13), u"elderly"_s}, {kEveryDay, hm(16), hm(20), u"elderly"_s}};
            s->hours = u"Mo-Su 09:00-13:00,16:00-20:00"_s;
            s->capacity = int(rng.integer(15, 60));
            break;
        default: // terrace: late on Fridays and Saturdays, past midnight
            a = rng.uniform(6.0, 12.5);
            b = rng.uniform(3.0, 5.0);
            round = false;
            s->windows = {{kMoTh, hm(12), hm(24), u"all"_s}, {kFrSa, hm(12), hm(1, 30), u"all"_s}, {kSu, hm(12), hm(23), u"all"_s}};
            s->hours = u"Mo-Th 12:00-24:00; Fr,Sa 12:00-01:30; Su 12:00-23:00"_s;
            s->capacity = int(rng.integer(20, 80));
            break;
        }
        const double rotation = rng.uniform(0.0, kPi);
        Polygon shape;
        for (int attempt = 0; attempt < 3; ++attempt, a /= 2.0, b /= 2.0) { // shrink off the water's edge
            shape = areaShape(s->at, a, b, rotation, round);
            if (std::none_of(shape.outer.begin(), shape.outer.end(), [this](const GeoPoint &p) { return onWaterOrBeach(p); }))
                break;
        }
        s->geometry = geo::toGeoJson(shape);
    }

    // The neighbourhood and post code holding a point, or nullptr outside the city.
    const RegionRow *neighbourhoodAt(const GeoPoint &p, const RegionRow **postcode) const
    {
        for (qsizetype i = m_firstNeighbourhood; i < m_firstPostcode; ++i) {
            const RegionRow &n = m_regions[i];
            if (!n.box.contains(p) || !geo::contains(n.polygon, p))
                continue;
            for (int pc : n.postcodes) {
                if (geo::contains(postcodeRow(pc).polygon, p)) {
                    *postcode = &postcodeRow(pc);
                    return &n;
                }
            }
        }
        return nullptr;
    }

    // Beaches, green belts and parks as areas whose hours depend on who goes: early and late for
    // the elderly, mid-morning for children, as cities zoned them when they reopened after
    // lockdowns.
    void buildLargeAreas(int &serial)
    {
        Random rng = stream(9);
        const QList<AreaWindow> beachWindows = {{kEveryDay, hm(6), hm(10), u"elderly"_s},
                                                {kEveryDay, hm(10), hm(12), u"children"_s},
                                                {kEveryDay, hm(12), hm(19), u"all"_s},
                                                {kEveryDay, hm(19), hm(23), u"elderly"_s}};
        const QList<AreaWindow> beltWindows = {{kEveryDay, hm(6), hm(10), u"sport"_s},
                                               {kEveryDay, hm(10), hm(12), u"elderly"_s},
                                               {kEveryDay, hm(12), hm(19), u"children"_s},
                                               {kEveryDay, hm(19), hm(20), u"elderly"_s},
                                               {kEveryDay, hm(20), hm(23), u"sport"_s}};
        const QList<AreaWindow> parkWindows = {{kEveryDay, hm(7), hm(23), u"all"_s}};
        struct Spec {
            QString name;
            Polygon polygon;
            QList<AreaWindow> windows;
            QString hours;
            double squareMetresPerPerson;
            QString street; // empty: one of the neighbourhood's
        };
        QList<Spec> specs;
        for (const NamedPolygon &beach : std::as_const(m_beaches))
            specs.append({beach.name, beach.polygon, beachWindows, u"Mo-Su 06:00-23:00"_s, 12.0, u"Paseo Marítimo"_s});
        // Green belts along the city's inland edge, either side of the river valley.
        const std::array<std::tuple<QString, int, int>, 2> belts = {{{u"Anillo Verde Sur"_s, 2, 23}, {u"Anillo Verde Norte"_s, 34, 57}}};
        for (const auto &[name, iu0, iu1] : belts) {
            Polygon belt;
            belt.outer = indexRing(iu0, iu1, 0, 1, [](int i, int j) { return framePoint(double(i) / kFineU, j == 0 ? 0.935 : 0.985); });
            specs.append({name, belt, beltWindows, u"Mo-Su 06:00-23:00"_s, 100.0, u"Camino del Anillo Verde"_s});
        }
        for (const NamedPolygon &park : std::as_const(m_parks))
            specs.append({park.name, park.polygon, parkWindows, u"Mo-Su 07:00-23:00"_s, 50.0, QString()});

        for (const Spec &spec : std::as_const(specs)) {
            ServiceRow s;
            s.category = u"recreational-areas"_s;
            s.name = spec.name;
            s.at = geo::rounded(geo::labelPoint(spec.polygon));
            const RegionRow *postcode = nullptr;
            const RegionRow *n = neighbourhoodAt(s.at, &postcode);
            if (!n)
                continue; // not the city's to list (none of these shapes lies outside it)
            s.externalId = u"demo-%1-%2"_s.arg(s.category).arg(++serial, 4, 10, QLatin1Char('0'));
            s.regionId = n->id;
            s.postCode = postcode->code;
            const QString street = spec.street.isEmpty() ? n->streets[rng.bounded(quint64(n->streets.size()))] : spec.street;
            s.address = u"%1, s/n"_s.arg(street);
            s.updatedAt = m_anchorSecs - rng.integer(600, 14 * kDaySeconds);
            const double st = rng.uniform();
            s.status = st < 0.90 ? u"open"_s : (st < 0.97 ? u"limited"_s : u"closed"_s);
            if (s.status == "limited"_L1)
                s.notes = u"Aforo reducido temporalmente"_s;
            else if (s.status == "closed"_L1)
                s.notes = u"Cerrado temporalmente"_s;
            s.hours = spec.hours;
            s.windows = spec.windows;
            const double people = geo::areaKm2(spec.polygon) * 1e6 / spec.squareMetresPerPerson;
            s.capacity = std::max(50, int(std::round(people / 50.0)) * 50);
            s.geometry = geo::toGeoJson(spec.polygon);
            m_services.append(s);
        }
    }

    void buildSites()
    {
        Random rng = stream(6);
        struct SiteSpec {
            const char16_t *code, *name, *kind;
            double u, v;
            int capLo, capHi;
        };
        QList<SiteSpec> specs;
        static const std::array<const char16_t *, 4> beachCodes = {u"playa-dunas", u"playa-san-telmo", u"playa-concha",
                                                                   u"playa-faro"};
        static const std::array<const char16_t *, 4> beachNames = {u"Playa de las Dunas", u"Playa de San Telmo",
                                                                   u"Playa de la Concha", u"Playa del Faro"};
        for (qsizetype b = 0; b < m_beachSpans.size(); ++b) {
            const BeachSpan &s = m_beachSpans[b];
            specs.append({beachCodes[size_t(b)], beachNames[size_t(b)], u"beach",
                          (s.iu0 + s.iu1) / 2.0 / kFineU, s.depth / 2.0, 1500, 4000});
        }
        specs.append({u"plaza-mayor", u"Plaza Mayor", u"square", 0.415, 0.10, 800, 1800});
        specs.append({u"plaza-espana", u"Plaza de España", u"square", 0.33, 0.35, 600, 1500});
        specs.append({u"plaza-ayuntamiento", u"Plaza del Ayuntamiento", u"square", 0.56, 0.22, 700, 1600});
        specs.append({u"mercado-central", u"Mercado Central", u"market", 0.53, 0.12, 600, 1400});
        specs.append({u"mercado-norte", u"Mercado de Abastos Norte", u"market", 0.78, 0.45, 400, 1000});
        specs.append({u"mercado-san-roque", u"Mercado de San Roque", u"market", 0.18, 0.55, 400, 900});
        specs.append({u"estacion-central", u"Estación Central", u"station", 0.40, 0.62, 1800, 3500});
        specs.append({u"estacion-norte", u"Estación Norte", u"station", 0.86, 0.70, 900, 2000});
        specs.append({u"estacion-autobuses", u"Estación de Autobuses", u"station", 0.62, 0.80, 700, 1500});

        for (const SiteSpec &spec : specs) {
            SiteRow s;
            s.code = QString::fromUtf16(spec.code);
            s.name = QString::fromUtf16(spec.name);
            s.kind = QString::fromUtf16(spec.kind);
            s.at = framePoint(spec.u, spec.v);
            s.capacity = int(rng.integer(spec.capLo, spec.capHi) / 50 * 50);
            m_sites.append(s);
        }
        // Two parks get people counters too, at their middles.
        for (qsizetype p = 0; p < 2 && p < m_parks.size(); ++p) {
            SiteRow s;
            s.code = u"parque-%1"_s.arg(p + 1);
            s.name = m_parks[p].name;
            s.kind = u"park"_s;
            s.at = geo::rounded(geo::labelPoint(m_parks[p].polygon));
            s.capacity = int(rng.integer(1000, 2500) / 50 * 50);
            m_sites.append(s);
        }
        for (SiteRow &s : m_sites) {
            s.amber = round3(rng.uniform(0.60, 0.70));
            s.red = round3(rng.uniform(0.85, 0.90));
            // Beaches use Barcelona's Infoplatges lights: amber from 40 %, red from 60 %, access
            // closed from 80 %. Drawn above all the same, so the other sites keep their values.
            if (s.kind == "beach"_L1) {
                s.amber = 0.40;
                s.red = 0.60;
                s.closed = 0.80;
            }
            for (const RegionRow *n : neighbourhoodRows()) {
                if (geo::contains(n->polygon, s.at)) {
                    s.regionId = n->id;
                    break;
                }
            }
        }
    }

    // --- epidemic -----------------------------------------------------------------------------

    // A stochastic SEIR per neighbourhood with light coupling through the city's prevalence.
    // Transmission varies with the season, a schedule of interventions and two more transmissible
    // variants with partial immune escape; immunity wanes; vaccination starts about six months in.
    void simulateEpidemic(double from, double to)
    {
        Random rng = stream(5);
        const QList<RegionRow *> hoods = neighbourhoodRows();
        const int K = int(hoods.size());
        const int T = kHistoryDays;
        m_day0 = m_anchorDay.addDays(-(T - 1));

        struct Switch {
            int day;
            double contact;
        };
        QList<Switch> schedule = {{0, 1.0},    {45, 0.35},  {110, 0.55}, {170, 0.72}, {215, 0.5},
                                  {300, 0.7},  {380, 0.8},  {470, 0.75}, {560, 0.9},  {650, 0.95}};
        for (qsizetype i = 1; i < schedule.size(); ++i)
            schedule[i].day += int(rng.integer(-4, 4));
        const double variant1 = 330 + rng.integer(-10, 10);
        const double variant2 = 520 + rng.integer(-10, 10);
        const int vaxStart = 180 + int(rng.integer(-7, 7));
        const int boosterStart = vaxStart + 300;

        double totalPop = 0.0;
        std::vector<double> contactMult(static_cast<size_t>(K));
        {
            std::vector<double> dens;
            for (const RegionRow *n : hoods)
                dens.push_back(n->density);
            const auto [lo, hi] = std::minmax_element(dens.begin(), dens.end());
            for (int i = 0; i < K; ++i) {
                contactMult[size_t(i)] = 0.85 + 0.3 * (dens[size_t(i)] - *lo) / std::max(1e-9, *hi - *lo);
                totalPop += double(hoods[i]->population);
            }
        }

        m_epi.assign(size_t(K) * size_t(T), EpiDay{});
        m_cityInfections.assign(size_t(T), 0.0);
        std::vector<qint64> S(static_cast<size_t>(K)), E(size_t(K), 0), I(size_t(K), 0), R(size_t(K), 0);
        std::vector<qint64> cum1(size_t(K), 0), cum2(size_t(K), 0), cumB(size_t(K), 0);
        std::vector<std::vector<qint64>> cum1History(size_t(K), std::vector<qint64>(size_t(T), 0));
        std::vector<std::vector<qint64>> cum2History(size_t(K), std::vector<qint64>(size_t(T), 0));
        std::vector<std::vector<qint64>> infections(size_t(K), std::vector<qint64>(size_t(T), 0));
        std::vector<int> dose2Lag(static_cast<size_t>(K));
        for (int i = 0; i < K; ++i) {
            S[size_t(i)] = hoods[i]->population;
            dose2Lag[size_t(i)] = int(rng.integer(28, 84)); // four to twelve weeks
        }
        const double gamma = 1.0 / 6.0, sigma = 1.0 / 3.5, waning = 1.0 / 300.0;

        for (int t = 0; t < T; ++t) {
            if (t % 73 == 0)
                report(from + (to - from) * t / T, DemoCity::tr("Simulating two years of the epidemic"));
            const QDate date = m_day0.addDays(t);
            const int weekday = date.dayOfWeek();
            const double season = 1.0 + 0.22 * std::cos(2.0 * kPi * (date.dayOfYear() - 20) / 365.0);
            double contact = 1.0;
            for (const Switch &s : schedule) {
                if (t >= s.day)
                    contact = s.contact;
            }
            const double variant = (1.0 + 0.5 * logistic((t - variant1) / 12.0)) * (1.0 + 0.5 * logistic((t - variant2) / 12.0));
            const bool escape = (t >= variant1 && t < variant1 + 30) || (t >= variant2 && t < variant2 + 30);
            const double beta = 2.7 * gamma * season * contact * variant;
            double cityI = 0.0;
            for (int i = 0; i < K; ++i)
                cityI += double(I[size_t(i)]);
            const double imports = t < 20 ? 1.5 : 0.3;
            const double vaxWeek = weekday == 7 ? 0.4 : (weekday == 6 ? 0.8 : 1.15);

            for (int i = 0; i < K; ++i) {
                const size_t k = size_t(i);
                const RegionRow &n = *hoods[i];
                const double N = double(n.population);
                EpiDay &out = m_epi[k * size_t(T) + size_t(t)];

                // Vaccination: cumulative logistic targets, later and lower where deprivation is high.
                if (t >= vaxStart) {
                    const double target1 = std::clamp(0.92 - 0.25 * n.deprivation, 0.70, 0.90);
                    const double mid = vaxStart + 50 + 30 * n.deprivation, scale = 14.0;
                    const double l0 = logistic((vaxStart - mid) / scale);
                    auto goal = [&](int day) { return target1 * N * (logistic((day - mid) / scale) - l0) / (1.0 - l0); };
                    const double raw = std::max(0.0, (goal(t) - goal(t - 1)) * vaxWeek * (1.0 + rng.normal(0.0, 0.1)));
                    const qint64 d1 = std::min(qint64(std::round(raw)), std::max<qint64>(0, qint64(target1 * N) - cum1[k]));
                    cum1[k] += d1;
                    out.dose1 = d1;
                    const int lagged = t - dose2Lag[k];
                    const qint64 want2 = lagged >= 0 ? qint64(std::floor(0.95 * double(cum1History[k][size_t(lagged)]))) : 0;
                    out.dose2 = std::max<qint64>(0, want2 - cum2[k]);
                    cum2[k] += out.dose2;
                    if (t >= boosterStart) {
                        const double lb0 = logistic(-45.0 / 18.0);
                        const double lb = (logistic((t - boosterStart - 45) / 18.0) - lb0) / (1.0 - lb0);
                        const qint64 eligible = t >= 120 ? cum2History[k][size_t(t - 120)] : 0;
                        const qint64 wantB = qint64(std::floor(0.8 * double(eligible) * lb));
                        out.booster = std::max<qint64>(0, wantB - cumB[k]);
                        cumB[k] += out.booster;
                    }
                }
                cum1History[k][size_t(t)] = cum1[k];
                cum2History[k][size_t(t)] = cum2[k];

                // Vaccination protects some of those still susceptible.
                const double protectP = std::min(1.0, (0.6 * double(out.dose1) + 0.5 * double(out.booster)) / N);
                const qint64 protectedNow = rng.binomial(S[k], protectP);
                S[k] -= protectedNow;
                R[k] += protectedNow;

                const double lambda = beta * contactMult[k] * (0.85 * double(I[k]) / N + 0.15 * cityI / totalPop);
                qint64 newInf = rng.binomial(S[k], 1.0 - std::exp(-lambda));
                newInf += rng.binomial(S[k] - newInf, imports / totalPop);
                const qint64 ei = rng.binomial(E[k], 1.0 - std::exp(-sigma));
                const qint64 ir = rng.binomial(I[k], 1.0 - std::exp(-gamma));
                const qint64 wane = rng.binomial(R[k], waning);
                const qint64 escaped = escape ? rng.binomial(R[k] - wane, 0.012) : 0;
                S[k] += wane + escaped - newInf;
                E[k] += newInf - ei;
                I[k] += ei - ir;
                R[k] += ir - wane - escaped;
                infections[k][size_t(t)] = newInf;
                m_cityInfections[size_t(t)] += double(newInf);

                // Reporting: a growing share of infections is detected four days later, fewer at weekends.
                const double detect = (0.12 + 0.38 * std::min(1.0, t / 200.0))
                    * (weekday == 7 ? 0.65 : weekday == 6 ? 0.85 : weekday == 1 ? 1.2 : 1.05);
                const qint64 onset = t >= 4 ? infections[k][size_t(t - 4)] : 0;
                out.cases += rng.binomial(onset, std::min(1.0, detect));
                const double positivity = std::clamp(0.02 + 1.5 * double(I[k]) / N, 0.02, 0.25);
                const double testWeek = weekday == 7 ? 0.5 : (weekday == 6 ? 0.7 : 1.0);
                out.tests = qint64(std::round(double(out.cases) / positivity)) + rng.poisson(N * 0.0006 * testWeek);

                // Outcomes of today's cases: deaths (age- and vaccine-dependent, 12-27 days on)
                // and recoveries (10-14 days on); those falling after the anchor are not recorded.
                const double coverage = double(cum1[k]) / N;
                const double cfr = (0.002 + 0.05 * std::max(0.0, n.shareOver65 - 0.10)) * (1.0 - 0.75 * coverage)
                    * (t > variant2 ? 0.5 : 1.0);
                const qint64 dead = rng.binomial(out.cases, cfr);
                for (qint64 d = 0; d < dead; ++d) {
                    const qint64 when = t + rng.integer(12, 27);
                    if (when < T)
                        m_epi[k * size_t(T) + size_t(when)].deaths += 1;
                }
                qint64 remaining = out.cases - dead;
                for (int lag = 10; lag <= 14 && remaining > 0; ++lag) {
                    const qint64 take = lag == 14 ? remaining : rng.binomial(remaining, 1.0 / double(15 - lag));
                    remaining -= take;
                    if (t + lag < T)
                        m_epi[k * size_t(T) + size_t(t + lag)].recoveries += take;
                }
            }
        }
    }

    // --- writing --------------------------------------------------------------------------------

    bool writeMeta()
    {
        const QString anchor = QDateTime::fromSecsSinceEpoch(m_anchorSecs, QTimeZone::UTC).toString(Qt::ISODate);
        const std::array<std::pair<QString, QString>, 5> entries = {{
            {u"city_name"_s, u"Puerto Atalaya"_s},
            {u"demo_seed"_s, QString::number(m_seed)},
            {u"demo_anchor"_s, anchor},
            {u"demo_generator_version"_s, QString::number(DemoCity::kGeneratorVersion)},
            {u"time_zone"_s, u"UTC"_s},
        }};
        for (const auto &[key, value] : entries) {
            if (!m_db.setMeta(key, value)) {
                if (m_error)
                    *m_error = DemoCity::tr("Writing the demo city failed: cannot set %1.").arg(key);
                return false;
            }
            ++m_writer.rows;
        }
        return true;
    }

    bool writeBasemap()
    {
        QSqlQuery q = m_db.prepare(u"INSERT INTO basemap_feature (id, kind, name, geometry, min_lat, min_lon, max_lat, max_lon)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QList<NamedPolygon> features = {{u"land"_s, u"Puerto Atalaya"_s, m_land},
                                        {u"sea"_s, u"Océano Atlántico"_s, m_sea},
                                        {u"river"_s, u"Río Sereno"_s, m_river}};
        features += m_parks;
        features += m_beaches;
        qint64 id = 0;
        for (const NamedPolygon &f : features) {
            const GeoBox box = geo::boundingBox(f.polygon);
            q.bindValue(0, ++id);
            q.bindValue(1, f.kind);
            q.bindValue(2, f.name);
            q.bindValue(3, geo::toGeoJson(f.polygon));
            q.bindValue(4, box.minLat);
            q.bindValue(5, box.minLon);
            q.bindValue(6, box.maxLat);
            q.bindValue(7, box.maxLon);
            if (!m_writer.exec(q))
                return false;
            ++m_writer.rows;
        }
        return true;
    }

    bool writeRegions()
    {
        QSqlQuery q = m_db.prepare(u"INSERT INTO region (id, level, code, name, parent_id, population, area_km2,"
                                   " share_over_65, deprivation_index, geometry, centroid_lat, centroid_lon,"
                                   " min_lat, min_lon, max_lat, max_lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const RegionRow &r : std::as_const(m_regions)) {
            q.bindValue(0, r.id);
            q.bindValue(1, r.level);
            q.bindValue(2, r.code);
            q.bindValue(3, r.name);
            q.bindValue(4, r.parentId ? QVariant(r.parentId) : QVariant(QMetaType::fromType<qint64>()));
            q.bindValue(5, r.population);
            q.bindValue(6, r.areaKm2);
            q.bindValue(7, r.shareOver65);
            q.bindValue(8, r.deprivation);
            q.bindValue(9, geo::toGeoJson(r.polygon));
            q.bindValue(10, r.label.lat);
            q.bindValue(11, r.label.lon);
            q.bindValue(12, r.box.minLat);
            q.bindValue(13, r.box.minLon);
            q.bindValue(14, r.box.maxLat);
            q.bindValue(15, r.box.maxLon);
            if (!m_writer.exec(q))
                return false;
            ++m_writer.rows;
        }
        return true;
    }

    bool writeServices()
    {
        RowBatch services(m_db, u"service_point"_s,
                          {u"id"_s, u"external_id"_s, u"category"_s, u"name"_s, u"address"_s, u"post_code"_s, u"region_id"_s,
                           u"lat"_s, u"lon"_s, u"status"_s, u"opening_hours"_s, u"capacity"_s, u"notes"_s, u"updated_by"_s,
                           u"updated_at"_s, u"geometry"_s});
        const QVariant nullText(QMetaType::fromType<QString>());
        const QVariant nullInt(QMetaType::fromType<int>());
        const QString demo = u"demo"_s;
        qint64 id = 0;
        for (const ServiceRow &s : std::as_const(m_services)) {
            if (!m_writer.add(services, {++id, s.externalId, s.category, s.name, s.address, s.postCode, s.regionId, s.at.lat,
                                         s.at.lon, s.status, s.hours.isEmpty() ? nullText : QVariant(s.hours),
                                         s.capacity > 0 ? QVariant(s.capacity) : nullInt,
                                         s.notes.isEmpty() ? nullText : QVariant(s.notes), demo, s.updatedAt,
                                         s.geometry.isEmpty() ? nullText : QVariant(s.geometry)}))
                return false;
        }
        // Every service is in before its windows refer to it; the windows' ids come out in the
        // same order as when each service's windows followed it.
        if (!m_writer.flush(services))
            return false;
        RowBatch windows(m_db, u"service_window"_s, {u"service_id"_s, u"weekdays"_s, u"opens"_s, u"closes"_s, u"audience"_s});
        id = 0;
        for (const ServiceRow &s : std::as_const(m_services)) {
            ++id;
            for (const AreaWindow &w : s.windows) {
                if (!m_writer.add(windows, {id, w.weekdays, w.opens, w.closes, w.audience}))
                    return false;
            }
        }
        return m_writer.flush(windows);
    }

    bool writeHospitals()
    {
        QSqlQuery q = m_db.prepare(u"INSERT INTO hospital (id, name, institution, region_id, address, lat, lon,"
                                   " general_beds, icu_beds, report_cadence_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        qint64 id = 0;
        for (const HospitalRow &h : std::as_const(m_hospitals)) {
            q.bindValue(0, ++id);
            q.bindValue(1, h.name);
            q.bindValue(2, h.institution);
            q.bindValue(3, h.regionId);
            q.bindValue(4, h.address);
            q.bindValue(5, h.at.lat);
            q.bindValue(6, h.at.lon);
            q.bindValue(7, h.generalBeds);
            q.bindValue(8, h.icuBeds);
            q.bindValue(9, kDaySeconds);
            if (!m_writer.exec(q))
                return false;
            ++m_writer.rows;
        }
        return true;
    }

    bool writeEpidemic(double from, double to)
    {
        RowBatch batch(m_db, u"epidemic_daily"_s,
                       {u"region_id"_s, u"day"_s, u"cases"_s, u"recoveries"_s, u"deaths"_s, u"tests"_s,
                        u"vaccinated_dose1"_s, u"vaccinated_dose2"_s, u"vaccinated_booster"_s, u"source"_s});
        const QList<RegionRow *> hoods = neighbourhoodRows();
        const int T = kHistoryDays;
        QStringList days;
        for (int t = 0; t < T; ++t)
            days.append(m_day0.addDays(t).toString(Qt::ISODate));
        const QString source = u"demo"_s;
        for (qsizetype i = 0; i < hoods.size(); ++i) {
            if (i % 4 == 0)
                report(from + (to - from) * double(i) / double(hoods.size()), DemoCity::tr("Writing epidemic figures"));
            for (int t = 0; t < T; ++t) {
                const EpiDay &e = m_epi[size_t(i) * size_t(T) + size_t(t)];
                if (!m_writer.add(batch, {hoods[i]->id, days[t], e.cases, e.recoveries, e.deaths, e.tests, e.dose1, e.dose2,
                                          e.booster, source}))
                    return false;
            }
        }
        return m_writer.flush(batch);
    }

    bool writeBedReports(double from, double to)
    {
        report(from, DemoCity::tr("Writing hospital bed reports"));
        Random rng = stream(7);
        const int T = kHistoryDays;
        // Hospital load follows infections one to two weeks earlier; ICU load a few days later
        // still (patients deteriorate before they need intensive care). Both scaled to the worst
        // moment.
        auto laggedLoad = [&](int fromLag, int toLag) {
            std::vector<double> load(size_t(T), 0.0);
            double peak = 0.0;
            for (int t = 0; t < T; ++t) {
                double s = 0.0;
                for (int k = t - toLag; k <= t - fromLag; ++k)
                    s += k >= 0 ? m_cityInfections[size_t(k)] : 0.0;
                load[size_t(t)] = s;
                peak = std::max(peak, s);
            }
            for (double &l : load)
                l = peak > 0.0 ? l / peak : 0.0;
            return load;
        };
        const std::vector<double> load = laggedLoad(5, 14), icuLoad = laggedLoad(8, 18);
        // Weekly rhythm of elective admissions, as the 08:00 report sees it (index: ISO weekday):
        // patients go home before the weekend and few are admitted until Monday's lists, so the
        // census is lowest on Sunday night, Monday morning's report.
        static constexpr std::array<double, 8> weekendDip = {0.0, 1.0, 0.2, 0.0, 0.0, 0.0, 0.4, 0.8};

        // reported_level is left out: NULL, these reports give counts.
        RowBatch batch(m_db, u"bed_report"_s,
                       {u"hospital_id"_s, u"reported_at"_s, u"general_total"_s, u"general_free"_s, u"icu_total"_s,
                        u"icu_free"_s, u"source"_s});
        const QString source = u"demo"_s;
        const int staleHospital = 4;             // stopped reporting three days ago
        const std::array<int, 2> gappy = {5, 8}; // miss a day now and then
        for (qsizetype h = 0; h < m_hospitals.size(); ++h) {
            const HospitalRow &hospital = m_hospitals[h];
            const BedProfile &profile = hospital.beds;
            // This city's version of the hospital: its usual load and how hard waves hit it.
            const double baseG = profile.generalBase + rng.normal(0.0, 0.03);
            const double baseI = profile.icuBase + rng.normal(0.0, 0.03);
            const double waveScale = rng.uniform(0.85, 1.15);
            // Slow drift (staffing, a closed ward, a cluster of long stays) over weeks, and
            // day-to-day noise of a few beds, a larger share of a small ICU.
            double driftG = rng.normal(0.0, 0.03), driftI = rng.normal(0.0, 0.04);
            const double noiseSdI = 0.22 / std::sqrt(double(hospital.icuBeds));
            const bool isGappy = std::find(gappy.begin(), gappy.end(), int(h)) != gappy.end();
            for (int t = 0; t < T; ++t) {
                const QDate day = m_day0.addDays(t);
                const qint64 at = daySeconds(day) + 8 * 3600;
                const double noiseG = rng.normal(0.0, 0.015), noiseI = rng.normal(0.0, noiseSdI);
                driftG = 0.93 * driftG + rng.normal(0.0, 0.011); // stationary sd about 0.03
                driftI = 0.90 * driftI + rng.normal(0.0, 0.017); // about 0.04
                const bool missing = rng.chance(0.03) && isGappy && t < T - 3; // only the stale one is stale
                if (at > m_anchorSecs || missing || (h == staleHospital && t > T - 4))
                    continue;
                const double dip = profile.elective * weekendDip[size_t(day.dayOfWeek())];
                const double season = std::cos(2.0 * kPi * (day.dayOfYear() - 20) / 365.25); // winter up, summer down
                const double l = load[size_t(t)], li = icuLoad[size_t(t)];
                const double occG = std::clamp(baseG + waveScale * profile.generalWave * l + 0.03 * season - dip + driftG + noiseG, 0.05, 0.99);
                // ICU follows waves more sharply, and opens surge beds when they get bad.
                const double occI = std::clamp(baseI + waveScale * profile.icuWave * std::pow(li, 0.8) + 0.04 * season - 0.5 * dip + driftI + noiseI, 0.0, 1.0);
                const int icuTotal = hospital.icuBeds + int(std::round(hospital.icuBeds * 0.5 * std::max(0.0, li - 0.45) / 0.55));
                const int generalFree = std::clamp(hospital.generalBeds - int(std::round(occG * hospital.generalBeds)), 0, hospital.generalBeds);
                const int icuFree = std::clamp(icuTotal - int(std::round(occI * icuTotal)), 0, icuTotal);
                if (!m_writer.add(batch, {qint64(h + 1), at, hospital.generalBeds, generalFree, icuTotal, icuFree, source}))
                    return false;
            }
        }
        if (!m_writer.flush(batch))
            return false;
        report(to, DemoCity::tr("Writing hospital bed reports"));
        return true;
    }

    bool writeOccupancy(double from, double to)
    {
        QSqlQuery siteQuery = m_db.prepare(u"INSERT INTO site (id, name, kind, region_id, lat, lon, capacity,"
                                           " amber_threshold, red_threshold, closed_threshold, code)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery sensorQuery = m_db.prepare(u"INSERT INTO sensor (id, provider, component, code, type, unit, site_id, lat, lon)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (qsizetype i = 0; i < m_sites.size(); ++i) {
            const SiteRow &s = m_sites[i];
            siteQuery.bindValue(0, qint64(i + 1));
            siteQuery.bindValue(1, s.name);
            siteQuery.bindValue(2, s.kind);
            siteQuery.bindValue(3, s.regionId);
            siteQuery.bindValue(4, s.at.lat);
            siteQuery.bindValue(5, s.at.lon);
            siteQuery.bindValue(6, s.capacity);
            siteQuery.bindValue(7, s.amber);
            siteQuery.bindValue(8, s.red);
            siteQuery.bindValue(9, s.closed ? QVariant(*s.closed) : QVariant(QMetaType::fromType<double>()));
            siteQuery.bindValue(10, s.code);
            sensorQuery.bindValue(0, qint64(i + 1));
            sensorQuery.bindValue(1, u"demo"_s);
            sensorQuery.bindValue(2, s.code);
            sensorQuery.bindValue(3, u"occ-%1"_s.arg(s.code));
            sensorQuery.bindValue(4, u"people_count"_s);
            sensorQuery.bindValue(5, u"people"_s);
            sensorQuery.bindValue(6, qint64(i + 1));
            sensorQuery.bindValue(7, s.at.lat);
            sensorQuery.bindValue(8, s.at.lon);
            if (!m_writer.exec(siteQuery) || !m_writer.exec(sensorQuery))
                return false;
            m_writer.rows += 2;
        }

        Random rng = stream(8);
        const qint64 last = m_anchorSecs - ((m_anchorSecs % kSlotSeconds) + kSlotSeconds) % kSlotSeconds;
        constexpr int slotsPerDay = int(kDaySeconds / kSlotSeconds);
        constexpr int slotCount = kOccupancyDays * slotsPerDay;
        const qint64 first = last - qint64(slotCount - 1) * kSlotSeconds;

        // Day-to-day "weather": one persistent city-wide factor, warmer days fill beaches and parks.
        const qint64 firstDay = first / kDaySeconds;
        const int dayCount = int(last / kDaySeconds - firstDay) + 1;
        std::vector<double> weather(static_cast<size_t>(dayCount));
        double w = 1.0;
        for (int d = 0; d < dayCount + 20; ++d) {
            w = 1.0 + 0.75 * (w - 1.0) + rng.normal(0.0, 0.12);
            if (d >= 20)
                weather[size_t(d - 20)] = std::clamp(w, 0.5, 1.5);
        }

        RowBatch batch(m_db, u"observation"_s, {u"sensor_id"_s, u"observed_at"_s, u"value"_s});
        std::vector<bool> gap(static_cast<size_t>(slotCount));
        for (qsizetype i = 0; i < m_sites.size(); ++i) {
            report(from + (to - from) * double(i) / double(m_sites.size()), DemoCity::tr("Recording occupancy sensors"));
            const SiteRow &s = m_sites[i];
            Random srng = rng.derive(quint64(i) + 1);
            // Outages: a few hours now and then; the bus station's counter is down since three hours.
            std::fill(gap.begin(), gap.end(), false);
            for (int d = 0; d < kOccupancyDays; ++d) {
                if (!srng.chance(0.04))
                    continue;
                const int start = d * slotsPerDay + int(srng.bounded(slotsPerDay));
                const int length = int(srng.integer(6, 48));
                for (int k = start; k < std::min(slotCount, start + length); ++k)
                    gap[size_t(k)] = true;
            }
            if (s.code == "estacion-autobuses"_L1) {
                for (int k = slotCount - 18; k < slotCount; ++k)
                    gap[size_t(k)] = true;
            }
            const double scale = srng.uniform(0.92, 1.08);
            const double weatherWeight = s.kind == "beach"_L1 ? 2.0 : (s.kind == "park"_L1 || s.kind == "square"_L1) ? 1.0 : -0.2;
            for (int k = 0; k < slotCount; ++k) {
                const qint64 at = first + qint64(k) * kSlotSeconds;
                const double noise = srng.normal(0.0, 1.0), noise2 = srng.normal(0.0, 1.0);
                if (gap[size_t(k)])
                    continue;
                const qint64 dayIndex = at / kDaySeconds;
                const double hour = double(at % kDaySeconds) / 3600.0;
                const int weekday = weekdayOf(at);
                const double wx = weather[size_t(dayIndex - firstDay)];
                double level = demo::occupancyShape(s.kind, weekday, hour) * std::pow(wx, weatherWeight) * scale;
                if (s.kind == "beach"_L1) {
                    const int doy = QDate(1970, 1, 1).addDays(dayIndex).dayOfYear();
                    level *= 0.55 + 0.45 * std::max(0.0, std::cos(2.0 * kPi * (doy - 200) / 365.0));
                }
                // Counters do overshoot a nominal capacity, but not without bound.
                const double value = std::clamp(std::round(s.capacity * level * (1.0 + 0.07 * noise) + 0.01 * s.capacity * noise2),
                                                0.0, std::round(1.2 * s.capacity));
                if (!m_writer.add(batch, {qint64(i + 1), at, value}))
                    return false;
            }
        }
        if (!m_writer.flush(batch))
            return false;
        report(to, DemoCity::tr("Recording occupancy sensors"));
        return true;
    }

    struct EpiDay {
        qint64 cases = 0, recoveries = 0, deaths = 0, tests = 0, dose1 = 0, dose2 = 0, booster = 0;
    };
    struct BeachSpan {
        int iu0, iu1;
        double depth;
    };

    Database &m_db;
    DemoCity::Progress m_progress;
    QString *m_error;
    Writer m_writer;
    Random m_root;
    quint64 m_seed = 1;
    qint64 m_anchorSecs = 0;
    QDate m_anchorDay;
    QDate m_day0;

    Polygon m_land, m_sea, m_river;
    GeoBox m_riverBox;
    QList<NamedPolygon> m_parks, m_beaches;
    QList<BeachSpan> m_beachSpans;
    QList<RegionRow> m_regions; // city, districts, neighbourhoods, post codes: in id order
    qsizetype m_firstNeighbourhood = 0, m_firstPostcode = 0;
    QList<ServiceRow> m_services;
    QList<HospitalRow> m_hospitals;
    QList<SiteRow> m_sites;
    std::vector<EpiDay> m_epi; // neighbourhood-major, day-minor
    std::vector<double> m_cityInfections;
};

} // namespace

bool DemoCity::generate(Database &db, const DemoCityOptions &options, const Progress &progress, QString *error)
{
    QString failure;
    if (!db.isOpen()) {
        failure = DemoCity::tr("Cannot write the demo city: the store is not open.");
    } else if (storeHasCity(db)) {
        failure = DemoCity::tr("Cannot write the demo city: the store already holds the city \"%1\". Use a new, empty store.")
                      .arg(db.meta(u"city_name"_s));
    } else {
        QSqlQuery count = db.prepare(u"SELECT (SELECT COUNT(*) FROM region) + (SELECT COUNT(*) FROM service_point)"
                                     " + (SELECT COUNT(*) FROM hospital) + (SELECT COUNT(*) FROM site)"
                                     " + (SELECT COUNT(*) FROM basemap_feature)"_s);
        if (!Database::exec(count) || !count.next())
            failure = DemoCity::tr("Cannot write the demo city: the store cannot be read (%1).").arg(count.lastError().text());
        else if (count.value(0).toLongLong() > 0)
            failure = DemoCity::tr("Cannot write the demo city: the store already holds regions, services or sites. Use a new, empty store.");
    }
    if (!failure.isEmpty()) {
        qCWarning(lcDemo).noquote() << failure;
        if (error)
            *error = failure;
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    Generator generator(db, options, progress, &failure);
    const bool ok = db.inTransaction([&] {
        if (!generator.run())
            return false;
        // The city's rows carry their own ids, which PostgreSQL's identity sequences do not see:
        // without this the first service point or site a user adds would be given id 1 again.
        if (db.syncIdentitySequences())
            return true;
        failure = DemoCity::tr("Writing the demo city failed: the id sequences cannot be moved past its rows (%1).")
                      .arg(db.connection().lastError().text());
        return false;
    });
    if (!ok) {
        if (failure.isEmpty())
            failure = DemoCity::tr("Writing the demo city failed: the transaction could not be committed (%1).")
                          .arg(db.connection().lastError().text());
        qCWarning(lcDemo).noquote() << failure << "Nothing was written.";
        if (error)
            *error = failure;
        return false;
    }
    if (progress)
        progress(1.0, DemoCity::tr("Done"));
    qCInfo(lcDemo) << "demo city written:" << generator.rows() << "rows in" << timer.elapsed() << "ms";
    return true;
}

bool DemoCity::storeHasCity(const Database &db)
{
    return !db.meta(u"city_name"_s).isEmpty();
}

} // namespace atalaya
