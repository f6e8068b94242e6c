#include "ui/ProfilePlot.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lunar::ui {

namespace {

ImU32 slopeColour(double slope_deg, double limit_deg)
{
    const double steep = std::abs(slope_deg);
    if (std::isnan(steep))
        return IM_COL32(140, 140, 140, 255);
    if (steep <= 0.5 * limit_deg)
        return IM_COL32(90, 210, 110, 255);
    if (steep <= limit_deg)
        return IM_COL32(240, 190, 60, 255);
    return IM_COL32(240, 70, 60, 255);
}

struct Range {
    double low = 0.0, high = 1.0;
};

Range elevationRange(const SurfaceProfile& p)
{
    Range r{1e300, -1e300};
    for (const ProfileSample& s : p.samples)
        if (!std::isnan(s.elevation_m)) {
            r.low = std::min(r.low, s.elevation_m);
            r.high = std::max(r.high, s.elevation_m);
        }
    if (r.low > r.high)
        return {0.0, 1.0};
    // At least 10 m tall, so flat ground is drawn flat rather than its noise magnified.
    const double pad = std::max(0.08 * (r.high - r.low), 0.5 * std::max(0.0, 10.0 - (r.high - r.low)));
    return {r.low - pad, r.high + pad};
}

// The sample nearest a distance along the ground.
const ProfileSample& sampleAt(const SurfaceProfile& p, double distance_m)
{
    const auto it = std::lower_bound(
        p.samples.begin(), p.samples.end(), distance_m,
        [](const ProfileSample& s, double d) { return s.surface_m < d; });
    if (it == p.samples.end())
        return p.samples.back();
    if (it != p.samples.begin() && distance_m - std::prev(it)->surface_m < it->surface_m - distance_m)
        return *std::prev(it);
    return *it;
}

} // namespace

