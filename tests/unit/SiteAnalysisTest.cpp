// The analysis as `analyze` runs it: tiles merged through a VRT equal the whole-DEM run, the
// ranking is ordered and spaced, every facility gets a row, and bad requests are refused.
#include "TestPaths.h"

#include "analysis/SiteAnalysis.h"
#include "core/LunarError.h"
#include "io/DemRecipeLoader.h"
#include "io/GeoTiffWriter.h"
#include "io/ScenarioLoader.h"
#include "mission/Scenario.h"
#include "terrain/ProceduralDem.h"

#include <catch2/catch.hpp>
#include <gdal.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

using namespace lunar;

namespace {

std::vector<float> readBand(const std::string& path, int& width, int& height)
{
    GDALDatasetH ds = GDALOpen(path.c_str(), GA_ReadOnly);
    REQUIRE(ds != nullptr);
    width = GDALGetRasterXSize(ds);
    height = GDALGetRasterYSize(ds);
    std::vector<float> values(static_cast<std::size_t>(width) * height);
    REQUIRE(GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Read, 0, 0, width, height, values.data(), width,
                         height, GDT_Float32, 0, 0) == CE_None);
    GDALClose(ds);
    return values;
}

analysis::SiteAnalysisRequest smallRequest(const std::string& dem, const std::string& out, const Scenario* scenario)
{
    analysis::SiteAnalysisRequest r;
    r.dem_path = dem;
    r.out_dir = out;
    r.layers = {"slope", "illumination", "earth", "psr", "suitability", "facilities"};
    r.from = UtcTime::parseIso("2030-01-01");
    r.to = UtcTime::parseIso("2030-03-01");
    r.step_h = 12.0;
    r.scenario = scenario;
    r.best_count = 5;
    r.site_spacing_m = 3000.0;
    return r;
}

} // namespace

