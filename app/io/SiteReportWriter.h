#pragma once
// The tables `lunarviz analyze` writes beside its maps, from rows the analysis computed: the
// ranked best sites (CSV for spreadsheets, JSON with the weights, limits and range that
// produced them) and each facility's own figures and its Sun/Earth strips along the date range
// (CSV). Writing only: every figure comes in a row. Written atomically; each function returns
// the file names it wrote under `out_dir`, and throws LunarError naming a file it cannot write.
#include "io/SiteReportRows.h"

#include <string>
#include <vector>

namespace lunar::io {

// best_sites<suffix>.csv and best_sites<suffix>.json (figures rounded per column; NaN: an
// empty cell, JSON null).
std::vector<std::string> writeSiteRanking(const std::string& out_dir, const SiteRankingFacts& facts,
                                          const std::vector<BestSiteRow>& sites,
                                          const std::string& suffix);

// facilities.csv (each facility at its own height: light, longest darkness, Earth; off the
// DEM: no figures and a note) and facility_strips.csv (per instant, each facility on the DEM).
std::vector<std::string> writeFacilityReport(const std::string& out_dir,
                                             const std::vector<FacilityFiguresRow>& facilities,
                                             const FacilityStrips& strips);

} // namespace lunar::io
