#pragma once

#include "geo/geometry.h"
#include "services/pointindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace atalaya {

class Database;
class OpeningHours;

/** Stable keys for storage and QML: "open", "limited", "closed". */
QString serviceStatusKey(ServiceStatus status);
/** The status a key names; nullopt for anything else (case matters: keys are stored as is). */
std::optional<ServiceStatus> parseServiceStatus(const QString &key);

/** A category of services: a built-in one or one an import created. */
struct ServiceCategory {
    QString slug;      // "pharmacies", "elderly-homes", "defibrillators"
    QString name;      // built-in: translated; created by an import: as written
    bool builtin = false;
    int count = 0;     // services in the category
};

/** When an area is open and to whom. weekdays: bit 0 = Monday .. bit 6 = Sunday, the days the
 *  window opens on; minutes after local midnight; closes <= opens runs past midnight. */
struct ServiceWindow {
    int weekdays = 0x7f;
    int opens = 0;
    int closes = 24 * 60;
    QString audience; // "all", "elderly", "children", "sport", ...
    /** local: the city's clock (not converted). */
    bool isOpenAt(const QDateTime &local) const;
    friend bool operator==(const ServiceWindow &, const ServiceWindow &) = default;
};

/** A service as lists show it. */
struct ServiceSummary {
    qint64 id = 0;
    QString category; // slug
    QString name;
    QString address;
    QString postCode;
    GeoPoint location; // the point, or an area's label point
    ServiceStatus status = ServiceStatus::Open;
    QString openingHours; // empty = not reported
};

/** Everything the store knows about one service, for its card. */
struct ServiceDetails {
    qint64 id = 0;
    QString externalId;
    QString category;     // slug
    QString categoryName; // as categories() names it
    QString name;
    QString address;
    QString postCode;
    qint64 regionId = 0;  // 0 = none
    GeoPoint location;
    QString geometry;     // GeoJSON Polygon or MultiPolygon of an area; empty for a point
    MultiPolygon area;    // the same, parsed; empty for a point
    ServiceStatus status = ServiceStatus::Open;
    QString openingHours; // empty = not reported
    std::optional<int> capacity;
    QString notes;
    QString updatedBy;
    QDateTime updatedAt;  // UTC
    QList<ServiceWindow> windows; // in weekday mask, then opening order
};

/** The services of one category, for a post code's list. */
struct CategoryServices {
    QString slug;
    QString name;
    QList<ServiceSummary> services; // by name
};

struct NearestService {
    ServiceSummary service;
    double distanceMetres = 0;
};

/** The nearest open pharmacy and health centre, either possibly missing. */
struct NearestEssentials {
    std::optional<NearestService> pharmacy;
    std::optional<NearestService> healthCentre;
};

/** An area open at a moment, with the window that lets the asked audience in. */
struct OpenArea {
    ServiceSummary area;
    QString geometry; // GeoJSON, empty when the area has only a label point
    ServiceWindow window;
};

/** One audited edit of a service. Values are as stored, as text; nullopt = NULL (not reported). */
struct ServiceAuditEntry {
    qint64 id = 0;
    qint64 serviceId = 0;
    QString field; // the column: "status", "opening_hours", "notes", "capacity"
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    QString actor;
    QDateTime at; // UTC
};

/** What an edit did: refused (error says which field, which value and why), nothing to change
 *  (ok, auditId 0), or changed (ok, auditId of the audit_log row). */
struct ServiceEditResult {
    bool ok = false;
    QString error;
    qint64 auditId = 0;
};

/** The essential-services map's repository over the store: categories, points for the map's
 *  index, one service's card, a post code's services, the nearest open pharmacy and health
 *  centre, areas open at a time; and service owners' edits, each validated, written with its
 *  audit_log row in one transaction, and undoable.
 *
 *  "Open" at a moment means status open or limited and, when opening hours are set, open by
 *  them at that moment in the city's time zone (meta time_zone, else the system's). Hours that
 *  do not parse count as not open: sending someone to a pharmacy we cannot vouch for is worse
 *  than sending them a little further. */
class ServiceStore
{
    Q_DECLARE_TR_FUNCTIONS(ServiceStore) // category names and edit refusals are shown to users

public:
    explicit ServiceStore(Database &db);

