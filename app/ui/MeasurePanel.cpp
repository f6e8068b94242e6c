#include "ui/MeasurePanel.h"

#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "core/LunarError.h"
#include "core/SelenographicFrame.h"
#include "io/ProfileCsv.h"
#include "ui/PanelText.h"
#include "ui/ProfilePlot.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <filesystem>

namespace lunar::ui {

namespace {

void row(const char* label, const std::string& value) { labelledRow(label, value, 6.5f); }


std::string duration(double seconds)
{
    const long minutes = std::lround(seconds / 60.0);
    if (minutes < 60)
        return formatNumbers("%.0f min", static_cast<double>(minutes));
    return formatNumbers("%.0f h %02.0f min", static_cast<double>(minutes / 60),
                  static_cast<double>(minutes % 60));
}

// A turning arc: the plan is running.
void spinner(double elapsed_s)
{
    const float r = 0.45f * ImGui::GetFontSize();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 centre(p.x + r, p.y + 0.5f * ImGui::GetTextLineHeight());
    const float start = static_cast<float>(elapsed_s * 6.0);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PathArcTo(centre, r, start, start + 4.5f, 24);
    draw->PathStroke(IM_COL32(255, 60, 220, 255), false, 2.0f);
    ImGui::Dummy(ImVec2(2.0f * r + ImGui::GetStyle().ItemSpacing.x, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
}

} // namespace

MeasurePanel::MeasurePanel(ViewerModel& model) : model_(model)
{
    const std::vector<Facility>& f = model_.scenario.facilities;
    if (!f.empty()) {
        from_ = f.front().id;
        to_ = f.back().id;
    }
}

MeasurePanel::~MeasurePanel()
{
    if (pending_.valid())
        pending_.wait();
}

void MeasurePanel::update()
{
    MeasureMarks& marks = *model_.measure;
    if (pending_.valid() &&
        pending_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        route_ = pending_.get();
        marks.route = route_->traverse.found ? route_->points : std::vector<LatLon>{};
        ++marks.revision;
    }
    if (marks.revision == profile_revision_)
        return;
    profile_ = {};
    profile_grid_.clear();
    marks.path.clear();
    if (!marks.points.empty() && model_.terrain_for) {
        const ViewerModel::TerrainChoice choice = model_.terrain_for(marks.points);
        if (choice.grid) {
            profile_ = surfaceProfile(*choice.grid, marks.points);
            profile_grid_ = choice.name;
            if (marks.points.size() >= 2)
                for (const ProfileSample& s : profile_.samples)
                    marks.path.push_back(s.position);
        }
    }
    ++marks.revision; // the path changed with the points
    profile_revision_ = marks.revision;
}

void MeasurePanel::exportCsv(const std::string& path)
{
    if (profile_.samples.size() < 2) {
        status_ = "nothing to export: pick two or more points on the ground";
        return;
    }
    try {
        io::writeProfileCsv(profile_, path);
        std::error_code ec;
        const std::filesystem::path written = std::filesystem::absolute(path, ec);
        status_ = "wrote " + (ec ? path : written.string()) +
                  formatNumbers(" (%.0f rows)", static_cast<double>(profile_.samples.size()));
    }
    catch (const LunarError& e) {
        status_ = e.what();
    }
}

void MeasurePanel::drawDistance()
{
    MeasureMarks& marks = *model_.measure;
    if (marks.points.size() < 2) {
        ImGui::TextWrapped("Click on the ground to add points (%d so far). Backspace removes the "
                           "last, Esc clears.",
                           static_cast<int>(marks.points.size()));
        return;
    }
    const SurfaceProfile& p = profile_;
    row("length", formatNumbers("%.1f m along the ground, %.1f m on the sphere", p.surface_length_m,
                         p.horizontal_length_m));
    row("climb", formatNumbers("%.1f m up, %.1f m down", p.climb_m, p.descent_m));
    row("steepest", formatNumbers("%.1f deg", p.max_slope_deg));
    row("samples", formatNumbers("%.0f from the ", static_cast<double>(p.samples.size())) +
                       profile_grid_ +
                       formatNumbers(", through %.0f picked points", static_cast<double>(marks.points.size())));
    if (!p.complete())
        ImGui::TextColored(ImVec4(1.0f, 0.55f, 0.3f, 1.0f),
                           "%.0f m of the path have no heights (a hole or off the DEM): "
                           "counted flat, left blank in the CSV",
                           p.missing_length_m);
    drawProfilePlot(p, rover_.max_slope_deg);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    ImGui::InputText("##csv", csv_path_, sizeof csv_path_);
    ImGui::SameLine();
    if (ImGui::Button("Export CSV..."))
        exportCsv(csv_path_);
    ImGui::SameLine();
    if (ImGui::Button("Clear"))
        marks.clearPoints();
    if (!status_.empty())
        ImGui::TextWrapped("%s", status_.c_str());
}

std::string MeasurePanel::endName(const std::string& end) const
{
    for (const Facility& f : model_.scenario.facilities)
        if (f.id == end)
            return f.name;
    return end;
}

bool MeasurePanel::endPosition(const std::string& end, LatLon& out) const
{
    const std::vector<LatLon>& points = model_.measure->points;
    if (end == kFirstPoint || end == kLastPoint) {
        if (points.empty())
            return false;
        out = end == kFirstPoint ? points.front() : points.back();
        return true;
    }
    for (const Facility& f : model_.scenario.facilities)
        if (f.id == end) {
            out = {degToRad(f.lat_deg), degToRad(f.lon_deg)};
            return true;
        }
    return false;
}

void MeasurePanel::setRouteEnds(const std::string& from, const std::string& to)
{
    from_ = from;
    to_ = to;
}

void MeasurePanel::planRoute()
{
    if (pending_.valid())
        return;
    LatLon from, to;
    route_.reset();
    const auto refuse = [this](const std::string& why) {
        route_ = GridRoute{};
        route_->traverse.problem = why;
        model_.measure->route.clear();
        ++model_.measure->revision;
    };
    if (!endPosition(from_, from) || !endPosition(to_, to))
        return refuse("pick points on the ground first, or choose two facilities");
    const ViewerModel::TerrainChoice choice =
        model_.terrain_for ? model_.terrain_for({from, to}) : ViewerModel::TerrainChoice{};
    if (!choice.grid)
        return refuse("no terrain grid holds both ends");
    const Raster<float>& h = choice.grid->heights();
    plan_grid_ = formatNumbers("%.0f x %.0f px ", h.width(), h.height()) + choice.name;
    planned_with_ = rover_;
    plan_started_ = std::chrono::steady_clock::now();
    const TerrainGrid* grid = choice.grid; // the scene's: it outlives this panel
    const TraverseOptions options = rover_;
    pending_ = std::async(std::launch::async,
                          [grid, from, to, options] { return planGridRoute(*grid, from, to, options); });
}

void MeasurePanel::drawRouteResult()
{
    const Traverse& t = route_->traverse;
    if (!t.found) {
        ImGui::TextColored(ImVec4(1.0f, 0.55f, 0.3f, 1.0f), "%s", t.problem.c_str());
        return;
    }
    const std::vector<LatLon>& points = route_->points;
    const double straight_m = sphereChord_m(points.front(), points.back());
    row("length", formatNumbers("%.0f m (straight line %.0f m, x%.2f)", t.length_m, straight_m,
                         straight_m > 0.0 ? t.length_m / straight_m : 1.0));
    row("steepest", formatNumbers("%.1f deg (limit %.0f deg)", t.max_slope_deg, planned_with_.max_slope_deg));
    if (rover_.speed_mps > 0.0)
        row("driving", duration(t.length_m / rover_.speed_mps) +
                           formatNumbers(" at %.2f m/s (%.1f km/h)", rover_.speed_mps,
                                  rover_.speed_mps * 3.6));
    row("grid", plan_grid_);
    if (rover_.max_slope_deg != planned_with_.max_slope_deg ||
        rover_.slope_weight != planned_with_.slope_weight)
        ImGui::TextDisabled("the rover's limits changed: Plan again");
    if (ImGui::Button("View from above"))
        viewFromAbove(points);
    ImGui::SameLine();
    if (ImGui::Button("Clear route")) {
        route_.reset();
        model_.measure->route.clear();
        ++model_.measure->revision;
    }
}

void MeasurePanel::drawTraverse()
{
    std::vector<std::string> ends;
    for (const Facility& f : model_.scenario.facilities)
        ends.push_back(f.id);
    ends.push_back(kFirstPoint);
    ends.push_back(kLastPoint);
    const auto combo = [&](const char* label, std::string& chosen) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
        if (ImGui::BeginCombo(label, endName(chosen).c_str())) {
            for (const std::string& end : ends)
                if (ImGui::Selectable(endName(end).c_str(), end == chosen))
                    chosen = end;
            ImGui::EndCombo();
        }
    };
    combo("from", from_);
    combo("to", to_);
    float max_slope = static_cast<float>(rover_.max_slope_deg);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
    if (ImGui::SliderFloat("max slope", &max_slope, 5.0f, 35.0f, "%.0f deg"))
        rover_.max_slope_deg = max_slope;
    float speed = static_cast<float>(rover_.speed_mps);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
    if (ImGui::SliderFloat("speed", &speed, 0.05f, 3.0f, "%.2f m/s"))
        rover_.speed_mps = speed;
    ImGui::BeginDisabled(planning());
    if (ImGui::Button("Plan"))
        planRoute();
    ImGui::EndDisabled();
    if (planning()) {
        const double elapsed_s =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - plan_started_).count();
        ImGui::SameLine();
        spinner(elapsed_s);
        ImGui::Text("planning on the %s... %.1f s", plan_grid_.c_str(), elapsed_s);
    }
    else if (route_) {
        drawRouteResult();
    }
}

void MeasurePanel::viewFromAbove(const std::vector<LatLon>& places)
{
    if (places.empty() || !model_.pose_of)
        return;
    Vec3d sum;
    for (const LatLon& p : places)
        sum = sum + moonFixedFromSelenographic({p.lat_rad, p.lon_rad, 0.0});
    const LatLonHeight centre = selenographicFromMoonFixed(sum);
    double extent_m = 0.0;
    for (const LatLon& p : places)
        extent_m = std::max(extent_m, sphereChord_m(p, {centre.lat_rad, centre.lon_rad}));
    // From the south, 60 deg down: the whole route inside a 40 deg view with a margin.
    const double distance_m = 3.5 * extent_m + 300.0;
    const EnuFrame local({centre.lat_rad, centre.lon_rad, 0.0});
    const LatLonHeight eye = local.selenographicFromEnu(
        {0.0, -0.5 * distance_m, 0.866 * distance_m});
    CameraBookmark view;
    view.eye_lat_deg = radToDeg(eye.lat_rad);
    view.eye_lon_deg = radToDeg(eye.lon_rad);
    view.eye_height_m = eye.height_m;
    view.target_lat_deg = radToDeg(centre.lat_rad);
    view.target_lon_deg = radToDeg(centre.lon_rad);
    view.target_height_m = 0.0;
    model_.navigator.flyTo(model_.pose_of(view));
}

void MeasurePanel::drawContents()
{
    update();
    int mode = mode_ == MeasureMode::Distance ? 0 : 1;
    ImGui::RadioButton("Distance and profile", &mode, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Traverse", &mode, 1);
    mode_ = mode == 0 ? MeasureMode::Distance : MeasureMode::Traverse;
    ImGui::Separator();
    if (mode_ == MeasureMode::Distance)
        drawDistance();
    else
        drawTraverse();
}

} // namespace lunar::ui
