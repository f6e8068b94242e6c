#include "io/DemInfo.h"

#include "core/Angles.h"
#include "core/LunarError.h"
#include "io/LunarDem.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace lunar::io {

std::string describeDem(const std::string& path, const DemOpenOptions& options)
{
    const LunarDem dem = LunarDem::open(path, options);
    // Statistics from an overview-sized read: exact for small DEMs, area-averaged for large.
    constexpr int kStatsSide = 4096;
    const TerrainGrid grid = dem.readGrid(kStatsSide);
    const Raster<float>& h = grid.heights();
    double min_h = std::numeric_limits<double>::infinity();
    double max_h = -min_h;
    std::size_t missing = 0;
    for (float v : h.samples()) {
        if (std::isnan(v)) {
            ++missing;
            continue;
        }
        min_h = std::min(min_h, static_cast<double>(v));
        max_h = std::max(max_h, static_cast<double>(v));
    }
    if (missing == h.size())
        throw LunarError(path, "has no valid height sample (all nodata)");
    // Extent: lat/lon of border samples (corners alone miss the pole inside a polar grid).
    double min_lat = 90.0, max_lat = -90.0, min_lon = 360.0, max_lon = -360.0;
    const int w = h.width(), hh = h.height();
    auto visit = [&](int col, int row) {
        const LatLon ll = grid.projection().toLatLon(h.geo.mapFromPixel(col + 0.5, row + 0.5));
        if (std::isnan(ll.lat_rad))
            return;
        min_lat = std::min(min_lat, radToDeg(ll.lat_rad));
        max_lat = std::max(max_lat, radToDeg(ll.lat_rad));
        min_lon = std::min(min_lon, radToDeg(ll.lon_rad));
        max_lon = std::max(max_lon, radToDeg(ll.lon_rad));
    };
    for (int col = 0; col < w; ++col) {
        visit(col, 0);
        visit(col, hh - 1);
    }
    for (int row = 0; row < hh; ++row) {
        visit(0, row);
        visit(w - 1, row);
    }
    visit(w / 2, hh / 2);
    // A pole inside the grid: its latitude is reached at an interior point.
    const LatLon south_pole{-kPi / 2.0, 0.0}, north_pole{kPi / 2.0, 0.0};
    if (grid.contains(south_pole))
        min_lat = -90.0;
    if (grid.contains(north_pole))
        max_lat = 90.0;

    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(3);
    out << "file:        " << path << "\n"
        << "driver:      " << dem.driverName() << "\n"
        << "size:        " << dem.width() << " x " << dem.height() << " px\n"
        << "crs:         " << dem.crsName() << "\n"
        << "pixel size:  " << std::fabs(dem.geoTransform().pixel_width) << " x "
        << std::fabs(dem.geoTransform().pixel_height) << " (CRS units)\n"
        << "latitude:    " << min_lat << " .. " << max_lat << " deg\n"
        << "longitude:   " << min_lon << " .. " << max_lon << " deg\n";
    out.precision(1);
    out << "heights:     " << min_h << " .. " << max_h
        << " m above the 1737.4 km sphere" << (h.size() < std::size_t(dem.width()) * dem.height()
                                                    ? " (from a " + std::to_string(w) + " x " +
                                                          std::to_string(hh) + " overview)"
                                                    : std::string())
        << "\n"
        << "conversion:  height_m = (value * " << dem.valueScale() << " + "
        << dem.valueOffset() << " - " << dem.referenceRadiusInFileUnits() << ") * "
        << dem.unitsToMetres() << "\n";
    out.precision(2);
    out << "nodata:      " << 100.0 * static_cast<double>(missing) / static_cast<double>(h.size())
        << " % of samples\n"
        << "overviews:   " << dem.overviewCount() << "\n";
    if (const std::string warning = polarGridWarning(dem); !warning.empty())
        out << "note:        " << warning.substr(dem.path().size() + 2) << "\n";
    return out.str();
}

} // namespace lunar::io
