// The regolith reflectance in the shaders (shaders/photometry.glsl) against the C++ functions
// (terrain/HapkeReflectance, terrain/LunarLambert), and the default scene under both models.
#include "DefaultScene.h"
#include "ImageStatistics.h"

#include "core/Angles.h"
#include "export/OffscreenRenderer.h"
#include "scene/PhotometryUniforms.h"
#include "scene/ShaderLibrary.h"
#include "terrain/HapkeReflectance.h"
#include "terrain/LunarLambert.h"

#include <osg/Geometry>
#include <osg/Program>
#include <osg/Uniform>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <vector>

using namespace lunar;

namespace {

constexpr int kCellPx = 8;   // each geometry fills a cell; its centre pixel is read
constexpr int kColumns = 12;
constexpr double kFullScale = 0.5; // I/F that the 16-bit code's top stands for

struct Geometry {
    double i_rad, e_rad, g_rad;
};

// The probe: a full-window quad in clip coordinates whose cell k shows Hapke's I/F at
// geometry k (the first `hapke_cells`) or Lunar-Lambert's (the rest), as 16 bits in red
// (high byte) and green (low byte).
const char* const kProbeVert = "#version 130\n"
                               "void main() { gl_Position = vec4(gl_Vertex.xy, 0.0, 1.0); }\n";
const char* const kProbeFrag =
    "#version 130\n"
    "uniform vec3 geometry[144];\n"
    "uniform int hapkeCells;\n"
    "out vec4 fragColor;\n"
    "void main() {\n"
    "    ivec2 cell = ivec2(gl_FragCoord.xy) / 8;\n"
    "    int k = cell.y * 12 + cell.x;\n"
    "    vec3 a = geometry[k];\n"
    "    float mu0 = cos(a.x), mu = cos(a.y), cosPhase = cos(a.z);\n"
    "    float value = k < hapkeCells ? hapkeRadianceFactor(mu0, mu, cosPhase)\n"
    "                                 : lunarLambertRadianceFactor(mu0, mu, cosPhase, 0.12);\n"
    "    float code = floor(clamp(value / 0.5, 0.0, 1.0) * 65535.0 + 0.5);\n"
    "    float high = floor(code / 256.0);\n"
    "    fragColor = vec4(high / 255.0, (code - 256.0 * high) / 255.0, 0.0, 1.0);\n"
    "}\n";

osg::ref_ptr<osg::Node> probeQuad(const std::vector<Geometry>& cells, int hapke_cells)
{
    osg::ref_ptr<osg::Geometry> quad = new osg::Geometry;
    osg::ref_ptr<osg::Vec3Array> corners = new osg::Vec3Array;
    for (const osg::Vec3 c : {osg::Vec3(-1, -1, 0), osg::Vec3(1, -1, 0), osg::Vec3(1, 1, 0),
                              osg::Vec3(-1, 1, 0)})
        corners->push_back(c);
    quad->setVertexArray(corners);
    quad->addPrimitiveSet(new osg::DrawArrays(GL_QUADS, 0, 4));
    quad->setCullingActive(false); // clip coordinates: the camera's frustum means nothing here
    osg::StateSet* state = quad->getOrCreateStateSet();
    osg::ref_ptr<osg::Program> program = new osg::Program;
    program->addShader(new osg::Shader(osg::Shader::VERTEX,
                                       scene::withCommonCode(kProbeVert, "photometry_probe.vert")));
    program->addShader(new osg::Shader(osg::Shader::FRAGMENT,
                                       scene::withCommonCode(kProbeFrag, "photometry_probe.frag")));
    state->setAttributeAndModes(program);
    state->setMode(GL_DEPTH_TEST, osg::StateAttribute::OFF);
    state->setMode(GL_CULL_FACE, osg::StateAttribute::OFF);
    osg::ref_ptr<osg::Uniform> geometry =
        new osg::Uniform(osg::Uniform::FLOAT_VEC3, "geometry", static_cast<int>(cells.size()));
    for (std::size_t k = 0; k < cells.size(); ++k)
        geometry->setElement(static_cast<unsigned>(k),
                             osg::Vec3(static_cast<float>(cells[k].i_rad), static_cast<float>(cells[k].e_rad),
                                       static_cast<float>(cells[k].g_rad)));
    state->addUniform(geometry);
    state->addUniform(new osg::Uniform("hapkeCells", hapke_cells));
    scene::attachPhotometryUniforms(*state, HapkeParameters{}, 1.0f);
    return quad;
}

// Geometries over the lit hemisphere: i and e from the table, g at three points of its
// range |i - e| .. i + e (and opposition where i = e).
std::vector<Geometry> geometryTable()
{
    std::vector<Geometry> out;
    for (double i_deg : {0.0, 20.0, 40.0, 60.0, 75.0, 86.0})
        for (double e_deg : {0.0, 30.0, 60.0, 80.0})
            for (double t : {0.0, 0.5, 0.9}) {
                const double lo = std::abs(i_deg - e_deg), hi = i_deg + e_deg;
                out.push_back({degToRad(i_deg), degToRad(e_deg), degToRad(lo + t * (hi - lo))});
            }
    return out; // 72
}

} // namespace

