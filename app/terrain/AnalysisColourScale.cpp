#include "terrain/AnalysisColourScale.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace lunar {

namespace {

const std::vector<std::string>& layerNames()
{
    static const std::vector<std::string> names = {"slope",    "aspect", "roughness", "illumination",
                                                   "darkness", "earth",  "psr",       "suitability"};
    return names;
}

// Dark to bright through warm colours: light is read as light.
const std::vector<ColourStop> kWarm = {{0.0f, {0.05f, 0.04f, 0.22f, 1.0f}},
                                       {0.25f, {0.35f, 0.08f, 0.50f, 1.0f}},
                                       {0.5f, {0.80f, 0.25f, 0.30f, 1.0f}},
                                       {0.75f, {0.99f, 0.62f, 0.15f, 1.0f}},
                                       {1.0f, {1.00f, 0.98f, 0.62f, 1.0f}}};

} // namespace

Rgba AnalysisColourScale::colourAt(float t) const
{
    if (stops.empty())
        return {};
    t = std::clamp(t, 0.0f, 1.0f);
    if (t <= stops.front().at)
        return stops.front().colour;
    for (std::size_t i = 1; i < stops.size(); ++i)
        if (t <= stops[i].at) {
            const ColourStop& a = stops[i - 1];
            const ColourStop& b = stops[i];
            const float f = b.at > a.at ? (t - a.at) / (b.at - a.at) : 1.0f;
            return {a.colour.r + (b.colour.r - a.colour.r) * f, a.colour.g + (b.colour.g - a.colour.g) * f,
                    a.colour.b + (b.colour.b - a.colour.b) * f, a.colour.a + (b.colour.a - a.colour.a) * f};
        }
    return stops.back().colour;
}

Rgba AnalysisColourScale::colourOf(float value) const
{
    const float span = max_value - min_value;
    return colourAt(span > 0.0f ? (value - min_value) / span : 0.0f);
}

std::string analysisLayerOfFile(const std::string& path)
{
    const std::string stem = std::filesystem::path(path).stem().string();
    for (const std::string& name : layerNames())
        if (stem == name || stem.rfind(name + "_", 0) == 0 || stem.rfind(name + ".", 0) == 0)
            return name;
    return "";
}

AnalysisColourScale analysisColourScale(const std::string& path, float data_min, float data_max)
{
    const std::string layer = analysisLayerOfFile(path);
    const std::string stem = std::filesystem::path(path).stem().string();
    // "illumination_2m" -> " at 2 m"
    std::string at;
    const auto underscore = stem.find('_');
    if (underscore != std::string::npos && stem.size() > underscore + 2 && stem.back() == 'm')
        at = " at " + stem.substr(underscore + 1, stem.size() - underscore - 2) + " m";
    AnalysisColourScale s;
    if (layer == "illumination") {
        s = {"Illumination" + at, "%", 0.0f, 100.0f, kWarm, false};
    } else if (layer == "earth") {
        s = {"Earth in view" + at, "%", 0.0f, 100.0f,
             {{0.0f, {0.06f, 0.06f, 0.10f, 1.0f}}, {0.5f, {0.10f, 0.35f, 0.70f, 1.0f}}, {1.0f, {0.55f, 0.95f, 1.0f, 1.0f}}},
             false};
    } else if (layer == "darkness") {
        std::vector<ColourStop> reversed;
        for (auto it = kWarm.rbegin(); it != kWarm.rend(); ++it)
            reversed.push_back({1.0f - it->at, it->colour});
        s = {"Longest darkness" + at, "h", 0.0f, std::max(data_max, 1.0f), reversed, false};
    } else if (layer == "slope") {
        s = {"Slope", "deg", 0.0f, 30.0f,
             {{0.0f, {0.20f, 0.65f, 0.25f, 1.0f}}, {0.5f, {0.95f, 0.85f, 0.20f, 1.0f}}, {1.0f, {0.85f, 0.15f, 0.10f, 1.0f}}},
             false};
    } else if (layer == "aspect") {
        s = {"Aspect (facing, from grid north)", "deg", 0.0f, 360.0f,
             {{0.0f, {0.90f, 0.20f, 0.20f, 1.0f}}, {0.25f, {0.95f, 0.85f, 0.20f, 1.0f}},
              {0.5f, {0.20f, 0.85f, 0.85f, 1.0f}}, {0.75f, {0.30f, 0.30f, 0.95f, 1.0f}},
              {1.0f, {0.90f, 0.20f, 0.20f, 1.0f}}},
             true};
    } else if (layer == "roughness") {
        s = {"Roughness", "m", 0.0f, std::max(data_max, 0.1f),
             {{0.0f, {0.95f, 0.95f, 0.90f, 1.0f}}, {1.0f, {0.45f, 0.20f, 0.05f, 1.0f}}}, false};
    } else if (layer == "psr") {
        // Only the cold traps are drawn; everything else keeps the terrain's own shading.
        s = {"Permanently shadowed", "", 0.0f, 1.0f,
             {{0.0f, {0.0f, 0.0f, 0.0f, 0.0f}}, {0.5f, {0.0f, 0.0f, 0.0f, 0.0f}}, {0.5001f, {0.25f, 0.85f, 1.0f, 1.0f}},
              {1.0f, {0.25f, 0.85f, 1.0f, 1.0f}}},
             false}; // blended texels cross 0.5 along a smooth contour
    } else if (layer == "suitability") {
        s = {"Suitability" + at, "score", 0.0f, 100.0f,
             {{0.0f, {0.35f, 0.0f, 0.0f, 0.55f}}, {0.01f, {0.75f, 0.10f, 0.05f, 1.0f}},
              {0.5f, {0.98f, 0.80f, 0.10f, 1.0f}}, {1.0f, {0.10f, 0.90f, 0.35f, 1.0f}}},
             false};
    } else {
        s = {std::filesystem::path(path).stem().string(), "", data_min, std::max(data_max, data_min + 1e-6f),
             {{0.0f, {0.0f, 0.0f, 0.0f, 1.0f}}, {1.0f, {1.0f, 1.0f, 1.0f, 1.0f}}}, false};
    }
    return s;
}

} // namespace lunar
