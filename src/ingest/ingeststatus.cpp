#include "ingeststatus.h"

#include "ingestservice.h"
#include "store/database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace atalaya::ingest {

namespace {

struct SensorRow {
    QString code;
    qint64 newestAt = 0;
    qint64 lastHour = 0;
};

QString isoTime(qint64 epochSeconds)
{
    return epochSeconds > 0 ? QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::UTC).toString(Qt::ISODate) : QString();
}

// The Feeds page's form: the locale's own short time, to the minute ("stale since 14:05").
QString clockText(qint64 epochSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds).toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

IngestStatus IngestStatus::read(Database &db, const std::optional<QList<feeds::FeedConfig>> &feeds,
                                const QString &feedsFile, qint64 now)
{
    IngestStatus status;
    status.checkedAt = now;

    // Per sensor, through the primary key (sensor_id, observed_at): two index look-ups each,
    // not a scan of the observation table, which holds months of readings.
    QHash<QString, QList<SensorRow>> byProvider;
    QSqlQuery query = db.prepare(
        u"SELECT s.provider, s.code,"
        " (SELECT MAX(o.observed_at) FROM observation o WHERE o.sensor_id = s.id),"
        " (SELECT COUNT(*) FROM observation o WHERE o.sensor_id = s.id AND o.observed_at > ?)"
        " FROM sensor s ORDER BY s.provider, s.code"_s);
    query.addBindValue(now - 3600);
    if (Database::exec(query)) {
        while (query.next()) {
            byProvider[query.value(0).toString()].append(
                {query.value(1).toString(), query.value(2).isNull() ? 0 : query.value(2).toLongLong(), query.value(3).toLongLong()});
        }
    }

    QList<Source> expected;
    if (feeds) {
        status.expectationsFrom = tr("the feeds file %1").arg(feedsFile);
        for (const feeds::FeedConfig &feed : *feeds) {
            Source source;
            source.feedId = feed.id;
            source.name = feed.name.isEmpty() ? feed.id : feed.name;
            source.kind = feeds::FeedConfig::kindName(feed.kind);
            source.provider = feed.storeProvider();
            if (feed.kind == feeds::FeedConfig::Kind::Sentilo)
                source.sensorsOnly = feed.sensors;
            source.staleAfter = feed.staleAfter();
            source.paused = feed.paused;
            expected.append(source);
        }
    } else {
        const QJsonObject record = QJsonDocument::fromJson(db.meta(IngestService::metaKey()).toUtf8()).object();
        if (!record.isEmpty()) {
            status.serviceHost = record.value(u"host"_s).toString();
            status.serviceStartedAt = record.value(u"written_at"_s).toInteger();
            status.expectationsFrom = tr("the ingest service started on %1 at %2")
                                          .arg(status.serviceHost, isoTime(status.serviceStartedAt));
            for (const QJsonValue &value : record.value(u"feeds"_s).toArray()) {
                const QJsonObject feed = value.toObject();
                Source source;
                source.feedId = feed.value(u"id"_s).toString();
                source.name = feed.value(u"name"_s).toString();
                source.kind = feed.value(u"kind"_s).toString();
                source.provider = feed.value(u"provider"_s).toString();
                for (const QJsonValue &sensor : feed.value(u"sensors"_s).toArray())
                    source.sensorsOnly.append(sensor.toString());
                source.staleAfter = feed.value(u"stale_after"_s).toInt();
                source.paused = feed.value(u"paused"_s).toBool();
                expected.append(source);
            }
        } else {
            status.expectationsFrom = tr("nothing: no feeds file given and no ingest service has run on this store");
        }
    }

    // Providers no known feed writes are listed too (a feed removed from the file, an import),
    // without a verdict: nothing says how often they should report.
    QStringList unclaimed = byProvider.keys();
    for (const Source &source : std::as_const(expected))
        unclaimed.removeAll(source.provider);
    std::sort(unclaimed.begin(), unclaimed.end());
    for (const QString &provider : std::as_const(unclaimed)) {
        Source source;
        source.provider = provider;
        source.name = provider;
        expected.append(source);
    }

    for (Source &source : expected) {
        for (const SensorRow &row : byProvider.value(source.provider)) {
            if (!source.sensorsOnly.isEmpty() && !source.sensorsOnly.contains(row.code))
                continue;
            ++source.sensors;
            source.readingsLastHour += row.lastHour;
            if (row.newestAt > source.newestAt) {
                source.newestAt = row.newestAt;
                source.newestSensor = row.code;
            }
        }
        source.stale = source.staleAfter > 0 && !source.paused
            && (source.newestAt == 0 || now - source.newestAt > source.staleAfter);
    }
    status.sources = expected;
    return status;
}

