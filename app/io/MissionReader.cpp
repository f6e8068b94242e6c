#include "io/MissionReader.h"

#include "core/Angles.h"
#include "io/FacilityReader.h"

namespace lunar::io {

namespace {
const std::vector<std::string> kMissionKeys = {
    "id",   "name",    "agency",  "vehicle",  "outcome", "launch", "landing", "site",
    "launch_mass_kg", "landed_mass_kg", "descent", "source", "sources", "note"};
} // namespace

Mission readMission(const JsonReader& m, const EnuFrame& origin, ErrorCollector& errors,
                    std::vector<std::string>& warnings)
{
    Mission mission;
    warnUnknownKeys(m, kMissionKeys, warnings);
    errors.attempt([&] { mission.id = m.string("id"); });
    errors.attempt([&] { mission.name = m.string("name"); });
    errors.attempt([&] { mission.agency = m.string("agency"); });
    errors.attempt([&] { mission.vehicle = m.string("vehicle", ""); });
    errors.attempt([&] { mission.outcome = m.oneOf("outcome", missionOutcomes(), "planned"); });
    errors.attempt([&] { mission.source = m.string("source"); });
    errors.attempt([&] { mission.note = m.string("note", ""); });
    errors.attempt([&] { mission.launch = m.optionalTime("launch"); });
    errors.attempt([&] { mission.landing = m.optionalTime("landing"); });
    errors.attempt([&] {
        if (mission.launch && mission.landing && mission.landing < mission.launch)
            m.fail("landing", "is before the launch");
    });
    errors.attempt([&] {
        const JsonReader site = m.child("site");
        mission.at_base = site.has("east_m") || site.has("north_m");
        const LatLon p = readPosition(site, origin);
        mission.site_lat_deg = radToDeg(p.lat_rad);
        mission.site_lon_deg = radToDeg(p.lon_rad);
    });
    errors.attempt([&] {
        if (m.has("launch_mass_kg"))
            mission.launch_mass_kg = m.number("launch_mass_kg", 1.0, 1.0e7);
        if (m.has("landed_mass_kg"))
            mission.landed_mass_kg = m.number("landed_mass_kg", 1.0, 1.0e7);
    });
    errors.attempt([&] {
        if (!m.has("descent"))
            return;
        const JsonReader d = m.child("descent");
        const std::string profile = d.oneOf("profile", {"nominal", "vertical", "crash"}, "nominal");
        mission.profile = profile == "vertical" ? DescentProfile::Vertical
                          : profile == "crash"  ? DescentProfile::Crash
                                                : DescentProfile::Nominal;
        mission.approach_azimuth_deg = d.number("approach_azimuth_deg", -360.0, 360.0, 0.0);
    });
    errors.attempt([&] {
        if (!m.has("sources"))
            return;
        const JsonReader sources = m.child("sources");
        for (const auto& [fact, text] : sources.value().items()) {
            (void)text;
            mission.sources[fact] = sources.string(fact);
        }
    });
    return mission;
}

} // namespace lunar::io
