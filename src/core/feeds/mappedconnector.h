#pragma once

#include "connector.h"

namespace atalaya::feeds {

/** A plain HTTP resource polled at the feed's cadence: JSON records, CSV or a GeoJSON
 *  FeatureCollection, read into readings through the feed's FieldMapping. Such feeds give
 *  their current state, so catching up is up to the source; what is read twice is stored once. */
class MappedConnector : public Connector
{
    Q_OBJECT
public:
    MappedConnector(const FeedConfig &config, const ConnectorContext &context);

protected:
    void attempt() override;
};

} // namespace atalaya::feeds
