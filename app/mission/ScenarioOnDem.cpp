#include "mission/ScenarioOnDem.h"

#include "astro/DaylightSearch.h"
#include "astro/SiteSky.h"
#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "core/NameList.h"
#include "core/SelenographicFrame.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lunar {

namespace {

LatLon pixelPosition(const DemExtent& dem, double col, double row)
{
    return dem.projection->toLatLon(dem.geo.mapFromPixel(col, row));
}

// A view `distance_m` from the DEM's centre, at `elevation_deg` above its horizontal, from
// `azimuth_deg` (clockwise from local north), looking at the centre.
CameraBookmark viewOfCentre(const std::string& name, const DemExtent& dem, double distance_m,
                            double azimuth_deg, double elevation_deg)
{
    const LatLon centre = demCentre(dem);
    const EnuFrame local({centre.lat_rad, centre.lon_rad, 0.0});
    const double az = degToRad(azimuth_deg), el = degToRad(elevation_deg);
    const double ground_m = distance_m * std::cos(el);
    const LatLonHeight eye =
        local.selenographicFromEnu({ground_m * std::sin(az), ground_m * std::cos(az), 0.0});
    CameraBookmark view;
    view.name = name;
    view.eye_lat_deg = radToDeg(eye.lat_rad);
    view.eye_lon_deg = radToDeg(eye.lon_rad);
    view.eye_height_m = distance_m * std::sin(el);
    view.target_lat_deg = radToDeg(centre.lat_rad);
    view.target_lon_deg = radToDeg(centre.lon_rad);
    view.target_height_m = 0.0;
    view.above_terrain = false; // above the sphere, until liftDemViews knows the ground
    view.fov_y_deg = 40.0;
    return view;
}

// The distance at which a 40 deg view holds the whole DEM.
double framingDistance_m(const DemExtent& dem)
{
    const double half_diagonal_m = 0.5 * std::hypot(demWidth_m(dem), demHeight_m(dem));
    return half_diagonal_m / std::tan(degToRad(20.0));
}

bool missionLandsOn(const Mission& m, const DemExtent& dem)
{
    return dem.contains({degToRad(m.site_lat_deg), degToRad(m.site_lon_deg)});
}

} // namespace

LatLon demCentre(const DemExtent& dem) { return pixelPosition(dem, 0.5 * dem.width_px, 0.5 * dem.height_px); }

double demWidth_m(const DemExtent& dem)
{
    return sphereChord_m(pixelPosition(dem, 0.0, 0.5 * dem.height_px),
                         pixelPosition(dem, dem.width_px, 0.5 * dem.height_px));
}

double demHeight_m(const DemExtent& dem)
{
    return sphereChord_m(pixelPosition(dem, 0.5 * dem.width_px, 0.0),
                         pixelPosition(dem, 0.5 * dem.width_px, dem.height_px));
}

void liftDemViews(Scenario& scenario, double centre_height_m)
{
    const auto lift = [&](CameraBookmark& view) {
        view.eye_height_m += centre_height_m;
        view.target_height_m += centre_height_m;
    };
    for (CameraBookmark& c : scenario.cameras)
        lift(c);
    for (CameraPathSpec& p : scenario.camera_paths)
        for (CameraPathKeySpec& k : p.keys)
            lift(k.view);
}

std::vector<CameraBookmark> camerasFramingDem(const DemExtent& dem, double home_azimuth_deg)
{
    const double d = framingDistance_m(dem);
    // The near edge of an oblique view comes closer: stand back a little more.
    return {viewOfCentre("home", dem, 1.15 * d, home_azimuth_deg, 35.0),
            viewOfCentre("above", dem, d, home_azimuth_deg, 88.0)};
}

CameraPathSpec orbitFilmOverDem(const DemExtent& dem, double home_azimuth_deg, const UtcTime& time)
{
    CameraPathSpec film;
    film.name = "orbit";
    film.title = "Around the DEM";
    constexpr int kKeys = 8;
    constexpr double kDuration_s = 40.0;
    const double d = 1.15 * framingDistance_m(dem);
    for (int k = 0; k <= kKeys; ++k) {
        CameraPathKeySpec key;
        key.video_s = kDuration_s * k / kKeys;
        key.view = viewOfCentre("orbit", dem, d, home_azimuth_deg + 360.0 * k / kKeys, 35.0);
        film.keys.push_back(key);
    }
    film.time.emplace_back(0.0, time);
    return film;
}

