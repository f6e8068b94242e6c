// `lunarviz make-dem`: writes the procedural south-polar DEM as a GeoTIFF (IAU_2015:30135).
#include "cli/CommandLine.h"

#include "core/LunarError.h"
#include "io/AtomicFile.h"
#include "io/BaseShapeReader.h"
#include "io/DefaultDemCache.h"
#include "io/DemRecipeLoader.h"

#include <cstdio>
#include <memory>
#include <optional>

namespace lunar::cli {

Subcommand addMakeDemCommand(CLI::App& app)
{
    struct Options {
        std::string out;
        std::optional<int> size_px;
        std::optional<double> resolution_m;
        std::optional<std::uint64_t> seed;
        std::string recipe;
        bool cache = false;
        std::string base;
    };
    auto options = std::make_shared<Options>();
    CLI::App* sub = app.add_subcommand(
        "make-dem", "Write the procedural south-polar DEM (GeoTIFF, IAU_2015:30135)");
    CLI::Option* out = sub->add_option("--out", options->out, "Output GeoTIFF path");
    CLI::Option* cache =
        sub->add_flag("--cache", options->cache,
                      "Write it where `lunarviz` looks for the default DEM (the user cache)");
    out->excludes(cache);
    sub->add_option("--base", options->base,
                    "Coarse real DEM (e.g. LOLA LDEM_4) giving the large-scale shape; the "
                    "generator adds craters and detail finer than it")
        ->excludes(cache);
    sub->add_option("--size", options->size_px, "Pixels per side (default from the recipe: 5000)")
        ->check(CLI::Range(16, 65536));
    sub->add_option("--resolution", options->resolution_m,
                    "Metres per pixel (default from the recipe: 20)")
        ->check(CLI::Range(0.5, 10000.0));
    sub->add_option("--seed", options->seed, "Random seed of the crater population");
    sub->add_option("--recipe", options->recipe,
                    "Recipe JSON (default: the built-in data/default_dem_recipe.json)");
    return {sub, [options] {
                if (options->out.empty() && !options->cache)
                    throw LunarError("make-dem", "give --out FILE, or --cache to write it where "
                                                 "lunarviz looks for the default DEM");
                DemRecipe recipe = options->recipe.empty() ? io::defaultDemRecipe()
                                                           : io::loadDemRecipe(options->recipe);
                if (options->size_px)
                    recipe.size_px = *options->size_px;
                if (options->resolution_m)
                    recipe.resolution_m = *options->resolution_m;
                if (options->seed)
                    recipe.seed = *options->seed;
                const std::string path =
                    options->cache ? io::ensureCachedDem(recipe) : options->out;
                if (!options->cache) {
                    io::requireOutputDirectory(path);
                    std::optional<BaseShape> base;
                    if (!options->base.empty())
                        base = io::readBaseShape(options->base, recipe);
                    io::writeProceduralDem(recipe, path, base ? &*base : nullptr);
                }
                std::printf("wrote %s (%d x %d px, %.1f m/px, seed %llu)\n", path.c_str(), recipe.size_px, recipe.size_px,
                            recipe.resolution_m, static_cast<unsigned long long>(recipe.seed));
                return 0;
            }};
}

} // namespace lunar::cli
