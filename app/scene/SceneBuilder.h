#pragma once
// Assembles the whole scene for a scenario: the terrain node, facility placeholders standing
// on the terrain and the light uniforms (fixed Sun, exposure, earthshine).
#include "core/EnuFrame.h"
#include "mission/Scenario.h"
#include "scene/FacilityNodes.h"
#include "scene/TerrainNode.h"
#include "terrain/TerrainLayer.h"

#include <osg/Group>

namespace lunar::scene {

struct LightSettings {
    Vec3d sun_direction_enu{0, 1, 0}; // unit vector toward the Sun
    float exposure = 9.0f;            // chosen so Sun-facing slopes at ~1.5 deg Sun read well
    float earthshine = 0.0004f;       // relative to sunlight, ~ at full Earth (Glenar 2019)
    float albedo = 0.12f;             // normal albedo of highland regolith
    float vertical_exaggeration = 1.0f; // heights above the sphere drawn this many times
};

struct SceneInputs {
    const Scenario* scenario = nullptr;
    const EnuFrame* frame = nullptr;
    const TerrainStack* terrain = nullptr;       // for placing things
    osg::ref_ptr<osg::Node> terrain_node;        // what draws the terrain
    LightSettings light;
    TimeSource now;
};

osg::ref_ptr<osg::Group> buildScene(const SceneInputs& inputs);

} // namespace lunar::scene
