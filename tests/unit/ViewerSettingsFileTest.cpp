#include "io/TextFile.h"
#include "io/ViewerSettingsFile.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace lunar;
namespace fs = std::filesystem;

namespace {
fs::path freshDirectory(const std::string& name)
{
    const fs::path dir = fs::temp_directory_path() / ("lunarviz-test-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}
} // namespace

TEST_CASE("Viewer settings: what the viewer remembers comes back as it was saved",
          "[io][settings]")
{
    const std::string path = (freshDirectory("settings") / "sub" / "viewer.json").string();
    CHECK(io::loadViewerSettings(path).problem.empty()); // no file: defaults, no complaint
    ViewerSettings s;
    s.panels_open["layers"] = false;
    s.panels_open["frame time"] = true;
    s.imgui_layout = "[Window][Layers]\nCollapsed=1\n";
    CameraBookmark b;
    b.name = "over the pad";
    b.eye_lat_deg = -89.7;
    b.eye_lon_deg = -117.0;
    b.eye_height_m = 250.0;
    b.target_lat_deg = -89.71;
    b.fov_y_deg = 35.0;
    s.bookmarks.push_back(b);
    s.layers.shading = TerrainShading::Slope;
    s.layers.photometry = PhotometricModel::LunarLambert;
    s.layers.grid = true;
    s.layers.detail = false; // on by default: off must survive the round trip
    s.layers.hidden_phases.insert("utilization");
    s.navigation = "walk";
    s.playback_rate = 1.0e4;
    s.ui_size = 1.25;
    io::saveViewerSettings(s, path);

    const io::LoadedViewerSettings loaded = io::loadViewerSettings(path);
    REQUIRE(loaded.problem.empty());
    const ViewerSettings& r = loaded.settings;
    CHECK_FALSE(r.panelOpen("layers", true));
    CHECK(r.panelOpen("frame time", false));
    CHECK(r.panelOpen("camera", true)); // absent: the default
    CHECK(r.imgui_layout == s.imgui_layout);
    REQUIRE(r.bookmarks.size() == 1);
    CHECK(r.bookmarks[0].name == "over the pad");
    CHECK(r.bookmarks[0].eye_height_m == 250.0);
    CHECK(r.bookmarks[0].fov_y_deg == 35.0);
    CHECK(r.layers.shading == TerrainShading::Slope);
    CHECK(r.layers.photometry == PhotometricModel::LunarLambert);
    CHECK(r.layers.grid);
    CHECK_FALSE(r.layers.detail);
    CHECK_FALSE(r.layers.phaseShown("utilization"));
    CHECK(r.navigation == "walk");
    CHECK(r.playback_rate == 1.0e4);
    CHECK(r.ui_size == 1.25);
}

TEST_CASE("Viewer settings: a damaged file is named in one line, kept, and replaced by "
          "defaults", "[io][settings]")
{
    const fs::path dir = freshDirectory("damaged");
    const std::string path = (dir / "viewer.json").string();
    const std::string bad = GENERATE(std::string("{\"format\": \"lunarviz-viewer/1\", \"panels\": "),
                                     std::string("{\"format\": \"something-else\"}"),
                                     std::string("{\"format\": \"lunarviz-viewer/1\", \"ui_size\": 40}"),
                                     std::string("{\"format\": \"lunarviz-viewer/1\", \"bookmarks\": [{\"name\": 3}]}"),
                                     std::string("{\"format\": \"lunarviz-viewer/1\", \"layers\": {\"photometry\": \"phong\"}}"));
    { std::ofstream(path) << bad; }
    const io::LoadedViewerSettings loaded = io::loadViewerSettings(path);
    CAPTURE(bad, loaded.problem);
    CHECK_THAT(loaded.problem, Catch::StartsWith(path + ": "));
    CHECK(loaded.problem.find('\n') == std::string::npos);
    CHECK(loaded.settings.navigation == "orbit");
    CHECK_FALSE(fs::exists(path));
    CHECK(io::readTextFile(path + ".damaged") == bad); // the user's file is not lost
}
