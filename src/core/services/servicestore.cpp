#include "servicestore.h"

#include "logging.h"
#include "services/openinghours.h"
#include "store/database.h"
#include "store/storeaccess.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace atalaya {

namespace {

constexpr int kDayMinutes = 24 * 60;
constexpr qsizetype kMaxSlugLength = 64;

// The built-in categories in the order the map's layer list shows them.
constexpr std::array<QLatin1StringView, 7> kBuiltinSlugs = {
    "pharmacies"_L1, "supermarkets"_L1, "health-centres"_L1, "elderly-homes"_L1,
    "social-services"_L1, "benches"_L1, "recreational-areas"_L1,
};

// The columns edits may change, in the names audit_log records.
constexpr std::array<QLatin1StringView, 4> kEditableFields = {"status"_L1, "opening_hours"_L1, "notes"_L1, "capacity"_L1};

bool isEditable(const QString &field)
{
    return std::find(kEditableFields.begin(), kEditableFields.end(), field) != kEditableFields.end();
}

int builtinRank(const QString &slug)
{
    const auto it = std::find(kBuiltinSlugs.begin(), kBuiltinSlugs.end(), slug);
    return it == kBuiltinSlugs.end() ? -1 : int(it - kBuiltinSlugs.begin());
}

// The columns every summary query selects first, in this order.
constexpr auto kSummaryColumns = "id, category, name, address, post_code, lat, lon, status, opening_hours"_L1;
constexpr int kSummaryColumnCount = 9;

ServiceSummary summaryFrom(const QSqlQuery &q)
{
    ServiceSummary s;
    s.id = q.value(0).toLongLong();
    s.category = q.value(1).toString();
    s.name = q.value(2).toString();
    s.address = q.value(3).toString();
    s.postCode = q.value(4).toString();
    s.location = {q.value(5).toDouble(), q.value(6).toDouble()};
    s.status = parseServiceStatus(q.value(7).toString()).value_or(ServiceStatus::Closed);
    s.openingHours = q.value(8).toString();
    return s;
}

std::optional<QString> textOrNull(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

// Names sort as people read them, whatever the machine's locale: accents and case aside
// ("Área" among the A's), then as written, then by id so equal names keep a stable order.
QString sortKey(const QString &name)
{
    QString key;
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c.toCaseFolded());
    }
    return key;
}

bool byName(const ServiceSummary &a, const ServiceSummary &b)
{
    const int folded = sortKey(a.name).compare(sortKey(b.name));
    if (folded != 0)
        return folded < 0;
    const int exact = a.name.compare(b.name);
    return exact != 0 ? exact < 0 : a.id < b.id;
}

} // namespace

QString serviceStatusKey(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::Open:
        return u"open"_s;
    case ServiceStatus::Limited:
        return u"limited"_s;
    case ServiceStatus::Closed:
        break;
    }
    return u"closed"_s;
}

std::optional<ServiceStatus> parseServiceStatus(const QString &key)
{
    if (key == "open"_L1)
        return ServiceStatus::Open;
    if (key == "limited"_L1)
        return ServiceStatus::Limited;
    if (key == "closed"_L1)
        return ServiceStatus::Closed;
    return std::nullopt;
}

bool ServiceWindow::isOpenAt(const QDateTime &local) const
{
    if (!local.isValid())
        return false;
    const int day = local.date().dayOfWeek() - 1;
    const int yesterday = (day + 6) % 7;
    const int second = local.time().msecsSinceStartOfDay() / 1000;
    const bool today = weekdays & (1 << day);
    if (closes > opens)
        return today && second >= opens * 60 && second < closes * 60;
    // Past midnight: the evening part on the day it opens, the small hours on the next.
    return (today && second >= opens * 60) || ((weekdays & (1 << yesterday)) && second < closes * 60);
}

ServiceStore::ServiceStore(Database &db)
    : m_db(db)
{
    const QString zone = db.meta(u"time_zone"_s);
    m_zone = zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toUtf8());
    if (!m_zone.isValid()) {
        qCWarning(lcStore) << "unknown time zone" << zone << "in the store; reading opening hours in the system's";
        m_zone = QTimeZone::systemTimeZone();
    }
}

QString ServiceStore::builtinCategoryName(const QString &slug)
{
    switch (builtinRank(slug)) {
    case 0:
        return tr("Pharmacies");
    case 1:
        return tr("Supermarkets");
    case 2:
        return tr("Health centres");
    case 3:
        return tr("Elderly homes");
    case 4:
        return tr("Social services");
    case 5:
        return tr("Benches");
    case 6:
        return tr("Recreational areas");
    default:
        return {};
    }
}

