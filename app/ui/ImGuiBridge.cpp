#include "ui/ImGuiBridge.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <backends/imgui_impl_opengl3.h>

#include <osg/RenderInfo>
#include <osg/State>

#include <chrono>
#include <deque>
#include <iterator>
#include <filesystem>
#include <set>

namespace lunar::ui {

namespace {

// FreeSans (Debian fonts-freefont-ttf); ImGui's built-in font when it is missing.
constexpr const char* kUiFont = "/usr/share/fonts/truetype/freefont/FreeSans.ttf";
constexpr float kBaseFontSize_px = 15.0f;

// OSG key symbols -> indices into ImGui 1.86's io.KeysDown[512]: letters and digits by
// their upper-case ASCII code, keys without a character from 256 up.
constexpr int kSpecialBase = 256;
struct SpecialKey {
    int osg_key;
    ImGuiKey imgui_key;
};
constexpr SpecialKey kSpecialKeys[] = {
    {osgGA::GUIEventAdapter::KEY_Tab, ImGuiKey_Tab},
    {osgGA::GUIEventAdapter::KEY_Left, ImGuiKey_LeftArrow},
    {osgGA::GUIEventAdapter::KEY_Right, ImGuiKey_RightArrow},
    {osgGA::GUIEventAdapter::KEY_Up, ImGuiKey_UpArrow},
    {osgGA::GUIEventAdapter::KEY_Down, ImGuiKey_DownArrow},
    {osgGA::GUIEventAdapter::KEY_Page_Up, ImGuiKey_PageUp},
    {osgGA::GUIEventAdapter::KEY_Page_Down, ImGuiKey_PageDown},
    {osgGA::GUIEventAdapter::KEY_Home, ImGuiKey_Home},
    {osgGA::GUIEventAdapter::KEY_End, ImGuiKey_End},
    {osgGA::GUIEventAdapter::KEY_Insert, ImGuiKey_Insert},
    {osgGA::GUIEventAdapter::KEY_Delete, ImGuiKey_Delete},
    {osgGA::GUIEventAdapter::KEY_BackSpace, ImGuiKey_Backspace},
    {osgGA::GUIEventAdapter::KEY_Return, ImGuiKey_Enter},
    {osgGA::GUIEventAdapter::KEY_Escape, ImGuiKey_Escape},
    {osgGA::GUIEventAdapter::KEY_KP_Enter, ImGuiKey_KeyPadEnter},
};

int keyIndexOf(int osg_key)
{
    for (std::size_t i = 0; i < std::size(kSpecialKeys); ++i)
        if (kSpecialKeys[i].osg_key == osg_key)
            return kSpecialBase + static_cast<int>(i);
    if (osg_key >= 'a' && osg_key <= 'z')
        return osg_key - 'a' + 'A';
    if (osg_key > 32 && osg_key < 127)
        return osg_key;
    if (osg_key == ' ')
        return ' ';
    return -1;
}

struct InputEvent {
    enum class Kind { Move, Button, Key, Character, Wheel } kind;
    float x = 0.0f, y = 0.0f; // Move, Button
    int code = 0;             // button 0..2, key index, or character
    bool down = false;
    bool ctrl = false, shift = false, alt = false;
};

} // namespace

struct ImGuiBridge::State {
    DrawPanels draw_panels;
    ImGuiContext* context = nullptr;
    bool backend_ready = false;
    bool enabled = true;
    float width = 1280.0f, height = 720.0f;
    float scale = 1.0f;
    float built_scale = 0.0f; // fonts and style last built for this scale
    std::chrono::steady_clock::time_point last_frame = std::chrono::steady_clock::now();
    std::deque<InputEvent> input; // gathered by the event handler, applied on the draw thread
    std::set<int> keys_down;      // key indices whose press was queued, for their release
    std::vector<ScreenRect> drawn;

