// `lunarviz analyze`: site-selection maps computed from a DEM, written as GeoTIFFs in the
// DEM's own CRS (QGIS opens them on the right Moon CRS), with the best sites ranked and each
// facility's own figures (analysis/SiteAnalysis does the work; this file reads the options).
#include "cli/CommandLine.h"

#include "analysis/AnalysisPlan.h"
#include "analysis/SiteAnalysis.h"
#include "core/Log.h"
#include "core/LunarError.h"
#include "core/NameList.h"
#include "core/ProgressBar.h"
#include "io/ScenarioDemCheck.h"
#include "io/ScenarioLoader.h"
#include "mission/Scenario.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <sstream>

namespace lunar::cli {

namespace {

struct AnalyzeOptions {
    std::string dem;
    std::string dem_positional;
    std::string scenario;
    std::string out;
    std::string layers;
    std::string assume_crs;
    std::string from = "2030-01-01";
    std::string to = "2031-01-01";
    double step_h = 2.0;
    std::string period;
    bool range_given = false; // --from, --to or --step on the command line (--period refuses them)
    std::string heights = "2";
    int directions = 64;
    std::string weights;
    std::string limits;
    int best = 20;
    double spacing_m = 1000.0;
    int max_size = 0;
    std::string tile;
    double halo_km = 20.0;
    std::string merge;
};

std::vector<std::string> splitList(const std::string& list)
{
    std::vector<std::string> out;
    std::stringstream in(list);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty())
            out.push_back(item);
    return out;
}

std::vector<double> parseHeights(const std::string& list)
{
    std::vector<double> out;
    for (const std::string& item : splitList(list)) {
        std::size_t used = 0;
        double v = NAN;
        try {
            v = std::stod(item, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != item.size())
            throw LunarError("--heights", "\"" + item + "\" is not a height in metres");
        out.push_back(v);
    }
    return out;
}

int runMerge(const std::string& dir)
{
    const std::vector<std::string> vrts = analysis::mergeAnalysisTiles(dir);
    std::printf("wrote");
    for (const std::string& v : vrts)
        std::printf(" %s", v.c_str());
    std::printf(" in %s\n", dir.c_str());
    return 0;
}

int runAnalyze(const AnalyzeOptions& o)
{
    if (!o.merge.empty())
        return runMerge(o.merge);
    if (o.out.empty())
        throw LunarError("--out", "is required (the folder for the maps)");
    analysis::SiteAnalysisRequest request;
    request.layers = splitList(o.layers);
    if (!o.layers.empty() && request.layers.empty())
        throw LunarError("--layers", "names no layer");
    std::string from = o.from, to = o.to;
    double step_h = o.step_h;
    if (!o.period.empty()) {
        const auto period = analysis::analysisPeriodNamed(o.period);
        if (!period)
            throw LunarError("--period", "\"" + o.period + "\" is not a period (" +
                                             joinedNames(analysis::analysisPeriodNames()) + ")");
        if (o.range_given)
            throw LunarError("--period", "sets the dates and the step itself: give it without --from, --to and --step");
        from = period->from;
        to = period->to;
        step_h = period->step_h;
    }
    request.from = UtcTime::parseIso(from, "--from");
    request.to = UtcTime::parseIso(to, "--to");
    request.step_h = step_h;
    request.heights_m = parseHeights(o.heights);
    request.horizon_directions = o.directions;
    request.weights = parseSuitabilityWeights(o.weights);
    request.limits = parseSuitabilityLimits(o.limits);
    request.best_count = o.best;
    request.site_spacing_m = o.spacing_m;
    request.halo_km = o.halo_km;
    request.max_side_px = o.max_size;
    if (!o.tile.empty())
        std::tie(request.tile_index, request.tile_count) = analysis::parseTileSpec(o.tile);
    if (!o.assume_crs.empty())
        request.assume_crs = o.assume_crs;
    request.out_dir = o.out;

    analysis::checkSiteAnalysisRequest(request);
    Scenario scenario = o.scenario.empty() ? io::defaultScenario() : io::loadScenario(o.scenario);
    // The DEM: the one given (a file or a catalogue name), else the scenario's, else the
    // built-in procedural one.
    if (const std::string given = chosenDemPath(o.dem, o.dem_positional); !given.empty()) {
        request.dem_path = given;
        // Facilities off the user's DEM are left out of the facility figures, with a note.
        io::DemOpenOptions open;
        open.assume_crs = request.assume_crs;
        const std::size_t facilities = scenario.facilities.size();
        const DemFit fit = io::fitScenarioToDemFile(scenario, request.dem_path, open, request.from);
        if (!fit.left_out.empty())
            log::write(log::Level::note, request.dem_path,
                       std::to_string(fit.left_out.size()) + " of the scenario's " +
                           std::to_string(facilities) + " facilities lie outside it and are left "
                           "out of the facility figures" +
                           (fit.recentred ? " (its base is not on it)"
                                          : ": " + joinedNames(fit.left_out)));
    }
    else
        request.dem_path = io::scenarioDemPath(scenario, o.scenario);
    request.scenario = scenario.facilities.empty() ? nullptr : &scenario;

    // One bar per stage; the stage's own fraction drives it.
    std::unique_ptr<ProgressBar> bar;
    std::string stage_shown;
    const auto progress = [&](const std::string& stage, double fraction) {
        if (stage != stage_shown) {
            if (bar)
                bar->finish();
            bar = std::make_unique<ProgressBar>(stage, 1000);
            stage_shown = stage;
        }
        bar->setDone(static_cast<std::size_t>(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000.0)));
    };
    const analysis::SiteAnalysisResult result = analysis::runSiteAnalysis(request, progress);
    if (bar)
        bar->finish();
    std::printf("wrote");
    for (const std::string& file : result.written)
        std::printf(" %s", file.c_str());
    std::printf(" (%d x %d) to %s\n", result.width, result.height, o.out.c_str());
    return 0;
}

} // namespace

