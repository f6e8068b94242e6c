// A user's DEM under a scenario made for another place: what stands on it is kept, the rest
// left out with a note; a DEM without the base is shown on its own, centred and framed.
#include "astro/DaylightSearch.h"
#include "core/Angles.h"
#include "core/PolarStereographic.h"
#include "io/ScenarioLoader.h"
#include "mission/ScenarioOnDem.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace lunar;

namespace {

const PolarStereographic kSouth(PolarStereographic::Pole::South);

// A square DEM of `side_m` at `pixel_m`, centred on the map point (x, y).
DemExtent squareAt(double x_m, double y_m, double side_m, double pixel_m)
{
    const int pixels = static_cast<int>(side_m / pixel_m);
    return {std::make_shared<PolarStereographic>(PolarStereographic::Pole::South),
            GeoTransform{x_m - side_m / 2, pixel_m, 0.0, y_m + side_m / 2, 0.0, -pixel_m}, pixels,
            pixels};
}

// The 1 km square of ../shared/data/lunar/ldem_6_cut.tif (83.9 S, 59.2 E), by its header.
DemExtent cutOfLdem6() { return squareAt(159199.0, 95000.0, 1000.0, 1.0); }

} // namespace

TEST_CASE("Scenario on a DEM: one far from the base is shown on its own, centred, with the layout left out",
          "[scenario-on-dem]")
{
    Scenario s = io::defaultScenario();
    const std::size_t facilities = s.facilities.size();
    REQUIRE(facilities > 0);
    const DemExtent dem = cutOfLdem6();
    const DemFit fit = fitScenarioToDem(s, dem, "ldem_6_cut.tif", UtcTime::parseIso("2036-06-01T00:00:00Z"));
    CHECK(fit.recentred);
    CHECK(fit.left_out.size() == facilities);
    CHECK(s.facilities.empty());
    CHECK(s.origin_lat_deg == Approx(-83.892).margin(0.001));
    CHECK(s.origin_lon_deg == Approx(59.174).margin(0.001));
    CHECK_THAT(fit.note, Catch::StartsWith("ldem_6_cut.tif does not hold the base of \""));
    CHECK_THAT(fit.note, Catch::Contains("centred at -83.8920, 59.1739 deg, without the scenario's"));
    CHECK_FALSE(fit.moved_to_daylight); // a date asked for is kept
    // Cameras that frame it, and the film that circles it, all looking at its centre.
    REQUIRE(s.cameras.size() == 2);
    CHECK(s.cameras[0].name == "home");
    CHECK(s.cameras[1].name == "above");
    for (const CameraBookmark& c : s.cameras) {
        CHECK(c.target_lat_deg == Approx(s.origin_lat_deg));
        CHECK(c.target_lon_deg == Approx(s.origin_lon_deg));
        CHECK(c.eye_height_m > 500.0);  // a 1.4 km diagonal fills a 40 deg view from ~2 km
        CHECK(c.eye_height_m < 3000.0);
    }
    REQUIRE(s.camera_paths.size() == 1);
    CHECK(s.camera_paths[0].name == "orbit");
    CHECK(s.camera_paths[0].keys.back().video_s == Approx(40.0));
    CHECK(std::find(fit.paths_left_out.begin(), fit.paths_left_out.end(), "tour") != fit.paths_left_out.end());
    for (const Mission& m : s.missions)
        CHECK_FALSE(m.at_base); // nothing lands on this DEM
}

