// A scenario's sites against a DEM's extent: the origin, a facility's centre and the rim of
// its footprint, each named in the message.
#include "core/Angles.h"
#include "core/PolarStereographic.h"
#include "mission/DemCoverage.h"
#include "mission/Scenario.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace lunar;

namespace {
// 10 km square centred on the south pole, 100 m pixels: x and y within +-5000 m.
DemExtent tenKilometreSquare()
{
    return {std::make_shared<PolarStereographic>(PolarStereographic::Pole::South),
            GeoTransform{-5000.0, 100.0, 0.0, 5000.0, 0.0, -100.0}, 100, 100};
}

Facility facilityAtMap(const std::string& id, double x_m, double y_m, double radius_m)
{
    const LatLon p = PolarStereographic(PolarStereographic::Pole::South).toLatLon({x_m, y_m});
    Facility f;
    f.id = id;
    f.lat_deg = radToDeg(p.lat_rad);
    f.lon_deg = radToDeg(p.lon_rad);
    f.footprint_radius_m = radius_m;
    return f;
}

Scenario scenarioWith(std::vector<Facility> facilities)
{
    Scenario s;
    s.origin_lat_deg = -89.99;
    s.origin_lon_deg = 0.0;
    s.facilities = std::move(facilities);
    return s;
}
} // namespace

TEST_CASE("DEM coverage: sites inside the grid pass, to its outer pixel edges", "[coverage]")
{
    const DemExtent dem = tenKilometreSquare();
    CHECK(dem.contains(PolarStereographic(PolarStereographic::Pole::South).toLatLon({4999.0, -4999.0})));
    CHECK_FALSE(dem.contains(PolarStereographic(PolarStereographic::Pole::South).toLatLon({5001.0, 0.0})));
    CHECK_FALSE(firstSiteOffDem(
        scenarioWith({facilityAtMap("a", 0.0, 0.0, 20.0), facilityAtMap("b", 4900.0, -4900.0, 50.0)}),
        dem));
}

TEST_CASE("DEM coverage: a facility off the grid is named with its position", "[coverage]")
{
    const auto off = firstSiteOffDem(
        scenarioWith({facilityAtMap("a", 0.0, 0.0, 20.0), facilityAtMap("far", 0.0, 9000.0, 20.0)}),
        tenKilometreSquare());
    REQUIRE(off);
    CHECK_THAT(*off, Catch::StartsWith("facility \"far\" at -89.70"));
    CHECK_THAT(*off, Catch::EndsWith("deg lies outside the DEM"));
}

TEST_CASE("DEM coverage: a footprint crossing the grid's edge is reported though its centre "
          "is on it", "[coverage]")
{
    const auto off = firstSiteOffDem(scenarioWith({facilityAtMap("pad", 4960.0, 0.0, 60.0)}),
                                     tenKilometreSquare());
    REQUIRE(off);
    CHECK_THAT(*off, Catch::Contains("facility \"pad\" at") &&
                         Catch::EndsWith("its footprint (60 m around it) reaches past the DEM's edge"));
    // 30 m clear of the edge: on the grid.
    CHECK_FALSE(firstSiteOffDem(scenarioWith({facilityAtMap("pad", 4910.0, 0.0, 60.0)}),
                                tenKilometreSquare()));
}

TEST_CASE("DEM coverage: an origin off the grid is reported first", "[coverage]")
{
    Scenario s = scenarioWith({facilityAtMap("far", 0.0, 9000.0, 20.0)});
    s.origin_lat_deg = -80.0;
    const auto off = firstSiteOffDem(s, tenKilometreSquare());
    REQUIRE(off);
    CHECK(*off == "the base origin at -80.0000, 0.0000 deg lies outside the DEM");
}
