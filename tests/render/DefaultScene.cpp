#include "DefaultScene.h"

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

} // namespace lunar::test
