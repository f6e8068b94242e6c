#pragma once
// "Did you mean": the known names nearest to a mistyped one, for messages that refuse an
// unknown name (a DEM catalogue entry, say) and list the likely intended ones.
#include <cstddef>
#include <string>
#include <vector>

namespace lunar {

// Edit distance (insertions, deletions, substitutions, adjacent transpositions), ignoring
// case: "ldem_58s_20m" is 1 from "LDEM_85S_20M".
std::size_t editDistanceIgnoringCase(const std::string& a, const std::string& b);

// Up to `count` of `known`, nearest first. A known name that holds the wanted text whole
// (ignoring case: "85s_20m" in "LDEM_85S_20M") counts as nearer than any that does not.
std::vector<std::string> closestNames(const std::string& wanted, const std::vector<std::string>& known,
                                      std::size_t count = 3);

} // namespace lunar
