#include "io/ViewerSettingsFile.h"

#include "core/LunarError.h"
#include "core/NameList.h"
#include "io/AtomicFile.h"
#include "io/TextFile.h"
#include "mission/CameraNavigator.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace lunar::io {

namespace fs = std::filesystem;

namespace {
constexpr const char* kFormat = "lunarviz-viewer/1";

nlohmann::json bookmarkJson(const CameraBookmark& b)
{
    return {{"name", b.name},
            {"eye", {{"lat_deg", b.eye_lat_deg}, {"lon_deg", b.eye_lon_deg}, {"height_m", b.eye_height_m}}},
            {"target", {{"lat_deg", b.target_lat_deg}, {"lon_deg", b.target_lon_deg}, {"height_m", b.target_height_m}}},
            {"above_terrain", b.above_terrain},
            {"fov_y_deg", b.fov_y_deg}};
}

CameraBookmark bookmarkFrom(const nlohmann::json& j)
{
    CameraBookmark b;
    b.name = j.at("name").get<std::string>();
    b.eye_lat_deg = j.at("eye").at("lat_deg").get<double>();
    b.eye_lon_deg = j.at("eye").at("lon_deg").get<double>();
    b.eye_height_m = j.at("eye").at("height_m").get<double>();
    b.target_lat_deg = j.at("target").at("lat_deg").get<double>();
    b.target_lon_deg = j.at("target").at("lon_deg").get<double>();
    b.target_height_m = j.at("target").at("height_m").get<double>();
    b.above_terrain = j.value("above_terrain", true);
    b.fov_y_deg = j.value("fov_y_deg", 40.0);
    if (b.eye_lat_deg < -90 || b.eye_lat_deg > 90 || b.target_lat_deg < -90 ||
        b.target_lat_deg > 90 || !(b.fov_y_deg > 1.0 && b.fov_y_deg < 170.0))
        throw std::out_of_range("bookmark \"" + b.name + "\" has a latitude or field of view out of range");
    return b;
}

ViewerSettings parse(const std::string& text)
{
    const nlohmann::json j = nlohmann::json::parse(text);
    if (j.value("format", std::string()) != kFormat)
        throw std::invalid_argument(std::string("format is not \"") + kFormat + "\"");
    ViewerSettings s;
    if (j.contains("panels"))
        for (const auto& [name, open] : j.at("panels").items())
            s.panels_open[name] = open.get<bool>();
    s.imgui_layout = j.value("imgui_layout", std::string());
    if (j.contains("bookmarks"))
        for (const nlohmann::json& b : j.at("bookmarks"))
            s.bookmarks.push_back(bookmarkFrom(b));
    if (j.contains("layers")) {
        const nlohmann::json& l = j.at("layers");
        if (!terrainShadingNamed(l.value("shading", std::string("sunlit")), s.layers.shading))
            throw std::invalid_argument("layers.shading is not one of sunlit, hillshade, elevation, slope");
        if (!photometricModelNamed(l.value("photometry", std::string("hapke")), s.layers.photometry))
            throw std::invalid_argument("layers.photometry is not one of " +
                                        joinedNames(photometricModelNames()));
        s.layers.labels = l.value("labels", true);
        s.layers.grid = l.value("grid", false);
        s.layers.stars = l.value("stars", true);
        s.layers.keep_out = l.value("keep_out", false);
        s.layers.trajectories = l.value("trajectories", false);
        s.layers.detail = l.value("detail", true);
        s.layers.boulders = l.value("boulders", true);
        s.layers.landing_effects = l.value("landing_effects", true);
        for (const nlohmann::json& p : l.value("hidden_phases", nlohmann::json::array()))
            s.layers.hidden_phases.insert(p.get<std::string>());
    }
    s.navigation = j.value("navigation", std::string("orbit"));
    NavigationMode mode;
    if (!navigationModeNamed(s.navigation, mode))
        throw std::invalid_argument("navigation is not one of orbit, fly, walk");
    s.playback_rate = j.value("playback_rate", 1.0e6);
    if (!(s.playback_rate > 0.0 && s.playback_rate <= 1.0e7))
        throw std::invalid_argument("playback_rate is outside (0, 1e7]");
    s.ui_size = j.value("ui_size", 1.0);
    if (!(s.ui_size >= 0.5 && s.ui_size <= 3.0))
        throw std::invalid_argument("ui_size is outside 0.5..3");
    return s;
}
} // namespace

std::string viewerSettingsPath()
{
    fs::path dir;
    if (const char* d = std::getenv("LUNARVIZ_CONFIG_DIR"); d && *d)
        dir = d;
    else if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg)
        dir = fs::path(xdg) / "lunarviz";
    else if (const char* home = std::getenv("HOME"); home && *home)
        dir = fs::path(home) / ".config" / "lunarviz";
    else
        dir = fs::temp_directory_path() / "lunarviz-config";
    return (dir / "viewer.json").string();
}

LoadedViewerSettings loadViewerSettings(const std::string& path)
{
    LoadedViewerSettings out;
    std::error_code ec;
    if (!fs::exists(path, ec))
        return out;
    try {
        out.settings = parse(readTextFile(path));
    }
    catch (const std::exception& e) {
        // Keep the user's file for them to look at; the next save starts afresh.
        const std::string kept = path + ".damaged";
        fs::rename(path, kept, ec);
        std::string what = e.what();
        if (const auto newline = what.find('\n'); newline != std::string::npos)
            what.resize(newline);
        out.problem = path + ": " + what + "; starting with default viewer settings" +
                      (ec ? std::string() : " (the file is kept as " + kept + ")");
        // out.settings was never assigned: it holds the defaults.
    }
    return out;
}

void saveViewerSettings(const ViewerSettings& s, const std::string& path)
{
    nlohmann::json j;
    j["format"] = kFormat;
    j["panels"] = s.panels_open;
    j["imgui_layout"] = s.imgui_layout;
    j["bookmarks"] = nlohmann::json::array();
    for (const CameraBookmark& b : s.bookmarks)
        j["bookmarks"].push_back(bookmarkJson(b));
    j["layers"] = {{"shading", terrainShadingNames()[static_cast<std::size_t>(s.layers.shading)]},
                   {"photometry", photometricModelName(s.layers.photometry)},
                   {"labels", s.layers.labels},
                   {"grid", s.layers.grid},
                   {"stars", s.layers.stars},
                   {"keep_out", s.layers.keep_out},
                   {"trajectories", s.layers.trajectories},
                   {"detail", s.layers.detail},
                   {"boulders", s.layers.boulders},
                   {"landing_effects", s.layers.landing_effects},
                   {"hidden_phases", s.layers.hidden_phases}};
    j["navigation"] = s.navigation;
    j["playback_rate"] = s.playback_rate;
    j["ui_size"] = s.ui_size;
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    if (ec)
        throw LunarError(path, "its folder cannot be created: " + ec.message());
    writeTextFile(path, j.dump(2) + "\n");
}

} // namespace lunar::io
