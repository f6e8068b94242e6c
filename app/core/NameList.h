#pragma once
// "a, b, c": the lists error messages give of the known choices ("no camera "x" (cameras:
// core, base)"), so every message lists them the same way.
#include <string>
#include <vector>

namespace lunar {

// Joins name_of(item) for each item with ", ".
template <typename Range, typename NameOf> std::string joinedNames(const Range& items, NameOf name_of)
{
    std::string out;
    for (const auto& item : items) {
        if (!out.empty())
            out += ", ";
        out += name_of(item);
    }
    return out;
}

inline std::string joinedNames(const std::vector<std::string>& names)
{
    return joinedNames(names, [](const std::string& name) { return name; });
}

} // namespace lunar
