#pragma once
// The tables `lunarviz analyze` writes beside its maps: the ranked best sites (CSV for
// spreadsheets, JSON with the weights, limits and range that produced them) and each
// facility's own figures and its Sun/Earth strips along the date range (CSV). Written
// atomically; returns the file names written under the request's out_dir.
#include "astro/BodyTrack.h"
#include "io/SiteAnalysis.h"
#include "terrain/SiteSuitability.h"
#include "terrain/TerrainGrid.h"

#include <string>
#include <vector>

namespace lunar::io {

struct SiteRankingTable {
    const TerrainGrid& grid; // heights of the analysed area; the maps below match it
    const std::vector<RankedSite>& best;
    const Raster<float>& score;
    const Raster<float>& slope_deg;
    const Raster<float>& roughness_m;
    const Raster<float>& illumination_pct;
    const Raster<float>& darkness_h;
    const Raster<float>& earth_pct;
    const Raster<float>& psr_distance_m;
};

// The ranked sites with every figure of the maps at their texel.
std::vector<BestSiteRow> bestSiteRows(const SiteRankingTable& table);

// best_sites<suffix>.csv and best_sites<suffix>.json; returns the file names.
std::vector<std::string> writeSiteRanking(const SiteAnalysisRequest& request,
                                          const std::vector<BestSiteRow>& sites,
                                          const std::string& suffix);

struct FacilityReport {
    std::vector<FacilityFiguresRow> rows;
    std::vector<std::string> written; // file names
};

// facilities.csv (each facility at its own height: light, longest darkness, Earth) and
// facility_strips.csv (per instant, each facility's visible share of the Sun and the Earth).
// Facilities off `grid` are listed with their reason and no figures.
FacilityReport writeFacilityReport(const SiteAnalysisRequest& request, const TerrainGrid& grid,
                                   const astro::BodyTrack& track);

} // namespace lunar::io
