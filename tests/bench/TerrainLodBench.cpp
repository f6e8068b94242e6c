// Terrain LOD benchmark: time to open a DEM and show its first complete frame, then a
// scripted fly-over (offscreen, 1280x720 by default) recording the frame time and the
// triangles drawn, and the process's peak memory. scripts/bench runs it beside references.
//   lunar_terrain_bench DEM [--frames N] [--size WxH]
#include "BenchMemory.h"
#include "core/Angles.h"
#include "core/LunarError.h"
#include "export/OffscreenRenderer.h"
#include "scene/BoulderNodes.h"
#include "scene/LoadedScene.h"
#include "scene/TileBudgetCallback.h"

#include <osg/Geode>
#include <osg/Geometry>
#include <osg/NodeVisitor>
#include <osg/TriangleIndexFunctor>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cmath>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

using namespace lunar;
using bench::peakMemoryKb;

namespace {

std::atomic<long long> g_triangles{0};

// Counts a tile's triangles each time the cull traversal keeps it (i.e. it is drawn).
class CountTriangles : public osg::NodeCallback {
public:
    explicit CountTriangles(long long triangles) : triangles_(triangles) {}
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        g_triangles += triangles_;
        traverse(node, nv);
    }

private:
    long long triangles_;
};

// Counts the triangles a drawable's primitives make (lists, strips, fans), leaving out the
// zero-area ones that join strips.
struct CountDrawnTriangles {
    long long triangles = 0;
    void operator()(unsigned a, unsigned b, unsigned c)
    {
        if (a != b && b != c && a != c)
            ++triangles;
    }
};

// Gives every newly paged-in tile geode a triangle counter.
class InstrumentTiles : public osg::NodeVisitor {
public:
    InstrumentTiles() : osg::NodeVisitor(TRAVERSE_ALL_CHILDREN) {}
    void apply(osg::Geode& geode) override
    {
        if (geode.getCullCallback())
            return;
        if (geode.getNumParents() > 0 && geode.getParent(0)->getName() == "boulders")
            return; // instanced rocks: counted by scene::boulderRocksSubmitted
        osg::TriangleIndexFunctor<CountDrawnTriangles> count;
        for (unsigned i = 0; i < geode.getNumDrawables(); ++i)
            geode.getDrawable(i)->accept(count);
        geode.setCullCallback(new CountTriangles(count.triangles));
    }
};

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: lunar_terrain_bench DEM [--frames N] [--size WxH]\n");
        return 2;
    }
    int frames = 240, width = 1280, height = 720;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--frames") == 0)
            frames = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--size") == 0)
            std::sscanf(argv[i + 1], "%dx%d", &width, &height);
    }
    try {
        const auto start = std::chrono::steady_clock::now();
        scene::SceneRequest request;
        request.dem_path = argv[1];
        request.one_context = true; // one renderer for the whole run, as in a view
        const auto loaded = scene::loadScene(request);
        const double prepared_s = seconds(start);
        const long prepared_kb = peakMemoryKb();
        exporting::OffscreenRenderer renderer({width, height, 0});
        renderer.setScene(loaded->root.get());
        renderer.setPose(loaded->pose("region"));
        renderer.render(); // waits until every tile of this view is paged in
        const double first_frame_s = seconds(start);

        // Fly-over: from 40 km out at 8 km altitude down to 300 m over the base, looking
        // ahead and down, at constant speed; the pager keeps up (or not) in real time.
        const EnuFrame& frame = *loaded->frame;
        std::vector<double> frame_ms;
        std::vector<double> triangles;
        std::vector<double> budget_scales;
        std::vector<double> rocks;
        for (int f = 0; f < frames; ++f) {
            const double t = static_cast<double>(f) / std::max(1, frames - 1);
            CameraPose pose;
            const double east = -28000.0 * (1.0 - t), north = -28000.0 * (1.0 - t);
            const LatLonHeight ground = frame.selenographicFromEnu({east, north, 0.0});
            double ground_m = loaded->terrain.heightAt({ground.lat_rad, ground.lon_rad});
            if (std::isnan(ground_m))
                ground_m = 0.0;
            const double altitude = 300.0 + 7700.0 * (1.0 - t) * (1.0 - t);
            pose.eye_enu = frame.enuFromSelenographic(
                {ground.lat_rad, ground.lon_rad, ground_m + altitude});
            pose.target_enu = pose.eye_enu + Vec3d{3000.0, 3000.0, -altitude - 200.0};
            pose.up_enu = (pose.eye_enu - frame.toEnu({0, 0, 0})).normalized();
            pose.fov_y_deg = 50.0;
            renderer.setPose(pose);
            InstrumentTiles instrument;
            loaded->root->accept(instrument);
            g_triangles = 0;
            const long long rocks_before = scene::boulderRocksSubmitted();
            const auto frame_start = std::chrono::steady_clock::now();
            renderer.viewer().frame();
            frame_ms.push_back(1000.0 * seconds(frame_start));
            triangles.push_back(static_cast<double>(g_triangles.load()));
            rocks.push_back(static_cast<double>(scene::boulderRocksSubmitted() - rocks_before));
            budget_scales.push_back(scene::lastTileBudgetScale(*loaded->terrain_root));
        }
        std::printf("open + first complete frame: %.2f s (scene prepared in %.2f s)\n",
                    first_frame_s, prepared_s);
        std::printf("fly-over %d frames at %dx%d: frame time median %.1f ms, 95th %.1f ms\n",
                    frames, width, height, percentile(frame_ms, 0.5), percentile(frame_ms, 0.95));
        std::printf("triangles drawn: median %.0f, max %.0f\n", percentile(triangles, 0.5),
                    percentile(triangles, 1.0));
        std::printf("boulders submitted per frame: median %.0f, max %.0f (at most 80 triangles "
                    "each, 20 under 10 px; those under half a pixel drop out in the shader)\n",
                    percentile(rocks, 0.5), percentile(rocks, 1.0));
        const auto coarsened = std::count_if(budget_scales.begin(), budget_scales.end(),
                                             [](double s) { return s > 1.0; });
        std::printf("triangle budget %zu: the error grew in %ld of %d frames (LOD scale up to %.2f)\n",
                    loaded->paged_terrain->options.max_triangles_drawn, static_cast<long>(coarsened),
                    frames, percentile(budget_scales, 1.0));
        std::printf("peak memory: %.0f MB (%.0f MB after preparing the scene, before tiles)\n",
                    static_cast<double>(peakMemoryKb()) / 1024.0,
                    static_cast<double>(prepared_kb) / 1024.0);
        return 0;
    }
    catch (const LunarError& e) {
        std::fprintf(stderr, "lunar_terrain_bench: %s\n", e.what());
        return 1;
    }
}
