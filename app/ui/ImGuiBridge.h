#pragma once
// Dear ImGui on top of an OSG camera, avoiding OSG + ImGui's known traps:
// - the OpenGL3 backend is initialised lazily on the first draw, when a context is current;
// - it is attached with addPostDrawCallback to exactly one camera;
// - after ImGui draws, osg::State is told its GL state cache is stale;
// - events ImGui wants are marked handled so camera manipulators skip them; mouse Y flipped;
// - input is queued and replayed on the draw thread, a press and its release in different
//   frames (ImGui 1.86 samples key and button state once per frame);
// - ImGui gets wall-clock frame time (> 0), never simulation time; no imgui.ini is written
//   by ImGui itself (the layout is handed out as text for the viewer's settings file).
// Panels are drawn by a callback that only reads and commands the model. The UI scales:
// fonts and sizes are rebuilt for a scale factor (DPI and window size, see UiScale).
#include <osg/Camera>
#include <osg/observer_ptr>
#include <osgGA/GUIEventHandler>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lunar::ui {

// A screen rectangle in pixels, origin at the top left (ImGui's convention).
struct ScreenRect {
    float x = 0.0f, y = 0.0f, width = 0.0f, height = 0.0f;
    bool contains(float px, float py) const
    {
        return px >= x && px < x + width && py >= y && py < y + height;
    }
};

class ImGuiBridge {
public:
    using DrawPanels = std::function<void()>;

    explicit ImGuiBridge(DrawPanels draw_panels);
    ~ImGuiBridge();
    ImGuiBridge(const ImGuiBridge&) = delete;
    ImGuiBridge& operator=(const ImGuiBridge&) = delete;

    // Attaches drawing to `camera` (post-draw) and returns the handler to add to the viewer.
    osgGA::GUIEventHandler* attach(osg::Camera* camera);
    // Takes the drawing off the camera again (also done by the destructor).
    void detach();

    // Screen size in pixels (offscreen use, where no resize event arrives).
    void setDisplaySize(int width, int height);

    // Off: nothing is drawn and no event is taken (the scene alone, as exports render it).
    void setEnabled(bool enabled);
    bool enabled() const;

    // UI scale factor (1 = 15 px text); fonts are rebuilt on the next frame.
    void setScale(float scale);
    float scale() const;

    // Window positions and collapsed states, as ImGui's ini text (for the settings file).
    std::string layoutText() const;
    void loadLayout(const std::string& text);

    // Where ImGui drew windows in the last frame (panels, menus, tooltips, popups).
    std::vector<ScreenRect> drawnRects() const;
    // Where the window of this name (its title's "###" id) was in the last frame, if drawn.
    std::optional<ScreenRect> windowRect(const std::string& name) const;
    // Whether ImGui is using the keyboard (a text field) or the mouse (over a panel).
    bool wantsKeyboard() const;
    bool wantsMouse() const;

private:
    struct State;
    class DrawCallback;
    class EventHandler;
    std::shared_ptr<State> state_;
    osg::observer_ptr<osg::Camera> camera_;
    osg::ref_ptr<osg::Camera::DrawCallback> draw_callback_;
};

} // namespace lunar::ui
