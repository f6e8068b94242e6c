#pragma once
// A 2-D grid of samples in row-major order with its geotransform. Missing samples of a
// floating-point raster are NaN (the I/O layer converts the file's nodata value to NaN).
#include "terrain/GeoTransform.h"

#include <cassert>
#include <cmath>
#include <cstddef>
#include <vector>

namespace lunar {

template <typename T> class Raster {
public:
    Raster() = default;
    Raster(int width, int height, T fill = T{})
        : width_(width), height_(height),
          samples_(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), fill)
    {
    }

    int width() const { return width_; }
    int height() const { return height_; }
    std::size_t size() const { return samples_.size(); }
    bool empty() const { return samples_.empty(); }

    T& at(int col, int row)
    {
        assert(col >= 0 && col < width_ && row >= 0 && row < height_);
        return samples_[static_cast<std::size_t>(row) * width_ + col];
    }
    const T& at(int col, int row) const
    {
        assert(col >= 0 && col < width_ && row >= 0 && row < height_);
        return samples_[static_cast<std::size_t>(row) * width_ + col];
    }
    // Clamped access: edges repeat outward (for kernels at the border).
    const T& clamped(int col, int row) const
    {
        col = col < 0 ? 0 : (col >= width_ ? width_ - 1 : col);
        row = row < 0 ? 0 : (row >= height_ ? height_ - 1 : row);
        return samples_[static_cast<std::size_t>(row) * width_ + col];
    }

    // Bilinear sample at fractional pixel-centre coordinates (col 0.0 = centre of column 0).
    T bilinear(double col, double row) const
    {
        const int c0 = static_cast<int>(std::floor(col));
        const int r0 = static_cast<int>(std::floor(row));
        const double fc = col - c0, fr = row - r0;
        const auto top = clamped(c0, r0) * (1.0 - fc) + clamped(c0 + 1, r0) * fc;
        const auto bottom = clamped(c0, r0 + 1) * (1.0 - fc) + clamped(c0 + 1, r0 + 1) * fc;
        return static_cast<T>(top * (1.0 - fr) + bottom * fr);
    }

    T* data() { return samples_.data(); }
    const T* data() const { return samples_.data(); }
    std::vector<T>& samples() { return samples_; }
    const std::vector<T>& samples() const { return samples_; }

    GeoTransform geo;

private:
    int width_ = 0;
    int height_ = 0;
    std::vector<T> samples_;
};

} // namespace lunar
