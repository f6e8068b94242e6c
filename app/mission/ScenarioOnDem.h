#pragma once
// A user's own DEM under a scenario that was not made for it (`lunarviz view site.tif`, or
// `--dem` with a scenario whose base lies elsewhere): what of the scenario stands on the DEM
// is kept, the rest is left out with one note saying so, and a DEM that does not hold the
// base at all is shown on its own, centred: the origin at its centre (so the Sun and the
// Earth are those of that place), a home camera framing it, a view from above and a film
// that circles it, at the scenario's date or, if the Sun is down there then and no date was
// asked for, at the next hour of daylight. Pure: decided from the DEM's extent alone, before
// any height is read.
#include "mission/DemCoverage.h"
#include "mission/Scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace lunar {

struct DemFit {
    bool recentred = false;                     // the base was not on the DEM
    std::vector<std::string> left_out;          // ids of facilities not (wholly) on the DEM
    std::vector<std::string> paths_left_out;    // films following a lander that left the DEM
    bool moved_to_daylight = false;             // initial_time moved: the Sun was down
    std::string note;                           // one line for the user; empty if all fits
};

// The DEM's centre, and its size across in metres on the reference sphere.
LatLon demCentre(const DemExtent& dem);
double demWidth_m(const DemExtent& dem);
double demHeight_m(const DemExtent& dem);

// Adapts `scenario` in place to `dem` (named `dem_label` in the note) as described above.
// `date_asked`: the date the user chose (--time), never moved; the home camera stands on the
// Sun's side at the date shown.
DemFit fitScenarioToDem(Scenario& scenario, const DemExtent& dem, const std::string& dem_label,
                        const std::optional<UtcTime>& date_asked = std::nullopt);

// The cameras and the film made for a DEM shown on its own (used by fitScenarioToDem):
// "home" 35 deg above its plane from `home_azimuth_deg` (clockwise from local north), "above"
// looking down, and the 40 s film "orbit" that starts at home and circles it once at `time`.
// The views made for a DEM shown on its own stand on the sphere (no heights are known when
// they are made); once the DEM is read, this lifts them all by the height of its centre, so
// the eye stays 35 deg above the ground it looks at wherever the DEM lies (a site DEM's eye
// point is usually off the DEM, where there is no ground to measure from).
void liftDemViews(Scenario& scenario, double centre_height_m);

std::vector<CameraBookmark> camerasFramingDem(const DemExtent& dem, double home_azimuth_deg);
CameraPathSpec orbitFilmOverDem(const DemExtent& dem, double home_azimuth_deg, const UtcTime& time);

} // namespace lunar
