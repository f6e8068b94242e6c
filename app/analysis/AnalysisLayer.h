#pragma once
// The layers `analyze --layers` names: each map (or table) the site analysis can write. The
// names are the CLI's and the files' (slope.tif, illumination_2m.tif, facilities.csv).
#include <optional>
#include <string>
#include <vector>

namespace lunar::analysis {

// In the order the help lists them; kAnalysisLayerCount follows the last.
enum class AnalysisLayer { slope, aspect, roughness, illumination, darkness, earth, psr, suitability, facilities };
constexpr int kAnalysisLayerCount = 9;

// "slope", "aspect", ... in enum order.
const std::vector<std::string>& analysisLayerNames();

// The layer of a name, or nothing for a name that is not one (case matters).
std::optional<AnalysisLayer> analysisLayerNamed(const std::string& name);

} // namespace lunar::analysis
