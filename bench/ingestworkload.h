#pragma once

// The sensor platform the ingest benches feed: bench_ingest (Sentilo answers into SQLite) and
// bench_ingest_postgres (readings into PostgreSQL) write the same provider's sensors with the
// same people counts, so their figures describe the same workload. Each lays the readings out
// its own way (JSON answers newest first; readings oldest first), which stays in its file.

#include "feeds/reading.h"

#include <QChar>
#include <QList>
#include <QString>

#include <optional>

namespace atalaya::bench {

inline constexpr int kSensors = 200;
inline constexpr int kReadingsPerSensor = 5; // per answer: 5 minutes of 200 sensors = 1,000 readings
inline const QString kProvider = QStringLiteral("bcn-occupancy");

/** Sensor i's code within the provider: "occ-0000" to "occ-0199". */
inline QString sensorCode(int i)
{
    return QStringLiteral("occ-%1").arg(i, 4, 10, QChar(u'0'));
}

/** The provider's catalogue, registered before ingest as the connector does at start: one
 *  people counter per site, a few metres apart. */
inline QList<feeds::SensorInfo> catalogue()
{
    QList<feeds::SensorInfo> sensors;
    for (int s = 0; s < kSensors; ++s)
        sensors.append(feeds::SensorInfo{kProvider, sensorCode(s), QStringLiteral("site-%1").arg(s),
                                         QStringLiteral("people_count"), QStringLiteral("people"), 41.38 + s * 1e-4,
                                         2.17 + s * 1e-4, std::nullopt});
    return sensors;
}

/** The readings' values, deterministic (xorshift64 from a fixed seed), so every run writes the
 *  same rows: people counts from 0 to 2,999, a quarter of them with a half, as counters that
 *  average over their minute report them. */
class PeopleCounts
{
public:
    struct Count {
        int people = 0;
        bool half = false;
        double value() const { return double(people) + (half ? 0.5 : 0.0); }
    };

    /** The next count of the sequence. */
    Count next()
    {
        m_state ^= m_state << 13, m_state ^= m_state >> 7, m_state ^= m_state << 17;
        return {int(m_state % 3000), (m_state >> 20) % 4 == 0};
    }

private:
    quint64 m_state = 0x2545F4914F6CDD1Dull;
};

} // namespace atalaya::bench
