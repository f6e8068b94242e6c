// The tour's cut, checked without drawing: every kind of facility is seen large (at least
// 80 px tall at 960 x 540) in some frame while it stands at the base, and a landing is
// filmed close while its dust sheet is blowing.
#include "DefaultSite.h"

#include "mission/DustSheet.h"
#include "mission/FacilityPlacement.h"
#include "mission/Film.h"
#include "mission/ScreenExtent.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <vector>

using namespace lunar;

TEST_CASE("Tour: every facility category is seen at least 80 px tall at 960x540", "[site][film]")
{
    const site::SiteModel& s = test::defaultSite();
    const Film film = s.film("tour");
    const GroundHeight ground = [&](const LatLon& p) { return s.terrain.heightAt(p); };
    std::map<std::string, std::array<Vec3d, 8>> boxes;
    for (const Facility& f : s.scenario.facilities)
        boxes[f.id] = facilityBoxCorners(f, *s.frame, surveyFootprint(f, ground).base_m);

    std::map<std::string, double> tallest_px;  // per category
    std::map<std::string, double> when_s;
    for (const std::string& category : facilityCategories())
        tallest_px[category] = 0.0;
    const double length_s = film.path.duration_s();
    for (double t = 0.0; t <= length_s; t += 0.25) {
        const CameraPose pose = film.poseAboveGround(t, *s.frame, s.terrain, s.vertical_exaggeration);
        const UtcTime now = film.time.at(t);
        for (const Facility& f : s.scenario.facilities) {
            if (f.arrival && now < *f.arrival)
                continue; // not yet built
            const double px = visibleHeightPx(boxes[f.id], pose, {960, 540});
            if (px > tallest_px[f.category]) {
                tallest_px[f.category] = px;
                when_s[f.category] = t;
            }
        }
    }
    std::ostringstream table;
    for (const auto& [category, px] : tallest_px)
        table << category << ": " << px << " px at " << when_s[category] << " s; ";
    INFO(table.str());
    std::set<std::string> present;
    for (const Facility& f : s.scenario.facilities)
        present.insert(f.category);
    for (const std::string& category : present) {
        CAPTURE(category);
        CHECK(tallest_px[category] >= 80.0);
    }
}

TEST_CASE("Tour: a landing is filmed while its dust sheet spans at least 15 % of the width at "
          "960x540", "[site][film][dust]")
{
    const site::SiteModel& s = test::defaultSite();
    const Film film = s.film("tour");
    double widest_share = 0.0, when_s = -1.0, active_s = 0.0;
    std::string which;
    constexpr double kStep_s = 1.0 / 30.0; // every frame at 30 fps
    for (const LanderFlight& flight : s.lander_flights) {
        const DustSheet sheet(*flight.trajectory, flight.mission_id);
        const EnuFrame site(flight.site);
        for (double t = 0.0; t <= film.path.duration_s(); t += kStep_s) {
            const DustSheetState dust = sheet.at(film.time.at(t).secondsSince(flight.start));
            if (!dust.active)
                continue;
            // The sheet sampled on the ground of its site: rings out to its extent.
            std::vector<Vec3d> points;
            for (int i = 0; i <= 12; ++i)
                for (int k = 0; k < 72; ++k) {
                    const double r = dust.inner_radius_m + (dust.extent_m - dust.inner_radius_m) * i / 12.0;
                    const double a = 2.0 * 3.14159265358979 * k / 72.0;
                    points.push_back(s.frame->toEnu(site.toMoonFixed({r * std::cos(a), r * std::sin(a), 0.0})));
                }
            const CameraPose pose = film.poseAboveGround(t, *s.frame, s.terrain, s.vertical_exaggeration);
            const double share = visibleWidthPx(points, pose, {960, 540}) / 960.0;
            if (share >= 0.15)
                active_s += kStep_s;
            if (share > widest_share) {
                widest_share = share;
                when_s = t;
                which = flight.mission_id;
            }
        }
    }
    std::printf("tour dust: widest %.0f %% of the frame (%s at %.2f s); %.2f s of film at >= 15 %%\n",
                100.0 * widest_share, which.c_str(), when_s, active_s);
    CAPTURE(widest_share, when_s, which, active_s);
    CHECK(widest_share >= 0.15);
    CHECK(active_s >= 1.0); // long enough to see it: a second of film or more
}
