#include "scene/SunGlare.h"

#include "scene/ShaderLibrary.h"

#include <osg/BlendFunc>
#include <osg/GLExtensions>
#include <osg/Geode>
#include <osg/Geometry>
#include <osg/State>
#include <osg/buffered_value>

#include <algorithm>
#include <array>

#ifndef GL_SAMPLES_PASSED
#define GL_SAMPLES_PASSED 0x8914
#endif
#ifndef GL_QUERY_RESULT
#define GL_QUERY_RESULT 0x8866
#endif

namespace lunar::scene {

namespace {

// At infinity: never culled, never in the near/far planes.
class NoBounds : public osg::Drawable::ComputeBoundingBoxCallback {
public:
    osg::BoundingBox computeBound(const osg::Drawable&) const override { return {}; }
};

class GlareGeometry : public osg::Geometry {
public:
    GlareGeometry()
    {
        osg::ref_ptr<osg::Vec3Array> corners = new osg::Vec3Array;
        for (const auto& [x, y] : {std::pair{-1.0f, -1.0f}, std::pair{1.0f, -1.0f},
                                   std::pair{1.0f, 1.0f}, std::pair{-1.0f, 1.0f}})
            corners->push_back(osg::Vec3(x, y, 0.0f));
        setVertexArray(corners);
        addPrimitiveSet(new osg::DrawArrays(GL_TRIANGLE_FAN, 0, 4));
        setUseDisplayList(false);
        setUseVertexBufferObjects(true);
        setComputeBoundingBoxCallback(new NoBounds);
        setCullingActive(false);
    }

    // The probe and the glare, with uniforms this drawable alone sets (glarePass, sunVisible)
    // written straight into the program OSG has just applied for it.
    void drawImplementation(osg::RenderInfo& info) const override
    {
        osg::State& state = *info.getState();
        const osg::GLExtensions* gl = state.get<osg::GLExtensions>();
        const osg::Program::PerContextProgram* program = state.getLastAppliedProgramObject();
        // GL 1.5 occlusion queries (Mesa's llvmpipe has no NV_occlusion_query).
        if (!program || !gl || !(gl->isARBOcclusionQuerySupported || gl->isOcclusionQuerySupported))
            return;
        const GLint pass = program->getUniformLocation(osg::Uniform::getNameID("glarePass"));
        const GLint visible = program->getUniformLocation(osg::Uniform::getNameID("sunVisible"));
        std::array<GLuint, 2>& queries = queries_[state.getContextID()];
        if (queries[0] == 0)
            gl->glGenQueries(2, queries.data());
        gl->glUniform1i(pass, 0);
        glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
        glEnable(GL_DEPTH_TEST); // the state set has it off for the glare itself
        gl->glBeginQuery(GL_SAMPLES_PASSED, queries[0]);
        osg::Geometry::drawImplementation(info);
        gl->glEndQuery(GL_SAMPLES_PASSED);
        glDisable(GL_DEPTH_TEST);
        gl->glBeginQuery(GL_SAMPLES_PASSED, queries[1]);
        osg::Geometry::drawImplementation(info);
        gl->glEndQuery(GL_SAMPLES_PASSED);
        glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
        GLuint shown = 0, covered = 0;
        gl->glGetQueryObjectuiv(queries[0], GL_QUERY_RESULT, &shown);
        gl->glGetQueryObjectuiv(queries[1], GL_QUERY_RESULT, &covered);
        share_ = covered > 0 ? std::min(1.0f, static_cast<float>(shown) / static_cast<float>(covered)) : 0.0f;
        if (share_ <= 0.0f)
            return;
        gl->glUniform1f(visible, share_);
        gl->glUniform1i(pass, 1);
        osg::Geometry::drawImplementation(info);
    }

    float share() const { return share_; }

private:
    mutable osg::buffered_object<std::array<GLuint, 2>> queries_;
    mutable float share_ = 0.0f;
};

} // namespace

osg::ref_ptr<osg::Node> buildSunGlare(float glare_radius_deg)
{
    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    geode->setName("sun glare");
    geode->addDrawable(new GlareGeometry);
    geode->setCullingActive(false);
    osg::StateSet* state = geode->getOrCreateStateSet();
    state->setAttributeAndModes(loadProgram("sunglare"));
    state->addUniform(new osg::Uniform("glareRadiusDeg", glare_radius_deg));
    state->setAttributeAndModes(new osg::BlendFunc(GL_ONE, GL_ONE)); // added to the picture
    state->setMode(GL_DEPTH_TEST, osg::StateAttribute::OFF);          // over the horizon too
    state->setRenderBinDetails(12, "RenderBin"); // after the Sun and Earth (11)
    return geode;
}

float sunVisibleShare(const osg::Node& glare)
{
    const osg::Geode* geode = glare.asGeode();
    const auto* g = geode && geode->getNumDrawables() > 0
                        ? dynamic_cast<const GlareGeometry*>(geode->getDrawable(0))
                        : nullptr;
    return g ? g->share() : 0.0f;
}

} // namespace lunar::scene
