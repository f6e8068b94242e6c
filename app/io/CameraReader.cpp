#include "io/CameraReader.h"

#include "core/Angles.h"
#include "core/NameList.h"
#include "io/FacilityReader.h"

namespace lunar::io {

CameraBookmark readView(const JsonReader& c, const EnuFrame& origin)
{
    CameraBookmark camera;
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

CameraBookmark readCamera(const JsonReader& c, const EnuFrame& origin)
{
    CameraBookmark camera = readView(c, origin);
    camera.name = c.string("name");
    return camera;
}

CameraPathSpec readCameraPath(const JsonReader& p, const EnuFrame& origin,
                              const std::set<std::string>& mission_ids, ErrorCollector& errors)
{
    CameraPathSpec spec;
    errors.attempt([&] { spec.name = p.string("name"); });
    errors.attempt([&] { spec.title = p.string("title", ""); });
    errors.attempt([&] {
        const std::vector<JsonReader> keys = p.array("keys");
        if (keys.size() < 2)
            p.fail("keys", "a camera path needs two keys or more");
        for (const JsonReader& k : keys)
            errors.attempt([&] {
                CameraPathKeySpec key;
                key.video_s = k.number("t_s", 0.0, 36000.0);
                if (!spec.keys.empty() && !(key.video_s > spec.keys.back().video_s))
                    k.fail("t_s", "is not after the key before it");
                if (k.has("follow")) { // offsets from the lander, not places
                    key.follow = k.string("follow");
                    if (mission_ids.count(key.follow) == 0) {
                        const std::string known =
                            joinedNames({mission_ids.begin(), mission_ids.end()});
                        k.fail("follow", "\"" + key.follow +
                                             "\" is not a mission of this scenario (missions: " +
                                             (known.empty() ? "none" : known) + ")");
                    }
                    key.eye_offset_m = k.vector3("eye_offset_m", 1.0e6); // within 1000 km
                    key.target_offset_m = k.vector3("target_offset_m", 1.0e6);
                    key.view.fov_y_deg = k.number("fov_y_deg", 1.0, 150.0, 40.0);
                }
                else {
                    key.view = readView(k, origin);
                }
                key.tension = k.number("tension", -1.0, 1.0, 0.0);
                key.continuity = k.number("continuity", -1.0, 1.0, 0.0);
                key.bias = k.number("bias", -1.0, 1.0, 0.0);
                key.ease = k.number("ease", 0.0, 1.0, 0.0);
                spec.keys.push_back(key);
            });
    });
    errors.attempt([&] {
        const std::vector<JsonReader> stops = p.array("time");
        if (stops.empty())
            p.fail("time", "needs one stop or more ({\"t_s\": .., \"utc\": ..})");
        for (const JsonReader& t : stops)
            errors.attempt([&] {
                TimeStop stop{t.number("t_s", 0.0, 36000.0), t.time("utc")};
                if (t.oneOf("steps", {"continuous", "lunar_days"}, "continuous") == "lunar_days")
                    stop.steps = TimeSteps::lunar_days;
                stop.sky_held = t.optionalTime("sky_utc");
                if (!spec.time.empty() && !(stop.video_s > spec.time.back().video_s))
                    t.fail("t_s", "is not after the stop before it");
                spec.time.push_back(stop);
            });
    });
    return spec;
}

} // namespace lunar::io
