#include "io/SiteAnalysis.h"

#include "astro/BodyTrack.h"
#include "astro/MoonCentredEphemeris.h"
#include "core/NameList.h"
#include "core/Angles.h"
#include "core/LunarError.h"
#include "io/AtomicFile.h"
#include "io/GeoTiffWriter.h"
#include "io/LunarDem.h"
#include "io/SiteReportWriter.h"
#include "terrain/DiscExposure.h"
#include "terrain/DistanceTransform.h"
#include "terrain/HorizonSweep.h"
#include "terrain/SlopeKernels.h"
#include "terrain/TerrainLayer.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

namespace lunar::io {

namespace {

// A window of the DEM, in its pixels.
struct Window {
    int col0 = 0, row0 = 0, width = 0, height = 0;
};

// Tile `index` (1-based) of `count`: the DEM cut into the most nearly square grid of
// columns x rows whose product is `count`.
Window tileWindow(int dem_width, int dem_height, int index, int count)
{
    int columns = 1;
    for (int c = 1; c * c <= count; ++c)
        if (count % c == 0)
            columns = c;
    int rows = count / columns;
    if (dem_width > dem_height)
        std::swap(columns, rows);
    const int i = index - 1, tc = i % columns, tr = i / columns;
    const auto cut = [](int size, int parts, int k) { return static_cast<int>(static_cast<long long>(size) * k / parts); };
    Window w;
    w.col0 = cut(dem_width, columns, tc);
    w.row0 = cut(dem_height, rows, tr);
    w.width = cut(dem_width, columns, tc + 1) - w.col0;
    w.height = cut(dem_height, rows, tr + 1) - w.row0;
    return w;
}

template <typename T> Raster<T> crop(const Raster<T>& r, int col0, int row0, int width, int height)
{
    Raster<T> out(width, height);
    out.geo = r.geo;
    out.geo.origin_x += col0 * r.geo.pixel_width;
    out.geo.origin_y += row0 * r.geo.pixel_height;
    for (int row = 0; row < height; ++row)
        std::copy_n(&r.at(col0, row0 + row), width, &out.at(0, row));
    return out;
}

HorizonMap crop(const HorizonMap& map, int col0, int row0, int width, int height)
{
    GeoTransform geo = map.geo();
    geo.origin_x += col0 * geo.pixel_width;
    geo.origin_y += row0 * geo.pixel_height;
    HorizonMap out(width, height, map.directionCount(), geo);
    const std::size_t in_plane = static_cast<std::size_t>(map.width()) * map.height();
    const std::size_t out_plane = static_cast<std::size_t>(width) * height;
    for (int k = 0; k < map.directionCount(); ++k)
        for (int row = 0; row < height; ++row)
            std::copy_n(map.planes().data() + k * in_plane +
                            static_cast<std::size_t>(row0 + row) * map.width() + col0,
                        width, out.planes().data() + k * out_plane + static_cast<std::size_t>(row) * width);
    return out;
}

// A number as short as it reads, with its unit: 2 -> "2m", 0.5 -> "0.5m", 6 h -> "6 h".
std::string withUnit(double value, const char* unit)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g%s", value, unit);
    return text;
}

std::string heightTag(double height_m) { return withUnit(height_m, "m"); }

Raster<float> scaled(Raster<float> r, float factor)
{
    for (float& v : r.samples())
        v *= factor;
    return r;
}

} // namespace

const std::vector<std::string>& analysisLayerNames()
{
    static const std::vector<std::string> names = {"slope",     "aspect", "roughness",
                                                   "illumination", "darkness", "earth",
                                                   "psr",       "suitability", "facilities"};
    return names;
}

std::pair<int, int> parseTileSpec(const std::string& text)
{
    const auto slash = text.find('/');
    int index = 0, count = 0;
    try {
        std::size_t a = 0, b = 0;
        if (slash != std::string::npos) {
            index = std::stoi(text.substr(0, slash), &a);
            count = std::stoi(text.substr(slash + 1), &b);
        }
        if (slash == std::string::npos || a != slash || b != text.size() - slash - 1)
            count = 0;
    } catch (const std::exception&) {
        count = 0;
    }
    if (count < 1 || index < 1 || index > count)
        throw LunarError("--tile", "\"" + text + "\" is not i/N with 1 <= i <= N (e.g. 3/8)");
    return {index, count};
}

