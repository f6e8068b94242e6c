#pragma once
// F1: the keyboard and mouse conventions, as common 3D viewers have them. The keys that open
// or close a panel come from `shortcut_of` (the cockpit's panel table), so the help shows
// the keys the cockpit answers to.
#include "ui/PanelId.h"

namespace lunar::ui {

using ShortcutOf = const char* (*)(PanelId); // nullptr: the panel has none

void drawHelp(ShortcutOf shortcut_of);

} // namespace lunar::ui
