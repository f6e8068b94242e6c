#include "io/GdalSession.h"

#include <cpl_error.h>
#include <gdal.h>

#include <cstdio>
#include <mutex>

namespace lunar::io {

namespace {
thread_local std::string t_last_error;

void CPL_STDCALL routeGdalError(CPLErr level, CPLErrorNum /*code*/, const char* message)
{
    if (level >= CE_Failure) {
        t_last_error = message ? message : "";
        return; // failures surface as our LunarError, with the file named
    }
    if (level == CE_Warning && message)
        std::fprintf(stderr, "lunarviz: GDAL warning: %s\n", message);
}
} // namespace

void ensureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(routeGdalError);
    });
}

std::string lastGdalError() { return t_last_error; }
void clearGdalError() { t_last_error.clear(); }

} // namespace lunar::io
