#pragma once
// The cockpit's panels, for asking whether one is open and opening or closing it. Their
// names, keys, places and sizes are in the cockpit's panel table (Cockpit.cpp).
namespace lunar::ui {

enum class PanelId { Layers, Camera, SiteInfo, Analysis, Inspector, Measure, Film, FrameTime, Help };

} // namespace lunar::ui
