#include "ui/ImGuiBridge.h"

#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>

#include <osg/RenderInfo>
#include <osg/State>

#include <chrono>
#include <deque>

namespace lunar::ui {

struct ImGuiBridge::State {
    DrawPanels draw_panels;
    ImGuiContext* context = nullptr;
    bool backend_ready = false;
    float width = 1280.0f, height = 720.0f;
    std::chrono::steady_clock::time_point last_frame = std::chrono::steady_clock::now();
    // Input gathered by the event handler; applied on the draw thread. Button changes are
    // queued and replayed one per frame: a click whose press and release arrive between two
    // frames would otherwise never be seen by ImGui (1.86 reads the button state per frame).
    struct ButtonChange {
        float x, y;
        int button;
        bool down;
    };
    float mouse_x = -1.0f, mouse_y = -1.0f;
    bool mouse_down[3] = {false, false, false};
    std::deque<ButtonChange> button_changes;
    float wheel = 0.0f;
};

class ImGuiBridge::DrawCallback : public osg::Camera::DrawCallback {
public:
    explicit DrawCallback(std::shared_ptr<State> state) : state_(std::move(state)) {}

    void operator()(osg::RenderInfo& info) const override
    {
        State& s = *state_;
        ImGui::SetCurrentContext(s.context);
        if (!s.backend_ready) {
            ImGui_ImplOpenGL3_Init("#version 130");
            s.backend_ready = true;
        }
        ImGuiIO& io = ImGui::GetIO();
        const auto now = std::chrono::steady_clock::now();
        const float dt = std::chrono::duration<float>(now - s.last_frame).count();
        s.last_frame = now;
        io.DeltaTime = dt > 0.0f ? dt : 1.0f / 60.0f;
        if (const osg::Viewport* vp = info.getCurrentCamera()->getViewport()) {
            s.width = static_cast<float>(vp->width());
            s.height = static_cast<float>(vp->height());
        }
        io.DisplaySize = ImVec2(s.width, s.height);
        io.MousePos = ImVec2(s.mouse_x, s.mouse_y);
        if (!s.button_changes.empty()) {
            const State::ButtonChange change = s.button_changes.front();
            s.button_changes.pop_front();
            s.mouse_down[change.button] = change.down;
            io.MousePos = ImVec2(change.x, change.y);
        }
        for (int i = 0; i < 3; ++i)
            io.MouseDown[i] = s.mouse_down[i];
        io.MouseWheel = s.wheel;
        s.wheel = 0.0f;

        ImGui_ImplOpenGL3_NewFrame();
        ImGui::NewFrame();
        if (s.draw_panels)
            s.draw_panels();
        ImGui::Render();
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

        // ImGui changed GL state behind OSG's back.
        osg::State* state = info.getState();
        state->dirtyAllVertexArrays();
        state->dirtyAllAttributes();
        state->dirtyAllModes();
        state->setLastAppliedProgramObject(nullptr);
    }

private:
    std::shared_ptr<State> state_;
};

class ImGuiBridge::EventHandler : public osgGA::GUIEventHandler {
public:
    explicit EventHandler(std::shared_ptr<State> state) : state_(std::move(state)) {}

    bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter&) override
    {
        State& s = *state_;
        if (!s.context)
            return false;
        ImGui::SetCurrentContext(s.context);
        ImGuiIO& io = ImGui::GetIO();
        const bool flip = ea.getMouseYOrientation() == osgGA::GUIEventAdapter::Y_INCREASING_UPWARDS;
        switch (ea.getEventType()) {
        case osgGA::GUIEventAdapter::RESIZE:
            s.width = static_cast<float>(ea.getWindowWidth());
            s.height = static_cast<float>(ea.getWindowHeight());
            return false;
        case osgGA::GUIEventAdapter::MOVE:
        case osgGA::GUIEventAdapter::DRAG:
            s.mouse_x = ea.getX() - ea.getXmin();
            s.mouse_y = flip ? (ea.getYmax() - ea.getY()) : (ea.getY() - ea.getYmin());
            return io.WantCaptureMouse;
        case osgGA::GUIEventAdapter::PUSH:
        case osgGA::GUIEventAdapter::RELEASE: {
            const bool down = ea.getEventType() == osgGA::GUIEventAdapter::PUSH;
            s.mouse_x = ea.getX() - ea.getXmin();
            s.mouse_y = flip ? (ea.getYmax() - ea.getY()) : (ea.getY() - ea.getYmin());
            int button = -1;
            switch (ea.getButton()) {
            case osgGA::GUIEventAdapter::LEFT_MOUSE_BUTTON: button = 0; break;
            case osgGA::GUIEventAdapter::RIGHT_MOUSE_BUTTON: button = 1; break;
            case osgGA::GUIEventAdapter::MIDDLE_MOUSE_BUTTON: button = 2; break;
            default: break;
            }
            if (button >= 0)
                s.button_changes.push_back({s.mouse_x, s.mouse_y, button, down});
            return io.WantCaptureMouse;
        }
        case osgGA::GUIEventAdapter::SCROLL:
            s.wheel += ea.getScrollingMotion() == osgGA::GUIEventAdapter::SCROLL_UP ? 1.0f : -1.0f;
            return io.WantCaptureMouse;
        case osgGA::GUIEventAdapter::KEYDOWN:
            if (ea.getKey() > 0 && ea.getKey() < 0x10000)
                io.AddInputCharacter(static_cast<unsigned>(ea.getKey()));
            return io.WantCaptureKeyboard;
        case osgGA::GUIEventAdapter::KEYUP:
            return io.WantCaptureKeyboard;
        default:
            return false;
        }
    }

private:
    std::shared_ptr<State> state_;
};

ImGuiBridge::ImGuiBridge(DrawPanels draw_panels) : state_(std::make_shared<State>())
{
    IMGUI_CHECKVERSION();
    state_->draw_panels = std::move(draw_panels);
    state_->context = ImGui::CreateContext();
    ImGui::SetCurrentContext(state_->context);
    ImGui::GetIO().IniFilename = nullptr; // no imgui.ini left in the user's directory
    ImGui::StyleColorsDark();
}

ImGuiBridge::~ImGuiBridge()
{
    ImGui::SetCurrentContext(state_->context);
    // The GL context may already be gone; the backend's GL objects die with it.
    if (state_->backend_ready)
        ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext(state_->context);
    state_->context = nullptr;
}

osgGA::GUIEventHandler* ImGuiBridge::attach(osg::Camera* camera)
{
    camera->addPostDrawCallback(new DrawCallback(state_));
    return new EventHandler(state_);
}

void ImGuiBridge::setDisplaySize(int width, int height)
{
    state_->width = static_cast<float>(width);
    state_->height = static_cast<float>(height);
}

} // namespace lunar::ui
