#pragma once
// While the Measure panel measures a path, a click on the ground adds a point to it instead
// of picking a facility (a click: press and release within a few pixels, not taken by an
// ImGui panel; a drag still moves the camera). Placed before the FacilityPicker.
#include <osgGA/GUIEventHandler>

#include <functional>

namespace lunar::ui {

class MeasurePicker : public osgGA::GUIEventHandler {
public:
    // `active`: whether clicks are for measuring now; `clicked`: handles one, returning
    // whether it hit something.
    using Active = std::function<bool()>;
    using Clicked = std::function<bool(const osgGA::GUIEventAdapter&)>;
    MeasurePicker(Active active, Clicked clicked)
        : active_(std::move(active)), clicked_(std::move(clicked))
    {
    }
    bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa) override;

private:
    Active active_;
    Clicked clicked_;
    float press_x_ = 0.0f, press_y_ = 0.0f;
};

} // namespace lunar::ui
