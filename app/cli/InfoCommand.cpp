// `lunarviz info FILE`: what a DEM or scenario file is, or what is wrong with it.
#include "cli/CommandLine.h"

#include "core/Log.h"
#include "io/DemDataFolder.h"
#include "io/DemInfo.h"
#include "io/LunarDem.h"
#include "io/ScenarioDemCheck.h"
#include "io/ScenarioLoader.h"

#include <cstdio>
#include <memory>

namespace lunar::cli {

namespace {
bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void printScenario(const std::string& path)
{
    const Scenario s = io::loadScenario(path);
    io::requireSitesOnScenarioDem(s, path);
    for (const std::string& warning : s.warnings)
        log::warning(warning);
    std::printf("file:        %s\nscenario:    %s\norigin:      %.4f, %.4f deg\ndem:         %s\n"
                "timeline:    %s .. %s\nfacilities:  %zu\nmissions:    %zu\ncameras:     %zu\n",
                path.c_str(), s.name.c_str(), s.origin_lat_deg, s.origin_lon_deg, s.dem.c_str(),
                s.timeline_start.toIso().c_str(), s.timeline_end.toIso().c_str(),
                s.facilities.size(), s.missions.size(), s.cameras.size());
}
} // namespace

Subcommand addInfoCommand(CLI::App& app)
{
    struct Options {
        std::string file;
        std::string assume_crs;
    };
    auto options = std::make_shared<Options>();
    CLI::App* sub = app.add_subcommand("info", "Describe a DEM or scenario file, or say what is "
                                               "wrong with it");
    sub->add_option("file", options->file, "DEM (any GDAL raster, or a name from `lunarviz dem list`) or scenario (.json)")
        ->required();
    sub->add_option("--assume-crs", options->assume_crs,
                    "CRS for a DEM that has none (e.g. IAU_2015:30135)");
    return {sub, [options] {
                if (endsWith(options->file, ".json")) {
                    printScenario(options->file);
                    return 0;
                }
                io::DemOpenOptions open;
                if (!options->assume_crs.empty())
                    open.assume_crs = options->assume_crs;
                std::fputs(io::describeDem(io::resolveDemSource(options->file, "info"), open).c_str(),
                           stdout);
                return 0;
            }};
}

} // namespace lunar::cli
