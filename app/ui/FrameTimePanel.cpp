#include "ui/FrameTimePanel.h"

#include <imgui.h>

#include <cstdio>

namespace lunar::ui {

void drawFrameTimes(const FrameTimes& times)
{
    if (times.count() == 0) {
        ImGui::TextDisabled("no frames yet");
        return;
    }
    const float mean = times.mean();
    ImGui::Text("%.1f ms  (%.0f fps)", mean, mean > 0.0f ? 1000.0f / mean : 0.0f);
    ImGui::TextDisabled("last %.1f ms, worst %.1f ms", times.last(), times.worst());
    char overlay[32];
    std::snprintf(overlay, sizeof overlay, "last %zu frames", times.count());
    ImGui::PlotLines("##frames", times.data(), static_cast<int>(times.count()), times.offset(),
                     overlay, 0.0f, times.worst() * 1.1f,
                     ImVec2(ImGui::GetContentRegionAvail().x, 3.0f * ImGui::GetFontSize()));
}

} // namespace lunar::ui
