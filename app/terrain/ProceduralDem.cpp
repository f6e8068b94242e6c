#include "terrain/ProceduralDem.h"

#include "core/Angles.h"
#include "core/PolarStereographic.h"
#include "terrain/CraterPopulation.h"
#include "terrain/CraterProfile.h"
#include "terrain/FractalNoise.h"
#include "terrain/RasterSampling.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <cmath>

namespace lunar {

namespace {

void addBackground(Raster<float>& dem, const FractalNoise& regional, const BaseShape* base)
{
    tbb::parallel_for(0, dem.height(), [&](int row) {
        for (int col = 0; col < dem.width(); ++col) {
            const MapXY p = dem.geo.mapFromPixel(col + 0.5, row + 0.5);
            double height = regional.at(p.x, p.y);
            if (base) {
                double bc = 0.0, br = 0.0;
                base->height_m.geo.pixelFromMap(p, bc, br);
                height += bicubic(base->height_m, bc - 0.5, br - 0.5);
            }
            dem.at(col, row) = static_cast<float>(height);
        }
    });
}

void addRoughness(Raster<float>& dem, const FractalNoise& roughness)
{
    tbb::parallel_for(0, dem.height(), [&](int row) {
        for (int col = 0; col < dem.width(); ++col) {
            const MapXY p = dem.geo.mapFromPixel(col + 0.5, row + 0.5);
            dem.at(col, row) += static_cast<float>(roughness.at(p.x, p.y));
        }
    });
}

// Mean pre-impact height on the rim circle: the level the new cavity is cut from.
double referenceHeight(const Raster<float>& dem, double col, double row, double radius_px)
{
    double sum = 0.0;
    constexpr int samples = 12;
    for (int i = 0; i < samples; ++i) {
        const double a = kTwoPi * i / samples;
        sum += dem.bilinear(col + radius_px * std::cos(a), row + radius_px * std::sin(a));
    }
    return sum / samples;
}

void stampCrater(Raster<float>& dem, const PlacedCrater& crater, double resolution_m)
{
    CraterShape shape = freshCraterShape(crater.diameter_m);
    if (crater.depth_m > 0.0) // a measured depth replaces the relation (named craters)
        shape.depth_m = crater.depth_m / std::max(1e-6, 1.0 - 0.85 * crater.degradation);
    shape = degradedCraterShape(shape, crater.degradation);

    double centre_col = 0.0, centre_row = 0.0;
    dem.geo.pixelFromMap({crater.x_m, crater.y_m}, centre_col, centre_row);
    centre_col -= 0.5;
    centre_row -= 0.5;
    const double radius_px = shape.radius_m / resolution_m;
    const double reach_px = radius_px * kCraterInfluenceRadii;
    const int col0 = std::max(0, static_cast<int>(std::floor(centre_col - reach_px)));
    const int col1 = std::min(dem.width() - 1, static_cast<int>(std::ceil(centre_col + reach_px)));
    const int row0 = std::max(0, static_cast<int>(std::floor(centre_row - reach_px)));
    const int row1 = std::min(dem.height() - 1, static_cast<int>(std::ceil(centre_row + reach_px)));
    if (col0 > col1 || row0 > row1)
        return;
    const double reference_m = referenceHeight(dem, centre_col, centre_row, radius_px);

    auto stampRow = [&](int row) {
        for (int col = col0; col <= col1; ++col) {
            const double distance_m =
                std::hypot(col - centre_col, row - centre_row) * resolution_m;
            if (distance_m >= shape.radius_m * kCraterInfluenceRadii)
                continue;
            float& h = dem.at(col, row);
            const double erase = craterErasure(shape, distance_m);
            const double relief = craterRelief(shape, distance_m);
            const double outside = h + relief;
            const double inside = reference_m + relief;
            h = static_cast<float>(outside + (inside - outside) * erase);
        }
    };
    if ((row1 - row0) > 64)
        tbb::parallel_for(row0, row1 + 1, stampRow);
    else
        for (int row = row0; row <= row1; ++row)
            stampRow(row);
}

// From the pole to the grid's edge: the grid is square and centred on the pole.
double halfExtent_m(const DemRecipe& recipe) { return 0.5 * recipe.size_px * recipe.resolution_m; }

} // namespace

GeoTransform proceduralDemGeoTransform(const DemRecipe& recipe)
{
    const double half_extent_m = halfExtent_m(recipe);
    return GeoTransform{-half_extent_m, recipe.resolution_m, 0.0,
                        half_extent_m,  0.0,                 -recipe.resolution_m};
}

Raster<float> generateProceduralDem(const DemRecipe& recipe, const ProgressCallback& progress,
                                    const BaseShape* base)
{
    Raster<float> dem(recipe.size_px, recipe.size_px, 0.0f);
    dem.geo = proceduralDemGeoTransform(recipe);

    FractalNoiseOptions regional;
    regional.base_wavelength_m = recipe.background.regional_wavelength_km * 1000.0;
    regional.amplitude_m = recipe.background.regional_amplitude_m;
    regional.octaves = 6;
    regional.persistence = 0.45;
    regional.seed = splitMix64(recipe.seed ^ 0x1);
    if (base) {
        // The real DEM gives the shape down to twice its pixel size; fractal relief adds
        // only the octaves below that, with the amplitude those octaves would have had.
        const double cutoff_m = 2.0 * base->resolution_m;
        const double skipped =
            std::max(0.0, std::log2(regional.base_wavelength_m / cutoff_m));
        regional.amplitude_m *= std::pow(regional.persistence, skipped);
        regional.base_wavelength_m = std::min(regional.base_wavelength_m, cutoff_m);
        regional.octaves = std::max(1, regional.octaves - static_cast<int>(std::floor(skipped)));
    }
    FractalNoiseOptions roughness;
    roughness.base_wavelength_m = recipe.background.roughness_wavelength_m;
    roughness.amplitude_m = recipe.background.roughness_amplitude_m;
    roughness.octaves = 3;
    roughness.persistence = 0.5;
    roughness.seed = splitMix64(recipe.seed ^ 0x2);

    std::vector<PlacedCrater> craters = generateCraterPopulation(
        recipe.population, halfExtent_m(recipe), recipe.resolution_m, recipe.seed);
    const PolarStereographic south(PolarStereographic::Pole::South);
    for (const ClearSite& site : recipe.clear_sites) {
        const MapXY centre = south.toMap({degToRad(site.lat_deg), degToRad(site.lon_deg)});
        removeCratersNear(craters, centre.x, centre.y, site.radius_km * 1000.0);
    }
    for (const NamedCrater& named : recipe.named_craters) {
        const MapXY centre = south.toMap({degToRad(named.lat_deg), degToRad(named.lon_deg)});
        craters.push_back({centre.x, centre.y, named.diameter_km * 1000.0,
                           named.depth_km * 1000.0, named.degradation});
    }
    // Oldest first; a named crater goes in among the population by its degradation.
    std::stable_sort(craters.begin(), craters.end(),
                     [](const PlacedCrater& a, const PlacedCrater& b) {
                         return a.degradation > b.degradation;
                     });

    const std::size_t total = craters.size() + 2;
    std::size_t done = 0;
    addBackground(dem, FractalNoise(regional), base);
    if (progress)
        progress(++done, total);
    for (const PlacedCrater& crater : craters) {
        stampCrater(dem, crater, recipe.resolution_m);
        if (progress && (++done % 256 == 0))
            progress(done, total);
    }
    done = total - 1;
    addRoughness(dem, FractalNoise(roughness));
    if (progress)
        progress(total, total);
    return dem;
}

} // namespace lunar
