#include "scene/AnalysisOverlay.h"

#include "core/Log.h"
#include "core/LunarError.h"
#include "io/AnalysisMapReader.h"
#include "terrain/AnalysisColourScale.h"

#include <osg/Image>
#include <osg/NodeCallback>
#include <osg/NodeVisitor>
#include <osg/Texture2D>
#include <osg/Uniform>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace lunar::scene {

namespace {

constexpr int kMapUnit = 5;
constexpr int kRampUnit = 6;
constexpr int kRampTexels = 256;

osg::ref_ptr<osg::Texture2D> mapTexture(const Raster<float>& values, bool nearest)
{
    osg::ref_ptr<osg::Image> image = new osg::Image;
    image->allocateImage(values.width(), values.height(), 1, GL_RED, GL_FLOAT);
    image->setInternalTextureFormat(GL_R32F);
    // Rows top-down in the raster; the texture's t runs with the raster's rows as well
    // (the uv transform maps row r to t = (r + 0.5) / height).
    std::copy(values.samples().begin(), values.samples().end(), reinterpret_cast<float*>(image->data()));
    osg::ref_ptr<osg::Texture2D> texture = new osg::Texture2D(image);
    // Linear filtering would smear a NaN (no data) over its neighbours and blend classes.
    const auto filter = nearest ? osg::Texture::NEAREST : osg::Texture::LINEAR;
    texture->setFilter(osg::Texture::MIN_FILTER, filter);
    texture->setFilter(osg::Texture::MAG_FILTER, filter);
    texture->setWrap(osg::Texture::WRAP_S, osg::Texture::CLAMP_TO_EDGE);
    texture->setWrap(osg::Texture::WRAP_T, osg::Texture::CLAMP_TO_EDGE);
    texture->setResizeNonPowerOfTwoHint(false);
    return texture;
}

osg::ref_ptr<osg::Texture2D> rampTexture(const AnalysisColourScale& scale)
{
    osg::ref_ptr<osg::Image> image = new osg::Image;
    image->allocateImage(kRampTexels, 1, 1, GL_RGBA, GL_FLOAT);
    image->setInternalTextureFormat(GL_RGBA32F_ARB);
    auto* rgba = reinterpret_cast<float*>(image->data());
    for (int i = 0; i < kRampTexels; ++i) {
        const Rgba c = scale.colourAt((static_cast<float>(i) + 0.5f) / static_cast<float>(kRampTexels));
        rgba[4 * i + 0] = c.r;
        rgba[4 * i + 1] = c.g;
        rgba[4 * i + 2] = c.b;
        rgba[4 * i + 3] = c.a;
    }
    osg::ref_ptr<osg::Texture2D> texture = new osg::Texture2D(image);
    const auto filter = scale.nearest ? osg::Texture::NEAREST : osg::Texture::LINEAR;
    texture->setFilter(osg::Texture::MIN_FILTER, filter);
    texture->setFilter(osg::Texture::MAG_FILTER, filter);
    texture->setWrap(osg::Texture::WRAP_S, osg::Texture::CLAMP_TO_EDGE);
    texture->setWrap(osg::Texture::WRAP_T, osg::Texture::CLAMP_TO_EDGE);
    return texture;
}

// DEM pixel-centre coordinates -> the map's texture coordinates (both grids axis-aligned).
osg::Vec4 uvFromDemPixel(const GeoTransform& dem, const GeoTransform& map, int width, int height)
{
    double c0 = 0.0, r0 = 0.0, c1 = 0.0, r1 = 0.0;
    map.pixelFromMap(dem.mapFromPixel(0.5, 0.5), c0, r0);
    map.pixelFromMap(dem.mapFromPixel(1.5, 1.5), c1, r1);
    return {static_cast<float>((c1 - c0) / width), static_cast<float>((r1 - r0) / height),
            static_cast<float>(c0 / width), static_cast<float>(r0 / height)};
}

class FollowAnalysisMap : public osg::NodeCallback {
public:
    FollowAnalysisMap(osg::StateSet* state, const GeoTransform& dem_geo,
                      std::shared_ptr<const LayerVisibility> layers)
        : state_(state), dem_geo_(dem_geo), layers_(std::move(layers)),
          uv_(new osg::Uniform("analysisUvFromDemPixel", osg::Vec4())),
          range_(new osg::Uniform("analysisRange", osg::Vec2(0.0f, 1.0f))),
          opacity_(new osg::Uniform("analysisOpacity", 0.0f))
    {
        state_->addUniform(uv_);
        state_->addUniform(range_);
        state_->addUniform(opacity_);
        state_->addUniform(new osg::Uniform("analysisMap", kMapUnit));
        state_->addUniform(new osg::Uniform("analysisRamp", kRampUnit));
        // Something valid bound until a map is chosen (samplers must not be left unbound).
        Raster<float> none(1, 1, std::numeric_limits<float>::quiet_NaN());
        state_->setTextureAttribute(kMapUnit, mapTexture(none, true));
        state_->setTextureAttribute(kRampUnit, rampTexture(analysisColourScale("", 0.0f, 1.0f)));
    }

    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        if (layers_->analysis_map != shown_)
            load(layers_->analysis_map);
        opacity_->set(loaded_ ? std::clamp(layers_->analysis_opacity, 0.0f, 1.0f) : 0.0f);
        traverse(node, nv);
    }

private:
    void load(const std::string& path)
    {
        shown_ = path;
        loaded_ = false;
        if (path.empty())
            return;
        try {
            const io::AnalysisMap map = io::readAnalysisMap(path);
            const Raster<float>& values = map.values;
            const AnalysisColourScale& scale = map.scale;
            state_->setTextureAttribute(kMapUnit, mapTexture(values, scale.nearest));
            state_->setTextureAttribute(kRampUnit, rampTexture(scale));
            uv_->set(uvFromDemPixel(dem_geo_, values.geo, values.width(), values.height()));
            range_->set(osg::Vec2(scale.min_value, scale.max_value));
            loaded_ = true;
        } catch (const LunarError& e) {
            log::warning(std::string("analysis map not shown: ") + e.what());
        }
    }

    osg::StateSet* state_;
    GeoTransform dem_geo_;
    std::shared_ptr<const LayerVisibility> layers_;
    osg::ref_ptr<osg::Uniform> uv_, range_, opacity_;
    std::string shown_;
    bool loaded_ = false;
};

} // namespace

void attachAnalysisOverlay(osg::Node& terrain, const GeoTransform& dem_geo,
                           std::shared_ptr<const LayerVisibility> layers)
{
    if (!layers)
        return;
    terrain.addUpdateCallback(new FollowAnalysisMap(terrain.getOrCreateStateSet(), dem_geo, std::move(layers)));
}

} // namespace lunar::scene
