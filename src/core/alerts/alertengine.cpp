#include "alertengine.h"

#include "logging.h"
#include "store/database.h"
#include "store/reconnect.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace atalaya::alerts {

AlertEngine::AlertEngine(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_path(storePath)
    , m_now([] { return QDateTime::currentSecsSinceEpoch(); })
{
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &AlertEngine::evaluatePending);
    // Once a minute is the resolution of every time-based rule (durations and silences are in
    // minutes), and a full evaluation of the demo city's rules costs milliseconds.
    m_timer.setInterval(60'000);
    connect(&m_timer, &QTimer::timeout, this, &AlertEngine::evaluateAll);
}

AlertEngine::~AlertEngine()
{
    stop();
}

void AlertEngine::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
}

void AlertEngine::setCoalesceMs(int ms)
{
    m_coalesceMs = std::max(0, ms);
}

void AlertEngine::setTimerIntervalMs(int ms)
{
    m_timer.setInterval(std::max(1, ms));
}

void AlertEngine::start()
{
    if (m_db)
        return;
    auto db = std::make_unique<Database>(u"atalaya-alerts-%1"_s.arg(quintptr(this), 0, 16));
    const Database::OpenResult opened = m_path == ":memory:"_L1
                                            ? Database::OpenResult{Database::OpenError::CannotCreate,
                                                                   tr("The alert engine needs a store file; an in-memory store "
                                                                      "cannot be shared with a second connection.")}
                                            : db->open(m_path);
    if (!opened.ok()) {
        qCWarning(lcAlerts).noquote() << "alert engine not started:" << opened.message;
        emit started(false, opened.message);
        return;
    }
    m_db = std::move(db);
    openStores();
    m_timer.start();
    emit started(true, {});
    evaluateAll();
}

void AlertEngine::openStores()
{
    m_store = std::make_unique<AlertStore>(*m_db);
    m_evaluator = std::make_unique<AlertEvaluator>(*m_db);
    m_open = m_store->openEpisodes();
}

bool AlertEngine::storeAnswers()
{
    // A PostgreSQL connection the server dropped (a restart, a failover, a network cut, an
    // administrator's pg_terminate_backend) fails every statement of an evaluation, which would
    // then raise nothing without a word, and nothing in QtSql reopens it. One round trip asks
    // before each evaluation; a dead connection is reopened at once (evaluations come at least
    // every minute, so they pace the attempts), and what waited is judged once it is back.
    if (!m_db->isPostgres() || StoreReconnector::answers(*m_db))
        return true;
    m_evaluator.reset(); // their statements die with the connection
    m_store.reset();
    const QString location = m_db->location(); // a copy: open() replaces it
    const Database::OpenResult reopened = m_db->open(location);
    if (!reopened.ok()) {
        if (!std::exchange(m_storeLost, true))
            qCWarning(lcAlerts).noquote() << "the alert engine lost its connection to the store; no rule is evaluated until"
                                          << "it is back:" << reopened.message;
        return false;
    }
    m_storeLost = false;
    qCInfo(lcAlerts).noquote() << "the alert engine reopened its own connection to the store";
    openStores();
    // Every rule, through the event loop: the readings stored meanwhile, the durations that ran on.
    QMetaObject::invokeMethod(this, &AlertEngine::evaluateAll, Qt::QueuedConnection);
    return true;
}

void AlertEngine::stop()
{
    m_coalesce.stop();
    m_timer.stop();
    m_evaluator.reset();
    m_store.reset();
    m_db.reset();
}

void AlertEngine::setRules(const QList<Rule> &rules)
{
    QSet<QString> live;
    for (const Rule &r : rules) {
        if (r.enabled)
            live.insert(r.id);
    }
    m_rules = rules;
    if (!m_db || !storeAnswers())
        return;
    // Episodes of rules that are gone or disabled: nothing would ever close them.
    QList<Decision> closing;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        if (!live.contains(it.key().section(u'\n', 0, 0)))
            closing.append({Decision::Kind::Resolve, it.key(), {}, it.value(), std::nullopt});
    }
    if (!closing.isEmpty()) {
        Applied applied;
        m_db->inTransaction([&] {
            applied = applyDecisions(*m_store, closing, m_now(), &m_open);
            return true;
        });
        for (qint64 id : std::as_const(applied.resolved))
            emit alertResolved(id);
    }
    evaluateAll();
}

void AlertEngine::readingsStored(const QList<qint64> &sensorIds, qint64 latestObservedAt, qint64 earliestObservedAt)
{
    Q_UNUSED(latestObservedAt)
    Q_UNUSED(earliestObservedAt)
    for (qint64 id : sensorIds)
        m_pending.insert(id);
    if (!m_coalesce.isActive())
        m_coalesce.start(m_coalesceMs);
}

void AlertEngine::evaluatePending()
{
    m_coalesce.stop();
    if (m_pending.isEmpty())
        return;
    const QSet<qint64> scope = std::exchange(m_pending, {});
    QList<Rule> affected;
    for (const Rule &r : std::as_const(m_rules)) {
        if (r.enabled && AlertEvaluator::readsSensors(r))
            affected.append(r);
    }
    evaluate(scope, affected);
}

void AlertEngine::evaluateAll()
{
    // A full evaluation covers whatever was pending.
    m_pending.clear();
    m_coalesce.stop();
    QList<Rule> enabled;
    for (const Rule &r : std::as_const(m_rules)) {
        if (r.enabled)
            enabled.append(r);
    }
    evaluate(std::nullopt, enabled);
}

void AlertEngine::evaluate(const std::optional<QSet<qint64>> &scope, const QList<Rule> &rules)
{
    if (!m_db || rules.isEmpty() || !storeAnswers())
        return;
    QElapsedTimer timer;
    timer.start();
    const qint64 at = m_now();
    const QList<Decision> decisions = m_evaluator->evaluate(rules, at, m_open, scope);
    Applied applied;
    if (!decisions.isEmpty()) {
        const QHash<QString, qint64> before = m_open;
        if (!m_db->inTransaction([&] {
                applied = applyDecisions(*m_store, decisions, at, &m_open);
                return true;
            })) {
            // Rolled back: the store has none of it, so neither may the map of open episodes.
            m_open = before;
            applied = {};
            qCWarning(lcAlerts) << "alert decisions at" << at << "could not be written; retried at the next evaluation";
        }
    }
    for (const AlertRecord &r : std::as_const(applied.raised))
        emit alertRaised(r);
    for (qint64 id : std::as_const(applied.resolved))
        emit alertResolved(id);
    emit evaluated(int(rules.size()), timer.nsecsElapsed() / 1000);
}

void AlertEngine::backfill(qint64 from, qint64 to, qint64 stepSeconds)
{
    if (!m_db || !storeAnswers())
        return;
    QList<Rule> enabled;
    for (const Rule &r : std::as_const(m_rules)) {
        if (r.enabled)
            enabled.append(r);
    }
    const BackfillResult result = alerts::backfill(*m_db, enabled, from, to, stepSeconds);
    m_open = m_store->openEpisodes();
    emit backfilled(result.steps, result.raised, result.resolved);
}

void AlertEngine::invalidate()
{
    if (m_evaluator)
        m_evaluator->invalidate();
}

} // namespace atalaya::alerts
