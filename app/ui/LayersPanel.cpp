#include "ui/LayersPanel.h"

#include <imgui.h>

namespace lunar::ui {

void LayersPanel::drawContents()
{
    LayerVisibility& layers = model_.layers;
    ImGui::TextDisabled("Terrain");
    static const char* const kShadingLabels[] = {"Sunlit at the date", "Hillshade",
                                                 "Elevation colours", "Slope colours"};
    int shading = static_cast<int>(layers.shading);
    for (int i = 0; i < 4; ++i)
        if (ImGui::RadioButton(kShadingLabels[i], &shading, i))
            layers.shading = static_cast<TerrainShading>(i);
    if (layers.shading == TerrainShading::Slope)
        ImGui::TextDisabled("green flat .. yellow 20 deg .. red 30 deg");
    // The sunlit regolith's reflectance law (terrain/PhotometricModel, in its order).
    static const char* const kPhotometryLabels[] = {"Hapke (opposition surge)",
                                                    "Lunar-Lambert (McEwen)"};
    int photometry = static_cast<int>(layers.photometry);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11.0f);
    if (ImGui::Combo("regolith", &photometry, kPhotometryLabels, 2))
        layers.photometry = static_cast<PhotometricModel>(photometry);
    float exaggeration = static_cast<float>(model_.exaggeration);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::SliderFloat("exaggeration", &exaggeration, 1.0f, 10.0f, "x%.1f",
                           ImGuiSliderFlags_AlwaysClamp))
        model_.exaggeration = exaggeration;
    if (ImGui::IsItemDeactivatedAfterEdit()) // redraw once, when the slider is let go
        model_.requests.post(ViewRequests::SetExaggeration{model_.exaggeration});

    ImGui::Separator();
    ImGui::TextDisabled("Overlays");
    ImGui::Checkbox("Labels", &layers.labels);
    ImGui::Checkbox("Grid (1 / 10 / 100 km)", &layers.grid);
    ImGui::Checkbox("Stars", &layers.stars);
    ImGui::Checkbox("Keep-out circles", &layers.keep_out);
    ImGui::Checkbox("Descent paths", &layers.trajectories);
    ImGui::Checkbox("Surface detail (small craters)", &layers.detail);
    ImGui::Checkbox("Boulders and their shadows", &layers.boulders);
    ImGui::Checkbox("Landing plumes and dust", &layers.landing_effects);

    ImGui::Separator();
    ImGui::TextDisabled("Facilities of the phases");
    for (const std::string& phase : programmePhases()) {
        bool shown = layers.phaseShown(phase);
        if (ImGui::Checkbox(phase.c_str(), &shown))
            layers.showPhase(phase, shown);
    }
}

} // namespace lunar::ui
