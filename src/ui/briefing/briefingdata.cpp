#include "briefingdata.h"

#include "analytics/districtfigures.h"
#include "analytics/epidemicindicators.h"
#include "analytics/headlinefigures.h"
#include "briefingwriter.h"
#include "store/database.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace atalaya {

namespace {

constexpr int kCasesChartDays = 90;
constexpr int kIcuChartDays = 30;
constexpr qint64 kDaySeconds = 86400;

} // namespace

bool loadBriefingData(Database &db, const QDateTime &at, BriefingData *data, QString *error)
{
    BriefingData &d = *data;
    d.at = at.toUTC();
    d.generatedAt = QDateTime::currentDateTimeUtc();
    d.zone = BriefingWriter::cityZone(db);
    d.cityName = db.meta(u"city_name"_s);

    d.dataTime = computeHeadlineFigures(db, d.at).dataTime;
    d.kpis = computeKpis(db, d.at);

    // The offline basemap, as the Map page draws it.
    QSqlQuery basemap = db.prepare(u"SELECT kind, geometry FROM basemap_feature ORDER BY id"_s);
    if (!Database::exec(basemap)) {
        *error = BriefingWriter::tr("the store's basemap could not be read (%1).").arg(db.path());
        return false;
    }
    while (basemap.next()) {
        BriefingData::BasemapFeature feature;
        feature.kind = basemap.value(0).toString();
        if (geo::fromGeoJson(basemap.value(1).toString(), &feature.geometry))
            d.basemap.append(feature);
    }

    // Districts: their shapes and both incidences, ending on the same epidemic day.
    QDate asOf;
    const QList<DistrictFigures> figures = computeDistrictFigures(db, d.at, &asOf);
    d.districtsAsOf = asOf;
    QHash<qint64, std::optional<double>> incidence7;
    for (const DistrictFigures &f : figures)
        incidence7.insert(f.regionId, f.incidence7DaysPer100k);

    QString seriesError;
    const QHash<qint64, EpidemicSeries> series = EpidemicSeries::loadAll(db, &seriesError);

    QSqlQuery districts = db.prepare(u"SELECT id, code, name, geometry FROM region WHERE level = 'district' ORDER BY name"_s);
    if (!Database::exec(districts)) {
        *error = BriefingWriter::tr("the store's districts could not be read (%1).").arg(db.path());
        return false;
    }
    while (districts.next()) {
        BriefingData::District district;
        district.id = districts.value(0).toLongLong();
        district.code = districts.value(1).toString();
        district.name = districts.value(2).toString();
        if (!geo::fromGeoJson(districts.value(3).toString(), &district.geometry))
            continue;
        district.labelAt = geo::labelPoint(district.geometry.polygons, 20.0);
        district.incidence7 = incidence7.value(district.id);
        const auto s = series.constFind(district.id);
        if (s != series.cend() && asOf.isValid()) {
            const DayValue v = s->at(EpidemicIndicator::Incidence14, asOf);
            district.incidence14 = v.value;
        }
        d.bounds.extend(geo::boundingBox(district.geometry));
        d.districts.append(district);
    }
    if (!d.bounds.valid) {
        for (const BriefingData::BasemapFeature &f : std::as_const(d.basemap)) {
            if (f.kind == "land"_L1)
                d.bounds.extend(geo::boundingBox(f.geometry));
        }
    }

    // The city's daily cases and 7-day average over the last 90 days up to the epidemic day.
    for (const EpidemicSeries &s : series) {
        if (s.level() != "city"_L1 || !asOf.isValid())
            continue;
        for (QDate day = asOf.addDays(-(kCasesChartDays - 1)); day <= asOf; day = day.addDays(1)) {
            BriefingData::CasesDay point;
            point.day = day;
            point.cases = s.at(EpidemicIndicator::NewCases, day).value;
            point.average7 = s.at(EpidemicIndicator::CasesAverage7, day).value;
            d.cityCases.append(point);
        }
        break;
    }

    // City ICU occupancy per day. cityBedSeries counts whole UTC days, so the cursor's own day
    // is included only once some report of it is at or before the cursor: a briefing at 07:00
    // must not show the 08:00 reports.
    const QDate icuTo = d.at.date();
    QSqlQuery todays = db.prepare(u"SELECT COUNT(*) FROM bed_report WHERE reported_at >= ? AND reported_at <= ?"_s);
    todays.addBindValue(d.at.toSecsSinceEpoch() / kDaySeconds * kDaySeconds);
    todays.addBindValue(d.at.toSecsSinceEpoch());
    const bool todayReported = Database::exec(todays) && todays.next() && todays.value(0).toLongLong() > 0;
    const QDate icuEnd = todayReported ? icuTo : icuTo.addDays(-1);
    d.cityIcu = cityBedSeries(db, BedType::Icu, icuEnd.addDays(-(kIcuChartDays - 1)), icuEnd);

    d.hospitals = hospitalStatusesAt(db, d.at);
    occupancy::OccupancyStore sites(db);
    d.sites = sites.sites();
    d.siteLights = sites.lightsAt(d.at.toSecsSinceEpoch());

    d.alerts = alerts::AlertStore(db).openAt(d.at);
    d.notes = NoteStore(db).validAt(d.at);
    // A note pinned to a region only is marked at the region's centre.
    QSqlQuery centre = db.prepare(u"SELECT centroid_lat, centroid_lon FROM region WHERE id = ?"_s);
    for (const OperatorNote &note : std::as_const(d.notes)) {
        std::optional<GeoPoint> place;
        if (note.lat && note.lon) {
            place = GeoPoint{*note.lat, *note.lon};
        } else if (note.regionId) {
            centre.bindValue(0, *note.regionId);
            if (Database::exec(centre) && centre.next())
                place = GeoPoint{centre.value(0).toDouble(), centre.value(1).toDouble()};
        }
        d.notePlaces.append(place);
    }
    return true;
}

} // namespace atalaya
