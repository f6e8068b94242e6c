#pragma once
// Slope, aspect and roughness of a projected DEM from each pixel's 3 x 3 neighbourhood,
// defined as gdaldem defines them so reviewers can check one against the other:
// - slope (Horn 1981): the gradient from weighted differences of the neighbouring rows and
//   columns, dz/dx = ((right column, centre weighted 2) - (left column)) / (8 * pixel
//   width), and the same down the rows; slope = atan(|gradient|), in degrees;
// - aspect: the compass direction the slope faces (downhill), clockwise from grid north
//   (up the raster), 0..360; NaN where the ground is flat;
// - roughness: the largest difference between two heights of the neighbourhood.
// The edge rows and columns, and any pixel with a NaN in its neighbourhood, are NaN
// (gdaldem's default, without -compute_edges). Rows are computed in parallel (TBB), in
// single precision, with loops the compiler vectorizes.
#include "terrain/Raster.h"

namespace lunar {

struct SlopeAspect {
    Raster<float> slope_deg;
    Raster<float> aspect_deg;
};

// `pixel_x_m`, `pixel_y_m`: the pixel's size on the ground (positive), in the height's units.
SlopeAspect slopeAspectHorn(const Raster<float>& height_m, double pixel_x_m, double pixel_y_m);
Raster<float> slopeHorn_deg(const Raster<float>& height_m, double pixel_x_m, double pixel_y_m);
Raster<float> aspectHorn_deg(const Raster<float>& height_m, double pixel_x_m, double pixel_y_m);
Raster<float> roughness_m(const Raster<float>& height_m);

} // namespace lunar
