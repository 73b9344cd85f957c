#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace atalaya {
class Database;
}

// A stand-in for a city's sensor platforms on 127.0.0.1: Sentilo-compatible and
// NGSI-v2-compatible HTTP endpoints serving occupancy readings of the demo city's sites, with
// switches that inject the faults real feeds have. Tests run it in-process; demos run the
// atalaya-feedsim executable. It never listens beyond loopback.
namespace atalaya::feedsim {

struct SimSite {
    QString code;   // site code; Sentilo component, NGSI entity id suffix
    QString name;
    QString kind;   // beach, square, market, station, park, venue, car_park
    double lat = 0, lon = 0;
    int capacity = 0;
};

enum class Fault {
    None,
    DropConnections, // accept, then close the socket without answering
    Garbage,         // 200 with a body that is not valid JSON
    Delay,           // answer after delayMs
    Silent,          // answer, but with no new readings after the moment the fault began
    ServerError,     // 503 with a JSON error body
};

class FeedSimulator : public QObject
{
    Q_OBJECT
public:
    explicit FeedSimulator(QList<SimSite> sites, QObject *parent = nullptr);
    ~FeedSimulator() override;

    /** The sites of a store (the demo city's beaches, squares, markets, stations, parks). */
    static QList<SimSite> sitesFromStore(Database &db);

    /** Listens on loopback; port 0 picks a free one. False (with errorString) when it cannot. */
    bool listen(quint16 port = 0);
    quint16 port() const;
    QString errorString() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>

    /** Sentilo provider name and the IDENTITY_KEY a request must carry (401 otherwise). */
    QString sentiloProvider() const;
    /** Default "demo": the demo city registers its counters under that provider with the same
     *  sensor codes, so a live feed from the simulator continues their history. */
    void setSentiloProvider(const QString &provider);
    /** Empty (the default): any non-empty IDENTITY_KEY is accepted; the header is still required. */
    void setIdentityKey(const QString &key);
    /** NGSI-v2 requests must carry this Fiware-Service (empty: any). A request naming another
     *  (or none) finds no entities, as on an Orion that holds nothing for that tenant. */
    void setFiwareService(const QString &service);

    /** One reading per sensor every cadence seconds, on a grid aligned to the epoch. */
    void setCadenceSeconds(int seconds);
    int cadenceSeconds() const;
    /** The simulator's "now" (UTC epoch seconds); tests drive it, default is the wall clock. */
    void setClock(std::function<qint64()> now);

    /** The deterministic value a sensor reports at a grid instant (people on site, or occupied
     *  spots for car parks): what tests expect the store to hold. NaN for an unknown site. */
    double valueAt(const QString &siteCode, qint64 at) const;
    /** Grid instants in [from, to]. */
    QList<qint64> instantsBetween(qint64 from, qint64 to) const;
    /** The newest grid instant served now: at or before the clock, and under Fault::Silent at
     *  or before the moment the fault began. */
    qint64 latestInstant() const;
    /** Sentilo sensor code of a site ("occ-<site code>"). */
    static QString sensorCode(const QString &siteCode);

    /** delayMs applies to Fault::Delay; 0 or less means kDefaultDelayMs. Setting the fault that
     *  is already on keeps the moment it began (a Silent feed stays silent from then). */
    void setFault(Fault fault, int delayMs = 0);
    Fault fault() const;
    int delayMs() const;
    /** When the current fault was set (simulator clock, UTC seconds); 0 with Fault::None. */
    qint64 faultSince() const;
    static constexpr int kDefaultDelayMs = 5000;
    /** "none", "drop", "garbage", "delay", "silent", "error": the names of POST /_sim/fault and
     *  of the executable's --fault. */
    static QString faultName(Fault fault);
    static std::optional<Fault> faultFromName(const QString &name);

    /** Requests served so far, by path (tests check pagination and catch-up): the path with its
     *  query as received, e.g. "/v2/entities?type=Beach&offset=20". Control requests (/_sim/...)
     *  are left out; dropped and delayed requests are in. */
    QStringList requestLog() const;

    /** Pushes the current entities to every NGSI subscription (POST /v2/subscriptions). Under
     *  Fault::Silent nothing is sent: nothing changed, and Orion notifies changes only. */
    void notifySubscribers();
    int subscriptionCount() const;

signals:
    /** After each answer; status 0 when the connection was dropped. Control requests included. */
    void requestServed(const QString &method, const QString &path, int status);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atalaya::feedsim
