// Suitability score, site ranking and distance to cold traps.
#include "terrain/DistanceTransform.h"
#include "terrain/SiteSuitability.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace lunar;

TEST_CASE("Distance to marked texels: exact Euclidean with non-square pixels",
          "[terrain][suitability]")
{
    std::mt19937 random(3);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    Raster<float> marked(37, 23, 0.0f);
    for (float& m : marked.samples())
        m = u(random) < 0.02f ? 1.0f : 0.0f;
    marked.at(5, 5) = 1.0f;
    const double px = 20.0, py = 35.0;
    const Raster<float> d = distanceToMarked_m(marked, px, py);
    for (int row = 0; row < 23; ++row)
        for (int col = 0; col < 37; ++col) {
            double best = INFINITY;
            for (int r = 0; r < 23; ++r)
                for (int c = 0; c < 37; ++c)
                    if (marked.at(c, r) != 0.0f)
                        best = std::min(best, std::hypot((c - col) * px, (r - row) * py));
            REQUIRE(d.at(col, row) == Approx(best).epsilon(1e-6));
        }
    const Raster<float> none = distanceToMarked_m(Raster<float>(4, 3, 0.0f), 1.0, 1.0);
    CHECK(std::isinf(none.at(2, 1)));
}

TEST_CASE("Suitability: limits exclude, weights blend, missing data stays missing",
          "[terrain][suitability]")
{
    Raster<float> slope(4, 1), light(4, 1), psr(4, 1);
    slope.samples() = {0.0f, 5.0f, 12.0f, 2.0f};
    light.samples() = {100.0f, 50.0f, 100.0f, NAN};
    psr.samples() = {0.0f, 7500.0f, 0.0f, 0.0f};
    SuitabilityInputs in;
    in.slope_deg = &slope;
    in.illumination_pct = &light;
    in.psr_distance_m = &psr;
    SuitabilityWeights w;
    w.illumination = 0.5;
    w.slope = 0.25;
    w.psr = 0.25;
    w.earth = 0.7; // no Earth map: left out, not renormalised into the others
    const SuitabilityLimits limits; // slope 10 deg, psr 15 km
    const Raster<float> s = suitabilityScore(in, w, limits);
    CHECK(s.at(0, 0) == Approx(100.0));
    // 0.5 * 0.5 + 0.25 * (1 - 5/10) + 0.25 * (1 - 7.5/15) = 0.5
    CHECK(s.at(1, 0) == Approx(50.0));
    CHECK(s.at(2, 0) == 0.0f); // 12 deg is over the 10 deg limit
    CHECK(std::isnan(s.at(3, 0)));
}

TEST_CASE("Suitability: weights and limits are parsed with one-line errors", "[terrain][suitability]")
{
    const SuitabilityWeights w = parseSuitabilityWeights("illumination=1,psr=0");
    CHECK(w.illumination == 1.0);
    CHECK(w.psr == 0.0);
    CHECK(w.slope == SuitabilityWeights{}.slope);
    CHECK(parseSuitabilityLimits("slope=8,darkness=120").max_darkness_h == 120.0);
    CHECK_THROWS_WITH(parseSuitabilityWeights("light=1"),
                      Catch::Contains("\"light=1\" is not key=value with a key among earth, "
                                      "illumination, psr, roughness, slope"));
    CHECK_THROWS_WITH(parseSuitabilityLimits("slope=steep"), Catch::Contains("slope: \"steep\" is not a number"));
    CHECK_THROWS_WITH(parseSuitabilityWeights("illumination=0,earth=0,slope=0,psr=0"),
                      Catch::Contains("all weights are 0"));
}

TEST_CASE("Site ranking: best first, neighbours of a better site skipped", "[terrain][suitability]")
{
    Raster<float> score(10, 1, 0.0f);
    score.samples() = {10, 90, 89, 20, 0, 0, 70, 80, 0, 60};
    const std::vector<RankedSite> best = rankSites(score, 3, 2.0);
    REQUIRE(best.size() == 3);
    CHECK(best[0].col == 1);
    CHECK(best[1].col == 7); // 89 at col 2 is within 2 px of col 1
    CHECK(best[2].col == 9); // 70 at col 6 is within 2 px of col 7; 60 is 2 px away: kept
    CHECK(rankSites(score, 10, 0.0).size() == 7); // every texel above 0
}