QList<ServiceCategory> ServiceStore::categories() const
{
    QList<ServiceCategory> out;
    QSqlQuery q = m_db.prepare(u"SELECT c.slug, c.name, c.builtin, (SELECT COUNT(*) FROM service_point p WHERE p.category = c.slug)"
                               " FROM service_category c"_s);
    if (!Database::exec(q))
        return out;
    while (q.next()) {
        ServiceCategory c;
        c.slug = q.value(0).toString();
        c.builtin = q.value(2).toInt() != 0 && builtinRank(c.slug) >= 0;
        c.name = c.builtin ? builtinCategoryName(c.slug) : q.value(1).toString();
        c.count = q.value(3).toInt();
        out.append(c);
    }
    std::sort(out.begin(), out.end(), [](const ServiceCategory &a, const ServiceCategory &b) {
        const int ra = a.builtin ? builtinRank(a.slug) : std::numeric_limits<int>::max();
        const int rb = b.builtin ? builtinRank(b.slug) : std::numeric_limits<int>::max();
        return ra != rb ? ra < rb : a.slug < b.slug;
    });
    return out;
}

QList<IndexedPoint> ServiceStore::indexedPoints(const QList<ServiceCategory> &categories) const
{
    QHash<QString, quint16> indexOf;
    for (qsizetype i = 0; i < categories.size() && i < kMaxCategories; ++i)
        indexOf.insert(categories[i].slug, quint16(i));
    QList<IndexedPoint> out;
    QSqlQuery q = m_db.prepare(u"SELECT id, lat, lon, category, status FROM service_point ORDER BY id"_s);
    q.setForwardOnly(true);
    if (!Database::exec(q))
        return out;
    while (q.next()) {
        const auto category = indexOf.constFind(q.value(3).toString());
        if (category == indexOf.cend())
            continue;
        IndexedPoint p;
        p.id = q.value(0).toLongLong();
        p.lat = q.value(1).toDouble();
        p.lon = q.value(2).toDouble();
        p.category = *category;
        p.status = parseServiceStatus(q.value(4).toString()).value_or(ServiceStatus::Closed);
        out.append(p);
    }
    return out;
}

std::optional<ServiceDetails> ServiceStore::details(qint64 serviceId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT p.id, p.external_id, p.category, p.name, p.address, p.post_code, p.region_id,"
                               " p.lat, p.lon, p.geometry, p.status, p.opening_hours, p.capacity, p.notes, p.updated_by,"
                               " p.updated_at, c.name FROM service_point p LEFT JOIN service_category c ON c.slug = p.category"
                               " WHERE p.id = ?"_s);
    q.addBindValue(serviceId);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    ServiceDetails d;
    d.id = q.value(0).toLongLong();
    d.externalId = q.value(1).toString();
    d.category = q.value(2).toString();
    d.name = q.value(3).toString();
    d.address = q.value(4).toString();
    d.postCode = q.value(5).toString();
    d.regionId = q.value(6).toLongLong();
    d.location = {q.value(7).toDouble(), q.value(8).toDouble()};
    d.geometry = q.value(9).toString();
    d.status = parseServiceStatus(q.value(10).toString()).value_or(ServiceStatus::Closed);
    d.openingHours = q.value(11).toString();
    if (!q.value(12).isNull())
        d.capacity = q.value(12).toInt();
    d.notes = q.value(13).toString();
    d.updatedBy = q.value(14).toString();
    d.updatedAt = QDateTime::fromSecsSinceEpoch(q.value(15).toLongLong(), QTimeZone::UTC);
    const QString builtinName = builtinCategoryName(d.category);
    d.categoryName = builtinName.isEmpty() ? q.value(16).toString() : builtinName;
    if (!d.geometry.isEmpty()) {
        Geometry g;
        QString error;
        if (geo::fromGeoJson(d.geometry, &g, &error)
            && (g.type == Geometry::Type::Polygon || g.type == Geometry::Type::MultiPolygon))
            d.area = g.polygons;
        else
            qCWarning(lcStore) << "service" << serviceId << "has a geometry that is not a polygon:" << error;
    }

    QSqlQuery w = m_db.prepare(u"SELECT weekdays, opens, closes, audience FROM service_window WHERE service_id = ?"
                               " ORDER BY opens, weekdays, id"_s);
    w.addBindValue(serviceId);
    if (Database::exec(w)) {
        while (w.next())
            d.windows.append({w.value(0).toInt(), w.value(1).toInt(), w.value(2).toInt(), w.value(3).toString()});
    }
    return d;
}

