#include "io/CameraPathJson.h"

#include <cmath>

namespace lunar::io {

namespace {
using Json = nlohmann::ordered_json;

// 1e-9 deg is 0.03 mm on the Moon; heights to the millimetre.
double rounded(double value, double step) { return std::round(value / step) * step; }

Json place(double lat_deg, double lon_deg, double height_m)
{
    return Json{{"lat_deg", rounded(lat_deg, 1e-9)},
                {"lon_deg", rounded(lon_deg, 1e-9)},
                {"height_m", rounded(height_m, 0.001)}};
}

Json vector3(const Vec3d& v)
{
    return Json::array({rounded(v.x, 0.001), rounded(v.y, 0.001), rounded(v.z, 0.001)});
}

Json keyJson(const CameraPathKeySpec& k)
{
    Json key;
    key["t_s"] = rounded(k.video_s, 0.001);
    if (!k.follow.empty()) {
        key["follow"] = k.follow;
        key["eye_offset_m"] = vector3(k.eye_offset_m);
        key["target_offset_m"] = vector3(k.target_offset_m);
    }
    else {
        const CameraBookmark& v = k.view;
        if (!v.above_terrain)
            key["heights"] = "above_sphere";
        key["eye"] = place(v.eye_lat_deg, v.eye_lon_deg, v.eye_height_m);
        key["target"] = place(v.target_lat_deg, v.target_lon_deg, v.target_height_m);
    }
    key["fov_y_deg"] = rounded(k.view.fov_y_deg, 1e-6);
    const std::pair<const char*, double> shape[] = {
        {"tension", k.tension}, {"continuity", k.continuity}, {"bias", k.bias}, {"ease", k.ease}};
    for (const auto& [name, value] : shape)
        if (value != 0.0)
            key[name] = rounded(value, 1e-6);
    return key;
}

Json stopJson(const TimeStop& s)
{
    Json stop{{"t_s", rounded(s.video_s, 0.001)}, {"utc", s.utc.toIso()}};
    if (s.steps == TimeSteps::lunar_days)
        stop["steps"] = "lunar_days";
    if (s.sky_held)
        stop["sky_utc"] = s.sky_held->toIso();
    return stop;
}
} // namespace

nlohmann::ordered_json cameraPathJson(const CameraPathSpec& spec, const nlohmann::ordered_json& before)
{
    Json path = before.is_object() ? before : Json::object();
    path["name"] = spec.name;
    if (!spec.title.empty())
        path["title"] = spec.title;
    else
        path.erase("title");
    Json keys = Json::array();
    for (const CameraPathKeySpec& k : spec.keys)
        keys.push_back(keyJson(k));
    path["keys"] = keys;
    Json time = Json::array();
    for (const TimeStop& s : spec.time)
        time.push_back(stopJson(s));
    path["time"] = time;
    return path;
}

} // namespace lunar::io
