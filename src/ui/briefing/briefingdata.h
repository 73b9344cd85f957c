#pragma once

#include "alerts/alertstore.h"
#include "analytics/bedavailability.h"
#include "analytics/kpis.h"
#include "analytics/occupancy.h"
#include "geo/geometry.h"
#include "notes/notestore.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace atalaya {

class Database;

/** Everything one briefing prints, read from the store at one moment before any drawing, so the
 *  pages (and the two layout passes) all describe the same state. */
struct BriefingData {
    QString cityName;
    QTimeZone zone;
    QDateTime at;       // the moment shown (UTC)
    QDateTime dataTime; // newest data at or before `at`
    QDateTime generatedAt;

    QList<Kpi> kpis;

    struct BasemapFeature {
        QString kind; // land, sea, river, park, beach
        Geometry geometry;
    };
    QList<BasemapFeature> basemap;

    struct District {
        qint64 id = 0;
        QString code;
        QString name;
        Geometry geometry;
        GeoPoint labelAt;
        std::optional<double> incidence7;  // cases in 7 days per 100,000 (the map)
        std::optional<double> incidence14; // cases in 14 days per 100,000 (the chart)
    };
    QList<District> districts;
    QDate districtsAsOf; // the epidemic day both incidences end on

    QList<HospitalStatus> hospitals;
    QList<occupancy::Site> sites;
    QList<occupancy::SiteLight> siteLights; // siteLights[i] is sites[i]'s

    QList<alerts::AlertRecord> alerts;
    QList<OperatorNote> notes;
    QList<std::optional<GeoPoint>> notePlaces; // notePlaces[i]: the note's point or its region's centre

    struct CasesDay {
        QDate day;
        std::optional<double> cases;
        std::optional<double> average7;
    };
    QList<CasesDay> cityCases; // the last 90 days up to districtsAsOf
    QList<OccupancyPoint> cityIcu; // city ICU beds per day, the last 30 days up to `at`

    GeoBox bounds; // what the map frames
};

/** Reads the briefing's data at `at`; false with a message on a store error. */
bool loadBriefingData(Database &db, const QDateTime &at, BriefingData *data, QString *error);

} // namespace atalaya
