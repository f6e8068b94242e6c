#include "ui/AnalysisPanel.h"

#include "core/Angles.h"
#include "core/LunarError.h"
#include "io/AnalysisMapReader.h"
#include "io/DefaultDemCache.h"
#include "mission/Scenario.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace lunar::ui {

namespace fs = std::filesystem;

// One background run: the thread, what it reports, and its outcome.
struct AnalysisPanel::Job {
    Scenario scenario; // a copy: the layout may be edited while the run goes on
    analysis::SiteAnalysisRequest request;
    std::thread thread;
    std::atomic<bool> cancel{false};
    std::atomic<bool> done{false};
    mutable std::mutex mutex;
    std::string stage = "starting";
    double fraction = 0.0;
    std::string error;
    analysis::SiteAnalysisResult result;
};

AnalysisPanel::AnalysisPanel(ViewerModel& model) : model_(model) {}

AnalysisPanel::~AnalysisPanel()
{
    if (job_ && job_->thread.joinable()) {
        job_->cancel = true;
        job_->thread.join();
    }
}

bool AnalysisPanel::running() const { return job_ && !job_->done; }

void AnalysisPanel::cancel()
{
    if (job_)
        job_->cancel = true;
}

void AnalysisPanel::start()
{
    if (running())
        return;
    if (job_ && job_->thread.joinable())
        job_->thread.join();
    problem_.clear();
    auto job = std::make_unique<Job>();
    job->scenario = model_.scenario;
    analysis::SiteAnalysisRequest& r = job->request;
    try {
        r.from = UtcTime::parseIso(settings_.from, "from");
        r.to = UtcTime::parseIso(settings_.to, "to");
    } catch (const LunarError& e) {
        problem_ = e.what();
        return;
    }
    r.dem_path = model_.dem_path;
    r.assume_crs = model_.assume_crs;
    r.step_h = settings_.step_h;
    r.heights_m = {settings_.eye_height_m};
    r.max_side_px = settings_.max_side_px;
    r.scenario = &job->scenario;
    char name[200];
    std::snprintf(name, sizeof name, "%s_%dpx_%s_%s_%gh_%gm", fs::path(r.dem_path).stem().string().c_str(),
                  r.max_side_px, settings_.from.c_str(), settings_.to.c_str(), r.step_h, r.heights_m.front());
    r.out_dir = (fs::path(io::cacheDirectory()) / "analysis" / name).string();
    try {
        analysis::checkSiteAnalysisRequest(r);
    } catch (const LunarError& e) {
        problem_ = e.what();
        return;
    }
    Job* j = job.get();
    job->thread = std::thread([j] {
        try {
            j->result = analysis::runSiteAnalysis(j->request, [j](const std::string& stage, double fraction) {
                if (j->cancel)
                    throw analysis::AnalysisCancelled();
                const std::lock_guard<std::mutex> lock(j->mutex);
                j->stage = stage;
                j->fraction = fraction;
            });
        } catch (const analysis::AnalysisCancelled& e) {
            const std::lock_guard<std::mutex> lock(j->mutex);
            j->error = "cancelled";
        } catch (const std::exception& e) {
            const std::lock_guard<std::mutex> lock(j->mutex);
            j->error = e.what();
        }
        j->done = true;
    });
    job_ = std::move(job);
}

void AnalysisPanel::poll()
{
    if (!job_ || !job_->done || !job_->thread.joinable())
        return;
    job_->thread.join();
    if (!job_->error.empty()) {
        problem_ = job_->error;
        return;
    }
    out_dir_ = job_->request.out_dir;
    maps_.clear();
    for (const std::string& file : job_->result.written)
        if (fs::path(file).extension() == ".tif")
            maps_.push_back((fs::path(out_dir_) / file).string());
    sites_ = job_->result.best_sites;
    facilities_ = job_->result.facilities;
}

