#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace atalaya {

class Database;

/** An operator note pinned to a place or a region and to a time span ("road closed by flooding
 *  until 18:00"). */
struct OperatorNote {
    qint64 id = 0;
    QString body;
    std::optional<double> lat, lon; // a place; unset when pinned to a region only
    std::optional<qint64> regionId;
    QString regionName;   // filled by reads when regionId is set
    QDateTime validFrom;
    QDateTime validUntil; // invalid = until removed
    QString author;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Filled by reads when regionId is set: where a note pinned only to a region is drawn.
    std::optional<double> regionCentroidLat, regionCentroidLon;

    bool hasPlace() const { return lat.has_value() && lon.has_value(); }
};

/** One reason a note cannot be stored, with the field it is about (so a form can show it beside
 *  that field). */
struct NoteProblem {
    enum class Field { Body, Place, Region, ValidFrom, ValidUntil, Author };
    Field field;
    QString message;
};

/** The note table (schema 4). Removal is soft (deleted_at), so a replayed moment still shows
 *  what coordinators knew then. One instance per Database. */
class NoteStore
{
    Q_DECLARE_TR_FUNCTIONS(NoteStore)
public:
    explicit NoteStore(Database &db);

    /** Notes valid at `at` (validFrom <= at < validUntil) that existed then (created at or before
     *  `at`, not removed by then), oldest validFrom first. */
    QList<OperatorNote> validAt(const QDateTime &at) const;
    /** Notes whose validity overlaps [from, to] (the time line's marks): those validAt() returns
     *  for some moment in [from, to], oldest validFrom first. */
    QList<OperatorNote> overlapping(const QDateTime &from, const QDateTime &to) const;
    /** Notes created in (from, to] (Overview: "since the last briefing"), unless removed by `to`;
     *  oldest first. */
    QList<OperatorNote> createdBetween(const QDateTime &from, const QDateTime &to) const;
    /** A note, removed or not (removed ones are not listed by the reads above at later times). */
    std::optional<OperatorNote> note(qint64 id) const;

    /** Everything wrong with a note, in field order; empty when it can be stored. */
    QList<NoteProblem> problems(const OperatorNote &note) const;
    /** The same without the store: all but whether its region exists (forms with no store open). */
    static QList<NoteProblem> contentProblems(const OperatorNote &note);

    /** Adds a note (id, createdAt, updatedAt ignored); returns its id, or 0 with a message saying
     *  which field is wrong (empty text, no place or region, until before from, unknown region). */
    qint64 add(const OperatorNote &note, const QDateTime &now, QString *error);
    /** Rewrites a note's text, place, region and validity (not its author), recording who changed
     *  what in audit_log (entity 'note', actor = note.author). Removed notes are refused. */
    bool update(const OperatorNote &note, const QDateTime &now, QString *error);
    /** Marks a note removed at `now`; audit_log records the actor (field 'deleted_at'). */
    bool remove(qint64 id, const QString &actor, const QDateTime &now, QString *error);

private:
    Database &m_db;
};

} // namespace atalaya
