#include "scene/DepthRange.h"

namespace lunar::scene {

void useSurfaceDepthRange(osg::Camera& camera)
{
    camera.setNearFarRatio(kSurfaceNearFarRatio);
}

} // namespace lunar::scene
