#include "observationwriter.h"

#include "logging.h"
#include "store/database.h"
#include "store/storeaccess.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

// Why the writer is shaped as it is (bench/bench_ingest.cpp measures it):
// - rows go in with multi-row INSERT ... VALUES (?,?,?),(?,?,?)... statements, prepared once and
//   reused: one statement per 256 rows costs far less in QtSql and SQLite than 256 executions;
//   a batch's tail is written by statements of 128, 64, ... 1 rows, so at most 9 are kept;
// - rows are sorted by sensor and instant first, so the (sensor_id, observed_at) key index is
//   filled in order, page after page, instead of jumping between sensors;
// - ON CONFLICT (sensor_id, observed_at) DO NOTHING makes duplicates free and countable (the
//   rows a statement inserts are what it reports as affected), and is SQL that SQLite and
//   PostgreSQL both run;
// - sensor ids are cached per provider and code, so a reading costs no look-up query;
// - on PostgreSQL the rows go in as three arrays, INSERT ... SELECT FROM unnest(?, ?, ?), up to
//   kArrayRowsPerStatement rows per statement. Qt's QPSQL driver sends every bound value as a
//   literal in the text of an EXECUTE, which the server parses value by value, and QtSql's own
//   cost per bound value grows with the statement (store/rowbatch.h); three array parameters
//   avoid both, and one statement is one round trip and one firing of the store's statement
//   triggers (change notifications) for 10,000 readings. bench/bench_ingest_postgres.cpp: about
//   1.8 times the rate of the 256-row VALUES statements (3.6 s instead of 6.4 s for 200,000
//   readings on a loaded 2-core machine), and a quarter of the client's CPU time.
namespace atalaya::feeds {

namespace {

constexpr int kLevels = 9;                             // statements of 1, 2, 4, ... 256 rows
constexpr int kRowsPerStatement = 1 << (kLevels - 1); // 768 parameters: far under SQLite's 32,766 and PostgreSQL's 65,535
constexpr int kArrayRowsPerStatement = 10000;         // PostgreSQL: FeedEngine's whole batch, about 250 kB of text

const QStringList &siteKinds()
{
    static const QStringList kinds = {u"beach"_s, u"square"_s, u"market"_s, u"station"_s,
                                      u"park"_s,  u"venue"_s,  u"car_park"_s};
    return kinds;
}

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/** A double as PostgreSQL's float8 input reads it back exactly (shortest round-trip digits). */
void appendFloat8(QByteArray &out, double value)
{
    if (std::isnan(value))
        out += "NaN";
    else if (std::isinf(value))
        out += value > 0 ? "Infinity" : "-Infinity";
    else
        out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

struct ObservationWriter::Statements {
    // insert[k] writes 2^k rows; the last one kRowsPerStatement.
    std::array<std::optional<QSqlQuery>, kLevels> insert;
    std::optional<QSqlQuery> findSensor, addSensor;
    std::optional<QSqlQuery> insertArrays; // PostgreSQL only

    static QString insertSql(int rows)
    {
        QString sql = u"INSERT INTO observation (sensor_id, observed_at, value) VALUES "_s;
        sql.reserve(sql.size() + rows * 8 + 64);
        for (int i = 0; i < rows; ++i)
            sql += i == 0 ? u"(?,?,?)"_s : u",(?,?,?)"_s;
        sql += u" ON CONFLICT (sensor_id, observed_at) DO NOTHING"_s;
        return sql;
    }
};

ObservationWriter::ObservationWriter(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<Statements>())
{}

ObservationWriter::~ObservationWriter() = default;

void ObservationWriter::dropStatements()
{
    m_statements = std::make_unique<Statements>();
}

void ObservationWriter::setDefaultType(const QString &provider, const QString &type)
{
    m_defaultTypes.insert(provider, type);
}

std::optional<qint64> ObservationWriter::sensorId(const QString &provider, const QString &code,
                                                  QList<std::pair<QString, QString>> &created, QSqlError &error)
{
    Statements &s = *m_statements;
    if (!s.findSensor) {
        s.findSensor = m_db.prepare(u"SELECT id FROM sensor WHERE provider = ? AND code = ?"_s);
        s.addSensor = m_db.prepare(u"INSERT INTO sensor (provider, component, code, type) VALUES (?, ?, ?, ?)"_s);
    }
    QSqlQuery &find = *s.findSensor;
    const auto lookUp = [&]() -> std::optional<qint64> {
        find.bindValue(0, provider);
        find.bindValue(1, code);
        if (!find.exec()) {
            error = find.lastError();
            return std::nullopt;
        }
        const std::optional<qint64> id = find.next() ? std::optional<qint64>(find.value(0).toLongLong()) : std::nullopt;
        find.finish();
        return id;
    };
    std::optional<qint64> id = lookUp();
    if (!id && !error.isValid()) {
        // Nothing says where it is or what it measures beyond its feed: component = its code,
        // as Sentilo does for a sensor registered without one.
        QSqlQuery &add = *s.addSensor;
        add.bindValue(0, provider);
        add.bindValue(1, code);
        add.bindValue(2, code);
        add.bindValue(3, m_defaultTypes.value(provider, u"unknown"_s));
        if (!add.exec()) {
            error = add.lastError();
            return std::nullopt;
        }
        id = lookUp();
        if (!id) {
            if (!error.isValid())
                error = QSqlError(tr("the sensor was inserted but cannot be read back"), {}, QSqlError::UnknownError);
            return std::nullopt;
        }
        created.append({provider, code});
        qCDebug(lcFeeds) << "registered sensor" << provider << code << "from its first reading";
    }
    if (id)
        m_sensorIds[provider].insert(code, *id);
    return id;
}

ObservationWriter::Result ObservationWriter::write(const QList<SensorReading> &readings)
{
    Result result;
    if (readings.isEmpty())
        return result;

    struct Row {
        qint64 sensor;
        qint64 at;
        double value;
    };
    std::vector<Row> rows;
    rows.reserve(readings.size());
    QList<std::pair<QString, QString>> created;
    QSqlError failure;
    std::optional<std::pair<QString, QString>> unregistered; // (code, provider) of a sensor the store refused

    const bool done = m_db.inTransaction([&] {
        // Readings arrive grouped by provider and sensor; remember the last look-up.
        const QString *lastProvider = nullptr;
        const QString *lastCode = nullptr;
        QHash<QString, qint64> *providerIds = nullptr;
        qint64 lastId = 0;
        for (const SensorReading &reading : readings) {
            if (!lastCode || reading.sensor != *lastCode || reading.provider != *lastProvider) {
                if (!lastProvider || reading.provider != *lastProvider)
                    providerIds = &m_sensorIds[reading.provider];
                const auto cached = providerIds->constFind(reading.sensor);
                if (cached != providerIds->cend()) {
                    lastId = *cached;
                } else {
                    const std::optional<qint64> id = sensorId(reading.provider, reading.sensor, created, failure);
                    if (!id) {
                        unregistered = {reading.sensor, reading.provider};
                        return false;
                    }
                    providerIds = &m_sensorIds[reading.provider]; // sensorId() may have grown the outer hash
                    lastId = *id;
                }
                lastProvider = &reading.provider;
                lastCode = &reading.sensor;
            }
            rows.push_back(Row{lastId, reading.observedAt, reading.value});
        }
        // Stable: of two readings of one instant, the first received is the one kept.
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.sensor != b.sensor ? a.sensor < b.sensor : a.at < b.at;
        });

        Statements &s = *m_statements;
        if (m_db.isPostgres()) {
            if (!s.insertArrays) {
                s.insertArrays = m_db.prepare(
                    u"INSERT INTO observation (sensor_id, observed_at, value)"
                    " SELECT * FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS DOUBLE PRECISION[]))"
                    " ON CONFLICT (sensor_id, observed_at) DO NOTHING"_s);
                s.insertArrays->setForwardOnly(true);
            }
            QSqlQuery &insert = *s.insertArrays;
            QByteArray sensors, instants, values;
            for (std::size_t from = 0; from < rows.size(); from += kArrayRowsPerStatement) {
                const std::size_t to = std::min(rows.size(), from + kArrayRowsPerStatement);
                sensors = instants = values = "{"_ba;
                for (std::size_t i = from; i < to; ++i) {
                    const Row &row = rows[i];
                    if (i > from) {
                        sensors += ',';
                        instants += ',';
                        values += ',';
                    }
                    sensors += QByteArray::number(row.sensor);
                    instants += QByteArray::number(row.at);
                    appendFloat8(values, row.value);
                }
                sensors += '}';
                instants += '}';
                values += '}';
                // unnest() hands the rows out in array order, so of two readings of one instant
                // the first is inserted and the second skipped, as with the VALUES lists.
                insert.bindValue(0, QString::fromLatin1(sensors));
                insert.bindValue(1, QString::fromLatin1(instants));
                insert.bindValue(2, QString::fromLatin1(values));
                if (!insert.exec()) {
                    failure = insert.lastError();
                    return false;
                }
                result.stored += insert.numRowsAffected();
            }
            return true;
        }
        std::size_t next = 0;
        while (next < rows.size()) {
            const std::size_t left = rows.size() - next;
            int level = kLevels - 1;
            while (level > 0 && (std::size_t(1) << level) > left)
                --level;
            const int count = 1 << level;
            std::optional<QSqlQuery> &statement = s.insert[level];
            if (!statement) {
                statement = m_db.prepare(Statements::insertSql(count));
                statement->setForwardOnly(true);
            }
            QSqlQuery &insert = *statement;
            int parameter = 0;
            for (int i = 0; i < count; ++i) {
                const Row &row = rows[next + i];
                insert.bindValue(parameter++, row.sensor);
                insert.bindValue(parameter++, row.at);
                insert.bindValue(parameter++, row.value);
            }
            if (!insert.exec()) {
                failure = insert.lastError();
                return false;
            }
            result.stored += insert.numRowsAffected();
            next += count;
        }
        return true;
    });

