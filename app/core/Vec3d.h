#pragma once
// Minimal double-precision 3-vector for the pure libraries (OSG types stay in scene code).
#include <cmath>

namespace lunar {

struct Vec3d {
    double x = 0.0, y = 0.0, z = 0.0;

    constexpr Vec3d operator+(const Vec3d& o) const { return {x + o.x, y + o.y, z + o.z}; }
    constexpr Vec3d operator-(const Vec3d& o) const { return {x - o.x, y - o.y, z - o.z}; }
    constexpr Vec3d operator*(double s) const { return {x * s, y * s, z * s}; }
    constexpr Vec3d operator-() const { return {-x, -y, -z}; }
    double length() const { return std::sqrt(x * x + y * y + z * z); }
    Vec3d normalized() const
    {
        double len = length();
        return len > 0.0 ? Vec3d{x / len, y / len, z / len} : Vec3d{};
    }
};

constexpr double dot(const Vec3d& a, const Vec3d& b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
constexpr Vec3d cross(const Vec3d& a, const Vec3d& b)
{
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}

} // namespace lunar
