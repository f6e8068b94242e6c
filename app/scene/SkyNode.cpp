#include "scene/SkyNode.h"

#include "astro/BrightStarCatalogue.h"
#include "core/Log.h"
#include "core/LunarError.h"
#include "io/TextFile.h"
#include "scene/ShaderLibrary.h"
#include "scene/SunGlare.h"

#include <osg/BlendFunc>
#include <osg/Depth>
#include <osg/Geode>
#include <osg/Geometry>
#include <osg/Texture2D>
#include <osgDB/ReadFile>

#include <cmath>
#include <cstdio>
#include <filesystem>

#ifndef GL_VERTEX_PROGRAM_POINT_SIZE
#define GL_VERTEX_PROGRAM_POINT_SIZE 0x8642
#endif

namespace lunar::scene {

namespace {

constexpr unsigned kMagnitudeAttribute = 6;

// Things at infinity have no bounds: they must neither be culled nor move the near/far
// planes the terrain's depth precision depends on.
class NoBounds : public osg::Drawable::ComputeBoundingBoxCallback {
public:
    osg::BoundingBox computeBound(const osg::Drawable&) const override { return {}; }
};

osg::ref_ptr<osg::Geometry> unboundedGeometry()
{
    osg::ref_ptr<osg::Geometry> geometry = new osg::Geometry;
    geometry->setUseDisplayList(false);
    geometry->setUseVertexBufferObjects(true);
    geometry->setComputeBoundingBoxCallback(new NoBounds);
    geometry->setCullingActive(false);
    return geometry;
}

osg::ref_ptr<osg::Geode> starsNode(const SkyOptions& options)
{
    std::vector<astro::CatalogueStar> stars;
    try {
        stars = astro::parseBrightStarCatalogue(io::readTextFile(options.star_catalogue),
                                                options.star_catalogue);
    }
    catch (const LunarError& e) {
        log::note(std::string("no stars in the sky (") + e.what() + "; install Debian's xplanet)");
        return nullptr;
    }
    osg::ref_ptr<osg::Vec3Array> points = new osg::Vec3Array;
    osg::ref_ptr<osg::FloatArray> magnitudes = new osg::FloatArray;
    for (const astro::CatalogueStar& s : stars) {
        points->push_back(osg::Vec3(static_cast<float>(std::cos(s.dec_rad) * std::cos(s.ra_rad)),
                                    static_cast<float>(std::cos(s.dec_rad) * std::sin(s.ra_rad)),
                                    static_cast<float>(std::sin(s.dec_rad))));
        magnitudes->push_back(static_cast<float>(s.magnitude));
    }
    osg::ref_ptr<osg::Geometry> geometry = unboundedGeometry();
    geometry->setVertexArray(points);
    geometry->setVertexAttribArray(kMagnitudeAttribute, magnitudes, osg::Array::BIND_PER_VERTEX);
    geometry->addPrimitiveSet(new osg::DrawArrays(GL_POINTS, 0, static_cast<int>(points->size())));
    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    geode->setName("stars");
    geode->addDrawable(geometry);
    geode->setCullingActive(false);
    osg::StateSet* state = geode->getOrCreateStateSet();
    osg::ref_ptr<osg::Program> program = loadProgram("stars");
    program->addBindAttribLocation("magnitude", kMagnitudeAttribute);
    state->setAttributeAndModes(program);
    state->setMode(GL_VERTEX_PROGRAM_POINT_SIZE, osg::StateAttribute::ON);
    state->addUniform(new osg::Uniform("starBrightness", options.star_brightness));
    state->setRenderBinDetails(10, "RenderBin");
    return geode;
}

osg::ref_ptr<osg::Geode> bodyNode(const std::string& name, int kind)
{
    osg::ref_ptr<osg::Vec3Array> corners = new osg::Vec3Array;
    for (const auto& [x, y] : {std::pair{-1.0f, -1.0f}, std::pair{1.0f, -1.0f},
                               std::pair{1.0f, 1.0f}, std::pair{-1.0f, 1.0f}})
        corners->push_back(osg::Vec3(x, y, 0.0f));
    osg::ref_ptr<osg::Geometry> geometry = unboundedGeometry();
    geometry->setVertexArray(corners);
    geometry->addPrimitiveSet(new osg::DrawArrays(GL_TRIANGLE_FAN, 0, 4));
    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    geode->setName(name);
    geode->addDrawable(geometry);
    geode->setCullingActive(false);
    osg::StateSet* state = geode->getOrCreateStateSet();
    state->addUniform(new osg::Uniform("bodyKind", kind));
    state->setRenderBinDetails(11, "RenderBin");
    return geode;
}

osg::ref_ptr<osg::Texture2D> earthTexture(const std::string& path)
{
    if (!std::filesystem::exists(path)) {
        log::note(path + " not found (Debian's xplanet-images): the Earth is drawn plain");
        return nullptr;
    }
    osg::ref_ptr<osg::Image> image = osgDB::readImageFile(path);
    if (!image) {
        log::note(path + " could not be read: the Earth is drawn plain");
        return nullptr;
    }
    osg::ref_ptr<osg::Texture2D> texture = new osg::Texture2D(image);
    texture->setFilter(osg::Texture::MIN_FILTER, osg::Texture::LINEAR_MIPMAP_LINEAR);
    texture->setFilter(osg::Texture::MAG_FILTER, osg::Texture::LINEAR);
    texture->setWrap(osg::Texture::WRAP_S, osg::Texture::REPEAT);
    texture->setWrap(osg::Texture::WRAP_T, osg::Texture::CLAMP_TO_EDGE);
    texture->setUnRefImageDataAfterApply(false);
    return texture;
}

} // namespace

osg::ref_ptr<osg::Node> buildSkyNode(const SkyOptions& options)
{
    osg::ref_ptr<osg::Group> sky = new osg::Group;
    sky->setName("sky");
    sky->setNodeMask(kSkyNodeMask);
    sky->setCullingActive(false);
    osg::StateSet* state = sky->getOrCreateStateSet();
    // Behind everything: drawn after the terrain where the depth buffer is still clear.
    state->setAttributeAndModes(new osg::Depth(osg::Depth::LEQUAL, 0.0, 1.0, false));
    if (osg::ref_ptr<osg::Geode> stars = starsNode(options))
        sky->addChild(stars);

    osg::ref_ptr<osg::Group> bodies = new osg::Group;
    bodies->setCullingActive(false);
    osg::StateSet* body_state = bodies->getOrCreateStateSet();
    body_state->setAttributeAndModes(loadProgram("skybody"));
    osg::ref_ptr<osg::Texture2D> earth = earthTexture(options.earth_image);
    if (earth)
        body_state->setTextureAttribute(3, earth);
    body_state->addUniform(new osg::Uniform("earthMap", 3));
    body_state->addUniform(new osg::Uniform("earthTextured", earth ? 1.0f : 0.0f));
    body_state->addUniform(new osg::Uniform("earthExposureShare", options.earth_exposure_share));
    body_state->addUniform(new osg::Uniform("earthExposureMax", options.earth_exposure_max));
    bodies->addChild(bodyNode("sun", 0));
    bodies->addChild(bodyNode("earth", 1));
    sky->addChild(bodies);
    sky->addChild(buildSunGlare()); // its own program, after the bodies
    return sky;
}

unsigned skyStarCount(const osg::Node& sky)
{
    const osg::Group* group = sky.asGroup();
    for (unsigned i = 0; group && i < group->getNumChildren(); ++i)
        if (group->getChild(i)->getName() == "stars")
            if (const osg::Geode* geode = group->getChild(i)->asGeode())
                if (const osg::Geometry* g = geode->getDrawable(0)->asGeometry())
                    return g->getVertexArray()->getNumElements();
    return 0;
}

} // namespace lunar::scene
