#pragma once
// Parametric models of the base's facilities, one builder per category, sized from the
// scenario (metres) and built in the facility's local frame: x across its heading, y along
// it, z up, base at z = 0. Solar arrays turn their panels to the Sun and dishes point at
// the Earth as the scene's date changes. A facility that names a model file (OBJ, 3DS,
// OSGT: anything OSG's plugins read) is drawn from it instead. The builders live in files
// by kind: HabitatModels, EnergyModels, CommsModels, PlantModels, VehicleModels, PadModel.
#include "mission/Facility.h"
#include "mission/PadGrading.h"
#include "scene/SceneLight.h"

#include <osg/Node>

#include <string>

namespace lunar::scene {

struct FacilityModelContext {
    const SceneLight* light = nullptr; // Sun and Earth now; null: nothing turns
    Vec3d x_axis, y_axis, up;          // the facility's local axes in the base ENU frame
    std::string scenario_dir;          // model files are relative to the scenario file
    std::string scenario_file;         // for messages
    const PadGrading* pad = nullptr;   // a landing pad's ground works (null: a flat pad)
};

// Throws LunarError naming the scenario and the facility if its model file cannot be read.
osg::ref_ptr<osg::Node> buildFacilityModel(const Facility& facility,
                                           const FacilityModelContext& context);

// The ground works a facility that is not a landing pad stands on (its disc, apron and
// skirt from mission/PadGrading), `z_shift` added to its heights so that a model standing on
// the disc's surface has it at z = 0. Follows the exaggerated ground vertex by vertex.
osg::ref_ptr<osg::Group> groundWorks(const PadGrading& grading, double z_shift);

// Name of the node that turns (a solar panel, a dish) in a model, for tests.
constexpr const char* kTrackingNodeName = "tracking";
// Names of a landing pad's paved surface (a group of flat annuli at the pad's height) and of
// its apron (one geometry: rings from the pad's rim, inner first, to the ground), for tests.
constexpr const char* kPadSurfaceName = "pad surface";
constexpr const char* kPadApronName = "pad apron";

} // namespace lunar::scene
