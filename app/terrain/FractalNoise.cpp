#include "terrain/FractalNoise.h"

#include "core/Angles.h"

#include <cmath>

namespace lunar {

std::uint64_t splitMix64(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

double UniformRandom::next()
{
    state_ = splitMix64(state_);
    return static_cast<double>(state_ >> 11) * (1.0 / 9007199254740992.0);
}

FractalNoise::FractalNoise(const FractalNoiseOptions& options) : options_(options) {}

double FractalNoise::lattice(std::int64_t ix, std::int64_t iy, int octave) const
{
    std::uint64_t h = splitMix64(options_.seed ^ (static_cast<std::uint64_t>(octave) << 56));
    h = splitMix64(h ^ static_cast<std::uint64_t>(ix));
    h = splitMix64(h ^ (static_cast<std::uint64_t>(iy) * 0x632be59bd9b4e019ULL));
    return static_cast<double>(h >> 11) * (kTwoPi / 9007199254740992.0); // angle
}

double FractalNoise::gradientNoise(double x, double y, int octave) const
{
    // Perlin gradient noise: a random unit gradient at each lattice node, blended with a
    // quintic fade. Unlike value noise, its slope is not zero at every node, so shaded at a
    // grazing Sun it shows no lattice-aligned creases.
    const double fx = std::floor(x), fy = std::floor(y);
    const auto ix = static_cast<std::int64_t>(fx), iy = static_cast<std::int64_t>(fy);
    const double tx = x - fx, ty = y - fy;
    auto corner = [&](std::int64_t cx, std::int64_t cy, double dx, double dy) {
        const double angle = lattice(cx, cy, octave);
        return std::cos(angle) * dx + std::sin(angle) * dy;
    };
    const double a = corner(ix, iy, tx, ty), b = corner(ix + 1, iy, tx - 1.0, ty);
    const double c = corner(ix, iy + 1, tx, ty - 1.0), d = corner(ix + 1, iy + 1, tx - 1.0, ty - 1.0);
    const double sx = tx * tx * tx * (tx * (tx * 6.0 - 15.0) + 10.0);
    const double sy = ty * ty * ty * (ty * (ty * 6.0 - 15.0) + 10.0);
    const double top = a + (b - a) * sx;
    const double bottom = c + (d - c) * sx;
    return 1.4 * (top + (bottom - top) * sy); // ~[-1, 1]
}

double FractalNoise::at(double x_m, double y_m) const
{
    double sum = 0.0;
    double amplitude = options_.amplitude_m;
    double frequency = 1.0 / options_.base_wavelength_m;
    for (int octave = 0; octave < options_.octaves; ++octave) {
        // Rotate each octave a little so lattice axes do not line up across octaves.
        const double angle = 0.5 * octave;
        const double u = (x_m * std::cos(angle) - y_m * std::sin(angle)) * frequency;
        const double v = (x_m * std::sin(angle) + y_m * std::cos(angle)) * frequency;
        sum += amplitude * gradientNoise(u, v, octave);
        amplitude *= options_.persistence;
        frequency *= 2.0;
    }
    return sum;
}

} // namespace lunar