QList<CategoryServices> ServiceStore::servicesInPostCode(const QString &code) const
{
    QHash<QString, QList<ServiceSummary>> byCategory;
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM service_point WHERE post_code = ?"_s.arg(kSummaryColumns));
    q.addBindValue(code);
    if (Database::exec(q)) {
        while (q.next()) {
            const ServiceSummary s = summaryFrom(q);
            byCategory[s.category].append(s);
        }
    }

    // Services without a post code belong to the post code whose polygon holds them.
    QSqlQuery region = m_db.prepare(u"SELECT geometry, min_lat, min_lon, max_lat, max_lon FROM region"
                                    " WHERE level = 'postcode' AND code = ?"_s);
    region.addBindValue(code);
    if (Database::exec(region) && region.next()) {
        Geometry shape;
        QString error;
        if (!geo::fromGeoJson(region.value(0).toString(), &shape, &error) || shape.polygons.isEmpty()) {
            qCWarning(lcStore) << "post code" << code << "has no usable polygon:" << error;
        } else {
            QSqlQuery inside = m_db.prepare(u"SELECT %1 FROM service_point WHERE (post_code IS NULL OR TRIM(post_code) = '')"
                                            " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"_s.arg(kSummaryColumns));
            inside.addBindValue(region.value(1).toDouble());
            inside.addBindValue(region.value(3).toDouble());
            inside.addBindValue(region.value(2).toDouble());
            inside.addBindValue(region.value(4).toDouble());
            if (Database::exec(inside)) {
                while (inside.next()) {
                    const ServiceSummary s = summaryFrom(inside);
                    if (geo::contains(shape.polygons, s.location))
                        byCategory[s.category].append(s);
                }
            }
        }
    }

    QList<CategoryServices> out;
    for (const ServiceCategory &c : categories()) {
        auto it = byCategory.find(c.slug);
        if (it == byCategory.end())
            continue;
        std::sort(it->begin(), it->end(), byName);
        out.append({c.slug, c.name, *it});
    }
    return out;
}

bool ServiceStore::isOpenByHours(const QString &hours, const QDateTime &local) const
{
    if (hours.trimmed().isEmpty())
        return true;
    auto it = m_hoursCache.constFind(hours);
    if (it == m_hoursCache.cend())
        it = m_hoursCache.insert(hours, std::make_shared<const OpeningHours>(OpeningHours::parse(hours)));
    return (*it)->isOpenAt(local);
}

std::optional<NearestService> ServiceStore::nearestOpen(const QString &categorySlug, const GeoPoint &from,
                                                        const QDateTime &at) const
{
    const QDateTime local = at.toTimeZone(m_zone);
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM service_point WHERE category = ? AND status IN ('open', 'limited')"
                               " ORDER BY id"_s.arg(kSummaryColumns));
    q.addBindValue(categorySlug);
    if (!Database::exec(q))
        return std::nullopt;
    std::optional<NearestService> best;
    while (q.next()) {
        const ServiceSummary s = summaryFrom(q);
        if (!isOpenByHours(s.openingHours, local))
            continue;
        const double d = geo::distanceMetres(from, s.location);
        if (!best || d < best->distanceMetres)
            best = NearestService{s, d};
    }
    return best;
}

NearestEssentials ServiceStore::nearestOpenEssentials(const GeoPoint &from, const QDateTime &at) const
{
    return {nearestOpen(kPharmacies, from, at), nearestOpen(kHealthCentres, from, at)};
}

