#include "DefaultScene.h"

#include "astro/BaseLighting.h"
#include "export/OffscreenRenderer.h"

#include <filesystem>
#include <memory>

namespace lunar::test {

scene::LoadedScene& defaultScene()
{
    static const std::unique_ptr<scene::LoadedScene> loaded = scene::loadScene({});
    return *loaded;
}

std::string outputPath(const std::string& name)
{
    std::filesystem::create_directories(LUNAR_TEST_OUTPUT);
    return std::string(LUNAR_TEST_OUTPUT) + "/" + name;
}

void writePngForPeople(const osg::Image& image, const std::string& name)
{
    exporting::writePng(image, outputPath(name));
}

std::optional<UtcTime> firstSunAt(const scene::LoadedScene& s, const LatLon& at, const UtcTime& from,
                                  const std::function<bool(double visible)>& wanted)
{
    for (double h = 0.0; h < 30.0 * 24.0; h += 3.0) {
        const UtcTime t = from.plusSeconds(h * 3600.0);
        const astro::BaseLighting l = astro::baseLightingAt(t, *s.frame);
        if (wanted(s.terrain.visibleFraction(at, l.sun_direction_moon_fixed, l.sun_radius_deg)))
            return t;
    }
    return std::nullopt;
}

} // namespace lunar::test
