#pragma once
// Writing a user's file without ever leaving it half-written: write to a temporary file in
// the same directory, then rename over the target (atomic on POSIX file systems).
#include <functional>
#include <string>

namespace lunar::io {

struct AtomicWriteOptions {
    bool keep_backup = false; // the version replaced is kept as backupPath(path)
};

// Calls write(temp_path), flushes it to disk (fsync), then renames it to `path` and flushes
// the folder, so a crash at any moment leaves either the old file or the new one, whole.
// If write throws or the rename fails, the temporary file is removed and `path` is left as
// it was. Throws LunarError.
void writeAtomically(const std::string& path, const std::function<void(const std::string&)>& write,
                     const AtomicWriteOptions& options = {});

// "<path>.bak": where a save with keep_backup leaves the version it replaced.
std::string backupPath(const std::string& path);

// Throws LunarError(path, ...) unless `path`'s directory exists: checked before long work
// so a user does not wait for a result that cannot be saved.
void requireOutputDirectory(const std::string& path);

// Temporary sibling name for `path` (same directory, same extension so drivers that look at
// the extension still work).
std::string temporarySibling(const std::string& path);

} // namespace lunar::io