TEST_CASE("Photometry: the shader's Hapke and Lunar-Lambert I/F equal the C++ functions",
          "[render][photometry]")
{
    const std::vector<Geometry> table = geometryTable();
    std::vector<Geometry> cells = table;
    cells.insert(cells.end(), table.begin(), table.end()); // Hapke cells, then Lunar-Lambert
    const int rows = static_cast<int>(cells.size()) / kColumns;
    exporting::OffscreenRenderer renderer({kColumns * kCellPx, rows * kCellPx, 0});
    renderer.setScene(probeQuad(cells, static_cast<int>(table.size())).get());
    const osg::ref_ptr<osg::Image> image = renderer.render();
    REQUIRE(image->s() == kColumns * kCellPx);
    const HapkeParameters moon;
    double worst = 0.0;
    for (std::size_t k = 0; k < cells.size(); ++k) {
        const int x = static_cast<int>(k) % kColumns * kCellPx + kCellPx / 2;
        const int y = static_cast<int>(k) / kColumns * kCellPx + kCellPx / 2;
        const unsigned char* p = image->data(x, y);
        const double shader = (p[0] * 256.0 + p[1]) / 65535.0 * kFullScale;
        const Geometry& a = cells[k];
        const bool hapke = k < table.size();
        const double cpp = hapke ? hapkeRadianceFactor(a.i_rad, a.e_rad, a.g_rad, moon)
                                 : lunarLambertRadianceFactor(a.i_rad, a.e_rad, a.g_rad, 0.12);
        CAPTURE(hapke, radToDeg(a.i_rad), radToDeg(a.e_rad), radToDeg(a.g_rad), shader, cpp);
        CHECK(std::abs(shader - cpp) <= 0.005 * cpp + 1e-4);
        worst = std::max(worst, std::abs(shader - cpp));
    }
    CAPTURE(worst);
    CHECK(worst > 0.0); // the code was read (an all-zero image would pass nothing above anyway)
}

TEST_CASE("Photometry: Hapke keeps the core view about as bright as Lunar-Lambert, and differs",
          "[render][photometry]")
{
    scene::LoadedScene& s = test::defaultScene();
    const LayerVisibility before = *s.layers;
    const auto render = [&](PhotometricModel model) {
        s.layers->photometry = model;
        exporting::OffscreenRenderer renderer({480, 270, 4});
        renderer.setScene(s.root.get());
        renderer.setPose(s.pose("core"));
        return renderer.render();
    };
    const osg::ref_ptr<osg::Image> hapke = render(PhotometricModel::Hapke);
    const osg::ref_ptr<osg::Image> lambert = render(PhotometricModel::LunarLambert);
    *s.layers = before;
    test::writePngForPeople(*hapke, "photometry_core_hapke.png");
    test::writePngForPeople(*lambert, "photometry_core_lunar_lambert.png");
    const double hapke_mean = test::meanLuminance(*hapke);
    const double lambert_mean = test::meanLuminance(*lambert);
    double changed = 0.0; // mean |difference| of luminance-ish (green channel), 0..255
    for (int y = 0; y < hapke->t(); ++y)
        for (int x = 0; x < hapke->s(); ++x)
            changed += std::abs(hapke->data(x, y)[1] - lambert->data(x, y)[1]);
    changed /= hapke->s() * hapke->t();
    CAPTURE(hapke_mean, lambert_mean, changed);
    CHECK(hapke_mean / lambert_mean == Approx(1.0).margin(0.08)); // kHapkeSceneGain's purpose
    CHECK(changed > 1.0); // the model switch reaches the terrain shader
}
