// The plan of a site analysis, worked out from its request alone: which layers are computed
// for which (the suitability needs the others), the eye heights swept, where on the DEM it
// reads and writes, and the requests it refuses.
#include "analysis/AnalysisPlan.h"

#include "core/LunarError.h"
#include "mission/Scenario.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace lunar;
using analysis::AnalysisLayer;
using analysis::AnalysisPlan;

namespace {

analysis::SiteAnalysisRequest requestFor(std::vector<std::string> layers)
{
    static const Scenario scenario;
    analysis::SiteAnalysisRequest r;
    r.layers = std::move(layers);
    r.scenario = &scenario;
    return r;
}

std::vector<double> eyeHeights(const AnalysisPlan& plan)
{
    std::vector<double> out;
    for (const analysis::PlannedEye& e : plan.eyes())
        out.push_back(e.height_m);
    return out;
}

} // namespace

TEST_CASE("Analysis plan: each layer computes what it needs and writes only itself", "[analysis][plan]")
{
    struct Case {
        const char* name;
        std::vector<std::string> layers;
        std::vector<AnalysisLayer> computed; // the others are not
        bool body_track;
    };
    using L = AnalysisLayer;
    const std::vector<Case> cases = {
        {"slope alone", {"slope"}, {L::slope}, false},
        {"aspect alone", {"aspect"}, {L::aspect}, false},
        {"darkness brings illumination", {"darkness"}, {L::illumination, L::darkness}, true},
        {"earth alone", {"earth"}, {L::earth}, true},
        {"psr needs no Sun track", {"psr"}, {L::psr}, false},
        {"facilities need the track", {"facilities"}, {L::facilities}, true},
        {"suitability needs every map but aspect",
         {"suitability"},
         {L::slope, L::roughness, L::illumination, L::darkness, L::earth, L::psr, L::suitability},
         true},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const AnalysisPlan plan(requestFor(c.layers));
        for (int i = 0; i < analysis::kAnalysisLayerCount; ++i) {
            const auto layer = static_cast<AnalysisLayer>(i);
            const bool computed = std::find(c.computed.begin(), c.computed.end(), layer) != c.computed.end();
            const bool named = std::find(c.layers.begin(), c.layers.end(), analysis::analysisLayerNames()[i]) !=
                               c.layers.end();
            INFO(analysis::analysisLayerNames()[i]);
            CHECK(plan.computes(layer) == computed);
            CHECK(plan.writes(layer) == named);
        }
        CHECK(plan.needsBodyTrack() == c.body_track);
    }
}

TEST_CASE("Analysis plan: no layers named means all, and facilities need a scenario", "[analysis][plan]")
{
    analysis::SiteAnalysisRequest r = requestFor({});
    for (int i = 0; i < analysis::kAnalysisLayerCount; ++i)
        CHECK(AnalysisPlan(r).writes(static_cast<AnalysisLayer>(i)));
    r.scenario = nullptr;
    CHECK_FALSE(AnalysisPlan(r).writes(AnalysisLayer::facilities));
    CHECK_FALSE(AnalysisPlan(r).computes(AnalysisLayer::facilities));
    CHECK(AnalysisPlan(r).writes(AnalysisLayer::suitability));
}

TEST_CASE("Analysis plan: eye heights, and the ground once for the cold traps", "[analysis][plan]")
{
    analysis::SiteAnalysisRequest r = requestFor({"illumination", "psr"});
    r.heights_m = {2.0, 10.0};
    const AnalysisPlan two(r);
    CHECK(eyeHeights(two) == std::vector<double>{2.0, 10.0, 0.0});
    CHECK(two.eyes()[0].exposures);
    CHECK_FALSE(two.eyes()[0].scored); // no suitability: nothing kept for it
    CHECK_FALSE(two.eyes()[1].scored);
    CHECK_FALSE(two.eyes()[2].exposures);
    CHECK(two.eyes()[2].cold_traps);
    CHECK(two.scoredHeight_m() == 2.0);
    r.layers = {"suitability"}; // the score takes the first height's maps
    const AnalysisPlan scored(r);
    CHECK(scored.eyes()[0].scored);
    CHECK_FALSE(scored.eyes()[1].scored);
    r.layers = {"illumination", "psr"};

    r.heights_m = {5.0, 0.0, 0.0}; // a requested ground height serves the cold traps, once
    const AnalysisPlan ground(r);
    CHECK(eyeHeights(ground) == std::vector<double>{5.0, 0.0, 0.0});
    CHECK(ground.eyes()[1].cold_traps);
    CHECK_FALSE(ground.eyes()[2].cold_traps);

    r.layers = {"psr"}; // no light or Earth: the ground alone
    CHECK(eyeHeights(AnalysisPlan(r)) == std::vector<double>{0.0});
    r.layers = {"slope"};
    CHECK(AnalysisPlan(r).eyes().empty());
}

