#pragma once
// Whole-file text reading and writing with a clear error.
#include "io/AtomicFile.h"

#include <string>

namespace lunar::io {

// Throws LunarError(path, "cannot be read: ...") if missing or unreadable.
std::string readTextFile(const std::string& path);

// Writes `text` to `path` through writeAtomically (temp file, fsync, rename). Throws
// LunarError(path, "could not be written (disk full?)") when the bytes do not all land.
void writeTextFile(const std::string& path, const std::string& text, const AtomicWriteOptions& options = {});

} // namespace lunar::io
