#pragma once
// The recipe of the procedural default DEM: grid, seed, real named craters, the random
// crater population and the background relief. Loaded from data/default_dem_recipe.json
// (which cites a source for every named crater); defaults here are the recipe's own.
#include <cstdint>
#include <string>
#include <vector>

namespace lunar {

struct NamedCrater {
    std::string name;
    double lat_deg = 0.0;
    double lon_deg = 0.0;
    double diameter_km = 0.0;
    double depth_km = 0.0;    // 0: use the fresh depth/diameter relation, then degrade
    double degradation = 0.0; // 0 fresh .. 1 nearly erased
};

// A planned landing site kept clear of the random craters: on the real Moon it was chosen
// flat and lit, and a random crater stamped on it would put the lander in a pit.
struct ClearSite {
    std::string name;
    double lat_deg = 0.0;
    double lon_deg = 0.0;
    double radius_km = 1.0;
};

struct CraterPopulationOptions {
    double density_per_km2_above_1km = 0.05; // cumulative N(>1 km) per km^2
    double sfd_slope = 2.0;                  // N(>D) ~ D^-slope (near equilibrium)
    double min_diameter_px = 3.0;            // smallest crater, in pixels (resolvable)
    double max_diameter_km = 15.0;           // largest random crater
    double degradation_exponent = 0.4;       // degradation = U^exponent: most are old
};

struct BackgroundReliefOptions {
    double regional_amplitude_m = 900.0;     // massifs and basins (first octave)
    double regional_wavelength_km = 60.0;
    double roughness_amplitude_m = 2.5;      // metre-scale regolith roughness
    double roughness_wavelength_m = 300.0;
};

struct DemRecipe {
    int size_px = 5000;            // square grid, pixels per side
    double resolution_m = 20.0;    // pixel size
    std::uint64_t seed = 2030;
    std::vector<NamedCrater> named_craters;
    std::vector<ClearSite> clear_sites; // no random crater's rim or near ejecta reaches these
    CraterPopulationOptions population;
    BackgroundReliefOptions background;
};

} // namespace lunar
