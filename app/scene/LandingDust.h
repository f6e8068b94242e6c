#pragma once
// The dust sheets of the landings on the terrain (mission/DustSheet drawn): for each flight a
// ring of thin, sunlit dust on the ground around the landing point, with radial streaks
// moving outward. The mesh follows the terrain where the ground rises above the ejecta's
// straight path and keeps to that path where the ground falls away, so the terrain never
// cuts through it. Sunlight on it is the terrain's: the horizon maps' visible fraction of the
// solar disc at each fragment (shaders/dust.frag), scattered mostly forward. Drawn after the
// opaque scene with premultiplied "over" blending, depth tested, not depth written.
#include "core/EnuFrame.h"
#include "mission/LanderFlight.h"
#include "mission/LayerVisibility.h"
#include "scene/TimeSource.h"
#include "terrain/GeoTransform.h"
#include "terrain/TerrainLayer.h"

#include <osg/Group>

#include <memory>
#include <vector>

namespace lunar::scene {

// Node name of each flight's sheet: "dust <mission id>".
std::string landingDustName(const std::string& mission_id);

struct LandingDustInputs {
    const std::vector<LanderFlight>* flights = nullptr;
    const EnuFrame* frame = nullptr;
    const TerrainStack* terrain = nullptr;      // the ground under the sheets
    const MapProjection* dem_projection = nullptr; // with dem_geo: where the horizon maps are
    const GeoTransform* dem_geo = nullptr;
    TimeSource now;
    std::shared_ptr<const LayerVisibility> layers; // `landing_effects` switches them
};

// A group with a sheet per flight; its state needs the horizon maps' textures and uniforms
// (scene/HorizonTextures: shareHorizonMaps) and the scene's light uniforms above it.
osg::ref_ptr<osg::Group> buildLandingDust(const LandingDustInputs& inputs);

} // namespace lunar::scene
