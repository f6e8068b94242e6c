#pragma once
// An analysis map (`lunarviz analyze` output, or the Analysis panel's) draped over the
// terrain: the terrain shader reads the map's value at each fragment through its own
// geotransform, colours it by the layer's scale (a ramp texture made from the same stops as
// the legend) and blends it over the shading. Follows `layers->analysis_map` each frame;
// a map that cannot be read is reported once and not drawn.
#include "mission/LayerVisibility.h"
#include "terrain/GeoTransform.h"

#include <osg/Node>

#include <memory>

namespace lunar::scene {

// `dem_geo`: the geotransform the terrain's vertex DEM pixels refer to.
void attachAnalysisOverlay(osg::Node& terrain, const GeoTransform& dem_geo,
                           std::shared_ptr<const LayerVisibility> layers);

} // namespace lunar::scene
