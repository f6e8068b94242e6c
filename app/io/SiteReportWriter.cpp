#include "io/SiteReportWriter.h"

#include "astro/MoonCentredEphemeris.h"
#include "core/Angles.h"
#include "core/LunarError.h"
#include "io/AtomicFile.h"
#include "io/TextFile.h"
#include "mission/Scenario.h"
#include "terrain/PointExposure.h"

#include <nlohmann/json.hpp>
#include <tbb/parallel_for.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lunar::io {

namespace {

std::string pathIn(const SiteAnalysisRequest& request, const std::string& file)
{
    return (std::filesystem::path(request.out_dir) / file).string();
}

// A figure for a table: NaN (no map, no data) as an empty cell / JSON null.
std::string cell(double v, int decimals)
{
    if (std::isnan(v))
        return "";
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(decimals);
    s << v;
    return s.str();
}

double valueAt(const Raster<float>& r, int col, int row)
{
    return r.empty() ? NAN : static_cast<double>(r.at(col, row));
}

std::string csvQuoted(const std::string& text)
{
    std::string out = "\"";
    for (const char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace

std::vector<BestSiteRow> bestSiteRows(const SiteRankingTable& t)
{
    std::vector<BestSiteRow> rows;
    for (const RankedSite& s : t.best) {
        const LatLonHeight p = t.grid.positionAt(s.col, s.row);
        const MapXY map = t.grid.heights().geo.mapFromPixel(s.col + 0.5, s.row + 0.5);
        BestSiteRow row;
        row.rank = static_cast<int>(rows.size()) + 1;
        row.lat_deg = radToDeg(p.lat_rad);
        row.lon_deg = radToDeg(p.lon_rad);
        row.x_m = map.x;
        row.y_m = map.y;
        row.elevation_m = p.height_m;
        row.score = s.score;
        row.slope_deg = valueAt(t.slope_deg, s.col, s.row);
        row.roughness_m = valueAt(t.roughness_m, s.col, s.row);
        row.illumination_pct = valueAt(t.illumination_pct, s.col, s.row);
        row.longest_darkness_h = valueAt(t.darkness_h, s.col, s.row);
        row.earth_pct = valueAt(t.earth_pct, s.col, s.row);
        row.psr_distance_km = valueAt(t.psr_distance_m, s.col, s.row) / 1000.0;
        rows.push_back(row);
    }
    return rows;
}

std::vector<std::string> writeSiteRanking(const SiteAnalysisRequest& r,
                                          const std::vector<BestSiteRow>& rows,
                                          const std::string& suffix)
{
    std::ostringstream csv;
    csv << "rank,lat_deg,lon_deg,x_m,y_m,elevation_m,score,slope_deg,roughness_m,illumination_pct,"
           "longest_darkness_h,earth_pct,psr_distance_km\n";
    nlohmann::ordered_json sites = nlohmann::ordered_json::array();
    for (const BestSiteRow& row : rows) {
        const double figures[] = {row.lat_deg,     row.lon_deg,     row.x_m,
                                  row.y_m,         row.elevation_m, row.score,
                                  row.slope_deg,   row.roughness_m, row.illumination_pct,
                                  row.longest_darkness_h, row.earth_pct, row.psr_distance_km};
        const int decimals[] = {5, 5, 1, 1, 1, 2, 2, 2, 2, 1, 2, 3};
        const char* names[] = {"lat_deg",     "lon_deg",        "x_m",
                               "y_m",         "elevation_m",    "score",
                               "slope_deg",   "roughness_m",    "illumination_pct",
                               "longest_darkness_h", "earth_pct", "psr_distance_km"};
        csv << row.rank;
        nlohmann::ordered_json site;
        site["rank"] = row.rank;
        for (int i = 0; i < 12; ++i) {
            const std::string c = cell(figures[i], decimals[i]);
            csv << ',' << c;
            site[names[i]] = c.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(std::stod(c));
        }
        csv << '\n';
        sites.push_back(site);
    }
    nlohmann::ordered_json doc;
    doc["format"] = "lunarviz-site-ranking/1";
    doc["dem"] = r.dem_path;
    doc["from"] = r.from.toIso();
    doc["to"] = r.to.toIso();
    doc["step_h"] = r.step_h;
    doc["eye_height_m"] = r.heights_m.front();
    doc["weights"] = {{"illumination", r.weights.illumination}, {"earth", r.weights.earth},
                      {"slope", r.weights.slope}, {"roughness", r.weights.roughness}, {"psr", r.weights.psr}};
    doc["limits"] = {{"max_slope_deg", r.limits.max_slope_deg},
                     {"max_roughness_m", r.limits.max_roughness_m},
                     {"min_illumination_pct", r.limits.min_illumination_pct},
                     {"min_earth_pct", r.limits.min_earth_pct},
                     {"max_darkness_h", r.limits.max_darkness_h},
                     {"max_psr_distance_km", r.limits.max_psr_distance_km}};
    doc["site_spacing_m"] = r.site_spacing_m;
    doc["sites"] = sites;
    const std::string csv_name = "best_sites" + suffix + ".csv";
    const std::string json_name = "best_sites" + suffix + ".json";
    writeTextFile(pathIn(r, csv_name), csv.str());
    writeTextFile(pathIn(r, json_name), doc.dump(2) + "\n");
    return {csv_name, json_name};
}

FacilityReport writeFacilityReport(const SiteAnalysisRequest& request, const TerrainGrid& grid,
                                   const astro::BodyTrack& track)
{
    const std::vector<Facility>& facilities = request.scenario->facilities;
    struct Row {
        bool on_grid = false;
        PointExposure sun, earth;
    };
    std::vector<Row> rows(facilities.size());
    const DistantDisc sun{track.sun_m, astro::kSunRadius_m};
    const DistantDisc earth{track.earth_m, astro::kEarthEquatorialRadius_m};
    tbb::parallel_for(std::size_t{0}, facilities.size(), [&](std::size_t i) {
        const Facility& f = facilities[i];
        const LatLon at{degToRad(f.lat_deg), degToRad(f.lon_deg)};
        if (!grid.contains(at) || std::isnan(grid.heightAt(at)))
            return;
        double col = 0.0, row = 0.0;
        grid.pixelOf(at, col, row);
        // At its own height: the top of the facility is where its panels and antennas are.
        const PointHorizon horizon = marchPointHorizon(grid, col, row, f.height_m);
        rows[i] = {true, pointExposure(grid, col, row, horizon, sun), pointExposure(grid, col, row, horizon, earth)};
    });

    FacilityReport report;
    std::ostringstream csv;
    csv << "id,name,lat_deg,lon_deg,height_m,illumination_pct,longest_darkness_h,earth_pct,note\n";
    for (std::size_t i = 0; i < facilities.size(); ++i) {
        const Facility& f = facilities[i];
        FacilityFiguresRow figures{f.id, f.name, f.lat_deg, f.lon_deg, f.height_m, rows[i].on_grid,
                                   NAN, NAN, NAN};
        if (figures.on_dem) {
            figures.illumination_pct = 100.0 * rows[i].sun.mean_fraction;
            figures.longest_darkness_h = rows[i].sun.longest_dark * request.step_h;
            figures.earth_pct = 100.0 * rows[i].earth.mean_fraction;
        }
        csv << f.id << ',' << csvQuoted(f.name) << ',' << cell(f.lat_deg, 5) << ',' << cell(f.lon_deg, 5)
            << ',' << cell(f.height_m, 1) << ',';
        if (figures.on_dem)
            csv << cell(figures.illumination_pct, 2) << ',' << cell(figures.longest_darkness_h, 1)
                << ',' << cell(figures.earth_pct, 2) << ",\n";
        else
            csv << ",,,\"off the DEM\"\n";
        report.rows.push_back(std::move(figures));
    }
    std::ostringstream strips;
    strips << "utc";
    for (std::size_t i = 0; i < facilities.size(); ++i)
        if (rows[i].on_grid)
            strips << ',' << facilities[i].id << "_sun," << facilities[i].id << "_earth";
    strips << '\n';
    for (std::size_t t = 0; t < track.size(); ++t) {
        strips << track.timeAt(t).toIso();
        for (const Row& row : rows)
            if (row.on_grid)
                strips << ',' << cell(row.sun.fraction[t], 3) << ',' << cell(row.earth.fraction[t], 3);
        strips << '\n';
    }
    writeTextFile(pathIn(request, "facilities.csv"), csv.str());
    writeTextFile(pathIn(request, "facility_strips.csv"), strips.str());
    report.written = {"facilities.csv", "facility_strips.csv"};
    return report;
}

} // namespace lunar::io