bool AnalysisPanel::showMap(const std::string& path)
{
    if (path.empty()) {
        model_.layers.analysis_map.clear();
        return true;
    }
    try {
        // The same read the scene makes, so the legend is the drape's scale.
        scale_ = io::readAnalysisMap(path).scale;
        model_.layers.analysis_map = path;
        return true;
    } catch (const LunarError& e) {
        problem_ = e.what();
        return false;
    }
}

void AnalysisPanel::flyOver(double lat_deg, double lon_deg)
{
    const EnuFrame local({degToRad(lat_deg), degToRad(lon_deg), 0.0});
    const LatLonHeight eye = local.selenographicFromEnu({0.0, -1500.0, 2600.0}); // 60 deg down
    CameraBookmark view;
    view.eye_lat_deg = radToDeg(eye.lat_rad);
    view.eye_lon_deg = radToDeg(eye.lon_rad);
    view.eye_height_m = eye.height_m;
    view.target_lat_deg = lat_deg;
    view.target_lon_deg = lon_deg;
    model_.navigator.flyTo(model_.pose_of(view));
}

void AnalysisPanel::drawContents()
{
    poll();
    ImGui::TextWrapped("Site maps from %s: light, Earth, cold traps, slope, suitability.",
                       fs::path(model_.dem_path).filename().string().c_str());
    const float field = ImGui::GetFontSize() * 6.5f;
    char from[32], to[32];
    std::snprintf(from, sizeof from, "%s", settings_.from.c_str());
    std::snprintf(to, sizeof to, "%s", settings_.to.c_str());
    ImGui::SetNextItemWidth(field);
    if (ImGui::InputText("from", from, sizeof from))
        settings_.from = from;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    if (ImGui::InputText("to", to, sizeof to))
        settings_.to = to;
    ImGui::SetNextItemWidth(field);
    ImGui::InputFloat("step h", &settings_.step_h, 1.0f, 6.0f, "%.0f");
    settings_.step_h = std::clamp(settings_.step_h, 1.0f, 240.0f);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    ImGui::InputFloat("eye m", &settings_.eye_height_m, 1.0f, 10.0f, "%.0f");
    settings_.eye_height_m = std::clamp(settings_.eye_height_m, 0.0f, 1000.0f);
    static const int kSides[] = {512, 1024, 2048, 0};
    static const char* const kSideLabels[] = {"512 px (seconds)", "1024 px", "2048 px", "full resolution (slow)"};
    int side = 1;
    for (int i = 0; i < 4; ++i)
        side = kSides[i] == settings_.max_side_px ? i : side;
    ImGui::SetNextItemWidth(field * 2.0f);
    if (ImGui::Combo("grid", &side, kSideLabels, 4))
        settings_.max_side_px = kSides[side];

    if (running()) {
        std::string stage;
        double fraction = 0.0;
        {
            const std::lock_guard<std::mutex> lock(job_->mutex);
            stage = job_->stage;
            fraction = job_->fraction;
        }
        ImGui::ProgressBar(static_cast<float>(fraction), ImVec2(-1.0f, 0.0f), stage.c_str());
        if (ImGui::Button("Cancel"))
            cancel();
    } else if (ImGui::Button("Compute maps")) {
        start();
    }
    if (!problem_.empty())
        ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.35f, 1.0f), "%s", problem_.c_str());
    drawResults();
}

