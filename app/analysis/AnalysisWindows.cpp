#include "analysis/AnalysisWindows.h"

#include <utility>

namespace lunar::analysis {

PixelWindow tileWindow(int dem_width, int dem_height, int index, int count)
{
    int columns = 1;
    for (int c = 1; c * c <= count; ++c)
        if (count % c == 0)
            columns = c;
    int rows = count / columns;
    if (dem_width > dem_height)
        std::swap(columns, rows);
    const int i = index - 1, tc = i % columns, tr = i / columns;
    // In 64 bits: size * k passes 2^31 for a wide DEM cut into many tiles.
    const auto cut = [](int size, int parts, int k) { return static_cast<int>(static_cast<long long>(size) * k / parts); };
    PixelWindow w;
    w.col0 = cut(dem_width, columns, tc);
    w.row0 = cut(dem_height, rows, tr);
    w.width = cut(dem_width, columns, tc + 1) - w.col0;
    w.height = cut(dem_height, rows, tr + 1) - w.row0;
    return w;
}

} // namespace lunar::analysis
