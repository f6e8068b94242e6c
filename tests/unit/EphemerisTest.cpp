// Sun and Earth from the Moon: time scales, the IAU rotation, and az/el rows at known instants.
#include "astro/BrightStarCatalogue.h"
#include "astro/EarthOrientation.h"
#include "astro/MoonOrientation.h"
#include "astro/SiteSky.h"
#include "core/Angles.h"
#include "core/TimeScales.h"
#include "io/TextFile.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>

using namespace lunar;

namespace {
LatLonHeight site(double lat_deg, double lon_deg, double height_m = 0.0)
{
    return {degToRad(lat_deg), degToRad(lon_deg), height_m};
}
} // namespace

TEST_CASE("TT - UTC follows the leap-second table", "[ephemeris]")
{
    const auto tt_minus_utc_s = [](const char* iso) {
        const UtcTime utc = UtcTime::parseIso(iso);
        const JulianDate tt = terrestrialTime(utc);
        return ((tt.jd1 - utc.jd1()) + (tt.jd2 - utc.jd2())) * 86400.0;
    };
    CHECK(tt_minus_utc_s("2000-01-01T12:00:00Z") == Approx(64.184).margin(1e-4));
    CHECK(tt_minus_utc_s("2020-06-01T00:00:00Z") == Approx(69.184).margin(1e-4));
    // Beyond the table the last offset is kept.
    CHECK(tt_minus_utc_s("2045-06-01T00:00:00Z") == Approx(69.184).margin(1e-4));
}

TEST_CASE("The IAU rotation is a rotation and puts the pole on +Z", "[ephemeris]")
{
    const JulianDate tdb = barycentricDynamicalTime(UtcTime::parseIso("2030-03-01T00:00:00Z"));
    const Mat3d r = astro::icrfToMoonFixed(tdb);
    const astro::MoonPoleAndMeridian o = astro::moonPoleAndMeridian(tdb);
    const double ra = degToRad(o.pole_ra_deg), dec = degToRad(o.pole_dec_deg);
    const Vec3d pole_icrf{std::cos(dec) * std::cos(ra), std::cos(dec) * std::sin(ra),
                          std::sin(dec)};
    const Vec3d pole = r * pole_icrf;
    CHECK(pole.z == Approx(1.0).margin(1e-12));
    const Vec3d x = r * Vec3d{1, 0, 0}, y = r * Vec3d{0, 1, 0};
    CHECK(x.length() == Approx(1.0).margin(1e-12));
    CHECK(dot(x, y) == Approx(0.0).margin(1e-12));
    // The pole stays within ~1.6 deg of 269.99/66.54 (the E1 nodal terms dominate).
    CHECK(std::fabs(o.pole_ra_deg - 269.9949) < 4.1);
    CHECK(std::fabs(o.pole_dec_deg - 66.5392) < 1.7);
}

TEST_CASE("The sub-solar latitude stays within 1.6 deg of the equator, 2000-2050",
          "[ephemeris]")
{
    // Seen from the north pole the Sun's elevation is the sub-solar latitude.
    double lowest = 90.0, highest = -90.0;
    UtcTime t = UtcTime::parseIso("2000-01-01T00:00:00Z");
    const UtcTime end = UtcTime::parseIso("2050-12-31T00:00:00Z");
    while (t < end) {
        const double el = astro::skyAtSite(t, site(90.0, 0.0)).sun.elevation_deg;
        lowest = std::min(lowest, el);
        highest = std::max(highest, el);
        t = t.plusSeconds(2.7 * 86400.0);
    }
    CHECK(highest < 1.6);
    CHECK(lowest > -1.6);
    CHECK(highest > 1.45); // it does reach the extremes over a year
    CHECK(lowest < -1.45);
}

TEST_CASE("Chang'e-6 landed on the far side in sunlight: Earth below the horizon",
          "[ephemeris]")
{
    // facts.md: landed 2024-06-01 22:23 UTC at 41.6385 S 153.985 W.
    const astro::SiteSky sky =
        astro::skyAtSite(UtcTime::parseIso("2024-06-01T22:23:00Z"), site(-41.6385, -153.985));
    CHECK(sky.earth.elevation_deg < -30.0);
    CHECK(sky.sun.elevation_deg > 5.0);
    // Morning at the site: the Sun in the eastern half of the sky.
    CHECK(sky.sun.azimuth_deg > 0.0);
    CHECK(sky.sun.azimuth_deg < 180.0);
}

TEST_CASE("Chang'e-4 landed in the lunar morning, out of the Earth's sight", "[ephemeris]")
{
    // facts.md: landed 2019-01-03 02:26 UTC at 45.457 S 177.588 E (von Karman).
    const astro::SiteSky sky =
        astro::skyAtSite(UtcTime::parseIso("2019-01-03T02:26:00Z"), site(-45.457, 177.588));
    // New Moon (far-side noon) was 2019-01-06: three days before it, at 45 S, the Sun
    // stands ~30 deg high in the east.
    CHECK(sky.earth.elevation_deg < -30.0);
    CHECK(sky.sun.elevation_deg > 20.0);
    CHECK(sky.sun.elevation_deg < 40.0);
    CHECK(sky.sun.azimuth_deg > 0.0);
    CHECK(sky.sun.azimuth_deg < 180.0);
}

