#pragma once

#include "mappedpayload.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// The feeds file: which live sources the feed engine reads and how. Documented field by field,
// with examples, in docs/feeds.md; keep the two in step.
namespace atalaya::feeds {

/** How a feed retries after a failed attempt: full-jitter exponential backoff (a random delay in
 *  [0, min(cap, base x 2^(n-1))] before retry n), reset by the first success. */
struct RetryPolicy {
    int baseMs = 2000;
    int capSeconds = 300;
    /** Failed retries after which the feed shows as failing; it keeps retrying at the cap. */
    int maxRetries = 3;

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

/** One feed of the feeds file. Fields that do not apply to the kind keep their defaults. */
struct FeedConfig {
    enum class Kind { Sentilo, Ngsi, Http, File };
    enum class NgsiFormat { KeyValues, Normalized };

    QString id;   // unique; names the feed in statuses and logs, and is the provider of http/file readings
    QString name; // shown to people; the id when not given
    Kind kind = Kind::Sentilo;
    QUrl url;     // sentilo, ngsi, http: the server's base URL (http: the resource itself)
    QString path; // file: a file, or a folder whose files matching pattern are read

    int cadenceSeconds = 60;
    double timeoutSeconds = 10.0;
    int staleAfterSeconds = 0; // 0: twice the cadence (see staleAfter())
    bool paused = false;
    RetryPolicy retry;

    // Sentilo
    QString provider;
    QString identityKey;     // the IDENTITY_KEY header
    QString identityKeyEnv;  // or: the environment variable that holds it (keeps secrets out of the file)
    QStringList sensors;     // only these sensors (asked one by one); empty: every sensor of the provider
    int limit = 100;         // observations per sensor per request (Sentilo) / entities per page (NGSI)
    int catchUpSeconds = 86400; // how far back a gap is filled again, at most
    int catalogRefreshSeconds = 3600;

    // FIWARE NGSI-v2
    QString fiwareService;
    QString fiwareServicePath;
    QStringList types;       // entity types asked for; empty: every type
    NgsiFormat ngsiFormat = NgsiFormat::KeyValues;
    bool poll = true;        // GET /v2/entities every cadence; false: notifications only
    int notificationPort = -1; // -1: no notification endpoint; 0: any free port
    QString notificationAddress = QStringLiteral("127.0.0.1"); // where the endpoint listens
    QUrl notificationUrl;    // what the broker calls; empty: http://<address>:<port>/notify
    bool subscribe = true;   // create the subscription at the broker (POST /v2/subscriptions)

    // HTTP JSON/CSV/GeoJSON and files
    FieldMapping mapping;
    bool formatFromExtension = false; // file: .csv / .geojson / else JSON, per file
    QMap<QString, QString> headers;   // http: extra request headers (e.g. an API key)
    QString pattern;                  // file folder: name filters separated by spaces; empty: *.json *.geojson *.csv

    /** The stale threshold in effect: staleAfterSeconds, or twice the cadence. */
    int staleAfter() const { return staleAfterSeconds > 0 ? staleAfterSeconds : 2 * cadenceSeconds; }
    /** identityKey, or the value of identityKeyEnv when that is set. */
    QString resolvedIdentityKey() const;
    /** The provider the store files this feed's readings under. */
    QString storeProvider() const;

    static QString kindName(Kind kind);
};

bool operator==(const FeedConfig &a, const FeedConfig &b);
inline bool operator!=(const FeedConfig &a, const FeedConfig &b) { return !(a == b); }

/** Something wrong in the feeds file: which feed (position from 1, and its id when it has
 *  one), which field, and why. A problem that makes the feed unusable skips that feed only. */
struct FeedConfigProblem {
    int feedNumber = 0; // 0: the file as a whole
    QString feedId;
    QString field;
    QString message;
    bool skipped = false; // the feed was left out because of this problem

    QString toText() const;
};

/** What loading a feeds file gave: the usable feeds, in file order, and every problem. */
struct FeedsFile {
    Q_DECLARE_TR_FUNCTIONS(atalaya::feeds::FeedsFile) // every message here is shown to users

public:
    QList<FeedConfig> feeds;
    QList<FeedConfigProblem> problems;
    QString error; // the file could not be read at all (missing, not JSON, wrong shape)
    bool ok() const { return error.isEmpty(); }
};

FeedsFile loadFeedsFile(const QString &path);
FeedsFile parseFeeds(const QByteArray &json);

/** The feeds as a feeds file (JSON, version 1), fields at their defaults left out. */
QByteArray feedsToJson(const QList<FeedConfig> &feeds);
/** Writes the file atomically; returns what went wrong, or nothing. */
QString saveFeedsFile(const QString &path, const QList<FeedConfig> &feeds);

} // namespace atalaya::feeds

Q_DECLARE_METATYPE(atalaya::feeds::FeedConfig)
