#include "io/AnalysisMapReader.h"

#include "io/LunarDem.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lunar::io {

AnalysisMap readAnalysisMap(const std::string& path)
{
    DemOpenOptions not_heights;
    not_heights.check_heights = false;
    const LunarDem map = LunarDem::open(path, not_heights);
    AnalysisMap out;
    out.values = map.readHeights(0, 0, map.width(), map.height(), map.width(), map.height());
    float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
    for (const float v : out.values.samples())
        if (!std::isnan(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    out.scale = analysisColourScale(path, lo, hi);
    return out;
}

} // namespace lunar::io
