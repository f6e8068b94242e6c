#pragma once
// The time the scene follows (the playback clock's now()).
#include "core/UtcTime.h"

#include <functional>

namespace lunar::scene {

using TimeSource = std::function<UtcTime()>;

} // namespace lunar::scene
