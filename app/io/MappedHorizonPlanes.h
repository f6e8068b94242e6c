#pragma once
// Horizon planes read in place from a read-only mapping of their cache file. The pages are
// clean and file-backed: the kernel may drop them and fetch them again, so two maps of
// ~128 MB cost resident memory only while something reads them (the texture upload), not
// for the whole session. The file must not be rewritten in place while mapped (the cache
// replaces files by renaming, which leaves a mapping on the old file intact).
#include "terrain/HorizonMap.h"

#include <cstddef>
#include <memory>
#include <string>

namespace lunar::io {

// Maps `path` and points at `value_count` int16 values starting `offset_bytes` into it.
// Throws LunarError naming the file when it cannot be opened or mapped, when it is shorter
// than offset + values (a truncated cache), or when the offset is odd (misaligned int16).
std::shared_ptr<const HorizonPlaneStore> mapHorizonPlanes(const std::string& path,
                                                          std::size_t offset_bytes,
                                                          std::size_t value_count);

} // namespace lunar::io
