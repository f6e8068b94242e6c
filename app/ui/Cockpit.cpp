#include "ui/Cockpit.h"

#include "ui/FrameTimePanel.h"
#include "ui/HelpPanel.h"
#include "ui/PresentationCaption.h"

#include <imgui.h>
#include <osgViewer/Viewer>

#include <algorithm>
#include <array>

namespace lunar::ui {

namespace {
constexpr const char* kHelpTitle = "Keys and mouse"; // the help's window and menu item
constexpr float kNarrow_em = 19.0f;
constexpr float kWide_em = 27.0f; // panels of tables and plots
} // namespace

// Lambdas here are in the class's scope: they may reach the panels the cockpit holds.
const std::array<Cockpit::Panel, 9> Cockpit::kPanels = {{
    {PanelId::Layers, "Layers", nullptr, 0, true, Column::Left, kNarrow_em,
     false, [](Cockpit& c) { c.layers_.drawContents(); }},
    {PanelId::Camera, "Camera", nullptr, 0, true, Column::Left, kNarrow_em,
     false, [](Cockpit& c) { c.camera_.drawContents(); }},
    {PanelId::SiteInfo, "Site info", nullptr, 0, true, Column::Left, kNarrow_em,
     false, [](Cockpit& c) { c.site_.drawContents(); }},
    {PanelId::Analysis, "Analysis", nullptr, 0, false, Column::Left, kWide_em,
     false, [](Cockpit& c) { c.analysis_.drawContents(); }},
    {PanelId::Inspector, "Inspector", nullptr, 0, true, Column::Right, kWide_em,
     true, [](Cockpit& c) { c.inspector_.drawContents(); }},
    {PanelId::Measure, "Measure", "M", 'm', false, Column::Right, kWide_em,
     false, [](Cockpit& c) { c.measure_.drawContents(); }},
    {PanelId::Film, "Film", nullptr, 0, false, Column::Right, kWide_em,
     false, [](Cockpit& c) { c.film_.drawContents(); }},
    {PanelId::FrameTime, "Frame time", nullptr, 0, false, Column::Right, kNarrow_em,
     false, [](Cockpit& c) { drawFrameTimes(c.model_.frame_times); }},
    {PanelId::Help, "Help", "F1", osgGA::GUIEventAdapter::KEY_F1, false, Column::OverTheView,
     0.0f, false, [](Cockpit&) { drawHelp(&Cockpit::shortcutOf); }},
}};

const Cockpit::Panel& Cockpit::panel(PanelId id)
{
    // Every id has a row: the table is the list of panels.
    return *std::find_if(kPanels.begin(), kPanels.end(), [id](const Panel& p) { return p.id == id; });
}

Cockpit::Cockpit(ViewerModel& model, GroundHeight ground, std::string layout_save_path)
    : model_(model), timeline_(model), layers_(model), camera_(model), site_(model),
      inspector_(model, std::move(ground), layout_save_path), film_(model, layout_save_path),
      measure_(model), analysis_(model), autosaver_(model, layout_save_path)
{
}

bool Cockpit::measuring() const
{
    return !model_.presentation && panelOpen(PanelId::Measure) &&
           measure_.mode() == MeasureMode::Distance;
}

bool Cockpit::panelOpen(PanelId id) const
{
    const Panel& p = panel(id);
    return model_.settings.panelOpen(p.name, p.open_by_default);
}

void Cockpit::setPanelOpen(PanelId id, bool open) { model_.settings.panels_open[panel(id).name] = open; }

void Cockpit::drawMenuBar()
{
    if (!ImGui::BeginMainMenuBar())
        return;
    if (ImGui::BeginMenu("Panels")) {
        for (const Panel& p : kPanels) {
            bool open = panelOpen(p.id);
            if (ImGui::MenuItem(p.name, p.shortcut, &open))
                setPanelOpen(p.id, open);
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Presentation mode", "F5"))
            model_.presentation = true;
        ImGui::Separator();
        if (ImGui::MenuItem("Larger interface"))
            model_.settings.ui_size = std::min(model_.settings.ui_size * 1.15, 3.0);
        if (ImGui::MenuItem("Smaller interface"))
            model_.settings.ui_size = std::max(model_.settings.ui_size / 1.15, 0.5);
        if (ImGui::MenuItem("Interface size for this screen"))
            model_.settings.ui_size = 1.0;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Camera")) {
        CameraNavigator& nav = model_.navigator;
        if (ImGui::MenuItem("Orbit", "1", nav.mode() == NavigationMode::Orbit))
            nav.setMode(NavigationMode::Orbit);
        if (ImGui::MenuItem("Fly", "2", nav.mode() == NavigationMode::Fly))
            nav.setMode(NavigationMode::Fly);
        if (ImGui::MenuItem("Walk", "3", nav.mode() == NavigationMode::Walk))
            nav.setMode(NavigationMode::Walk);
        ImGui::Separator();
        if (ImGui::MenuItem("Home view", "H"))
            nav.flyTo(model_.home_pose);
        if (ImGui::MenuItem("Save view as a bookmark", "B"))
            camera_.saveBookmark("");
        if (ImGui::MenuItem("Add a key to the film here", "N")) {
            film_.addKeyHere();
            setPanelOpen(PanelId::Film, true);
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        bool help = panelOpen(PanelId::Help);
        if (ImGui::MenuItem(kHelpTitle, shortcutOf(PanelId::Help), &help))
            setPanelOpen(PanelId::Help, help);
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

float Cockpit::drawPanel(const Panel& p, float x, float y, float width, float max_height)
{
    ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, std::max(max_height, 1.0f)));
    ImGui::SetNextWindowBgAlpha(0.82f);
    // No scroll bar: ImGui 1.86 shows one on auto-sized windows of a fixed width even when
    // the contents fit; a panel taller than its column still scrolls with the wheel.
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoScrollbar;
    bool open = true;
    const std::string title = (p.shows_pick ? inspector_.subjectTitle() : p.name) + "###" + p.name;
    if (ImGui::Begin(title.c_str(), &open, flags))
        p.draw_contents(*this);
    const float height = ImGui::GetWindowHeight();
    ImGui::End();
    if (!open) {
        if (p.shows_pick) { // let go of what it shows
            model_.editor.clear();
            model_.selected_mission.reset();
        }
        else {
            setPanelOpen(p.id, false);
        }
    }
    return height;
}

void Cockpit::drawColumn(Column column, float top, float bottom)
{
    const ImGuiIO& io = ImGui::GetIO();
    const float gap = ImGui::GetStyle().ItemSpacing.y;
    std::vector<const Panel*> shown;
    for (const Panel& p : kPanels)
        if (p.column == column && panelOpen(p.id) && (!p.shows_pick || inspector_.hasSubject()))
            shown.push_back(&p);
    // Each panel leaves room for the title bars of those below it: a full column scrolls
    // its panels rather than pushing the last ones over the timeline.
    const float title_bar = ImGui::GetFrameHeight();
    float y = top + gap;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const float width = ImGui::GetFontSize() * shown[i]->width_em;
        const float x = column == Column::Right ? io.DisplaySize.x - width - gap : gap;
        const float below = static_cast<float>(shown.size() - 1 - i) * (title_bar + gap);
        y += drawPanel(*shown[i], x, y, width, bottom - gap - y - below) + gap;
    }
}

void Cockpit::draw()
{
    if (model_.presentation) {
        drawPresentationCaption(programmeCaption(model_.scenario, model_.events, model_.clock.now()));
        return;
    }
    drawMenuBar();
    const float top = ImGui::GetFrameHeight(); // the menu bar
    const float bottom = ImGui::GetIO().DisplaySize.y - timeline_.height();
    drawColumn(Column::Left, top, bottom);
    drawColumn(Column::Right, top, bottom);
    measure_.update(); // a plan may finish, and points come from clicks, with the panel shut
    analysis_.poll();  // a run may finish with the panel shut
    analysis_.drawLegend(bottom);
    autosaver_.drawPrompt();
    drawHelpWindow(top, bottom);
    timeline_.draw();
}

void Cockpit::drawHelpWindow(float top, float bottom)
{
    const Panel& help = panel(PanelId::Help);
    if (!panelOpen(help.id))
        return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0.5f * io.DisplaySize.x, 0.5f * (top + bottom)),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    bool open = true;
    const std::string title = std::string(kHelpTitle) + " (" + help.shortcut + ")###" + help.name;
    if (ImGui::Begin(title.c_str(), &open,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                         ImGuiWindowFlags_NoMove))
        help.draw_contents(*this);
    ImGui::End();
    if (!open)
        setPanelOpen(help.id, false);
}

bool Cockpit::shortcut(int key, unsigned modifiers)
{
    if (modifiers & (osgGA::GUIEventAdapter::MODKEY_CTRL | osgGA::GUIEventAdapter::MODKEY_ALT))
        return false;
    PlaybackClock& clock = model_.clock;
    CameraNavigator& nav = model_.navigator;
    const auto playToward = [&clock](PlaybackDirection direction) {
        // Pressed again while already playing that way: faster, as video editors do.
        if (clock.playing() && clock.direction() == direction)
            clock.stepRate(+1);
        clock.setDirection(direction);
        clock.play();
    };
    for (const Panel& p : kPanels)
        if (p.key != 0 && p.key == key) {
            setPanelOpen(p.id, !panelOpen(p.id));
            return true;
        }
    switch (key) {
    case osgGA::GUIEventAdapter::KEY_F5:
    case 'p': model_.presentation = !model_.presentation; return true;
    case osgGA::GUIEventAdapter::KEY_Escape:
        if (model_.preview)
            model_.requests.post(ViewRequests::StopPreview{});
        else if (model_.presentation)
            model_.presentation = false;
        else if (measuring() && !model_.measure->points.empty())
            model_.measure->clearPoints();
        else
            setPanelOpen(PanelId::Help, false);
        return true;
    case osgGA::GUIEventAdapter::KEY_BackSpace:
        return measuring() && model_.measure->removeLastPoint();
    case ' ': clock.togglePlay(); return true;
    case 'j': playToward(PlaybackDirection::Reverse); return true;
    case 'k': clock.pause(); return true;
    case 'l': playToward(PlaybackDirection::Forward); return true;
    case '[': clock.stepRate(-1); return true;
    case ']': clock.stepRate(+1); return true;
    case ',': timeline_.stepEvent(-1); return true;
    case '.': timeline_.stepEvent(+1); return true;
    case 'h':
    case osgGA::GUIEventAdapter::KEY_Home: nav.flyTo(model_.home_pose); return true;
    case '1': nav.setMode(NavigationMode::Orbit); return true;
    case '2': nav.setMode(NavigationMode::Fly); return true;
    case '3': nav.setMode(NavigationMode::Walk); return true;
    case 'b': camera_.saveBookmark(""); return true;
    case 'n':
        film_.addKeyHere();
        setPanelOpen(PanelId::Film, true);
        return true;
    default: return false;
    }
}

namespace {
class ShortcutHandler : public osgGA::GUIEventHandler {
public:
    ShortcutHandler(Cockpit& cockpit, const ImGuiBridge& bridge) : cockpit_(cockpit), bridge_(bridge) {}
    bool handle(const osgGA::GUIEventAdapter& ea, osgGA::GUIActionAdapter& aa) override
    {
        if (ea.getEventType() != osgGA::GUIEventAdapter::KEYDOWN || ea.getHandled() ||
            bridge_.wantsKeyboard())
            return false;
        int key = ea.getKey();
        if ((ea.getModKeyMask() & osgGA::GUIEventAdapter::MODKEY_CTRL) &&
            (key == 'q' || key == 'Q' || key == 17)) { // Ctrl+Q quits (17: X11's control code)
            if (auto* viewer = dynamic_cast<osgViewer::Viewer*>(&aa))
                viewer->setDone(true);
            return true;
        }
        if (key >= 'A' && key <= 'Z')
            key = key - 'A' + 'a';
        return cockpit_.shortcut(key, ea.getModKeyMask());
    }

private:
    Cockpit& cockpit_;
    const ImGuiBridge& bridge_;
};
} // namespace

osgGA::GUIEventHandler* makeShortcutHandler(Cockpit& cockpit, const ImGuiBridge& bridge)
{
    return new ShortcutHandler(cockpit, bridge);
}

} // namespace lunar::ui
