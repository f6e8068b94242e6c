#pragma once
// Numbers as the analysis names them in file names, descriptions and messages.
#include <string>

namespace lunar::analysis {

// As short as it reads (printf %g), with its unit: (2, "m") -> "2m", (6, " h") -> "6 h".
std::string withUnit(double value, const char* unit);

// An eye height as file names carry it: 2 -> "2m", 0.5 -> "0.5m".
std::string heightTag(double height_m);

} // namespace lunar::analysis
