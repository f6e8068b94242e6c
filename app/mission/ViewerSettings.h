#pragma once
// What the viewer remembers between runs: which panels are open, ImGui's window layout
// (collapsed panels, floating positions), the user's own camera bookmarks, the layers shown,
// the navigation mode, the playback rate and the UI size. io/ViewerSettingsFile keeps it.
#include "mission/CameraBookmark.h"
#include "mission/LayerVisibility.h"

#include <map>
#include <string>
#include <vector>

namespace lunar {

struct ViewerSettings {
    std::map<std::string, bool> panels_open; // by panel name; absent: the panel's default
    std::string imgui_layout;                // ImGui's ini text
    std::vector<CameraBookmark> bookmarks;   // the user's own (the scenario's come with it)
    LayerVisibility layers;
    std::string navigation = "orbit";        // orbit, fly or walk
    double playback_rate = 1.0e6;            // simulated seconds per second
    double ui_size = 1.0;                    // on top of the automatic DPI/window scale

    bool panelOpen(const std::string& name, bool fallback) const
    {
        const auto found = panels_open.find(name);
        return found == panels_open.end() ? fallback : found->second;
    }
};

} // namespace lunar
