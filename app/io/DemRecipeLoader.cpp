#include "io/DemRecipeLoader.h"

#include "core/LunarError.h"
#include "io/EmbeddedData.h"
#include "io/JsonReader.h"
#include "io/TextFile.h"

namespace lunar::io {

DemRecipe parseDemRecipe(const std::string& json_text, const std::string& file)
{
    const nlohmann::json root = JsonReader::parse(json_text, file);
    const JsonReader top(root, file);
    if (top.string("format") != "lunarviz-dem-recipe/1")
        top.fail("format", "expected \"lunarviz-dem-recipe/1\"");
    DemRecipe recipe;
    const JsonReader grid = top.child("grid");
    recipe.size_px = static_cast<int>(grid.number("size_px", 16, 65536));
    recipe.resolution_m = grid.number("resolution_m", 0.5, 10000.0);
    recipe.seed = static_cast<std::uint64_t>(top.number("seed", 0, 4294967295.0));
    for (const JsonReader& c : top.array("named_craters")) {
        NamedCrater crater;
        crater.name = c.string("name");
        crater.lat_deg = c.number("lat_deg", -90.0, 90.0);
        crater.lon_deg = c.number("lon_deg", -360.0, 360.0);
        crater.diameter_km = c.number("diameter_km", 0.01, 2500.0);
        crater.depth_km = c.number("depth_km", 0.0, 10.0, 0.0);
        crater.degradation = c.number("degradation", 0.0, 1.0);
        c.string("source"); // every named crater cites where its numbers come from
        recipe.named_craters.push_back(crater);
    }
    for (const JsonReader& c : top.optionalArray("clear_sites")) {
        ClearSite site;
        site.name = c.string("name");
        site.lat_deg = c.number("lat_deg", -90.0, 90.0);
        site.lon_deg = c.number("lon_deg", -360.0, 360.0);
        site.radius_km = c.number("radius_km", 0.01, 100.0);
        c.string("source");
        recipe.clear_sites.push_back(site);
    }
    const JsonReader pop = top.child("population");
    recipe.population.density_per_km2_above_1km = pop.number("density_per_km2_above_1km", 0.0, 10.0);
    recipe.population.sfd_slope = pop.number("sfd_slope", 1.0, 4.0);
    recipe.population.min_diameter_px = pop.number("min_diameter_px", 1.0, 1000.0);
    recipe.population.max_diameter_km = pop.number("max_diameter_km", 0.01, 500.0);
    recipe.population.degradation_exponent = pop.number("degradation_exponent", 0.05, 5.0);
    const JsonReader bg = top.child("background");
    recipe.background.regional_amplitude_m = bg.number("regional_amplitude_m", 0.0, 10000.0);
    recipe.background.regional_wavelength_km = bg.number("regional_wavelength_km", 0.1, 10000.0);
    recipe.background.roughness_amplitude_m = bg.number("roughness_amplitude_m", 0.0, 1000.0);
    recipe.background.roughness_wavelength_m = bg.number("roughness_wavelength_m", 1.0, 100000.0);
    return recipe;
}

DemRecipe loadDemRecipe(const std::string& path) { return parseDemRecipe(readTextFile(path), path); }

DemRecipe defaultDemRecipe()
{
    const std::string name = "default_dem_recipe.json";
    return parseDemRecipe(embeddedDataFile(name), embeddedLabel(name));
}

} // namespace lunar::io