Subcommand addAnalyzeCommand(CLI::App& app)
{
    auto o = std::make_shared<AnalyzeOptions>();
    CLI::App* sub = app.add_subcommand(
        "analyze", "Site-selection maps from a DEM (GeoTIFFs in its CRS), best sites, facility figures");
    sub->add_option("dem", o->dem_positional, "The DEM to analyse (a file, or a name from `lunarviz dem list`); the same as --dem");
    sub->add_option("--dem", o->dem, "The DEM (any GDAL raster on a projected lunar CRS); default: the scenario's, else the built-in one");
    sub->add_option("--scenario", o->scenario, "Scenario whose facilities are reported (default: the built-in ILRS concept)");
    sub->add_option("--out", o->out, "Folder for the maps and tables (created if missing)");
    std::string layer_help = "Comma-separated: ";
    for (const std::string& name : analysis::analysisLayerNames())
        layer_help += name + (name == analysis::analysisLayerNames().back() ? "" : ", ");
    sub->add_option("--layers", o->layers, layer_help + " (default: all)");
    const auto given = [o](const std::string&) { o->range_given = true; };
    sub->add_option("--from", o->from, "Start of the date range, UTC ISO-8601 (default 2030-01-01)")->each(given);
    sub->add_option("--to", o->to, "End of the date range (default 2031-01-01)")->each(given);
    sub->add_option("--step", o->step_h, "Hours between Sun and Earth samples (default 2)")->each(given);
    sub->add_option("--period", o->period,
                    "A named range and step instead of --from, --to and --step: lunar-cycle (the 18.6-year "
                    "precession cycle hourly, 2015-12-24 to 2034-12-24, as Glaser et al. 2014)");
    sub->add_option("--heights", o->heights, "Eye heights above the ground for light and Earth, metres, comma-separated (default 2)");
    sub->add_option("--directions", o->directions, "Horizon directions (default 64)")->check(CLI::Range(16, 1024));
    sub->add_option("--weights", o->weights, "Suitability weights, e.g. illumination=0.4,earth=0.2,slope=0.2,roughness=0,psr=0.2");
    sub->add_option("--limits", o->limits, "Hard limits, e.g. slope=10,roughness=5,illumination=0,earth=0,darkness=1e9,psr=15 (deg, m, %, %, h, km)");
    sub->add_option("--best", o->best, "How many sites to rank (default 20)")->check(CLI::Range(1, 100000));
    sub->add_option("--site-spacing", o->spacing_m, "Ranked sites at least this many metres apart (default 1000)")->check(CLI::NonNegativeNumber);
    sub->add_option("--max-size", o->max_size, "Read the DEM at most this many pixels per side (quick maps; default: full resolution)")->check(CLI::Range(16, 1000000));
    sub->add_option("--tile", o->tile, "Compute tile i of N only (i/N, 1-based), with a halo; merge with --merge");
    sub->add_option("--halo", o->halo_km, "Full-resolution horizon around a tile, km (default 20)")->check(CLI::PositiveNumber);
    sub->add_option("--merge", o->merge, "Folder of tile outputs: write one GDAL VRT per map over its tiles");
    sub->add_option("--assume-crs", o->assume_crs, "CRS of a DEM that has none (e.g. IAU_2015:30135)");
    return {sub, [o] { return runAnalyze(*o); }};
}

} // namespace lunar::cli
