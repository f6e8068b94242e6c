#include "ui/HelpPanel.h"

#include <imgui.h>

#include <iterator>

namespace lunar::ui {

namespace {
// The keys of a binding: written out, or a panel's shortcut, looked up when drawn.
class Keys {
public:
    Keys(const char* written) : written_(written) {}
    Keys(PanelId panel) : panel_(panel) {}
    const char* text(ShortcutOf shortcut_of) const
    {
        if (written_)
            return written_;
        const char* shortcut = shortcut_of(panel_);
        return shortcut ? shortcut : "";
    }

private:
    const char* written_ = nullptr;
    PanelId panel_ = PanelId::Help;
};

struct Binding {
    Keys keys;
    const char* what;
};

void section(const char* title, const Binding* bindings, int count, ShortcutOf shortcut_of)
{
    ImGui::TextColored(ImVec4(0.55f, 0.8f, 1.0f, 1.0f), "%s", title);
    if (ImGui::BeginTable(title, 2, ImGuiTableFlags_SizingFixedFit)) {
        for (int i = 0; i < count; ++i) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(bindings[i].keys.text(shortcut_of));
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", bindings[i].what);
        }
        ImGui::EndTable();
    }
}
} // namespace

void drawHelp(ShortcutOf shortcut_of)
{
    static const Binding kOrbit[] = {
        {"left drag", "turn around the target"},
        {"right drag, wheel", "closer / farther"},
        {"middle drag, shift + left drag", "slide the target over the ground"},
        {"double click", "fly to the point and orbit it"},
        {"W A S D, arrows", "slide the target"},
    };
    static const Binding kFly[] = {
        {"W S, up down", "forward / back along the view"},
        {"A D, left right", "sideways"},
        {"E Q, page up / down", "up / down"},
        {"left or right drag", "look around"},
        {"wheel", "faster / slower"},
        {"shift", "five times faster"},
    };
    static const Binding kWalk[] = {
        {"W A S D, arrows", "walk, eyes 1.7 m above the ground"},
        {"shift", "run"},
        {"left or right drag", "look around"},
    };
    static const Binding kGeneral[] = {
        {"1  2  3", "orbit / fly / walk (a smooth flight between them)"},
        {"H, Home", "fly back to the home view"},
        {"B", "save the view as a bookmark (Camera panel)"},
        {"N", "add a key to the film being recorded (Film panel)"},
        {"click", "pick a facility (Inspector), or a point to measure (Measure panel)"},
        {PanelId::Measure, "the Measure panel: distance, elevation profile, rover traverse"},
        {"Backspace", "remove the last measured point"},
        {"Space", "play / pause"},
        {"J  K  L", "play backward / pause / play forward"},
        {"[  ]", "slower / faster (real time .. x10^7)"},
        {",  .", "previous / next programme event"},
        {"F5, P", "presentation mode (Esc leaves it)"},
        {"Esc", "stop a film's preview, or clear the measured points"},
        {PanelId::Help, "this help"},
        {"Ctrl+Q", "quit (the panels and bookmarks are remembered)"},
        {"timeline", "click/drag: scrub; wheel: zoom; right drag: pan; shift drag: loop range"},
    };
    section("Orbit", kOrbit, static_cast<int>(std::size(kOrbit)), shortcut_of);
    section("Fly", kFly, static_cast<int>(std::size(kFly)), shortcut_of);
    section("Walk", kWalk, static_cast<int>(std::size(kWalk)), shortcut_of);
    section("Everywhere", kGeneral, static_cast<int>(std::size(kGeneral)), shortcut_of);
}

} // namespace lunar::ui
