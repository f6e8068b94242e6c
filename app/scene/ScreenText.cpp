#include "scene/ScreenText.h"

#include <algorithm>
#include <cmath>

namespace lunar::scene {

float screenTextScale(osgUtil::CullVisitor& cv)
{
    const osg::Camera* camera = cv.getCurrentCamera();
    const osg::Viewport* viewport = camera ? camera->getViewport() : nullptr;
    return viewport ? std::max(1.0f, static_cast<float>(viewport->height()) / 1080.0f) : 1.0f;
}

void fitScreenText(osgText::Text& text, float size_px_at_1080, float scale)
{
    const float size_px = size_px_at_1080 * scale;
    if (std::abs(text.getCharacterHeight() - size_px) > 0.01f)
        text.setCharacterSize(size_px);
}

} // namespace lunar::scene
