#include "ui/TimelinePanel.h"

#include "core/LunarError.h"
#include "mission/ProgrammeCaption.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <cstring>

namespace lunar::ui {

namespace {

// "x10^6  (11.6 days/s)": the rate and what it means.
std::string rateLabel(double rate)
{
    const int power = static_cast<int>(std::lround(std::log10(rate)));
    char prefix[16];
    if (power == 0)
        std::snprintf(prefix, sizeof prefix, "real time");
    else if (power <= 3)
        std::snprintf(prefix, sizeof prefix, "x%.0f", rate);
    else
        std::snprintf(prefix, sizeof prefix, "x10^%d", power);
    const double per_s = rate;
    char meaning[32];
    if (per_s < 60.0)
        std::snprintf(meaning, sizeof meaning, "%.0f s/s", per_s);
    else if (per_s < 3600.0)
        std::snprintf(meaning, sizeof meaning, "%.3g min/s", per_s / 60.0);
    else if (per_s < 86400.0)
        std::snprintf(meaning, sizeof meaning, "%.3g h/s", per_s / 3600.0);
    else
        std::snprintf(meaning, sizeof meaning, "%.3g days/s", per_s / 86400.0);
    return power == 0 ? prefix : std::string(prefix) + "  (" + meaning + ")";
}

ImU32 phaseColour(const std::string& phase)
{
    if (phase == "reconnaissance")
        return IM_COL32(70, 110, 170, 200);
    if (phase == "construction")
        return IM_COL32(170, 120, 50, 200);
    return IM_COL32(60, 140, 80, 200); // utilization
}

ImU32 eventColour(EventKind kind)
{
    switch (kind) {
    case EventKind::Arrival: return IM_COL32(255, 200, 80, 255);
    case EventKind::Launch: return IM_COL32(120, 220, 120, 255);
    case EventKind::Touchdown: return IM_COL32(90, 210, 255, 255);
    case EventKind::Impact: return IM_COL32(255, 90, 70, 255);
    case EventKind::DescentStart:
    case EventKind::Phase: return IM_COL32(170, 170, 190, 255);
    }
    return IM_COL32_WHITE;
}

// A button drawn highlighted while its mode is on.
bool toggleButton(const char* label, bool on)
{
    if (on)
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool pressed = ImGui::Button(label);
    if (on)
        ImGui::PopStyleColor();
    return pressed;
}

} // namespace

TimelinePanel::TimelinePanel(ViewerModel& model)
    : model_(model), scale_(model.clock.start(), model.clock.end()),
      loop_anchor_(model.clock.start())
{
}

float TimelinePanel::height() const
{
    const ImGuiStyle& style = ImGui::GetStyle();
    return style.WindowPadding.y * 2.0f + ImGui::GetFrameHeightWithSpacing() +
           3.4f * ImGui::GetFontSize();
}

void TimelinePanel::stepEvent(int direction)
{
    const std::optional<ProgrammeEvent> e = direction < 0
                                                ? previousEvent(model_.events, model_.clock.now())
                                                : nextEvent(model_.events, model_.clock.now());
    if (!e)
        return;
    model_.clock.pause();
    model_.clock.seek(e->time);
    scale_.follow(e->time);
    if (e->kind != EventKind::Arrival)
        model_.requests.post(ViewRequests::CueMission{e->subject_id});
}

void TimelinePanel::drawTransport()
{
    PlaybackClock& clock = model_.clock;
    const bool forward = clock.direction() == PlaybackDirection::Forward;
    if (ImGui::Button("|<"))
        stepEvent(-1);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Previous event (,)");
    ImGui::SameLine();
    if (toggleButton(" < ", clock.playing() && !forward)) {
        clock.setDirection(PlaybackDirection::Reverse);
        clock.play();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Play in reverse (J)");
    ImGui::SameLine();
    if (toggleButton(" || ", !clock.playing()))
        clock.pause();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Pause (K, Space)");
    ImGui::SameLine();
    if (toggleButton(" > ", clock.playing() && forward)) {
        clock.setDirection(PlaybackDirection::Forward);
        clock.play();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Play (L, Space)");
    ImGui::SameLine();
    if (ImGui::Button(">|"))
        stepEvent(+1);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Next event (.)");

    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11.0f);
    if (ImGui::BeginCombo("##rate", rateLabel(clock.rate()).c_str())) {
        for (double rate : playbackRatePresets())
            if (ImGui::Selectable(rateLabel(rate).c_str(), rate == clock.rate()))
                clock.setRate(rate);
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Playback rate ([ slower, ] faster)");
    model_.settings.playback_rate = clock.rate();

    // The date: shows the clock; typed into, Enter jumps there.
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11.5f);
    const bool entered = ImGui::InputText("##date", date_text_, sizeof date_text_,
                                          ImGuiInputTextFlags_EnterReturnsTrue |
                                              ImGuiInputTextFlags_AutoSelectAll);
    const bool editing = ImGui::IsItemActive();
    date_field_ = {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y,
                   ImGui::GetItemRectSize().x, ImGui::GetItemRectSize().y};
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("UTC date and time: type e.g. 2031-05-15T00:00 and press Enter");
    if (entered) {
        try {
            const UtcTime t = UtcTime::parseIso(date_text_, "date");
            if (t < clock.start() || clock.end() < t)
                throw LunarError("date", std::string(date_text_) + " is outside the programme " +
                                             std::to_string(clock.start().year()) + ".." +
                                             std::to_string(clock.end().year()));
            clock.seek(t);
            scale_.follow(t);
            date_error_.clear();
        }
        catch (const LunarError& e) {
            date_error_ = e.what();
        }
    }
    if (!editing && !entered)
        std::snprintf(date_text_, sizeof date_text_, "%s", clock.now().toIso().c_str());

    ImGui::SameLine();
    bool looping = clock.loop().has_value();
    if (ImGui::Checkbox("loop", &looping)) {
        if (looping)
            clock.setLoop(scale_.viewStart(), scale_.viewEnd()); // the range in view
        else
            clock.clearLoop();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Loop the range in view (or shift-drag on the bar to choose one)");
    ImGui::SameLine();
    if (ImGui::Button("all"))
        scale_.showAll();
    ImGui::SameLine();
    if (ImGui::Button(" - "))
        scale_.zoom(2.0, clock.now());
    ImGui::SameLine();
    if (ImGui::Button(" + "))
        scale_.zoom(0.5, clock.now());
    ImGui::SameLine();
    ImGui::Checkbox("follow", &follow_);

    ImGui::SameLine();
    if (!date_error_.empty()) {
        ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.35f, 1.0f), "%s", date_error_.c_str());
    }
    else {
        const ProgrammePhaseSpan* phase = model_.scenario.phaseAt(clock.now());
        const std::size_t present = model_.scenario.facilitiesPresentAt(clock.now()).size();
        ImGui::TextDisabled("%s  |  %s  |  facilities %zu of %zu",
                            dateInWords(clock.now()).c_str(),
                            phase ? phase->phase.c_str() : "before the programme", present,
                            model_.scenario.facilities.size());
    }
}

void TimelinePanel::drawMarkers(ImDrawList* draw, float x0, float width, float top, float bottom,
                                bool bar_hovered, bool bar_clicked)
{
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float grab_px = 0.4f * ImGui::GetFontSize();
    const double span_s = scale_.viewSpan_s();
    const ProgrammeEvent* hovered = nullptr;
    float hovered_distance = grab_px;
    for (const ProgrammeEvent& e : model_.events) {
        // Descent phases only once zoomed in far enough to tell them apart.
        const bool detail = e.kind == EventKind::Phase || e.kind == EventKind::DescentStart;
        if (detail && span_s > 2.0 * 86400.0)
            continue;
        const float x = static_cast<float>(scale_.xOf(e.time, x0, width));
        if (x < x0 - 1.0f || x > x0 + width + 1.0f)
            continue;
        const bool arrival = e.kind == EventKind::Arrival;
        const float y0 = arrival ? top : top + 0.5f * (bottom - top);
        const float y1 = arrival ? top + 0.5f * (bottom - top) : bottom;
        draw->AddLine(ImVec2(x, y0), ImVec2(x, y1), eventColour(e.kind), detail ? 1.0f : 2.0f);
        const float d = std::abs(mouse.x - x);
        if (mouse.y >= top && mouse.y <= bottom && d < hovered_distance) {
            hovered = &e;
            hovered_distance = d;
        }
    }
    if (!hovered || !bar_hovered)
        return;
    ImGui::SetTooltip("%s\n%s", hovered->label.c_str(), hovered->time.toIso().c_str());
    if (bar_clicked) { // a click on a marker: go there, inspect it
        snapped_ = hovered->time;
        model_.clock.seek(hovered->time);
        if (hovered->kind == EventKind::Arrival) {
            model_.editor.select(hovered->subject_id);
            model_.selected_mission.reset();
        }
        else {
            model_.editor.clear();
            model_.selected_mission = hovered->subject_id;
        }
    }
}

void TimelinePanel::drawBar()
{
    const float width = ImGui::GetContentRegionAvail().x;
    if (width < 1.0f) // a window too narrow for a bar
        return;
    const float bar_height = 3.0f * ImGui::GetFontSize();
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    bar_ = {p0.x, p0.y, width, bar_height};
    ImGui::InvisibleButton("##bar", ImVec2(width, bar_height),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                               ImGuiButtonFlags_MouseButtonMiddle);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    const bool clicked = ImGui::IsItemClicked(0);
    const ImGuiIO& io = ImGui::GetIO();
    PlaybackClock& clock = model_.clock;
    const UtcTime under_mouse = scale_.timeAt(io.MousePos.x, p0.x, width);

    // Interaction first, so the bar drawn below shows its result in this frame.
    if (hovered && io.MouseWheel != 0.0f)
        scale_.zoom(std::pow(0.8, static_cast<double>(io.MouseWheel)), under_mouse);
    if (active && (ImGui::IsMouseDragging(1) || ImGui::IsMouseDragging(2)))
        scale_.pan(-io.MouseDelta.x / width * scale_.viewSpan_s());
    if (clicked) {
        selecting_loop_ = io.KeyShift;
        loop_anchor_ = under_mouse;
    }
    if (active && ImGui::IsMouseDown(0)) {
        if (selecting_loop_) {
            try { // a range of under a second (at an end of the programme) is no loop yet
                clock.setLoop(loop_anchor_, under_mouse);
            }
            catch (const LunarError&) {
            }
        }
        else if (!snapped_ || ImGui::IsMouseDragging(0, 0.3f * ImGui::GetFontSize())) {
            snapped_.reset();
            clock.seek(under_mouse);
        }
    }
    if (!ImGui::IsMouseDown(0))
        snapped_.reset();
    if (follow_ && clock.playing() && !active)
        scale_.follow(clock.now());

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float top = p0.y, bottom = p0.y + bar_height;
    const float band_bottom = top + 0.9f * ImGui::GetFontSize();
    const float marker_top = band_bottom + 1.0f, marker_bottom = bottom - 1.05f * ImGui::GetFontSize();
    draw->AddRectFilled(ImVec2(p0.x, top), ImVec2(p0.x + width, bottom), IM_COL32(20, 22, 28, 230));
    draw->PushClipRect(ImVec2(p0.x, top), ImVec2(p0.x + width, bottom), true);
    // Phase bands with their names.
    for (const ProgrammePhaseSpan& p : model_.scenario.phases) {
        const float x_a = static_cast<float>(scale_.xOf(p.start, p0.x, width));
        const float x_b = static_cast<float>(scale_.xOf(p.end, p0.x, width));
        if (x_b < p0.x || x_a > p0.x + width)
            continue;
        draw->AddRectFilled(ImVec2(x_a, top), ImVec2(x_b, band_bottom), phaseColour(p.phase));
        const float text_x = std::max(x_a, p0.x) + 4.0f;
        if (x_b - text_x > ImGui::CalcTextSize(p.phase.c_str()).x)
            draw->AddText(ImVec2(text_x, top), IM_COL32(235, 235, 235, 255), p.phase.c_str());
    }
    // Ticks and their labels.
    const float label_y = bottom - ImGui::GetFontSize();
    for (const TimelineTick& t : scale_.ticks(width, 6.5f * ImGui::GetFontSize())) {
        const float x = static_cast<float>(scale_.xOf(t.time, p0.x, width));
        draw->AddLine(ImVec2(x, band_bottom), ImVec2(x, bottom),
                      t.major ? IM_COL32(150, 150, 160, 200) : IM_COL32(80, 80, 90, 200));
        draw->AddText(ImVec2(x + 3.0f, label_y), IM_COL32(200, 200, 205, 255), t.label.c_str());
    }
    // The loop range.
    if (const std::optional<TimeRange>& loop = clock.loop()) {
        const float x_a = static_cast<float>(scale_.xOf(loop->from, p0.x, width));
        const float x_b = static_cast<float>(scale_.xOf(loop->to, p0.x, width));
        draw->AddRectFilled(ImVec2(x_a, band_bottom), ImVec2(x_b, bottom), IM_COL32(120, 160, 255, 45));
        draw->AddLine(ImVec2(x_a, band_bottom), ImVec2(x_a, bottom), IM_COL32(120, 160, 255, 200), 2.0f);
        draw->AddLine(ImVec2(x_b, band_bottom), ImVec2(x_b, bottom), IM_COL32(120, 160, 255, 200), 2.0f);
    }
    drawMarkers(draw, p0.x, width, marker_top, marker_bottom, hovered, clicked && !io.KeyShift);
    // Now.
    const float now_x = static_cast<float>(scale_.xOf(clock.now(), p0.x, width));
    draw->AddLine(ImVec2(now_x, top), ImVec2(now_x, bottom), IM_COL32(255, 255, 255, 255), 2.0f);
    draw->AddTriangleFilled(ImVec2(now_x - 5.0f, top), ImVec2(now_x + 5.0f, top),
                            ImVec2(now_x, top + 7.0f), IM_COL32(255, 255, 255, 255));
    draw->PopClipRect();
}

void TimelinePanel::draw()
{
    const ImGuiIO& io = ImGui::GetIO();
    const float h = height();
    ImGui::SetNextWindowPos(ImVec2(0.0f, io.DisplaySize.y - h));
    ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, h));
    ImGui::SetNextWindowBgAlpha(0.8f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("Timeline", nullptr, flags)) {
        drawTransport();
        drawBar();
    }
    ImGui::End();
}

} // namespace lunar::ui
