#include "io/GdalSession.h"
#include "core/Log.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>

#include <algorithm>
#include <mutex>
#include <string>
#include <vector>

namespace lunar::io {

namespace {
thread_local std::string t_last_error;
thread_local std::vector<std::string> t_warnings;

void CPL_STDCALL routeGdalError(CPLErr level, CPLErrorNum /*code*/, const char* message)
{
    const std::string text = message ? message : "";
    if (level >= CE_Failure) {
        t_last_error = text; // failures surface as our LunarError, with the file named
        return;
    }
    if (level == CE_Debug) { // only with CPL_DEBUG=ON; shown with LUNARVIZ_LOG=debug
        log::write(log::Level::debug, "GDAL", text);
        return;
    }
    // Warnings wait until the operation ends: reported if it succeeds, dropped if it fails
    // (its one-line error says what matters).
    if (level == CE_Warning && t_warnings.size() < 20 &&
        std::find(t_warnings.begin(), t_warnings.end(), text) == t_warnings.end())
        t_warnings.push_back(text);
}
} // namespace

void ensureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(routeGdalError);
        // GDAL's block cache defaults to 5 % of RAM; tiles are read once and kept as meshes,
        // so it need only hold the blocks neighbouring tiles share while the pager's threads
        // read them: 64 MB is 256 blocks of 256x256 floats, and a tile's window (259² samples)
        // spans at most 3x3 of them. At 256 MB it filled up over the 16384² fly-over.
        if (!CPLGetConfigOption("GDAL_CACHEMAX", nullptr))
            GDALSetCacheMax64(static_cast<GIntBig>(64) * 1024 * 1024);
    });
}

std::string lastGdalError() { return t_last_error; }

void discardGdalWarnings() { t_warnings.clear(); }

std::string firstGdalWarning() { return t_warnings.empty() ? "" : t_warnings.front(); }

void reportGdalWarnings(const std::string& where)
{
    for (const std::string& warning : t_warnings)
        log::warning(where, warning);
    t_warnings.clear();
}
void clearGdalError() { t_last_error.clear(); }

} // namespace lunar::io
