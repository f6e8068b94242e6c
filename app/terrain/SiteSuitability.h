#pragma once
// A landing/base-site suitability score from the analysis maps: hard limits first (a texel
// failing any scores 0), then a weighted mean of criteria each scaled to 0..1 (1 best):
//   illumination  mean lit share of the solar disc            (percent / 100)
//   earth         mean visible share of the Earth's disc      (percent / 100)
//   slope         1 - slope / slope limit                     (flat best)
//   roughness     1 - roughness / roughness limit             (smooth best)
//   psr           1 - distance to a cold trap / psr limit     (near water ice best)
// The score is 100 x the weighted mean. Texels with no data in a used map are NaN.
#include "terrain/Raster.h"

#include <map>
#include <string>
#include <vector>

namespace lunar {

struct SuitabilityWeights {
    double illumination = 0.4;
    double earth = 0.2;
    double slope = 0.2;
    double roughness = 0.0;
    double psr = 0.2;
};

struct SuitabilityLimits {
    double max_slope_deg = 10.0;         // landers and rovers (ILRS-class: about 8-15 deg)
    double max_roughness_m = 5.0;        // largest 3 x 3 height step
    double min_illumination_pct = 0.0;
    double min_earth_pct = 0.0;
    double max_darkness_h = 1.0e9;       // longest night a site may have to survive
    double max_psr_distance_km = 15.0;   // farther than this from a cold trap: excluded
};

// "illumination=0.5,slope=0.3" -> weights (the others keep their defaults); throws
// LunarError naming the unknown key or bad number, listing the known keys.
SuitabilityWeights parseSuitabilityWeights(const std::string& text);
// "slope=8,illumination=60,darkness=100,psr=10,roughness=3,earth=20".
SuitabilityLimits parseSuitabilityLimits(const std::string& text);

struct SuitabilityInputs {
    const Raster<float>* slope_deg = nullptr;
    const Raster<float>* roughness_m = nullptr;
    const Raster<float>* illumination_pct = nullptr;
    const Raster<float>* earth_pct = nullptr;
    const Raster<float>* darkness_h = nullptr;
    const Raster<float>* psr_distance_m = nullptr;
};

// Every input given must have the same size. Criteria and limits whose map is not given are
// left out (a missing weight is not renormalised into the others).
Raster<float> suitabilityScore(const SuitabilityInputs& inputs, const SuitabilityWeights& weights,
                               const SuitabilityLimits& limits);

struct RankedSite {
    int col = 0, row = 0;
    float score = 0.0f;
};

// The `count` best texels with score > 0, each at least `min_spacing_px` from every better
// one (so the list is of distinct sites, not the neighbours of one peak), best first.
std::vector<RankedSite> rankSites(const Raster<float>& score, int count, double min_spacing_px);

} // namespace lunar
