#pragma once
// The paged terrain's cull callback that holds each view to the triangle budget of
// PagedTerrainOptions: it reads the camera of the view being culled, asks terrain/TileBudget
// for the smallest LOD scale that fits, and culls the terrain with it (the rest of the scene
// keeps the camera's own scale).
#include "scene/PagedTerrain.h"

#include <osg/Callback>

#include <memory>

namespace lunar::scene {

osg::ref_ptr<osg::Callback> tileBudgetCallback(const std::shared_ptr<PagedTerrainSource>& source);

// The LOD scale the last culled view of this terrain was given (1: within budget); for the
// benchmark and tests. 0 before any view was culled.
double lastTileBudgetScale(const osg::Node& paged_terrain_root);

} // namespace lunar::scene
