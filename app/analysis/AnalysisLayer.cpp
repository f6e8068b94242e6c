#include "analysis/AnalysisLayer.h"

#include <algorithm>

namespace lunar::analysis {

const std::vector<std::string>& analysisLayerNames()
{
    static const std::vector<std::string> names = {"slope",     "aspect", "roughness",
                                                   "illumination", "darkness", "earth",
                                                   "psr",       "suitability", "facilities"};
    return names;
}

std::optional<AnalysisLayer> analysisLayerNamed(const std::string& name)
{
    const std::vector<std::string>& names = analysisLayerNames();
    const auto found = std::find(names.begin(), names.end(), name);
    if (found == names.end())
        return std::nullopt;
    return static_cast<AnalysisLayer>(found - names.begin());
}

} // namespace lunar::analysis