void AnalysisPanel::drawResults()
{
    if (maps_.empty())
        return;
    ImGui::Separator();
    ImGui::TextDisabled("Drape over the terrain");
    const std::string shown = model_.layers.analysis_map;
    if (ImGui::RadioButton("none", shown.empty()))
        showMap("");
    for (const std::string& path : maps_) {
        const std::string title = analysisColourScale(path, 0.0f, 1.0f).title;
        if (ImGui::RadioButton((title + "##" + path).c_str(), shown == path))
            showMap(path);
    }
    if (!shown.empty())
        ImGui::SliderFloat("opacity", &model_.layers.analysis_opacity, 0.1f, 1.0f, "%.2f");
    ImGui::TextDisabled("in %s", out_dir_.c_str());

    if (!sites_.empty() && ImGui::CollapsingHeader("Best sites", ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::TextDisabled("rank score  light  Earth  slope");
        for (const io::BestSiteRow& s : sites_) {
            ImGui::Text("%2d  %5.1f  %4.0f%%  %4.0f%%  %4.1f deg", s.rank, s.score, s.illumination_pct, s.earth_pct,
                        s.slope_deg);
            ImGui::SameLine();
            if (ImGui::SmallButton(("Go##site" + std::to_string(s.rank)).c_str()))
                flyOver(s.lat_deg, s.lon_deg);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%.4f, %.4f", s.lat_deg, s.lon_deg);
        }
    }
    if (!facilities_.empty() && ImGui::CollapsingHeader("Facilities at their own height")) {
        ImGui::TextDisabled("light %%, longest dark h, Earth %%");
        for (const io::FacilityFiguresRow& f : facilities_) {
            if (f.on_dem)
                ImGui::Text("%-22s %6.1f %7.1f %6.1f", f.id.c_str(), f.illumination_pct,
                            f.longest_darkness_h, f.earth_pct);
            else
                ImGui::TextDisabled("%-22s off the DEM", f.id.c_str());
        }
    }
}

void AnalysisPanel::drawLegend(float bottom) const
{
    if (model_.layers.analysis_map.empty() || scale_.stops.empty())
        return;
    const ImGuiIO& io = ImGui::GetIO();
    const float gap = ImGui::GetStyle().ItemSpacing.y;
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - gap, bottom - gap), ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.82f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::Begin("##AnalysisLegend", nullptr, flags)) {
        ImGui::Text("%s%s%s%s", scale_.title.c_str(), scale_.unit.empty() ? "" : " (", scale_.unit.c_str(),
                    scale_.unit.empty() ? "" : ")");
        const float width = ImGui::GetFontSize() * 16.0f, height = ImGui::GetFontSize() * 0.9f;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        constexpr int kSegments = 48;
        for (int i = 0; i < kSegments; ++i) {
            const Rgba a = scale_.colourAt(static_cast<float>(i) / kSegments);
            const Rgba b = scale_.colourAt(static_cast<float>(i + 1) / kSegments);
            const ImU32 ca = ImGui::GetColorU32(ImVec4(a.r, a.g, a.b, std::max(a.a, 0.15f)));
            const ImU32 cb = ImGui::GetColorU32(ImVec4(b.r, b.g, b.b, std::max(b.a, 0.15f)));
            const float x0 = at.x + width * static_cast<float>(i) / kSegments;
            const float x1 = at.x + width * static_cast<float>(i + 1) / kSegments;
            draw->AddRectFilledMultiColor(ImVec2(x0, at.y), ImVec2(x1, at.y + height), ca, cb, cb, ca);
        }
        ImGui::Dummy(ImVec2(width, height));
        const auto label = [&](float value) {
            char text[32];
            std::snprintf(text, sizeof text, std::fabs(value) >= 10.0f || value == 0.0f ? "%.0f" : "%.1f", value);
            return std::string(text);
        };
        const std::string lo = label(scale_.min_value), mid = label(0.5f * (scale_.min_value + scale_.max_value)),
                          hi = label(scale_.max_value);
        ImGui::TextUnformatted(lo.c_str());
        ImGui::SameLine(0.5f * width - 0.5f * ImGui::CalcTextSize(mid.c_str()).x);
        ImGui::TextUnformatted(mid.c_str());
        ImGui::SameLine(width - ImGui::CalcTextSize(hi.c_str()).x);
        ImGui::TextUnformatted(hi.c_str());
    }
    ImGui::End();
}

} // namespace lunar::ui
