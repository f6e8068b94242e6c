#include "terrain/FractalNoise.h"

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
    return static_cast<double>(h >> 11) * (2.0 / 9007199254740992.0) - 1.0; // [-1, 1)
}

double FractalNoise::valueNoise(double x, double y, int octave) const
{
    const double fx = std::floor(x), fy = std::floor(y);
    const auto ix = static_cast<std::int64_t>(fx), iy = static_cast<std::int64_t>(fy);
    const double tx = x - fx, ty = y - fy;
    // Quintic fade keeps the slope continuous across lattice cells (no grid creases).
    const double sx = tx * tx * tx * (tx * (tx * 6.0 - 15.0) + 10.0);
    const double sy = ty * ty * ty * (ty * (ty * 6.0 - 15.0) + 10.0);
    const double a = lattice(ix, iy, octave), b = lattice(ix + 1, iy, octave);
    const double c = lattice(ix, iy + 1, octave), d = lattice(ix + 1, iy + 1, octave);
    const double top = a + (b - a) * sx;
    const double bottom = c + (d - c) * sx;
    return top + (bottom - top) * sy;
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
        sum += amplitude * valueNoise(u, v, octave);
        amplitude *= options_.persistence;
        frequency *= 2.0;
    }
    return sum;
}

} // namespace lunar
