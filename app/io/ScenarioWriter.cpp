#include "io/ScenarioWriter.h"

#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "core/SelenographicFrame.h"
#include "core/LunarError.h"
#include "io/AtomicFile.h"
#include "io/TextFile.h"
#include "io/CameraPathJson.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>

namespace lunar::io {

namespace {
// Enough digits for millimetres: 1e-9 deg is 0.03 mm on the Moon.
double rounded(double value, double step)
{
    return std::round(value / step) * step;
}

// Paths recorded or edited in the viewer replace the file's entry of that name (keeping
// its notes), or are appended; an edited name the scenario no longer has is removed.
void writeEditedPaths(const Scenario& scenario, nlohmann::ordered_json& document)
{
    if (scenario.edited_paths.empty())
        return;
    auto& paths = document["camera_paths"];
    if (!paths.is_array())
        paths = nlohmann::ordered_json::array();
    for (const std::string& name : scenario.edited_paths) {
        auto entry = std::find_if(paths.begin(), paths.end(), [&](const auto& p) {
            return p.is_object() && p.value("name", "") == name;
        });
        const CameraPathSpec* spec = scenario.findCameraPath(name);
        if (!spec) {
            if (entry != paths.end())
                paths.erase(entry);
        }
        else if (entry != paths.end()) {
            *entry = cameraPathJson(*spec, *entry);
        }
        else {
            paths.push_back(cameraPathJson(*spec));
        }
    }
}
} // namespace

std::string scenarioJsonWithLayout(const Scenario& scenario)
{
    nlohmann::ordered_json document = nlohmann::ordered_json::parse(scenario.source_json);
    const EnuFrame origin(scenario.origin());
    auto& facilities = document.at("facilities");
    for (auto& entry : facilities) {
        const std::string id = entry.value("id", "");
        const Facility* f = nullptr;
        for (const Facility& candidate : scenario.facilities)
            if (candidate.id == id)
                f = &candidate;
        if (!f)
            continue; // (a facility removed in the editor would be erased here)
        auto& position = entry["position"];
        position = nlohmann::ordered_json::object();
        if (f->position_as_offset) {
            // The reader puts east/north on the origin's tangent plane and takes the
            // direction from the Moon's centre: invert exactly that (where the radial
            // through the position meets the plane), so saves do not drift.
            const Vec3d radial = moonFixedFromSelenographic(
                                     {degToRad(f->lat_deg), degToRad(f->lon_deg), 0.0})
                                     .normalized();
            const Vec3d o = origin.originMoonFixed();
            const Vec3d up = o.normalized();
            const Vec3d enu = origin.toEnu(radial * (dot(o, up) / dot(radial, up)));
            position["east_m"] = rounded(enu.x, 0.001);
            position["north_m"] = rounded(enu.y, 0.001);
        }
        else {
            position["lat_deg"] = rounded(f->lat_deg, 1e-9);
            position["lon_deg"] = rounded(f->lon_deg, 1e-9);
        }
        if (f->heading_deg != 0.0 || entry.contains("heading_deg"))
            entry["heading_deg"] = rounded(f->heading_deg, 1e-6);
    }
    writeEditedPaths(scenario, document);
    return document.dump(2) + "\n";
}

void saveScenario(const Scenario& scenario, const std::string& path)
{
    // The layout before this save stays as <file>.bak.
    writeTextFile(path, scenarioJsonWithLayout(scenario), AtomicWriteOptions{true});
}

} // namespace lunar::io