void drawProfilePlot(const SurfaceProfile& profile, double slope_limit_deg)
{
    if (profile.samples.size() < 2 || profile.surface_length_m <= 0.0)
        return;
    const float font = ImGui::GetFontSize();
    const float label_w = font * 3.6f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float plot_h = font * 7.0f, slope_h = font * 3.0f, gap = font * 0.8f;
    const ImVec2 box0(origin.x + label_w, origin.y), box1(origin.x + width, origin.y + plot_h);
    const ImVec2 strip0(box0.x, box1.y + gap), strip1(box1.x, box1.y + gap + slope_h);
    ImGui::InvisibleButton("##profile", ImVec2(width, plot_h + gap + slope_h + font * 1.2f));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(box0, box1, IM_COL32(20, 22, 28, 200));
    draw->AddRectFilled(strip0, strip1, IM_COL32(20, 22, 28, 200));

    const Range e = elevationRange(profile);
    const double length_m = profile.surface_length_m;
    const double slope_span = std::max(slope_limit_deg * 1.25, 5.0);
    const auto xOf = [&](double d) {
        return box0.x + static_cast<float>(d / length_m) * (box1.x - box0.x);
    };
    const auto yOf = [&](double h) {
        return box1.y - static_cast<float>((h - e.low) / (e.high - e.low)) * (box1.y - box0.y);
    };
    const float strip_mid = 0.5f * (strip0.y + strip1.y);
    const auto slopeY = [&](double slope_deg) {
        const double clamped = std::clamp(slope_deg, -slope_span, slope_span);
        return strip_mid - static_cast<float>(clamped / slope_span) * 0.5f * (strip1.y - strip0.y);
    };
    // The rover's limit, both ways, and level ground.
    for (double limit : {slope_limit_deg, -slope_limit_deg})
        draw->AddLine(ImVec2(strip0.x, slopeY(limit)), ImVec2(strip1.x, slopeY(limit)),
                      IM_COL32(240, 70, 60, 110));
    draw->AddLine(ImVec2(strip0.x, strip_mid), ImVec2(strip1.x, strip_mid), IM_COL32(160, 160, 160, 90));

    for (std::size_t i = 1; i < profile.samples.size(); ++i) {
        const ProfileSample& a = profile.samples[i - 1];
        const ProfileSample& b = profile.samples[i];
        const float xa = xOf(a.surface_m), xb = xOf(b.surface_m);
        if (std::isnan(a.elevation_m) || std::isnan(b.elevation_m)) {
            // No data here: a band, not a line.
            draw->AddRectFilled(ImVec2(xa, box0.y), ImVec2(std::max(xb, xa + 1.0f), box1.y),
                                IM_COL32(120, 60, 60, 90));
            continue;
        }
        const ImU32 colour = slopeColour(b.slope_deg, slope_limit_deg);
        draw->AddQuadFilled(ImVec2(xa, yOf(a.elevation_m)), ImVec2(xb, yOf(b.elevation_m)),
                            ImVec2(xb, box1.y), ImVec2(xa, box1.y), (colour & 0x00FFFFFF) | 0x30000000);
        draw->AddLine(ImVec2(xa, yOf(a.elevation_m)), ImVec2(xb, yOf(b.elevation_m)), colour, 2.0f);
        if (!std::isnan(a.slope_deg) && !std::isnan(b.slope_deg))
            draw->AddLine(ImVec2(xa, slopeY(a.slope_deg)), ImVec2(xb, slopeY(b.slope_deg)),
                          slopeColour(b.slope_deg, slope_limit_deg), 1.5f);
    }

    char text[96];
    const ImU32 label = IM_COL32(200, 200, 200, 255);
    std::snprintf(text, sizeof text, "%.0f m", e.high);
    draw->AddText(ImVec2(origin.x, box0.y), label, text);
    std::snprintf(text, sizeof text, "%.0f m", e.low);
    draw->AddText(ImVec2(origin.x, box1.y - font), label, text);
    std::snprintf(text, sizeof text, "+%.0f deg", slope_span);
    draw->AddText(ImVec2(origin.x, strip0.y), label, text);
    std::snprintf(text, sizeof text, "-%.0f deg", slope_span);
    draw->AddText(ImVec2(origin.x, strip1.y - font), label, text);
    draw->AddText(ImVec2(strip0.x, strip1.y + 0.1f * font), label, "0");
    std::snprintf(text, sizeof text, "%.0f m along the ground", length_m);
    draw->AddText(ImVec2(strip1.x - ImGui::CalcTextSize(text).x, strip1.y + 0.1f * font), label, text);

    // The colours' key, on one line under the plot.
    const auto key = [&](ImU32 colour, const char* what) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float side = 0.7f * font;
        draw->AddRectFilled(ImVec2(p.x, p.y + 0.2f * font), ImVec2(p.x + side, p.y + 0.2f * font + side), colour);
        ImGui::Dummy(ImVec2(side, font));
        ImGui::SameLine();
        ImGui::TextDisabled("%s", what);
        ImGui::SameLine();
    };
    std::snprintf(text, sizeof text, "up to %.0f deg", 0.5 * slope_limit_deg);
    key(slopeColour(0.0, slope_limit_deg), text);
    std::snprintf(text, sizeof text, "up to %.0f (rover limit)", slope_limit_deg);
    key(slopeColour(0.75 * slope_limit_deg, slope_limit_deg), text);
    key(slopeColour(2.0 * slope_limit_deg, slope_limit_deg), "steeper");
    ImGui::NewLine();

    if (hovered) {
        const float mx = std::clamp(ImGui::GetIO().MousePos.x, box0.x, box1.x);
        const ProfileSample& s = sampleAt(profile, (mx - box0.x) / (box1.x - box0.x) * length_m);
        draw->AddLine(ImVec2(xOf(s.surface_m), box0.y), ImVec2(xOf(s.surface_m), strip1.y),
                      IM_COL32(255, 255, 255, 140));
        if (std::isnan(s.elevation_m))
            ImGui::SetTooltip("%.0f m: no height (a hole in the DEM)", s.surface_m);
        else
            ImGui::SetTooltip("%.0f m: %.1f m high, slope %+.1f deg", s.surface_m,
                              s.elevation_m, s.slope_deg);
    }
}

} // namespace lunar::ui
