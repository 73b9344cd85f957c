#include "servicespanel.h"

#include "io/serviceexport.h"
#include "io/serviceimport.h"
#include "map/servicepointlayer.h"
#include "map/servicepointsource.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace atalaya {

Q_LOGGING_CATEGORY(lcServices, "atalaya.services")

namespace {

/** How many services and post codes the search list shows: a list to pick from, not a report. */
constexpr qsizetype kResultLimit = 20;
constexpr qsizetype kPostCodeLimit = 3;

const QStringList kAudiences = {QStringLiteral("all"), QStringLiteral("elderly"), QStringLiteral("children"),
                                QStringLiteral("sport")};

QString clock(int minutes)
{
    // 24:00 is how a window that runs to midnight is written, not 00:00.
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString distanceText(double metres)
{
    const QLocale locale;
    if (metres < 1000)
        return ServicesPanel::tr("%1 m").arg(locale.toString(qRound(metres / 10.0) * 10));
    return ServicesPanel::tr("%1 km").arg(locale.toString(metres / 1000.0, 'f', 1));
}

QVariantMap nearestMap(const std::optional<NearestService> &nearest)
{
    if (!nearest)
        return {};
    const ServiceSummary &s = nearest->service;
    return {
        {QStringLiteral("serviceId"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("address"), s.address},
        {QStringLiteral("distanceText"), distanceText(nearest->distanceMetres)},
        {QStringLiteral("coordinate"), QVariant::fromValue(QGeoCoordinate(s.location.lat, s.location.lon))},
    };
}

QString matchedText(ServiceSearch::Fields fields)
{
    QStringList names;
    if (fields.testFlag(ServiceSearch::Field::Name))
        names.append(ServicesPanel::tr("name"));
    if (fields.testFlag(ServiceSearch::Field::Address))
        names.append(ServicesPanel::tr("address"));
    if (fields.testFlag(ServiceSearch::Field::PostCode))
        names.append(ServicesPanel::tr("post code"));
    return names.isEmpty() ? QString() : ServicesPanel::tr("Matched: %1").arg(names.join(QStringLiteral(", ")));
}

} // namespace

ServicesPanel::ServicesPanel(QObject *parent)
    : QObject(parent)
    , m_points(new ServicePointSource(this))
    , m_categories(new ServiceCategoriesModel(this))
    , m_results(new ServiceListModel(this))
    , m_history(new ServiceHistoryModel(this))
    , m_postCodeServices(new ServiceListModel(this))
    , m_areas(new ServiceAreasModel(this))
    , m_postCodeShape(new ServiceAreasModel(this))
{
}

ServicesPanel::~ServicesPanel() = default;

QString ServicesPanel::actor()
{
    // The person at the keyboard, as the system knows them; a shared control-room account
    // without a name is recorded as the role it plays.
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("operator");
}

void ServicesPanel::setDatabase(Database *db)
{
    m_db = db;
    m_store = db ? std::make_unique<ServiceStore>(*db) : nullptr;
    reload();
}

void ServicesPanel::reload()
{
    const QStringList slugsBefore = categorySlugs();
    const QList<bool> visibleBefore = categoryVisible();
    QList<ServiceCategory> categories;
    QList<IndexedPoint> points;
    QList<ServiceSearchEntry> entries;
    QList<ServiceAreasModel::Area> areas;
    if (m_store) {
        categories = m_store->categories();
        if (categories.size() > kMaxCategories)
            qCWarning(lcServices) << "the store has" << categories.size() << "service categories; the map shows the first"
                                  << kMaxCategories;
        points = m_store->indexedPoints(categories);
        QHash<QString, int> indexOf;
        for (qsizetype i = 0; i < categories.size() && i < kMaxCategories; ++i)
            indexOf.insert(categories.at(i).slug, int(i));
        // The search needs every service's name, address and post code; ServiceStore lists
        // services only by post code or by proximity, so the index is read here in one pass.
        QSqlQuery q = m_db->prepare(QStringLiteral("SELECT id, name, address, post_code, category FROM service_point ORDER BY id"));
        q.setForwardOnly(true);
        if (Database::exec(q)) {
            while (q.next()) {
                const auto category = indexOf.constFind(q.value(4).toString());
                if (category == indexOf.cend())
                    continue;
                entries.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), *category});
            }
        }
        const int areaCategory = indexOf.value(QString(ServiceStore::kRecreationalAreas), -1);
        for (const IndexedPoint &p : std::as_const(points)) {
            if (int(p.category) != areaCategory)
                continue;
            if (const std::optional<ServiceDetails> d = m_store->details(p.id); d && !d->area.isEmpty())
                areas.append({d->id, d->name, d->area});
        }
    }
    m_categories->setCategories(categories);
    m_points->setPoints(points);
    m_pointCount = points.size();
    m_search = ServiceSearch(entries);
    m_areas->setAreas(areas);
    Q_EMIT categoriesChanged();
    if (categorySlugs() != slugsBefore || categoryVisible() != visibleBefore)
        Q_EMIT categoryVisibleChanged();

    runSearch();
    refreshSelected();
    if (!m_postCode.isEmpty() && !selectPostCode(m_postCode))
        clearPostCode();
    refreshAreasOpen();
}

