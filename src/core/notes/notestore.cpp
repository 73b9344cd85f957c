#include "notestore.h"

#include "logging.h"
#include "store/database.h"
#include "store/storeaccess.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace atalaya {

namespace {

// A note is read at a glance on a map pin and a card, not a report: a few sentences at most.
constexpr qsizetype kMaxBodyLength = 1000;

// Every read selects these columns first, in this order.
constexpr auto kColumns = "n.id, n.body, n.lat, n.lon, n.region_id, r.name, n.valid_from, n.valid_until, n.author,"
                          " n.created_at, n.updated_at, r.centroid_lat, r.centroid_lon"_L1;
constexpr auto kFrom = " FROM note n LEFT JOIN region r ON r.id = n.region_id"_L1;

QDateTime fromEpoch(const QVariant &seconds)
{
    return seconds.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), QTimeZone::UTC);
}

std::optional<double> realOrNull(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

OperatorNote noteFrom(const QSqlQuery &q)
{
    OperatorNote n;
    n.id = q.value(0).toLongLong();
    n.body = q.value(1).toString();
    n.lat = realOrNull(q.value(2));
    n.lon = realOrNull(q.value(3));
    if (!q.value(4).isNull())
        n.regionId = q.value(4).toLongLong();
    n.regionName = q.value(5).toString();
    n.validFrom = fromEpoch(q.value(6));
    n.validUntil = fromEpoch(q.value(7));
    n.author = q.value(8).toString();
    n.createdAt = fromEpoch(q.value(9));
    n.updatedAt = fromEpoch(q.value(10));
    n.regionCentroidLat = realOrNull(q.value(11));
    n.regionCentroidLon = realOrNull(q.value(12));
    return n;
}

QList<OperatorNote> readAll(QSqlQuery &q)
{
    QList<OperatorNote> out;
    if (!Database::exec(q))
        return out;
    while (q.next())
        out.append(noteFrom(q));
    return out;
}

QVariant nullableReal(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QVariant nullableId(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableEpoch(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QString shown(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString shown(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 6) : QString();
}

QString shown(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QString();
}

} // namespace

NoteStore::NoteStore(Database &db)
    : m_db(db)
{
}

QList<OperatorNote> NoteStore::validAt(const QDateTime &at) const
{
    if (!at.isValid())
        return {};
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + kFrom
                               + u" WHERE n.valid_from <= ? AND (n.valid_until IS NULL OR n.valid_until > ?)"
                                 " AND n.created_at <= ? AND (n.deleted_at IS NULL OR n.deleted_at > ?)"
                                 " ORDER BY n.valid_from, n.id"_s);
    const qint64 t = at.toSecsSinceEpoch();
    for (int i = 0; i < 4; ++i)
        q.addBindValue(t);
    return readAll(q);
}

QList<OperatorNote> NoteStore::overlapping(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    // A note is on the map from the later of its start and its creation until the earlier of its
    // end and its removal; that span must meet [from, to]. The span is half-open, so a note whose
    // end is exactly `from` is already gone then.
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + kFrom
                               + u" WHERE n.valid_from <= ? AND n.created_at <= ?"
                                 " AND (n.valid_until IS NULL OR n.valid_until > ?)"
                                 " AND (n.deleted_at IS NULL OR n.deleted_at > ?)"
                                 " AND (n.valid_until IS NULL OR n.valid_until > n.created_at)"
                                 " AND (n.deleted_at IS NULL OR (n.deleted_at > n.created_at AND n.deleted_at > n.valid_from))"
                                 " ORDER BY n.valid_from, n.id"_s);
    q.addBindValue(to.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(from.toSecsSinceEpoch());
    return readAll(q);
}

QList<OperatorNote> NoteStore::createdBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!to.isValid())
        return {};
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + kFrom
                               + u" WHERE n.created_at > ? AND n.created_at <= ? AND (n.deleted_at IS NULL OR n.deleted_at > ?)"
                                 " ORDER BY n.created_at, n.id"_s);
    // An invalid `from` means since ever (no briefing yet).
    q.addBindValue(from.isValid() ? from.toSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    q.addBindValue(to.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    return readAll(q);
}

std::optional<OperatorNote> NoteStore::note(qint64 id) const
{
    QSqlQuery q = m_db.prepare(u"SELECT "_s + kColumns + kFrom + u" WHERE n.id = ?"_s);
    q.addBindValue(id);
    const QList<OperatorNote> found = readAll(q);
    return found.isEmpty() ? std::nullopt : std::optional<OperatorNote>(found.first());
}

QList<NoteProblem> NoteStore::problems(const OperatorNote &note) const
{
    QList<NoteProblem> out = contentProblems(note);
    if (note.regionId) {
        QSqlQuery q = m_db.prepare(u"SELECT 1 FROM region WHERE id = ?"_s);
        q.addBindValue(*note.regionId);
        if (!Database::exec(q) || !q.next()) {
            // In field order: after the place, before the times.
            const auto at = std::find_if(out.begin(), out.end(), [](const NoteProblem &p) {
                return p.field != NoteProblem::Field::Body && p.field != NoteProblem::Field::Place;
            });
            out.insert(at, {NoteProblem::Field::Region, tr("Region: there is no region %1 in the store.").arg(*note.regionId)});
        }
    }
    return out;
}

QList<NoteProblem> NoteStore::contentProblems(const OperatorNote &note)
{
    using Field = NoteProblem::Field;
    QList<NoteProblem> out;
    const QString body = note.body.trimmed();
    if (body.isEmpty())
        out.append({Field::Body, tr("Text: the note is empty; write what coordinators should know.")});
    else if (body.size() > kMaxBodyLength)
        out.append({Field::Body, tr("Text: the note has %1 characters; at most %2 fit on its card.")
                                     .arg(body.size())
                                     .arg(kMaxBodyLength)});

    if (note.lat.has_value() != note.lon.has_value()) {
        out.append({Field::Place, tr("Place: a place needs both a latitude and a longitude.")});
    } else if (note.hasPlace()) {
        if (!std::isfinite(*note.lat) || *note.lat < -90 || *note.lat > 90)
            out.append({Field::Place, tr("Place: latitude %1 is not between -90 and 90.").arg(*note.lat)});
        else if (!std::isfinite(*note.lon) || *note.lon < -180 || *note.lon > 180)
            out.append({Field::Place, tr("Place: longitude %1 is not between -180 and 180.").arg(*note.lon)});
    } else if (!note.regionId) {
        out.append({Field::Place, tr("Place: the note is pinned nowhere; choose a point on the map or a region.")});
    }

    if (!note.validFrom.isValid())
        out.append({Field::ValidFrom, tr("Valid from: the note needs the moment it starts to apply.")});
    else if (note.validUntil.isValid() && note.validUntil.toSecsSinceEpoch() <= note.validFrom.toSecsSinceEpoch())
        out.append({Field::ValidUntil, tr("Valid until: %1 is not after the start, %2.")
                                           .arg(QLocale().toString(note.validUntil.toLocalTime(), QLocale::ShortFormat),
                                                QLocale().toString(note.validFrom.toLocalTime(), QLocale::ShortFormat))});

    if (note.author.trimmed().isEmpty())
        out.append({Field::Author, tr("Author: the note does not say who writes it.")});
    return out;
}

qint64 NoteStore::add(const OperatorNote &note, const QDateTime &now, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return qint64(0);
    };
    if (!now.isValid())
        return fail(tr("Cannot add the note: the change has no valid time."));
    if (const QList<NoteProblem> found = problems(note); !found.isEmpty())
        return fail(found.first().message);

    QSqlQuery q = m_db.prepare(u"INSERT INTO note (body, lat, lon, region_id, valid_from, valid_until, author,"
                               " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const qint64 when = now.toSecsSinceEpoch();
    q.addBindValue(note.body.trimmed());
    q.addBindValue(nullableReal(note.lat));
    q.addBindValue(nullableReal(note.lon));
    q.addBindValue(nullableId(note.regionId));
    q.addBindValue(note.validFrom.toSecsSinceEpoch());
    q.addBindValue(nullableEpoch(note.validUntil));
    q.addBindValue(note.author.trimmed());
    q.addBindValue(when);
    q.addBindValue(when);
    if (!Database::exec(q))
        return fail(refusalMessage(q.lastError(), m_db, StoreChange::Notes,
                                   tr("Cannot add the note: the store refused it (%1).").arg(q.lastError().text())));
    const qint64 id = q.lastInsertId().toLongLong();
    qCInfo(lcStore) << "note" << id << "added by" << note.author.trimmed();
    return id;
}

bool NoteStore::update(const OperatorNote &note, const QDateTime &now, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!now.isValid())
        return fail(tr("Cannot change note %1: the change has no valid time.").arg(note.id));
    if (const QList<NoteProblem> found = problems(note); !found.isEmpty())
        return fail(found.first().message);

    QString failure;
    QSqlError refused; // the statement the store refused, told apart once the transaction has ended
    const QString actor = note.author.trimmed();
    const qint64 when = now.toSecsSinceEpoch();
    const bool done = m_db.inTransaction([&] {
        QSqlQuery current = m_db.prepare(u"SELECT body, lat, lon, region_id, valid_from, valid_until, deleted_at"
                                         " FROM note WHERE id = ?"_s);
        current.addBindValue(note.id);
        if (!Database::exec(current)) {
            refused = current.lastError();
            failure = tr("Cannot change note %1: the store cannot be read (%2).").arg(note.id).arg(current.lastError().text());
            return false;
        }
        if (!current.next()) {
            failure = tr("Cannot change note %1: there is no such note.").arg(note.id);
            return false;
        }
        if (!current.value(6).isNull()) {
            failure = tr("Cannot change note %1: it was removed.").arg(note.id);
            return false;
        }
        OperatorNote old;
        old.body = current.value(0).toString();
        old.lat = realOrNull(current.value(1));
        old.lon = realOrNull(current.value(2));
        if (!current.value(3).isNull())
            old.regionId = current.value(3).toLongLong();
        old.validFrom = fromEpoch(current.value(4));
        old.validUntil = fromEpoch(current.value(5));
        current.finish();

        // What changed, in audit_log's words: column, old text, new text.
        struct Change {
            QLatin1StringView field;
            QString before, after;
        };
        QList<Change> changes;
        auto compare = [&changes](QLatin1StringView field, const QString &before, const QString &after) {
            if (before != after)
                changes.append({field, before, after});
        };
        compare("body"_L1, old.body, note.body.trimmed());
        compare("lat"_L1, shown(old.lat), shown(note.lat));
        compare("lon"_L1, shown(old.lon), shown(note.lon));
        compare("region_id"_L1, shown(old.regionId), shown(note.regionId));
        compare("valid_from"_L1, shown(old.validFrom), shown(note.validFrom));
        compare("valid_until"_L1, shown(old.validUntil), shown(note.validUntil));
        if (changes.isEmpty())
            return true;

        QSqlQuery write = m_db.prepare(u"UPDATE note SET body = ?, lat = ?, lon = ?, region_id = ?, valid_from = ?,"
                                       " valid_until = ?, updated_at = ? WHERE id = ?"_s);
        write.addBindValue(note.body.trimmed());
        write.addBindValue(nullableReal(note.lat));
        write.addBindValue(nullableReal(note.lon));
        write.addBindValue(nullableId(note.regionId));
        write.addBindValue(note.validFrom.toSecsSinceEpoch());
        write.addBindValue(nullableEpoch(note.validUntil));
        write.addBindValue(when);
        write.addBindValue(note.id);
        if (!Database::exec(write)) {
            refused = write.lastError();
            failure = tr("Cannot change note %1: the store refused it (%2).").arg(note.id).arg(write.lastError().text());
            return false;
        }
        const QVariant nullText(QMetaType::fromType<QString>());
        for (const Change &change : std::as_const(changes)) {
            QSqlQuery audit = m_db.prepare(u"INSERT INTO audit_log (at, actor, entity, entity_id, field, old_value, new_value)"
                                           " VALUES (?, ?, 'note', ?, ?, ?, ?)"_s);
            audit.addBindValue(when);
            audit.addBindValue(actor);
            audit.addBindValue(note.id);
            audit.addBindValue(QString(change.field));
            audit.addBindValue(change.before.isEmpty() ? nullText : QVariant(change.before));
            audit.addBindValue(change.after.isEmpty() ? nullText : QVariant(change.after));
            if (!Database::exec(audit)) {
                refused = audit.lastError();
                failure = tr("Cannot change note %1: the audit log refused the entry (%2), so nothing was changed.")
                              .arg(note.id)
                              .arg(audit.lastError().text());
                return false;
            }
        }
        return true;
    });
    if (!done)
        return fail(refusalMessage(refused, m_db, StoreChange::Notes,
                                   !failure.isEmpty() ? failure
                                                      : tr("Cannot change note %1: the store could not save it (%2).")
                                                            .arg(note.id)
                                                            .arg(m_db.connection().lastError().text())));
    return true;
}

