#include "ui/MeasurePicker.h"

#include <cmath>

namespace lunar::ui {

bool MeasurePicker::handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter&)
{
    if (ea.getHandled() || ea.getButton() != osgGA::GUIEventAdapter::LEFT_MOUSE_BUTTON ||
        !active_())
        return false;
    if (ea.getEventType() == osgGA::GUIEventAdapter::PUSH) {
        press_x_ = ea.getX();
        press_y_ = ea.getY();
        return false; // the camera may still take it as the start of a drag
    }
    if (ea.getEventType() != osgGA::GUIEventAdapter::RELEASE ||
        std::hypot(ea.getX() - press_x_, ea.getY() - press_y_) > 4.0f)
        return false;
    // A click that missed the ground (the sky) is used up all the same: while measuring,
    // a stray click must not select a facility behind the user's back.
    clicked_(ea);
    return true;
}

} // namespace lunar::ui