bool IngestStatus::anyStale() const
{
    return std::any_of(sources.cbegin(), sources.cend(), [](const Source &s) { return s.stale; });
}

QString IngestStatus::toText() const
{
    QStringList lines;
    lines << tr("Checked at %1; expectations from %2.").arg(isoTime(checkedAt), expectationsFrom);
    for (const Source &s : sources) {
        const QString who = s.feedId.isEmpty() ? tr("provider %1 (no feed known)").arg(s.provider)
                                               : tr("feed %1 (%2, provider %3)").arg(s.feedId, s.kind, s.provider);
        QString verdict;
        if (s.paused)
            verdict = tr("paused");
        else if (s.staleAfter <= 0)
            verdict = tr("not judged");
        else if (s.stale)
            verdict = s.newestAt > 0 ? tr("STALE since %1").arg(clockText(s.newestAt)) : tr("STALE, no reading yet");
        else
            verdict = tr("current");
        const QString newest = s.newestAt > 0
            ? tr("newest observation %1 (%2 s ago) from sensor %3").arg(isoTime(s.newestAt)).arg(checkedAt - s.newestAt).arg(s.newestSensor)
            : tr("no observation stored");
        const QString expectation = s.staleAfter > 0 ? tr("; expected every %1 s at most").arg(s.staleAfter) : QString();
        lines << tr("%1: %2; %3; %n sensor(s)", nullptr, s.sensors).arg(who, verdict, newest)
                     + tr("; %n reading(s) in the last hour", nullptr, int(std::min<qint64>(s.readingsLastHour, INT_MAX)))
                     + expectation;
    }
    if (sources.isEmpty())
        lines << tr("The store holds no sensor and no feed is known.");
    return lines.join(u'\n');
}

QJsonObject IngestStatus::toJson() const
{
    QJsonArray list;
    for (const Source &s : sources) {
        QJsonObject entry{{u"provider"_s, s.provider},
                          {u"sensors"_s, s.sensors},
                          {u"readings_last_hour"_s, s.readingsLastHour},
                          {u"stale"_s, s.stale},
                          {u"paused"_s, s.paused}};
        if (!s.feedId.isEmpty()) {
            entry.insert(u"feed"_s, s.feedId);
            entry.insert(u"name"_s, s.name);
            entry.insert(u"kind"_s, s.kind);
        }
        entry.insert(u"stale_after"_s, s.staleAfter > 0 ? QJsonValue(s.staleAfter) : QJsonValue());
        entry.insert(u"newest_at"_s, s.newestAt > 0 ? QJsonValue(isoTime(s.newestAt)) : QJsonValue());
        entry.insert(u"newest_sensor"_s, s.newestAt > 0 ? QJsonValue(s.newestSensor) : QJsonValue());
        entry.insert(u"state"_s, s.paused ? u"paused"_s : s.staleAfter <= 0 ? u"unknown"_s : s.stale ? u"stale"_s : u"current"_s);
        list.append(entry);
    }
    return {{u"checked_at"_s, isoTime(checkedAt)},
            {u"expectations_from"_s, expectationsFrom},
            {u"stale"_s, anyStale()},
            {u"sources"_s, list}};
}

} // namespace atalaya::ingest
