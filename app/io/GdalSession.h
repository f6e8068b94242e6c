#pragma once
// GDAL set-up for the process: drivers registered once, and GDAL's own error reporting
// routed through us so messages carry our context instead of going to stderr unlabelled.
#include <string>

namespace lunar::io {

// Registers drivers and installs the error handler (idempotent, thread-safe).
void ensureGdal();

// The last error GDAL reported on this thread ("" if none), and clearing it.
std::string lastGdalError();
void clearGdalError();

// GDAL warnings of the current operation on this thread: printed as
// "lunarviz: warning: <where>: ..." once it succeeds, or dropped when it fails.
void reportGdalWarnings(const std::string& where);
void discardGdalWarnings();
// The first pending warning ("" if none), e.g. to explain a failure it led to.
std::string firstGdalWarning();

} // namespace lunar::io
