#pragma once

#include "reading.h"

#include <QByteArray>
#include <QRectF>
#include <QStringView>

// FIWARE NGSI-v2 (Orion Context Broker): entities of the Smart Data Models we use, in keyValues
// or normalized representation, as a GET /v2/entities answer (an array) or as a subscription
// notification ({"subscriptionId": ..., "data": [...]}). Pure functions.
namespace atalaya::feeds::ngsi {

struct Options {
    QString service;       // Fiware-Service: becomes SensorReading::provider ("" -> "fiware")
    /** The city's bounding box (x = lon, y = lat). A location outside it whose swapped
     *  coordinates fall inside is read swapped, with a problem saying so: published examples
     *  give [lat, lon] where GeoJSON wants [lon, lat]. Empty: no check. */
    QRectF cityBounds;
    /** When the entity carries no dateObserved/dateModified/TimeInstant metadata; 0: such a
     *  reading is a problem. */
    qint64 receivedAt = 0;
};

/** An NGSI DateTime: ISO 8601 "2018-08-07T11:10:00Z", with or without seconds, fraction or zone
 *  (none means UTC, as Orion stores it), or an interval "start/end" (its end). UTC seconds. */
std::optional<qint64> parseDateTime(QStringView text);

/** Maps Beach (peopleOccupancy -> people_count; occupationRate high/medium/low/none ->
 *  occupancy_level 3/2/1/0), OffStreetParking (occupiedSpotNumber, or total - available ->
 *  occupied_spots; capacity = totalSpotNumber), CrowdFlowObserved (peopleCount -> people_count),
 *  PointOfInterest (occupancy -> people_count, capacity). One sensor per entity and measured
 *  attribute: code "<entity id>#<attribute>"; the entity becomes a SiteHint (code: the id
 *  without its "urn:ngsi-ld:<type>:" prefix; kind beach, car_park, square, or a PointOfInterest's
 *  category when it is a site kind, else venue). Other entity types are skipped with a problem
 *  naming the type. Accepts an array of entities, one entity, or a notification; problems are
 *  placed as "[2].peopleCount", "data[0].location" or "occupationRate" (a single entity). See
 *  ngsi.cpp for which attribute gives a reading its instant. */
ParsedPayload parseEntities(const QByteArray &json, const Options &options);

} // namespace atalaya::feeds::ngsi