QStringList ServicesPanel::categorySlugs() const
{
    QStringList slugs;
    for (const ServiceCategory &c : m_categories->categories())
        slugs.append(c.slug);
    return slugs;
}

int ServicesPanel::categoryIndex(const QString &slug) const
{
    const QList<ServiceCategory> &categories = m_categories->categories();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        if (categories.at(i).slug == slug)
            return int(i);
    }
    return -1;
}

void ServicesPanel::setCategoryShown(int index, bool shown)
{
    if (m_categories->setShown(index, shown))
        Q_EMIT categoryVisibleChanged();
}

void ServicesPanel::setAt(const QDateTime &at)
{
    if (at != m_at) {
        m_at = at;
        Q_EMIT atChanged();
    }
    refreshAreasOpen();
    refreshNearest();
}

// --- search -------------------------------------------------------------------------------------

void ServicesPanel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    runSearch();
}

void ServicesPanel::runSearch()
{
    QElapsedTimer timer;
    timer.start();
    QList<ServiceListModel::Row> rows;
    const QList<ServiceCategory> &categories = m_categories->categories();
    for (const ServiceSearch::PostCodeHit &hit : m_search.postCodes(m_query, kPostCodeLimit)) {
        ServiceListModel::Row row;
        row.kind = QStringLiteral("postcode");
        row.name = hit.postCode;
        row.postCode = hit.postCode;
        row.services = hit.services;
        rows.append(row);
    }
    const QList<ServiceSearchEntry> &entries = m_search.entries();
    for (const ServiceSearch::Hit &hit : m_search.query(m_query, kResultLimit)) {
        const ServiceSearchEntry &entry = entries.at(hit.entry);
        ServiceListModel::Row row;
        row.id = hit.id;
        row.name = entry.name;
        row.category = hit.category;
        if (hit.category >= 0 && hit.category < categories.size()) {
            row.categorySlug = categories.at(hit.category).slug;
            row.categoryName = categories.at(hit.category).name;
        }
        row.address = entry.address;
        row.postCode = entry.postCode;
        row.matched = matchedText(hit.fields);
        if (const std::optional<IndexedPoint> p = m_points->point(hit.id)) {
            row.location = {p->lat, p->lon};
            row.hasLocation = true;
            row.status = serviceStatusKey(p->status);
        }
        rows.append(row);
    }
    m_results->setRows(rows);
    m_searchMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    Q_EMIT resultsChanged();
}

// --- the selected service -----------------------------------------------------------------------

void ServicesPanel::setSelectedId(qint64 id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    if (!m_editErrors.isEmpty()) {
        m_editErrors.clear();
        Q_EMIT editErrorsChanged();
    }
    refreshSelected();
}