TEST_CASE("From the sub-Earth region the Earth hangs near the zenith, ~1.9 deg wide",
          "[ephemeris]")
{
    const astro::SiteSky sky =
        astro::skyAtSite(UtcTime::parseIso("2030-01-01T00:00:00Z"), site(0.0, 0.0));
    CHECK(sky.earth.elevation_deg > 80.0);
    // Size follows distance: 1.80 deg at apogee to 2.06 deg at perigee; the Sun 0.52-0.55.
    CHECK(2.0 * sky.earth_angular_radius_deg ==
          Approx(radToDeg(2.0 * std::asin(6378137.0 / sky.earth.distance_m))).margin(1e-9));
    CHECK(2.0 * sky.earth_angular_radius_deg > 1.8);
    CHECK(2.0 * sky.earth_angular_radius_deg < 2.07);
    CHECK(2.0 * sky.sun_angular_radius_deg > 0.52);
    CHECK(2.0 * sky.sun_angular_radius_deg < 0.55);
    CHECK(sky.earth.distance_m > 356000e3);
    CHECK(sky.earth.distance_m < 407000e3);
}

TEST_CASE("At the south pole base the Sun goes round the horizon once a synodic month",
          "[ephemeris]")
{
    const LatLonHeight base = site(-89.72, -117.2);
    const UtcTime start = UtcTime::parseIso("2030-01-01T00:00:00Z");
    double turned_deg = 0.0;
    double previous = astro::skyAtSite(start, base).sun.azimuth_deg;
    const double step_s = 6.0 * 3600.0;
    for (int i = 1; i <= static_cast<int>(29.530589 * 86400.0 / step_s); ++i) {
        const double az = astro::skyAtSite(start.plusSeconds(i * step_s), base).sun.azimuth_deg;
        turned_deg += wrapDeg180(az - previous);
        previous = az;
        CHECK(std::fabs(astro::skyAtSite(start.plusSeconds(i * step_s), base)
                            .sun.elevation_deg) < 2.0);
    }
    CHECK(std::fabs(turned_deg) == Approx(360.0).margin(4.0));
}

TEST_CASE("Height above the sphere lowers the horizon-grazing Earth's elevation only by "
          "parallax", "[ephemeris]")
{
    const UtcTime t = UtcTime::parseIso("2031-05-05T05:00:00Z");
    const astro::SiteSky ground = astro::skyAtSite(t, site(-89.72, -117.2, 0.0));
    const astro::SiteSky mast = astro::skyAtSite(t, site(-89.72, -117.2, 10.0));
    // 10 m of height changes the geocentric direction by < 0.0001 deg.
    CHECK(mast.earth.elevation_deg == Approx(ground.earth.elevation_deg).margin(1e-4));
}

TEST_CASE("The Earth's orientation: the equinox direction at J2000 is at longitude -GMST",
          "[ephemeris]")
{
    // GMST at 2000-01-01 12:00 UT1 is 280.46 deg (IAU 1982 value), so the ICRF x axis lies
    // at east longitude 79.54 deg.
    const Mat3d r = astro::icrfToEarthFixed(UtcTime::parseIso("2000-01-01T12:00:00Z"));
    const Vec3d x = r * Vec3d{1, 0, 0};
    CHECK(radToDeg(std::atan2(x.y, x.x)) == Approx(79.54).margin(0.05));
    CHECK(std::fabs(x.z) < 1e-3);
}

TEST_CASE("The Bright Star Catalogue text parses; a malformed line is named", "[ephemeris]")
{
    const std::string text = "# comment\n\n-16.7161  6.7525 -1.46 \"  9Alp CMa\" 2491\n"
                             " 38.7836 18.6156  0.03 \"  3Alp Lyr\" 7001\n";
    const auto stars = astro::parseBrightStarCatalogue(text, "BSC");
    REQUIRE(stars.size() == 2);
    CHECK(stars[0].magnitude == Approx(-1.46));
    CHECK(radToDeg(stars[0].ra_rad) == Approx(6.7525 * 15.0));
    CHECK(stars[1].name == "  3Alp Lyr");
    CHECK_THROWS_WITH(astro::parseBrightStarCatalogue("12.0 twenty 1.0\n", "BSC"),
                      Catch::Contains("BSC:1") && Catch::Contains("is not"));
}

TEST_CASE("Debian's Bright Star Catalogue: every star to magnitude 6.5", "[ephemeris]")
{
    if (!std::filesystem::exists(astro::kDebianBrightStarCatalogue)) {
        WARN("SKIP: " << astro::kDebianBrightStarCatalogue << " absent (Debian package xplanet)");
        return;
    }
    const auto stars = astro::parseBrightStarCatalogue(
        io::readTextFile(astro::kDebianBrightStarCatalogue), astro::kDebianBrightStarCatalogue);
    CHECK(stars.size() > 9000);
    const auto brightest = std::min_element(stars.begin(), stars.end(), [](auto& a, auto& b) {
        return a.magnitude < b.magnitude;
    });
    CHECK(brightest->name.find("Alp CMa") != std::string::npos); // Sirius
}