TEST_CASE("Analysis plan: windows of the whole DEM, a reduced read and a tile with its halo", "[analysis][plan]")
{
    const analysis::DemShape dem{1000, 600, 20.0, 20.0};
    analysis::SiteAnalysisRequest r = requestFor({"slope"});
    const analysis::AnalysisWindows whole = AnalysisPlan(r).windowsOn(dem);
    CHECK(whole.grid_width == 1000);
    CHECK(whole.grid_height == 600);
    CHECK(whole.core.width == 1000);
    CHECK(whole.pixel_x_m == 20.0);
    CHECK(AnalysisPlan(r).fileSuffix().empty());

    r.max_side_px = 250; // 4 times coarser
    const analysis::AnalysisWindows reduced = AnalysisPlan(r).windowsOn(dem);
    CHECK(reduced.dem_read.width == 1000);
    CHECK(reduced.grid_width == 250);
    CHECK(reduced.grid_height == 150);
    CHECK(reduced.pixel_x_m == Approx(80.0));

    r.max_side_px = 0;
    r.tile_index = 2;
    r.tile_count = 4; // 2 x 2 tiles of 500 x 300; a 1 km halo is 50 px
    r.halo_km = 1.0;
    const AnalysisPlan tile_plan(r);
    const analysis::AnalysisWindows tile = tile_plan.windowsOn(dem);
    CHECK(tile_plan.fileSuffix() == ".tile-2-of-4");
    CHECK(tile.dem_read.col0 == 450);
    CHECK(tile.dem_read.row0 == 0);
    CHECK(tile.dem_read.width == 550);
    CHECK(tile.dem_read.height == 350);
    CHECK(tile.grid_width == 550);
    CHECK(tile.core.col0 == 50);
    CHECK(tile.core.row0 == 0);
    CHECK(tile.core.width == 500);
    CHECK(tile.core.height == 300);

    r.max_side_px = 250;
    CHECK_THROWS_WITH(AnalysisPlan(r).windowsOn(dem), Catch::Contains("--max-size: cannot be combined with --tile"));
}

TEST_CASE("Analysis plan: bad requests are refused naming the option", "[analysis][plan]")
{
    struct Case {
        const char* name;
        void (*change)(analysis::SiteAnalysisRequest&);
        const char* message;
    };
    const std::vector<Case> cases = {
        {"an unknown layer", [](analysis::SiteAnalysisRequest& r) { r.layers = {"slope", "glow"}; },
         "--layers: \"glow\" is not an analysis layer (layers: slope, aspect, roughness, illumination, "
         "darkness, earth, psr, suitability, facilities)"},
        {"no height", [](analysis::SiteAnalysisRequest& r) { r.heights_m.clear(); }, "--heights: names no height"},
        {"a height above 1 km", [](analysis::SiteAnalysisRequest& r) { r.heights_m = {2.0, 1500.0}; },
         "--heights: 1500m is outside 0..1000 m"},
        {"a zero step", [](analysis::SiteAnalysisRequest& r) { r.step_h = 0.0; }, "--step: must be above 0 hours"},
        {"a backward range", [](analysis::SiteAnalysisRequest& r) { r.to = UtcTime::parseIso("2029-01-01"); },
         "--to: 2029-01-01T00:00:00Z is not after --from 2030-01-01T00:00:00Z"},
        {"too many instants", [](analysis::SiteAnalysisRequest& r) { r.step_h = 0.001; },
         "--step: gives more than 2 million instants over the range"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        analysis::SiteAnalysisRequest r = requestFor({});
        c.change(r);
        CHECK_THROWS_WITH(AnalysisPlan(r), Catch::Contains(c.message));
    }
}

TEST_CASE("Analysis plan: named periods, the ephemeris's range and the memory a sweep needs",
          "[analysis][plan]")
{
    const auto cycle = analysis::analysisPeriodNamed("lunar-cycle");
    REQUIRE(cycle);
    CHECK(cycle->from == "2015-12-24");
    CHECK(cycle->to == "2034-12-24");
    CHECK(cycle->step_h == 1.0);
    CHECK_FALSE(analysis::analysisPeriodNamed("decade"));

    analysis::SiteAnalysisRequest r = requestFor({"illumination"});
    r.from = UtcTime::parseIso(cycle->from);
    r.to = UtcTime::parseIso(cycle->to);
    r.step_h = cycle->step_h;
    CHECK_NOTHROW(AnalysisPlan(r)); // 166 536 hours, within the 2 million allowed
    r.from = UtcTime::parseIso("1899-12-31");
    CHECK_THROWS_WITH(AnalysisPlan(r), Catch::Contains("--from") && Catch::Contains("1900"));
    r.from = UtcTime::parseIso("2090-01-01");
    r.to = UtcTime::parseIso("2100-01-02");
    CHECK_THROWS_WITH(AnalysisPlan(r), Catch::Contains("--to") && Catch::Contains("2100"));

    // 5000 x 5000 texels at 720 directions: about 73 GB, over 24 GB; at 64: 7.7 GB.
    CHECK(analysis::analysisMemoryNeed_bytes(25.0e6, 720) == Approx(73.3e9).epsilon(0.01));
    CHECK_THROWS_WITH(analysis::checkAnalysisMemory(5000, 5000, 720, 24.0e9),
                      Catch::Contains("--directions") && Catch::Contains("720 directions") &&
                          Catch::Contains("24.0 GB"));
    CHECK_NOTHROW(analysis::checkAnalysisMemory(5000, 5000, 64, 24.0e9));
    CHECK(analysis::physicalMemory_bytes() > 1.0e9);
}
