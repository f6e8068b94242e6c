#pragma once
// Deterministic 2-D fractal (fBm) gradient noise (Perlin 2002): the sum of `octaves` layers of
// lattice noise, each at twice the frequency and `persistence` times the
// amplitude of the previous. Same seed -> same field on every machine (integer hashing,
// no std:: random distributions).
#include <cstdint>

namespace lunar {

struct FractalNoiseOptions {
    double base_wavelength_m = 10000.0; // wavelength of the first octave
    double amplitude_m = 100.0;         // amplitude of the first octave
    int octaves = 5;                    // number of layers
    double persistence = 0.5;           // amplitude ratio between octaves
    std::uint64_t seed = 1;             // selects the field
};

class FractalNoise {
public:
    explicit FractalNoise(const FractalNoiseOptions& options);
    // Field value at map position (metres). Roughly zero-mean, |value| < ~2 x amplitude.
    double at(double x_m, double y_m) const;

private:
    double lattice(std::int64_t ix, std::int64_t iy, int octave) const; // gradient angle
    double gradientNoise(double x, double y, int octave) const;
    FractalNoiseOptions options_;
};

// splitmix64: a well-mixed 64-bit hash, used as a portable deterministic random source.
std::uint64_t splitMix64(std::uint64_t value);

// Deterministic uniform random numbers in [0, 1) from a seed (portable across compilers).
class UniformRandom {
public:
    explicit UniformRandom(std::uint64_t seed) : state_(seed) {}
    double next();

private:
    std::uint64_t state_;
};

} // namespace lunar
