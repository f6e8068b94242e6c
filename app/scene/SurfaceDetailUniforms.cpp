#include "scene/SurfaceDetailUniforms.h"

#include <osg/Uniform>

namespace lunar::scene {

void attachSurfaceDetail(osg::StateSet& state, const SurfaceDetailOptions& options)
{
    state.addUniform(new osg::Uniform("surfaceDetailPixel_m", static_cast<float>(options.dem_pixel_m)));
    state.addUniform(new osg::Uniform("surfaceDetailLevels", options.levels));
    const DetailCellLaw& law = detailCellLaw();
    state.addUniform(new osg::Uniform("surfaceDetailCellLaw",
                                      osg::Vec3(static_cast<float>(law.min_diameter_cells),
                                                static_cast<float>(law.max_diameter_cells),
                                                static_cast<float>(law.probability))));
    state.addUniform(new osg::Uniform(
        "surfaceDetailShape",
        osg::Vec4(static_cast<float>(kDetailEjectaRadii), static_cast<float>(detailRimPerFloorDepth()),
                  static_cast<float>(kFreshDepthPerDiameter),
                  static_cast<float>(kSubduedDepthPerDiameter))));
    state.addUniform(new osg::Uniform(
        "surfaceDetailFadePx",
        osg::Vec2(static_cast<float>(kDetailFadeStartPx), static_cast<float>(kDetailFadeFullPx))));
}

} // namespace lunar::scene
