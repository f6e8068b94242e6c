#pragma once
// A 3x3 double matrix for frame rotations in the pure libraries (row-major, ERFA layout).
#include "core/Vec3d.h"

namespace lunar {

struct Mat3d {
    double m[3][3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    Vec3d operator*(const Vec3d& v) const
    {
        return {m[0][0] * v.x + m[0][1] * v.y + m[0][2] * v.z,
                m[1][0] * v.x + m[1][1] * v.y + m[1][2] * v.z,
                m[2][0] * v.x + m[2][1] * v.y + m[2][2] * v.z};
    }
    Mat3d operator*(const Mat3d& o) const
    {
        Mat3d r;
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                r.m[i][j] = m[i][0] * o.m[0][j] + m[i][1] * o.m[1][j] + m[i][2] * o.m[2][j];
        return r;
    }
    // From an ERFA r-matrix (double[3][3], same layout).
    static Mat3d fromErfa(const double r[3][3])
    {
        Mat3d out;
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                out.m[i][j] = r[i][j];
        return out;
    }
    Mat3d transposed() const
    {
        Mat3d t;
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                t.m[i][j] = m[j][i];
        return t;
    }
};

} // namespace lunar
