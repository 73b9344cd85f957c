#include "demo/democity.h"
#include "services/openinghours.h"
#include "services/servicestore.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace atalaya;
using namespace Qt::StringLiterals;

namespace {

// The week of 16 March 2026: Monday the 16th .. Sunday the 22nd, in UTC (the fixture's zone).
QDateTime on(int isoWeekday, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, 15 + isoWeekday), QTime(hour, minute), QTimeZone::UTC);
}

bool run(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    return Database::exec(q);
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    if (!Database::exec(q) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString text(const Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    if (!Database::exec(q) || !q.next())
        return u"<no row>"_s;
    return q.value(0).isNull() ? u"NULL"_s : q.value(0).toString();
}

QString square(double lat0, double lon0, double lat1, double lon1)
{
    return u"{\"type\":\"Polygon\",\"coordinates\":[[[%2,%1],[%4,%1],[%4,%3],[%2,%3],[%2,%1]]]}"_s.arg(lat0).arg(lon0).arg(lat1).arg(lon1);
}

struct Row {
    qint64 id;
    const char *category;
    const char16_t *name;
    const char *postCode; // nullptr = NULL
    double lat, lon;
    const char *status;
    const char *hours;    // nullptr = NULL
    int capacity;         // 0 = NULL
    QString geometry;     // empty = NULL
};

// Two post codes side by side: 39001 west of lon -9.39, 39002 east of it.
void fill(Database &db)
{
    QVERIFY(db.setMeta(u"time_zone"_s, u"UTC"_s));
    const QList<std::tuple<int, QString, double, double, double, double>> postcodes = {
        {1, u"39001"_s, 39.00, -9.40, 39.01, -9.39},
        {2, u"39002"_s, 39.00, -9.39, 39.01, -9.38},
    };
    for (const auto &[id, code, lat0, lon0, lat1, lon1] : postcodes) {
        QSqlQuery q = db.prepare(u"INSERT INTO region (id, level, code, name, geometry, centroid_lat, centroid_lon,"
                                 " min_lat, min_lon, max_lat, max_lon) VALUES (?, 'postcode', ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v : {QVariant(id), QVariant(code), QVariant(code), QVariant(square(lat0, lon0, lat1, lon1)),
                                  QVariant((lat0 + lat1) / 2), QVariant((lon0 + lon1) / 2), QVariant(lat0), QVariant(lon0),
                                  QVariant(lat1), QVariant(lon1)})
            q.addBindValue(v);
        QVERIFY(Database::exec(q));
    }
    const QList<Row> rows = {
        {1, "pharmacies", u"Farmacia Alameda", "39001", 39.005, -9.395, "open", "Mo-Fr 09:00-21:00", 0, {}},
        {2, "pharmacies", u"Farmacia Bahía", nullptr, 39.006, -9.385, "limited", "24/7", 0, {}},
        {3, "pharmacies", u"Farmacia Cerrada", "39001", 39.0051, -9.3951, "closed", "24/7", 0, {}},
        {4, "pharmacies", u"Farmacia Dudosa", "39001", 39.0049, -9.3949, "open", "whenever", 0, {}},
        {5, "health-centres", u"Centro de Salud Centro", "39001", 39.004, -9.396, "open", "Mo-Fr 08:00-20:00", 0, {}},
        {6, "health-centres", u"Centro de Salud Lejano", "39009", 39.05, -9.30, "open", nullptr, 0, {}},
        {7, "benches", u"Banco sin código", nullptr, 39.002, -9.398, "open", nullptr, 0, {}},
        {8, "benches", u"Banco con otro código", "39002", 39.003, -9.397, "open", nullptr, 0, {}},
        {9, "recreational-areas", u"Playa Grande", "39002", 39.008, -9.382, "open", "Mo-Su 06:00-23:00", 800,
         square(39.007, -9.383, 39.009, -9.381)},
        {10, "recreational-areas", u"Jardín Horario", "39002", 39.007, -9.383, "open", "Mo-Su 08:00-20:00", 50,
         square(39.0065, -9.3835, 39.0075, -9.3825)},
        {11, "recreational-areas", u"Área Cerrada", "39002", 39.001, -9.381, "closed", nullptr, 30, {}},
        {12, "recreational-areas", u"Terraza Nocturna", "39001", 39.009, -9.391, "open", "Fr,Sa 12:00-01:30", 40, {}},
        {13, "supermarkets", u"Súper Fuera", nullptr, 39.5, -9.0, "open", nullptr, 0, {}},
        {14, "benches", u"Banco en blanco", "", 39.0025, -9.3985, "open", nullptr, 0, {}},
    };
    for (const Row &r : rows) {
        QSqlQuery q = db.prepare(u"INSERT INTO service_point (id, external_id, category, name, address, post_code, region_id,"
                                 " lat, lon, geometry, status, opening_hours, capacity, notes, updated_by, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, NULL, 'import', 1773568800)"_s);
        q.addBindValue(r.id);
        q.addBindValue(u"ext-%1"_s.arg(r.id));
        q.addBindValue(QString::fromLatin1(r.category));
        q.addBindValue(QString::fromUtf16(r.name));
        q.addBindValue(u"Calle %1"_s.arg(r.id));
        q.addBindValue(r.postCode ? QVariant(QString::fromLatin1(r.postCode)) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(r.lat);
        q.addBindValue(r.lon);
        q.addBindValue(r.geometry.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.geometry));
        q.addBindValue(QString::fromLatin1(r.status));
        q.addBindValue(r.hours ? QVariant(QString::fromLatin1(r.hours)) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(r.capacity ? QVariant(r.capacity) : QVariant(QMetaType::fromType<int>()));
        QVERIFY(Database::exec(q));
    }
    // Playa Grande: the elderly early and late, children mid-morning, everybody in between.
    // Área Cerrada is open all day by its window but closed by its status. The terrace runs
    // past midnight on Fridays and Saturdays.
    QVERIFY(run(db, u"INSERT INTO service_window (service_id, weekdays, opens, closes, audience) VALUES"
                    " (9, 127, 1140, 1380, 'elderly'), (9, 127, 360, 600, 'elderly'), (9, 127, 600, 720, 'children'),"
                    " (9, 127, 720, 1140, 'all'), (11, 127, 0, 1440, 'all'), (12, 48, 720, 90, 'all')"_s));
}

QStringList names(const QList<OpenArea> &areas)
{
    QStringList out;
    for (const OpenArea &a : areas)
        out.append(a.area.name);
    return out;
}

QStringList names(const QList<ServiceSummary> &services)
{
    QStringList out;
    for (const ServiceSummary &s : services)
        out.append(s.name);
    return out;
}

QList<qint64> ids(const QList<ServiceAuditEntry> &entries)
{
    QList<qint64> out;
    for (const ServiceAuditEntry &e : entries)
        out.append(e.id);
    return out;
}

} // namespace

/** Tests the services repository: categories, map points, cards, post codes, nearest open
 *  services, open areas, and audited, undoable edits with their refusals. */
class TestServiceStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ServiceStore> m_store;
    const QString m_actor = u"farmacia.alameda"_s;

    qint64 auditRows() const { return scalar(*m_db, u"SELECT COUNT(*) FROM audit_log"_s); }

private slots:
    void init()
    {
        m_store.reset();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->openInMemory().ok());
        fill(*m_db);
        if (QTest::currentTestFailed())
            return;
        m_store = std::make_unique<ServiceStore>(*m_db);
        QCOMPARE(m_store->timeZone(), QTimeZone(QByteArrayLiteral("UTC")));
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void categoriesInOrderWithCounts()
    {
        const QList<ServiceCategory> categories = m_store->categories();
        QCOMPARE(categories.size(), 7);
        const QStringList slugs = {u"pharmacies"_s, u"supermarkets"_s, u"health-centres"_s, u"elderly-homes"_s,
                                   u"social-services"_s, u"benches"_s, u"recreational-areas"_s};
        const QList<int> counts = {4, 1, 2, 0, 0, 3, 4};
        for (qsizetype i = 0; i < categories.size(); ++i) {
            QCOMPARE(categories[i].slug, slugs[i]);
            QCOMPARE(categories[i].count, counts[i]);
            QVERIFY(categories[i].builtin);
        }
        // No translator is loaded: the source names.
        QCOMPARE(categories[0].name, u"Pharmacies"_s);
        QCOMPARE(categories[2].name, u"Health centres"_s);
        QCOMPARE(categories[6].name, u"Recreational areas"_s);
        QCOMPARE(ServiceStore::builtinCategoryName(u"elderly-homes"_s), u"Elderly homes"_s);
        QVERIFY(ServiceStore::builtinCategoryName(u"defibrillators"_s).isEmpty());

        // Imported categories follow the built-in ones, by slug, named as written.
        QVERIFY(m_store->createCategory(u"water-fountains"_s, u"Fuentes de agua"_s).created);
        QVERIFY(m_store->createCategory(u"defibrillators"_s, u"Desfibriladores"_s).created);
        QVERIFY(run(*m_db, u"INSERT INTO service_point (category, name, lat, lon, status, updated_by, updated_at)"
                           " VALUES ('defibrillators', 'DEA Mercado', 39.003, -9.393, 'open', 'import', 0)"_s));
        const QList<ServiceCategory> more = m_store->categories();
        QCOMPARE(more.size(), 9);
        QCOMPARE(more[7].slug, u"defibrillators"_s);
        QCOMPARE(more[7].name, u"Desfibriladores"_s);
        QCOMPARE(more[7].count, 1);
        QVERIFY(!more[7].builtin);
        QCOMPARE(more[8].slug, u"water-fountains"_s);
        QCOMPARE(more[8].count, 0);
    }

    void indexedPointsUseCategoryPositions()
    {
        const QList<ServiceCategory> categories = m_store->categories();
        const QList<IndexedPoint> points = m_store->indexedPoints(categories);
        QCOMPARE(points.size(), 14);
        QHash<qint64, IndexedPoint> byId;
        for (const IndexedPoint &p : points)
            byId.insert(p.id, p);
        QCOMPARE(byId.value(1).category, quint16(0));  // pharmacies
        QCOMPARE(byId.value(13).category, quint16(1)); // supermarkets
        QCOMPARE(byId.value(7).category, quint16(5));  // benches
        QCOMPARE(byId.value(9).category, quint16(6));  // recreational areas
        QCOMPARE(byId.value(2).status, ServiceStatus::Limited);
        QCOMPARE(byId.value(3).status, ServiceStatus::Closed);
        QCOMPARE(byId.value(1).status, ServiceStatus::Open);
        QCOMPARE(byId.value(1).lat, 39.005);
        QCOMPARE(byId.value(1).lon, -9.395);

        // A list without benches leaves them out; the others shift to their new positions.
        QList<ServiceCategory> noBenches = categories;
        noBenches.removeAt(5);
        const QList<IndexedPoint> fewer = m_store->indexedPoints(noBenches);
        QCOMPARE(fewer.size(), 11);
        for (const IndexedPoint &p : fewer) {
            if (p.id == 9)
                QCOMPARE(p.category, quint16(5));
        }
    }

    void detailsOfAnArea()
    {
        const std::optional<ServiceDetails> d = m_store->details(9);
        QVERIFY(d);
        QCOMPARE(d->id, 9);
        QCOMPARE(d->externalId, u"ext-9"_s);
        QCOMPARE(d->category, u"recreational-areas"_s);
        QCOMPARE(d->categoryName, u"Recreational areas"_s);
        QCOMPARE(d->name, u"Playa Grande"_s);
        QCOMPARE(d->address, u"Calle 9"_s);
        QCOMPARE(d->postCode, u"39002"_s);
        QCOMPARE(d->regionId, 0);
        QCOMPARE(d->location, (GeoPoint{39.008, -9.382}));
        QCOMPARE(d->status, ServiceStatus::Open);
        QCOMPARE(d->openingHours, u"Mo-Su 06:00-23:00"_s);
        QCOMPARE(d->capacity, std::optional<int>(800));
        QVERIFY(d->notes.isEmpty());
        QCOMPARE(d->updatedBy, u"import"_s);
        QCOMPARE(d->updatedAt, QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::UTC));
        QVERIFY(d->geometry.contains(u"Polygon"_s));
        QCOMPARE(d->area.size(), 1);
        QVERIFY(geo::contains(d->area, d->location));
        const QList<ServiceWindow> expected = {{127, 360, 600, u"elderly"_s}, {127, 600, 720, u"children"_s},
                                               {127, 720, 1140, u"all"_s}, {127, 1140, 1380, u"elderly"_s}};
        QCOMPARE(d->windows, expected);
    }

    void detailsOfAPoint()
    {
        const std::optional<ServiceDetails> d = m_store->details(6);
        QVERIFY(d);
        QCOMPARE(d->categoryName, u"Health centres"_s);
        QVERIFY(d->geometry.isEmpty());
        QVERIFY(d->area.isEmpty());
        QVERIFY(d->windows.isEmpty());
        QVERIFY(d->openingHours.isEmpty());
        QVERIFY(!d->capacity);
        QVERIFY(!m_store->details(999));
    }

    void servicesInPostCode()
    {
        // 39001: by the post_code column, plus the benches without one (NULL or blank) inside its
        // polygon; not the bench inside it that names 39002.
        const QList<CategoryServices> first = m_store->servicesInPostCode(u"39001"_s);
        QCOMPARE(first.size(), 4);
        QCOMPARE(first[0].slug, u"pharmacies"_s);
        QCOMPARE(first[0].name, u"Pharmacies"_s);
        QCOMPARE(names(first[0].services), (QStringList{u"Farmacia Alameda"_s, u"Farmacia Cerrada"_s, u"Farmacia Dudosa"_s}));
        QCOMPARE(first[1].slug, u"health-centres"_s);
        QCOMPARE(names(first[1].services), QStringList{u"Centro de Salud Centro"_s});
        QCOMPARE(first[2].slug, u"benches"_s);
        QCOMPARE(names(first[2].services), (QStringList{u"Banco en blanco"_s, u"Banco sin código"_s}));
        QCOMPARE(first[3].slug, u"recreational-areas"_s);
        QCOMPARE(names(first[3].services), QStringList{u"Terraza Nocturna"_s});

        // 39002: the pharmacy without a post code inside it, and the bench that names it.
        const QList<CategoryServices> second = m_store->servicesInPostCode(u"39002"_s);
        QCOMPARE(second.size(), 3);
        QCOMPARE(names(second[0].services), QStringList{u"Farmacia Bahía"_s});
        QCOMPARE(names(second[1].services), QStringList{u"Banco con otro código"_s});
        QCOMPARE(names(second[2].services), (QStringList{u"Área Cerrada"_s, u"Jardín Horario"_s, u"Playa Grande"_s}));

        // A code with services but no region polygon: the column alone.
        const QList<CategoryServices> far = m_store->servicesInPostCode(u"39009"_s);
        QCOMPARE(far.size(), 1);
        QCOMPARE(names(far[0].services), QStringList{u"Centro de Salud Lejano"_s});
        QVERIFY(m_store->servicesInPostCode(u"00000"_s).isEmpty());
    }

    void nearestOpenPharmacy_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<qint64>("expected"); // 0 = none
        // From the doorstep of Farmacia Alameda; the closed one and the one with unreadable
        // hours are even closer but never chosen.
        QTest::newRow("Monday at opening") << on(1, 9, 0) << qint64(1);
        QTest::newRow("Monday, a minute before") << on(1, 8, 59) << qint64(2);
        QTest::newRow("Monday, last minute") << on(1, 20, 59) << qint64(1);
        QTest::newRow("Monday at closing: the 24/7 one, limited") << on(1, 21, 0) << qint64(2);
        QTest::newRow("Sunday") << on(7, 12, 0) << qint64(2);
    }

    void nearestOpenPharmacy()
    {
        QFETCH(QDateTime, at);
        QFETCH(qint64, expected);
        const GeoPoint from{39.005, -9.395};
        const std::optional<NearestService> nearest = m_store->nearestOpen(u"pharmacies"_s, from, at);
        QVERIFY(nearest);
        QCOMPARE(nearest->service.id, expected);
        QCOMPARE(nearest->distanceMetres, geo::distanceMetres(from, nearest->service.location));
    }

    void nearestOpenEssentials()
    {
        const GeoPoint from{39.004, -9.396};
        NearestEssentials e = m_store->nearestOpenEssentials(from, on(1, 10, 0));
        QVERIFY(e.pharmacy && e.healthCentre);
        QCOMPARE(e.pharmacy->service.id, 1);
        QCOMPARE(e.healthCentre->service.id, 5);
        QCOMPARE(e.healthCentre->distanceMetres, 0.0);
        // After 20:00 the health centre is closed; the far one has no hours and is open.
        e = m_store->nearestOpenEssentials(from, on(1, 20, 0));
        QCOMPARE(e.healthCentre->service.id, 6);
        QVERIFY(e.healthCentre->distanceMetres > 5000);
        // Nothing open at all: none.
        QVERIFY(!m_store->nearestOpen(u"social-services"_s, from, on(1, 10, 0)));
        QVERIFY(m_store->setStatus(2, u"closed"_s, m_actor, on(1, 22, 0)).ok);
        QVERIFY(!m_store->nearestOpen(u"pharmacies"_s, from, on(1, 22, 0)));
    }

    void hoursReadInTheCitysZone()
    {
        // The same store in a city at UTC+1: 08:30 UTC is 09:30 there.
        QVERIFY(m_db->setMeta(u"time_zone"_s, u"UTC+01:00"_s));
        const ServiceStore store(*m_db);
        QVERIFY(store.timeZone().isValid());
        QCOMPARE(store.timeZone().offsetFromUtc(on(1, 8, 30)), 3600);
        const GeoPoint from{39.005, -9.395};
        QCOMPARE(store.nearestOpen(u"pharmacies"_s, from, on(1, 7, 59))->service.id, 2);
        QCOMPARE(store.nearestOpen(u"pharmacies"_s, from, on(1, 8, 0))->service.id, 1);
        QCOMPARE(store.nearestOpen(u"pharmacies"_s, from, on(1, 19, 59))->service.id, 1);
        QCOMPARE(store.nearestOpen(u"pharmacies"_s, from, on(1, 20, 0))->service.id, 2);
    }

    void areasOpenAt_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QStringList>("open");

        QTest::newRow("07:00 elderly: the beach") << on(1, 7, 0) << u"elderly"_s << QStringList{u"Playa Grande"_s};
        QTest::newRow("07:00 children: nothing") << on(1, 7, 0) << u"children"_s << QStringList{};
        QTest::newRow("07:00 anybody") << on(1, 7, 0) << QString() << QStringList{u"Playa Grande"_s};
        QTest::newRow("05:59 elderly") << on(1, 5, 59) << u"elderly"_s << QStringList{};
        QTest::newRow("06:00 elderly") << on(1, 6, 0) << u"elderly"_s << QStringList{u"Playa Grande"_s};
        QTest::newRow("10:00 elderly: the garden only") << on(1, 10, 0) << u"elderly"_s << QStringList{u"Jardín Horario"_s};
        QTest::newRow("10:00 children") << on(1, 10, 0) << u"children"_s << QStringList{u"Jardín Horario"_s, u"Playa Grande"_s};
        QTest::newRow("13:00 elderly: the beach is for all") << on(1, 13, 0) << u"elderly"_s
                                                             << QStringList{u"Jardín Horario"_s, u"Playa Grande"_s};
        QTest::newRow("20:00 sport: nothing") << on(1, 20, 0) << u"sport"_s << QStringList{};
        QTest::newRow("22:59 elderly") << on(1, 22, 59) << u"elderly"_s << QStringList{u"Playa Grande"_s};
        QTest::newRow("23:00 anybody") << on(1, 23, 0) << QString() << QStringList{};
        QTest::newRow("Friday 23:00: the terrace") << on(5, 23, 0) << QString() << QStringList{u"Terraza Nocturna"_s};
        QTest::newRow("Saturday 01:29: Friday's night") << on(6, 1, 29) << u"elderly"_s << QStringList{u"Terraza Nocturna"_s};
        QTest::newRow("Saturday 01:30") << on(6, 1, 30) << QString() << QStringList{};
        QTest::newRow("Sunday 01:00: Saturday's night") << on(7, 1, 0) << QString() << QStringList{u"Terraza Nocturna"_s};
        QTest::newRow("Friday 01:00: not Thursday's") << on(5, 1, 0) << QString() << QStringList{};
    }

    void areasOpenAt()
    {
        QFETCH(QDateTime, at);
        QFETCH(QString, audience);
        QFETCH(QStringList, open);
        QCOMPARE(names(m_store->areasOpenAt(at, audience)), open);
    }

    void openAreaSaysWhichWindow()
    {
        const QList<OpenArea> early = m_store->areasOpenAt(on(1, 7, 0), u"elderly"_s);
        QCOMPARE(early.size(), 1);
        QCOMPARE(early[0].window, (ServiceWindow{127, 360, 600, u"elderly"_s}));
        QVERIFY(early[0].geometry.contains(u"Polygon"_s));
        const QList<OpenArea> noon = m_store->areasOpenAt(on(1, 13, 0), u"elderly"_s);
        QCOMPARE(noon[1].window, (ServiceWindow{127, 720, 1140, u"all"_s}));
        // By hours: the range covering the moment, for all, on that day.
        QCOMPARE(noon[0].window, (ServiceWindow{1, 480, 1200, u"all"_s}));
        QCOMPARE(m_store->areasOpenAt(on(6, 1, 0))[0].window, (ServiceWindow{48, 720, 90, u"all"_s}));
    }

    void editIsAudited()
    {
        const QDateTime at = on(1, 9, 30);
        const ServiceEditResult r = m_store->setStatus(1, u"limited"_s, m_actor, at);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.auditId > 0);
        const std::optional<ServiceDetails> d = m_store->details(1);
        QCOMPARE(d->status, ServiceStatus::Limited);
        QCOMPARE(d->updatedBy, m_actor);
        QCOMPARE(d->updatedAt, at);
        const QList<ServiceAuditEntry> h = m_store->history(1);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h[0].id, r.auditId);
        QCOMPARE(h[0].serviceId, 1);
        QCOMPARE(h[0].field, u"status"_s);
        QCOMPARE(h[0].oldValue, std::optional<QString>(u"open"_s));
        QCOMPARE(h[0].newValue, std::optional<QString>(u"limited"_s));
        QCOMPARE(h[0].actor, m_actor);
        QCOMPARE(h[0].at, at);
        QCOMPARE(text(*m_db, u"SELECT entity FROM audit_log"_s), u"service_point"_s);

        // Each field, and clearing to NULL.
        QVERIFY(m_store->setOpeningHours(1, u" Mo-Sa 09:00-14:00 "_s, m_actor, at).ok);
        QCOMPARE(text(*m_db, u"SELECT opening_hours FROM service_point WHERE id = 1"_s), u"Mo-Sa 09:00-14:00"_s);
        QVERIFY(m_store->setOpeningHours(1, QString(), m_actor, at).ok);
        QCOMPARE(text(*m_db, u"SELECT opening_hours FROM service_point WHERE id = 1"_s), u"NULL"_s);
        QVERIFY(m_store->setNotes(1, u"Guardia esta noche"_s, m_actor, at).ok);
        QCOMPARE(text(*m_db, u"SELECT notes FROM service_point WHERE id = 1"_s), u"Guardia esta noche"_s);
        QVERIFY(m_store->setNotes(1, u"   "_s, m_actor, at).ok);
        QCOMPARE(text(*m_db, u"SELECT notes FROM service_point WHERE id = 1"_s), u"NULL"_s);
        QVERIFY(m_store->setCapacity(1, 0, m_actor, at).ok); // zero is a capacity
        QCOMPARE(scalar(*m_db, u"SELECT capacity FROM service_point WHERE id = 1"_s), 0LL);
        QCOMPARE(text(*m_db, u"SELECT typeof(capacity) FROM service_point WHERE id = 1"_s), u"integer"_s);
        QVERIFY(m_store->setCapacity(1, std::nullopt, m_actor, at).ok);
        QCOMPARE(text(*m_db, u"SELECT capacity FROM service_point WHERE id = 1"_s), u"NULL"_s);
        QCOMPARE(auditRows(), 7);
        QCOMPARE(m_store->history(1)[0].newValue, std::nullopt);
        QCOMPARE(m_store->history(1)[0].oldValue, std::optional<QString>(u"0"_s));
    }

    void sameValueChangesNothing()
    {
        const ServiceEditResult r = m_store->setStatus(1, u"open"_s, m_actor, on(1, 9, 0));
        QVERIFY(r.ok);
        QCOMPARE(r.auditId, 0);
        QCOMPARE(auditRows(), 0);
        QCOMPARE(m_store->details(1)->updatedBy, u"import"_s);
        QVERIFY(m_store->setNotes(1, QString(), m_actor, on(1, 9, 0)).ok); // NULL already
        QCOMPARE(auditRows(), 0);
    }

    void refusedEdits_data()
    {
        QTest::addColumn<int>("edit"); // 0 status, 1 hours, 2 capacity, 3 notes
        QTest::addColumn<qint64>("service");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QStringList>("message");

        const QDateTime at = on(1, 9, 0);
        const QString who = u"ana"_s;
        QTest::newRow("unknown status") << 0 << qint64(1) << u"abierto"_s << who << at
                                        << QStringList{u"Status 'abierto' refused"_s, u"open, limited or closed"_s};
        QTest::newRow("status in capitals") << 0 << qint64(1) << u"Open"_s << who << at << QStringList{u"Status 'Open' refused"_s};
        QTest::newRow("closing before opening")
            << 1 << qint64(1) << u"Mo 09:00-08:00"_s << who << at
            << QStringList{u"Opening hours 'Mo 09:00-08:00' refused"_s, u"closing time 08:00 is before opening time 09:00"_s};
        QTest::newRow("unknown day") << 1 << qint64(1) << u"Lunes 09:00-14:00"_s << who << at
                                     << QStringList{u"Opening hours 'Lunes 09:00-14:00' refused"_s, u"unknown day 'Lunes'"_s};
        QTest::newRow("negative capacity") << 2 << qint64(9) << u"-1"_s << who << at
                                           << QStringList{u"Capacity -1 refused"_s, u"cannot be negative"_s};
        QTest::newRow("no such service") << 0 << qint64(999) << u"closed"_s << who << at
                                         << QStringList{u"status of service 999"_s, u"no such service"_s};
        QTest::newRow("no actor") << 3 << qint64(1) << u"x"_s << u"  "_s << at << QStringList{u"who makes it"_s};
        QTest::newRow("no time") << 0 << qint64(1) << u"closed"_s << who << QDateTime() << QStringList{u"no valid time"_s};
    }

    void refusedEdits()
    {
        QFETCH(int, edit);
        QFETCH(qint64, service);
        QFETCH(QString, value);
        QFETCH(QString, actor);
        QFETCH(QDateTime, at);
        QFETCH(QStringList, message);
        const QString before = text(*m_db, u"SELECT status || opening_hours || capacity || updated_by FROM service_point WHERE id = 9"_s);
        ServiceEditResult r;
        switch (edit) {
        case 0:
            r = m_store->setStatus(service, value, actor, at);
            break;
        case 1:
            r = m_store->setOpeningHours(service, value, actor, at);
            break;
        case 2:
            r = m_store->setCapacity(service, value.toInt(), actor, at);
            break;
        default:
            r = m_store->setNotes(service, value, actor, at);
            break;
        }
        QVERIFY(!r.ok);
        QCOMPARE(r.auditId, 0);
        for (const QString &part : message)
            QVERIFY2(r.error.contains(part), qPrintable(r.error));
        QCOMPARE(auditRows(), 0);
        QCOMPARE(text(*m_db, u"SELECT status || opening_hours || capacity || updated_by FROM service_point WHERE id = 9"_s), before);
        QCOMPARE(text(*m_db, u"SELECT status FROM service_point WHERE id = 1"_s), u"open"_s);
        QCOMPARE(text(*m_db, u"SELECT opening_hours FROM service_point WHERE id = 1"_s), u"Mo-Fr 09:00-21:00"_s);
    }

    void editAndAuditAreOneTransaction()
    {
        // Without an audit log the edit must not happen either.
        QVERIFY(run(*m_db, u"ALTER TABLE audit_log RENAME TO audit_log_gone"_s));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"cannot prepare.*audit_log"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"query failed"_s));
        const ServiceEditResult r = m_store->setStatus(1, u"closed"_s, m_actor, on(1, 9, 0));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"audit log"_s), qPrintable(r.error));
        QCOMPARE(text(*m_db, u"SELECT status FROM service_point WHERE id = 1"_s), u"open"_s);
        QCOMPARE(text(*m_db, u"SELECT updated_by FROM service_point WHERE id = 1"_s), u"import"_s);
    }

    void historyNewestFirst()
    {
        QVERIFY(m_store->setStatus(1, u"limited"_s, m_actor, on(1, 9, 0)).ok);
        QVERIFY(m_store->setStatus(2, u"closed"_s, m_actor, on(1, 9, 30)).ok); // another service
        const qint64 b = m_store->setNotes(1, u"b"_s, m_actor, on(1, 11, 0)).auditId;
        const qint64 c = m_store->setNotes(1, u"c"_s, m_actor, on(1, 11, 0)).auditId; // same second: by id
        // Written later but dated earlier (an edit entered after the fact): ordered by its time.
        const qint64 early = m_store->setCapacity(1, 5, m_actor, on(1, 8, 0)).auditId;
        const qint64 a = m_store->history(1)[2].id;
        QCOMPARE(ids(m_store->history(1)), (QList<qint64>{c, b, a, early}));
        QCOMPARE(m_store->history(1)[2].field, u"status"_s);
        QCOMPARE(m_store->history(2).size(), 1);
        QVERIFY(m_store->history(999).isEmpty());
    }

    void undoRestoresAndIsAudited()
    {
        const qint64 edit = m_store->setStatus(1, u"closed"_s, m_actor, on(1, 9, 0)).auditId;
        const ServiceEditResult undone = m_store->undo(edit, u"supervisor"_s, on(1, 9, 5));
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QVERIFY(undone.auditId > edit);
        QCOMPARE(text(*m_db, u"SELECT status FROM service_point WHERE id = 1"_s), u"open"_s);
        const std::optional<ServiceDetails> d = m_store->details(1);
        QCOMPARE(d->updatedBy, u"supervisor"_s);
        QCOMPARE(d->updatedAt, on(1, 9, 5));
        const QList<ServiceAuditEntry> h = m_store->history(1);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].id, undone.auditId);
        QCOMPARE(h[0].oldValue, std::optional<QString>(u"closed"_s));
        QCOMPARE(h[0].newValue, std::optional<QString>(u"open"_s));
        QCOMPARE(h[0].actor, u"supervisor"_s);
        // Undoing the undo redoes the edit.
        QVERIFY(m_store->undo(undone.auditId, m_actor, on(1, 9, 10)).ok);
        QCOMPARE(text(*m_db, u"SELECT status FROM service_point WHERE id = 1"_s), u"closed"_s);
    }

    void undoBackToNull()
    {
        const qint64 set = m_store->setCapacity(2, 12, m_actor, on(1, 9, 0)).auditId;
        QVERIFY(m_store->undo(set, m_actor, on(1, 9, 1)).ok);
        QCOMPARE(text(*m_db, u"SELECT capacity FROM service_point WHERE id = 2"_s), u"NULL"_s);
        QCOMPARE(m_store->history(2)[0].newValue, std::nullopt);
    }

    void undoRefusedWhenChangedSince()
    {
        const qint64 first = m_store->setOpeningHours(1, u"Mo-Fr 09:00-14:00"_s, m_actor, on(1, 9, 0)).auditId;
        const qint64 second = m_store->setOpeningHours(1, u"Mo-Fr 10:00-14:00"_s, m_actor, on(1, 10, 0)).auditId;
        const ServiceEditResult refused = m_store->undo(first, m_actor, on(1, 11, 0));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(u"changed again since"_s), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(u"'Mo-Fr 10:00-14:00'"_s), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(u"#%1"_s.arg(first)), qPrintable(refused.error));
        QCOMPARE(auditRows(), 2);
        QCOMPARE(text(*m_db, u"SELECT opening_hours FROM service_point WHERE id = 1"_s), u"Mo-Fr 10:00-14:00"_s);
        // Undo in reverse order works.
        QVERIFY(m_store->undo(second, m_actor, on(1, 11, 0)).ok);
        QVERIFY(m_store->undo(first, m_actor, on(1, 11, 1)).ok);
        QCOMPARE(text(*m_db, u"SELECT opening_hours FROM service_point WHERE id = 1"_s), u"Mo-Fr 09:00-21:00"_s);
        // An undo already applied cannot be applied twice: the value moved on.
        QVERIFY(!m_store->undo(first, m_actor, on(1, 11, 2)).ok);
        QCOMPARE(auditRows(), 4);
    }

    void undoRefusals()
    {
        QVERIFY(m_store->undo(4242, m_actor, on(1, 9, 0)).error.contains(u"no such change"_s));
        QVERIFY(run(*m_db, u"INSERT INTO audit_log (id, at, actor, entity, entity_id, field, old_value, new_value)"
                           " VALUES (77, 0, 'x', 'hospital', 1, 'icu_beds', '10', '12')"_s));
        const ServiceEditResult other = m_store->undo(77, m_actor, on(1, 9, 0));
        QVERIFY(!other.ok);
        QVERIFY(other.error.contains(u"#77"_s));
        QVERIFY(run(*m_db, u"INSERT INTO audit_log (id, at, actor, entity, entity_id, field, old_value, new_value)"
                           " VALUES (78, 0, 'x', 'service_point', 1, 'name', 'a', 'b')"_s));
        QVERIFY(!m_store->undo(78, m_actor, on(1, 9, 0)).ok);
        const qint64 edit = m_store->setStatus(1, u"closed"_s, m_actor, on(1, 9, 0)).auditId;
        QVERIFY(!m_store->undo(edit, QString(), on(1, 9, 1)).ok);
        QCOMPARE(text(*m_db, u"SELECT status FROM service_point WHERE id = 1"_s), u"closed"_s);
    }

    void createCategory()
    {
        const ServiceStore::CategoryResult created = m_store->createCategory(u"defibrillators"_s, u"  Desfibriladores "_s);
        QVERIFY(created.ok && created.created);
        QCOMPARE(text(*m_db, u"SELECT name || '/' || builtin FROM service_category WHERE slug = 'defibrillators'"_s),
                 u"Desfibriladores/0"_s);
        const ServiceStore::CategoryResult again = m_store->createCategory(u"defibrillators"_s, u"Otro nombre"_s);
        QVERIFY(again.ok && !again.created);
        QCOMPARE(text(*m_db, u"SELECT name FROM service_category WHERE slug = 'defibrillators'"_s), u"Desfibriladores"_s);
        QVERIFY(m_store->createCategory(u"pharmacies"_s, u"x"_s).ok); // a built-in one exists
        QVERIFY(m_store->createCategory(u"wifi-2"_s, QString()).created);
        QCOMPARE(text(*m_db, u"SELECT name FROM service_category WHERE slug = 'wifi-2'"_s), u"wifi-2"_s);
    }

    void createCategoryRefusesBadSlugs_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << QString() << u"it is empty"_s;
        QTest::newRow("capital") << u"Farmacias"_s << u"'F' at position 1 is not a lowercase letter"_s;
        QTest::newRow("space") << u"agua potable"_s << u"' ' at position 5"_s;
        QTest::newRow("underscore") << u"elderly_homes"_s << u"'_' at position 8"_s;
        QTest::newRow("accent") << u"café"_s << u"'é' at position 4"_s;
        QTest::newRow("leading hyphen") << u"-wifi"_s << u"starts or ends with '-'"_s;
        QTest::newRow("trailing hyphen") << u"wifi-"_s << u"starts or ends with '-'"_s;
        QTest::newRow("double hyphen") << u"a--b"_s << u"two '-' in a row"_s;
        QTest::newRow("65 characters") << QString(65, u'a') << u"longer than 64 characters"_s;
    }

    void createCategoryRefusesBadSlugs()
    {
        QFETCH(QString, slug);
        QFETCH(QString, why);
        const ServiceStore::CategoryResult r = m_store->createCategory(slug, u"x"_s);
        QVERIFY(!r.ok && !r.created);
        QVERIFY2(r.error.contains(u"Category slug '%1' refused"_s.arg(slug)), qPrintable(r.error));
        QVERIFY2(r.error.contains(why), qPrintable(r.error));
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM service_category"_s), 7LL);
        QVERIFY(ServiceStore::slugError(QString(64, u'a')).isEmpty());
    }

    void categoryLimit()
    {
        // 7 built-in + 57 created = kMaxCategories; the next is refused.
        for (int i = 0; i < kMaxCategories - 7; ++i)
            QVERIFY(m_store->createCategory(u"imported-%1"_s.arg(i), QString()).created);
        QCOMPARE(m_store->categories().size(), kMaxCategories);
        const ServiceStore::CategoryResult full = m_store->createCategory(u"one-too-many"_s, QString());
        QVERIFY(!full.ok);
        QVERIFY2(full.error.contains(u"'one-too-many'"_s) && full.error.contains(u"64"_s), qPrintable(full.error));
        QVERIFY(m_store->createCategory(u"imported-3"_s, QString()).ok); // existing ones still fine
        QCOMPARE(scalar(*m_db, u"SELECT COUNT(*) FROM service_category"_s), qint64(kMaxCategories));
    }

    void statusKeys()
    {
        for (ServiceStatus s : {ServiceStatus::Open, ServiceStatus::Limited, ServiceStatus::Closed})
            QCOMPARE(parseServiceStatus(serviceStatusKey(s)), std::optional<ServiceStatus>(s));
        QVERIFY(!parseServiceStatus(u"OPEN"_s));
        QVERIFY(!parseServiceStatus(QString()));
    }

    void demoCityThroughTheStore()
    {
        Database db;
        QVERIFY(db.openInMemory().ok());
        DemoCityOptions options;
        options.seed = 3;
        options.anchor = QDateTime(QDate(2026, 3, 15), QTime(12, 0), QTimeZone::UTC);
        QString error;
        QVERIFY2(DemoCity::generate(db, options, {}, &error), qPrintable(error));
        const ServiceStore store(db);

        const QList<ServiceCategory> categories = store.categories();
        QCOMPARE(categories.size(), 7);
        qint64 total = 0;
        for (const ServiceCategory &c : categories) {
            QVERIFY2(c.count > 0, qPrintable(c.slug));
            total += c.count;
        }
        QCOMPARE(total, scalar(db, u"SELECT COUNT(*) FROM service_point"_s));
        QCOMPARE(qint64(store.indexedPoints(categories).size()), total);

        // Every opening_hours the demo writes parses.
        QSqlQuery hours = db.prepare(u"SELECT DISTINCT opening_hours FROM service_point WHERE opening_hours IS NOT NULL"_s);
        QVERIFY(Database::exec(hours));
        int distinct = 0;
        while (hours.next()) {
            const OpeningHours parsed = OpeningHours::parse(hours.value(0).toString());
            QVERIFY2(parsed.isValid(), qPrintable(hours.value(0).toString() + u": "_s + parsed.error()));
            ++distinct;
        }
        QVERIFY(distinct >= 10);

        // Every recreational area is a polygon around its label point, with windows; nothing else
        // has a polygon.
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM service_point WHERE (geometry IS NULL) = (category = 'recreational-areas')"_s), 0LL);
        QSqlQuery areas = db.prepare(u"SELECT id FROM service_point WHERE category = 'recreational-areas'"_s);
        QVERIFY(Database::exec(areas));
        int areaCount = 0, beaches = 0, belts = 0, terraces = 0;
        while (areas.next()) {
            const std::optional<ServiceDetails> d = store.details(areas.value(0).toLongLong());
            QVERIFY(d);
            QVERIFY2(!d->area.isEmpty() && geo::contains(d->area, d->location), qPrintable(d->name));
            QVERIFY2(!d->windows.isEmpty(), qPrintable(d->name));
            QVERIFY(d->capacity && *d->capacity > 0);
            beaches += d->name.startsWith(u"Playa"_s);
            belts += d->name.startsWith(u"Anillo Verde"_s);
            terraces += d->name.startsWith(u"Terraza"_s);
            ++areaCount;
        }
        QVERIFY(areaCount >= 100);
        QVERIFY(beaches >= 2);
        QCOMPARE(belts, 2);
        QVERIFY(terraces >= 5);

        // Monday 16 March 2026: early morning is the elderly's on the beaches, not children's;
        // Saturday after midnight the terraces are still open.
        auto count = [](const QList<OpenArea> &list, const QString &prefix) {
            return std::count_if(list.begin(), list.end(), [&](const OpenArea &a) { return a.area.name.startsWith(prefix); });
        };
        const QDateTime early(QDate(2026, 3, 16), QTime(7, 0), QTimeZone::UTC);
        QVERIFY(count(store.areasOpenAt(early, u"elderly"_s), u"Playa"_s) >= 1);
        QCOMPARE(count(store.areasOpenAt(early, u"children"_s), u"Playa"_s), 0);
        QVERIFY(count(store.areasOpenAt(early, u"sport"_s), u"Anillo Verde"_s) >= 1);
        const QDateTime late(QDate(2026, 3, 21), QTime(0, 30), QTimeZone::UTC);
        QVERIFY(count(store.areasOpenAt(late, QString()), u"Terraza"_s) >= 1);

        QSqlQuery city = db.prepare(u"SELECT centroid_lat, centroid_lon FROM region WHERE level = 'city'"_s);
        QVERIFY(Database::exec(city) && city.next());
        const NearestEssentials e = store.nearestOpenEssentials({city.value(0).toDouble(), city.value(1).toDouble()},
                                                                QDateTime(QDate(2026, 3, 16), QTime(10, 0), QTimeZone::UTC));
        QVERIFY(e.pharmacy && e.healthCentre);
        QVERIFY(e.pharmacy->distanceMetres < 3000);
    }
};

QTEST_GUILESS_MAIN(TestServiceStore)
#include "tst_servicestore.moc"
