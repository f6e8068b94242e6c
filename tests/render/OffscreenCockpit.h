#pragma once
// An offscreen renderer with a viewing session on the default scene, and pointer/key input
// in window pixels (x right, y down from the top, as ImGui and X11 count them): the overlay
// driven headlessly, through the same handlers as a window's.
#include "DefaultScene.h"

#include "export/OffscreenRenderer.h"
#include "ui/ViewSession.h"

#include <memory>
#include <string>

namespace lunar::test {

struct OffscreenCockpit {
    // Small and without multisampling: every frame of the full scene costs about a second
    // on Mesa's software renderer, and these tests draw many.
    static constexpr int kWidth = 960;
    static constexpr int kHeight = 540;

    exporting::OffscreenRenderer renderer{{kWidth, kHeight, 0}};
    std::unique_ptr<ui::ViewSession> session;

    // `save_path`: where the inspector and the film panel save the scenario.
    explicit OffscreenCockpit(const std::string& camera = "core",
                              const ViewerSettings& settings = {},
                              const std::string& save_path = "")
    {
        scene::LoadedScene& s = defaultScene();
        renderer.setScene(s.root.get());
        session = std::make_unique<ui::ViewSession>(s, renderer.viewer(), settings, save_path);
        session->navigator().setPose(s.pose(camera));
        osgGA::EventQueue* q = renderer.viewer().getEventQueue();
        q->getCurrentEventState()->setInputRange(0.0f, 0.0f, kWidth, kHeight);
        q->getCurrentEventState()->setWindowRectangle(0, 0, kWidth, kHeight);
        q->getCurrentEventState()->setMouseYOrientation(osgGA::GUIEventAdapter::Y_INCREASING_DOWNWARDS);
    }
    ~OffscreenCockpit()
    {
        session.reset();
        // The scene is shared by all tests: leave its clock as the next one expects.
        PlaybackClock& clock = *defaultScene().clock;
        clock.pause();
        clock.clearLoop();
        clock.setDirection(PlaybackDirection::Forward);
        clock.holdSky(std::nullopt);
        clock.seek(defaultScene().scenario.initial_time);
    }
    OffscreenCockpit(const OffscreenCockpit&) = delete;
    OffscreenCockpit& operator=(const OffscreenCockpit&) = delete;

    // Events are stamped with time 0 so the next frame takes them: the queue's clock and
    // the viewer's frame clock start at different moments.
    osgGA::EventQueue& events() { return *renderer.viewer().getEventQueue(); }
    void move(float x, float y) { events().mouseMotion(x, y, 0.0); }
    void click(float x, float y)
    {
        move(x, y);
        events().mouseButtonPress(x, y, 1, 0.0);
        events().mouseButtonRelease(x, y, 1, 0.0);
    }
    void key(int k)
    {
        events().keyPress(k, 0.0);
        events().keyRelease(k, 0.0);
    }
    // One frame, `wall_seconds` after the last.
    osg::ref_ptr<osg::Image> render(double wall_seconds = 0.0)
    {
        session->beforeFrame(wall_seconds);
        osg::ref_ptr<osg::Image> image = renderer.render();
        session->afterFrame();
        return image;
    }
};

} // namespace lunar::test
