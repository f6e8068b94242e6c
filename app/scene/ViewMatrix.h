#pragma once
// The OSG view matrix of a camera pose (mission/CameraPose): the one place a pose in the
// base ENU frame becomes a matrix.
#include "mission/CameraPose.h"

#include <osg/Matrixd>

namespace lunar::scene {

osg::Matrixd viewMatrixOf(const CameraPose& pose);

} // namespace lunar::scene
