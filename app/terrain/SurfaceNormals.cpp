#include "terrain/SurfaceNormals.h"

#include <tbb/parallel_for.h>

namespace lunar {

Raster<Vec3d> surfaceNormals(const Raster<Vec3d>& positions, const Vec3d& moon_centre)
{
    Raster<Vec3d> normals(positions.width(), positions.height());
    normals.geo = positions.geo;
    tbb::parallel_for(0, positions.height(), [&](int row) {
        for (int col = 0; col < positions.width(); ++col) {
            const Vec3d along_col = positions.clamped(col + 1, row) - positions.clamped(col - 1, row);
            const Vec3d along_row = positions.clamped(col, row + 1) - positions.clamped(col, row - 1);
            Vec3d n = cross(along_col, along_row).normalized();
            // Orientation depends on the grid's handedness: point away from the Moon's centre.
            if (dot(n, positions.at(col, row) - moon_centre) < 0.0)
                n = -n;
            normals.at(col, row) = n;
        }
    });
    return normals;
}

} // namespace lunar
