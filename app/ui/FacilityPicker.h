#pragma once
// Clicking a facility in the view selects it in the layout editor (a click: press and
// release within a few pixels, not taken by an ImGui panel; a drag still moves the camera).
// Scene nodes meant to be picked keep their default node mask (~0); the sky and the labels
// use bits above kPickableMask.
#include "mission/LayoutEditor.h"

#include <osgGA/GUIEventHandler>
#include <osgUtil/LineSegmentIntersector>

namespace lunar::ui {

// Selects the facility of the nearest intersection that lies under a facility's node (named
// by its id); returns whether one was selected.
bool selectFacilityHit(const osgUtil::LineSegmentIntersector::Intersections& hits,
                       LayoutEditor& editor);

// Node mask bits a pick ray traverses: not the sky at infinity, not the labels.
constexpr unsigned kPickableMask = 0x0F;

class FacilityPicker : public osgGA::GUIEventHandler {
public:
    explicit FacilityPicker(LayoutEditor& editor) : editor_(editor) {}
    bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa) override;

private:
    LayoutEditor& editor_;
    float press_x_ = 0.0f, press_y_ = 0.0f;
};

} // namespace lunar::ui
