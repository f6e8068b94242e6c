#pragma once
// Reading the scenario's views: named cameras and camera paths (their keys' views are read
// like cameras: eye and target positions, heights, field of view).
#include "core/EnuFrame.h"
#include "io/ErrorCollector.h"
#include "io/JsonReader.h"
#include "mission/CameraBookmark.h"
#include "mission/CameraPathSpec.h"

#include <set>
#include <string>

namespace lunar::io {

// Eye, target, heights and field of view (no name).
CameraBookmark readView(const JsonReader& view, const EnuFrame& origin);
// A named camera.
CameraBookmark readCamera(const JsonReader& camera, const EnuFrame& origin);
// A camera path: every problem goes to `errors` with its JSON path. A key's `follow` must
// name one of `mission_ids` (the only reference the format has: missions refer to nothing,
// so references cannot chain or form a cycle; a dangling one is the error to catch).
CameraPathSpec readCameraPath(const JsonReader& path, const EnuFrame& origin,
                              const std::set<std::string>& mission_ids, ErrorCollector& errors);

} // namespace lunar::io
