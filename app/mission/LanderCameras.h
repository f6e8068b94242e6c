#pragma once
// Cameras on a lander's descent: a fixed observer on the ground beside the site, a chase
// camera behind and above the lander along its flight, or a follow camera that keeps a
// fixed offset from it.
#include "mission/CameraPose.h"
#include "mission/LanderFlight.h"

#include <string>

namespace lunar {

enum class LanderCameraMode { Ground, Chase, Follow };

// Throws LunarError for an unknown name ("ground", "chase", "follow").
LanderCameraMode landerCameraModeNamed(const std::string& name);

CameraPose landerCameraPose(const LanderFlight& flight, const EnuFrame& frame,
                            const TerrainStack& terrain, const UtcTime& now,
                            LanderCameraMode mode);

} // namespace lunar
