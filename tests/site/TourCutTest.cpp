// The tour's cut, checked without drawing: every kind of facility is seen large (at least
// 80 px tall at 960 x 540) in some frame while it stands at the base.
#include "DefaultSite.h"

#include "mission/FacilityPlacement.h"
#include "mission/Film.h"
#include "mission/ScreenExtent.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <sstream>

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
