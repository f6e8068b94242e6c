#include "ui/NavigationManipulator.h"

#include "core/Angles.h"

#include <algorithm>
#include <cmath>

namespace lunar::ui {

namespace {
using Event = osgGA::GUIEventAdapter;

int lower(int key) { return key >= 'A' && key <= 'Z' ? key - 'A' + 'a' : key; }

CameraPose poseFromViewMatrix(const osg::Matrixd& view, double fov_y_deg)
{
    osg::Vec3d eye, centre, up;
    view.getLookAt(eye, centre, up, 100.0);
    CameraPose p;
    p.eye_enu = {eye.x(), eye.y(), eye.z()};
    p.target_enu = {centre.x(), centre.y(), centre.z()};
    p.up_enu = {up.x(), up.y(), up.z()};
    p.fov_y_deg = fov_y_deg;
    return p;
}
} // namespace

NavigationManipulator::NavigationManipulator(CameraNavigator& navigator,
                                             std::function<CameraPose()> home, PickPoint pick)
    : nav_(navigator), home_(std::move(home)), pick_(std::move(pick))
{
}

void NavigationManipulator::setByMatrix(const osg::Matrixd& matrix)
{
    setByInverseMatrix(osg::Matrixd::inverse(matrix));
}

void NavigationManipulator::setByInverseMatrix(const osg::Matrixd& view)
{
    nav_.setPose(poseFromViewMatrix(view, nav_.pose().fov_y_deg));
}

osg::Matrixd NavigationManipulator::getInverseMatrix() const
{
    const CameraPose p = scripted_ ? *scripted_ : nav_.pose();
    return osg::Matrixd::lookAt(osg::Vec3d(p.eye_enu.x, p.eye_enu.y, p.eye_enu.z),
                                osg::Vec3d(p.target_enu.x, p.target_enu.y, p.target_enu.z),
                                osg::Vec3d(p.up_enu.x, p.up_enu.y, p.up_enu.z));
}

osg::Matrixd NavigationManipulator::getMatrix() const
{
    return osg::Matrixd::inverse(getInverseMatrix());
}

void NavigationManipulator::home(double)
{
    if (home_)
        nav_.flyTo(home_());
}

void NavigationManipulator::home(const osgGA::GUIEventAdapter&, osgGA::GUIActionAdapter&)
{
    home(0.0);
}

void NavigationManipulator::onFrame(const osgGA::GUIEventAdapter& ea)
{
    const double now = ea.getTime();
    const double dt = last_frame_time_ ? std::clamp(now - *last_frame_time_, 0.0, 0.25) : 0.0;
    last_frame_time_ = now;
    nav_.advance(dt);
    if (held_keys_.empty() || dt <= 0.0)
        return;
    const auto held = [this](int a, int b) { return held_keys_.count(a) || held_keys_.count(b); };
    const double forward = (held('w', Event::KEY_Up) ? 1.0 : 0.0) - (held('s', Event::KEY_Down) ? 1.0 : 0.0);
    const double right = (held('d', Event::KEY_Right) ? 1.0 : 0.0) - (held('a', Event::KEY_Left) ? 1.0 : 0.0);
    const double up = (held('e', Event::KEY_Page_Up) ? 1.0 : 0.0) - (held('q', Event::KEY_Page_Down) ? 1.0 : 0.0);
    if (forward == 0.0 && right == 0.0 && up == 0.0)
        return;
    double speed = nav_.travelSpeed_mps();
    if (nav_.mode() == NavigationMode::Orbit)
        speed = 0.6 * nav_.orbitDistance_m(); // the target slides at a pace suited to the view
    else if (nav_.mode() == NavigationMode::Fly)
        speed *= speed_factor_;
    if (shift_)
        speed *= nav_.mode() == NavigationMode::Walk ? 3.0 : 5.0;
    nav_.move(forward * speed * dt, right * speed * dt, up * speed * dt);
}

void NavigationManipulator::onDrag(const osgGA::GUIEventAdapter& ea)
{
    const float x = ea.getXnormalized(), y = ea.getYnormalized();
    const double dx = x - last_x_, dy = y - last_y_;
    last_x_ = x;
    last_y_ = y;
    const bool left = buttons_ & Event::LEFT_MOUSE_BUTTON;
    const bool right = buttons_ & Event::RIGHT_MOUSE_BUTTON;
    const bool middle = buttons_ & Event::MIDDLE_MOUSE_BUTTON;
    const double fov_rad = degToRad(nav_.pose().fov_y_deg);
    if (nav_.mode() == NavigationMode::Orbit) {
        if (middle || (left && shift_)) {
            // Grab the ground: the target moves with the pointer.
            const double metres = nav_.orbitDistance_m() * std::tan(0.5 * fov_rad);
            nav_.pan(-dx * metres, -dy * metres);
        }
        else if (left) { // the ground follows the pointer, as in a trackball
            nav_.orbit(dx * kPi, dy * 1.5);
        }
        else if (right) {
            nav_.dolly(std::exp(dy * 2.0));
        }
        return;
    }
    if (left || right) // mouse look: drag right, turn right
        nav_.look(dx * 0.5 * fov_rad * ea.getWindowWidth() / std::max(1, ea.getWindowHeight()),
                  dy * 0.5 * fov_rad);
}

bool NavigationManipulator::handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa)
{
    shift_ = (ea.getModKeyMask() & Event::MODKEY_SHIFT) != 0;
    if (scripted_) { // a film plays: the user's camera waits where it was
        held_keys_.clear();
        buttons_ = 0;
        return false;
    }
    switch (ea.getEventType()) {
    case Event::FRAME:
        onFrame(ea);
        return false;
    case Event::KEYDOWN:
        if (ea.getHandled())
            return false;
        held_keys_.insert(lower(ea.getKey()));
        return false;
    case Event::KEYUP: // always: a key let go over a panel must not stay held
        held_keys_.erase(lower(ea.getKey()));
        return false;
    case Event::PUSH:
        drag_started_here_ = !ea.getHandled();
        buttons_ = ea.getButtonMask();
        last_x_ = ea.getXnormalized();
        last_y_ = ea.getYnormalized();
        return false;
    case Event::RELEASE:
        buttons_ = ea.getButtonMask();
        if (!buttons_)
            drag_started_here_ = false;
        return false;
    case Event::DRAG:
        if (!drag_started_here_)
            return false;
        onDrag(ea);
        aa.requestRedraw();
        return true;
    case Event::DOUBLECLICK: {
        if (ea.getHandled() || ea.getButton() != Event::LEFT_MOUSE_BUTTON || !pick_)
            return false;
        // Fly to the point and orbit it, from the same direction, half as far.
        const std::optional<Vec3d> point = pick_(ea);
        if (!point)
            return false;
        const CameraPose now = nav_.pose();
        const Vec3d dir = (now.target_enu - now.eye_enu).normalized();
        const double distance = std::max(0.5 * (*point - now.eye_enu).length(), 20.0);
        CameraPose to = now;
        to.target_enu = *point;
        to.eye_enu = *point - dir * distance;
        if (nav_.mode() != NavigationMode::Orbit)
            nav_.setMode(NavigationMode::Orbit);
        nav_.flyTo(to);
        return true;
    }
    case Event::SCROLL: {
        if (ea.getHandled() || (ea.getScrollingMotion() != Event::SCROLL_UP &&
                                ea.getScrollingMotion() != Event::SCROLL_DOWN))
            return false;
        const bool closer = ea.getScrollingMotion() == Event::SCROLL_UP;
        if (nav_.mode() == NavigationMode::Orbit)
            nav_.dolly(closer ? 0.85 : 1.0 / 0.85);
        else if (nav_.mode() == NavigationMode::Fly)
            speed_factor_ = std::clamp(speed_factor_ * (closer ? 1.25 : 0.8), 0.05, 20.0);
        return true;
    }
    default:
        return false;
    }
}

} // namespace lunar::ui
