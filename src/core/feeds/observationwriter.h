#pragma once

#include "reading.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

#include <memory>
#include <optional>
#include <utility>

namespace atalaya {
class Database;
}

namespace atalaya::feeds {

/** Writes readings to the store in batched transactions, fast enough for a city's whole sensor
 *  platform (target: >= 100,000 readings per second on a 2-core machine). Sensors are resolved
 *  through a cache; a reading of a sensor the store does not know registers it (type from the
 *  reading's feed, see setDefaultType and registerSensors). Duplicates (same sensor and instant)
 *  are stored once: the first value received is kept. Create it after the store is open and
 *  use it on the store's thread; it keeps its prepared statements until a write fails (they
 *  may have died with the connection) or dropStatements(). */
class ObservationWriter
{
    Q_DECLARE_TR_FUNCTIONS(atalaya::feeds::ObservationWriter)
public:
    struct Result {
        qint64 stored = 0;      // new rows (registerSensors: sensors created or updated)
        qint64 duplicates = 0;  // already in the store or earlier in the batch (same sensor and instant), ignored
        qint64 newSensors = 0;  // sensors registered by this call
        qint64 newSites = 0;    // sites created from SiteHints by this call
        QString error;          // the store refused: what and why; nothing of the batch was written
        bool ok() const { return error.isEmpty(); }
    };

    explicit ObservationWriter(Database &db);
    ~ObservationWriter();
    ObservationWriter(const ObservationWriter &) = delete;
    ObservationWriter &operator=(const ObservationWriter &) = delete;

    /** Creates or updates sensors (and the sites their hints name) from a catalogue or entities,
     *  in one transaction. A sensor is keyed by (provider, code); its component, type and unit
     *  are replaced, its location and site only when the info gives them. A hint whose site code
     *  is stored links the sensor to that site and updates its name, capacity and location (its
     *  kind and thresholds stay as set); a new code with a capacity and a location creates the
     *  site (thresholds 40/60/80 %); without either, the sensor is stored alone. */
    Result registerSensors(const QList<SensorInfo> &sensors);
    /** One transaction for the whole batch; all or nothing. */
    Result write(const QList<SensorReading> &readings);

    /** What sensors of provider that write() registers measure (a feed's configured type);
     *  "unknown" when not set. */
    void setDefaultType(const QString &provider, const QString &type);

    /** The latest stored instant of each sensor of provider (catch-up after an outage asks the
     *  source for what came after it). Sensors without readings are left out. */
    QHash<QString, qint64> latestByProvider(const QString &provider) const;

    /** Forgets the prepared statements; the next write prepares them afresh. Call it before the
     *  store's connection is reopened (StoreReconnector::aboutToReopen): a statement prepared on
     *  the old connection dies with it. The sensor ids stay: they are committed rows. */
    void dropStatements();

private:
    struct Statements;
    /** The id of a sensor, registering it when the store does not know it (noted in created,
     *  so a rolled-back batch can forget it); nothing when the store refuses (error set). */
    std::optional<qint64> sensorId(const QString &provider, const QString &code,
                                   QList<std::pair<QString, QString>> &created, QSqlError &error);
    /** What the store's refusal tells the feed's operator: a role that may not write readings is
     *  told so by name (refusalMessage), anything else as message with the store's own words. */
    QString refusal(const QSqlError &refused, const QString &message) const;

    Database &m_db;
    std::unique_ptr<Statements> m_statements;
    QHash<QString, QHash<QString, qint64>> m_sensorIds; // provider -> code -> sensor.id
    QHash<QString, QString> m_defaultTypes;
};

} // namespace atalaya::feeds
