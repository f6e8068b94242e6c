#pragma once
// Presentation mode's only overlay: a clean strip along the bottom with the date, what the
// latest mission is doing and the programme phase, in large type for a projector.
#include "mission/ProgrammeCaption.h"

namespace lunar::ui {

void drawPresentationCaption(const ProgrammeCaption& caption);

} // namespace lunar::ui
