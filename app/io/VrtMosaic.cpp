#include "io/VrtMosaic.h"

#include "core/LunarError.h"
#include "io/AtomicFile.h"
#include "io/GdalSession.h"

#include <gdal_utils.h>

namespace lunar::io {

void writeVrtMosaic(const std::string& vrt_path, const std::vector<std::string>& sources)
{
    ensureGdal();
    std::vector<const char*> names;
    for (const std::string& s : sources)
        names.push_back(s.c_str());
    writeAtomically(vrt_path, [&](const std::string& temp) {
        int usage_error = 0;
        GDALDatasetH vrt = GDALBuildVRT(temp.c_str(), static_cast<int>(names.size()), nullptr,
                                        names.data(), nullptr, &usage_error);
        if (vrt == nullptr || usage_error) {
            const std::string why = lastGdalError();
            throw LunarError(vrt_path, "GDAL could not build the mosaic of " + std::to_string(names.size()) +
                                           " tiles" + (why.empty() ? "" : " (" + why + ")"));
        }
        GDALClose(vrt);
    });
}

} // namespace lunar::io
