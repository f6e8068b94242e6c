#pragma once
// Camera bookmarks and views, both ways: a bookmark's eye and target in the base ENU frame
// (heights above the terrain where the bookmark says so, the local vertical at the eye as
// "up"), and the bookmark that gives a view back.
#include "core/EnuFrame.h"
#include "mission/CameraBookmark.h"
#include "mission/CameraPose.h"
#include "terrain/TerrainLayer.h"

namespace lunar {

// With a vertical exaggeration, heights above the terrain count from the exaggerated ground.
CameraPose poseFromBookmark(const CameraBookmark& bookmark, const TerrainStack& terrain,
                            const EnuFrame& frame, double vertical_exaggeration = 1.0);

// The bookmark that gives back `pose` (heights above the drawn terrain where it has any).
CameraBookmark bookmarkFromPose(const std::string& name, const CameraPose& pose,
                                const TerrainStack& terrain, const EnuFrame& frame,
                                double vertical_exaggeration = 1.0);

} // namespace lunar
