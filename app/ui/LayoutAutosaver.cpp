#include "ui/LayoutAutosaver.h"

#include "core/Log.h"
#include "core/LunarError.h"
#include "io/LayoutAutosave.h"

#include <imgui.h>

#include <cstdio>
#include <vector>

namespace lunar::ui {

namespace {
constexpr double kQuiet_s = 1.0; // write once edits pause this long (not on every drag step)
}

LayoutAutosaver::LayoutAutosaver(ViewerModel& model, std::string save_path)
    : model_(model), save_path_(std::move(save_path))
{
    if (save_path_.empty())
        return;
    std::optional<io::LayoutAutosave> found = io::findLayoutAutosave(save_path_, problem_);
    if (!problem_.empty())
        log::warning(problem_ + " (left as it is)");
    if (found) {
        found_ = std::move(found->scenario);
        found_when_ = found->written_utc;
    }
}

void LayoutAutosaver::tick(double wall_seconds)
{
    if (save_path_.empty() || found_)
        return; // the question comes first: an edit now would overwrite what it offers
    const LayoutEditor& editor = model_.editor;
    if (editor.undoDepth() != seen_depth_) {
        seen_depth_ = editor.undoDepth();
        since_edit_s_ = 0.0;
    }
    since_edit_s_ += wall_seconds;
    if (editor.dirty() && (!written_ || written_depth_ != editor.undoDepth()) && since_edit_s_ >= kQuiet_s) {
        try {
            io::writeLayoutAutosave(model_.scenario, save_path_);
            written_ = true;
            written_depth_ = editor.undoDepth();
        } catch (const LunarError& e) {
            problem_ = e.what();
            written_depth_ = editor.undoDepth(); // not again until the next edit
            written_ = true;
            log::warning(std::string("layout autosave failed: ") + e.what());
        }
    }
    if (!editor.dirty() && written_) { // saved (or nothing left to keep)
        io::discardLayoutAutosave(save_path_);
        written_ = false;
    }
}

void LayoutAutosaver::recover()
{
    if (!found_)
        return;
    const std::vector<std::string> moved = io::applyAutosavedLayout(*found_, model_.scenario);
    found_.reset();
    if (!moved.empty())
        model_.editor.markUnsaved();
    for (const std::string& id : moved)
        model_.requests.post(ViewRequests::RebuildFacility{
            id, ViewRequests::RebuildFacility::IfOffDem::LeaveAsDrawn});
    // Still unsaved: keep the autosave until the user saves.
    written_ = true;
    written_depth_ = model_.editor.undoDepth();
}

void LayoutAutosaver::discard()
{
    found_.reset();
    io::discardLayoutAutosave(save_path_);
}

void LayoutAutosaver::drawPrompt()
{
    if (!found_)
        return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0.5f * io.DisplaySize.x, 0.4f * io.DisplaySize.y), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    if (ImGui::Begin("Unsaved layout found###LayoutRecovery", nullptr,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove)) {
        ImGui::Text("Layout edits autosaved %s were never saved to", found_when_.c_str());
        ImGui::TextDisabled("%s", save_path_.c_str());
        ImGui::Text("(lunarviz stopped before they were). Put them back?");
        if (ImGui::Button("Recover"))
            recover();
        ImGui::SameLine();
        if (ImGui::Button("Discard"))
            discard();
    }
    ImGui::End();
}

} // namespace lunar::ui