QList<OpenArea> ServiceStore::areasOpenAt(const QDateTime &at, const QString &audience) const
{
    const QDateTime local = at.toTimeZone(m_zone);
    QHash<qint64, QList<ServiceWindow>> windows;
    QSqlQuery w = m_db.prepare(u"SELECT service_id, weekdays, opens, closes, audience FROM service_window"
                               " ORDER BY service_id, opens, id"_s);
    if (!Database::exec(w))
        return {};
    while (w.next())
        windows[w.value(0).toLongLong()].append({w.value(1).toInt(), w.value(2).toInt(), w.value(3).toInt(), w.value(4).toString()});

    QSqlQuery q = m_db.prepare(u"SELECT %1, geometry FROM service_point WHERE (category = ? OR geometry IS NOT NULL)"
                               " AND status <> 'closed'"_s.arg(kSummaryColumns));
    q.addBindValue(QString(kRecreationalAreas));
    if (!Database::exec(q))
        return {};
    QList<OpenArea> out;
    while (q.next()) {
        OpenArea area;
        area.area = summaryFrom(q);
        area.geometry = q.value(kSummaryColumnCount).toString();
        const auto own = windows.constFind(area.area.id);
        bool open = false;
        if (own != windows.cend()) {
            // A window for exactly this audience says more than one for everybody.
            for (int pass = 0; pass < 2 && !open; ++pass) {
                for (const ServiceWindow &window : *own) {
                    const bool admits = audience.isEmpty() || window.audience == audience
                        || (pass == 1 && window.audience == "all"_L1);
                    if (admits && window.isOpenAt(local)) {
                        area.window = window;
                        open = true;
                        break;
                    }
                }
            }
        } else if (!area.area.openingHours.isEmpty() && isOpenByHours(area.area.openingHours, local)) {
            // No windows: the hours apply to everybody. Report the range that covers the moment:
            // one of today's, or one of yesterday's that runs past midnight.
            const OpeningHours &hours = *m_hoursCache.value(area.area.openingHours);
            const int day = local.date().dayOfWeek();
            const int yesterday = day == 1 ? 7 : day - 1;
            const int minute = local.time().msecsSinceStartOfDay() / 60000;
            bool found = false;
            for (const OpeningRange &r : hours.ranges(day)) {
                if (!found && minute >= r.opens && minute < r.closes) {
                    area.window = {1 << (day - 1), r.opens, r.closes > kDayMinutes ? r.closes - kDayMinutes : r.closes, u"all"_s};
                    found = true;
                }
            }
            for (const OpeningRange &r : hours.ranges(yesterday)) {
                if (!found && r.closes > kDayMinutes && minute + kDayMinutes < r.closes) {
                    area.window = {1 << (yesterday - 1), r.opens, r.closes - kDayMinutes, u"all"_s};
                    found = true;
                }
            }
            open = true;
        }
        if (open)
            out.append(area);
    }
    std::sort(out.begin(), out.end(), [](const OpenArea &a, const OpenArea &b) { return byName(a.area, b.area); });
    return out;
}

// --- edits ------------------------------------------------------------------------------------

namespace {

QString fieldLabel(const QString &field)
{
    if (field == "status"_L1)
        return ServiceStore::tr("status");
    if (field == "opening_hours"_L1)
        return ServiceStore::tr("opening hours");
    if (field == "notes"_L1)
        return ServiceStore::tr("notes");
    if (field == "capacity"_L1)
        return ServiceStore::tr("capacity");
    return field;
}

QString shownValue(const std::optional<QString> &value)
{
    return value ? u"'%1'"_s.arg(*value) : ServiceStore::tr("not reported");
}

} // namespace

