#pragma once
// A lunar DEM opened through GDAL: any raster GDAL reads (LOLA PDS3 .LBL/.IMG, GeoTIFF/COG,
// PDS4, ISIS3...), checked to be on the Moon, with the file's scale/offset/units turned
// into heights in metres above the 1737.4 km sphere.
//
// LOLA labels carry SCALING_FACTOR 0.5 and OFFSET 1737400: GDAL's scaled value is then a
// *radius*; we subtract the reference radius. Polar FLOAT_IMG products are in km with
// OFFSET 1737.4, handled the same way in km.
#include "core/MapProjection.h"
#include "terrain/GeoTransform.h"
#include "terrain/Raster.h"
#include "terrain/TerrainGrid.h"

#include <memory>
#include <optional>
#include <string>

typedef void* GDALDatasetH;

namespace lunar::io {

struct DemOpenOptions {
    // CRS to use when the file has none ("IAU_2015:30135", a PROJ string, WKT...).
    std::optional<std::string> assume_crs;
    // Refuse heights no lunar DEM has (beyond +-kPlausibleHeight_m: wrong units or offset).
    // Off for rasters that are not heights (analysis maps read through this class).
    bool check_heights = true;
};

// The Moon's relief spans about -9.1 .. +10.8 km about the 1737.4 km sphere (LOLA); a
// height beyond this is an error in the file (units, scale or offset), not terrain.
constexpr double kPlausibleHeight_m = 25000.0;

class LunarDem {
public:
    // Throws LunarError naming the file and the problem: unreadable, no CRS, an Earth or
    // other non-lunar CRS, no or rotated geotransform.
    static LunarDem open(const std::string& path, const DemOpenOptions& options = {});

    // Moves carry every field (the dataset handle moves with its closer); no copies.
    LunarDem(LunarDem&&) noexcept = default;
    LunarDem& operator=(LunarDem&&) noexcept = default;

    const std::string& path() const { return path_; }
    int width() const { return width_; }
    int height() const { return height_; }
    const GeoTransform& geoTransform() const { return geo_; }
    std::shared_ptr<const MapProjection> projection() const { return projection_; }
    const std::string& crsName() const { return crs_name_; }
    // Metres per unit of the map coordinates (projected CRSs; 1 for a lon/lat grid, whose
    // units are degrees).
    double mapUnitsToMetres() const { return map_units_to_m_; }
    // The CRS as WKT, for writing derived rasters in the DEM's own CRS.
    const std::string& crsWkt() const { return crs_wkt_; }
    const std::string& driverName() const { return driver_; }
    // True for longitude/latitude grids (geographic or simple cylindrical): their pixels
    // narrow toward the poles (cos(latitude)), so near a pole they are slivers.
    bool isLonLatGrid() const { return lon_lat_grid_; }
    // Latitude (degrees) closest to a pole that the DEM reaches.
    double maxAbsLatitudeDeg() const;
    // The same latitude with its sign (negative: the south pole's side).
    double extremeLatitudeDeg() const;
    // How file values become heights: height_m = (raw * scale + offset - radius) * to_metres.
    double valueScale() const { return scale_; }
    double valueOffset() const { return offset_; }
    double referenceRadiusInFileUnits() const { return radius_in_units_; }
    double unitsToMetres() const { return to_metres_; }
    std::optional<double> noDataValue() const { return nodata_; }
    int overviewCount() const;

    // Heights of a pixel window, resampled (area average) to out_width x out_height.
    // Nodata and NaN samples come back as NaN. The raster's geotransform describes the
    // output grid.
    Raster<float> readHeights(int col0, int row0, int cols, int rows, int out_width,
                              int out_height) const;

    // The whole DEM at most `max_side` pixels on its longer side, as a TerrainGrid.
    TerrainGrid readGrid(int max_side) const;

private:
    LunarDem() = default;
    static LunarDem openChecked(const std::string& path, const DemOpenOptions& options);
    struct CloseDataset {
        void operator()(GDALDatasetH dataset) const noexcept; // GDALClose
    };
    std::string path_;
    std::unique_ptr<void, CloseDataset> dataset_;
    int width_ = 0, height_ = 0;
    GeoTransform geo_;
    std::shared_ptr<const MapProjection> projection_;
    std::string crs_name_;
    std::string crs_wkt_;
    double map_units_to_m_ = 1.0;
    std::string driver_;
    double scale_ = 1.0, offset_ = 0.0, radius_in_units_ = 0.0, to_metres_ = 1.0;
    std::optional<double> nodata_;
    bool check_heights_ = true;
    bool lon_lat_grid_ = false;
};

// For a lon/lat grid that reaches beyond 80 deg, the one-line warning lunarviz prints (empty
// otherwise): polar stereographic products are the right ones for polar work.
std::string polarGridWarning(const LunarDem& dem);

} // namespace lunar::io
