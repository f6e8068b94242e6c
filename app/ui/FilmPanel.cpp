#include "ui/FilmPanel.h"

#include "core/LunarError.h"
#include "io/ScenarioWriter.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace lunar::ui {

namespace {
// "2030-01-01T00:00:00Z" -> "2030-01-01 00:00"
std::string shortDate(const UtcTime& t)
{
    std::string iso = t.toIso();
    return iso.substr(0, 10) + " " + iso.substr(11, 5);
}

void copyInto(char* buffer, std::size_t size, const std::string& text)
{
    std::snprintf(buffer, size, "%s", text.c_str());
}
} // namespace

FilmPanel::FilmPanel(ViewerModel& model, std::string save_path)
    : model_(model), save_path_(std::move(save_path))
{
    copyInto(name_, sizeof name_, model_.recorder.spec().name);
    copyInto(title_, sizeof title_, model_.recorder.spec().title);
}

void FilmPanel::addKeyHere()
{
    if (model_.preview) {
        status_ = "stop the preview first: keys are taken from your own camera";
        return;
    }
    const CameraBookmark view = model_.bookmark_of("", model_.navigator.pose());
    const std::size_t i = model_.recorder.addKey(
        view, record_dates_ ? std::optional<UtcTime>(model_.clock.now()) : std::nullopt);
    status_ = "key " + std::to_string(i) + " added at " +
              std::to_string(static_cast<int>(model_.recorder.spec().keys[i].video_s)) + " s";
}

void FilmPanel::editPath(const std::string& name)
{
    const CameraPathSpec* path = model_.scenario.findCameraPath(name);
    if (!path)
        return;
    if (model_.recorder.dirty() && discard_ != "edit " + name) {
        discard_ = "edit " + name;
        status_ = "the recorded path is not saved: Edit again to discard it";
        return;
    }
    discard_.clear();
    model_.recorder.edit(*path);
    editing_ = name;
    copyInto(name_, sizeof name_, path->name);
    copyInto(title_, sizeof title_, path->title);
    status_ = "editing \"" + name + "\"";
}

void FilmPanel::save()
{
    PathRecorder& recorder = model_.recorder;
    if (const std::optional<std::string> problem = recorder.problem()) {
        status_ = "not saved: " + *problem;
        return;
    }
    const CameraPathSpec& spec = recorder.spec();
    Scenario& scenario = model_.scenario;
    auto same_name = std::find_if(scenario.camera_paths.begin(), scenario.camera_paths.end(),
                                  [&](const CameraPathSpec& p) { return p.name == spec.name; });
    if (same_name != scenario.camera_paths.end() && spec.name != editing_) {
        status_ = "not saved: the scenario has a film named \"" + spec.name +
                  "\" already; choose another name, or Edit that one";
        return;
    }
    // Changed in place, put back if the file cannot be written (a retry then sees the
    // scenario as it was).
    const std::vector<CameraPathSpec> paths_before = scenario.camera_paths;
    const std::vector<std::string> edited_before = scenario.edited_paths;
    const auto markEdited = [&](const std::string& name) {
        if (std::find(scenario.edited_paths.begin(), scenario.edited_paths.end(), name) ==
            scenario.edited_paths.end())
            scenario.edited_paths.push_back(name);
    };
    if (same_name != scenario.camera_paths.end())
        *same_name = spec;
    else
        scenario.camera_paths.push_back(spec);
    markEdited(spec.name);
    if (!editing_.empty() && editing_ != spec.name) { // renamed: the old name goes
        scenario.camera_paths.erase(
            std::remove_if(scenario.camera_paths.begin(), scenario.camera_paths.end(),
                           [&](const CameraPathSpec& p) { return p.name == editing_; }),
            scenario.camera_paths.end());
        markEdited(editing_);
    }
    try {
        io::saveScenario(scenario, save_path_);
    }
    catch (const LunarError& e) {
        scenario.camera_paths = paths_before;
        scenario.edited_paths = edited_before;
        status_ = std::string("not saved: ") + e.what();
        return;
    }
    recorder.markSaved();
    model_.editor.markSaved(); // the layout went into the file with it
    editing_ = spec.name;
    status_ = "saved \"" + spec.name + "\" in " + save_path_ +
              "; film it with: lunarviz render --scenario " + save_path_ + " --path \"" +
              spec.name + "\"";
}

void FilmPanel::preview(double from_s)
{
    model_.requests.post(ViewRequests::StartPreview{model_.recorder.spec(), from_s});
}

