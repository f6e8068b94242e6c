// Slope benchmark: our Horn slope against GDAL's own (the code behind `gdaldem slope`,
// through GDALDEMProcessing), both on the same DEM held in memory and writing to memory, so
// only the computation is timed; best of five runs each, in the same run; and the largest
// difference between the two maps. scripts/bench runs it on a 4096 x 4096 DEM and times
// the two command lines end to end beside it.
//   lunar_slope_bench DEM.tif
#include "BenchClock.h"
#include "io/GdalSession.h"
#include "io/LunarDem.h"
#include "terrain/SlopeKernels.h"

#include <gdal_priv.h>
#include <gdal_utils.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <tbb/info.h>

using namespace lunar;

using bench::secondsSince;

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: lunar_slope_bench DEM.tif\n");
        return 2;
    }
    try {
        io::ensureGdal();
        const io::LunarDem dem = io::LunarDem::open(argv[1]);
        const Raster<float> z = dem.readHeights(0, 0, dem.width(), dem.height(), dem.width(), dem.height());
        const double px = std::abs(z.geo.pixel_width), py = std::abs(z.geo.pixel_height);

        // The same heights as an in-memory GDAL dataset for GDAL's own slope.
        GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
        GDALDataset* src = mem->Create("", z.width(), z.height(), 1, GDT_Float32, nullptr);
        double gt[6] = {z.geo.origin_x, z.geo.pixel_width, 0.0, z.geo.origin_y, 0.0, z.geo.pixel_height};
        src->SetGeoTransform(gt);
        src->GetRasterBand(1)->SetNoDataValue(std::nan(""));
        if (src->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, z.width(), z.height(),
                                            const_cast<float*>(z.data()), z.width(), z.height(),
                                            GDT_Float32, 0, 0, nullptr) != CE_None)
            throw std::runtime_error("cannot fill the in-memory DEM");
        char* gdal_args[] = {const_cast<char*>("-of"), const_cast<char*>("MEM"), nullptr};
        GDALDEMProcessingOptions* options = GDALDEMProcessingOptionsNew(gdal_args, nullptr);

        double gdal_best_s = 1e9, ours_best_s = 1e9;
        GDALDatasetH reference = nullptr;
        Raster<float> ours;
        for (int run = 0; run < 5; ++run) {
            if (reference)
                GDALClose(reference);
            auto start = std::chrono::steady_clock::now();
            reference = GDALDEMProcessing("", GDALDataset::ToHandle(src), "slope", nullptr, options, nullptr);
            gdal_best_s = std::min(gdal_best_s, secondsSince(start));
            if (!reference)
                throw std::runtime_error("GDALDEMProcessing failed");
            start = std::chrono::steady_clock::now();
            ours = slopeHorn_deg(z, px, py);
            ours_best_s = std::min(ours_best_s, secondsSince(start));
        }
        Raster<float> ref(z.width(), z.height());
        if (GDALRasterIO(GDALGetRasterBand(reference, 1), GF_Read, 0, 0, z.width(), z.height(),
                         ref.data(), z.width(), z.height(), GDT_Float32, 0, 0) != CE_None)
            throw std::runtime_error("cannot read GDAL's slope back");
        double worst_deg = 0.0;
        for (int row = 1; row < z.height() - 1; ++row)
            for (int col = 1; col < z.width() - 1; ++col)
                if (std::isfinite(ref.at(col, row)) && std::isfinite(ours.at(col, row)))
                    worst_deg = std::max(worst_deg, std::abs(double(ref.at(col, row)) - ours.at(col, row)));
        GDALClose(reference);
        GDALDEMProcessingOptionsFree(options);
        GDALClose(src);

        const double mpx = z.width() * double(z.height()) / 1e6;
        std::printf("DEM %d x %d (%.1f Mpx), in memory; best of 5 runs\n", z.width(), z.height(), mpx);
        std::printf("GDAL's slope (gdaldem's code), reference: %7.3f s  %6.1f Mpx/s\n", gdal_best_s,
                    mpx / gdal_best_s);
        std::printf("lunarviz Horn slope, %d threads:          %7.3f s  %6.1f Mpx/s  (%.1fx; target >= 2x)\n",
                    tbb::info::default_concurrency(), ours_best_s, mpx / ours_best_s,
                    gdal_best_s / ours_best_s);
        std::printf("largest difference: %.5f deg (target < 0.01)\n", worst_deg);
    }
    catch (const std::exception& e) {
        std::fprintf(stderr, "lunar_slope_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