ServiceEditResult ServiceStore::edit(qint64 serviceId, const QString &field, const std::optional<QString> &value,
                                     const QString &actor, const QDateTime &at, const Expectation *expected)
{
    ServiceEditResult result;
    if (actor.trimmed().isEmpty()) {
        result.error = tr("Cannot change the %1 of service %2: the change does not say who makes it.")
                           .arg(fieldLabel(field))
                           .arg(serviceId);
        return result;
    }
    if (!at.isValid()) {
        result.error = tr("Cannot change the %1 of service %2: the change has no valid time.").arg(fieldLabel(field)).arg(serviceId);
        return result;
    }
    Q_ASSERT(isEditable(field)); // the column name goes into the SQL text

    QString failure;
    QSqlError refused; // the statement the store refused, told apart once the transaction has ended
    const bool done = m_db.inTransaction([&] {
        QSqlQuery current = m_db.prepare(u"SELECT %1, name FROM service_point WHERE id = ?"_s.arg(field));
        current.addBindValue(serviceId);
        if (!Database::exec(current)) {
            refused = current.lastError();
            failure = tr("Cannot change the %1 of service %2: the store cannot be read (%3).")
                          .arg(fieldLabel(field))
                          .arg(serviceId)
                          .arg(current.lastError().text());
            return false;
        }
        if (!current.next()) {
            failure = tr("Cannot change the %1 of service %2: there is no such service.").arg(fieldLabel(field)).arg(serviceId);
            return false;
        }
        const std::optional<QString> old = textOrNull(current.value(0));
        const QString name = current.value(1).toString();
        current.finish();
        if (expected && old != expected->value) {
            failure = tr("Cannot undo change #%1: the %2 of \"%3\" has changed again since; it is now %4.")
                          .arg(expected->auditId)
                          .arg(fieldLabel(field), name, shownValue(old));
            return false;
        }
        if (old == value)
            return true; // nothing to change, nothing to audit

        QVariant stored;
        if (!value)
            stored = field == "capacity"_L1 ? QVariant(QMetaType::fromType<int>()) : QVariant(QMetaType::fromType<QString>());
        else
            stored = field == "capacity"_L1 ? QVariant(value->toInt()) : QVariant(*value);
        const qint64 when = at.toSecsSinceEpoch();
        QSqlQuery update = m_db.prepare(u"UPDATE service_point SET %1 = ?, updated_by = ?, updated_at = ? WHERE id = ?"_s.arg(field));
        update.addBindValue(stored);
        update.addBindValue(actor.trimmed());
        update.addBindValue(when);
        update.addBindValue(serviceId);
        if (!Database::exec(update)) {
            refused = update.lastError();
            failure = tr("Cannot change the %1 of \"%2\": the store refused it (%3).")
                          .arg(fieldLabel(field), name, update.lastError().text());
            return false;
        }
        QSqlQuery audit = m_db.prepare(u"INSERT INTO audit_log (at, actor, entity, entity_id, field, old_value, new_value)"
                                       " VALUES (?, ?, 'service_point', ?, ?, ?, ?)"_s);
        const QVariant nullText(QMetaType::fromType<QString>());
        audit.addBindValue(when);
        audit.addBindValue(actor.trimmed());
        audit.addBindValue(serviceId);
        audit.addBindValue(field);
        audit.addBindValue(old ? QVariant(*old) : nullText);
        audit.addBindValue(value ? QVariant(*value) : nullText);
        if (!Database::exec(audit)) {
            refused = audit.lastError();
            failure = tr("Cannot change the %1 of \"%2\": the audit log refused the entry (%3), so nothing was changed.")
                          .arg(fieldLabel(field), name, audit.lastError().text());
            return false;
        }
        result.auditId = audit.lastInsertId().toLongLong();
        return true;
    });
    if (!done) {
        result.auditId = 0;
        result.error = refusalMessage(refused, m_db, StoreChange::Services,
                                      !failure.isEmpty()
                                          ? failure
                                          : tr("Cannot change the %1 of service %2: the store could not save it (%3).")
                                                .arg(fieldLabel(field))
                                                .arg(serviceId)
                                                .arg(m_db.connection().lastError().text()));
        return result;
    }
    result.ok = true;
    return result;
}

ServiceEditResult ServiceStore::setStatus(qint64 serviceId, const QString &status, const QString &actor, const QDateTime &at)
{
    if (!parseServiceStatus(status)) {
        ServiceEditResult refused;
        refused.error = tr("Status '%1' refused: a service's status is open, limited or closed.").arg(status);
        return refused;
    }
    return edit(serviceId, u"status"_s, status, actor, at);
}

ServiceEditResult ServiceStore::setOpeningHours(qint64 serviceId, const QString &hours, const QString &actor, const QDateTime &at)
{
    const QString text = hours.trimmed();
    if (text.isEmpty())
        return edit(serviceId, u"opening_hours"_s, std::nullopt, actor, at);
    const OpeningHours parsed = OpeningHours::parse(text);
    if (!parsed.isValid()) {
        ServiceEditResult refused;
        refused.error = tr("Opening hours '%1' refused: %2.").arg(text, parsed.error());
        return refused;
    }
    return edit(serviceId, u"opening_hours"_s, text, actor, at);
}

ServiceEditResult ServiceStore::setNotes(qint64 serviceId, const QString &notes, const QString &actor, const QDateTime &at)
{
    const QString text = notes.trimmed();
    return edit(serviceId, u"notes"_s, text.isEmpty() ? std::nullopt : std::optional<QString>(text), actor, at);
}

ServiceEditResult ServiceStore::setCapacity(qint64 serviceId, std::optional<int> capacity, const QString &actor,
                                            const QDateTime &at)
{
    if (capacity && *capacity < 0) {
        ServiceEditResult refused;
        refused.error = tr("Capacity %1 refused: a capacity cannot be negative.").arg(*capacity);
        return refused;
    }
    return edit(serviceId, u"capacity"_s, capacity ? std::optional<QString>(QString::number(*capacity)) : std::nullopt, actor, at);
}

