#pragma once
// Dear ImGui on top of an OSG camera, avoiding OSG + ImGui's known traps:
// - the OpenGL3 backend is initialised lazily on the first draw, when a context is current;
// - it is attached with addPostDrawCallback to exactly one camera;
// - after ImGui draws, osg::State is told its GL state cache is stale;
// - events ImGui wants are marked handled so camera manipulators skip them; mouse Y flipped;
// - ImGui gets wall-clock frame time (> 0), never simulation time; no imgui.ini.
// Panels are drawn by a callback that only reads and commands the model.
#include <osg/Camera>
#include <osgGA/GUIEventHandler>

#include <functional>
#include <memory>

namespace lunar::ui {

class ImGuiBridge {
public:
    using DrawPanels = std::function<void()>;

    explicit ImGuiBridge(DrawPanels draw_panels);
    ~ImGuiBridge();

    // Attaches drawing to `camera` (post-draw) and returns the handler to add to the viewer.
    osgGA::GUIEventHandler* attach(osg::Camera* camera);

    // Screen size in pixels (offscreen use, where no resize event arrives).
    void setDisplaySize(int width, int height);

private:
    struct State;
    class DrawCallback;
    class EventHandler;
    std::shared_ptr<State> state_;
};

} // namespace lunar::ui
