#pragma once

#include "feeds/feedconfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace atalaya {
class Database;
}

namespace atalaya::ingest {

/** What the store says about the feeds, for `atalaya-ingest status`: per feed (or, when no
 *  feed is known, per sensor provider) its newest observation and the sensor that gave it,
 *  the readings of the last hour, and whether it is stale by the feed's own expectation
 *  (staleAfter). The expectations come from a feeds file, else from what the ingest service
 *  recorded in the store when it started; without either, no source is judged. */
class IngestStatus
{
    Q_DECLARE_TR_FUNCTIONS(atalaya::ingest::IngestStatus)
public:
    struct Source {
        QString feedId;      // empty: a provider no known feed writes
        QString name;
        QString kind;
        QString provider;
        QStringList sensorsOnly; // Sentilo feeds limited to some sensors
        int staleAfter = 0;  // seconds; 0: unknown, not judged
        bool paused = false;
        int sensors = 0;
        qint64 readingsLastHour = 0;
        qint64 newestAt = 0; // UTC epoch seconds; 0: no reading stored
        QString newestSensor;
        bool stale = false;
    };

    QList<Source> sources;
    qint64 checkedAt = 0;
    QString expectationsFrom; // in words: the feeds file, the service's record, or nothing
    QString serviceHost;      // the ingest service's record (empty without one)
    qint64 serviceStartedAt = 0;

    /** Reads the store. feeds: the feeds file's feeds, or nothing to use the service's record. */
    static IngestStatus read(Database &db, const std::optional<QList<feeds::FeedConfig>> &feeds,
                             const QString &feedsFile, qint64 now);

    bool anyStale() const;
    /** 0 when every judged source is current, 2 when some is stale. */
    int exitCode() const { return anyStale() ? 2 : 0; }
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace atalaya::ingest
