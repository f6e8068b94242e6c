// `lunarviz ephem`: the Sun and the Earth in the sky of a lunar site at a UTC instant, as
// JSON on stdout.
#include "cli/CommandLine.h"

#include "astro/SiteSky.h"
#include "core/Angles.h"
#include "core/LunarError.h"
#include "core/TimeScales.h"
#include "core/UtcTime.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <memory>

namespace lunar::cli {

namespace {
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

nlohmann::ordered_json bodyJson(const astro::SkyPosition& p, double angular_radius_deg)
{
    nlohmann::ordered_json j;
    j["azimuth_deg"] = rounded(p.azimuth_deg, 6);
    j["elevation_deg"] = rounded(p.elevation_deg, 6);
    j["distance_km"] = rounded(p.distance_m / 1000.0, 3);
    j["angular_diameter_deg"] = rounded(2.0 * angular_radius_deg, 6);
    return j;
}
} // namespace

Subcommand addEphemCommand(CLI::App& app)
{
    struct Options {
        std::string time;
        double lat_deg = 0.0;
        double lon_deg = 0.0;
        double height_m = 0.0;
    };
    auto options = std::make_shared<Options>();
    CLI::App* sub = app.add_subcommand(
        "ephem", "Sun and Earth azimuth/elevation/distance from a lunar site (JSON)");
    sub->add_option("--time", options->time, "UTC instant, ISO-8601 (e.g. 2030-01-01T12:00:00Z)")
        ->required();
    sub->add_option("--lat", options->lat_deg, "Selenographic latitude, degrees (-90..90)")
        ->required();
    sub->add_option("--lon", options->lon_deg, "East longitude, degrees")->required();
    sub->add_option("--height", options->height_m,
                    "Height above the 1737.4 km sphere, metres (default 0)");
    return {sub, [options] {
                const Options& o = *options;
                if (!(o.lat_deg >= -90.0 && o.lat_deg <= 90.0))
                    throw LunarError("--lat", "latitude " + std::to_string(o.lat_deg) +
                                                  " is outside -90..90 degrees");
                if (!std::isfinite(o.lon_deg))
                    throw LunarError("--lon", "longitude is not a number");
                if (!(o.height_m > -20000.0 && o.height_m < 1.0e9))
                    throw LunarError("--height", "height " + std::to_string(o.height_m) +
                                                     " m is not a height on or above the Moon");
                const UtcTime utc = UtcTime::parseIso(o.time, "--time");
                const LatLonHeight site{degToRad(o.lat_deg), degToRad(o.lon_deg), o.height_m};
                const astro::SiteSky sky = astro::skyAtSite(utc, site);
                const JulianDate tt = terrestrialTime(utc);

                nlohmann::ordered_json out;
                out["time_utc"] = utc.toIso();
                out["tt_jd"] = rounded(tt.jd1 + tt.jd2, 8);
                out["site"] = {{"lat_deg", o.lat_deg},
                               {"lon_deg", wrapDeg180(o.lon_deg)},
                               {"height_m", o.height_m}};
                out["sun"] = bodyJson(sky.sun, sky.sun_angular_radius_deg);
                out["earth"] = bodyJson(sky.earth, sky.earth_angular_radius_deg);
                out["earth"]["phase_angle_deg"] = rounded(sky.earth_phase_angle_deg, 4);
                out["earth"]["illuminated_fraction"] = rounded(sky.earth_illuminated_fraction, 4);
                std::printf("%s\n", out.dump(2).c_str());
                return 0;
            }};
}

} // namespace lunar::cli
