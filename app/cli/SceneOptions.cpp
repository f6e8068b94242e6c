#include "cli/SceneOptions.h"

#include "cli/CommandLine.h"
#include "core/LunarError.h"
#include "core/NameList.h"
#include "io/ScenarioDemCheck.h"
#include "io/ScenarioLoader.h"

namespace lunar::cli {

void SceneOptions::addTo(CLI::App& sub)
{
    sub.add_option("--scenario", scenario,
                   "Scenario JSON (default: the built-in ILRS concept, data/ilrs_concept.json)");
    sub.add_option("dem", dem_positional,
                   "DEM to show (a file, or a name from `lunarviz dem list`) instead of the "
                   "scenario's: the view centres on it if the base is not on it");
    sub.add_option("--dem", dem, "The same as the DEM argument");
    sub.add_option("--assume-crs", assume_crs,
                   "CRS for a DEM that has none (e.g. IAU_2015:30135)");
    sub.add_option("--time", time, "UTC time to show, ISO-8601 (default: the scenario's)");
    sub.add_option("--exaggeration", exaggeration, "Vertical exaggeration of the terrain")
        ->check(CLI::Range(1.0, 10.0))
        ->capture_default_str();
    sub.add_option("--max-slope", max_slope_deg,
                   "Slope under a facility's footprint above which it is reported, degrees")
        ->check(CLI::Range(1.0, 60.0))
        ->capture_default_str();
    sub.add_option("--horizon-directions", horizon_directions,
                   "Azimuths of the horizon maps that cast terrain shadows (cached per DEM)")
        ->check(CLI::Range(64, 1024))
        ->capture_default_str();
    sub.add_option("--exposure", exposure_ev,
                   "A fixed exposure value (EV at ISO 100; the old fixed look is 12.73) "
                   "instead of the meter's, for comparing pictures")
        ->check(CLI::Range(-6.0, 24.0));
    sub.add_option("--shading", shading,
                   "Terrain shading: sunlit (the date's Sun), hillshade, elevation or slope")
        ->check(CLI::IsMember(terrainShadingNames()))
        ->capture_default_str();
    sub.add_option("--photometry", photometry,
                   "Sunlit regolith reflectance: hapke (Hapke 2012 with the opposition effect, "
                   "the default) or lunar-lambert (McEwen 1991)");
    sub.add_option("--layers", layers,
                   "Overlays on or off: grid, keep-out, trajectories, labels, stars, detail, "
                   "boulders, dust (landing plumes and dust) (no-NAME: off), comma-separated")
        ->delimiter(',');
}

void SceneOptions::applyLayers(LayerVisibility& visibility) const
{
    terrainShadingNamed(shading, visibility.shading);
    if (!photometry.empty() && !photometricModelNamed(photometry, visibility.photometry))
        throw LunarError("--photometry", "\"" + photometry + "\" is not a photometric model (" +
                                             joinedNames(photometricModelNames()) + ")");
    for (const std::string& name : layers)
        applyLayerSwitch(visibility, name);
}

scene::SceneRequest SceneOptions::request() const
{
    scene::SceneRequest r;
    if (!scenario.empty())
        r.scenario_path = scenario;
    if (const std::string path = demPath(); !path.empty())
        r.dem_path = path;
    if (!assume_crs.empty())
        r.assume_crs = assume_crs;
    r.vertical_exaggeration = exaggeration;
    r.horizon_directions = horizon_directions;
    r.max_slope_deg = max_slope_deg;
    r.exposure_ev = exposure_ev;
    if (!time.empty())
        r.time_iso = time;
    return r;
}

std::string SceneOptions::demPath() const { return chosenDemPath(dem, dem_positional); }

Scenario SceneOptions::scenarioShown() const
{
    Scenario shown = scenario.empty() ? io::defaultScenario() : io::loadScenario(scenario);
    if (const std::string path = demPath(); !path.empty()) {
        io::DemOpenOptions open;
        if (!assume_crs.empty())
            open.assume_crs = assume_crs;
        io::fitScenarioToDemFile(shown, path, open,
                                 time.empty() ? std::nullopt
                                              : std::optional<UtcTime>(UtcTime::parseIso(time, "--time")));
    }
    return shown;
}

} // namespace lunar::cli
