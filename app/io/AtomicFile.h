#pragma once
// Writing a user's file without ever leaving it half-written: write to a temporary file in
// the same directory, then rename over the target (atomic on POSIX file systems).
#include <functional>
#include <string>

namespace lunar::io {

// Calls write(temp_path), then renames temp_path to `path`. If write throws or the rename
// fails, the temporary file is removed and `path` is left as it was. Throws LunarError.
void writeAtomically(const std::string& path, const std::function<void(const std::string&)>& write);

// Throws LunarError(path, ...) unless `path`'s directory exists: checked before long work
// so a user does not wait for a result that cannot be saved.
void requireOutputDirectory(const std::string& path);

// Temporary sibling name for `path` (same directory, same extension so drivers that look at
// the extension still work).
std::string temporarySibling(const std::string& path);

} // namespace lunar::io
