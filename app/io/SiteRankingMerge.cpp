#include "io/SiteRankingMerge.h"

#include "core/LunarError.h"
#include "io/TextFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>

namespace lunar::io {

namespace {

std::string mergedRanking(const std::vector<std::string>& files)
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
    return merged.dump(2) + "\n";
}

} // namespace

void writeMergedSiteRanking(const std::string& out_path, const std::vector<std::string>& files)
{
    writeTextFile(out_path, mergedRanking(files));
}

} // namespace lunar::io
