#pragma once
// The scenario model: where the base is, which DEM it stands on, its facilities, the
// programme's time span and named cameras (the light follows the date: see astro/). Pure
// data plus lookups; loading and
// validation live in io/ScenarioLoader.
#include "core/LatLon.h"
#include "core/UtcTime.h"
#include "mission/CameraBookmark.h"
#include "mission/CameraPathSpec.h"
#include "mission/Facility.h"
#include "mission/Mission.h"
#include "mission/RelayOrbit.h"

#include <optional>
#include <string>
#include <vector>

namespace lunar {

// A programme phase's span on the timeline (reconnaissance, construction, utilization).
struct ProgrammePhaseSpan {
    std::string phase; // one of programmePhases()
    UtcTime start;
    UtcTime end;
    std::string source;
};

// The scenario's "dem" value naming the built-in generated DEM.
inline constexpr const char* kDefaultDemName = "procedural:default";

struct Scenario {
    std::string name;
    std::string file; // the file it came from (for messages)
    double origin_lat_deg = -89.5;
    double origin_lon_deg = 0.0;
    std::string origin_source;
    // DEM: kDefaultDemName for the built-in generated DEM, else a path (relative paths
    // are relative to the scenario file).
    std::string dem;
    UtcTime timeline_start = UtcTime::parseIso("2019-01-01T00:00:00Z");
    UtcTime timeline_end = UtcTime::parseIso("2050-12-31T00:00:00Z");
    UtcTime initial_time = UtcTime::parseIso("2030-01-01T00:00:00Z");
    std::vector<ProgrammePhaseSpan> phases; // in time order, not overlapping (may be empty)
    std::vector<Facility> facilities;
    std::vector<CameraBookmark> cameras;
    std::vector<CameraPathSpec> camera_paths; // films: `lunarviz render --path NAME`
    std::vector<std::string> edited_paths;    // recorded or changed in the viewer (a name
                                              // no longer in camera_paths: deleted there);
                                              // saves write these
    std::vector<Mission> missions; // the programme's catalogue (flown and planned)
    std::vector<RelayOrbit> relays; // relay satellites in lunar orbit
    std::vector<std::string> warnings; // loading: fields not understood, one line each
    std::string source_json;           // the text it was read from: saves keep what the
                                       // model does not hold (notes, descriptions, sources)

    LatLonHeight origin() const;
    const CameraBookmark* findCamera(const std::string& camera_name) const;
    const CameraPathSpec* findCameraPath(const std::string& path_name) const;
    // The path of that name; throws LunarError naming the file and the known paths.
    const CameraPathSpec& cameraPath(const std::string& path_name) const;
    // Facilities that have arrived by `time` (a facility without a date is always shown).
    std::vector<const Facility*> facilitiesPresentAt(const UtcTime& time) const;
    // The programme phase under way at `time`, if any.
    const ProgrammePhaseSpan* phaseAt(const UtcTime& time) const;
};

} // namespace lunar
