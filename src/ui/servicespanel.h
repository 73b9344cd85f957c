#pragma once

#include "servicecategoriesmodel.h"
#include "serviceareasmodel.h"
#include "servicehistorymodel.h"
#include "servicelistmodel.h"
#include "services/servicesearch.h"
#include "services/servicestore.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration/qqmlintegration.h>

#include <memory>
#include <optional>

namespace atalaya {

class Database;
class ServicePointLayer;
class ServicePointSource;

/** The Map page's essential services: the categories and the points the map layer draws, the
 *  find-as-you-type search, the selected service's card with its edits, history and undo, a
 *  post code's services with the nearest open pharmacy and health centre, and the recreational
 *  areas open at the time cursor to a chosen audience. Made by the Dashboard
 *  (Dashboard.services); every edit goes through ServiceStore, audited under actor(). */
class ServicesPanel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ServicesPanel is provided by Dashboard.services")
    Q_PROPERTY(atalaya::ServicePointSource *points READ points CONSTANT)
    Q_PROPERTY(atalaya::ServiceCategoriesModel *categories READ categories CONSTANT)
    /** The categories' slugs in the layer's category order (for the Theme's colours and shapes). */
    Q_PROPERTY(QStringList categorySlugs READ categorySlugs NOTIFY categoriesChanged)
    /** For ServicePointLayer.categoryVisible. */
    Q_PROPERTY(QList<bool> categoryVisible READ categoryVisible NOTIFY categoryVisibleChanged)
    Q_PROPERTY(int serviceCount READ serviceCount NOTIFY categoriesChanged)
    Q_PROPERTY(QDateTime at READ at NOTIFY atChanged)
    /** Who edits are recorded as: the OS user name, or "operator". */
    Q_PROPERTY(QString actor READ actor CONSTANT)

    // --- search ---
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    /** Post codes starting with the query first, then the best services. */
    Q_PROPERTY(atalaya::ServiceListModel *results READ results CONSTANT)
    /** How long the last query took, in milliseconds (search and list). */
    Q_PROPERTY(double searchMilliseconds READ searchMilliseconds NOTIFY resultsChanged)

    // --- the selected service ---
    /** 0: none (the card is closed). */
    Q_PROPERTY(qint64 selectedId READ selectedId WRITE setSelectedId NOTIFY selectedChanged)
    /** The card's content: id, name, category, categoryIndex, categoryName, address, postCode,
     *  openingHours, status, capacity (number or null), notes, updatedBy, updatedAtText, isArea,
     *  windows (list of text); empty when nothing is selected. */
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    Q_PROPERTY(QGeoCoordinate selectedCoordinate READ selectedCoordinate NOTIFY selectedChanged)
    Q_PROPERTY(atalaya::ServiceHistoryModel *history READ history CONSTANT)
    /** Why the last edit of a field was refused, by field ("status", "opening_hours", "notes",
     *  "capacity", and "undo"); a field's message goes when an edit of it is accepted. */
    Q_PROPERTY(QVariantMap editErrors READ editErrors NOTIFY editErrorsChanged)

    // --- a post code ---
    /** The chosen post code; empty for none. */
    Q_PROPERTY(QString postCode READ postCode NOTIFY postCodeChanged)
    /** Its polygon, a row per part (one MapPolygon each); no rows without a post code. */
    Q_PROPERTY(atalaya::ServiceAreasModel *postCodeShape READ postCodeShape CONSTANT)
    Q_PROPERTY(QGeoRectangle postCodeBounds READ postCodeBounds NOTIFY postCodeChanged)
    Q_PROPERTY(QGeoCoordinate postCodeCentre READ postCodeCentre NOTIFY postCodeChanged)
    Q_PROPERTY(atalaya::ServiceListModel *postCodeServices READ postCodeServices CONSTANT)
    /** The nearest open pharmacy / health centre from the post code's centre at the time cursor:
     *  {serviceId, name, address, distanceText, coordinate}, or empty when none is open. */
    Q_PROPERTY(QVariantMap nearestPharmacy READ nearestPharmacy NOTIFY nearestChanged)
    Q_PROPERTY(QVariantMap nearestHealthCentre READ nearestHealthCentre NOTIFY nearestChanged)

    // --- recreational areas ---
    /** "all" (open to everyone), "elderly", "children" or "sport"; anything else is ignored. */
    Q_PROPERTY(QString audience READ audience WRITE setAudience NOTIFY audienceChanged)
    Q_PROPERTY(atalaya::ServiceAreasModel *areas READ areas CONSTANT)
    Q_PROPERTY(int areaCount READ areaCount NOTIFY areasChanged)
    Q_PROPERTY(int openAreaCount READ openAreaCount NOTIFY areasChanged)

    // --- import and export ---
    /** A service or a post code is chosen: exportSelected() has something to write. */
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectionScopeChanged)

