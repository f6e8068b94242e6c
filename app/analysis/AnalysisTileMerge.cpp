// `analyze --merge`: tiles computed apart (`--tile i/N`, maybe on other machines) become one
// map per layer through a GDAL VRT (io/VrtMosaic), and their rankings become one
// (io/SiteRankingMerge). This file finds the tiles and checks that none is missing.
#include "analysis/SiteAnalysis.h"

#include "core/LunarError.h"
#include "core/NameList.h"
#include "io/SiteRankingMerge.h"
#include "io/VrtMosaic.h"

#include <filesystem>
#include <map>
#include <regex>

namespace lunar::analysis {

namespace fs = std::filesystem;

std::vector<std::string> mergeAnalysisTiles(const std::string& dir)
{
    std::error_code error;
    if (!fs::is_directory(dir, error))
        throw LunarError(dir, "is not a folder");
    static const std::regex tile_name(R"((.+)\.tile-(\d+)-of-(\d+)\.(tif|json))");
    std::map<std::string, std::map<int, std::string>> layers; // layer -> index -> path
    std::map<std::string, int> counts;
    for (const auto& entry : fs::directory_iterator(dir)) {
        std::smatch m;
        const std::string name = entry.path().filename().string();
        if (!std::regex_match(name, m, tile_name))
            continue;
        const std::string layer = m[1].str() + "." + m[4].str();
        const int count = std::stoi(m[3].str());
        if (counts.count(layer) && counts[layer] != count)
            throw LunarError(dir, layer + " has tiles of different splits (" + std::to_string(counts[layer]) +
                                      " and " + std::to_string(count) + ")");
        counts[layer] = count;
        layers[layer][std::stoi(m[2].str())] = entry.path().string();
    }
    if (layers.empty())
        throw LunarError(dir, "holds no tiles (files named <map>.tile-i-of-N.tif from analyze --tile)");
    std::vector<std::string> written;
    for (const auto& [layer, tiles] : layers) {
        std::vector<std::string> missing;
        for (int i = 1; i <= counts[layer]; ++i)
            if (!tiles.count(i))
                missing.push_back(std::to_string(i));
        if (!missing.empty())
            throw LunarError(dir, layer + " lacks tile " + joinedNames(missing) + " of " + std::to_string(counts[layer]));
        std::vector<std::string> paths;
        for (const auto& [_, path] : tiles)
            paths.push_back(path);
        const std::string base = layer.substr(0, layer.rfind('.'));
        if (layer.size() > 5 && layer.compare(layer.size() - 5, 5, ".json") == 0) {
            io::writeMergedSiteRanking((fs::path(dir) / (base + ".json")).string(), paths);
            written.push_back(base + ".json");
        } else {
            io::writeVrtMosaic((fs::path(dir) / (base + ".vrt")).string(), paths);
            written.push_back(base + ".vrt");
        }
    }
    return written;
}

} // namespace lunar::analysis
