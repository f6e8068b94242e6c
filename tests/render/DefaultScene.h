#pragma once
// The built-in scenario's scene, loaded once for all rendering tests (loading the DEM and
// its horizon maps is the slow part), and where tests leave their images.
#include "scene/LoadedScene.h"

#include <osg/Image>

#include <string>

namespace lunar::test {

scene::LoadedScene& defaultScene();

// build/test-output/<name> (the folder is created).
std::string outputPath(const std::string& name);
// Writes an image there as PNG, for people to look at.
void writePngForPeople(const osg::Image& image, const std::string& name);

} // namespace lunar::test
