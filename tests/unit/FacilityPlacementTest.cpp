// Facilities on the ground: levelled footprints on a tilted plane and in a crater, slope
// flags, and keep-out circles.
#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "core/LunarError.h"
#include "mission/FacilityPlacement.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lunar;

namespace {
const EnuFrame kSite({degToRad(-89.7), degToRad(-117.0), 0.0});

Facility facilityAt(const std::string& id, double east_m, double north_m, double radius_m)
{
    Facility f;
    f.id = id;
    const LatLonHeight p = kSite.selenographicFromEnu({east_m, north_m, 0.0});
    f.lat_deg = radToDeg(p.lat_rad);
    f.lon_deg = radToDeg(p.lon_rad);
    f.footprint_radius_m = radius_m;
    return f;
}

// Ground as a function of east/north metres at the site.
GroundHeight groundOf(double (*height)(double east_m, double north_m))
{
    return [height](const LatLon& p) {
        const Vec3d enu = kSite.enuFromSelenographic({p.lat_rad, p.lon_rad, 0.0});
        return height(enu.x, enu.y);
    };
}
} // namespace

TEST_CASE("Placement: on a plane tilted 10 deg the base stands at the centre's height, the "
          "pad reaches the downhill edge", "[placement]")
{
    const GroundHeight plane = groundOf([](double e, double) {
        return 100.0 + e * std::tan(degToRad(10.0));
    });
    const FootprintSurvey s = surveyFootprint(facilityAt("lab", 0.0, 0.0, 20.0), plane);
    CHECK(s.slope_deg == Approx(10.0).margin(0.05));
    CHECK(s.base_m == Approx(100.0).margin(0.05));
    CHECK(s.pad_depth_m == Approx(20.0 * std::tan(degToRad(10.0))).margin(0.05));
    CHECK(s.lowest_m <= s.base_m); // never floating: the pad fills down to the lowest ground
    CHECK_FALSE(s.too_steep);
    const GroundHeight steep = groundOf([](double, double n) {
        return n * std::tan(degToRad(20.0));
    });
    const FootprintSurvey t = surveyFootprint(facilityAt("lab", 0.0, 0.0, 20.0), steep);
    CHECK(t.slope_deg == Approx(20.0).margin(0.05));
    CHECK(t.too_steep);
    PlacementOptions lenient;
    lenient.max_slope_deg = 25.0;
    CHECK_FALSE(surveyFootprint(facilityAt("lab", 0.0, 0.0, 20.0), steep, lenient).too_steep);
}

TEST_CASE("Placement: in a bowl crater the base is at the median, the pad down to the floor",
          "[placement]")
{
    // A 50 m bowl, 10 m deep, centred at the site; the facility's 40 m footprint inside.
    const GroundHeight bowl = groundOf([](double e, double n) {
        const double r = std::hypot(e, n);
        return r < 50.0 ? -10.0 * (1.0 - r * r / 2500.0) : 0.0;
    });
    const FootprintSurvey s = surveyFootprint(facilityAt("hab", 0.0, 0.0, 40.0), bowl);
    CHECK(s.lowest_m == Approx(-10.0).margin(0.01));
    CHECK(s.median_m > s.lowest_m + 2.0);
    CHECK(s.median_m < s.highest_m);
    CHECK(s.base_m == s.median_m);
    CHECK(s.pad_depth_m == Approx(s.base_m + 10.0).margin(1e-9));
    CHECK(s.slope_deg < 0.5); // symmetric: no tilt
}

TEST_CASE("Placement: a footprint off the DEM is an error naming the facility", "[placement]")
{
    const GroundHeight half = [](const LatLon& p) {
        return kSite.enuFromSelenographic({p.lat_rad, p.lon_rad, 0.0}).x > 5.0 ? NAN : 0.0;
    };
    CHECK_THROWS_WITH(surveyFootprint(facilityAt("rover", 0.0, 0.0, 10.0), half),
                      Catch::StartsWith("facility rover: its footprint reaches outside the DEM"));
}

TEST_CASE("Placement: a habitat inside the landing pad's blast radius is reported",
          "[placement]")
{
    Facility pad = facilityAt("landing-pad-1", 0.0, 0.0, 30.0);
    pad.keep_out_radius_m = 500.0;
    pad.keep_out_reason = "landing plume blast";
    const Facility near = facilityAt("habitat-1", 420.0, 0.0, 6.0);
    const Facility far = facilityAt("habitat-2", 0.0, 800.0, 6.0);
    const Facility edge = facilityAt("lab", 0.0, -510.0, 15.0); // footprint reaches in
    const auto conflicts = keepOutConflicts({pad, near, far, edge});
    REQUIRE(conflicts.size() == 2);
    CHECK(conflicts[0].inside_id == "habitat-1");
    CHECK(conflicts[0].distance_m == Approx(420.0).margin(0.5));
    CHECK(conflicts[0].describe() ==
          "habitat-1 is 420 m from landing-pad-1, inside its 500 m keep-out (landing plume blast)");
    CHECK(conflicts[1].inside_id == "lab");
}