TEST_CASE("Site analysis: four tiles merged by VRT equal the whole-DEM run", "[io][analysis]")
{
    GDALAllRegister();
    const auto dir = test::scratchDir("site-analysis");
    DemRecipe recipe = io::defaultDemRecipe();
    recipe.size_px = 160; // 80 km at 500 m around the pole
    recipe.resolution_m = 500.0;
    const std::string dem = (dir / "dem.tif").string();
    io::writeFloatGeoTiff(generateProceduralDem(recipe), dem);
    const Scenario scenario = io::defaultScenario();

    const analysis::SiteAnalysisResult whole = analysis::runSiteAnalysis(smallRequest(dem, (dir / "whole").string(), &scenario));
    CHECK(whole.width == 160);
    for (int i = 1; i <= 4; ++i) {
        analysis::SiteAnalysisRequest tile = smallRequest(dem, (dir / "tiles").string(), &scenario);
        tile.tile_index = i;
        tile.tile_count = 4;
        tile.layers.pop_back(); // facilities: a whole-DEM table
        const analysis::SiteAnalysisResult part = analysis::runSiteAnalysis(tile);
        CHECK(part.width == 80);
        CHECK(part.height == 80);
    }
    const std::vector<std::string> merged = analysis::mergeAnalysisTiles((dir / "tiles").string());
    CHECK(std::find(merged.begin(), merged.end(), "illumination_2m.vrt") != merged.end());
    CHECK(std::find(merged.begin(), merged.end(), "best_sites.json") != merged.end());

    // Beyond a 20 km halo a tile takes the horizon from the whole DEM read at up to 1024 px,
    // here full resolution. What differs is the sweep's own discretisation: its lines are
    // laid from each grid's corner, so a tile's horizons differ from the whole grid's by the
    // sweep's rounding (~0.02 deg mean), which flips a few texels where the Sun or the Earth
    // skims the horizon for days. The maps must agree closely almost everywhere.
    for (const std::string layer : {"slope", "illumination_2m", "earth_2m", "psr", "suitability"}) {
        int w1 = 0, h1 = 0, w2 = 0, h2 = 0;
        const std::vector<float> a = readBand((dir / "whole" / (layer + ".tif")).string(), w1, h1);
        const std::vector<float> b = readBand((dir / "tiles" / (layer + ".vrt")).string(), w2, h2);
        REQUIRE(w1 == w2);
        REQUIRE(h1 == h2);
        double sum = 0.0;
        std::size_t nan_mismatch = 0, counted = 0, off = 0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (std::isnan(a[i]) != std::isnan(b[i])) {
                ++nan_mismatch;
            } else if (!std::isnan(a[i])) {
                const double d = std::fabs(static_cast<double>(a[i]) - b[i]);
                sum += d;
                ++counted;
                off += d > 1.0 ? 1 : 0; // percentage points, score points, psr 0/1
            }
        }
        INFO(layer);
        CHECK(nan_mismatch == 0);
        CHECK(sum / static_cast<double>(counted) < (layer == "slope" ? 1e-6 : 0.15));
        CHECK(static_cast<double>(off) < 0.01 * static_cast<double>(counted));
    }
    // The lit share is a percentage with sunlit and shadowed ground both present.
    int w = 0, h = 0;
    const std::vector<float> light = readBand((dir / "whole" / "illumination_2m.tif").string(), w, h);
    CHECK(*std::max_element(light.begin(), light.end()) > 50.0f);
    CHECK(*std::min_element(light.begin(), light.end()) == 0.0f);

    // Best sites: best first, spaced, with their figures.
    nlohmann::json ranking;
    std::ifstream(dir / "whole" / "best_sites.json") >> ranking;
    REQUIRE(ranking["sites"].size() == 5);
    for (std::size_t i = 1; i < 5; ++i) {
        const auto& a = ranking["sites"][i - 1];
        const auto& b = ranking["sites"][i];
        CHECK(a["score"].get<double>() >= b["score"].get<double>());
        CHECK(std::hypot(a["x_m"].get<double>() - b["x_m"].get<double>(),
                         a["y_m"].get<double>() - b["y_m"].get<double>()) >= 3000.0);
        CHECK(b["slope_deg"].get<double>() <= 10.0);
    }
    // The result carries the same table, unrounded (the viewer shows it without re-reading).
    REQUIRE(whole.best_sites.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(whole.best_sites[i].rank == ranking["sites"][i]["rank"].get<int>());
        CHECK(whole.best_sites[i].lat_deg == Approx(ranking["sites"][i]["lat_deg"].get<double>()).margin(1e-5));
        CHECK(whole.best_sites[i].score == Approx(ranking["sites"][i]["score"].get<double>()).margin(0.01));
    }
    REQUIRE(whole.facilities.size() == scenario.facilities.size());
    CHECK(whole.facilities.front().id == scenario.facilities.front().id);
    CHECK(whole.facilities.front().on_dem);
    CHECK(whole.facilities.front().illumination_pct >= 0.0);
    // Every facility of the scenario has a row, with figures (the base is on this DEM).
    std::ifstream facilities(dir / "whole" / "facilities.csv");
    std::string line;
    std::getline(facilities, line);
    CHECK(line == "id,name,lat_deg,lon_deg,height_m,illumination_pct,longest_darkness_h,earth_pct,note");
    std::size_t rows = 0;
    while (std::getline(facilities, line)) {
        ++rows;
        CHECK(line.find("off the DEM") == std::string::npos);
    }
    CHECK(rows == scenario.facilities.size());
}

TEST_CASE("Site analysis: bad requests are refused with one line", "[io][analysis]")
{
    analysis::SiteAnalysisRequest r;
    r.layers = {"slope", "glow"};
    CHECK_THROWS_WITH(analysis::checkSiteAnalysisRequest(r), Catch::Contains("\"glow\" is not an analysis layer"));
    r.layers = {};
    r.heights_m = {2.0, -1.0};
    CHECK_THROWS_WITH(analysis::checkSiteAnalysisRequest(r), Catch::Contains("-1m is outside 0..1000 m"));
    r.heights_m = {2.0};
    r.to = r.from;
    CHECK_THROWS_WITH(analysis::checkSiteAnalysisRequest(r), Catch::Contains("is not after --from"));
    for (const char* bad : {"0/4", "5/4", "3", "a/b", "2/4x", "/4"})
        CHECK_THROWS_WITH(analysis::parseTileSpec(bad), Catch::Contains("is not i/N"));
    CHECK(analysis::parseTileSpec("3/8") == std::pair<int, int>{3, 8});
    const auto empty = test::scratchDir("merge-nothing");
    CHECK_THROWS_WITH(analysis::mergeAnalysisTiles(empty.string()), Catch::Contains("holds no tiles"));
}
