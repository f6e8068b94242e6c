#include "ui/SkyStripView.h"

#include "astro/BodyTrack.h"
#include "astro/MoonCentredEphemeris.h"
#include "core/Angles.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace lunar::ui {

namespace {

constexpr double kStep_s = 3.0 * 3600.0; // 2920 instants a year: strips sharper than a pixel

SkyStripView::Strips compute(std::string key, int year, LatLon place, double height_m,
                             std::vector<const TerrainGrid*> grids,
                             std::shared_ptr<const astro::BodyTrack> track)
{
    SkyStripView::Strips out;
    out.key = std::move(key);
    out.year = year;
    out.from = UtcTime::fromCalendar(year, 1, 1, 0, 0, 0.0);
    out.step_s = kStep_s;
    out.track = track; // kept through an off-the-DEM pick
    const PointHorizon horizon = marchPointHorizonOnGrids(grids, place, height_m);
    const TerrainGrid* frame_grid = nullptr;
    for (const TerrainGrid* g : grids)
        frame_grid = frame_grid == nullptr && g != nullptr && g->contains(place) ? g : frame_grid;
    if (horizon.elevation_deg.empty() || frame_grid == nullptr) {
        out.problem = "off the DEM";
        return out;
    }
    if (!track)
        track = std::make_shared<const astro::BodyTrack>(astro::bodyTrack(
            out.from, UtcTime::fromCalendar(year + 1, 1, 1, 0, 0, 0.0), kStep_s));
    out.track = track;
    double col = 0.0, row = 0.0;
    frame_grid->pixelOf(place, col, row);
    out.sun = pointExposure(*frame_grid, col, row, horizon, {track->sun_m, astro::kSunRadius_m});
    out.earth = pointExposure(*frame_grid, col, row, horizon, {track->earth_m, astro::kEarthEquatorialRadius_m});
    return out;
}

// One strip: each column the mean share over its instants, from `dark` to `bright`.
void drawStrip(const std::vector<float>& fraction, ImVec2 at, float width, float height, const ImVec4& bright)
{
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const int columns = std::max(1, static_cast<int>(width));
    const std::size_t n = fraction.size();
    for (int x = 0; x < columns && n > 0; ++x) {
        const std::size_t i0 = n * static_cast<std::size_t>(x) / static_cast<std::size_t>(columns);
        const std::size_t i1 = std::max(i0 + 1, n * static_cast<std::size_t>(x + 1) / static_cast<std::size_t>(columns));
        float sum = 0.0f;
        for (std::size_t i = i0; i < std::min(i1, n); ++i)
            sum += fraction[i];
        const float f = sum / static_cast<float>(std::min(i1, n) - i0);
        const ImVec4 c(0.12f + (bright.x - 0.12f) * f, 0.12f + (bright.y - 0.12f) * f, 0.14f + (bright.z - 0.14f) * f, 1.0f);
        draw->AddRectFilled(ImVec2(at.x + static_cast<float>(x), at.y), ImVec2(at.x + static_cast<float>(x + 1), at.y + height),
                            ImGui::GetColorU32(c));
    }
}

} // namespace

SkyStripView::~SkyStripView()
{
    if (pending_.valid())
        pending_.wait();
}

void SkyStripView::draw(const Facility& f)
{
    const int year = model_.clock.now().year();
    char key[200];
    std::snprintf(key, sizeof key, "%s %.7f %.7f %.2f %d", f.id.c_str(), f.lat_deg, f.lon_deg, f.height_m, year);
    if (pending_.valid() && pending_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        shown_ = pending_.get();
        pending_key_.clear();
    }
    const bool current = shown_ && shown_->key == key;
    if (!current && !pending_.valid() && !model_.grids_as_read.empty()) {
        pending_key_ = key;
        std::shared_ptr<const astro::BodyTrack> track =
            shown_ && shown_->year == year ? shown_->track : nullptr;
        pending_ = std::async(std::launch::async, compute, std::string(key), year,
                              LatLon{degToRad(f.lat_deg), degToRad(f.lon_deg)}, f.height_m,
                              model_.grids_as_read, std::move(track));
    }
    ImGui::TextDisabled("Sky through %d, from its top (%.0f m up)", year, f.height_m);
    if (!current) {
        ImGui::TextDisabled("computing the Sun and the Earth over its horizon...");
        return;
    }
    if (!shown_->problem.empty()) {
        ImGui::TextDisabled("%s", shown_->problem.c_str());
        return;
    }
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = ImGui::GetFontSize() * 0.8f;
    const float gap = 2.0f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    drawStrip(shown_->sun.fraction, at, width, height, ImVec4(1.0f, 0.85f, 0.3f, 1.0f));
    drawStrip(shown_->earth.fraction, ImVec2(at.x, at.y + height + gap), width, height, ImVec4(0.4f, 0.75f, 1.0f, 1.0f));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float bottom = at.y + 2.0f * height + gap;
    for (int month = 1; month < 12; ++month) { // month ticks
        const double s = UtcTime::fromCalendar(year, month + 1, 1, 0, 0, 0.0).secondsSince(shown_->from);
        const float x = at.x + width * static_cast<float>(s / (365.25 * 86400.0));
        draw->AddLine(ImVec2(x, bottom), ImVec2(x, bottom + 3.0f), ImGui::GetColorU32(ImGuiCol_TextDisabled));
    }
    const double now_s = model_.clock.now().secondsSince(shown_->from);
    const double year_s = static_cast<double>(shown_->sun.fraction.size()) * shown_->step_s;
    const float cursor = at.x + width * static_cast<float>(std::clamp(now_s / year_s, 0.0, 1.0));
    draw->AddLine(ImVec2(cursor, at.y - 2.0f), ImVec2(cursor, bottom + 2.0f), IM_COL32(255, 255, 255, 230), 2.0f);
    ImGui::Dummy(ImVec2(width, 2.0f * height + gap + 4.0f));
    ImGui::Text("Sun %.0f%% of the year, longest night %.1f d;  Earth %.0f%%", 100.0 * shown_->sun.mean_fraction,
                shown_->sun.longest_dark * shown_->step_s / 86400.0, 100.0 * shown_->earth.mean_fraction);
}

} // namespace lunar::ui
