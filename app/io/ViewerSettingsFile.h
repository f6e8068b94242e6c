#pragma once
// The viewer's settings file: $LUNARVIZ_CONFIG_DIR/viewer.json, else
// $XDG_CONFIG_HOME/lunarviz/viewer.json, else ~/.config/lunarviz/viewer.json. JSON,
// "format": "lunarviz-viewer/1"; written atomically. A damaged file never stops the viewer:
// it starts with defaults, says so in one line, and keeps the damaged file beside the new
// one (viewer.json.damaged) instead of overwriting it silently.
#include "mission/ViewerSettings.h"

#include <string>

namespace lunar::io {

std::string viewerSettingsPath();

struct LoadedViewerSettings {
    ViewerSettings settings;
    std::string problem; // one line naming the file and what is wrong; empty if fine
};

// Defaults when the file does not exist.
LoadedViewerSettings loadViewerSettings(const std::string& path);

// Throws LunarError naming the file if it cannot be written.
void saveViewerSettings(const ViewerSettings& settings, const std::string& path);

} // namespace lunar::io
