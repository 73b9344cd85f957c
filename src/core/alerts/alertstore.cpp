#include "alertstore.h"

#include "logging.h"
#include "store/database.h"
#include "store/storeaccess.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace atalaya::alerts {

namespace {

// The alert row with its acknowledgement and resolution as they stood at a moment (bound twice
// as ?1 and ?2 in the order the placeholders appear): the newest acknowledgement at or before
// it comes from alert_event, so a later acknowledgement never shows in a replay of before.
constexpr auto kSelect =
    "SELECT a.id, a.rule, a.rule_name, a.severity, a.subject_key, a.subject_name, a.lat, a.lon, a.message,"
    " a.value, a.threshold, a.details, a.raised_at, e.at, e.actor, e.comment,"
    " CASE WHEN a.resolved_at <= ? THEN a.resolved_at END"
    " FROM alert a LEFT JOIN alert_event e ON e.id = (SELECT x.id FROM alert_event x"
    "  WHERE x.alert_id = a.id AND x.kind = 'acknowledged' AND x.at <= ? ORDER BY x.at DESC, x.id DESC LIMIT 1)";

constexpr auto kSeverityOrder = "CASE a.severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END";

QVariant optionalDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> toOptional(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QDateTime instant(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}

AlertRecord recordFrom(const QSqlQuery &q)
{
    AlertRecord r;
    r.id = q.value(0).toLongLong();
    r.ruleId = q.value(1).toString();
    r.ruleName = q.value(2).toString();
    r.severity = severityFromKey(q.value(3).toString()).value_or(Severity::Warning);
    r.subjectKey = q.value(4).toString();
    r.subjectName = q.value(5).toString();
    r.lat = toOptional(q.value(6));
    r.lon = toOptional(q.value(7));
    r.message = q.value(8).toString();
    r.value = toOptional(q.value(9));
    r.threshold = toOptional(q.value(10));
    r.details = q.value(11).toString();
    r.raisedAt = instant(q.value(12));
    r.acknowledgedAt = instant(q.value(13));
    r.acknowledgedBy = q.value(14).toString();
    r.ackComment = q.value(15).toString();
    r.resolvedAt = instant(q.value(16));
    return r;
}

// SAVEPOINT instead of BEGIN: the engine and the demo generator call these inside their own
// transaction (a batch of raises, the whole demo city), and a savepoint nests where BEGIN cannot;
// outside a transaction SQLite treats it as BEGIN. PostgreSQL refuses a savepoint outside a
// transaction (SQLSTATE 25P01, no_active_sql_transaction) and changes nothing, so there the work
// gets a transaction of its own.
bool atomically(Database &db, const std::function<bool()> &work)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SAVEPOINT alert_store"_s)) {
        if (db.isPostgres() && q.lastError().nativeErrorCode() == "25P01"_L1) {
            q.finish();
            return db.inTransaction(work);
        }
        qCWarning(lcAlerts) << "cannot begin a savepoint:" << q.lastError().text();
        return false;
    }
    if (work())
        return q.exec(u"RELEASE alert_store"_s);
    q.exec(u"ROLLBACK TO alert_store"_s);
    q.exec(u"RELEASE alert_store"_s);
    return false;
}

// Runs a prepared list query and reads every row (empty on a store error, which exec logs).
QList<AlertRecord> recordsFrom(QSqlQuery &q)
{
    QList<AlertRecord> out;
    q.setForwardOnly(true);
    if (!Database::exec(q))
        return out;
    while (q.next())
        out.append(recordFrom(q));
    return out;
}

} // namespace

AlertStore::AlertStore(Database &db)
    : m_db(db)
{
}

QList<AlertRecord> AlertStore::openAt(const QDateTime &at) const
{
    const qint64 t = at.toSecsSinceEpoch();
    QSqlQuery q = m_db.prepare(QStringLiteral("%1 WHERE a.raised_at <= ? AND (a.resolved_at IS NULL OR a.resolved_at > ?)"
                                              " ORDER BY %2, a.raised_at DESC, a.id DESC")
                                   .arg(QLatin1String(kSelect), QLatin1String(kSeverityOrder)));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(t);
    return recordsFrom(q);
}

QList<AlertRecord> AlertStore::resolvedBetween(const QDateTime &from, const QDateTime &to, int limit) const
{
    const qint64 t = to.toSecsSinceEpoch();
    QSqlQuery q = m_db.prepare(QStringLiteral("%1 WHERE a.resolved_at >= ? AND a.resolved_at <= ?"
                                              " ORDER BY a.resolved_at DESC, a.id DESC LIMIT ?")
                                   .arg(QLatin1String(kSelect)));
    q.addBindValue(t);
    q.addBindValue(t);
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(t);
    q.addBindValue(limit);
    return recordsFrom(q);
}

