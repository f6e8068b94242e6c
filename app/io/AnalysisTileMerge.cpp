// `analyze --merge`: tiles computed apart (`--tile i/N`, maybe on other machines) become one
// map per layer through a GDAL VRT (a small XML mosaic QGIS and GDAL read as one raster),
// and their rankings become one.
#include "io/SiteAnalysis.h"

#include "core/NameList.h"
#include "core/LunarError.h"
#include "io/AtomicFile.h"
#include "io/TextFile.h"
#include "io/GdalSession.h"

#include <gdal_utils.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace lunar::io {

namespace {

namespace fs = std::filesystem;

void buildVrt(const std::string& vrt_path, const std::vector<std::string>& sources)
{
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

// The tiles' rankings as one: every site, best first, at least the spacing apart.
std::string mergedRanking(const std::vector<std::string>& files, std::size_t& count)
{
    nlohmann::ordered_json merged;
    std::vector<nlohmann::ordered_json> sites;
    std::size_t per_tile = 0;
    for (const std::string& file : files) {
        std::ifstream in(file);
        nlohmann::ordered_json doc;
        try {
            in >> doc;
        } catch (const std::exception& e) {
            throw LunarError(file, std::string("is not a readable ranking (") + e.what() + ")");
        }
        if (merged.is_null())
            merged = doc;
        per_tile = std::max(per_tile, doc["sites"].size());
        for (const auto& s : doc["sites"])
            sites.push_back(s);
    }
    std::stable_sort(sites.begin(), sites.end(), [](const auto& a, const auto& b) {
        return a["score"].template get<double>() > b["score"].template get<double>();
    });
    const double spacing_m = merged.value("site_spacing_m", 0.0);
    nlohmann::ordered_json kept = nlohmann::ordered_json::array();
    for (auto& s : sites) {
        if (kept.size() >= per_tile)
            break;
        const double x = s["x_m"], y = s["y_m"];
        const bool clear = std::none_of(kept.begin(), kept.end(), [&](const auto& k) {
            return std::hypot(k["x_m"].template get<double>() - x, k["y_m"].template get<double>() - y) < spacing_m;
        });
        if (clear) {
            s["rank"] = kept.size() + 1;
            kept.push_back(s);
        }
    }
    merged["sites"] = kept;
    count = kept.size();
    return merged.dump(2) + "\n";
}

} // namespace

std::vector<std::string> mergeAnalysisTiles(const std::string& dir)
{
    ensureGdal();
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
            std::size_t count = 0;
            const std::string text = mergedRanking(paths, count);
            writeTextFile((fs::path(dir) / (base + ".json")).string(), text);
            written.push_back(base + ".json");
        } else {
            buildVrt((fs::path(dir) / (base + ".vrt")).string(), paths);
            written.push_back(base + ".vrt");
        }
    }
    return written;
}

} // namespace lunar::io