public:
    explicit ServicesPanel(QObject *parent = nullptr);
    ~ServicesPanel() override;

    /** The store to read and edit (not owned); nullptr clears everything. */
    void setDatabase(Database *db);
    /** The time cursor moved: areas and the nearest open services are read at the new moment. */
    void setAt(const QDateTime &at);
    /** Re-reads categories, points, the search index and areas (after an import). */
    void reload();

    ServicePointSource *points() const { return m_points; }
    ServiceCategoriesModel *categories() const { return m_categories; }
    QStringList categorySlugs() const;
    QList<bool> categoryVisible() const { return m_categories->shown(); }
    /** Shows or hides a category on the map (index as in categorySlugs). */
    Q_INVOKABLE void setCategoryShown(int index, bool shown);
    int serviceCount() const { return m_points ? int(m_pointCount) : 0; }
    QDateTime at() const { return m_at; }
    static QString actor();

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    ServiceListModel *results() const { return m_results; }
    double searchMilliseconds() const { return m_searchMilliseconds; }

    qint64 selectedId() const { return m_selectedId; }
    void setSelectedId(qint64 id);
    QVariantMap selected() const { return m_selected; }
    QGeoCoordinate selectedCoordinate() const;
    ServiceHistoryModel *history() const { return m_history; }
    QVariantMap editErrors() const { return m_editErrors; }

    /** Edits of the selected service, each through ServiceStore; false when refused (the
     *  message goes to editErrors under the field). */
    Q_INVOKABLE bool setStatus(const QString &status);
    Q_INVOKABLE bool setOpeningHours(const QString &hours);
    Q_INVOKABLE bool setNotes(const QString &notes);
    /** Text as typed: empty clears the capacity (not reported), else a whole number. */
    Q_INVOKABLE bool setCapacity(const QString &capacity);
    /** Undoes an audited edit (ServiceStore::undo); false when refused (editErrors "undo"). */
    Q_INVOKABLE bool undo(qint64 auditId);
    Q_INVOKABLE void clearEditErrors();

    QString postCode() const { return m_postCode; }
    ServiceAreasModel *postCodeShape() const { return m_postCodeShape; }
    QGeoRectangle postCodeBounds() const { return m_postCodeBounds; }
    QGeoCoordinate postCodeCentre() const;
    ServiceListModel *postCodeServices() const { return m_postCodeServices; }
    QVariantMap nearestPharmacy() const { return m_nearestPharmacy; }
    QVariantMap nearestHealthCentre() const { return m_nearestHealthCentre; }
    /** Outlines a post code and lists its services; false (and nothing changes) for a code the
     *  store has no polygon for. */
    Q_INVOKABLE bool selectPostCode(const QString &code);
    Q_INVOKABLE void clearPostCode();

    QString audience() const { return m_audience; }
    void setAudience(const QString &audience);
    ServiceAreasModel *areas() const { return m_areas; }
    int areaCount() const { return m_areas->areaCount(); }
    int openAreaCount() const { return m_openAreaCount; }

    bool hasSelection() const { return m_selectedId != 0 || !m_postCode.isEmpty(); }
    /** Imports a GeoJSON, CSV or FIWARE NGSI-v2 file into a category (its slug; created when the
     *  store has none), re-reads everything and returns the import's summary as text. */
    Q_INVOKABLE QString importServices(const QUrl &file, const QString &category);
    /** Writes the services of the shown categories inside the layer's view, as GeoJSON or CSV by
     *  the file's name, and says what was written or why not. */
    Q_INVOKABLE QString exportInView(const QUrl &file, atalaya::ServicePointLayer *layer);
    /** The same for the selected service, or else the chosen post code's services. */
    Q_INVOKABLE QString exportSelected(const QUrl &file);

    /** "Mon, Tue 06:00–10:00: older people", "Every day 07:00–23:00: everyone". */
    static QString windowText(const ServiceWindow &window);
    static QString audienceName(const QString &audience);

Q_SIGNALS:
    void categoriesChanged();
    void categoryVisibleChanged();
    void atChanged();
    void queryChanged();
    void resultsChanged();
    void selectedChanged();
    void editErrorsChanged();
    void postCodeChanged();
    void nearestChanged();
    void audienceChanged();
    void areasChanged();
    void selectionScopeChanged();
    /** The store has new services (an import): the Dashboard re-reads what depends on it. */
    void storeChanged();

private:
    void runSearch();
    void refreshSelected();
    void refreshAreasOpen();
    void refreshPostCodeServices();
    void refreshNearest();
    void setEditError(const QString &field, const QString &message);
    /** After an accepted edit or undo of a service: its point, card, lists and areas. */
    void afterEdit(qint64 serviceId);
    bool finishEdit(const QString &field, const ServiceEditResult &result);
    int categoryIndex(const QString &slug) const;
    QString writeExport(const QUrl &file, const QList<qint64> &ids);

    Database *m_db = nullptr;
    std::unique_ptr<ServiceStore> m_store;
    ServicePointSource *m_points = nullptr;
    ServiceCategoriesModel *m_categories = nullptr;
    ServiceListModel *m_results = nullptr;
    ServiceHistoryModel *m_history = nullptr;
    ServiceListModel *m_postCodeServices = nullptr;
    ServiceAreasModel *m_areas = nullptr;
    ServiceSearch m_search;
    qsizetype m_pointCount = 0;
    QDateTime m_at;

    QString m_query;
    double m_searchMilliseconds = 0;

    qint64 m_selectedId = 0;
    QVariantMap m_selected;
    std::optional<GeoPoint> m_selectedLocation;
    QVariantMap m_editErrors;

    QString m_postCode;
    ServiceAreasModel *m_postCodeShape = nullptr;
    QGeoRectangle m_postCodeBounds;
    std::optional<GeoPoint> m_postCodeCentre;
    QVariantMap m_nearestPharmacy;
    QVariantMap m_nearestHealthCentre;

    QString m_audience = QStringLiteral("all");
    int m_openAreaCount = 0;
};

} // namespace atalaya
