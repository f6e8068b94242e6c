#include "scene/TileBudgetCallback.h"

#include "terrain/TileBudget.h"

#include <osg/NodeCallback>
#include <osgUtil/CullVisitor>

#include <atomic>

namespace lunar::scene {

namespace {

class TileBudgetCull : public osg::NodeCallback {
public:
    explicit TileBudgetCull(std::shared_ptr<PagedTerrainSource> source) : source_(std::move(source))
    {
        const double tile_triangles = 2.0 * source_->options.tile_quads * source_->options.tile_quads;
        query_.max_error_px = source_->options.max_error_px;
        query_.max_tiles_drawn = static_cast<std::size_t>(
            std::max(1.0, static_cast<double>(source_->options.max_triangles_drawn) / tile_triangles));
    }

    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        auto* cv = dynamic_cast<osgUtil::CullVisitor*>(nv);
        PinholeView view;
        if (!cv || !viewOf(*cv, view)) {
            traverse(node, nv);
            return;
        }
        const PagedTerrainSource& source = *source_;
        const double scale = lodScaleForBudget(
            source.pyramid, [&source](const TileKey& key) { return source.boundsOf(key); }, view,
            query_);
        last_scale_ = scale;
        const float camera_scale = cv->getLODScale();
        cv->setLODScale(camera_scale * static_cast<float>(scale));
        traverse(node, nv);
        cv->setLODScale(camera_scale);
    }

    double lastScale() const { return last_scale_; }

private:
    // The view in the terrain's own (ENU) coordinates: the modelview here is ENU -> eye.
    static bool viewOf(osgUtil::CullVisitor& cv, PinholeView& view)
    {
        const osg::RefMatrix* modelview = cv.getModelViewMatrix();
        const osg::RefMatrix* projection = cv.getProjectionMatrix();
        const osg::Viewport* viewport = cv.getViewport();
        if (!modelview || !projection || !viewport || viewport->height() <= 0.0)
            return false;
        double fov_y_deg = 0.0, aspect = 0.0, z_near = 0.0, z_far = 0.0;
        if (!projection->getPerspective(fov_y_deg, aspect, z_near, z_far))
            return false; // orthographic: no perspective budget to keep
        osg::Vec3d eye, centre, up;
        modelview->getLookAt(eye, centre, up);
        const osg::Vec3d forward = centre - eye;
        view.eye_enu = {eye.x(), eye.y(), eye.z()};
        view.forward_enu = Vec3d{forward.x(), forward.y(), forward.z()}.normalized();
        view.up_enu = Vec3d{up.x(), up.y(), up.z()}.normalized();
        view.fov_y_rad = osg::DegreesToRadians(fov_y_deg);
        view.aspect = aspect;
        view.viewport_height_px = viewport->height();
        return true;
    }

    std::shared_ptr<PagedTerrainSource> source_;
    TileBudgetQuery query_;
    std::atomic<double> last_scale_{0.0};
};

} // namespace

osg::ref_ptr<osg::Callback> tileBudgetCallback(const std::shared_ptr<PagedTerrainSource>& source)
{
    return new TileBudgetCull(source);
}

double lastTileBudgetScale(const osg::Node& paged_terrain_root)
{
    const auto* cull = dynamic_cast<const TileBudgetCull*>(paged_terrain_root.getCullCallback());
    return cull ? cull->lastScale() : 0.0;
}

} // namespace lunar::scene
