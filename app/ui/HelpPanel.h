#pragma once
// F1: the keyboard and mouse conventions, as common 3D viewers have them.
namespace lunar::ui {

void drawHelp();

} // namespace lunar::ui