bool NoteStore::remove(qint64 id, const QString &actor, const QDateTime &now, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (actor.trimmed().isEmpty())
        return fail(tr("Cannot remove note %1: the removal does not say who makes it.").arg(id));
    if (!now.isValid())
        return fail(tr("Cannot remove note %1: the removal has no valid time.").arg(id));

    QString failure;
    QSqlError refused;
    const qint64 when = now.toSecsSinceEpoch();
    const bool done = m_db.inTransaction([&] {
        QSqlQuery mark = m_db.prepare(u"UPDATE note SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"_s);
        mark.addBindValue(when);
        mark.addBindValue(when);
        mark.addBindValue(id);
        if (!Database::exec(mark)) {
            refused = mark.lastError();
            failure = tr("Cannot remove note %1: the store refused it (%2).").arg(id).arg(mark.lastError().text());
            return false;
        }
        if (mark.numRowsAffected() != 1) {
            failure = note(id) ? tr("Cannot remove note %1: it was removed already.").arg(id)
                               : tr("Cannot remove note %1: there is no such note.").arg(id);
            return false;
        }
        QSqlQuery audit = m_db.prepare(u"INSERT INTO audit_log (at, actor, entity, entity_id, field, old_value, new_value)"
                                       " VALUES (?, ?, 'note', ?, 'deleted_at', NULL, ?)"_s);
        audit.addBindValue(when);
        audit.addBindValue(actor.trimmed());
        audit.addBindValue(id);
        audit.addBindValue(shown(now));
        if (!Database::exec(audit)) {
            refused = audit.lastError();
            failure = tr("Cannot remove note %1: the audit log refused the entry (%2), so nothing was changed.")
                          .arg(id)
                          .arg(audit.lastError().text());
            return false;
        }
        return true;
    });
    if (!done)
        return fail(refusalMessage(refused, m_db, StoreChange::Notes,
                                   !failure.isEmpty() ? failure
                                                      : tr("Cannot remove note %1: the store could not save it (%2).")
                                                            .arg(id)
                                                            .arg(m_db.connection().lastError().text())));
    qCInfo(lcStore) << "note" << id << "removed by" << actor.trimmed();
    return true;
}

} // namespace atalaya
