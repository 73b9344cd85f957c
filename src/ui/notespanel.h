#pragma once

#include "notes/notestore.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration/qqmlintegration.h>

#include <functional>
#include <memory>
#include <utility>

namespace atalaya {

class Database;
class TimeCursor;

/** The operator notes on the map at one moment, oldest start first. A new list keeps the rows of
 *  the notes still in it (a live cursor re-reads every minute; the map's pins and the list's
 *  focus stay put). */
class NotesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("NotesModel is provided by Dashboard.notes.model")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        BodyRole,
        LatRole,        // the place, or the region's centroid for a note pinned to a region only
        LonRole,
        RegionIdRole,   // 0 = none
        RegionNameRole,
        ValidFromRole,  // QDateTime, UTC
        ValidUntilRole, // QDateTime, UTC; null = until removed
        AuthorRole,
        CreatedAtRole,  // QDateTime, UTC
        HasPlaceRole,   // pinned to a point (else to its region's centroid)
        CoordinateRole, // QGeoCoordinate of lat, lon
        ValidTextRole,  // "21/11/26 10:00 – 18:00", local time
        PlaceTextRole,  // the region's name or the point's coordinates
    };
    Q_ENUM(Role)

    explicit NotesModel(QObject *parent = nullptr);

    void setNotes(const QList<OperatorNote> &notes);
    const QList<OperatorNote> &notes() const { return m_notes; }

    /** When a note applies, as the card and list say it (local time, short format). */
    static QString validText(const OperatorNote &note);
    /** Where a note is: its region's name, or its point's coordinates. */
    static QString placeText(const OperatorNote &note);
    /** Where a note is drawn: its point, else its region's centroid. */
    static QGeoCoordinate coordinate(const OperatorNote &note);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<OperatorNote> m_notes;
};

/** Operator notes for QML (Dashboard.notes): the notes on the map at the time cursor, their
 *  marks on the time line, and adding, changing and removing notes under author(). Follows the
 *  cursor live and in replay. A note written now shows from now on: a replayed moment shows
 *  only what coordinators knew then. */
class NotesPanel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("NotesPanel is provided by Dashboard.notes")
    /** The notes valid at `at`. */
    Q_PROPERTY(atalaya::NotesModel *model READ model CONSTANT)
    /** The moment the notes are read at: the cursor's time, or the clock's when live (a note
     *  added a few seconds ago shows before the cursor's next minute). */
    Q_PROPERTY(QDateTime at READ at NOTIFY atChanged)
    /** Who notes are written and removed as: the OS user name, or "operator" (as ServicesPanel). */
    Q_PROPERTY(QString author READ author CONSTANT)
    /** The regions a note can be pinned to: {id, name, text}, districts then neighbourhoods. */
    Q_PROPERTY(QVariantList regions READ regions NOTIFY regionsChanged)
    /** The notes on the map at some moment of the time line's week around the cursor (within the
     *  cursor's range): {id, body, start, end (fractions 0..1 of the week), startTime (when it
     *  appeared), text (tooltip)}. */
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY timelineChanged)
    /** Where the cursor is on the time line, 0..1; -1 without one. */
    Q_PROPERTY(double cursorPosition READ cursorPosition NOTIFY timelineChanged)
    /** Bumped at every re-read, so bindings over note(id) follow changes. */
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    explicit NotesPanel(QObject *parent = nullptr);
    ~NotesPanel() override;

    /** The store to read and write (not owned); nullptr clears everything. */
    void setDatabase(Database *db);
    /** The cursor to follow (not owned). */
    void setTimeCursor(TimeCursor *cursor);
    /** Replaces the wall clock (tests). */
    void setClock(std::function<QDateTime()> clock);

    NotesModel *model() const { return m_model; }
    QDateTime at() const { return m_at; }
    static QString author();
    QVariantList regions() const { return m_regions; }
    QVariantList timeline() const { return m_timeline; }
    double cursorPosition() const { return m_cursorPosition; }
    int revision() const { return m_revision; }

    /** A form's times are local "yyyy-MM-dd HH:mm" text; parse and format them alike. */
    Q_INVOKABLE QString timeText(const QDateTime &t) const;
    QDateTime parseTime(const QString &text) const;

    /** The dialog's form for a new note at a point (lat, lon; NaN for none) or a region (0 for
     *  none): {body, lat, lon, regionId, validFrom (now), validUntil (empty)}. */
    Q_INVOKABLE QVariantMap newForm(double lat, double lon, qint64 regionId) const;
    /** The form of a stored note; empty when there is none. */
    Q_INVOKABLE QVariantMap form(qint64 id) const;
    /** The form's start plus some hours, as text for validUntil; empty when the start does not
     *  parse. */
    Q_INVOKABLE QString hoursAfter(const QString &fromText, int hours) const;
    /** What is wrong with a form, by field ("body", "place", "region", "validFrom", "validUntil",
     *  "author"); empty when it can be saved. */
    Q_INVOKABLE QVariantMap check(const QVariantMap &form) const;

    /** Commands; each returns why it was refused, or an empty string when done. */
    Q_INVOKABLE QString add(const QVariantMap &form);
    Q_INVOKABLE QString update(qint64 id, const QVariantMap &form);
    Q_INVOKABLE QString remove(qint64 id);

    /** A note for its card: {id, body, placeText, validText, author, createdText, updatedText,
     *  coordinate, removed}; empty when there is none. */
    Q_INVOKABLE QVariantMap note(qint64 id) const;
    /** The moment the nearest note after (direction > 0) or before (< 0) the cursor appeared on
     *  the map; invalid when there is none. */
    Q_INVOKABLE QDateTime adjacentStart(int direction) const;

    /** Re-reads the notes at the cursor and the time line. */
    void refresh();

Q_SIGNALS:
    void atChanged();
    void regionsChanged();
    void timelineChanged();
    void revisionChanged();
    /** A note was added, changed or removed here. */
    void notesChanged();

private:
    /** A form as a note, with the problems of its text fields (times that do not parse). */
    OperatorNote noteFrom(const QVariantMap &form, QVariantMap *errors) const;
    QDateTime now() const;
    void readRegions();
    void refreshTimeline();
    /** The time line's span: a week centred on the cursor, clipped to what can be replayed. */
    std::pair<QDateTime, QDateTime> timelineWindow() const;

    Database *m_db = nullptr;
    std::unique_ptr<NoteStore> m_store;
    QPointer<TimeCursor> m_cursor;
    std::function<QDateTime()> m_clock;
    NotesModel *m_model = nullptr;
    QDateTime m_at;
    QVariantList m_regions;
    QVariantList m_timeline;
    double m_cursorPosition = -1;
    int m_revision = 0;
};

} // namespace atalaya
