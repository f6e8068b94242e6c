#pragma once
// Boulders below the DEM's resolution, for drawing only (analysis reads the DEM as it is):
// positions, sizes and shapes for a window of DEM pixels, placed by the same integer hash and
// in the same detail frame as the small craters (terrain/SurfaceDetail.h), so every tile of
// every level, every run and every frame sees the same boulders.
//
// Cells: boulder cells split each DEM pixel into 2^k x 2^k, k the least for which a cell is
// no wider than max_cell_m. A boulder belongs to the cell that holds its centre, and cells
// nest in DEM pixels, so windows of whole DEM pixels that tile the DEM share no boulder and
// miss none (tested across a tile edge).
//
// Sizes: a cumulative power law N(>= D) = K D^-b per square metre (boulderCumulativePerM2).
// Its level is set from a rock abundance we have read: 0.21 % of the ground covered by rocks
// of decimetre size and up at the Chang'e-4 site (Wu et al. 2021, "Centimeter-resolution
// topographic modeling and fine-scale analysis of craters and rocks at the Chang'E-4 landing
// site", EPSL 553, 116666, abstract). The exponent b = 2.5 is notional: Cintala & McBride
// (1995, NASA TM-104804, abstract) report that Surveyor-derived block distributions are
// shallower than those of the larger blocks seen from orbit, so one slope over 0.3..6 m is a
// simplification. With b = 2.5 and D >= 0.1 m the covered area is (pi / 4) K b / ((b - 2)
// 0.1^(b - 2)), which gives K = 1.69e-4 (one boulder of 0.3 m or more per ~290 m^2).
//
// Where they are denser (both gains notional: counts of blocks around fresh craters and on
// steep slopes exceed the plains' by one to two orders of magnitude, which is what is drawn):
//   - on and around the rims of the detail craters large enough to dig out blocks, most on
//     fresh ones (depth / D near Pike's 0.2), falling off as (R / r)^3 beyond the rim;
//   - on DEM-scale slopes, rising from 10 to 35 degrees (talus and exposed bedrock).
// Both multiply the background by an enhancement, drawn by thinning: candidates come at the
// highest density the cell can have, and each is kept with probability enhancement / most.
#include "terrain/SurfaceDetail.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace lunar {

struct BoulderFieldOptions {
    double dem_pixel_m = 20.0;       // the DEM's pixel size (the detail frame's unit)
    double min_diameter_m = 0.3;     // smaller ones do not show from 150 m
    double max_diameter_m = 6.0;     // largest drawn; larger blocks are rare enough to omit
    double max_cell_m = 4.0;         // boulder cells are no wider than this
    double rim_gain = 30.0;          // enhancement at a fresh rim crest (notional)
    double slope_gain = 8.0;         // enhancement on slopes of 35 degrees and more (notional)
    double blocky_crater_m = 4.0;    // craters smaller than this dig out no blocks (notional)
    int crater_levels = SurfaceDetailOptions{}.levels; // the detail craters' levels (SurfaceDetail)
};

// The background law: K and b of N(>= D) = K D^-b per square metre, D in metres.
constexpr double kBoulderCoefficientPerM2 = 1.69e-4;
constexpr double kBoulderCumulativeSlope = 2.5;

// N(>= diameter_m) per square metre on the plains.
double boulderCumulativePerM2(double diameter_m);
// Boulders per square metre with diameters in [min_m, max_m).
double boulderCumulativePerM2(double min_m, double max_m);
// The diameter below which a share `u` (0..1) of boulders in [min_m, max_m) lie.
double boulderDiameterAt(double u, double min_m, double max_m);

struct Boulder {
    double x_m = 0.0;        // centre, detail frame (terrain/SurfaceDetail.h)
    double y_m = 0.0;
    double diameter_m = 0.0; // widest horizontal extent
    double height_m = 0.0;   // top above its base
    double buried_m = 0.0;   // how much of that height is below the ground
    double yaw_rad = 0.0;    // turn about the local vertical
    int variant = 0;         // which of kBoulderVariants rock shapes
};

constexpr int kBoulderVariants = 4;

// The DEM-scale slope (radians) at a point of the detail frame: the ground's tilt as the
// DEM's normals give it. The field asks for it at DEM pixel centres only: a DEM's slope is
// one value per pixel.
using GroundSlope = std::function<double(double x_m, double y_m)>;

// Side of a boulder cell in metres for these options.
double boulderCellSize(const BoulderFieldOptions& options);

// How many times the plains' density the field has at a point on ground of `slope_rad`
// (>= 1, at most boulderMostEnhancement).
double boulderEnhancement(const BoulderFieldOptions& options, double x_m, double y_m,
                          double slope_rad);
double boulderMostEnhancement(const BoulderFieldOptions& options);

// Every boulder whose centre lies in the DEM pixels [col0, col1) x [row0, row1), pixel by
// pixel (rows, then columns), cell by cell within a pixel. Each pixel's candidates come at
// the most that pixel can hold (its craters' rims at their crests, its slope), then thinning
// keeps each with probability enhancement / that most: the law above, at a pixel's cost.
std::vector<Boulder> bouldersInPixels(const BoulderFieldOptions& options, int col0, int row0,
                                      int col1, int row1, const GroundSlope& slope);

} // namespace lunar
