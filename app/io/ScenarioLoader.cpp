#include "io/ScenarioLoader.h"

#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "core/LunarError.h"
#include "io/EmbeddedData.h"
#include "io/JsonReader.h"
#include "io/TextFile.h"

#include <set>

namespace lunar::io {

namespace {

// A position is either absolute {lat_deg, lon_deg} or an offset {east_m, north_m} from the
// base origin (convenient for a notional layout).
LatLon readPosition(const JsonReader& p, const EnuFrame& origin)
{
    const bool absolute = p.has("lat_deg") || p.has("lon_deg");
    const bool offset = p.has("east_m") || p.has("north_m");
    if (absolute == offset)
        p.fail("", "give either lat_deg/lon_deg or east_m/north_m");
    if (absolute)
        return {degToRad(p.number("lat_deg", -90.0, 90.0)),
                degToRad(p.number("lon_deg", -360.0, 360.0))};
    const double east_m = p.number("east_m", -500000.0, 500000.0);
    const double north_m = p.number("north_m", -500000.0, 500000.0);
    const LatLonHeight ll = origin.selenographicFromEnu({east_m, north_m, 0.0});
    return {ll.lat_rad, ll.lon_rad};
}

FacilityShape readShape(const JsonReader& f)
{
    const std::string shape =
        f.oneOf("shape", {"box", "cylinder", "dome", "mast", "pad"}, "box");
    if (shape == "cylinder")
        return FacilityShape::Cylinder;
    if (shape == "dome")
        return FacilityShape::Dome;
    if (shape == "mast")
        return FacilityShape::Mast;
    if (shape == "pad")
        return FacilityShape::Pad;
    return FacilityShape::Box;
}

Facility readFacility(const JsonReader& f, const EnuFrame& origin)
{
    Facility facility;
    facility.id = f.string("id");
    facility.name = f.string("name");
    facility.category = f.string("category");
    facility.phase = f.string("phase");
    facility.status = f.oneOf("status", {"planned", "notional", "record"}, "notional");
    facility.source = f.string("source");
    facility.arrival = f.optionalTime("arrival");
    const LatLon position = readPosition(f.child("position"), origin);
    facility.lat_deg = radToDeg(position.lat_rad);
    facility.lon_deg = radToDeg(position.lon_rad);
    facility.heading_deg = f.number("heading_deg", -360.0, 360.0, 0.0);
    facility.shape = readShape(f);
    const JsonReader size = f.child("size");
    facility.length_m = size.number("length_m", 0.1, 5000.0);
    facility.width_m = size.number("width_m", 0.1, 5000.0);
    facility.height_m = size.number("height_m", 0.0, 1000.0);
    return facility;
}

CameraBookmark readCamera(const JsonReader& c, const EnuFrame& origin)
{
    CameraBookmark camera;
    camera.name = c.string("name");
    const JsonReader eye = c.child("eye");
    const LatLon eye_ll = readPosition(eye, origin);
    camera.eye_lat_deg = radToDeg(eye_ll.lat_rad);
    camera.eye_lon_deg = radToDeg(eye_ll.lon_rad);
    camera.eye_height_m = eye.number("height_m", -20000.0, 1.0e7);
    const JsonReader target = c.child("target");
    const LatLon target_ll = readPosition(target, origin);
    camera.target_lat_deg = radToDeg(target_ll.lat_rad);
    camera.target_lon_deg = radToDeg(target_ll.lon_rad);
    camera.target_height_m = target.number("height_m", -20000.0, 1.0e7, 0.0);
    camera.above_terrain = c.oneOf("heights", {"above_terrain", "above_sphere"},
                                   "above_terrain") == "above_terrain";
    camera.fov_y_deg = c.number("fov_y_deg", 1.0, 150.0, 40.0);
    return camera;
}

} // namespace

Scenario parseScenario(const std::string& json_text, const std::string& file)
{
    const nlohmann::json root = JsonReader::parse(json_text, file);
    const JsonReader top(root, file);
    if (top.string("format") != "lunarviz-scenario/1")
        top.fail("format", "expected \"lunarviz-scenario/1\"");
    Scenario s;
    s.file = file;
    s.name = top.string("name");
    const JsonReader origin = top.child("origin");
    s.origin_lat_deg = origin.number("lat_deg", -90.0, 90.0);
    s.origin_lon_deg = origin.number("lon_deg", -360.0, 360.0);
    s.origin_source = origin.string("source");
    s.dem = top.string("dem");
    if (s.dem.empty())
        top.fail("dem", "is empty (use \"procedural:default\" or a DEM path)");

    const JsonReader timeline = top.child("timeline");
    s.timeline_start = timeline.time("start");
    s.timeline_end = timeline.time("end");
    if (!(s.timeline_start < s.timeline_end))
        timeline.fail("end", "is not after timeline.start");
    s.initial_time = timeline.optionalTime("initial").value_or(s.timeline_start);
    if (s.initial_time < s.timeline_start || s.timeline_end < s.initial_time)
        timeline.fail("initial", "is outside start..end");

    const EnuFrame frame(s.origin());
    std::set<std::string> ids;
    for (const JsonReader& f : top.array("facilities")) {
        s.facilities.push_back(readFacility(f, frame));
        if (!ids.insert(s.facilities.back().id).second)
            f.fail("id", "\"" + s.facilities.back().id + "\" is used twice");
    }
    std::set<std::string> camera_names;
    for (const JsonReader& c : top.optionalArray("cameras")) {
        s.cameras.push_back(readCamera(c, frame));
        if (!camera_names.insert(s.cameras.back().name).second)
            c.fail("name", "\"" + s.cameras.back().name + "\" is used twice");
    }
    return s;
}

Scenario loadScenario(const std::string& path) { return parseScenario(readTextFile(path), path); }

Scenario defaultScenario()
{
    const std::string name = "ilrs_concept.json";
    return parseScenario(embeddedDataFile(name), embeddedLabel(name));
}

} // namespace lunar::io
