#include "ui/PresentationCaption.h"

#include <imgui.h>

namespace lunar::ui {

void drawPresentationCaption(const ProgrammeCaption& caption, const std::string& title)
{
    const ImGuiIO& io = ImGui::GetIO();
    const float big = 1.7f, line = ImGui::GetFontSize();
    const float height = line * (big + 1.2f) + 2.0f * ImGui::GetStyle().WindowPadding.y;
    ImGui::SetNextWindowPos(ImVec2(0.0f, io.DisplaySize.y - height));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, height));
    ImGui::SetNextWindowBgAlpha(0.55f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs |
                                   ImGuiWindowFlags_NoFocusOnAppearing;
    if (ImGui::Begin("Caption", nullptr, flags)) {
        ImGui::SetWindowFontScale(big);
        ImGui::TextUnformatted(caption.date.c_str());
        if (!caption.phase.empty()) {
            const float w = ImGui::CalcTextSize(caption.phase.c_str()).x;
            ImGui::SameLine(io.DisplaySize.x - w - ImGui::GetStyle().WindowPadding.x);
            ImGui::TextColored(ImVec4(0.95f, 0.8f, 0.5f, 1.0f), "%s", caption.phase.c_str());
        }
        ImGui::SetWindowFontScale(1.0f);
        ImGui::TextColored(ImVec4(0.75f, 0.88f, 1.0f, 1.0f), "%s", caption.mission.c_str());
        if (!title.empty()) {
            const float w = ImGui::CalcTextSize(title.c_str()).x;
            ImGui::SameLine(io.DisplaySize.x - w - ImGui::GetStyle().WindowPadding.x);
            ImGui::TextUnformatted(title.c_str());
        }
    }
    ImGui::End();
}

} // namespace lunar::ui
