#include "io/SiteReportWriter.h"

#include "io/TextFile.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <sstream>

namespace lunar::io {

namespace {

std::string pathIn(const std::string& out_dir, const std::string& file)
{
    return (std::filesystem::path(out_dir) / file).string();
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

std::string csvQuoted(const std::string& text)
{
    std::string out = "\"";
    for (const char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

nlohmann::ordered_json rankingDocument(const SiteRankingFacts& f, nlohmann::ordered_json sites)
{
    nlohmann::ordered_json doc;
    doc["format"] = "lunarviz-site-ranking/1";
    doc["dem"] = f.dem_path;
    doc["from"] = f.from_utc;
    doc["to"] = f.to_utc;
    doc["step_h"] = f.step_h;
    doc["eye_height_m"] = f.eye_height_m;
    doc["weights"] = {{"illumination", f.weights.illumination}, {"earth", f.weights.earth},
                      {"slope", f.weights.slope}, {"roughness", f.weights.roughness}, {"psr", f.weights.psr}};
    doc["limits"] = {{"max_slope_deg", f.limits.max_slope_deg},
                     {"max_roughness_m", f.limits.max_roughness_m},
                     {"min_illumination_pct", f.limits.min_illumination_pct},
                     {"min_earth_pct", f.limits.min_earth_pct},
                     {"max_darkness_h", f.limits.max_darkness_h},
                     {"max_psr_distance_km", f.limits.max_psr_distance_km}};
    doc["site_spacing_m"] = f.site_spacing_m;
    doc["sites"] = std::move(sites);
    return doc;
}

} // namespace

std::vector<std::string> writeSiteRanking(const std::string& out_dir, const SiteRankingFacts& facts,
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
            // The JSON holds the figure as the CSV rounds it, so the two files agree.
            site[names[i]] = c.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(std::stod(c));
        }
        csv << '\n';
        sites.push_back(site);
    }
    const std::string csv_name = "best_sites" + suffix + ".csv";
    const std::string json_name = "best_sites" + suffix + ".json";
    writeTextFile(pathIn(out_dir, csv_name), csv.str());
    writeTextFile(pathIn(out_dir, json_name), rankingDocument(facts, std::move(sites)).dump(2) + "\n");
    return {csv_name, json_name};
}

std::vector<std::string> writeFacilityReport(const std::string& out_dir,
                                             const std::vector<FacilityFiguresRow>& facilities,
                                             const FacilityStrips& strips)
{
    std::ostringstream csv;
    csv << "id,name,lat_deg,lon_deg,height_m,illumination_pct,longest_darkness_h,earth_pct,note\n";
    for (const FacilityFiguresRow& f : facilities) {
        csv << f.id << ',' << csvQuoted(f.name) << ',' << cell(f.lat_deg, 5) << ',' << cell(f.lon_deg, 5)
            << ',' << cell(f.height_m, 1) << ',';
        if (f.on_dem)
            csv << cell(f.illumination_pct, 2) << ',' << cell(f.longest_darkness_h, 1) << ','
                << cell(f.earth_pct, 2) << ",\n";
        else
            csv << ",,,\"off the DEM\"\n";
    }
    std::ostringstream table;
    table << "utc";
    for (const FacilityStrip& strip : strips.facilities)
        table << ',' << strip.id << "_sun," << strip.id << "_earth";
    table << '\n';
    for (std::size_t t = 0; t < strips.instants.size(); ++t) {
        table << strips.instants[t].toIso();
        for (const FacilityStrip& strip : strips.facilities)
            table << ',' << cell(strip.sun_fraction[t], 3) << ',' << cell(strip.earth_fraction[t], 3);
        table << '\n';
    }
    writeTextFile(pathIn(out_dir, "facilities.csv"), csv.str());
    writeTextFile(pathIn(out_dir, "facility_strips.csv"), table.str());
    return {"facilities.csv", "facility_strips.csv"};
}

} // namespace lunar::io
