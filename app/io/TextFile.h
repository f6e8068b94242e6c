#pragma once
// Whole-file text reading with a clear error.
#include <string>

namespace lunar::io {

// Throws LunarError(path, "cannot be read: ...") if missing or unreadable.
std::string readTextFile(const std::string& path);

} // namespace lunar::io
