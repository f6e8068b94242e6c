// A SiteModel is the loaded site without any GL: these tests build the default one with no
// display and check what the scene, panels and exporters read from it.
#include "DefaultSite.h"

#include "core/Angles.h"
#include "core/LunarError.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace lunar;

TEST_CASE("Site: the default scenario loads with no display: frame, grids, horizons, clock",
          "[site]")
{
    const site::SiteModel& s = test::defaultSite();
    CHECK(s.scenario.facilities.size() > 5);
    REQUIRE(s.frame);
    const Vec3d origin_enu = s.frame->enuFromSelenographic(
        {degToRad(s.scenario.origin_lat_deg), degToRad(s.scenario.origin_lon_deg), 0.0});
    CHECK(origin_enu.length() < 1e-6); // the frame sits at the scenario's origin
    REQUIRE(s.coarse);
    REQUIRE(s.detail); // the default DEM is finer than its overview around the base
    CHECK(s.coarse->horizon.directionCount() == 64);
    CHECK(s.detail->horizon.directionCount() == 64);
    REQUIRE(s.coarse_as_read);
    REQUIRE(s.detail_as_read);
    CHECK(s.coarse_as_read->heights().width() == s.coarse->grid.heights().width());
    const LatLon origin{degToRad(s.scenario.origin_lat_deg), degToRad(s.scenario.origin_lon_deg)};
    CHECK(std::isfinite(s.terrain.heightAt(origin)));
    REQUIRE(s.dem);
    CHECK(s.dem_geo.pixel_width == s.dem->geoTransform().pixel_width);
    REQUIRE(s.clock);
    CHECK(s.clock->now().secondsSince(s.scenario.initial_time) == 0.0);
    CHECK(s.dem_fit.note.empty()); // the scenario's own DEM: nothing left out
    CHECK(s.vertical_exaggeration == 1.0);
}

TEST_CASE("Site: flights are planned on the terrain and on the globe", "[site][descent]")
{
    const site::SiteModel& s = test::defaultSite();
    const auto names = [](const std::vector<LanderFlight>& flights) {
        std::vector<std::string> ids;
        for (const LanderFlight& f : flights)
            ids.push_back(f.mission_id);
        return ids;
    };
    CHECK_THAT(names(s.lander_flights), Catch::VectorContains(std::string("ilrs-1")));
    CHECK_THAT(names(s.globe_flights), Catch::VectorContains(std::string("change-6")));
    for (const LanderFlight& f : s.lander_flights)
        CHECK_THAT(names(s.globe_flights), !Catch::VectorContains(f.mission_id));
    CHECK(s.landerFlight("ilrs-1").mission_id == "ilrs-1");
    CHECK_THROWS_WITH(s.landerFlight("change-6"), Catch::Contains("no mission \"change-6\""));
}

TEST_CASE("Site: named cameras stand above the ground; an unknown one lists the known",
          "[site][camera]")
{
    const site::SiteModel& s = test::defaultSite();
    const CameraPose core = s.pose("core");
    const LatLonHeight eye = s.frame->selenographicFromEnu(core.eye_enu);
    CHECK(eye.height_m > s.terrain.heightAt({eye.lat_rad, eye.lon_rad}));
    CHECK((s.defaultPose().eye_enu - s.pose(s.scenario.cameras.front().name).eye_enu).length() ==
          0.0);
    CHECK_THROWS_WITH(s.pose("nowhere"), Catch::Contains("has no camera \"nowhere\"") &&
                                              Catch::Contains("core"));
    CHECK_THROWS_WITH(s.film("nowhere"), Catch::Contains("nowhere"));
}

TEST_CASE("Site: the exaggeration is checked and raises camera heights over the ground",
          "[site][exaggeration]")
{
    site::SiteModel& s = test::defaultSite();
    const CameraPose flat = s.pose("core");
    CHECK_THROWS_WITH(s.setModelExaggeration(11.0), Catch::Contains("is outside 1..10"));
    CHECK(s.vertical_exaggeration == 1.0);
    s.setModelExaggeration(3.0);
    const CameraPose raised = s.pose("core");
    s.setModelExaggeration(1.0);
    const LatLonHeight a = s.frame->selenographicFromEnu(flat.eye_enu);
    const LatLonHeight b = s.frame->selenographicFromEnu(raised.eye_enu);
    const double ground_m = s.terrain.heightAt({a.lat_rad, a.lon_rad});
    CHECK(b.height_m - a.height_m == Approx(2.0 * ground_m).margin(0.01));
}
