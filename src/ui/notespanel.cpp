#include "notespanel.h"

#include "servicespanel.h"
#include "store/database.h"
#include "timecursor.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace atalaya {

namespace {

// The one way the note form writes a moment: local time to the minute, the same in every
// language (a date typed as 21/11 or 11/21 would be read differently on the next desk).
constexpr auto kTimeFormat = "yyyy-MM-dd HH:mm"_L1;
constexpr auto kIsoTimeFormat = "yyyy-MM-ddTHH:mm"_L1;

QString fieldKey(NoteProblem::Field field)
{
    switch (field) {
    case NoteProblem::Field::Body: return u"body"_s;
    case NoteProblem::Field::Place: return u"place"_s;
    case NoteProblem::Field::Region: return u"region"_s;
    case NoteProblem::Field::ValidFrom: return u"validFrom"_s;
    case NoteProblem::Field::ValidUntil: return u"validUntil"_s;
    case NoteProblem::Field::Author: return u"author"_s;
    }
    return u"body"_s;
}

// The order refusals are reported in when only one sentence fits (the form's order).
const QStringList kFieldOrder = {u"body"_s, u"place"_s, u"region"_s, u"validFrom"_s, u"validUntil"_s, u"author"_s, u"store"_s};

QString firstError(const QVariantMap &errors)
{
    for (const QString &key : kFieldOrder) {
        if (errors.contains(key))
            return errors.value(key).toString();
    }
    return errors.isEmpty() ? QString() : errors.first().toString();
}

std::optional<double> coordinateOf(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

QString shortText(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

bool sameContent(const OperatorNote &a, const OperatorNote &b)
{
    return a.body == b.body && a.lat == b.lat && a.lon == b.lon && a.regionId == b.regionId && a.regionName == b.regionName
        && a.validFrom == b.validFrom && a.validUntil == b.validUntil && a.author == b.author && a.updatedAt == b.updatedAt;
}

// The time line shows the week around the cursor: the replayable range is often years of
// epidemic days, over which a day's notes would fall on one pixel.
constexpr qint64 kTimelineSpanSecs = 7 * 24 * 3600;

// When a note appeared on the map: not before it applied, nor before it was written.
QDateTime appearedAt(const OperatorNote &n)
{
    return n.createdAt.isValid() && n.createdAt > n.validFrom ? n.createdAt : n.validFrom;
}

} // namespace

// --- NotesModel -----------------------------------------------------------------------------------

NotesModel::NotesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void NotesModel::setNotes(const QList<OperatorNote> &notes)
{
    const qsizetype before = m_notes.size();
    QSet<qint64> incoming;
    for (const OperatorNote &n : notes)
        incoming.insert(n.id);

    // Rows of notes that went, last first so the indexes ahead stay right.
    for (qsizetype row = m_notes.size() - 1; row >= 0; --row) {
        if (incoming.contains(m_notes.at(row).id))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_notes.removeAt(row);
        endRemoveRows();
    }
    // The notes that stay must keep their order; an edit that moved one resets the list.
    bool inOrder = true;
    {
        qsizetype at = 0;
        for (const OperatorNote &kept : std::as_const(m_notes)) {
            while (at < notes.size() && notes.at(at).id != kept.id)
                ++at;
            if (at == notes.size()) {
                inOrder = false;
                break;
            }
            ++at;
        }
    }
    if (!inOrder) {
        beginResetModel();
        m_notes = notes;
        endResetModel();
    } else {
        // Walk both lists: a kept note is refreshed in place, a new one inserted where it belongs.
        for (qsizetype row = 0; row < notes.size(); ++row) {
            const OperatorNote &n = notes.at(row);
            if (row < m_notes.size() && m_notes.at(row).id == n.id) {
                if (!sameContent(m_notes.at(row), n)) {
                    m_notes[row] = n;
                    Q_EMIT dataChanged(index(int(row)), index(int(row)));
                }
                continue;
            }
            beginInsertRows({}, int(row), int(row));
            m_notes.insert(row, n);
            endInsertRows();
        }
    }
    if (m_notes.size() != before)
        Q_EMIT countChanged();
}

QString NotesModel::validText(const OperatorNote &note)
{
    const QString from = shortText(note.validFrom);
    if (!note.validUntil.isValid())
        return tr("From %1, until removed").arg(from);
    // The same day is not written twice: "21/11/26 10:00 – 18:00".
    const QString until = note.validUntil.toLocalTime().date() == note.validFrom.toLocalTime().date()
        ? QLocale().toString(note.validUntil.toLocalTime().time(), QLocale::ShortFormat)
        : shortText(note.validUntil);
    return tr("%1 – %2").arg(from, until);
}

QString NotesModel::placeText(const OperatorNote &note)
{
    const QLocale locale;
    const QString point = note.hasPlace()
        ? tr("point %1, %2").arg(locale.toString(*note.lat, 'f', 5), locale.toString(*note.lon, 'f', 5))
        : QString();
    if (note.regionId && !note.regionName.isEmpty())
        return point.isEmpty() ? note.regionName : tr("%1, %2").arg(note.regionName, point);
    return point;
}

QGeoCoordinate NotesModel::coordinate(const OperatorNote &note)
{
    if (note.hasPlace())
        return QGeoCoordinate(*note.lat, *note.lon);
    if (note.regionCentroidLat && note.regionCentroidLon)
        return QGeoCoordinate(*note.regionCentroidLat, *note.regionCentroidLon);
    return {};
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OperatorNote &n = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole: return n.body;
    case IdRole: return n.id;
    case LatRole: return coordinate(n).latitude();
    case LonRole: return coordinate(n).longitude();
    case RegionIdRole: return n.regionId.value_or(0);
    case RegionNameRole: return n.regionName;
    case ValidFromRole: return n.validFrom;
    case ValidUntilRole: return n.validUntil.isValid() ? QVariant(n.validUntil) : QVariant();
    case AuthorRole: return n.author;
    case CreatedAtRole: return n.createdAt;
    case HasPlaceRole: return n.hasPlace();
    case CoordinateRole: return QVariant::fromValue(coordinate(n));
    case ValidTextRole: return validText(n);
    case PlaceTextRole: return placeText(n);
    default: return {};
    }
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    return {
        {IdRole, "id"},
        {BodyRole, "body"},
        {LatRole, "lat"},
        {LonRole, "lon"},
        {RegionIdRole, "regionId"},
        {RegionNameRole, "regionName"},
        {ValidFromRole, "validFrom"},
        {ValidUntilRole, "validUntil"},
        {AuthorRole, "author"},
        {CreatedAtRole, "createdAt"},
        {HasPlaceRole, "hasPlace"},
        {CoordinateRole, "coordinate"},
        {ValidTextRole, "validText"},
        {PlaceTextRole, "placeText"},
    };
}

// --- NotesPanel -----------------------------------------------------------------------------------

NotesPanel::NotesPanel(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_model(new NotesModel(this))
{
}

NotesPanel::~NotesPanel() = default;

void NotesPanel::setDatabase(Database *db)
{
    m_db = db;
    m_store = db ? std::make_unique<NoteStore>(*db) : nullptr;
    readRegions();
    refresh();
}

void NotesPanel::setTimeCursor(TimeCursor *cursor)
{
    if (m_cursor)
        disconnect(m_cursor, nullptr, this, nullptr);
    m_cursor = cursor;
    if (cursor) {
        connect(cursor, &TimeCursor::timeChanged, this, &NotesPanel::refresh);
        connect(cursor, &TimeCursor::liveChanged, this, &NotesPanel::refresh);
        connect(cursor, &TimeCursor::rangeChanged, this, &NotesPanel::refresh);
    }
    refresh();
}

void NotesPanel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

QString NotesPanel::author()
{
    return ServicesPanel::actor();
}

QDateTime NotesPanel::now() const
{
    return m_clock().toUTC();
}

QString NotesPanel::timeText(const QDateTime &t) const
{
    return t.isValid() ? t.toLocalTime().toString(kTimeFormat) : QString();
}

QDateTime NotesPanel::parseTime(const QString &text) const
{
    const QString trimmed = text.trimmed();
    for (const QLatin1StringView format : {kTimeFormat, kIsoTimeFormat}) {
        const QDateTime t = QDateTime::fromString(trimmed, format);
        if (t.isValid())
            return t.toUTC();
    }
    return {};
}

QVariantMap NotesPanel::newForm(double lat, double lon, qint64 regionId) const
{
    const bool place = std::isfinite(lat) && std::isfinite(lon);
    return {
        {u"body"_s, QString()},
        {u"lat"_s, place ? QVariant(lat) : QVariant()},
        {u"lon"_s, place ? QVariant(lon) : QVariant()},
        {u"regionId"_s, regionId},
        {u"validFrom"_s, timeText(now())},
        {u"validUntil"_s, QString()},
    };
}

QVariantMap NotesPanel::form(qint64 id) const
{
    if (!m_store)
        return {};
    const std::optional<OperatorNote> n = m_store->note(id);
    if (!n)
        return {};
    return {
        {u"body"_s, n->body},
        {u"lat"_s, n->lat ? QVariant(*n->lat) : QVariant()},
        {u"lon"_s, n->lon ? QVariant(*n->lon) : QVariant()},
        {u"regionId"_s, n->regionId.value_or(0)},
        {u"validFrom"_s, timeText(n->validFrom)},
        {u"validUntil"_s, timeText(n->validUntil)},
    };
}

QString NotesPanel::hoursAfter(const QString &fromText, int hours) const
{
    const QDateTime from = parseTime(fromText);
    return from.isValid() ? timeText(from.addSecs(qint64(hours) * 3600)) : QString();
}

OperatorNote NotesPanel::noteFrom(const QVariantMap &form, QVariantMap *errors) const
{
    OperatorNote n;
    n.body = form.value(u"body"_s).toString();
    n.lat = coordinateOf(form.value(u"lat"_s));
    n.lon = coordinateOf(form.value(u"lon"_s));
    if (const qint64 region = form.value(u"regionId"_s).toLongLong(); region > 0)
        n.regionId = region;
    n.author = author();

    const QString example = timeText(now());
    auto moment = [&](const QString &key, const QString &label, QDateTime *out) {
        const QVariant value = form.value(key);
        if (value.metaType() == QMetaType::fromType<QDateTime>()) {
            *out = value.toDateTime().toUTC();
            return;
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return;
        *out = parseTime(text);
        if (!out->isValid())
            errors->insert(key, tr("%1: “%2” is not a date and time; write it as %3.").arg(label, text, example));
    };
    moment(u"validFrom"_s, tr("Valid from"), &n.validFrom);
    moment(u"validUntil"_s, tr("Valid until"), &n.validUntil);
    return n;
}

QVariantMap NotesPanel::check(const QVariantMap &form) const
{
    QVariantMap errors;
    const OperatorNote n = noteFrom(form, &errors);
    if (!m_store)
        errors.insert(u"store"_s, tr("Notes cannot be saved: no store is open."));
    for (const NoteProblem &problem : m_store ? m_store->problems(n) : NoteStore::contentProblems(n)) {
        const QString key = fieldKey(problem.field);
        if (!errors.contains(key)) // a time that does not parse says so, not "missing"
            errors.insert(key, problem.message);
    }
    return errors;
}

QString NotesPanel::add(const QVariantMap &form)
{
    const QVariantMap errors = check(form);
    if (!errors.isEmpty())
        return firstError(errors);
    QVariantMap unused;
    QString error;
    if (m_store->add(noteFrom(form, &unused), now(), &error) == 0)
        return error;
    refresh();
    Q_EMIT notesChanged();
    return {};
}

QString NotesPanel::update(qint64 id, const QVariantMap &form)
{
    const QVariantMap errors = check(form);
    if (!errors.isEmpty())
        return firstError(errors);
    QVariantMap unused;
    OperatorNote n = noteFrom(form, &unused);
    n.id = id;
    QString error;
    if (!m_store->update(n, now(), &error))
        return error;
    refresh();
    Q_EMIT notesChanged();
    return {};
}

QString NotesPanel::remove(qint64 id)
{
    if (!m_store)
        return tr("Notes cannot be removed: no store is open.");
    QString error;
    if (!m_store->remove(id, author(), now(), &error))
        return error;
    refresh();
    Q_EMIT notesChanged();
    return {};
}

QVariantMap NotesPanel::note(qint64 id) const
{
    if (!m_store || id <= 0)
        return {};
    const std::optional<OperatorNote> n = m_store->note(id);
    if (!n)
        return {};
    const bool shown = std::any_of(m_model->notes().cbegin(), m_model->notes().cend(),
                                   [id](const OperatorNote &o) { return o.id == id; });
    QVariantMap out = {
        {u"id"_s, n->id},
        {u"body"_s, n->body},
        {u"placeText"_s, NotesModel::placeText(*n)},
        {u"validText"_s, NotesModel::validText(*n)},
        {u"author"_s, n->author},
        {u"createdText"_s, tr("Written by %1, %2").arg(n->author, shortText(n->createdAt))},
        {u"updatedText"_s, n->updatedAt > n->createdAt ? tr("Changed %1").arg(shortText(n->updatedAt)) : QString()},
        {u"coordinate"_s, QVariant::fromValue(NotesModel::coordinate(*n))},
        {u"shown"_s, shown},
    };
    return out;
}

QDateTime NotesPanel::adjacentStart(int direction) const
{
    if (!m_store || !m_cursor || !m_at.isValid() || direction == 0)
        return {};
    // Beyond the time line's week too: the cursor may go to any moment it can replay.
    const QDateTime earliest = m_cursor->earliest().isValid() ? m_cursor->earliest() : m_at.addYears(-10);
    const QDateTime latest = std::max(m_cursor->latest(), m_at);
    QDateTime best;
    const QList<OperatorNote> notes = direction > 0 ? m_store->overlapping(m_at, latest) : m_store->overlapping(earliest, m_at);
    for (const OperatorNote &n : notes) {
        const QDateTime appeared = appearedAt(n);
        if (direction > 0 && appeared > m_at && appeared <= latest && (!best.isValid() || appeared < best))
            best = appeared;
        if (direction < 0 && appeared < m_at && (!best.isValid() || appeared > best))
            best = appeared;
    }
    return best;
}

std::pair<QDateTime, QDateTime> NotesPanel::timelineWindow() const
{
    if (!m_cursor || !m_at.isValid())
        return {};
    // Centred on the cursor, not past the newest data (or now), not before the oldest.
    QDateTime to = std::min(std::max(m_cursor->latest(), m_at), m_at.addSecs(kTimelineSpanSecs / 2));
    QDateTime from = to.addSecs(-kTimelineSpanSecs);
    if (m_cursor->earliest().isValid() && from < m_cursor->earliest())
        from = m_cursor->earliest();
    return {from, to};
}

void NotesPanel::refresh()
{
    // Live, the clock's minute may be ahead of the cursor's: a note written seconds ago shows now.
    QDateTime at;
    if (m_cursor)
        at = m_cursor->isLive() ? std::max(now(), m_cursor->time().toUTC()) : m_cursor->time().toUTC();
    if (at != m_at) {
        m_at = at;
        Q_EMIT atChanged();
    }
    m_model->setNotes(m_store && m_at.isValid() ? m_store->validAt(m_at) : QList<OperatorNote>());
    refreshTimeline();
    ++m_revision;
    Q_EMIT revisionChanged();
}

void NotesPanel::refreshTimeline()
{
    QVariantList entries;
    double cursorPosition = -1;
    const auto [from, to] = timelineWindow();
    if (m_store && from.isValid() && to.isValid() && from < to) {
        const double span = double(from.secsTo(to));
        auto position = [&](const QDateTime &t) { return std::clamp(double(from.secsTo(t)) / span, 0.0, 1.0); };
        cursorPosition = position(m_at);
        for (const OperatorNote &n : m_store->overlapping(from, to)) {
            const QDateTime appeared = appearedAt(n);
            entries.append(QVariantMap{
                {u"id"_s, n.id},
                {u"body"_s, n.body},
                {u"start"_s, position(appeared)},
                {u"end"_s, n.validUntil.isValid() ? position(n.validUntil) : 1.0},
                {u"startTime"_s, appeared},
                {u"text"_s, tr("%1: %2").arg(NotesModel::validText(n), n.body)},
            });
        }
    }
    const bool changed = entries != m_timeline || cursorPosition != m_cursorPosition;
    m_timeline = entries;
    m_cursorPosition = cursorPosition;
    if (changed)
        Q_EMIT timelineChanged();
}

void NotesPanel::readRegions()
{
    QVariantList regions;
    if (m_db) {
        // Districts and neighbourhoods: the areas coordinators speak of. Post codes would bury
        // them in a list of numbers.
        QSqlQuery q = m_db->prepare(u"SELECT id, level, name FROM region WHERE level IN ('district', 'neighbourhood')"
                                    " ORDER BY CASE level WHEN 'district' THEN 0 ELSE 1 END, name"_s);
        if (Database::exec(q)) {
            while (q.next()) {
                const QString name = q.value(2).toString();
                const bool district = q.value(1).toString() == "district"_L1;
                regions.append(QVariantMap{
                    {u"id"_s, q.value(0).toLongLong()},
                    {u"name"_s, name},
                    {u"text"_s, district ? tr("%1 (district)").arg(name) : tr("%1 (neighbourhood)").arg(name)},
                });
            }
        }
    }
    if (regions != m_regions) {
        m_regions = regions;
        Q_EMIT regionsChanged();
    }
}

} // namespace atalaya
