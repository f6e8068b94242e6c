#pragma once
// The OSG camera manipulator of the viewer: maps mouse and keys onto the pure
// CameraNavigator (orbit, fly, walk; see HelpPanel for the bindings) and hands OSG the view
// matrix of its pose. Events ImGui took (marked handled) are ignored; frame events always
// move the camera for held keys and advance flights. While a film is previewed the view is
// the film's pose (setScriptedPose) and the navigator keeps the user's, untouched.
#include "mission/CameraNavigator.h"

#include <osgGA/CameraManipulator>

#include <functional>
#include <optional>
#include <set>

namespace lunar::ui {

class NavigationManipulator : public osgGA::CameraManipulator {
public:
    // `home`: the pose Home flies to; `pick`: the scene point under the pointer of an
    // event, if any.
    using PickPoint = std::function<std::optional<Vec3d>(const osgGA::GUIEventAdapter&)>;
    NavigationManipulator(CameraNavigator& navigator, std::function<CameraPose()> home,
                          PickPoint pick);

    const char* className() const override { return "NavigationManipulator"; }
    void setByMatrix(const osg::Matrixd& matrix) override;
    void setByInverseMatrix(const osg::Matrixd& matrix) override;
    osg::Matrixd getMatrix() const override;
    osg::Matrixd getInverseMatrix() const override;
    void home(double) override;
    void home(const osgGA::GUIEventAdapter&, osgGA::GUIActionAdapter&) override;
    bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa) override;

    // Shows this pose instead of the navigator's, ignoring input, until reset.
    void setScriptedPose(std::optional<CameraPose> pose) { scripted_ = std::move(pose); }
    // Fly speed multiplier set with the wheel (1 = the height-based speed).
    double speedFactor() const { return speed_factor_; }

private:
    void onFrame(const osgGA::GUIEventAdapter& ea);
    void onDrag(const osgGA::GUIEventAdapter& ea);

    CameraNavigator& nav_;
    std::function<CameraPose()> home_;
    PickPoint pick_;
    std::set<int> held_keys_;
    bool shift_ = false;
    std::optional<double> last_frame_time_;
    float last_x_ = 0.0f, last_y_ = 0.0f; // normalised -1..1
    unsigned buttons_ = 0;
    bool drag_started_here_ = false;
    double speed_factor_ = 1.0;
    std::optional<CameraPose> scripted_;
};

} // namespace lunar::ui
