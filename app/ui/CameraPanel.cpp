#include "ui/CameraPanel.h"

#include <imgui.h>

namespace lunar::ui {

void CameraPanel::saveBookmark(const std::string& name)
{
    std::string chosen = name;
    if (chosen.empty())
        chosen = "view " + std::to_string(model_.settings.bookmarks.size() + 1);
    model_.settings.bookmarks.push_back(model_.bookmark_of(chosen, model_.navigator.pose()));
}

void CameraPanel::drawContents()
{
    CameraNavigator& nav = model_.navigator;
    int mode = static_cast<int>(nav.mode());
    if (ImGui::RadioButton("Orbit", &mode, 0))
        nav.setMode(NavigationMode::Orbit);
    ImGui::SameLine();
    if (ImGui::RadioButton("Fly", &mode, 1))
        nav.setMode(NavigationMode::Fly);
    ImGui::SameLine();
    if (ImGui::RadioButton("Walk", &mode, 2))
        nav.setMode(NavigationMode::Walk);
    const double agl = nav.heightAboveGround_m();
    if (agl < 2000.0)
        ImGui::TextDisabled("%.0f m above the ground", agl);
    else
        ImGui::TextDisabled("%.1f km above the ground", agl / 1000.0);
    if (ImGui::Button("Home view (H)"))
        nav.flyTo(model_.home_pose);

    ImGui::Separator();
    ImGui::TextDisabled("Scenario cameras");
    for (const CameraBookmark& b : model_.scenario.cameras)
        if (ImGui::Selectable(b.name.c_str()))
            nav.flyTo(model_.pose_of(b));
    ImGui::TextDisabled("My bookmarks");
    std::optional<std::size_t> remove;
    for (std::size_t i = 0; i < model_.settings.bookmarks.size(); ++i) {
        const CameraBookmark& b = model_.settings.bookmarks[i];
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton("x"))
            remove = i;
        ImGui::SameLine();
        if (ImGui::Selectable(b.name.c_str()))
            nav.flyTo(model_.pose_of(b));
        ImGui::PopID();
    }
    if (remove)
        model_.settings.bookmarks.erase(model_.settings.bookmarks.begin() +
                                        static_cast<std::ptrdiff_t>(*remove));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
    const bool entered = ImGui::InputTextWithHint("##name", "name", name_, sizeof name_,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if (ImGui::Button("Save view (B)") || entered) {
        saveBookmark(name_);
        name_[0] = '\0';
    }
}

} // namespace lunar::ui
