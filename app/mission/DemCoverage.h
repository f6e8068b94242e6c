#pragma once
// Whether a scenario's base stands on its DEM: the origin and every facility's footprint
// circle must lie within the DEM's pixel grid. Checked from the grid's extent alone (no
// heights read), so `info` can check a scenario without loading or generating its DEM.
#include "core/LatLon.h"
#include "core/MapProjection.h"
#include "terrain/GeoTransform.h"

#include <memory>
#include <optional>
#include <string>

namespace lunar {

struct Scenario;

// A DEM's pixel grid: its projection, geotransform and size.
struct DemExtent {
    std::shared_ptr<const MapProjection> projection;
    GeoTransform geo;
    int width_px = 0;
    int height_px = 0;

    // True where the position falls on the grid (its pixels' outer edges included).
    bool contains(const LatLon& position) const;
};

struct Facility;

// Why the facility is not wholly on the DEM ("facility \"habitat-1\" at ... lies outside the
// DEM", or its footprint reaches past the edge); nothing when it is.
std::optional<std::string> facilityOffDem(const Facility& facility, const DemExtent& dem);

// The first of the scenario's sites off the DEM, as the message's text ("facility
// \"habitat-1\" at -89.5000, 12.0000 deg lies outside the DEM"); nothing when all are on it.
std::optional<std::string> firstSiteOffDem(const Scenario& scenario, const DemExtent& dem);

} // namespace lunar