    static constexpr QLatin1StringView kPharmacies{"pharmacies"};
    static constexpr QLatin1StringView kHealthCentres{"health-centres"};
    static constexpr QLatin1StringView kRecreationalAreas{"recreational-areas"};

    /** The seven built-in categories in their fixed order, then those created by imports (by
     *  slug). Built-in names are translated. */
    QList<ServiceCategory> categories() const;
    /** A built-in category's translated name; empty for any other slug. */
    static QString builtinCategoryName(const QString &slug);

    /** Every service as the map index needs it; category is the position of its slug in
     *  `categories` (pass what categories() returned). Services of categories not in the list,
     *  or past kMaxCategories, are left out. */
    QList<IndexedPoint> indexedPoints(const QList<ServiceCategory> &categories) const;

    std::optional<ServiceDetails> details(qint64 serviceId) const;

    /** The services a post code serves, grouped by category in categories() order (only
     *  categories with services): those whose post_code is the code, and those without a post
     *  code whose point lies inside the post code's region polygon. */
    QList<CategoryServices> servicesInPostCode(const QString &code) const;

    /** The nearest service of a category open at `at` (see the class comment), by straight-line
     *  distance from `from`. */
    std::optional<NearestService> nearestOpen(const QString &categorySlug, const GeoPoint &from, const QDateTime &at) const;
    NearestEssentials nearestOpenEssentials(const GeoPoint &from, const QDateTime &at) const;

    /** Areas (recreational areas, and any service with a polygon) open at `at` to `audience`:
     *  a window that opens to that audience or to "all" covers the moment; an empty audience
     *  accepts any window. Areas without windows follow their opening hours, for all; areas with
     *  neither, or closed, are not listed. Ordered by name. */
    QList<OpenArea> areasOpenAt(const QDateTime &at, const QString &audience = {}) const;

    /** Edits. Each refuses an unknown service, an empty actor or an invalid time; writes the
     *  value, updated_by and updated_at, and one audit_log row (entity 'service_point'), in one
     *  transaction. Setting the value already stored changes nothing (ok, auditId 0). */
    ServiceEditResult setStatus(qint64 serviceId, const QString &status, const QString &actor, const QDateTime &at);
    /** Empty text clears the hours (not reported); other text must parse (OpeningHours). */
    ServiceEditResult setOpeningHours(qint64 serviceId, const QString &hours, const QString &actor, const QDateTime &at);
    /** Empty text clears the notes. */
    ServiceEditResult setNotes(qint64 serviceId, const QString &notes, const QString &actor, const QDateTime &at);
    /** nullopt clears the capacity (not reported); negative values are refused. */
    ServiceEditResult setCapacity(qint64 serviceId, std::optional<int> capacity, const QString &actor, const QDateTime &at);

    /** A service's audited edits, newest first. */
    QList<ServiceAuditEntry> history(qint64 serviceId) const;

    /** Puts back the value an audited edit replaced, if the field still holds the value that
     *  edit wrote; otherwise refuses (changed again since). The undo is itself audited. */
    ServiceEditResult undo(qint64 auditId, const QString &actor, const QDateTime &at);

    struct CategoryResult {
        bool ok = false;
        bool created = false; // false with ok: the slug existed already (its name is kept)
        QString error;
    };
    /** Creates a category for imports. The slug is words of lowercase ASCII letters and digits
     *  joined by single hyphens ("elderly-homes"), at most 64 characters; an empty name uses the
     *  slug. At most kMaxCategories categories exist, so the map can tell them apart. */
    CategoryResult createCategory(const QString &slug, const QString &name);
    /** Why a slug is not acceptable, or empty when it is. */
    static QString slugError(const QString &slug);

    /** The city's time zone the store's hours are read in. */
    QTimeZone timeZone() const { return m_zone; }

private:
    // For undo: the value the field must still hold, and the edit being undone (for messages).
    struct Expectation {
        std::optional<QString> value;
        qint64 auditId = 0;
    };
    ServiceEditResult edit(qint64 serviceId, const QString &field, const std::optional<QString> &value,
                           const QString &actor, const QDateTime &at, const Expectation *expected = nullptr);
    bool isOpenByHours(const QString &hours, const QDateTime &local) const;

    Database &m_db;
    QTimeZone m_zone;
    mutable QHash<QString, std::shared_ptr<const OpeningHours>> m_hoursCache; // parsed once per distinct text
};

} // namespace atalaya
