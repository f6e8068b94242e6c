#include "analysis/NumberText.h"

#include <cstdio>

namespace lunar::analysis {

std::string withUnit(double value, const char* unit)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g%s", value, unit);
    return text;
}

std::string heightTag(double height_m) { return withUnit(height_m, "m"); }

} // namespace lunar::analysis