void ServicesPanel::refreshSelected()
{
    std::optional<ServiceDetails> d;
    if (m_store && m_selectedId != 0)
        d = m_store->details(m_selectedId);
    if (!d) {
        m_selectedId = 0;
        m_selected.clear();
        m_selectedLocation.reset();
        m_history->setEntries({});
        Q_EMIT selectedChanged();
        Q_EMIT selectionScopeChanged();
        return;
    }
    QStringList windows;
    for (const ServiceWindow &w : std::as_const(d->windows))
        windows.append(windowText(w));
    m_selectedLocation = d->location;
    m_selected = {
        {QStringLiteral("id"), d->id},
        {QStringLiteral("name"), d->name},
        {QStringLiteral("category"), d->category},
        {QStringLiteral("categoryIndex"), categoryIndex(d->category)},
        {QStringLiteral("categoryName"), d->categoryName},
        {QStringLiteral("address"), d->address},
        {QStringLiteral("postCode"), d->postCode},
        {QStringLiteral("openingHours"), d->openingHours},
        {QStringLiteral("status"), serviceStatusKey(d->status)},
        {QStringLiteral("capacity"), d->capacity ? QVariant(*d->capacity) : QVariant::fromValue(nullptr)},
        {QStringLiteral("notes"), d->notes},
        {QStringLiteral("updatedBy"), d->updatedBy},
        {QStringLiteral("updatedAtText"),
         d->updatedAt.isValid() ? QLocale().toString(d->updatedAt.toLocalTime(), QLocale::ShortFormat) : QString()},
        {QStringLiteral("isArea"), !d->area.isEmpty()},
        {QStringLiteral("windows"), windows},
    };
    m_history->setEntries(m_store->history(d->id));
    Q_EMIT selectedChanged();
    Q_EMIT selectionScopeChanged();
}

QGeoCoordinate ServicesPanel::selectedCoordinate() const
{
    return m_selectedLocation ? QGeoCoordinate(m_selectedLocation->lat, m_selectedLocation->lon) : QGeoCoordinate();
}

void ServicesPanel::setEditError(const QString &field, const QString &message)
{
    if (message.isEmpty() ? !m_editErrors.contains(field) : m_editErrors.value(field).toString() == message)
        return;
    if (message.isEmpty())
        m_editErrors.remove(field);
    else
        m_editErrors.insert(field, message);
    Q_EMIT editErrorsChanged();
}

void ServicesPanel::clearEditErrors()
{
    if (m_editErrors.isEmpty())
        return;
    m_editErrors.clear();
    Q_EMIT editErrorsChanged();
}

bool ServicesPanel::finishEdit(const QString &field, const ServiceEditResult &result)
{
    if (!result.ok) {
        qCInfo(lcServices) << "edit refused:" << result.error;
        setEditError(field, result.error);
        return false;
    }
    setEditError(field, {});
    if (result.auditId != 0)
        afterEdit(m_selectedId);
    return true;
}

bool ServicesPanel::setStatus(const QString &status)
{
    if (!m_store || m_selectedId == 0)
        return false;
    return finishEdit(QStringLiteral("status"), m_store->setStatus(m_selectedId, status, actor(), QDateTime::currentDateTimeUtc()));
}

bool ServicesPanel::setOpeningHours(const QString &hours)
{
    if (!m_store || m_selectedId == 0)
        return false;
    return finishEdit(QStringLiteral("opening_hours"),
                      m_store->setOpeningHours(m_selectedId, hours, actor(), QDateTime::currentDateTimeUtc()));
}

bool ServicesPanel::setNotes(const QString &notes)
{
    if (!m_store || m_selectedId == 0)
        return false;
    return finishEdit(QStringLiteral("notes"), m_store->setNotes(m_selectedId, notes, actor(), QDateTime::currentDateTimeUtc()));
}

bool ServicesPanel::setCapacity(const QString &capacity)
{
    if (!m_store || m_selectedId == 0)
        return false;
    const QString text = capacity.trimmed();
    std::optional<int> value;
    if (!text.isEmpty()) {
        bool ok = false;
        int n = QLocale().toInt(text, &ok);
        if (!ok)
            n = text.toInt(&ok); // "1200" typed in a locale that groups digits differently
        if (!ok) {
            setEditError(QStringLiteral("capacity"),
                         tr("Capacity '%1' refused: write a whole number of people, or nothing for not reported.").arg(text));
            return false;
        }
        value = n;
    }
    return finishEdit(QStringLiteral("capacity"), m_store->setCapacity(m_selectedId, value, actor(), QDateTime::currentDateTimeUtc()));
}

