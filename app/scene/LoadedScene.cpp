#include "scene/LoadedScene.h"

namespace lunar::scene {

void LoadedScene::setVerticalExaggeration(double factor)
{
    setModelExaggeration(factor);
    followExaggeration(*this);
}

std::unique_ptr<LoadedScene> loadScene(const SceneRequest& request)
{
    auto loaded = std::make_unique<LoadedScene>(std::move(*site::loadSiteModel(request)));
    SceneGraphOptions options;
    options.max_error_px = request.max_error_px;
    options.exposure.fixed_ev = request.exposure_ev;
    options.one_context = request.one_context;
    static_cast<SceneGraph&>(*loaded) = buildSceneGraph(*loaded, options);
    return loaded;
}

} // namespace lunar::scene
