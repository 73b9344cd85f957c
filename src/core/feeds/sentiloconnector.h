#pragma once

#include "connector.h"

#include <QHash>
#include <QSet>

namespace atalaya::feeds {

/** Sentilo REST: the catalogue (GET /catalog) for what each sensor measures, then observations
 *  with from/to/limit (GET /data/{provider}, or /data/{provider}/{sensor} per listed sensor),
 *  paged back in time until the gap since the last stored observation is filled. Sentilo keeps
 *  little history and answers without limit with one observation only, so every poll asks for
 *  everything since what the store holds: an outage of the source or of the network is caught
 *  up by the next successful poll, and nothing is asked for twice. */
class SentiloConnector : public Connector
{
    Q_OBJECT
public:
    SentiloConnector(const FeedConfig &config, const ConnectorContext &context);

    /** Pages one catch-up may ask for before leaving the rest to the next poll. */
    static constexpr int kMaxPagesPerAttempt = 1000;

protected:
    void attempt() override;

private:
    // One gap being filled: observations of one path (the provider, or one sensor) in [from, to].
    struct Job {
        QString sensor;   // empty: every sensor of the provider
        qint64 from = 0;  // 0: no catch-up, the last observation only
        qint64 until = 0; // the end of the whole gap
        qint64 to = 0;    // the end of the page asked next
        int pages = 0;
        QHash<QString, qint64> coveredFrom; // sensor -> [coveredFrom, until] already received
        QSet<QString> complete;             // sensors received whole
    };

    Headers headers() const;
    QUrl dataUrl(const Job &job) const;
    void fetchCatalog();
    void planJobs();
    void nextJob();
    void fetchPage();
    void pageReceived(const HttpResult &result, const QUrl &url);

    qint64 m_catalogFetchedAt = 0;
    QList<Job> m_jobs; // kept when an attempt fails or is abandoned: the next one resumes the gap
    bool m_resuming = false; // this attempt began with a gap left unfinished by an earlier one
};

} // namespace atalaya::feeds