    if (!done) {
        // Sensors registered inside the rolled-back transaction are gone again.
        for (const auto &[provider, code] : std::as_const(created))
            m_sensorIds[provider].remove(code);
        // The refusal may be a connection the server dropped: its statements died with it, and
        // the next write (perhaps on a reopened connection) prepares them afresh.
        dropStatements();
        const QSqlError refused = failure.isValid() ? failure : m_db.connection().lastError();
        QString why = refused.text();
        if (unregistered)
            why = tr("cannot register sensor %1 of %2: %3").arg(unregistered->first, unregistered->second, why);
        // The caller says it (once per reason: a refusing role refuses every retry).
        qCDebug(lcFeeds) << "batch of" << readings.size() << "readings refused:" << why;
        const int count = int(readings.size());
        return Result{0, 0, 0, 0,
                      refusal(refused, tr("The store did not take %n reading(s), and none of them was written: %1.",
                                          nullptr, count)
                                           .arg(why))};
    }
    result.duplicates = qint64(rows.size()) - result.stored;
    result.newSensors = created.size();
    return result;
}

ObservationWriter::Result ObservationWriter::registerSensors(const QList<SensorInfo> &sensors)
{
    Result result;
    if (sensors.isEmpty())
        return result;
    QSqlError failure;

    const bool done = m_db.inTransaction([&] {
        const auto run = [&](QSqlQuery &query) {
            if (query.exec())
                return true;
            failure = query.lastError();
            return false;
        };
        QSqlQuery findSite = m_db.prepare(u"SELECT id FROM site WHERE code = ?"_s);
        QSqlQuery addSite = m_db.prepare(
            u"INSERT INTO site (code, name, kind, lat, lon, capacity, amber_threshold, red_threshold, closed_threshold)"
            " VALUES (?, ?, ?, ?, ?, ?, 0.40, 0.60, 0.80)"_s);
        QSqlQuery updateSite = m_db.prepare(
            u"UPDATE site SET name = ?, capacity = COALESCE(?, capacity), lat = COALESCE(?, lat),"
            " lon = COALESCE(?, lon) WHERE id = ?"_s);
        QSqlQuery findSensor = m_db.prepare(u"SELECT id FROM sensor WHERE provider = ? AND code = ?"_s);
        QSqlQuery addSensor = m_db.prepare(
            u"INSERT INTO sensor (provider, component, code, type, unit, site_id, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery updateSensor = m_db.prepare(
            u"UPDATE sensor SET component = ?, type = COALESCE(?, type), unit = ?, site_id = COALESCE(?, site_id),"
            " lat = COALESCE(?, lat), lon = COALESCE(?, lon) WHERE id = ?"_s);
        const auto idOf = [&](QSqlQuery &find) -> std::optional<qint64> {
            if (!run(find))
                return std::nullopt;
            const std::optional<qint64> id = find.next() ? std::optional<qint64>(find.value(0).toLongLong())
                                                         : std::nullopt;
            find.finish();
            return id;
        };

        for (const SensorInfo &info : sensors) {
            if (info.provider.isEmpty() || info.code.isEmpty()) {
                failure = QSqlError(tr("a sensor without provider or code cannot be registered"), {},
                                    QSqlError::UnknownError);
                return false;
            }
            QVariant siteId(QMetaType::fromType<qint64>());
            if (info.site && !info.site->code.isEmpty()) {
                const SiteHint &hint = *info.site;
                findSite.bindValue(0, hint.code);
                const std::optional<qint64> existing = idOf(findSite);
                if (failure.isValid())
                    return false;
                const QVariant capacity = hint.capacity && *hint.capacity > 0 ? QVariant(*hint.capacity)
                                                                              : QVariant(QMetaType::fromType<int>());
                if (existing) {
                    updateSite.bindValue(0, hint.name.isEmpty() ? hint.code : hint.name);
                    updateSite.bindValue(1, capacity);
                    updateSite.bindValue(2, optionalDouble(info.lat));
                    updateSite.bindValue(3, optionalDouble(info.lon));
                    updateSite.bindValue(4, *existing);
                    if (!run(updateSite))
                        return false;
                    siteId = *existing;
                } else if (!capacity.isNull() && info.lat && info.lon) {
                    addSite.bindValue(0, hint.code);
                    addSite.bindValue(1, hint.name.isEmpty() ? hint.code : hint.name);
                    addSite.bindValue(2, siteKinds().contains(hint.kind) ? hint.kind : u"venue"_s);
                    addSite.bindValue(3, *info.lat);
                    addSite.bindValue(4, *info.lon);
                    addSite.bindValue(5, capacity);
                    if (!run(addSite))
                        return false;
                    findSite.bindValue(0, hint.code);
                    const std::optional<qint64> added = idOf(findSite);
                    if (!added)
                        return false;
                    siteId = *added;
                    ++result.newSites;
                }
            }

            findSensor.bindValue(0, info.provider);
            findSensor.bindValue(1, info.code);
            const std::optional<qint64> existing = idOf(findSensor);
            if (failure.isValid())
                return false;
            const QString component = info.component.isEmpty() ? info.code : info.component;
            if (existing) {
                updateSensor.bindValue(0, component);
                updateSensor.bindValue(1, optionalText(info.type));
                updateSensor.bindValue(2, optionalText(info.unit));
                updateSensor.bindValue(3, siteId);
                updateSensor.bindValue(4, optionalDouble(info.lat));
                updateSensor.bindValue(5, optionalDouble(info.lon));
                updateSensor.bindValue(6, *existing);
                if (!run(updateSensor))
                    return false;
            } else {
                addSensor.bindValue(0, info.provider);
                addSensor.bindValue(1, component);
                addSensor.bindValue(2, info.code);
                addSensor.bindValue(3, info.type.isEmpty() ? m_defaultTypes.value(info.provider, u"unknown"_s) : info.type);
                addSensor.bindValue(4, optionalText(info.unit));
                addSensor.bindValue(5, siteId);
                addSensor.bindValue(6, optionalDouble(info.lat));
                addSensor.bindValue(7, optionalDouble(info.lon));
                if (!run(addSensor))
                    return false;
                ++result.newSensors;
            }
            ++result.stored;
        }
        return true;
    });

    if (!done) {
        const QSqlError refused = failure.isValid() ? failure : m_db.connection().lastError();
        qCDebug(lcFeeds) << "sensor registration refused:" << refused.text();
        const int count = int(sensors.size());
        return Result{0, 0, 0, 0,
                      refusal(refused, tr("The store did not take the %n sensor(s) of the catalogue, and none was "
                                          "written: %1.",
                                          nullptr, count)
                                           .arg(refused.text()))};
    }
    return result;
}

QString ObservationWriter::refusal(const QSqlError &refused, const QString &message) const
{
    return refusalMessage(refused, m_db, StoreChange::Readings, message);
}

QHash<QString, qint64> ObservationWriter::latestByProvider(const QString &provider) const
{
    QHash<QString, qint64> latest;
    // A correlated MAX per sensor walks the (sensor_id, observed_at) key to its end: a look-up
    // per sensor, where a GROUP BY over the join would read every observation.
    QSqlQuery query = m_db.prepare(
        u"SELECT s.code, (SELECT MAX(o.observed_at) FROM observation o WHERE o.sensor_id = s.id)"
        " FROM sensor s WHERE s.provider = ?"_s);
    query.bindValue(0, provider);
    if (!Database::exec(query))
        return latest;
    while (query.next()) {
        if (!query.value(1).isNull())
            latest.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return latest;
}

} // namespace atalaya::feeds
