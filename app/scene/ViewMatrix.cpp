#include "scene/ViewMatrix.h"

namespace lunar::scene {

osg::Matrixd viewMatrixOf(const CameraPose& p)
{
    return osg::Matrixd::lookAt(osg::Vec3d(p.eye_enu.x, p.eye_enu.y, p.eye_enu.z),
                                osg::Vec3d(p.target_enu.x, p.target_enu.y, p.target_enu.z),
                                osg::Vec3d(p.up_enu.x, p.up_enu.y, p.up_enu.z));
}

} // namespace lunar::scene
