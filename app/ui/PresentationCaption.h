#pragma once
// Presentation mode's only overlay: a clean strip along the bottom with the date, what the
// latest mission is doing and the programme phase, in large type for a projector.
#include "mission/ProgrammeCaption.h"

#include <string>

namespace lunar::ui {

// `title` (may be empty): the film's, at the right of the second line.
void drawPresentationCaption(const ProgrammeCaption& caption, const std::string& title = "");

} // namespace lunar::ui
