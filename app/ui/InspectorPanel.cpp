#include "ui/InspectorPanel.h"

#include "core/LunarError.h"
#include "io/ScenarioWriter.h"
#include "ui/PanelText.h"

#include <imgui.h>

#include <array>
#include <cstdio>

namespace lunar::ui {

namespace {
constexpr std::array<double, 3> kSteps_m = {1.0, 10.0, 50.0};
constexpr std::array<const char*, 3> kStepLabels = {"1 m", "10 m", "50 m"};

void row(const char* label, const std::string& value) { labelledRow(label, value, 7.0f); }

} // namespace

InspectorPanel::InspectorPanel(ViewerModel& model, GroundHeight ground, std::string save_path)
    : model_(model), scenario_(model.scenario), editor_(model.editor), ground_(std::move(ground)),
      save_path_(std::move(save_path)), sky_(model)
{
}

const Mission* InspectorPanel::selectedMission() const
{
    if (!model_.selected_mission || editor_.selected())
        return nullptr;
    for (const Mission& m : scenario_.missions)
        if (m.id == *model_.selected_mission)
            return &m;
    return nullptr;
}

bool InspectorPanel::hasSubject() const { return editor_.selected() || selectedMission(); }

std::string InspectorPanel::subjectTitle() const
{
    if (const Facility* f = editor_.selected())
        return f->name + " (" + f->id + ")";
    if (const Mission* m = selectedMission())
        return m->name + " (" + m->agency + ")";
    return "Inspector";
}

void InspectorPanel::drawMission(const Mission& m)
{
    row("vehicle", m.vehicle);
    row("outcome", m.outcome);
    row("launch", m.launch ? m.launch->toIso() : "not announced");
    row("landing", m.landing ? m.landing->toIso() : "not announced");
    row("site", m.at_base ? formatNumbers("at the base, %.4f, %.4f deg", m.site_lat_deg, m.site_lon_deg)
                          : formatNumbers("%.4f, %.4f deg", m.site_lat_deg, m.site_lon_deg));
    if (m.launch_mass_kg)
        row("launch mass", formatNumbers("%.0f kg", *m.launch_mass_kg));
    if (m.landed_mass_kg)
        row("landed mass", formatNumbers("%.0f kg", *m.landed_mass_kg));
    row("descent", std::string(descentProfileName(m.profile)) +
                       formatNumbers(", approach from azimuth %.0f deg", m.approach_azimuth_deg));
    if (!m.note.empty())
        row("note", m.note);
    if (m.landing && ImGui::Button("Go to the landing")) {
        model_.clock.pause();
        model_.clock.seek(m.landing->plusSeconds(-60.0));
        model_.requests.post(ViewRequests::CueMission{m.id});
    }
    if (ImGui::TreeNode("Sources")) {
        row("mission", m.source);
        for (const auto& [fact, source] : m.sources)
            row(fact.c_str(), source);
        ImGui::TreePop();
    }
}

void InspectorPanel::drawFacts(const Facility& f)
{
    row("category", f.category + " / " + f.phase);
    row("status", f.status + (f.status == "notional" ? " (no source gives its placement)" : ""));
    row("arrival", f.arrival ? f.arrival->toIso() : "always present");
    row("position", formatNumbers("%.6f, %.6f deg", f.lat_deg, f.lon_deg));
    row("heading", formatNumbers("%.1f deg", f.heading_deg));
    row("size", formatNumbers("%.1f x %.1f x %.1f m", f.length_m, f.width_m, f.height_m));
    row("footprint", formatNumbers("%.1f m radius", f.footprint_radius_m));
    if (f.keep_out_radius_m > 0.0)
        row("keep-out", formatNumbers("%.0f m: ", f.keep_out_radius_m) + f.keep_out_reason);
    try {
        const FootprintSurvey s = surveyFootprint(f, ground_);
        row("ground", formatNumbers("slope %.1f deg, base %.1f m, pad %.1f m deep", s.slope_deg,
                             s.base_m, s.pad_depth_m) +
                          (s.too_steep ? "  TOO STEEP" : ""));
    }
    catch (const LunarError& e) {
        row("ground", e.what());
    }
    std::string near;
    for (const Neighbour& n : editor_.neighbours(f.id))
        near += n.id + formatNumbers(" %.0f m; ", n.distance_m);
    row("nearest", near);
    for (const KeepOutConflict& c : keepOutConflicts(scenario_.facilities))
        if (c.zone_id == f.id || c.inside_id == f.id)
            ImGui::TextColored(ImVec4(1.0f, 0.5f, 0.3f, 1.0f), "%s", c.describe().c_str());
    sky_.draw(f);
    if (ImGui::TreeNode("Sources")) {
        row("facility", f.source);
        for (const std::string& fact : facilityFacts())
            if (f.sources.count(fact))
                row(fact.c_str(), f.sources.at(fact));
        ImGui::TreePop();
    }
}

void InspectorPanel::drawEdits()
{
    ImGui::Separator();
    ImGui::SetNextItemWidth(70.0f);
    ImGui::Combo("step", &step_index_, kStepLabels.data(), static_cast<int>(kStepLabels.size()));
    const double step = kSteps_m[static_cast<std::size_t>(step_index_)];
    const auto edited = [this] {
        model_.requests.post(ViewRequests::RebuildFacility{editor_.lastChanged()});
    };
    ImGui::SameLine();
    if (ImGui::Button("W")) { editor_.moveBy(-step, 0.0); edited(); }
    ImGui::SameLine();
    if (ImGui::Button("E")) { editor_.moveBy(step, 0.0); edited(); }
    ImGui::SameLine();
    if (ImGui::Button("N")) { editor_.moveBy(0.0, step); edited(); }
    ImGui::SameLine();
    if (ImGui::Button("S")) { editor_.moveBy(0.0, -step); edited(); }
    ImGui::SameLine();
    if (ImGui::Button("-15 deg")) { editor_.turnBy(-15.0); edited(); }
    ImGui::SameLine();
    if (ImGui::Button("+15 deg")) { editor_.turnBy(15.0); edited(); }
    ImGui::BeginDisabled(editor_.undoDepth() == 0);
    if (ImGui::Button("Undo") && editor_.undo())
        edited();
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!editor_.dirty());
    if (ImGui::Button("Save layout")) {
        try {
            io::saveScenario(scenario_, save_path_);
            editor_.markSaved();
            status_ = "saved " + save_path_;
        }
        catch (const LunarError& e) {
            status_ = e.what();
        }
    }
    ImGui::EndDisabled();
    if (!status_.empty())
        ImGui::TextWrapped("%s", status_.c_str());
}

void InspectorPanel::drawContents()
{
    if (const Facility* f = editor_.selected()) {
        drawFacts(*f);
        drawEdits();
    }
    else if (const Mission* m = selectedMission()) {
        drawMission(*m);
    }
}

} // namespace lunar::ui
