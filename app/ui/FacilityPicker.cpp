#include "ui/FacilityPicker.h"

#include <osgViewer/View>

#include <cmath>

namespace lunar::ui {

bool FacilityPicker::handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa)
{
    if (ea.getHandled() || ea.getButton() != osgGA::GUIEventAdapter::LEFT_MOUSE_BUTTON)
        return false;
    if (ea.getEventType() == osgGA::GUIEventAdapter::PUSH) {
        press_x_ = ea.getX();
        press_y_ = ea.getY();
        return false;
    }
    if (ea.getEventType() != osgGA::GUIEventAdapter::RELEASE ||
        std::hypot(ea.getX() - press_x_, ea.getY() - press_y_) > 4.0f)
        return false;
    auto* view = dynamic_cast<osgViewer::View*>(&aa);
    osgUtil::LineSegmentIntersector::Intersections hits;
    if (!view || !view->computeIntersections(ea, hits, kPickableMask))
        return false;
    // A click on open ground keeps the selection (the inspector's close box clears it), so a
    // click that misses a button by a pixel does not lose the user's place.
    return selectFacilityHit(hits, editor_);
}

bool selectFacilityHit(const osgUtil::LineSegmentIntersector::Intersections& hits,
                       LayoutEditor& editor)
{
    for (const auto& hit : hits) // nearest first
        for (auto node = hit.nodePath.rbegin(); node != hit.nodePath.rend(); ++node)
            if (!(*node)->getName().empty() && editor.select((*node)->getName()))
                return true;
    return false;
}

} // namespace lunar::ui
