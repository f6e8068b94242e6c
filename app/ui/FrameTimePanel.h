#pragma once
// The frame-time readout: the last frame, the mean and the worst of the last 240 frames, as
// milliseconds and frames per second, with a plot.
#include "ui/FrameTimes.h"

namespace lunar::ui {

void drawFrameTimes(const FrameTimes& times);

} // namespace lunar::ui
