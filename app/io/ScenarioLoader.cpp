#include "io/ScenarioLoader.h"

#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "core/LunarError.h"
#include "io/CameraReader.h"
#include "io/DefaultDemCache.h"
#include "io/DemDataFolder.h"
#include "io/DemRecipeLoader.h"
#include "io/EmbeddedData.h"
#include "io/ErrorCollector.h"
#include "io/FacilityReader.h"
#include "io/MissionReader.h"
#include "io/JsonReader.h"
#include "io/TextFile.h"

#include <cstdio>
#include <filesystem>
#include <set>

namespace lunar::io {


Scenario parseScenario(const std::string& json_text, const std::string& file)
{
    const nlohmann::json root = JsonReader::parse(json_text, file);
    const JsonReader top(root, file);
    if (top.string("format") != "lunarviz-scenario/1")
        top.fail("format", "expected \"lunarviz-scenario/1\"");
    Scenario s;
    s.file = file;
    s.source_json = json_text;
    // Every part is read even when an earlier one is wrong, so one run lists every problem.
    ErrorCollector errors;
    warnUnknownKeys(top, {"format", "name", "description", "origin", "dem", "timeline",
                          "facilities", "cameras", "camera_paths", "missions", "relays"},
                    s.warnings);
    errors.attempt([&] { s.name = top.string("name"); });
    const bool origin_ok = errors.attempt([&] {
        const JsonReader origin = top.child("origin");
        s.origin_lat_deg = origin.number("lat_deg", -90.0, 90.0);
        s.origin_lon_deg = origin.number("lon_deg", -360.0, 360.0);
        s.origin_source = origin.string("source");
    });
    errors.attempt([&] {
        s.dem = top.string("dem");
        if (s.dem.empty())
            top.fail("dem", "is empty (use \"procedural:default\" or a DEM path)");
    });
    errors.attempt([&] {
        const JsonReader timeline = top.child("timeline");
        s.timeline_start = timeline.time("start");
        s.timeline_end = timeline.time("end");
        if (!(s.timeline_start < s.timeline_end))
            timeline.fail("end", "is not after timeline.start");
        s.initial_time = timeline.optionalTime("initial").value_or(s.timeline_start);
        if (s.initial_time < s.timeline_start || s.timeline_end < s.initial_time)
            timeline.fail("initial", "is outside start..end");
        for (const JsonReader& p : timeline.optionalArray("phases"))
            errors.attempt([&] {
                warnUnknownKeys(p, {"phase", "start", "end", "source"}, s.warnings);
                p.string("phase"); // required: names the path when missing
                ProgrammePhaseSpan span{p.oneOf("phase", programmePhases(), ""), p.time("start"),
                               p.time("end"), p.string("source", "")};
                if (!(span.start < span.end))
                    p.fail("end", "is not after start");
                if (!s.phases.empty() && span.start < s.phases.back().end)
                    p.fail("start", "overlaps the phase before it (phases are in time order)");
                s.phases.push_back(std::move(span));
            });
    });
    if (!origin_ok) // positions are relative to the origin: nothing more can be placed
        errors.throwIfAny();

    const EnuFrame frame(s.origin());
    std::set<std::string> ids;
    errors.attempt([&] {
        for (const JsonReader& f : top.array("facilities")) {
            s.facilities.push_back(readFacility(f, frame, errors, s.warnings));
            const std::optional<UtcTime>& arrival = s.facilities.back().arrival;
            if (arrival && (*arrival < s.timeline_start || s.timeline_end < *arrival))
                errors.attempt([&] {
                    f.fail("arrival", arrival->toIso() + " is outside the timeline (" +
                                          s.timeline_start.toIso() + " .. " + s.timeline_end.toIso() + ")");
                });
            if (!s.facilities.back().id.empty() && !ids.insert(s.facilities.back().id).second)
                errors.attempt(
                    [&] { f.fail("id", "\"" + s.facilities.back().id + "\" is used twice"); });
        }
    });
    std::set<std::string> mission_ids;
    errors.attempt([&] {
        for (const JsonReader& m : top.optionalArray("missions")) {
            s.missions.push_back(readMission(m, frame, errors, s.warnings));
            if (!s.missions.back().id.empty() && !mission_ids.insert(s.missions.back().id).second)
                errors.attempt(
                    [&] { m.fail("id", "\"" + s.missions.back().id + "\" is used twice"); });
        }
    });
    errors.attempt([&] {
        for (const JsonReader& r : top.optionalArray("relays"))
            errors.attempt([&] {
                warnUnknownKeys(r, {"id", "name", "periselene_altitude_m", "aposelene_altitude_m",
                                    "inclination_deg", "argument_of_periselene_deg",
                                    "ascending_node_deg", "mean_anomaly_deg", "epoch", "source",
                                    "note"},
                                s.warnings);
                RelayOrbit o;
                o.id = r.string("id");
                o.name = r.string("name");
                o.periselene_altitude_m = r.number("periselene_altitude_m", 10e3, 1e8);
                o.aposelene_altitude_m = r.number("aposelene_altitude_m", o.periselene_altitude_m, 1e8);
                o.inclination_deg = r.number("inclination_deg", 0.0, 180.0);
                o.argument_of_periselene_deg = r.number("argument_of_periselene_deg", -360.0, 360.0, 90.0);
                o.ascending_node_deg = r.number("ascending_node_deg", -360.0, 360.0, 0.0);
                o.mean_anomaly_deg = r.number("mean_anomaly_deg", -360.0, 360.0, 0.0);
                o.epoch = r.time("epoch");
                o.source = r.string("source");
                s.relays.push_back(o);
            });
    });
    std::set<std::string> camera_names;
    errors.attempt([&] {
        for (const JsonReader& c : top.optionalArray("cameras"))
            errors.attempt([&] {
                s.cameras.push_back(readCamera(c, frame));
                if (!camera_names.insert(s.cameras.back().name).second)
                    c.fail("name", "\"" + s.cameras.back().name + "\" is used twice");
            });
    });
    std::set<std::string> path_names;
    errors.attempt([&] {
        for (const JsonReader& p : top.optionalArray("camera_paths")) {
            s.camera_paths.push_back(readCameraPath(p, frame, mission_ids, errors));
            if (!s.camera_paths.back().name.empty() &&
                !path_names.insert(s.camera_paths.back().name).second)
                errors.attempt(
                    [&] { p.fail("name", "\"" + s.camera_paths.back().name + "\" is used twice"); });
        }
    });
    errors.throwIfAny();
    return s;
}

Scenario loadScenario(const std::string& path)
{
    // Refused before reading: a scenario is a page of facts (the ILRS concept is ~60 kB);
    // tens of megabytes is a wrong file, and parsing it would hold the window for seconds.
    std::error_code error;
    const auto bytes = std::filesystem::file_size(path, error);
    if (!error && bytes > kMaxScenarioBytes) {
        char text[128];
        std::snprintf(text, sizeof text, "is %.1f MB; a scenario is at most %.0f MB (is this the right file?)",
                      static_cast<double>(bytes) / 1e6, static_cast<double>(kMaxScenarioBytes) / 1e6);
        throw LunarError(path, text);
    }
    return parseScenario(readTextFile(path), path);
}

Scenario defaultScenario()
{
    const std::string name = "ilrs_concept.json";
    return parseScenario(embeddedDataFile(name), embeddedLabel(name));
}

std::string scenarioDemPath(const Scenario& scenario, const std::string& scenario_path)
{
    if (scenario.dem == kDefaultDemName)
        return ensureCachedDem(defaultDemRecipe());
    const std::filesystem::path dem(scenario.dem);
    const std::string path = dem.is_absolute() || scenario_path.empty()
                                 ? dem.string()
                                 : (std::filesystem::path(scenario_path).parent_path() / dem).string();
    if (std::filesystem::exists(path))
        return path;
    // Not a file beside the scenario: a catalogue name ("dem": "LDEM_85S_20M") is fetched
    // into the data folder; anything else is left for the DEM reader to report.
    const std::string resolved = resolveDemSource(scenario.dem, scenario.file + ": dem");
    return resolved == scenario.dem ? path : resolved;
}

} // namespace lunar::io