TEST_CASE("Scenario on a DEM: one holding the base but not all facilities leaves those out, by name",
          "[scenario-on-dem]")
{
    Scenario s = io::defaultScenario();
    const MapXY origin = kSouth.toMap({degToRad(s.origin_lat_deg), degToRad(s.origin_lon_deg)});
    // Facilities sorted by their distance from the origin: a square holding only the nearer.
    const DemExtent dem = squareAt(origin.x, origin.y, 400.0, 1.0);
    const std::size_t facilities = s.facilities.size();
    const DemFit fit = fitScenarioToDem(s, dem, "small.tif");
    CHECK_FALSE(fit.recentred);
    CHECK_FALSE(fit.left_out.empty());
    CHECK(s.facilities.size() + fit.left_out.size() == facilities);
    CHECK_THAT(fit.note, Catch::StartsWith("small.tif: " + std::to_string(fit.left_out.size()) + " of the " +
                                          std::to_string(facilities) + " facilities"));
    CHECK_THAT(fit.note, Catch::Contains(fit.left_out.front()));
    for (const Facility& f : s.facilities) // every one kept stands wholly on it
        CHECK_FALSE(facilityOffDem(f, dem));
}

TEST_CASE("Scenario on a DEM: one holding the whole scenario changes nothing", "[scenario-on-dem]")
{
    Scenario s = io::defaultScenario();
    const Scenario before = s;
    const MapXY origin = kSouth.toMap({degToRad(s.origin_lat_deg), degToRad(s.origin_lon_deg)});
    const DemFit fit = fitScenarioToDem(s, squareAt(origin.x, origin.y, 60000.0, 20.0), "big.tif");
    CHECK(fit.note.empty());
    CHECK(fit.left_out.empty());
    CHECK(s.facilities.size() == before.facilities.size());
    CHECK(s.cameras.size() == before.cameras.size());
    CHECK(s.camera_paths.size() == before.camera_paths.size());
    CHECK(s.origin_lat_deg == before.origin_lat_deg);
}

TEST_CASE("Scenario on a DEM: opened on its own in its night, it starts at the next daylight", "[scenario-on-dem]")
{
    Scenario s = io::defaultScenario();
    const DemExtent dem = cutOfLdem6();
    const LatLon centre = demCentre(dem);
    const LatLonHeight site{centre.lat_rad, centre.lon_rad, 0.0};
    s.initial_time = UtcTime::parseIso("2036-05-24T00:00:00Z"); // the Sun is 3 deg down there
    REQUIRE(astro::sunElevationDeg(site, s.initial_time) < 0.0);
    const DemFit fit = fitScenarioToDem(s, dem, "cut.tif");
    CHECK(fit.moved_to_daylight);
    CHECK(UtcTime::parseIso("2036-05-24T00:00:00Z") < s.initial_time);
    CHECK(s.initial_time.secondsSince(UtcTime::parseIso("2036-05-24T00:00:00Z")) < 30 * 86400.0);
    CHECK(astro::sunElevationDeg(site, s.initial_time) >= 4.9);
    CHECK_THAT(fit.note, Catch::Contains("the Sun is down there at 2036-05-24T00:00:00Z, so it opens at "));
    CHECK(s.camera_paths[0].time.front().utc.secondsSince(s.initial_time) == Approx(0.0));
}

TEST_CASE("Daylight search: at the pole the Sun is 'up' by the best the month offers", "[scenario-on-dem]")
{
    const LatLonHeight pole_side{degToRad(-89.7), 0.0, 0.0};
    const UtcTime from = UtcTime::parseIso("2036-05-01T00:00:00Z"); // southern summer
    const auto day = astro::firstDaylight(pole_side, from);
    REQUIRE(day);
    CHECK(day->sun_elevation_deg < 2.0); // never 5 deg there
    CHECK(day->sun_elevation_deg > 0.0);
    CHECK(astro::sunElevationDeg(pole_side, day->time) == Approx(day->sun_elevation_deg));
}

TEST_CASE("Daylight search: in the pole's long winter night there is none", "[scenario-on-dem]")
{
    // The Sun stays below 89.7 S through March 2031 (the subsolar point is north).
    const LatLonHeight pole_side{degToRad(-89.7), 0.0, 0.0};
    CHECK_FALSE(astro::firstDaylight(pole_side, UtcTime::parseIso("2031-03-01T00:00:00Z")));
}