    void rebuildFontsAndStyle()
    {
        ImGuiIO& io = ImGui::GetIO();
        io.Fonts->Clear();
        const float size_px = kBaseFontSize_px * scale;
        if (!std::filesystem::exists(kUiFont) || !io.Fonts->AddFontFromFileTTF(kUiFont, size_px)) {
            ImFontConfig config;
            config.SizePixels = 13.0f * scale;
            io.Fonts->AddFontDefault(&config);
        }
        ImGuiStyle style;
        ImGui::StyleColorsDark(&style);
        style.WindowRounding = 4.0f;
        style.FrameRounding = 3.0f;
        style.ScaleAllSizes(scale);
        ImGui::GetStyle() = style;
        if (backend_ready) {
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
        built_scale = scale;
    }

    // Applies queued input up to the second change of any one button or key (that change
    // waits for the next frame, so ImGui sees both the press and the release).
    void applyInput()
    {
        ImGuiIO& io = ImGui::GetIO();
        std::set<int> changed_buttons, changed_keys;
        while (!input.empty()) {
            const InputEvent& e = input.front();
            // Every event carries the modifiers held with it: a lone Ctrl or Shift has no
            // event of its own, and a chord's letter is often let go before Ctrl.
            const auto applyModifiers = [&io, &e] {
                io.KeyCtrl = e.ctrl;
                io.KeyShift = e.shift;
                io.KeyAlt = e.alt;
            };
            if (e.kind == InputEvent::Kind::Button) {
                if (!changed_buttons.insert(e.code).second)
                    break;
                io.MousePos = ImVec2(e.x, e.y);
                io.MouseDown[e.code] = e.down;
                applyModifiers();
            }
            else if (e.kind == InputEvent::Kind::Key) {
                if (!changed_keys.insert(e.code).second)
                    break;
                io.KeysDown[e.code] = e.down;
                applyModifiers();
            }
            else if (e.kind == InputEvent::Kind::Character) {
                io.AddInputCharacter(static_cast<unsigned>(e.code));
            }
            else if (e.kind == InputEvent::Kind::Wheel) {
                io.MouseWheel += static_cast<float>(e.code);
                applyModifiers();
            }
            else {
                io.MousePos = ImVec2(e.x, e.y);
                applyModifiers();
            }
            input.pop_front();
        }
    }
};

class ImGuiBridge::DrawCallback : public osg::Camera::DrawCallback {
public:
    explicit DrawCallback(std::shared_ptr<State> state) : state_(std::move(state)) {}