QList<AlertRecord> AlertStore::raisedBetween(const QDateTime &from, const QDateTime &to, int limit) const
{
    const qint64 t = to.toSecsSinceEpoch();
    QSqlQuery q = m_db.prepare(QStringLiteral("%1 WHERE a.raised_at > ? AND a.raised_at <= ?"
                                              " ORDER BY a.raised_at DESC, a.id DESC LIMIT ?")
                                   .arg(QLatin1String(kSelect)));
    q.addBindValue(t);
    q.addBindValue(t);
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(t);
    q.addBindValue(limit);
    return recordsFrom(q);
}

std::optional<AlertRecord> AlertStore::alert(qint64 id, const QDateTime &at) const
{
    const qint64 t = at.toSecsSinceEpoch();
    QSqlQuery q = m_db.prepare(QStringLiteral("%1 WHERE a.id = ? AND a.raised_at <= ?").arg(QLatin1String(kSelect)));
    q.addBindValue(t);
    q.addBindValue(t);
    q.addBindValue(id);
    q.addBindValue(t);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QList<AlertEvent> AlertStore::events(qint64 alertId) const
{
    QList<AlertEvent> out;
    QSqlQuery q = m_db.prepare(u"SELECT id, alert_id, at, kind, actor, comment, value FROM alert_event"
                               " WHERE alert_id = ? ORDER BY at, id"_s);
    q.addBindValue(alertId);
    q.setForwardOnly(true);
    if (!Database::exec(q))
        return out;
    static const QHash<QString, AlertEvent::Kind> kinds = {{u"raised"_s, AlertEvent::Kind::Raised},
                                                           {u"acknowledged"_s, AlertEvent::Kind::Acknowledged},
                                                           {u"commented"_s, AlertEvent::Kind::Commented},
                                                           {u"resolved"_s, AlertEvent::Kind::Resolved}};
    while (q.next()) {
        AlertEvent e;
        e.id = q.value(0).toLongLong();
        e.alertId = q.value(1).toLongLong();
        e.at = instant(q.value(2));
        e.kind = kinds.value(q.value(3).toString(), AlertEvent::Kind::Commented);
        e.actor = q.value(4).toString();
        e.comment = q.value(5).toString();
        e.value = toOptional(q.value(6));
        out.append(e);
    }
    return out;
}

bool AlertStore::acknowledge(qint64 alertId, const QString &actor, const QString &comment, const QDateTime &at,
                             QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcAlerts).noquote() << message;
        return false;
    };
    if (actor.trimmed().isEmpty())
        return fail(tr("Cannot acknowledge alert %1: say who acknowledges it.").arg(alertId));
    const qint64 t = at.toSecsSinceEpoch();
    QSqlQuery state = m_db.prepare(u"SELECT raised_at, resolved_at FROM alert WHERE id = ?"_s);
    state.addBindValue(alertId);
    if (!Database::exec(state))
        return fail(tr("Cannot acknowledge alert %1: the store cannot be read (%2).").arg(alertId).arg(state.lastError().text()));
    if (!state.next())
        return fail(tr("Cannot acknowledge alert %1: there is no such alert.").arg(alertId));
    if (state.value(0).toLongLong() > t)
        return fail(tr("Cannot acknowledge alert %1 at %2: it was raised later, at %3.")
                        .arg(alertId)
                        .arg(at.toUTC().toString(Qt::ISODate), instant(state.value(0)).toString(Qt::ISODate)));
    if (!state.value(1).isNull() && state.value(1).toLongLong() <= t)
        return fail(tr("Cannot acknowledge alert %1: it was resolved at %2; add a comment instead.")
                        .arg(alertId)
                        .arg(instant(state.value(1)).toString(Qt::ISODate)));
    QSqlError refused; // the statement the store refused, told apart once the savepoint is rolled back
    const bool ok = atomically(m_db, [&] {
        // The row keeps the latest acknowledgement (an acknowledgement back-dated before the
        // newest one only adds to the history).
        QSqlQuery update = m_db.prepare(u"UPDATE alert SET acknowledged_at = ?, acknowledged_by = ?, ack_comment = ?"
                                        " WHERE id = ? AND (acknowledged_at IS NULL OR acknowledged_at <= ?)"_s);
        update.addBindValue(t);
        update.addBindValue(actor);
        update.addBindValue(comment);
        update.addBindValue(alertId);
        update.addBindValue(t);
        QSqlQuery event = m_db.prepare(u"INSERT INTO alert_event (alert_id, at, kind, actor, comment) VALUES (?, ?, 'acknowledged', ?, ?)"_s);
        event.addBindValue(alertId);
        event.addBindValue(t);
        event.addBindValue(actor);
        event.addBindValue(comment);
        if (!Database::exec(update)) {
            refused = update.lastError();
            return false;
        }
        if (!Database::exec(event)) {
            refused = event.lastError();
            return false;
        }
        return true;
    });
    if (!ok)
        return fail(refusalMessage(refused, m_db, StoreChange::Alerts,
                                   tr("Cannot acknowledge alert %1: the store refused the change (%2).")
                                       .arg(alertId)
                                       .arg(refused.isValid() ? refused.text() : m_db.connection().lastError().text())));
    return true;
}

