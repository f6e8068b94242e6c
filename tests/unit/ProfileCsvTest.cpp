// The profile CSV: a header with units, one line per sample, empty fields where there is no
// height, and what is written reads back; bad paths and bad files fail naming themselves.
#include "ProfileGrids.h"
#include "TestPaths.h"

#include "core/Angles.h"
#include "core/LunarError.h"
#include "io/ProfileCsv.h"
#include "io/TextFile.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>

using namespace lunar;

TEST_CASE("Profile CSV: what is written reads back, holes as empty fields",
          "[io][profile]")
{
    // A gentle ramp east with a hole in the middle.
    const TerrainGrid grid = test::polarGrid(101, 10.0, [](double x, double) {
        return std::abs(x) < 40.0 ? std::nan("") : 0.05 * x;
    });
    const SurfaceProfile p = surfaceProfile(
        grid, {test::placeAt(grid, -400.0, 10.0), test::placeAt(grid, 400.0, 10.0)});
    REQUIRE(p.missing_samples > 0);
    const std::string path = (test::scratchDir("profile-csv") / "profile.csv").string();
    io::writeProfileCsv(p, path);

    std::ifstream in(path);
    std::string header;
    std::getline(in, header);
    CHECK(header == "distance_m,elevation_m,slope_deg,lat_deg,lon_deg,horizontal_distance_m");

    const std::vector<io::ProfileCsvRow> rows = io::readProfileCsv(path);
    REQUIRE(rows.size() == p.samples.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ProfileSample& s = p.samples[i];
        CAPTURE(i);
        CHECK(rows[i].distance_m == Approx(s.surface_m).margin(5e-4));
        CHECK(rows[i].horizontal_distance_m == Approx(s.horizontal_m).margin(5e-4));
        CHECK(rows[i].lat_deg == Approx(radToDeg(s.position.lat_rad)).margin(1e-9));
        CHECK(rows[i].lon_deg == Approx(radToDeg(s.position.lon_rad)).margin(1e-9));
        CHECK(std::isnan(rows[i].elevation_m) == std::isnan(s.elevation_m));
        if (!std::isnan(s.elevation_m))
            CHECK(rows[i].elevation_m == Approx(s.elevation_m).margin(5e-4));
        CHECK(std::isnan(rows[i].slope_deg) == std::isnan(s.slope_deg));
        if (!std::isnan(s.slope_deg))
            CHECK(rows[i].slope_deg == Approx(s.slope_deg).margin(5e-4));
    }
}

TEST_CASE("Profile CSV: a missing folder, a file that is not a profile and a short line are "
          "named in the error", "[io][profile]")
{
    const SurfaceProfile empty;
    CHECK_THROWS_WITH(io::writeProfileCsv(empty, "/no/such/dir/profile.csv"),
                      Catch::Contains("/no/such/dir/profile.csv") &&
                          Catch::Contains("does not exist"));
    const auto dir = test::scratchDir("profile-csv-bad");
    const std::string other = (dir / "other.csv").string();
    std::ofstream(other) << "a,b\n1,2\n";
    CHECK_THROWS_WITH(io::readProfileCsv(other),
                      Catch::Contains("other.csv:1") && Catch::Contains("not a profile CSV"));
    const std::string short_line = (dir / "short.csv").string();
    std::ofstream(short_line) << io::profileCsvHeader() << "\n1,2,3,4,5,6\n1,2,3\n";
    CHECK_THROWS_WITH(io::readProfileCsv(short_line),
                      Catch::Contains("short.csv:3") && Catch::Contains("has 3 fields, not 6"));
    // A failed write leaves an existing file as it was.
    const std::string kept = (dir / "kept.csv").string();
    std::ofstream(kept) << "keep me\n";
    CHECK_THROWS(io::writeProfileCsv(empty, (dir / "kept.csv" / "x.csv").string()));
    std::ifstream in(kept);
    std::string line;
    std::getline(in, line);
    CHECK(line == "keep me");
}
