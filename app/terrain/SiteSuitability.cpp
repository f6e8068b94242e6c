#include "terrain/SiteSuitability.h"

#include "core/NameList.h"
#include "core/LunarError.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace lunar {

namespace {

// Parses "key=value,key=value" onto named fields.
void parseKeyValues(const std::string& text, const std::string& what,
                    const std::map<std::string, double*>& fields)
{
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        if (item.empty())
            continue;
        const auto eq = item.find('=');
        const std::string key = item.substr(0, eq);
        const auto field = fields.find(key);
        if (eq == std::string::npos || field == fields.end()) {
            const std::string known = joinedNames(fields, [](const auto& known_field) { return known_field.first; });
            throw LunarError(what, "\"" + item + "\" is not key=value with a key among " + known);
        }
        const std::string number = item.substr(eq + 1);
        std::size_t used = 0;
        double value = 0.0;
        try {
            value = std::stod(number, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != number.size() || !std::isfinite(value) || value < 0.0)
            throw LunarError(what, key + ": \"" + number + "\" is not a number >= 0");
        *field->second = value;
    }
}

float clamp01(double v) { return static_cast<float>(std::clamp(v, 0.0, 1.0)); }

} // namespace

SuitabilityWeights parseSuitabilityWeights(const std::string& text)
{
    SuitabilityWeights w;
    parseKeyValues(text, "--weights",
                   {{"illumination", &w.illumination}, {"earth", &w.earth}, {"slope", &w.slope},
                    {"roughness", &w.roughness}, {"psr", &w.psr}});
    if (w.illumination + w.earth + w.slope + w.roughness + w.psr <= 0.0)
        throw LunarError("--weights", "all weights are 0");
    return w;
}

SuitabilityLimits parseSuitabilityLimits(const std::string& text)
{
    SuitabilityLimits l;
    parseKeyValues(text, "--limits",
                   {{"slope", &l.max_slope_deg}, {"roughness", &l.max_roughness_m},
                    {"illumination", &l.min_illumination_pct}, {"earth", &l.min_earth_pct},
                    {"darkness", &l.max_darkness_h}, {"psr", &l.max_psr_distance_km}});
    if (l.max_slope_deg <= 0.0 || l.max_roughness_m <= 0.0 || l.max_psr_distance_km <= 0.0)
        throw LunarError("--limits", "slope, roughness and psr limits must be above 0");
    return l;
}

Raster<float> suitabilityScore(const SuitabilityInputs& in, const SuitabilityWeights& weights,
                               const SuitabilityLimits& limits)
{
    const Raster<float>* any = nullptr;
    for (const Raster<float>* r : {in.slope_deg, in.roughness_m, in.illumination_pct, in.earth_pct,
                                   in.darkness_h, in.psr_distance_m})
        if (r != nullptr) {
            if (any != nullptr && (r->width() != any->width() || r->height() != any->height()))
                throw std::invalid_argument("suitabilityScore: maps of different sizes");
            any = any != nullptr ? any : r;
        }
    if (any == nullptr)
        throw std::invalid_argument("suitabilityScore: no map given");
    Raster<float> score(any->width(), any->height(), std::numeric_limits<float>::quiet_NaN());
    score.geo = any->geo;
    const double psr_limit_m = limits.max_psr_distance_km * 1000.0;
    for (std::size_t i = 0; i < score.size(); ++i) {
        const auto value = [&](const Raster<float>* r) { return r->samples()[i]; };
        double total = 0.0, weight = 0.0;
        bool excluded = false, missing = false;
        const auto criterion = [&](const Raster<float>* r, double w, double scaled, bool passes) {
            if (r == nullptr)
                return;
            if (std::isnan(value(r))) {
                missing = true;
                return;
            }
            excluded = excluded || !passes;
            total += w * clamp01(scaled);
            weight += w;
        };
        if (in.slope_deg)
            criterion(in.slope_deg, weights.slope, 1.0 - value(in.slope_deg) / limits.max_slope_deg,
                      value(in.slope_deg) <= limits.max_slope_deg);
        if (in.roughness_m)
            criterion(in.roughness_m, weights.roughness,
                      1.0 - value(in.roughness_m) / limits.max_roughness_m,
                      value(in.roughness_m) <= limits.max_roughness_m);
        if (in.illumination_pct)
            criterion(in.illumination_pct, weights.illumination, value(in.illumination_pct) / 100.0,
                      value(in.illumination_pct) >= limits.min_illumination_pct);
        if (in.earth_pct)
            criterion(in.earth_pct, weights.earth, value(in.earth_pct) / 100.0,
                      value(in.earth_pct) >= limits.min_earth_pct);
        if (in.darkness_h)
            criterion(in.darkness_h, 0.0, 0.0, value(in.darkness_h) <= limits.max_darkness_h);
        if (in.psr_distance_m)
            criterion(in.psr_distance_m, weights.psr, 1.0 - value(in.psr_distance_m) / psr_limit_m,
                      value(in.psr_distance_m) <= psr_limit_m);
        if (missing)
            continue;
        score.samples()[i] =
            excluded || weight <= 0.0 ? 0.0f : static_cast<float>(100.0 * total / weight);
    }
    return score;
}

std::vector<RankedSite> rankSites(const Raster<float>& score, int count, double min_spacing_px)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < score.size(); ++i)
        if (score.samples()[i] > 0.0f)
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return score.samples()[a] > score.samples()[b] || (score.samples()[a] == score.samples()[b] && a < b);
    });
    std::vector<RankedSite> best;
    const double spacing2 = min_spacing_px * min_spacing_px;
    for (const std::size_t i : order) {
        if (static_cast<int>(best.size()) >= count)
            break;
        const int col = static_cast<int>(i % static_cast<std::size_t>(score.width()));
        const int row = static_cast<int>(i / static_cast<std::size_t>(score.width()));
        const bool clear = std::none_of(best.begin(), best.end(), [&](const RankedSite& s) {
            const double dc = s.col - col, dr = s.row - row;
            return dc * dc + dr * dr < spacing2;
        });
        if (clear)
            best.push_back({col, row, score.samples()[i]});
    }
    return best;
}

} // namespace lunar