bool AlertStore::comment(qint64 alertId, const QString &actor, const QString &comment, const QDateTime &at, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcAlerts).noquote() << message;
        return false;
    };
    if (comment.trimmed().isEmpty())
        return fail(tr("Cannot comment on alert %1: the comment is empty.").arg(alertId));
    if (actor.trimmed().isEmpty())
        return fail(tr("Cannot comment on alert %1: say who writes the comment.").arg(alertId));
    QSqlQuery state = m_db.prepare(u"SELECT raised_at FROM alert WHERE id = ?"_s);
    state.addBindValue(alertId);
    if (!Database::exec(state) || !state.next())
        return fail(tr("Cannot comment on alert %1: there is no such alert.").arg(alertId));
    if (state.value(0).toLongLong() > at.toSecsSinceEpoch())
        return fail(tr("Cannot comment on alert %1 at %2: it was raised later.").arg(alertId).arg(at.toUTC().toString(Qt::ISODate)));
    QSqlQuery event = m_db.prepare(u"INSERT INTO alert_event (alert_id, at, kind, actor, comment) VALUES (?, ?, 'commented', ?, ?)"_s);
    event.addBindValue(alertId);
    event.addBindValue(at.toSecsSinceEpoch());
    event.addBindValue(actor);
    event.addBindValue(comment);
    if (!Database::exec(event))
        return fail(refusalMessage(event.lastError(), m_db, StoreChange::Alerts,
                                   tr("Cannot comment on alert %1: the store refused the comment (%2).")
                                       .arg(alertId)
                                       .arg(event.lastError().text())));
    return true;
}

qint64 AlertStore::raise(const AlertRecord &record)
{
    qint64 id = 0;
    const qint64 t = record.raisedAt.toSecsSinceEpoch();
    // subject_kind / subject_id (schema 1) stay filled for readers that predate subject_key.
    const qsizetype colon = record.subjectKey.indexOf(u':');
    const QString kind = colon > 0 ? record.subjectKey.left(colon) : QString();
    bool numeric = false;
    const qint64 subjectId = colon > 0 ? record.subjectKey.mid(colon + 1).toLongLong(&numeric) : 0;
    const bool ok = atomically(m_db, [&] {
        QSqlQuery insert = m_db.prepare(
            u"INSERT INTO alert (rule, severity, subject_kind, subject_id, lat, lon, message, value, raised_at,"
            " subject_key, subject_name, rule_name, threshold, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        insert.addBindValue(record.ruleId);
        insert.addBindValue(severityKey(record.severity));
        insert.addBindValue(kind.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(kind));
        insert.addBindValue(numeric ? QVariant(subjectId) : QVariant(QMetaType::fromType<qint64>()));
        insert.addBindValue(optionalDouble(record.lat));
        insert.addBindValue(optionalDouble(record.lon));
        insert.addBindValue(record.message);
        insert.addBindValue(optionalDouble(record.value));
        insert.addBindValue(t);
        insert.addBindValue(record.subjectKey);
        insert.addBindValue(record.subjectName);
        insert.addBindValue(record.ruleName);
        insert.addBindValue(optionalDouble(record.threshold));
        insert.addBindValue(record.details.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(record.details));
        if (!Database::exec(insert))
            return false;
        id = insert.lastInsertId().toLongLong();
        QSqlQuery event = m_db.prepare(u"INSERT INTO alert_event (alert_id, at, kind, value) VALUES (?, ?, 'raised', ?)"_s);
        event.addBindValue(id);
        event.addBindValue(t);
        event.addBindValue(optionalDouble(record.value));
        return Database::exec(event);
    });
    if (!ok) {
        qCWarning(lcAlerts) << "cannot raise an alert of rule" << record.ruleId << "for" << record.subjectKey;
        return 0;
    }
    return id;
}

bool AlertStore::resolve(qint64 alertId, const QDateTime &at, std::optional<double> value)
{
    const qint64 t = at.toSecsSinceEpoch();
    return atomically(m_db, [&] {
        QSqlQuery update = m_db.prepare(u"UPDATE alert SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL AND raised_at <= ?"_s);
        update.addBindValue(t);
        update.addBindValue(alertId);
        update.addBindValue(t);
        if (!Database::exec(update) || update.numRowsAffected() != 1)
            return false;
        QSqlQuery event = m_db.prepare(u"INSERT INTO alert_event (alert_id, at, kind, value) VALUES (?, ?, 'resolved', ?)"_s);
        event.addBindValue(alertId);
        event.addBindValue(t);
        event.addBindValue(optionalDouble(value));
        return Database::exec(event);
    });
}

QHash<QString, qint64> AlertStore::openEpisodes() const
{
    QHash<QString, qint64> out;
    QSqlQuery q = m_db.prepare(u"SELECT rule, subject_key, id FROM alert WHERE resolved_at IS NULL"_s);
    q.setForwardOnly(true);
    if (!Database::exec(q))
        return out;
    while (q.next())
        out.insert(q.value(0).toString() + u'\n' + q.value(1).toString(), q.value(2).toLongLong());
    return out;
}

} // namespace atalaya::alerts
