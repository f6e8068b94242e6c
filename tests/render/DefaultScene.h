#pragma once
// The built-in scenario's scene, loaded once for all rendering tests (loading the DEM and
// its horizon maps is the slow part), and where tests leave their images.
#include "core/LatLon.h"
#include "core/UtcTime.h"
#include "scene/LoadedScene.h"

#include <osg/Image>

#include <functional>
#include <optional>
#include <string>

namespace lunar::test {

scene::LoadedScene& defaultScene();

// build/test-output/<name> (the folder is created).
std::string outputPath(const std::string& name);
// Writes an image there as PNG, for people to look at.
void writePngForPeople(const osg::Image& image, const std::string& name);

// The first time from `from`, in 3-hour steps over 30 days, at which the share of the Sun's
// disc the terrain leaves visible at `at` (the scene's horizon maps) is one `wanted`.
std::optional<UtcTime> firstSunAt(const scene::LoadedScene& s, const LatLon& at, const UtcTime& from,
                                  const std::function<bool(double visible)>& wanted);

} // namespace lunar::test