bool ServicesPanel::undo(qint64 auditId)
{
    if (!m_store)
        return false;
    const ServiceEditResult result = m_store->undo(auditId, actor(), QDateTime::currentDateTimeUtc());
    if (!result.ok) {
        qCInfo(lcServices) << "undo refused:" << result.error;
        setEditError(QStringLiteral("undo"), result.error);
        return false;
    }
    setEditError(QStringLiteral("undo"), {});
    // The undone edit may be of another service than the card's; refresh the one it changed.
    qint64 serviceId = m_selectedId;
    for (const ServiceAuditEntry &e : m_history->entries()) {
        if (e.id == auditId)
            serviceId = e.serviceId;
    }
    if (result.auditId != 0)
        afterEdit(serviceId);
    return true;
}

void ServicesPanel::afterEdit(qint64 serviceId)
{
    if (!m_store)
        return;
    if (const std::optional<ServiceDetails> d = m_store->details(serviceId)) {
        if (std::optional<IndexedPoint> p = m_points->point(serviceId); p && p->status != d->status) {
            p->status = d->status;
            m_points->update(*p);
            m_results->setStatus(serviceId, serviceStatusKey(d->status));
            m_postCodeServices->setStatus(serviceId, serviceStatusKey(d->status));
        }
    }
    if (serviceId == m_selectedId)
        refreshSelected();
    // An edit can open or close a service: the areas and the nearest open ones follow.
    refreshAreasOpen();
    refreshNearest();
}

// --- post codes ---------------------------------------------------------------------------------

bool ServicesPanel::selectPostCode(const QString &code)
{
    if (!m_db || code.trimmed().isEmpty())
        return false;
    QSqlQuery q = m_db->prepare(QStringLiteral("SELECT code, geometry FROM region WHERE level = 'postcode' AND code = ?"));
    q.addBindValue(code.trimmed());
    if (!Database::exec(q) || !q.next())
        return false;
    const QString found = q.value(0).toString();
    Geometry shape;
    QString error;
    if (!geo::fromGeoJson(q.value(1).toString(), &shape, &error) || shape.polygons.isEmpty()) {
        qCWarning(lcServices) << "post code" << found << "has no usable polygon:" << error;
        return false;
    }
    const GeoBox box = geo::boundingBox(shape.polygons);
    m_postCode = found;
    m_postCodeShape->setAreas({{0, found, shape.polygons}});
    m_postCodeBounds = QGeoRectangle(QGeoCoordinate(box.maxLat, box.minLon), QGeoCoordinate(box.minLat, box.maxLon));
    m_postCodeCentre = geo::labelPoint(shape.polygons);
    Q_EMIT postCodeChanged();
    Q_EMIT selectionScopeChanged();
    refreshPostCodeServices();
    refreshNearest();
    return true;
}

void ServicesPanel::clearPostCode()
{
    if (m_postCode.isEmpty())
        return;
    m_postCode.clear();
    m_postCodeShape->setAreas({});
    m_postCodeBounds = {};
    m_postCodeCentre.reset();
    Q_EMIT postCodeChanged();
    Q_EMIT selectionScopeChanged();
    m_postCodeServices->setRows({});
    refreshNearest();
}

QGeoCoordinate ServicesPanel::postCodeCentre() const
{
    return m_postCodeCentre ? QGeoCoordinate(m_postCodeCentre->lat, m_postCodeCentre->lon) : QGeoCoordinate();
}

void ServicesPanel::refreshPostCodeServices()
{
    QList<ServiceListModel::Row> rows;
    if (m_store && !m_postCode.isEmpty()) {
        for (const CategoryServices &group : m_store->servicesInPostCode(m_postCode)) {
            const int category = categoryIndex(group.slug);
            for (const ServiceSummary &s : group.services) {
                ServiceListModel::Row row;
                row.id = s.id;
                row.name = s.name;
                row.category = category;
                row.categorySlug = group.slug;
                row.categoryName = group.name;
                row.address = s.address;
                row.postCode = s.postCode;
                row.status = serviceStatusKey(s.status);
                row.location = s.location;
                row.hasLocation = true;
                rows.append(row);
            }
        }
    }
    m_postCodeServices->setRows(rows);
}

void ServicesPanel::refreshNearest()
{
    NearestEssentials nearest;
    if (m_store && m_postCodeCentre && m_at.isValid())
        nearest = m_store->nearestOpenEssentials(*m_postCodeCentre, m_at);
    m_nearestPharmacy = nearestMap(nearest.pharmacy);
    m_nearestHealthCentre = nearestMap(nearest.healthCentre);
    Q_EMIT nearestChanged();
}

