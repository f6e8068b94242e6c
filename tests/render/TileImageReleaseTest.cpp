// Tile shading images: a scene that one context draws for its whole life (the view, the
// benchmark) frees each tile's image once it is uploaded, and draws the same picture; the
// default scene keeps them, so a second context after the first still draws the terrain lit.
#include "DefaultScene.h"
#include "ImageStatistics.h"

#include "export/OffscreenRenderer.h"
#include "scene/LoadedScene.h"

#include <osg/NodeVisitor>
#include <osg/Texture2D>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <memory>

using namespace lunar;
using test::defaultScene;

namespace {

constexpr int kWidth = 480, kHeight = 270;

// Counts the loaded tiles' shading textures (unit 0 of each group named "tile L/x/y") that
// are uploaded to a context, and how many of those still hold their image. (Tiles loaded
// but not yet drawn, such as children outside the view, are uploaded when first drawn.)
struct CountTileImages : osg::NodeVisitor {
    unsigned context_id = 0;
    int uploaded = 0, uploaded_with_image = 0;
    explicit CountTileImages(unsigned id) : osg::NodeVisitor(TRAVERSE_ALL_CHILDREN), context_id(id) {}
    void apply(osg::Group& group) override
    {
        if (group.getName().rfind("tile ", 0) == 0 && group.getStateSet())
            if (const auto* texture = dynamic_cast<const osg::Texture2D*>(
                    group.getStateSet()->getTextureAttribute(0, osg::StateAttribute::TEXTURE));
                texture && texture->getTextureObject(context_id)) {
                ++uploaded;
                uploaded_with_image += texture->getImage() ? 1 : 0;
            }
        traverse(group);
    }
};

struct Rendered {
    osg::ref_ptr<osg::Image> image;
    int uploaded = 0, uploaded_with_image = 0; // tile textures, counted before the context goes
};

Rendered renderBase(scene::LoadedScene& s)
{
    const bool labels = s.layers->labels;
    s.layers->labels = false;
    exporting::OffscreenRenderer renderer({kWidth, kHeight, 4});
    renderer.setScene(s.root.get());
    renderer.setPose(s.pose("base"));
    Rendered out;
    out.image = renderer.render();
    CountTileImages count(
        renderer.viewer().getCamera()->getGraphicsContext()->getState()->getContextID());
    s.terrain_root->accept(count);
    out.uploaded = count.uploaded;
    out.uploaded_with_image = count.uploaded_with_image;
    s.layers->labels = labels;
    return out;
}

// Mean absolute difference of the RGB channels (0..255) of two images of one size.
double meanAbsDifference(const osg::Image& a, const osg::Image& b)
{
    double sum = 0.0;
    for (int y = 0; y < a.t(); ++y)
        for (int x = 0; x < a.s(); ++x)
            for (int c = 0; c < 3; ++c)
                sum += std::abs(int(a.data(x, y)[c]) - int(b.data(x, y)[c]));
    return sum / (3.0 * a.s() * a.t());
}

} // namespace

TEST_CASE("Tile images: a one-context scene frees them once uploaded and draws the same picture",
          "[tile-images]")
{
    // First in its process (ctest runs this tag alone): OSG frees an image only once the
    // texture is loaded in every context ID handed out so far, as in a view, whose window
    // is the only context.
    scene::SceneRequest request;
    request.one_context = true;
    const std::unique_ptr<scene::LoadedScene> one = scene::loadScene(request);
    const Rendered released = renderBase(*one);
    test::writePngForPeople(*released.image, "tile_images_released_base.png");
    CAPTURE(released.uploaded, released.uploaded_with_image);
    REQUIRE(released.uploaded > 10);
    CHECK(released.uploaded_with_image == 0);

    const Rendered kept = renderBase(defaultScene());
    CAPTURE(kept.uploaded, kept.uploaded_with_image);
    REQUIRE(kept.uploaded > 10);
    CHECK(kept.uploaded_with_image == kept.uploaded);
    const double difference = meanAbsDifference(*kept.image, *released.image);
    CAPTURE(difference, test::meanLuminance(*released.image));
    CHECK(difference < 0.5);
    CHECK(test::meanLuminance(*released.image) > 10.0); // lit terrain, not a black frame
}

TEST_CASE("Tile images: the default scene drawn by a second context after the first looks the same",
          "[tile-images]")
{
    // Tiles paged in for the first context stay in the scene; the second must upload them
    // again from their kept images (freed ones would draw the terrain unlit).
    const Rendered first = renderBase(defaultScene());
    const Rendered second = renderBase(defaultScene());
    const double difference = meanAbsDifference(*first.image, *second.image);
    CAPTURE(difference, test::meanLuminance(*second.image));
    CHECK(difference < 0.5);
    CHECK(test::meanLuminance(*second.image) > 10.0);
}