DemFit fitScenarioToDem(Scenario& scenario, const DemExtent& dem, const std::string& dem_label,
                        const std::optional<UtcTime>& date_asked)
{
    DemFit fit;
    fit.recentred = !dem.contains({degToRad(scenario.origin_lat_deg), degToRad(scenario.origin_lon_deg)});
    const std::size_t facility_count = scenario.facilities.size();
    if (fit.recentred) {
        const LatLon centre = demCentre(dem);
        char text[400];
        std::snprintf(text, sizeof text,
                      "%s does not hold the base of \"%s\" (%.4f, %.4f deg): shown on its own, "
                      "centred at %.4f, %.4f deg, without the scenario's %zu facilities",
                      dem_label.c_str(), scenario.name.c_str(), scenario.origin_lat_deg,
                      scenario.origin_lon_deg, radToDeg(centre.lat_rad), radToDeg(centre.lon_rad),
                      facility_count);
        fit.note = text;
        for (const Facility& f : scenario.facilities)
            fit.left_out.push_back(f.id);
        scenario.facilities.clear();
        scenario.origin_lat_deg = radToDeg(centre.lat_rad);
        scenario.origin_lon_deg = radToDeg(centre.lon_rad);
        scenario.origin_source = "the centre of " + dem_label;
        const LatLonHeight site{centre.lat_rad, centre.lon_rad, 0.0};
        if (!date_asked && astro::sunElevationDeg(site, scenario.initial_time) < 0.5)
            if (const auto day = astro::firstDaylight(site, scenario.initial_time);
                day && !(day->time < scenario.timeline_start) && !(scenario.timeline_end < day->time)) {
                std::snprintf(text, sizeof text, "; the Sun is down there at %s, so it opens at %s (Sun %.1f deg up)",
                              scenario.initial_time.toIso().c_str(), day->time.toIso().c_str(),
                              day->sun_elevation_deg);
                fit.note += text;
                scenario.initial_time = day->time;
                fit.moved_to_daylight = true;
            }
        // From the Sun's side, a little off it so that relief still shows its shadows.
        const double home_azimuth_deg =
            astro::skyAtSite(date_asked.value_or(scenario.initial_time), site).sun.azimuth_deg - 30.0;
        scenario.cameras = camerasFramingDem(dem, home_azimuth_deg);
        for (const CameraPathSpec& p : scenario.camera_paths)
            fit.paths_left_out.push_back(p.name);
        scenario.camera_paths = {orbitFilmOverDem(dem, home_azimuth_deg, date_asked.value_or(scenario.initial_time))};
    }
    else {
        std::vector<Facility> kept;
        for (const Facility& f : scenario.facilities) {
            if (facilityOffDem(f, dem))
                fit.left_out.push_back(f.id);
            else
                kept.push_back(f);
        }
        scenario.facilities = std::move(kept);
        if (!fit.left_out.empty())
            fit.note = dem_label + ": " + std::to_string(fit.left_out.size()) + " of the " +
                       std::to_string(facility_count) +
                       " facilities of the scenario lie outside it and are not shown: " +
                       joinedNames(fit.left_out);
    }
    // Landers meant for the base that would now come down off the DEM are flown as the
    // missions elsewhere are (markers on the globe), and films riding with them go.
    std::vector<std::string> gone;
    for (Mission& m : scenario.missions)
        if (m.at_base && (fit.recentred || !missionLandsOn(m, dem))) {
            m.at_base = false;
            gone.push_back(m.id);
        }
    if (!fit.recentred && !gone.empty()) {
        std::vector<CameraPathSpec> kept;
        for (const CameraPathSpec& p : scenario.camera_paths) {
            const bool follows_gone = std::any_of(p.keys.begin(), p.keys.end(), [&](const CameraPathKeySpec& k) {
                return std::find(gone.begin(), gone.end(), k.follow) != gone.end();
            });
            if (follows_gone)
                fit.paths_left_out.push_back(p.name);
            else
                kept.push_back(p);
        }
        scenario.camera_paths = std::move(kept);
    }
    return fit;
}

} // namespace lunar
