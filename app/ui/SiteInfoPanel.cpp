#include "ui/SiteInfoPanel.h"

#include "core/Angles.h"

#include <imgui.h>

namespace lunar::ui {

void SiteInfoPanel::drawContents()
{
    if (!model_.cursor_site) {
        ImGui::TextDisabled("Point at the terrain");
        return;
    }
    const SiteConditions& c = *model_.cursor_site;
    const float column = ImGui::GetFontSize() * 5.0f;
    const auto row = [column](const char* label) {
        ImGui::TextDisabled("%s", label);
        ImGui::SameLine(column);
    };
    row("position");
    ImGui::Text("%.4f, %.4f deg", radToDeg(c.position.lat_rad), radToDeg(c.position.lon_rad));
    row("height");
    ImGui::Text("%.1f m", c.height_m);
    row("slope");
    ImGui::Text("%.1f deg", c.slope_deg);
    row("from base");
    if (c.distance_from_origin_m < 1000.0)
        ImGui::Text("%.0f m", c.distance_from_origin_m);
    else
        ImGui::Text("%.2f km", c.distance_from_origin_m / 1000.0);
    const auto body = [&](const char* name, double el, double az, double visible) {
        row(name);
        if (visible <= 0.0)
            ImGui::TextColored(ImVec4(0.6f, 0.6f, 0.7f, 1.0f), "el %.2f  az %.1f  hidden",
                               el, az);
        else
            ImGui::Text("el %.2f  az %.1f  %.0f%% visible", el, az, 100.0 * visible);
    };
    body("Sun", c.sun_elevation_deg, c.sun_azimuth_deg, c.sun_visible_fraction);
    body("Earth", c.earth_elevation_deg, c.earth_azimuth_deg, c.earth_visible_fraction);
}

} // namespace lunar::ui
