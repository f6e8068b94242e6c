#pragma once
// Text of the default data files (data/ilrs_concept.json, data/default_dem_recipe.json),
// embedded at build time so the binary needs no source tree beside it.
#include <map>
#include <string>

namespace lunar::io {

const std::map<std::string, std::string>& embeddedDataFiles();

// The embedded file's text; throws LunarError if the name is not embedded.
const std::string& embeddedDataFile(const std::string& name);

// Label used in messages for an embedded file, e.g. "data/ilrs_concept.json (built in)".
std::string embeddedLabel(const std::string& name);

} // namespace lunar::io
