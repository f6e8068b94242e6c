#pragma once
// Procedural surface detail below the DEM's resolution, for drawing only (analysis reads the
// DEM as it is): a population of small craters (terrain/DetailCraterProfile) whose sizes
// follow the lunar equilibrium distribution (terrain/CraterSizeFrequency), placed by a hash
// of the cell they sit in. shaders/surface_detail.glsl draws it; this is its reference, with
// the very same integer hash, so tests can check what the shader draws.
//
// The detail frame: metres along the DEM's pixel grid, x = (col + 0.5) * pixel, y = (row +
// 0.5) * pixel for DEM pixel-centre coordinates (col, row), so DEM pixel (c, r) is the
// square [c, c + 1) x [r, r + 1) pixels. Every tile of every level sees the same frame,
// hence the same craters: there are no seams by construction.
//
// Cells: level k splits each DEM pixel into 2^k x 2^k cells. A cell holds at most one
// crater, its centre anywhere in the cell; craters reach at most 0.4 of a cell from their
// centre, so a point sees only the four cells nearest to it. Under a D^-2 law the count per
// cell of craters sized in proportion to the cell is the same at every scale, so one law
// serves all levels: the octave D in [c/4, c/2) of a cell of side c, expected 12 * 10^-1.1
// = 0.95 times (smaller craters are the next level's).
//
// Zero mean at the DEM's scale: each crater has zero volume and is under half a DEM pixel
// across, so a DEM pixel's mean height and slope change only by the parts of the craters
// that straddle its edges, a few per cent of the detail's own relief (tested). Confining
// craters to cells would make that exactly zero, but then no crater ever crosses a DEM
// pixel's edge and the pixel grid shows as crater-free lines in perspective views.
//
// Boulders (terrain/BoulderField) gather on rims: detailCraterInCell gives each crater's
// centre, radius and depth from its cell alone.
#include "terrain/DetailCraterProfile.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace lunar {

struct SurfaceDetailOptions {
    double dem_pixel_m = 20.0; // the DEM's pixel size: level 0's cells are one pixel
    int levels = 5;            // cells of 1, 1/2, ..., 1/2^(levels - 1) DEM pixels
};

// What a cell may hold: crater diameters as fractions of the cell's side, and the chance
// that it holds one (the equilibrium count for those sizes in one cell).
struct DetailCellLaw {
    double min_diameter_cells = 0.0;
    double max_diameter_cells = 0.0;
    double probability = 0.0;
};
const DetailCellLaw& detailCellLaw();

// Depth (rim crest to floor) over diameter: fresh (Pike 1977) down to subdued. Each crater's
// degradation is uniform in 0..1 between the two, a mix of fresh and degraded shapes as in
// a population in steady state (Moore, Boyce & Hahn 1980, The Moon and the Planets 23).
constexpr double kFreshDepthPerDiameter = 0.2;
constexpr double kSubduedDepthPerDiameter = 0.04;

// Craters fade in from kDetailFadeStartPx to kDetailFadeFullPx pixels across: smaller
// ones would alias, and far terrain costs nothing.
constexpr double kDetailFadeStartPx = 1.5;
constexpr double kDetailFadeFullPx = 4.0;

// How much ground one screen pixel spans (metres): `size_m` the square root of its area
// (a crater's apparent size, for the fade: at grazing views the pixel is long and narrow,
// and the longest side would fade craters that still show), `longest_m` its longest side
// (shadow edges are widened to it so they never alias). Zero: no screen, all detail.
struct DetailFootprint {
    double size_m = 0.0;
    double longest_m = 0.0;
};

// The integer hash both sides use: MurmurHash3's 32-bit finaliser (Appleby 2011) chained
// over the cell's column, row and level.
std::uint32_t detailMix(std::uint32_t x);
std::uint32_t detailCellHash(std::int32_t ix, std::int32_t iy, std::uint32_t level);
// The k-th uniform number in [0, 1) drawn from a cell's hash (24 bits: exact in a float).
double detailUnit(std::uint32_t cell_hash, std::uint32_t k);

// The crater in one cell of a level, if it holds one.
std::optional<DetailCrater> detailCraterInCell(const SurfaceDetailOptions& options, int level,
                                               std::int32_t ix, std::int32_t iy);

// Every crater of every level in the DEM pixels [col0, col1) x [row0, row1).
std::vector<DetailCrater> detailCratersInPixels(const SurfaceDetailOptions& options, int col0,
                                                int row0, int col1, int row1);

// 0..1: how much of a crater of `diameter_m` is drawn where a pixel spans `size_m` (0:
// always all of it).
double detailFade(double diameter_m, double size_m);

struct DetailSample {
    double height_m = 0.0; // detail relief, added to the DEM's surface
    double dx = 0.0;       // its slope along the frame's x and y
    double dy = 0.0;
    double sunlit = 1.0;   // share of the Sun's disc the craters' own rims leave visible
};

// The detail at a point of the detail frame, seen with a pixel footprint.
DetailSample surfaceDetailAt(const SurfaceDetailOptions& options, double x_m, double y_m,
                             const DetailSun& sun, const DetailFootprint& footprint = {});

} // namespace lunar
