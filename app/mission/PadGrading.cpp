#include "mission/PadGrading.h"

#include "core/Angles.h"
#include "core/EnuFrame.h"
#include "core/LunarError.h"

#include <algorithm>
#include <cmath>
#include <memory>

namespace lunar {

namespace {

double modelParam(const Facility& f, const char* key, double fallback)
{
    const auto found = f.model.find(key);
    return found != f.model.end() ? found->second : fallback;
}

// The facility's frame (x across its heading, y along it, z up) on the Moon.
class PadFrame {
public:
    PadFrame(const Facility& f, double base_m)
        : enu_({degToRad(f.lat_deg), degToRad(f.lon_deg), base_m}),
          heading_rad_(degToRad(f.heading_deg)), id_(f.id)
    {
    }
    Vec3d toEnu(const Vec3d& local) const
    {
        const double c = std::cos(heading_rad_), s = std::sin(heading_rad_);
        return {local.x * c + local.y * s, -local.x * s + local.y * c, local.z};
    }
    LatLonHeight selenographic(const Vec3d& local) const
    {
        return enu_.selenographicFromEnu(toEnu(local));
    }
    // Local z of the ground under (x, y): the ground's height less the height of z = 0
    // there (the frame's plane falls away from the sphere by r^2 / 2R).
    // One more step from there: the point's local vertical leans from the frame's by r / R,
    // which on a slope is millimetres.
    double groundZ(double x, double y, const GroundHeight& ground) const
    {
        double z = 0.0;
        for (int step = 0; step < 2; ++step) {
            const LatLonHeight p = selenographic({x, y, z});
            const double h = ground({p.lat_rad, p.lon_rad});
            if (std::isnan(h))
                throw LunarError("facility " + id_, "the ground around its pad is not on the DEM");
            z += h - p.height_m;
        }
        return z;
    }

private:
    EnuFrame enu_;
    double heading_rad_;
    std::string id_;
};

} // namespace

LatLonHeight padPointSelenographic(const Facility& pad, double base_m, const Vec3d& local)
{
    return PadFrame(pad, base_m).selenographic(local);
}

PadGradingOptions groundWorksFor(const Facility& f)
{
    PadGradingOptions o;
    if (f.category == "landing")
        return o;
    o.berm = false;
    o.kerb_m = 0.15;
    o.min_apron_m = 0.6;
    o.azimuths = 36;
    o.apron_rings = 3;
    if (f.category == "power" || f.shape == FacilityShape::Mast)
        o.pad_radius_m = 1.8; // a footing: the wing turns above the ground
    else
        o.pad_radius_m = 0.5 * std::max(f.length_m, f.width_m) + 0.5;
    return o;
}

PadGrading gradePad(const Facility& f, double base_m, const GroundHeight& ground,
                    const PadGradingOptions& o)
{
    const PadFrame frame(f, base_m);
    PadGrading g;
    g.pad_radius_m = o.pad_radius_m > 0.0 ? o.pad_radius_m : 0.5 * std::max(f.length_m, f.width_m);
    g.berm_width_m = o.berm ? std::max(1.5, 0.08 * g.pad_radius_m) : 0.0;
    g.berm_height_m = o.berm ? modelParam(f, "berm_height_m", 0.8) : 0.0;
    g.rim_radius_m = g.pad_radius_m + g.berm_width_m;
    g.azimuths = std::max(8, o.azimuths);
    const auto direction = [&](int k) { // +y first, turning toward +x
        const double a = 2.0 * kPi * k / g.azimuths;
        return Vec3d{std::sin(a), std::cos(a), 0.0};
    };
    // Level above every sample under the disc and the berm (about a metre apart).
    double highest = -1e30;
    const int radial = std::max(2, static_cast<int>(std::ceil(g.rim_radius_m)));
    for (int i = 0; i <= radial; ++i)
        for (int k = 0; k < (i == 0 ? 1 : g.azimuths); ++k) {
            const Vec3d p = direction(k) * (g.rim_radius_m * i / radial);
            highest = std::max(highest, frame.groundZ(p.x, p.y, ground));
        }
    g.top_m = highest + o.kerb_m;
    // March outward from the berm's foot until the fill slope meets the ground.
    const double fall = std::tan(degToRad(o.fill_slope_deg));
    const int rings = std::max(2, o.apron_rings);
    g.rings.assign(static_cast<std::size_t>(rings + 1), {});
    g.ground_ring = static_cast<std::size_t>(rings - 1);
    for (int k = 0; k < g.azimuths; ++k) {
        const Vec3d dir = direction(k);
        const auto groundAt = [&](double r) { return frame.groundZ(dir.x * r, dir.y * r, ground); };
        double reach = o.max_apron_m;
        for (double d = o.min_apron_m; d <= o.max_apron_m; d += o.march_step_m)
            if (g.top_m - d * fall <= groundAt(g.rim_radius_m + d)) {
                reach = d;
                break;
            }
        const double outer_r = g.rim_radius_m + reach;
        const double outer_z = groundAt(outer_r);
        for (int j = 0; j < rings; ++j) {
            const double t = static_cast<double>(j) / (rings - 1);
            const double r = g.rim_radius_m + t * reach;
            double z = g.top_m + t * (outer_z - g.top_m);
            if (j == 0)
                z = g.top_m;
            else if (j == rings - 1)
                z = outer_z;
            else
                z = std::max(z, groundAt(r)); // where the ground bulges, lie on it
            g.rings[static_cast<std::size_t>(j)].push_back(dir * r + Vec3d{0.0, 0.0, z});
        }
        const double skirt_r = outer_r + o.skirt_m;
        g.rings.back().push_back(dir * skirt_r + Vec3d{0.0, 0.0, groundAt(skirt_r) - o.skirt_m});
    }
    return g;
}

GroundHeight gradedGround(const std::vector<Facility>& facilities, const GroundHeight& ground)
{
    struct Pad {
        EnuFrame frame;
        double radius_m, surface_m;
    };
    auto pads = std::make_shared<std::vector<Pad>>();
    for (const Facility& f : facilities) {
        if (f.category != "landing")
            continue;
        try {
            const double base = surveyFootprint(f, ground).base_m;
            const PadGrading g = gradePad(f, base, ground);
            pads->push_back({EnuFrame({degToRad(f.lat_deg), degToRad(f.lon_deg), base}),
                             g.pad_radius_m, base + g.top_m});
        }
        catch (const LunarError&) {
            // its ground is not on the DEM: nothing lands on that pad here
        }
    }
    return [pads, ground](const LatLon& p) {
        for (const Pad& pad : *pads) {
            const Vec3d local = pad.frame.enuFromSelenographic({p.lat_rad, p.lon_rad, pad.surface_m});
            if (std::hypot(local.x, local.y) <= pad.radius_m)
                return pad.surface_m;
        }
        return ground(p);
    };
}

} // namespace lunar