void FilmPanel::drawScenarioFilms()
{
    ImGui::TextDisabled("Scenario films");
    for (const CameraPathSpec& p : model_.scenario.camera_paths) {
        ImGui::PushID(p.name.c_str());
        if (ImGui::SmallButton("Play"))
            model_.requests.post(ViewRequests::StartPreview{p, 0.0});
        ImGui::SameLine();
        if (ImGui::SmallButton("Edit"))
            editPath(p.name);
        ImGui::SameLine();
        ImGui::Text("%s (%.0f s)", p.name.c_str(), p.keys.empty() ? 0.0 : p.keys.back().video_s);
        ImGui::PopID();
    }
    if (model_.scenario.camera_paths.empty())
        ImGui::TextDisabled("(none)");
}

void FilmPanel::drawKeys()
{
    PathRecorder& recorder = model_.recorder;
    const std::vector<CameraPathKeySpec>& keys = recorder.spec().keys;
    if (keys.empty()) {
        ImGui::TextWrapped("Fly to the first view, set the date on the timeline, and add a key "
                           "(N). Each key comes %.0f s after the one before.",
                           PathRecorder::kDefaultGap_s);
        return;
    }
    std::optional<std::size_t> remove;
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg;
    if (ImGui::BeginTable("keys", 3, flags)) {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const CameraPathKeySpec& k = keys[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            float t = static_cast<float>(k.video_s);
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.0f);
            ImGui::BeginDisabled(i == 0); // the film starts with its first key
            if (ImGui::DragFloat("##t", &t, 0.05f, 0.0f, 36000.0f, "%.1f s"))
                recorder.setKeyTime(i, t);
            ImGui::EndDisabled();
            ImGui::TableNextColumn();
            if (const std::optional<UtcTime> date = recorder.dateAtKey(i))
                ImGui::TextUnformatted(shortDate(*date).c_str());
            else
                ImGui::TextDisabled(k.follow.empty() ? "(date runs on)" : "follows %s",
                                    k.follow.c_str());
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(">"))
                preview(k.video_s);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("Preview from this key");
            ImGui::SameLine();
            // While a film plays, the view and the date are the film's, not the user's.
            const bool previewing = model_.preview.has_value();
            ImGui::BeginDisabled(!k.follow.empty() || previewing);
            if (ImGui::SmallButton("Go"))
                model_.navigator.flyTo(model_.pose_of(k.view));
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::BeginDisabled(previewing);
            const bool set = ImGui::SmallButton("Set");
            ImGui::EndDisabled();
            if (set)
                recorder.replaceKey(i, model_.bookmark_of("", model_.navigator.pose()),
                                    record_dates_ ? std::optional<UtcTime>(model_.clock.now())
                                                  : std::nullopt);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("Replace with the current view%s",
                                  record_dates_ ? " and date" : "");
            ImGui::SameLine();
            if (ImGui::SmallButton("x"))
                remove = i;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (remove)
        recorder.removeKey(*remove);
}

void FilmPanel::drawPreviewControls()
{
    if (const std::optional<ViewerModel::FilmPreview>& p = model_.preview) {
        char label[64];
        std::snprintf(label, sizeof label, "%s  %.1f / %.1f s", p->path.c_str(), p->video_s,
                      p->duration_s);
        ImGui::ProgressBar(static_cast<float>(p->video_s / std::max(p->duration_s, 1e-9)),
                           ImVec2(-1.0f, 0.0f), label);
        if (ImGui::Button("Stop preview (Esc)"))
            model_.requests.post(ViewRequests::StopPreview{});
        return;
    }
    const std::optional<std::string> problem = model_.recorder.problem();
    ImGui::BeginDisabled(problem.has_value());
    if (ImGui::Button("Preview"))
        preview(0.0);
    ImGui::SameLine();
    if (ImGui::Button("Save"))
        save();
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("New")) {
        if (model_.recorder.dirty() && discard_ != "new") {
            discard_ = "new";
            status_ = "the recorded path is not saved: New again to discard it";
        }
        else {
            discard_.clear();
            copyInto(name_, sizeof name_, "my film");
            title_[0] = '\0';
            model_.recorder.startNew(name_);
            editing_.clear();
            status_.clear();
        }
    }
    if (problem)
        ImGui::TextDisabled("%s", problem->c_str());
    else if (model_.recorder.dirty())
        ImGui::TextDisabled("not saved yet");
    if (!model_.preview_problem.empty())
        ImGui::TextWrapped("%s", model_.preview_problem.c_str());
}

void FilmPanel::drawContents()
{
    drawScenarioFilms();
    ImGui::Separator();
    ImGui::TextDisabled("Recording");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    if (ImGui::InputText("name", name_, sizeof name_))
        model_.recorder.setName(name_);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    if (ImGui::InputText("title", title_, sizeof title_))
        model_.recorder.setTitle(title_);
    ImGui::BeginDisabled(model_.preview.has_value());
    if (ImGui::Button("Add key at this view (N)"))
        addKeyHere();
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::Checkbox("with the date", &record_dates_);
    drawKeys();
    drawPreviewControls();
    if (!status_.empty())
        ImGui::TextWrapped("%s", status_.c_str());
}

} // namespace lunar::ui
