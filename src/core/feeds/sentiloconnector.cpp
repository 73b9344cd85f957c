#include "sentiloconnector.h"

#include "logging.h"
#include "sentilo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

// Catch-up, page by page. Sentilo answers a read with from/to/limit with the newest `limit`
// observations of each sensor inside [from, to], newest first. So a gap [F, T] is filled
// backwards: when a sensor's page is full, what came before its oldest observation is still
// missing, and the next page asks for [F, oldest - 1 s]. Sensors whose page was not full are
// complete; whatever a later page repeats for them, or for the part of a full sensor already
// received, is dropped here, so nothing is handed on twice. The state of an unfinished gap
// survives a failed attempt (and a pause), and the next attempt resumes it before anything
// newer: the newest pages are already stored, and the store's latest instant no longer shows
// that an older part is missing. (A restart in the middle of a catch-up loses that state;
// the gap's older part is then not asked for again.)

namespace atalaya::feeds {

namespace {

QString joinedPath(const QUrl &base, const QStringList &segments)
{
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    for (const QString &segment : segments)
        path += u'/' + segment;
    return path;
}

// Observations per sensor in a page as the server sent them, and the oldest instant of each:
// what the paging decision needs, counted before the parser drops unusable observations (a
// page full of bad values is still a full page).
struct PageShape {
    QHash<QString, int> counts;
    QHash<QString, qint64> oldest;
};

PageShape shapeOf(const QByteArray &json, const QString &singleSensor)
{
    PageShape shape;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    auto add = [&shape](const QString &sensor, const QJsonArray &observations) {
        shape.counts[sensor] += int(observations.size());
        qint64 oldest = shape.oldest.value(sensor, std::numeric_limits<qint64>::max());
        for (const QJsonValue &observation : observations) {
            if (const auto at = sentilo::parseTimestamp(observation.toObject().value(u"timestamp"_s).toString()))
                oldest = std::min(oldest, *at);
        }
        shape.oldest.insert(sensor, oldest);
    };
    if (!singleSensor.isEmpty()) {
        add(singleSensor, root.value(u"observations"_s).toArray());
    } else {
        for (const QJsonValue &entry : root.value(u"sensors"_s).toArray()) {
            const QJsonObject sensor = entry.toObject();
            add(sensor.value(u"sensor"_s).toString(), sensor.value(u"observations"_s).toArray());
        }
    }
    return shape;
}

} // namespace

SentiloConnector::SentiloConnector(const FeedConfig &config, const ConnectorContext &context)
    : Connector(config, context)
{
}

Connector::Headers SentiloConnector::headers() const
{
    Headers headers;
    const QString key = config().resolvedIdentityKey();
    if (!key.isEmpty())
        headers.append({QByteArrayLiteral("IDENTITY_KEY"), key.toUtf8()});
    return headers;
}

void SentiloConnector::attempt()
{
    const qint64 refresh = config().catalogRefreshSeconds;
    if (m_catalogFetchedAt == 0 || (refresh > 0 && now() - m_catalogFetchedAt >= refresh))
        fetchCatalog();
    else
        nextJob();
}

void SentiloConnector::fetchCatalog()
{
    QUrl url = config().url;
    url.setPath(joinedPath(config().url, {u"catalog"_s}));
    send("GET", url, headers(), {}, [this, url](const HttpResult &result) {
        // The catalogue only tells what sensors measure; without it readings are still stored
        // (sensors of unknown type), so its failure is a problem, not a failed attempt.
        if (!result.ok()) {
            countProblem(shownUrl(url), {}, result.error);
        } else {
            ParsedPayload catalog = sentilo::parseCatalog(result.body);
            if (catalog.ok()) {
                QList<SensorInfo> ours;
                for (const SensorInfo &sensor : std::as_const(catalog.sensors)) {
                    if (sensor.provider == config().provider
                        && (config().sensors.isEmpty() || config().sensors.contains(sensor.code)))
                        ours.append(sensor);
                }
                catalog.sensors = ours;
                catalog.readings.clear();
                m_catalogFetchedAt = now();
            }
            deliver(std::move(catalog), shownUrl(url)); // an unreadable one is counted and logged
        }
        nextJob();
    });
}

void SentiloConnector::planJobs()
{
    const FeedConfig &c = config();
    const qint64 until = now();
    const qint64 floor = until - c.catchUpSeconds;
    const QHash<QString, qint64> latest = context().latestStored ? context().latestStored(c.provider)
                                                                 : QHash<QString, qint64>{};
    auto makeJob = [&](const QString &sensor, qint64 from) {
        Job job;
        job.sensor = sensor;
        job.from = from;
        job.until = until;
        job.to = until;
        return job;
    };
    if (c.catchUpSeconds == 0) {
        // No catch-up wanted: the last observation of each sensor, as Sentilo gives by default.
        if (c.sensors.isEmpty())
            m_jobs.append(makeJob({}, 0));
        for (const QString &sensor : c.sensors)
            m_jobs.append(makeJob(sensor, 0));
        return;
    }
    if (!c.sensors.isEmpty()) {
        for (const QString &sensor : c.sensors) {
            const qint64 from = latest.contains(sensor) ? std::max(floor, latest.value(sensor) + 1) : floor;
            if (from <= until)
                m_jobs.append(makeJob(sensor, from));
        }
        return;
    }
    // One gap for the whole provider, from the sensor furthest behind (sensors silent for
    // longer than the catch-up window are left out: they would drag every poll back a day).
    qint64 from = std::numeric_limits<qint64>::max();
    for (auto it = latest.begin(); it != latest.end(); ++it) {
        if (it.value() >= floor)
            from = std::min(from, it.value() + 1);
    }
    if (from == std::numeric_limits<qint64>::max())
        from = floor;
    if (from <= until)
        m_jobs.append(makeJob({}, from));
}

QUrl SentiloConnector::dataUrl(const Job &job) const
{
    QUrl url = config().url;
    QStringList segments{u"data"_s, config().provider};
    if (!job.sensor.isEmpty())
        segments.append(job.sensor);
    url.setPath(joinedPath(config().url, segments));
    QUrlQuery query;
    if (job.from > 0) {
        query.addQueryItem(u"from"_s, sentilo::formatTimestamp(job.from));
        query.addQueryItem(u"to"_s, sentilo::formatTimestamp(job.to));
        query.addQueryItem(u"limit"_s, QString::number(config().limit));
    }
    url.setQuery(query);
    return url;
}

void SentiloConnector::nextJob()
{
    // A gap left by an earlier attempt is finished first; what came after it is planned once
    // that is done (see pageReceived).
    m_resuming = !m_jobs.isEmpty();
    if (m_jobs.isEmpty())
        planJobs();
    if (m_jobs.isEmpty()) {
        succeed(); // the store is up to date to the second
        return;
    }
    fetchPage();
}

void SentiloConnector::fetchPage()
{
    const QUrl url = dataUrl(m_jobs.first());
    send("GET", url, headers(), {}, [this, url](const HttpResult &result) { pageReceived(result, url); });
}

void SentiloConnector::pageReceived(const HttpResult &result, const QUrl &url)
{
    if (!result.ok()) {
        fail(result.error);
        return;
    }
    Job &job = m_jobs.first();
    const QString source = shownUrl(url);
    ParsedPayload page = job.sensor.isEmpty() ? sentilo::parseProviderData(result.body, config().provider)
                                              : sentilo::parseSensorData(result.body, config().provider, job.sensor);
    if (!page.ok()) {
        const QString fatal = page.fatal;
        deliver(std::move(page), source); // counts and logs it
        fail(malformedError(source, fatal));
        return;
    }

    // Only what this catch-up has not received yet, and only the sensors the feed is about.
    if (job.pages > 0 || !config().sensors.isEmpty()) {
        page.readings.removeIf([&job, this](const SensorReading &r) {
            if (!config().sensors.isEmpty() && !config().sensors.contains(r.sensor))
                return true;
            if (job.complete.contains(r.sensor))
                return true;
            const auto covered = job.coveredFrom.constFind(r.sensor);
            return covered != job.coveredFrom.cend() && r.observedAt >= *covered;
        });
    }
    deliver(std::move(page), source);
    ++job.pages;

    bool done = job.from == 0; // the last observation only: one page
    if (!done) {
        const PageShape shape = shapeOf(result.body, job.sensor);
        QSet<QString> pending;
        for (auto it = shape.counts.begin(); it != shape.counts.end(); ++it) {
            const QString &sensor = it.key();
            if (job.complete.contains(sensor))
                continue;
            if (it.value() >= config().limit) {
                const qint64 oldest = shape.oldest.value(sensor);
                job.coveredFrom[sensor] = std::min(job.coveredFrom.value(sensor, oldest), oldest);
                pending.insert(sensor);
            } else {
                job.complete.insert(sensor);
                job.coveredFrom.remove(sensor);
            }
        }
        // Sensors still pending but absent from this page have nothing older in the gap.
        for (auto it = job.coveredFrom.begin(); it != job.coveredFrom.end();) {
            if (!pending.contains(it.key())) {
                job.complete.insert(it.key());
                it = job.coveredFrom.erase(it);
            } else {
                ++it;
            }
        }
        qint64 nextTo = std::numeric_limits<qint64>::min();
        for (auto it = job.coveredFrom.cbegin(); it != job.coveredFrom.cend(); ++it)
            nextTo = std::max(nextTo, it.value() - 1);
        if (job.coveredFrom.isEmpty() || nextTo < job.from) {
            done = true;
        } else if (nextTo >= job.to) {
            // The server ignores `to` or sent timestamps we cannot read: paging would not move.
            countProblem(source, {}, tr("paging stopped: a full page of observations did not go back in time "
                                        "(asked up to %1)").arg(sentilo::formatTimestamp(job.to)));
            done = true;
        } else if (job.pages >= kMaxPagesPerAttempt) {
            countProblem(source, {}, tr("catch-up stopped after %1 pages; observations before %2 were not fetched")
                                         .arg(job.pages).arg(sentilo::formatTimestamp(nextTo + 1)));
            done = true;
        } else {
            job.to = nextTo;
        }
    }
    if (done)
        m_jobs.removeFirst();
    if (m_jobs.isEmpty() && m_resuming) {
        m_resuming = false;
        planJobs(); // what came since the resumed gap ended
    }
    if (!m_jobs.isEmpty())
        fetchPage();
    else
        succeed();
}

} // namespace atalaya::feeds