    void operator()(osg::RenderInfo& info) const override
    {
        State& s = *state_;
        if (!s.enabled || !s.context)
            return;
        ImGui::SetCurrentContext(s.context);
        if (s.built_scale != s.scale)
            s.rebuildFontsAndStyle();
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
        io.MouseWheel = 0.0f;
        s.applyInput();

        ImGui_ImplOpenGL3_NewFrame();
        ImGui::NewFrame();
        if (s.draw_panels)
            s.draw_panels();
        ImGui::Render();
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

        s.drawn.clear();
        for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
            if (w->Active && !w->Hidden)
                s.drawn.push_back({w->Pos.x, w->Pos.y, w->Size.x, w->Size.y});

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
        if (!s.context || !s.enabled)
            return false;
        ImGui::SetCurrentContext(s.context);
        const ImGuiIO& io = ImGui::GetIO();
        const bool flip = ea.getMouseYOrientation() == osgGA::GUIEventAdapter::Y_INCREASING_UPWARDS;
        const float x = ea.getX() - ea.getXmin();
        const float y = flip ? (ea.getYmax() - ea.getY()) : (ea.getY() - ea.getYmin());
        const unsigned mods = ea.getModKeyMask();
        InputEvent e{};
        e.ctrl = (mods & osgGA::GUIEventAdapter::MODKEY_CTRL) != 0;
        e.shift = (mods & osgGA::GUIEventAdapter::MODKEY_SHIFT) != 0;
        e.alt = (mods & osgGA::GUIEventAdapter::MODKEY_ALT) != 0;
        switch (ea.getEventType()) {
        case osgGA::GUIEventAdapter::RESIZE:
            s.width = static_cast<float>(ea.getWindowWidth());
            s.height = static_cast<float>(ea.getWindowHeight());
            return false;
        case osgGA::GUIEventAdapter::MOVE:
        case osgGA::GUIEventAdapter::DRAG:
            e.kind = InputEvent::Kind::Move;
            e.x = x;
            e.y = y;
            s.input.push_back(e);
            return io.WantCaptureMouse;
        case osgGA::GUIEventAdapter::PUSH:
        case osgGA::GUIEventAdapter::RELEASE:
        case osgGA::GUIEventAdapter::DOUBLECLICK: {
            e.kind = InputEvent::Kind::Button;
            e.x = x;
            e.y = y;
            e.down = ea.getEventType() != osgGA::GUIEventAdapter::RELEASE;
            switch (ea.getButton()) {
            case osgGA::GUIEventAdapter::LEFT_MOUSE_BUTTON: e.code = 0; break;
            case osgGA::GUIEventAdapter::RIGHT_MOUSE_BUTTON: e.code = 1; break;
            case osgGA::GUIEventAdapter::MIDDLE_MOUSE_BUTTON: e.code = 2; break;
            default: return io.WantCaptureMouse;
            }
            s.input.push_back(e);
            return io.WantCaptureMouse;
        }
        case osgGA::GUIEventAdapter::SCROLL:
            if (ea.getScrollingMotion() != osgGA::GUIEventAdapter::SCROLL_UP &&
                ea.getScrollingMotion() != osgGA::GUIEventAdapter::SCROLL_DOWN)
                return io.WantCaptureMouse; // sideways: nothing scrolls sideways here
            e.kind = InputEvent::Kind::Wheel;
            e.code = ea.getScrollingMotion() == osgGA::GUIEventAdapter::SCROLL_UP ? 1 : -1;
            s.input.push_back(e);
            return io.WantCaptureMouse;
        case osgGA::GUIEventAdapter::KEYDOWN:
        case osgGA::GUIEventAdapter::KEYUP: {
            const bool down = ea.getEventType() == osgGA::GUIEventAdapter::KEYDOWN;
            const int key = ea.getKey();
            const int index = keyIndexOf(key);
            // Letters and digits matter to ImGui as keys only in chords (Ctrl+A, Ctrl+Z);
            // typed, they are characters, so typing "2031" is not spread over many frames.
            const bool character_only = index < kSpecialBase && index != ' ' && !e.ctrl;
            // A key's release goes through whenever its press did (Ctrl let go first).
            const bool send = index >= 0 && (down ? !character_only : s.keys_down.count(index) > 0);
            if (send) {
                if (down)
                    s.keys_down.insert(index);
                else
                    s.keys_down.erase(index);
                e.kind = InputEvent::Kind::Key;
                e.code = index;
                e.down = down;
                s.input.push_back(e);
            }
            // Characters for text fields: printable, not a control chord. X keysyms are
            // Latin-1 below 0x100 and Unicode + 0x01000000 above; the rest (AltGr, dead
            // keys, function keys) are not characters.
            const int character = key >= 0x01000000 ? key - 0x01000000 : (key < 0x100 ? key : -1);
            if (down && !e.ctrl && !e.alt && character >= 32 && character != 127) {
                InputEvent c{};
                c.kind = InputEvent::Kind::Character;
                c.code = character;
                s.input.push_back(c);
            }
            return io.WantCaptureKeyboard;
        }
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
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // the layout goes to the viewer's settings, written atomically
    io.MouseDrawCursor = false;
    for (std::size_t i = 0; i < std::size(kSpecialKeys); ++i)
        io.KeyMap[kSpecialKeys[i].imgui_key] = kSpecialBase + static_cast<int>(i);
    io.KeyMap[ImGuiKey_Space] = ' ';
    io.KeyMap[ImGuiKey_A] = 'A';
    io.KeyMap[ImGuiKey_C] = 'C';
    io.KeyMap[ImGuiKey_V] = 'V';
    io.KeyMap[ImGuiKey_X] = 'X';
    io.KeyMap[ImGuiKey_Y] = 'Y';
    io.KeyMap[ImGuiKey_Z] = 'Z';
    state_->rebuildFontsAndStyle();
}

ImGuiBridge::~ImGuiBridge()
{
    detach();
    ImGui::SetCurrentContext(state_->context);
    // The GL context may already be gone; the backend's GL objects die with it.
    if (state_->backend_ready)
        ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext(state_->context);
    state_->context = nullptr;
}

osgGA::GUIEventHandler* ImGuiBridge::attach(osg::Camera* camera)
{
    detach();
    camera_ = camera;
    draw_callback_ = new DrawCallback(state_);
    camera->addPostDrawCallback(draw_callback_.get());
    return new EventHandler(state_);
}

void ImGuiBridge::detach()
{
    osg::ref_ptr<osg::Camera> camera;
    if (camera_.lock(camera) && draw_callback_)
        camera->removePostDrawCallback(draw_callback_.get());
    draw_callback_ = nullptr;
    camera_ = nullptr;
}

void ImGuiBridge::setDisplaySize(int width, int height)
{
    state_->width = static_cast<float>(width);
    state_->height = static_cast<float>(height);
}

void ImGuiBridge::setEnabled(bool enabled)
{
    state_->enabled = enabled;
    if (!enabled)
        state_->drawn.clear();
}

bool ImGuiBridge::enabled() const { return state_->enabled; }

void ImGuiBridge::setScale(float scale) { state_->scale = scale > 0.25f ? scale : 0.25f; }

float ImGuiBridge::scale() const { return state_->scale; }

std::string ImGuiBridge::layoutText() const
{
    ImGui::SetCurrentContext(state_->context);
    std::size_t size = 0;
    const char* text = ImGui::SaveIniSettingsToMemory(&size);
    return std::string(text, size);
}

void ImGuiBridge::loadLayout(const std::string& text)
{
    ImGui::SetCurrentContext(state_->context);
    ImGui::LoadIniSettingsFromMemory(text.c_str(), text.size());
}

std::vector<ScreenRect> ImGuiBridge::drawnRects() const { return state_->drawn; }

std::optional<ScreenRect> ImGuiBridge::windowRect(const std::string& name) const
{
    ImGui::SetCurrentContext(state_->context);
    const ImGuiID id = ImHashStr(("###" + name).c_str());
    for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if ((w->ID == id || w->Name == name) && w->Active && !w->Hidden)
            return ScreenRect{w->Pos.x, w->Pos.y, w->Size.x, w->Size.y};
    return std::nullopt;
}

bool ImGuiBridge::wantsKeyboard() const
{
    ImGui::SetCurrentContext(state_->context);
    return state_->enabled && ImGui::GetIO().WantCaptureKeyboard;
}

bool ImGuiBridge::wantsMouse() const
{
    ImGui::SetCurrentContext(state_->context);
    return state_->enabled && ImGui::GetIO().WantCaptureMouse;
}

} // namespace lunar::ui
