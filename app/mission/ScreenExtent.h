#pragma once
// How large a facility appears in a frame: its box (footprint by height, standing at its
// base) projected through a camera pose, as the height in pixels of the part inside the
// frame. Pure, so a film's cut can be checked for every frame without drawing one: "is each
// kind of facility seen large somewhere in the tour?" (terrain hiding it is not counted;
// the contact sheet shows that).
#include "core/EnuFrame.h"
#include "mission/CameraPose.h"
#include "mission/Facility.h"

#include <array>
#include <vector>

namespace lunar {

struct FrameSize {
    int width_px = 960;
    int height_px = 540;
};

// The eight corners of a facility's box in the base ENU frame, its base at `base_m` above
// the sphere (FacilityPlacement's survey gives the base the scene draws it on).
std::array<Vec3d, 8> facilityBoxCorners(const Facility& facility, const EnuFrame& frame,
                                        double base_m);

// Height in pixels of the points' projection clipped to the frame: 0 when any point is
// behind the eye (the camera is among them) or the projection misses the frame.
double visibleHeightPx(const std::array<Vec3d, 8>& points_enu, const CameraPose& pose,
                       const FrameSize& frame_size);

// Width in pixels, clipped to the frame, spanned by those of the points that fall inside the
// frame (points behind the eye are skipped): for a surface sampled densely, such as a landing's
// dust sheet, how much of the frame's width it covers.
double visibleWidthPx(const std::vector<Vec3d>& points_enu, const CameraPose& pose,
                      const FrameSize& frame_size);

} // namespace lunar