static std::set<std::string> checkedLayers(const SiteAnalysisRequest& request)
{
    std::set<std::string> layers(request.layers.begin(), request.layers.end());
    if (layers.empty())
        layers.insert(analysisLayerNames().begin(), analysisLayerNames().end());
    for (const std::string& name : layers)
        if (std::find(analysisLayerNames().begin(), analysisLayerNames().end(), name) ==
            analysisLayerNames().end()) {
            throw LunarError("--layers", "\"" + name + "\" is not an analysis layer (layers: " +
                                             joinedNames(analysisLayerNames()) + ")");
        }
    if (request.heights_m.empty())
        throw LunarError("--heights", "names no height");
    for (const double h : request.heights_m)
        if (!(h >= 0.0 && h <= 1000.0))
            throw LunarError("--heights", heightTag(h) + " is outside 0..1000 m");
    if (!(request.step_h > 0.0))
        throw LunarError("--step", "must be above 0 hours");
    const double span_h = request.to.secondsSince(request.from) / 3600.0;
    if (!(span_h > 0.0))
        throw LunarError("--to", request.to.toIso() + " is not after --from " + request.from.toIso());
    if (span_h / request.step_h > 2.0e6)
        throw LunarError("--step", "gives more than 2 million instants over the range");

    return layers;
}

void checkSiteAnalysisRequest(const SiteAnalysisRequest& request)
{
    checkedLayers(request);
}