// --- recreational areas -------------------------------------------------------------------------

void ServicesPanel::setAudience(const QString &audience)
{
    if (audience == m_audience || !kAudiences.contains(audience))
        return;
    m_audience = audience;
    Q_EMIT audienceChanged();
    refreshAreasOpen();
}

void ServicesPanel::refreshAreasOpen()
{
    QHash<qint64, QString> open;
    if (m_store && m_at.isValid()) {
        for (const OpenArea &area : m_store->areasOpenAt(m_at, m_audience))
            open.insert(area.area.id, tr("%1–%2").arg(clock(area.window.opens), clock(area.window.closes)));
    }
    m_areas->setOpen(open);
    // Areas the store lists as open but the map has no polygon for are not counted: the count
    // describes what the map fills.
    m_openAreaCount = m_areas->openCount();
    Q_EMIT areasChanged();
}

QString ServicesPanel::audienceName(const QString &audience)
{
    if (audience == QLatin1String("all"))
        return tr("everyone");
    if (audience == QLatin1String("elderly"))
        return tr("older people");
    if (audience == QLatin1String("children"))
        return tr("children");
    if (audience == QLatin1String("sport"))
        return tr("sport");
    return audience;
}

QString ServicesPanel::windowText(const ServiceWindow &window)
{
    QString days;
    if ((window.weekdays & 0x7f) == 0x7f) {
        days = tr("Every day");
    } else {
        QStringList names;
        for (int d = 1; d <= 7; ++d) {
            if (window.weekdays & (1 << (d - 1)))
                names.append(QLocale().dayName(d, QLocale::ShortFormat));
        }
        days = names.join(QStringLiteral(", "));
    }
    return tr("%1 %2–%3: %4").arg(days, clock(window.opens), clock(window.closes), audienceName(window.audience));
}

// --- import and export --------------------------------------------------------------------------

QString ServicesPanel::importServices(const QUrl &file, const QString &category)
{
    if (!m_db)
        return tr("The store is not open yet; nothing was imported.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    ServiceImportOptions options;
    options.category = category.trimmed();
    options.actor = actor();
    const ServiceImportSummary summary = importServicesFile(*m_db, path, options);
    qCInfo(lcServices) << "import" << path << "into" << options.category << (summary.ok ? "done" : "refused") << summary.error;
    if (summary.ok) {
        reload();
        Q_EMIT storeChanged();
    }
    return summary.toText();
}

QString ServicesPanel::writeExport(const QUrl &file, const QList<qint64> &ids)
{
    if (!m_db)
        return tr("The store is not open yet; nothing was exported.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!ServiceExport::formatFor(path))
        return tr("Nothing was exported: %1 does not end in .geojson, .json or .csv, so its format is unknown.").arg(path);
    QString error;
    const std::optional<int> written = ServiceExport::writeFile(*m_db, ids, path, &error);
    if (!written)
        return error;
    qCInfo(lcServices) << "exported" << *written << "services to" << path;
    return tr("Wrote %n service(s) to %1.", nullptr, *written).arg(path);
}

QString ServicesPanel::exportInView(const QUrl &file, ServicePointLayer *layer)
{
    if (!layer)
        return tr("Nothing was exported: there is no map view to take the services from.");
    // The members of every mark drawn, limited to the visible rectangle: what the user sees.
    const MapCamera camera = layer->camera();
    if (!camera.isValid())
        return tr("Nothing was exported: the map has no view yet.");
    const QRectF visible = camera.visibleMercatorRect();
    const CategoryMask mask = layer->categoryMask();
    QList<qint64> ids;
    for (const ServicePointLayer::Mark &mark : layer->marks())
        ids.append(m_points->index().members(mark.cluster, layer->zoomLevel(), visible, mask));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.isEmpty())
        return tr("Nothing was exported: no service of the layers shown is in view.");
    return writeExport(file, ids);
}

QString ServicesPanel::exportSelected(const QUrl &file)
{
    QList<qint64> ids;
    if (m_selectedId != 0) {
        ids.append(m_selectedId);
    } else {
        for (const ServiceListModel::Row &row : m_postCodeServices->rows())
            ids.append(row.id);
    }
    if (ids.isEmpty())
        return tr("Nothing was exported: choose a service or a post code first.");
    return writeExport(file, ids);
}

} // namespace atalaya