QList<ServiceAuditEntry> ServiceStore::history(qint64 serviceId) const
{
    QList<ServiceAuditEntry> out;
    QSqlQuery q = m_db.prepare(u"SELECT id, entity_id, field, old_value, new_value, actor, at FROM audit_log"
                               " WHERE entity = 'service_point' AND entity_id = ? ORDER BY at DESC, id DESC"_s);
    q.addBindValue(serviceId);
    if (!Database::exec(q))
        return out;
    while (q.next()) {
        ServiceAuditEntry e;
        e.id = q.value(0).toLongLong();
        e.serviceId = q.value(1).toLongLong();
        e.field = q.value(2).toString();
        e.oldValue = textOrNull(q.value(3));
        e.newValue = textOrNull(q.value(4));
        e.actor = q.value(5).toString();
        e.at = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::UTC);
        out.append(e);
    }
    return out;
}

ServiceEditResult ServiceStore::undo(qint64 auditId, const QString &actor, const QDateTime &at)
{
    ServiceEditResult refused;
    QSqlQuery q = m_db.prepare(u"SELECT entity, entity_id, field, old_value, new_value FROM audit_log WHERE id = ?"_s);
    q.addBindValue(auditId);
    if (!Database::exec(q) || !q.next()) {
        refused.error = tr("Cannot undo change #%1: there is no such change.").arg(auditId);
        return refused;
    }
    const QString field = q.value(2).toString();
    if (q.value(0).toString() != "service_point"_L1 || !isEditable(field)) {
        refused.error = tr("Cannot undo change #%1: it is not an edit of a service's status, hours, notes or capacity.").arg(auditId);
        return refused;
    }
    const qint64 serviceId = q.value(1).toLongLong();
    const std::optional<QString> oldValue = textOrNull(q.value(3));
    const Expectation expected{textOrNull(q.value(4)), auditId};
    q.finish();
    return edit(serviceId, field, oldValue, actor, at, &expected);
}

// --- categories -------------------------------------------------------------------------------

QString ServiceStore::slugError(const QString &slug)
{
    if (slug.isEmpty())
        return tr("it is empty");
    if (slug.size() > kMaxSlugLength)
        return tr("it is longer than %1 characters").arg(kMaxSlugLength);
    for (qsizetype i = 0; i < slug.size(); ++i) {
        const QChar c = slug.at(i);
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok)
            return tr("'%1' at position %2 is not a lowercase letter, a digit or '-'").arg(c).arg(i + 1);
    }
    if (slug.startsWith(u'-') || slug.endsWith(u'-'))
        return tr("it starts or ends with '-'");
    if (slug.contains("--"_L1))
        return tr("it has two '-' in a row");
    return {};
}

ServiceStore::CategoryResult ServiceStore::createCategory(const QString &slug, const QString &name)
{
    CategoryResult result;
    const QString why = slugError(slug);
    if (!why.isEmpty()) {
        result.error = tr("Category slug '%1' refused: %2.").arg(slug, why);
        return result;
    }
    QString failure;
    QSqlError refused;
    const bool done = m_db.inTransaction([&] {
        QSqlQuery existing = m_db.prepare(u"SELECT (SELECT COUNT(*) FROM service_category WHERE slug = ?),"
                                          " (SELECT COUNT(*) FROM service_category)"_s);
        existing.addBindValue(slug);
        if (!Database::exec(existing) || !existing.next())
            return false;
        if (existing.value(0).toInt() > 0)
            return true;
        if (existing.value(1).toInt() >= kMaxCategories) {
            failure = tr("Category '%1' refused: the store has %2 categories already, as many as the map can tell apart.")
                          .arg(slug)
                          .arg(kMaxCategories);
            return false;
        }
        existing.finish();
        QSqlQuery insert = m_db.prepare(u"INSERT INTO service_category (slug, name, builtin) VALUES (?, ?, 0)"_s);
        insert.addBindValue(slug);
        insert.addBindValue(name.trimmed().isEmpty() ? slug : name.trimmed());
        if (!Database::exec(insert)) {
            refused = insert.lastError();
            return false;
        }
        result.created = true;
        return true;
    });
    if (!done) {
        result.created = false;
        result.error = refusalMessage(refused, m_db, StoreChange::Categories,
                                      !failure.isEmpty() ? failure
                                                         : tr("Category '%1' could not be saved: %2.")
                                                               .arg(slug, refused.isValid() ? refused.text()
                                                                                            : m_db.connection().lastError().text()));
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace atalaya
