#include "scene/FacilityShadows.h"

#include <osg/PolygonOffset>
#include <osg/Texture2D>
#include <osg/Uniform>

namespace lunar::scene {

namespace {

constexpr int kShadowUnit = 4;

// Keeps the light's view on the Sun and the receivers' matrix in step with it.
class FollowTheSun : public osg::NodeCallback {
public:
    FollowTheSun(const SceneLight& light, osg::Uniform* matrix, double radius_m)
        : light_(light), matrix_(matrix), radius_m_(radius_m)
    {
    }
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        auto* camera = static_cast<osg::Camera*>(node);
        const Vec3d& s = light_.current().sun_direction_enu;
        const osg::Vec3d sun(s.x, s.y, s.z);
        // Depth must hold facilities lifted by up to 10x exaggeration: a generous range.
        const double depth_range_m = 2.0 * radius_m_ + 4000.0;
        const osg::Vec3d up = std::abs(sun.z()) < 0.99 ? osg::Vec3d(0, 0, 1) : osg::Vec3d(0, 1, 0);
        camera->setViewMatrixAsLookAt(sun * (0.5 * depth_range_m), osg::Vec3d(0, 0, 0), up);
        camera->setProjectionMatrixAsOrtho(-radius_m_, radius_m_, -radius_m_, radius_m_, 0.0,
                                           depth_range_m);
        // World (ENU) -> shadow texture [0, 1]^3 (OSG's row-vector order).
        matrix_->set(osg::Matrixf(camera->getViewMatrix() * camera->getProjectionMatrix() *
                                  osg::Matrixd::scale(0.5, 0.5, 0.5) *
                                  osg::Matrixd::translate(0.5, 0.5, 0.5)));
        traverse(node, nv);
    }

private:
    const SceneLight& light_;
    osg::ref_ptr<osg::Uniform> matrix_;
    double radius_m_;
};

} // namespace

osg::ref_ptr<osg::Camera> buildFacilityShadowCamera(osg::Node* facilities, const SceneLight& light,
                                                    osg::StateSet* receivers,
                                                    const FacilityShadowOptions& options)
{
    osg::ref_ptr<osg::Texture2D> depth = new osg::Texture2D;
    depth->setTextureSize(options.map_size_px, options.map_size_px);
    depth->setInternalFormat(GL_DEPTH_COMPONENT24);
    depth->setSourceFormat(GL_DEPTH_COMPONENT);
    depth->setSourceType(GL_FLOAT);
    depth->setShadowComparison(true);
    depth->setShadowCompareFunc(osg::Texture::LEQUAL);
    depth->setShadowTextureMode(osg::Texture::LUMINANCE);
    depth->setFilter(osg::Texture::MIN_FILTER, osg::Texture::LINEAR);
    depth->setFilter(osg::Texture::MAG_FILTER, osg::Texture::LINEAR);
    depth->setWrap(osg::Texture::WRAP_S, osg::Texture::CLAMP_TO_EDGE);
    depth->setWrap(osg::Texture::WRAP_T, osg::Texture::CLAMP_TO_EDGE);

    osg::ref_ptr<osg::Camera> camera = new osg::Camera;
    camera->setName("facility shadow map");
    camera->setRenderTargetImplementation(osg::Camera::FRAME_BUFFER_OBJECT);
    camera->setRenderOrder(osg::Camera::PRE_RENDER);
    camera->setReferenceFrame(osg::Camera::ABSOLUTE_RF);
    camera->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
    camera->setClearMask(GL_DEPTH_BUFFER_BIT);
    camera->setViewport(0, 0, options.map_size_px, options.map_size_px);
    camera->setDrawBuffer(GL_NONE);
    camera->setReadBuffer(GL_NONE);
    camera->attach(osg::Camera::DEPTH_BUFFER, depth.get());
    camera->addChild(facilities);
    // Slope-scaled bias against self-shadowing of lit faces.
    camera->getOrCreateStateSet()->setAttributeAndModes(new osg::PolygonOffset(2.0f, 4.0f));

    osg::ref_ptr<osg::Uniform> matrix = new osg::Uniform("facilityShadowMatrix", osg::Matrixf());
    camera->setUpdateCallback(new FollowTheSun(light, matrix.get(), options.radius_m));
    receivers->setTextureAttribute(kShadowUnit, depth);
    receivers->addUniform(new osg::Uniform("facilityShadowMap", kShadowUnit));
    receivers->addUniform(matrix);
    receivers->addUniform(new osg::Uniform("facilityShadowTexel",
                                           1.0f / static_cast<float>(options.map_size_px)));
    return camera;
}

} // namespace lunar::scene