SiteAnalysisResult runSiteAnalysis(const SiteAnalysisRequest& request, const AnalysisProgress& progress)
{
    const auto report = [&](const std::string& stage, double fraction) {
        if (progress)
            progress(stage, fraction);
    };
    std::set<std::string> layers = checkedLayers(request);
    if (layers.count("facilities") && request.scenario == nullptr)
        layers.erase("facilities");

    const bool suitability = layers.count("suitability") > 0;
    const bool need_slope = layers.count("slope") || suitability;
    const bool need_roughness = layers.count("roughness") || suitability;
    const bool need_light = layers.count("illumination") || layers.count("darkness") || suitability;
    const bool need_earth = layers.count("earth") || suitability;
    const bool need_psr = layers.count("psr") || suitability;

    DemOpenOptions open_options;
    open_options.assume_crs = request.assume_crs;
    const LunarDem dem = LunarDem::open(request.dem_path, open_options);
    if (dem.isLonLatGrid())
        throw LunarError(request.dem_path,
                         "is a longitude/latitude grid; slope and the other maps need a projected DEM "
                         "in metres (gdalwarp -t_srs IAU_2015:30135 for the south pole)");
    std::error_code error;
    std::filesystem::create_directories(request.out_dir, error);
    if (error)
        throw LunarError(request.out_dir, "cannot be created (" + error.message() + ")");
    requireOutputDirectory((std::filesystem::path(request.out_dir) / "slope.tif").string());

    const bool tiled = request.tile_count > 0;
    if (tiled && request.max_side_px > 0)
        throw LunarError("--max-size", "cannot be combined with --tile (tiles are for full resolution)");
    // A reduced read (the viewer's quick maps) covers the whole DEM with fewer, larger pixels.
    const double shrink = request.max_side_px > 0
                              ? std::max(1.0, static_cast<double>(std::max(dem.width(), dem.height())) / request.max_side_px)
                              : 1.0;
    const int out_width = std::max(2, static_cast<int>(std::lround(dem.width() / shrink)));
    const int out_height = std::max(2, static_cast<int>(std::lround(dem.height() / shrink)));
    const GeoTransform& g = dem.geoTransform();
    const double pixel_x_m = std::abs(g.pixel_width) * dem.mapUnitsToMetres() * dem.width() / out_width;
    const double pixel_y_m = std::abs(g.pixel_height) * dem.mapUnitsToMetres() * dem.height() / out_height;
    const Window core = tiled ? tileWindow(dem.width(), dem.height(), request.tile_index, request.tile_count)
                              : Window{0, 0, out_width, out_height};
    const int halo_px = tiled ? static_cast<int>(std::ceil(request.halo_km * 1000.0 / std::min(pixel_x_m, pixel_y_m))) : 0;
    Window read = core;
    if (tiled) {
        read.col0 = std::max(0, core.col0 - halo_px);
        read.row0 = std::max(0, core.row0 - halo_px);
        read.width = std::min(dem.width(), core.col0 + core.width + halo_px) - read.col0;
        read.height = std::min(dem.height(), core.row0 + core.height + halo_px) - read.row0;
    }
    const int in_col = core.col0 - read.col0, in_row = core.row0 - read.row0;
    const std::string suffix =
        tiled ? ".tile-" + std::to_string(request.tile_index) + "-of-" + std::to_string(request.tile_count) : "";

    report("reading the DEM", 0.0);
    const TerrainGrid grid(tiled ? dem.readHeights(read.col0, read.row0, read.width, read.height, read.width, read.height)
                                 : dem.readHeights(0, 0, dem.width(), dem.height(), out_width, out_height),
                           dem.projection());
    const auto cropped = [&](const Raster<float>& r) { return crop(r, in_col, in_row, core.width, core.height); };

    SiteAnalysisResult result;
    result.width = core.width;
    result.height = core.height;
    GeoTiffOptions tiff;
    tiff.crs = dem.crsWkt();
    tiff.compress = false; // measured: DEFLATE saves about a fifth on slopes and doubles the time
    const auto write = [&](const Raster<float>& values, const std::string& name, const std::string& unit,
                           const std::string& what) {
        tiff.overview_resampling = name == "aspect" || name == "psr" ? "NEAREST" : "AVERAGE";
        tiff.unit = unit;
        tiff.band_description = what;
        tiff.description = what + ", from " + request.dem_path + " (lunarviz analyze)";
        const std::string file = name + suffix + ".tif";
        writeFloatGeoTiff(values, (std::filesystem::path(request.out_dir) / file).string(), tiff);
        result.written.push_back(file);
    };

    Raster<float> slope, roughness;
    const bool need_aspect = layers.count("aspect") > 0;
    if (need_slope || need_aspect) {
        report("slope", 0.0);
        SlopeAspect gradient; // one Horn gradient when both are wanted
        if (need_slope && need_aspect)
            gradient = slopeAspectHorn(grid.heights(), pixel_x_m, pixel_y_m);
        else if (need_slope)
            gradient.slope_deg = slopeHorn_deg(grid.heights(), pixel_x_m, pixel_y_m);
        else
            gradient.aspect_deg = aspectHorn_deg(grid.heights(), pixel_x_m, pixel_y_m);
        if (need_slope)
            slope = cropped(gradient.slope_deg);
        if (layers.count("slope"))
            write(slope, "slope", "deg", "slope (Horn 1981), degrees");
        if (need_aspect)
            write(cropped(gradient.aspect_deg), "aspect", "deg",
                  "aspect: the direction the slope faces, degrees clockwise from grid north");
    }
    if (need_roughness) {
        roughness = cropped(roughness_m(grid.heights()));
        if (layers.count("roughness"))
            write(roughness, "roughness", "m",
                  "roughness: largest height difference in each 3 x 3 neighbourhood, metres");
    }

    const std::string range = request.from.toIso() + " to " + request.to.toIso() + " every " +
                              withUnit(request.step_h, " h");
    astro::BodyTrack track;
    if (need_light || need_earth || layers.count("facilities")) {
        report("Sun and Earth positions", 0.0);
        track = astro::bodyTrack(request.from, request.to, request.step_h * 3600.0);
    }
    const DistantDisc sun{track.sun_m, astro::kSunRadius_m};
    const DistantDisc earth{track.earth_m, astro::kEarthEquatorialRadius_m};

    // A tile's horizon beyond its halo comes from a coarse map of the whole DEM.
    std::optional<TerrainGrid> coarse;
    if (tiled && (need_light || need_earth || need_psr))
        coarse.emplace(dem.readGrid(1024));
    const auto horizonAt = [&](double eye_m) {
        const std::string stage = "horizon at " + heightTag(eye_m);
        std::atomic<int> done{0};
        const HorizonSweepOptions options{request.horizon_directions, eye_m};
        HorizonMap map = sweepHorizonMap(grid.heights(), horizonMetricOf(grid), options, [&] {
            report(stage, static_cast<double>(++done) / options.direction_count);
        });
        if (coarse)
            raiseToFarField(map, sweepHorizonMap(coarse->heights(), horizonMetricOf(*coarse), options));
        return map;
    };
    const auto exposureOf = [&](const HorizonMap& horizon, const TerrainGrid& on, const DistantDisc& disc,
                                const std::string& stage) {
        return discExposure(horizon, on, disc, [&](std::size_t done, std::size_t total) {
            report(stage, static_cast<double>(done) / static_cast<double>(total));
        });
    };

    const TerrainGrid core_grid(cropped(grid.heights()), dem.projection());
    Raster<float> illumination, darkness, earth_pct, psr_distance;
    // Each eye height needs its own horizon map; the cold traps need the ground's.
    std::vector<double> eyes;
    if (need_light || need_earth)
        eyes = request.heights_m;
    if (need_psr && std::find(eyes.begin(), eyes.end(), 0.0) == eyes.end())
        eyes.push_back(0.0);
    const bool light_or_earth = need_light || need_earth;
    for (std::size_t i = 0; i < eyes.size(); ++i) {
        const double eye_m = eyes[i];
        const bool requested = light_or_earth && i < request.heights_m.size();
        const bool first = requested && i == 0; // the height the suitability uses
        const std::string tag = heightTag(eye_m);
        const HorizonMap horizon = horizonAt(eye_m);
        if (requested) {
            const HorizonMap core_horizon = crop(horizon, in_col, in_row, core.width, core.height);
            if (need_light) {
                const DiscExposure light = exposureOf(core_horizon, core_grid, sun, "illumination at " + tag);
                Raster<float> pct = scaled(light.mean_fraction, 100.0f);
                Raster<float> dark = scaled(light.longest_dark, static_cast<float>(request.step_h));
                if (layers.count("illumination"))
                    write(pct, "illumination_" + tag, "%",
                          "illumination at " + tag + " above the ground: mean visible share of the solar disc, %, " + range);
                if (layers.count("darkness"))
                    write(dark, "darkness_" + tag, "h",
                          "longest darkness at " + tag + ": hours in a row with no part of the Sun visible, " + range);
                if (first) {
                    illumination = std::move(pct);
                    darkness = std::move(dark);
                }
            }
            if (need_earth) {
                const DiscExposure seen = exposureOf(core_horizon, core_grid, earth, "Earth at " + tag);
                Raster<float> pct = scaled(seen.mean_fraction, 100.0f);
                if (layers.count("earth"))
                    write(pct, "earth_" + tag, "%",
                          "Earth visibility at " + tag + ": mean visible share of the Earth's disc, %, " + range);
                if (first)
                    earth_pct = std::move(pct);
            }
        }
        if (eye_m == 0.0 && need_psr && psr_distance.empty()) {
            const bool south = grid.positionAt(read.width / 2.0, read.height / 2.0).lat_rad < 0.0;
            const DistantDisc extreme{astro::extremeSunPositions_m(south, 720),
                                      1.495978707e11 * std::tan(degToRad(astro::kMaxSunAngularRadius_deg))};
            // Over the halo too, so the distance to the nearest cold trap sees past the tile.
            const DiscExposure ever = exposureOf(horizon, grid, extreme, "permanent shadow");
            Raster<float> psr = ever.max_fraction;
            for (float& v : psr.samples())
                if (!std::isnan(v))
                    v = v == 0.0f ? 1.0f : 0.0f;
            if (layers.count("psr"))
                write(cropped(psr), "psr", "",
                      "permanently shadowed: 1 where no part of the Sun is ever seen (Sun 1.59 deg toward "
                      "the pole at every longitude), 0 elsewhere");
            psr_distance = cropped(distanceToMarked_m(psr, pixel_x_m, pixel_y_m));
        }
    }

    if (suitability) {
        report("suitability", 0.0);
        SuitabilityInputs in;
        in.slope_deg = &slope;
        in.roughness_m = &roughness;
        in.illumination_pct = &illumination;
        in.earth_pct = &earth_pct;
        in.darkness_h = &darkness;
        in.psr_distance_m = &psr_distance;
        const Raster<float> score = suitabilityScore(in, request.weights, request.limits);
        write(score, "suitability", "score",
              "suitability 0-100 (weights and limits in best_sites.json), at " + heightTag(request.heights_m.front()));
        const int spacing_px = static_cast<int>(std::lround(request.site_spacing_m / std::min(pixel_x_m, pixel_y_m)));
        const std::vector<RankedSite> best = rankSites(score, request.best_count, spacing_px);
        const SiteRankingTable table{core_grid, best,
                               score, slope, roughness, illumination, darkness, earth_pct, psr_distance};
        result.best_sites = bestSiteRows(table);
        for (const std::string& file : writeSiteRanking(request, result.best_sites, suffix))
            result.written.push_back(file);
    }

    if (layers.count("facilities")) {
        report("facilities", 0.0);
        FacilityReport facility_report = writeFacilityReport(request, grid, track);
        result.written.insert(result.written.end(), facility_report.written.begin(),
                              facility_report.written.end());
        result.facilities = std::move(facility_report.rows);
    }
    return result;
}

} // namespace lunar::io
