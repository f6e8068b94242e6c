#pragma once
// The whole Moon for views from afar (more than ~150 km from the base): a sphere just below
// the lowest terrain, with the albedo map Debian's stellarium-data ships
// (textures/moon_4k.jpg, equirectangular, longitude 0 in the middle) or, without it, an even
// grey, lit by the Sun and shaded by the relief of a global DEM when the scene has one, and a
// marker with a label at every mission's site, flown (cyan), crashed (red) or planned
// (amber), the landers of missions elsewhere flying their descents as glowing markers, and
// the scenario's relay satellites on their orbits.
// Near the base the globe is drawn behind everything else, so wherever the DEM does not
// reach (its edge seen from a height, the horizon beyond it) the view shows the globe, not
// black; from afar it is drawn with its true depth and hides what passes behind the Moon.
// The markers, labels and relays are shown only from afar.
#include "core/EnuFrame.h"
#include "mission/Scenario.h"
#include "scene/LanderNodes.h"
#include "scene/TimeSource.h"
#include "terrain/TerrainGrid.h"

#include <osg/Node>

#include <string>

namespace lunar::scene {

struct GlobeOptions {
    // Debian's stellarium-data (optional); $LUNARVIZ_MOON_ALBEDO_MAP names another file, or
    // "none" for the plain globe. Without a map the globe is an even grey of the Moon's mean
    // albedo, still lit by the Sun (and shaded by `relief` where there is one).
    std::string albedo_map = "/usr/share/stellarium/textures/moon_4k.jpg";
    // The scene's whole-DEM grid: when it covers the whole Moon (a global DEM), the globe is
    // shaded by its relief.
    const TerrainGrid* relief = nullptr;
    double below_terrain_m = 10000.0; // under the deepest polar craters
    double shown_beyond_m = 150000.0; // camera distance from the base origin
};

// `flights`: missions landing elsewhere; each is drawn as a glowing marker flying its
// descent at the scenario time (see LanderNodes), seen from afar.
// The albedo map that will be used: $LUNARVIZ_MOON_ALBEDO_MAP if set (empty for "none"),
// else `configured`; empty when that file does not exist.
std::string albedoMapInUse(const std::string& configured);

osg::ref_ptr<osg::Node> buildGlobeNode(const Scenario& scenario, const EnuFrame& frame,
                                       const std::vector<LanderFlight>& flights, TimeSource now,
                                       const GlobeOptions& options = {});

} // namespace lunar::scene
