#pragma once
// The rankings of tiles computed apart (best_sites.tile-i-of-N.json) as one ranking: every
// site, best first, each at least the rankings' site spacing from every better one kept, as
// many as the longest tile ranking holds, renumbered.
#include <string>
#include <vector>

namespace lunar::io {

// Writes the merged ranking to `out_path` (atomically), with the other fields of the first
// file. Throws LunarError naming a file that is not a readable ranking.
void writeMergedSiteRanking(const std::string& out_path, const std::vector<std::string>& files);

} // namespace lunar::io
