#pragma once
// Loads a procedural DEM recipe (data/default_dem_recipe.json format).
#include "terrain/DemRecipe.h"

#include <string>

namespace lunar::io {

DemRecipe parseDemRecipe(const std::string& json_text, const std::string& file);
DemRecipe loadDemRecipe(const std::string& path);
// The built-in default recipe.
DemRecipe defaultDemRecipe();

} // namespace lunar::io
