#include "ui/TimelinePanel.h"

#include <imgui.h>

#include <array>
#include <cmath>
#include <string>

namespace lunar::ui {

namespace {
struct Rate {
    const char* label;
    double sim_seconds_per_second;
};
constexpr std::array<Rate, 5> kRates = {{{"1 day/s", 86400.0},
                                         {"1 week/s", 7 * 86400.0},
                                         {"1 month/s", 30 * 86400.0},
                                         {"1 year/s", 365.25 * 86400.0},
                                         {"5 years/s", 5 * 365.25 * 86400.0}}};
} // namespace

TimelinePanel::TimelinePanel(const Scenario& scenario, PlaybackClock& clock,
                             LayerVisibility* layers, const std::vector<ProgrammeEvent>* events)
    : scenario_(scenario), clock_(clock), layers_(layers), events_(events)
{
    clock_.setRate(kRates[static_cast<std::size_t>(rate_index_)].sim_seconds_per_second);
}

std::optional<std::string> TimelinePanel::takeCueRequest()
{
    std::optional<std::string> out;
    out.swap(cue_);
    return out;
}

void TimelinePanel::draw()
{
    const ImGuiIO& io = ImGui::GetIO();
    const float height = 78.0f;
    ImGui::SetNextWindowPos(ImVec2(0.0f, io.DisplaySize.y - height));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, height));
    ImGui::SetNextWindowBgAlpha(0.75f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings;
    if (!ImGui::Begin("Timeline", nullptr, flags)) {
        ImGui::End();
        return;
    }
    if (ImGui::Button(clock_.playing() ? "Pause" : "Play", ImVec2(70, 0)))
        clock_.togglePlay();
    if (events_) { // step through the programme's events; a mission's cues its camera
        const auto jump = [this](const std::optional<ProgrammeEvent>& e) {
            if (!e)
                return;
            clock_.pause();
            clock_.seek(e->time);
            if (e->kind != EventKind::Arrival)
                cue_ = e->subject_id;
        };
        ImGui::SameLine();
        if (ImGui::Button("|<"))
            jump(previousEvent(*events_, clock_.now()));
        ImGui::SameLine();
        if (ImGui::Button(">|"))
            jump(nextEvent(*events_, clock_.now()));
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(clock_.now().toIso().c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(110.0f);
    if (ImGui::BeginCombo("##rate", kRates[static_cast<std::size_t>(rate_index_)].label)) {
        for (int i = 0; i < static_cast<int>(kRates.size()); ++i)
            if (ImGui::Selectable(kRates[static_cast<std::size_t>(i)].label, i == rate_index_)) {
                rate_index_ = i;
                clock_.setRate(kRates[static_cast<std::size_t>(i)].sim_seconds_per_second);
            }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    const std::size_t present = scenario_.facilitiesPresentAt(clock_.now()).size();
    ImGui::Text("%s  |  facilities on site: %zu of %zu", scenario_.name.c_str(), present,
                scenario_.facilities.size());
    if (layers_) { // which programme phases to draw, and the labels
        for (const std::string& phase : programmePhases()) {
            ImGui::SameLine();
            bool shown = layers_->phaseShown(phase);
            if (ImGui::Checkbox(phase.c_str(), &shown))
                layers_->showPhase(phase, shown);
        }
        ImGui::SameLine();
        ImGui::Checkbox("labels", &layers_->labels);
    }

    // Scrub bar with a tick at each facility arrival.
    float fraction = static_cast<float>(clock_.fraction());
    ImGui::SetNextItemWidth(-1.0f);
    const std::string label = std::to_string(clock_.now().year());
    if (ImGui::SliderFloat("##scrub", &fraction, 0.0f, 1.0f, label.c_str()))
        clock_.seekFraction(fraction);
    const ImVec2 bar_min = ImGui::GetItemRectMin(), bar_max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const double span_s = clock_.end().secondsSince(clock_.start());
    for (const Facility& f : scenario_.facilities) {
        if (!f.arrival)
            continue;
        const float x = bar_min.x + static_cast<float>(f.arrival->secondsSince(clock_.start()) /
                                                       span_s) * (bar_max.x - bar_min.x);
        draw->AddLine(ImVec2(x, bar_min.y), ImVec2(x, bar_min.y + 5.0f),
                      IM_COL32(255, 200, 80, 255), 2.0f);
    }
    // Missions below the bar: launches green, touchdowns cyan, impacts red; hover for names.
    if (events_) {
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        const ProgrammeEvent* hovered = nullptr;
        for (const ProgrammeEvent& e : *events_) {
            ImU32 colour = 0;
            if (e.kind == EventKind::Launch)
                colour = IM_COL32(120, 220, 120, 255);
            else if (e.kind == EventKind::Touchdown)
                colour = IM_COL32(90, 210, 255, 255);
            else if (e.kind == EventKind::Impact)
                colour = IM_COL32(255, 90, 70, 255);
            if (!colour)
                continue;
            const float x = bar_min.x + static_cast<float>(e.time.secondsSince(clock_.start()) /
                                                           span_s) * (bar_max.x - bar_min.x);
            if (x < bar_min.x || x > bar_max.x)
                continue;
            draw->AddLine(ImVec2(x, bar_max.y - 5.0f), ImVec2(x, bar_max.y), colour, 2.0f);
            if (std::abs(mouse.x - x) < 4.0f && mouse.y > bar_min.y && mouse.y < bar_max.y + 4.0f)
                hovered = &e;
        }
        if (hovered)
            ImGui::SetTooltip("%s\n%s", hovered->label.c_str(), hovered->time.toIso().c_str());
    }
    ImGui::End();
}

} // namespace lunar::ui
