#include "io/GdalProjection.h"

#include "core/Angles.h"
#include "core/LunarError.h"
#include "core/MoonBody.h"
#include "core/PolarStereographic.h"
#include "io/GdalSession.h"

#include <ogr_spatialref.h>

#include <cmath>
#include <mutex>

namespace lunar::io {

namespace {

class OgrProjection final : public MapProjection {
public:
    OgrProjection(const OGRSpatialReference& srs, const std::string& where)
        : name_(exportName(srs))
    {
        OGRSpatialReference map_srs(srs);
        map_srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference geographic;
        geographic.CopyGeogCSFrom(&srs);
        geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        to_geo_.reset(OGRCreateCoordinateTransformation(&map_srs, &geographic));
        to_map_.reset(OGRCreateCoordinateTransformation(&geographic, &map_srs));
        if (!to_geo_ || !to_map_)
            throw LunarError(where, "cannot transform its CRS to latitude/longitude (" +
                                        lastGdalError() + ")");
    }

    LatLon toLatLon(const MapXY& map) const override
    {
        double x = map.x, y = map.y;
        std::lock_guard<std::mutex> lock(mutex_);
        if (!to_geo_->Transform(1, &x, &y))
            return {std::nan(""), std::nan("")};
        return {degToRad(y), degToRad(x)};
    }

    MapXY toMap(const LatLon& position) const override
    {
        double x = radToDeg(position.lon_rad), y = radToDeg(position.lat_rad);
        std::lock_guard<std::mutex> lock(mutex_);
        if (!to_map_->Transform(1, &x, &y))
            return {std::nan(""), std::nan("")};
        return {x, y};
    }

    std::string name() const override { return name_; }

private:
    static std::string exportName(const OGRSpatialReference& srs)
    {
        const char* authority = srs.GetAuthorityName(nullptr);
        const char* code = srs.GetAuthorityCode(nullptr);
        if (authority && code)
            return std::string(authority) + ":" + code;
        return srs.GetName() ? srs.GetName() : "unnamed CRS";
    }

    struct OctDeleter {
        void operator()(OGRCoordinateTransformation* t) const
        {
            OGRCoordinateTransformation::DestroyCT(t);
        }
    };
    std::string name_;
    mutable std::mutex mutex_;
    std::unique_ptr<OGRCoordinateTransformation, OctDeleter> to_geo_;
    std::unique_ptr<OGRCoordinateTransformation, OctDeleter> to_map_;
};

bool near(double a, double b, double tolerance) { return std::fabs(a - b) <= tolerance; }

// True for a spherical-Moon polar stereographic CRS true at the pole with no false origin:
// exactly what PolarStereographic computes.
bool isPlainPolarStereographic(const OGRSpatialReference& srs, PolarStereographic::Pole& pole)
{
    const char* method = srs.GetAttrValue("PROJECTION");
    if (!method)
        return false;
    const std::string m = method;
    if (m != "Polar_Stereographic" && m != "Stereographic")
        return false;
    OGRErr err = OGRERR_NONE;
    const double a = srs.GetSemiMajor(&err), b = srs.GetSemiMinor(&err);
    if (!near(a, moon::kRadius_m, 0.5) || !near(b, moon::kRadius_m, 0.5))
        return false;
    const double lat0 = srs.GetNormProjParm(SRS_PP_LATITUDE_OF_ORIGIN, 0.0);
    const double lon0 = srs.GetNormProjParm(SRS_PP_CENTRAL_MERIDIAN, 0.0);
    const double k0 = srs.GetNormProjParm(SRS_PP_SCALE_FACTOR, 1.0);
    const double fe = srs.GetNormProjParm(SRS_PP_FALSE_EASTING, 0.0);
    const double fn = srs.GetNormProjParm(SRS_PP_FALSE_NORTHING, 0.0);
    if (!near(lon0, 0.0, 1e-9) || !near(k0, 1.0, 1e-12) || fe != 0.0 || fn != 0.0)
        return false;
    if (near(lat0, -90.0, 1e-9))
        pole = PolarStereographic::Pole::South;
    else if (near(lat0, 90.0, 1e-9))
        pole = PolarStereographic::Pole::North;
    else
        return false;
    return srs.GetLinearUnits() == 1.0;
}

} // namespace

std::shared_ptr<const MapProjection> makeProjection(const OGRSpatialReference& srs,
                                                    const std::string& where)
{
    PolarStereographic::Pole pole = PolarStereographic::Pole::South;
    if (isPlainPolarStereographic(srs, pole))
        return std::make_shared<PolarStereographic>(pole);
    return std::make_shared<OgrProjection>(srs, where);
}

} // namespace lunar::io
