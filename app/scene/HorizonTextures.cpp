#include "scene/HorizonTextures.h"

#include <osg/Texture3D>
#include <osg/Uniform>


#ifndef GL_R16_SNORM
#define GL_R16_SNORM 0x8F98
#endif

namespace lunar::scene {

namespace {

constexpr int kCoarseUnit = 1;
constexpr int kDetailUnit = 2;

// Once a context has its copy of the planes, a map read from a mapped cache file lets the
// resident pages go: under llvmpipe the driver's copy is in process memory too, so keeping
// both would count the maps twice. Another context's upload reads the file pages again.
class HorizonTexture3D : public osg::Texture3D {
public:
    HorizonTexture3D(osg::Image* image, const HorizonMap& map) : osg::Texture3D(image), map_(map) {}

    void apply(osg::State& state) const override
    {
        const bool uploaded_before = getTextureObject(state.getContextID()) != nullptr;
        osg::Texture3D::apply(state);
        if (!uploaded_before && getTextureObject(state.getContextID()) != nullptr)
            map_.releaseResidentPlanes();
    }

private:
    const HorizonMap& map_;
};

// A 3-D texture, one slice per direction: linear filtering along r interpolates between
// neighbouring directions in one lookup, and REPEAT wraps the last direction onto the first.
osg::ref_ptr<osg::Texture3D> horizonTexture(const HorizonMap& map)
{
    // The image borrows the map's planes (no copy of 100+ MB): the map must outlive the
    // texture, as the scene's layers do. Row 0 of the map goes to t = 0: the shader's v is
    // the map row / height.
    osg::ref_ptr<osg::Image> image = new osg::Image;
    auto* planes = reinterpret_cast<unsigned char*>(const_cast<std::int16_t*>(map.planeData()));
    image->setImage(map.width(), map.height(), map.directionCount(), GL_R16_SNORM, GL_RED,
                    GL_SHORT, planes, osg::Image::NO_DELETE);
    osg::ref_ptr<osg::Texture3D> texture = new HorizonTexture3D(image, map);
    texture->setFilter(osg::Texture::MIN_FILTER, osg::Texture::LINEAR);
    texture->setFilter(osg::Texture::MAG_FILTER, osg::Texture::LINEAR);
    texture->setWrap(osg::Texture::WRAP_S, osg::Texture::CLAMP_TO_EDGE);
    texture->setWrap(osg::Texture::WRAP_T, osg::Texture::CLAMP_TO_EDGE);
    texture->setWrap(osg::Texture::WRAP_R, osg::Texture::REPEAT);
    texture->setResizeNonPowerOfTwoHint(false);
    texture->setUnRefImageDataAfterApply(false); // several contexts may draw the scene
    return texture;
}

// (scale_x, scale_y, offset_x, offset_y): texture uv = DEM pixel-centre coords * scale +
// offset, through map coordinates (both geotransforms are axis-aligned).
osg::Vec4 uvFromDemPixel(const GeoTransform& dem, const HorizonMap& map)
{
    double c0 = 0.0, r0 = 0.0, c1 = 0.0, r1 = 0.0;
    map.geo().pixelFromMap(dem.mapFromPixel(0.5, 0.5), c0, r0);
    map.geo().pixelFromMap(dem.mapFromPixel(1.5, 1.5), c1, r1);
    const double sx = (c1 - c0) / map.width(), sy = (r1 - r0) / map.height();
    return {static_cast<float>(sx), static_cast<float>(sy),
            static_cast<float>(c0 / map.width()), static_cast<float>(r0 / map.height())};
}

} // namespace

void attachHorizonMaps(osg::StateSet* state, const HorizonMap& coarse, const HorizonMap* detail,
                       const GeoTransform& dem_geo)
{
    osg::ref_ptr<osg::Texture3D> coarse_texture = horizonTexture(coarse);
    state->setTextureAttribute(kCoarseUnit, coarse_texture);
    state->setTextureAttribute(kDetailUnit, detail ? horizonTexture(*detail) : coarse_texture);
    state->addUniform(new osg::Uniform("horizonCoarse", kCoarseUnit));
    state->addUniform(new osg::Uniform("horizonDetail", kDetailUnit));
    state->addUniform(new osg::Uniform("horizonDirections",
                                       static_cast<float>(coarse.directionCount())));
    state->addUniform(new osg::Uniform("coarseUvFromDemPixel", uvFromDemPixel(dem_geo, coarse)));
    state->addUniform(new osg::Uniform("detailUvFromDemPixel",
                                       uvFromDemPixel(dem_geo, detail ? *detail : coarse)));
    state->addUniform(new osg::Uniform("detailPresent", detail ? 1.0f : 0.0f));
}

void shareHorizonMaps(const osg::StateSet& from, osg::StateSet* to)
{
    for (int unit : {kCoarseUnit, kDetailUnit})
        if (const osg::StateAttribute* t = from.getTextureAttribute(unit, osg::StateAttribute::TEXTURE))
            to->setTextureAttribute(unit, const_cast<osg::StateAttribute*>(t));
    for (const char* name : {"horizonCoarse", "horizonDetail", "horizonDirections",
                             "coarseUvFromDemPixel", "detailUvFromDemPixel", "detailPresent"})
        if (const osg::Uniform* u = from.getUniform(name))
            to->addUniform(const_cast<osg::Uniform*>(u));
}

} // namespace lunar::scene
