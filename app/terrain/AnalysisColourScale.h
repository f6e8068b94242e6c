#pragma once
// How each analysis map is coloured when draped over the terrain, and its legend: the same
// stops feed the terrain shader's ramp texture and the legend's colour bar, so they agree.
#include <string>
#include <vector>

namespace lunar {

struct Rgba {
    float r = 0.0f, g = 0.0f, b = 0.0f, a = 1.0f;
};

struct ColourStop {
    float at = 0.0f; // 0..1 along the scale
    Rgba colour;
};

struct AnalysisColourScale {
    std::string title;   // "Illumination at 2 m"
    std::string unit;    // "%", "deg", "h", "m", ""
    float min_value = 0.0f;
    float max_value = 1.0f;
    std::vector<ColourStop> stops;
    bool nearest = false; // classes or wrapping angles: no blending between texels

    // Colour of a value (clamped to the scale).
    Rgba colourOf(float value) const;
    // Colour at a position 0..1 along the scale.
    Rgba colourAt(float t) const;
};

// The analysis layer a map file is of: "illumination_2m.tif" -> "illumination" (the
// names of analysis::analysisLayerNames()); "" when the name is not an analysis map's.
std::string analysisLayerOfFile(const std::string& path);

// The scale for a map file. `data_min`/`data_max` (NaN-free extremes of the map) set the
// range of the layers without a natural one (darkness, roughness).
AnalysisColourScale analysisColourScale(const std::string& path, float data_min, float data_max);

} // namespace lunar
