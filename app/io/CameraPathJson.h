#pragma once
// A camera path as scenario JSON, in the form io/CameraReader reads: views as lat/lon and
// heights, following keys as offsets, spline parameters only where they are not zero, and
// time stops with their steps and held sky. Fields the model does not hold (a "note") are
// kept from the entry the file had.
#include "mission/CameraPathSpec.h"

#include <nlohmann/json.hpp>

namespace lunar::io {

// `before`: the path's entry as the file had it (null for a new path).
nlohmann::ordered_json cameraPathJson(const CameraPathSpec& spec,
                                      const nlohmann::ordered_json& before = nullptr);

} // namespace lunar::io
