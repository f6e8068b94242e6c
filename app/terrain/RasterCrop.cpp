#include "terrain/RasterCrop.h"

namespace lunar {

HorizonMap cropped(const HorizonMap& map, const PixelWindow& w)
{
    GeoTransform geo = map.geo();
    geo.origin_x += w.col0 * geo.pixel_width;
    geo.origin_y += w.row0 * geo.pixel_height;
    HorizonMap out(w.width, w.height, map.directionCount(), geo);
    // Direction planes one after another, each row-major.
    const std::size_t in_plane = static_cast<std::size_t>(map.width()) * map.height();
    const std::size_t out_plane = static_cast<std::size_t>(w.width) * w.height;
    const std::int16_t* from = map.planeData();
    std::int16_t* to = out.writablePlanes().data();
    for (int k = 0; k < map.directionCount(); ++k)
        for (int row = 0; row < w.height; ++row)
            std::copy_n(from + k * in_plane +
                            static_cast<std::size_t>(w.row0 + row) * map.width() + w.col0,
                        w.width,
                        to + k * out_plane + static_cast<std::size_t>(row) * w.width);
    return out;
}

} // namespace lunar
