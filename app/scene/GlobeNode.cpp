#include "scene/GlobeNode.h"

#include "core/Angles.h"
#include "core/LabelDeclutter.h"
#include "core/Log.h"
#include "core/MoonBody.h"
#include "core/SelenographicFrame.h"
#include "scene/FacilityLabels.h"
#include "scene/ScreenText.h"
#include "scene/ShaderLibrary.h"
#include "scene/ShowChildren.h"
#include "terrain/GlobeRelief.h"

#include <osg/CullFace>
#include <osg/Depth>
#include <osg/Geode>
#include <osg/Geometry>
#include <osg/MatrixTransform>
#include <osg/ShapeDrawable>
#include <osg/Texture2D>
#include <osgDB/ReadFile>
#include <osgText/Text>
#include <osgUtil/CullVisitor>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace lunar::scene {

namespace {

constexpr float kSiteLabel_px = 14.0f; // at 1080 rows (see ScreenText)

// Culls its subtree while the eye is near the base (where the DEM is drawn). The eye is in
// the node's own coordinates: `base_local` is where the base origin is in them (under the
// globe's transform to the Moon's centre it is not the origin).
class ShowFromAfar : public osg::NodeCallback {
public:
    explicit ShowFromAfar(double beyond_m, osg::Vec3d base_local = {})
        : beyond_m_(beyond_m), base_local_(base_local)
    {
    }
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        if (auto* cv = dynamic_cast<osgUtil::CullVisitor*>(nv))
            if ((cv->getEyePoint() - base_local_).length() < beyond_m_)
                return;
        traverse(node, nv);
    }

private:
    double beyond_m_;
    osg::Vec3d base_local_;
};

// Near the base the globe is far larger than anything else: counted in the automatic near
// and far planes, it would push the near plane kilometres out and clip the landers next to
// the camera. So there it does not count, draws without near/far clipping (depth clamp),
// and at a fixed depth just in front of the cleared far value, after the terrain: it shows
// only where nothing else is drawn, and the sky (drawn at the far value) does not show over
// it. From afar (where relays and markers pass behind the Moon) it has its true depth.
class DrawnBehindEverything : public osg::NodeCallback {
public:
    DrawnBehindEverything(double within_m, osg::Vec3d base_local)
        : within_m_(within_m), base_local_(base_local)
    {
    }
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        auto* cv = dynamic_cast<osgUtil::CullVisitor*>(nv);
        if (!cv) {
            traverse(node, nv);
            return;
        }
        if ((cv->getEyePoint() - base_local_).length() >= within_m_)
            return; // from afar the globe is drawn with its true depth (its other child)
        const osg::CullSettings::ComputeNearFarMode mode = cv->getComputeNearFarMode();
        cv->setComputeNearFarMode(osg::CullSettings::DO_NOT_COMPUTE_NEAR_FAR);
        traverse(node, nv);
        cv->setComputeNearFarMode(mode);
    }

private:
    double within_m_;
    osg::Vec3d base_local_;
};

// Draws a site's label only when its site faces the eye (over the Moon's limb it is hidden),
// so labels need no depth test against the globe and never bleed through it.
class FacingTheEye : public osg::NodeCallback {
public:
    FacingTheEye(osg::Vec3d site, osg::Vec3d outward) : site_(site), outward_(outward) {}
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        if (auto* cv = dynamic_cast<osgUtil::CullVisitor*>(nv)) {
            if ((cv->getEyePoint() - site_) * outward_ <= 0.0)
                return;
            if (auto* geode = node->asGeode())
                if (auto* text = dynamic_cast<osgText::Text*>(geode->getDrawable(0)))
                    fitScreenText(*text, kSiteLabel_px, screenTextScale(*cv));
        }
        traverse(node, nv);
    }

private:
    osg::Vec3d site_, outward_;
};

// Thins the site labels so none covers another on this camera's screen (nearest kept):
// from orbit, sites tens of kilometres apart (Chang'e-7 and the base) print over each
// other. Labels over the limb do not count (their own callback hides them).
class DeclutterSites : public osg::NodeCallback {
public:
    explicit DeclutterSites(osg::Vec3d moon_centre) : moon_centre_(moon_centre) {}
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        auto* cv = dynamic_cast<osgUtil::CullVisitor*>(nv);
        osg::Group* group = node->asGroup();
        if (!cv || !group || !cv->getCurrentCamera()->getViewport()) {
            traverse(node, nv);
            return;
        }
        const osg::Matrixd mvpw = *cv->getModelViewMatrix() * *cv->getProjectionMatrix() *
                                  cv->getCurrentCamera()->getViewport()->computeWindowMatrix();
        const osg::Vec3d eye = cv->getEyePoint();
        const double size_px = kSiteLabel_px * screenTextScale(*cv);
        std::vector<ScreenLabel> screen(group->getNumChildren());
        for (unsigned i = 0; i < group->getNumChildren(); ++i) {
            osg::Geode* geode = group->getChild(i)->asGeode();
            auto* text = geode ? dynamic_cast<osgText::Text*>(geode->getDrawable(0)) : nullptr;
            ScreenLabel& l = screen[i];
            l.on_screen = false;
            if (!text)
                continue;
            const osg::Vec3d anchor = text->getPosition();
            const osg::Vec4d clip = osg::Vec4d(anchor, 1.0) * *cv->getModelViewMatrix() *
                                    *cv->getProjectionMatrix();
            const osg::Vec3d window = anchor * mvpw;
            // Left-aligned, vertically centred on the anchor.
            l.width_px = 0.5 * size_px * static_cast<double>(text->getText().size());
            l.height_px = size_px;
            l.x_px = window.x() + 0.5 * l.width_px;
            l.y_px = window.y() - 0.5 * l.height_px;
            l.distance_m = (anchor - eye).length();
            l.on_screen = clip.w() > 0.0 && (eye - anchor) * (anchor - moon_centre_) > 0.0;
        }
        const std::vector<bool> visible = declutterLabels(screen);
        std::vector<unsigned> masks(group->getNumChildren());
        for (unsigned i = 0; i < group->getNumChildren(); ++i) {
            masks[i] = group->getChild(i)->getNodeMask();
            if (screen[i].on_screen && !visible[i])
                group->getChild(i)->setNodeMask(0u);
        }
        traverse(node, nv);
        for (unsigned i = 0; i < group->getNumChildren(); ++i) // other cameras decide anew
            group->getChild(i)->setNodeMask(masks[i]);
    }

private:
    osg::Vec3d moon_centre_;
};

// A descending lander seen from afar: a glowing marker where its flight puts it, shown from
// the start of its powered descent until a day after it lands.
class FlyMarker : public osg::NodeCallback {
public:
    FlyMarker(LanderFlight flight, const EnuFrame& frame, TimeSource now)
        : flight_(std::move(flight)), frame_(frame), now_(std::move(now))
    {
    }
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        const UtcTime now = now_();
        const LanderPose pose = landerPoseAt(flight_, frame_, now);
        const double after_s =
            now.secondsSince(flight_.start) - flight_.trajectory->duration_s();
        const bool shown = pose.visible && after_s < 86400.0;
        auto* t = static_cast<osg::MatrixTransform*>(node);
        showChildren(*t, shown);
        if (shown)
            t->setMatrix(osg::Matrixd::translate(pose.position_enu.x, pose.position_enu.y,
                                                 pose.position_enu.z));
        traverse(node, nv);
    }

private:
    LanderFlight flight_;
    const EnuFrame& frame_;
    TimeSource now_;
};

// A relay satellite and its orbit, moved to the scenario time each frame.
class FlyRelay : public osg::NodeCallback {
public:
    FlyRelay(RelayOrbit orbit, const EnuFrame& frame, TimeSource now, osg::MatrixTransform* sat,
             osg::Geometry* ellipse)
        : orbit_(std::move(orbit)), frame_(frame), now_(std::move(now)), sat_(sat),
          ellipse_(ellipse)
    {
    }
    void operator()(osg::Node* node, osg::NodeVisitor* nv) override
    {
        const UtcTime now = now_();
        const Vec3d p = frame_.toEnu(orbit_.positionMoonFixed(now));
        sat_->setMatrix(osg::Matrixd::translate(p.x, p.y, p.z));
        auto* points = static_cast<osg::Vec3Array*>(ellipse_->getVertexArray());
        const std::vector<Vec3d> ring = orbit_.ellipseMoonFixed(now, static_cast<int>(points->size()));
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const Vec3d q = frame_.toEnu(ring[i]);
            (*points)[i] = osg::Vec3(static_cast<float>(q.x), static_cast<float>(q.y),
                                     static_cast<float>(q.z));
        }
        points->dirty();
        ellipse_->dirtyBound();
        traverse(node, nv);
    }

private:
    RelayOrbit orbit_;
    const EnuFrame& frame_;
    TimeSource now_;
    osg::ref_ptr<osg::MatrixTransform> sat_;
    osg::ref_ptr<osg::Geometry> ellipse_;
};

// A UV sphere in Moon-fixed axes turned into the base ENU frame: vertices relative to the
// Moon's centre, normals in ENU, texture coordinates from longitude/latitude.
osg::ref_ptr<osg::Geometry> sphere(const EnuFrame& frame, double radius_m)
{
    constexpr int kLon = 256, kLat = 128;
    osg::ref_ptr<osg::Vec3Array> vertices = new osg::Vec3Array;
    osg::ref_ptr<osg::Vec3Array> normals = new osg::Vec3Array;
    osg::ref_ptr<osg::Vec2Array> uvs = new osg::Vec2Array;
    for (int j = 0; j <= kLat; ++j)
        for (int i = 0; i <= kLon; ++i) {
            const double lat = -kPi / 2 + kPi * j / kLat, lon = -kPi + kTwoPi * i / kLon;
            const Vec3d n = frame.directionToEnu(
                moonFixedFromSelenographic({lat, lon, 0.0}).normalized());
            vertices->push_back(osg::Vec3(static_cast<float>(n.x * radius_m),
                                          static_cast<float>(n.y * radius_m),
                                          static_cast<float>(n.z * radius_m)));
            normals->push_back(osg::Vec3(static_cast<float>(n.x), static_cast<float>(n.y),
                                         static_cast<float>(n.z)));
            uvs->push_back(osg::Vec2(static_cast<float>(i) / kLon, static_cast<float>(j) / kLat));
        }
    osg::ref_ptr<osg::DrawElementsUInt> triangles = new osg::DrawElementsUInt(GL_TRIANGLES);
    for (int j = 0; j < kLat; ++j)
        for (int i = 0; i < kLon; ++i) {
            const unsigned a = static_cast<unsigned>(j * (kLon + 1) + i), b = a + 1,
                           c = a + kLon + 1, d = c + 1;
            for (unsigned v : {a, b, c, b, d, c})
                triangles->push_back(v);
        }
    osg::ref_ptr<osg::Geometry> g = new osg::Geometry;
    g->setUseDisplayList(false);
    g->setUseVertexBufferObjects(true);
    g->setVertexArray(vertices);
    g->setNormalArray(normals, osg::Array::BIND_PER_VERTEX);
    g->setTexCoordArray(0, uvs);
    g->addPrimitiveSet(triangles);
    return g;
}

osg::ref_ptr<osg::Node> siteMarker(const std::string& id, const std::string& name,
                                   const std::string& outcome, const LatLon& site,
                                   const EnuFrame& frame)
{
    const Vec3d p = frame.toEnu(moonFixedFromSelenographic({site.lat_rad, site.lon_rad, 2000.0}));
    const Vec3d out = frame.directionToEnu(moonFixedFromSelenographic({site.lat_rad, site.lon_rad, 0.0}).normalized());
    const osg::Vec4 colour = outcome == "landed"    ? osg::Vec4(0.35f, 0.85f, 1.0f, 1.0f)
                             : outcome == "crashed" ? osg::Vec4(1.0f, 0.35f, 0.25f, 1.0f)
                                                    : osg::Vec4(1.0f, 0.75f, 0.35f, 1.0f);
    osg::ref_ptr<osgText::Text> text = new osgText::Text;
    text->setText("+ " + name);
    text->setCharacterSizeMode(osgText::Text::SCREEN_COORDS);
    text->setCharacterSize(kSiteLabel_px);
    text->setAxisAlignment(osgText::Text::SCREEN);
    text->setAlignment(osgText::Text::LEFT_CENTER);
    text->setPosition(osg::Vec3(static_cast<float>(p.x), static_cast<float>(p.y),
                                static_cast<float>(p.z)));
    text->setColor(colour);
    text->setBackdropType(osgText::Text::OUTLINE);
    text->setBackdropColor(osg::Vec4(0, 0, 0, 0.85f));
    osg::ref_ptr<osg::Geode> geode = new osg::Geode;
    geode->setName(id + " site");
    geode->addDrawable(text);
    geode->setCullingActive(false); // screen-size text: its bounds would be culled as tiny
    geode->setCullCallback(new FacingTheEye(osg::Vec3d(p.x, p.y, p.z), osg::Vec3d(out.x, out.y, out.z)));
    return geode;
}

// The relief's normals as an RGB texture (each component mapped from -1..1 to 0..255).
osg::ref_ptr<osg::Texture2D> reliefTexture(const GlobeRelief& relief)
{
    osg::ref_ptr<osg::Image> image = new osg::Image;
    image->allocateImage(relief.width, relief.height, 1, GL_RGB, GL_UNSIGNED_BYTE);
    unsigned char* out = image->data();
    for (std::size_t k = 0; k < relief.normals_enu.size(); ++k)
        out[k] = static_cast<unsigned char>(std::lround((relief.normals_enu[k] * 0.5f + 0.5f) * 255.0f));
    osg::ref_ptr<osg::Texture2D> texture = new osg::Texture2D(image);
    texture->setFilter(osg::Texture::MIN_FILTER, osg::Texture::LINEAR_MIPMAP_LINEAR);
    texture->setFilter(osg::Texture::MAG_FILTER, osg::Texture::LINEAR);
    texture->setWrap(osg::Texture::WRAP_S, osg::Texture::REPEAT);
    texture->setWrap(osg::Texture::WRAP_T, osg::Texture::CLAMP_TO_EDGE);
    return texture;
}

// Cosines of the angles from the base within which the globe takes the terrain's plain
// albedo (the DEM's inscribed circle) and beyond which the map's (past its corners): where
// the terrain fades into the globe the two then have the same brightness.
osg::Vec2 demCapCosines(const TerrainGrid* dem, const EnuFrame& frame)
{
    if (!dem)
        return {2.0f, 2.0f}; // no DEM: the map everywhere
    const Vec3d base = moonFixedFromSelenographic({frame.origin().lat_rad, frame.origin().lon_rad, 0.0}).normalized();
    const auto angle = [&](double col, double row) {
        const LatLonHeight p = dem->positionAt(col, row);
        const Vec3d d = moonFixedFromSelenographic({p.lat_rad, p.lon_rad, 0.0}).normalized();
        return std::acos(std::clamp(dot(d, base), -1.0, 1.0));
    };
    const double w = dem->heights().width() - 1.0, h = dem->heights().height() - 1.0;
    const double inner = std::min({angle(0.5 * w, 0.0), angle(0.5 * w, h), angle(0.0, 0.5 * h),
                                   angle(w, 0.5 * h)});
    const double outer = std::min(1.3 * std::max({angle(0, 0), angle(w, 0), angle(0, h), angle(w, h)}), kPi);
    return {static_cast<float>(std::cos(inner)), static_cast<float>(std::cos(std::max(outer, inner + 1e-4)))};
}

} // namespace

std::string albedoMapInUse(const std::string& configured)
{
    std::string path = configured;
    if (const char* chosen = std::getenv("LUNARVIZ_MOON_ALBEDO_MAP"))
        path = std::string(chosen) == "none" ? "" : chosen;
    return !path.empty() && std::filesystem::exists(path) ? path : "";
}

osg::ref_ptr<osg::Node> buildGlobeNode(const Scenario& scenario, const EnuFrame& frame,
                                       const std::vector<LanderFlight>& flights, TimeSource now,
                                       const GlobeOptions& options)
{
    const double radius_m = moon::kRadius_m - options.below_terrain_m;
    osg::ref_ptr<osg::MatrixTransform> globe =
        new osg::MatrixTransform(osg::Matrixd::translate(
            [&] { const Vec3d c = frame.toEnu({0, 0, 0}); return osg::Vec3d(c.x, c.y, c.z); }()));
    globe->setName("globe");
    // Two ways to draw the same surface; each child's callback culls it where it is not the one.
    osg::ref_ptr<osg::Group> behind_everything = new osg::Group;
    behind_everything->setName("globe behind everything (near the base)");
    // Under the transform the base origin sits at minus the Moon's centre.
    const osg::Vec3d base_local = -globe->getMatrix().getTrans();
    behind_everything->setCullCallback(new DrawnBehindEverything(options.shown_beyond_m, base_local));
    osg::ref_ptr<osg::Group> true_depth = new osg::Group;
    true_depth->setName("globe with its depth (from afar)");
    true_depth->setCullCallback(new ShowFromAfar(options.shown_beyond_m, base_local));
    {
        // In front of the stars (pinned at depth 1 - 5e-7: shaders/stars.vert) and the Sun
        // and Earth (1 - 1e-6: skybody.vert), distinct at 24 bits; behind terrain up to
        // 500 000 times the near plane's distance.
        constexpr double kGlobeDepth = 1.0 - 2e-6;
        osg::StateSet* behind = behind_everything->getOrCreateStateSet();
        behind->setAttributeAndModes(new osg::Depth(osg::Depth::LESS, kGlobeDepth, kGlobeDepth, true));
        behind->setMode(GL_DEPTH_CLAMP, osg::StateAttribute::ON);
        // All at one depth, the first fragment wins: the far side must not be drawn at all.
        behind->setAttributeAndModes(new osg::CullFace(osg::CullFace::BACK));
        behind->setRenderBinDetails(5, "RenderBin"); // after the terrain (bin 0), before the sky
    }
    osg::ref_ptr<osg::Geode> surface = new osg::Geode;
    surface->addDrawable(sphere(frame, radius_m));
    osg::StateSet* state = surface->getOrCreateStateSet();
    state->setAttributeAndModes(loadProgram("globe"));
    state->addUniform(new osg::Uniform("moonMap", 0));
    state->addUniform(new osg::Uniform("reliefMap", 1));
    state->addUniform(new osg::Uniform("globeGain", 0.45f));
    // Where no albedo map is, and around the DEM: the Moon's mean normal albedo, the
    // terrain's (scene/SceneBuilder LightSettings::albedo).
    state->addUniform(new osg::Uniform("plainAlbedo", 0.12f));
    state->addUniform(new osg::Uniform("demCapCos", demCapCosines(options.relief, frame)));
    {
        const Vec3d pole = frame.directionToEnu({0.0, 0.0, 1.0});
        state->addUniform(new osg::Uniform("moonPoleEnu", osg::Vec3(static_cast<float>(pole.x),
                                                                    static_cast<float>(pole.y),
                                                                    static_cast<float>(pole.z))));
    }
    // A sampler with no texture bound reads black: each map is sampled only when it is there.
    bool has_albedo = false, has_relief = false;
    if (const std::string path = albedoMapInUse(options.albedo_map); !path.empty()) {
        if (osg::ref_ptr<osg::Image> image = osgDB::readImageFile(path)) {
            osg::ref_ptr<osg::Texture2D> map = new osg::Texture2D(image);
            map->setFilter(osg::Texture::MIN_FILTER, osg::Texture::LINEAR_MIPMAP_LINEAR);
            map->setFilter(osg::Texture::MAG_FILTER, osg::Texture::LINEAR);
            map->setWrap(osg::Texture::WRAP_S, osg::Texture::REPEAT);
            map->setUnRefImageDataAfterApply(false);
            state->setTextureAttribute(0, map);
            has_albedo = true;
        }
        else
            log::warning(path, "not an image OSG can read: the globe is drawn plain grey");
    }
    else {
        log::note("no lunar albedo map (" + options.albedo_map +
                  "; Debian's stellarium-data, optional): the globe is drawn plain grey");
    }
    if (options.relief)
        if (const std::optional<GlobeRelief> relief = globeReliefFrom(*options.relief)) {
            state->setTextureAttribute(1, reliefTexture(*relief));
            has_relief = true;
        }
    state->addUniform(new osg::Uniform("hasAlbedoMap", has_albedo));
    state->addUniform(new osg::Uniform("hasReliefMap", has_relief));
    behind_everything->addChild(surface);
    true_depth->addChild(surface);
    globe->addChild(behind_everything);
    globe->addChild(true_depth);
    // Mission sites, in the base ENU frame (outside the centred transform).
    osg::ref_ptr<osg::Group> root = new osg::Group;
    root->setName("globe and mission sites");
    root->addChild(globe); // always: beyond the DEM's edge the view shows the globe
    // Sites, markers and relays only from afar: near the base they would clutter the view.
    osg::ref_ptr<osg::Group> from_afar = new osg::Group;
    from_afar->setCullCallback(new ShowFromAfar(options.shown_beyond_m));
    root->addChild(from_afar);
    osg::ref_ptr<osg::Group> sites = new osg::Group;
    sites->setNodeMask(kLabelNodeMask);
    osg::StateSet* site_state = sites->getOrCreateStateSet();
    site_state->setAttributeAndModes(new osg::Program);
    site_state->setRenderBinDetails(21, "RenderBin");
    site_state->setMode(GL_DEPTH_TEST, osg::StateAttribute::OFF);
    {
        const Vec3d c = frame.toEnu({0, 0, 0});
        sites->setCullCallback(new DeclutterSites(osg::Vec3d(c.x, c.y, c.z)));
    }
    // Missions elsewhere at their sites; those landing at the base share one label there.
    std::size_t at_base = 0;
    for (const Mission& m : scenario.missions) {
        if (m.at_base) {
            ++at_base;
            continue;
        }
        sites->addChild(siteMarker(m.id, m.name, m.outcome,
                                   {degToRad(m.site_lat_deg), degToRad(m.site_lon_deg)}, frame));
    }
    if (at_base > 0)
        sites->addChild(siteMarker("base", scenario.name + ": " + std::to_string(at_base) +
                                               " missions", "planned",
                                   {frame.origin().lat_rad, frame.origin().lon_rad}, frame));
    from_afar->addChild(sites);
    osg::ref_ptr<osg::Group> markers = new osg::Group;
    markers->setName("descending landers");
    markers->getOrCreateStateSet()->setAttributeAndModes(loadProgram("emissive"));
    markers->getOrCreateStateSet()->addUniform(
        new osg::Uniform("emissiveColour", osg::Vec4(1.0f, 0.9f, 0.6f, 1.0f)));
    markers->getOrCreateStateSet()->addUniform(new osg::Uniform("emissiveIntensity", 1.0f));
    for (const LanderFlight& flight : flights) {
        osg::ref_ptr<osg::MatrixTransform> marker = new osg::MatrixTransform;
        marker->setName(flight.mission_id + " lander");
        marker->setCullingActive(false);
        osg::ref_ptr<osg::Geode> dot = new osg::Geode;
        dot->addDrawable(new osg::ShapeDrawable(new osg::Sphere(osg::Vec3(), 12000.0f)));
        marker->addChild(dot);
        marker->setUpdateCallback(new FlyMarker(flight, frame, now));
        markers->addChild(marker);
    }
    from_afar->addChild(markers);

    osg::ref_ptr<osg::Group> relays = new osg::Group;
    relays->setName("relay satellites");
    osg::StateSet* relay_state = relays->getOrCreateStateSet();
    relay_state->setAttributeAndModes(loadProgram("emissive"));
    relay_state->addUniform(new osg::Uniform("emissiveColour", osg::Vec4(0.5f, 1.0f, 0.6f, 1.0f)));
    relay_state->addUniform(new osg::Uniform("emissiveIntensity", 0.8f));
    for (const RelayOrbit& orbit : scenario.relays) {
        osg::ref_ptr<osg::Group> relay = new osg::Group;
        relay->setName(orbit.id);
        osg::ref_ptr<osg::MatrixTransform> sat = new osg::MatrixTransform;
        sat->setName(orbit.id + " satellite");
        osg::ref_ptr<osg::Geode> body = new osg::Geode;
        body->addDrawable(new osg::ShapeDrawable(new osg::Sphere(osg::Vec3(), 40000.0f)));
        osg::ref_ptr<osgText::Text> label = new osgText::Text;
        label->setText("  " + orbit.name);
        label->setCharacterSizeMode(osgText::Text::SCREEN_COORDS);
        label->setCharacterSize(14.0f);
        label->setAxisAlignment(osgText::Text::SCREEN);
        label->setAlignment(osgText::Text::LEFT_CENTER);
        label->setColor(osg::Vec4(0.6f, 1.0f, 0.7f, 1.0f));
        osg::ref_ptr<osg::Geode> label_geode = new osg::Geode;
        label_geode->addDrawable(label);
        label_geode->getOrCreateStateSet()->setAttributeAndModes(new osg::Program);
        label_geode->setCullingActive(false);
        sat->addChild(body);
        sat->addChild(label_geode);
        sat->setCullingActive(false);
        osg::ref_ptr<osg::Geometry> ellipse = new osg::Geometry;
        ellipse->setUseDisplayList(false);
        ellipse->setUseVertexBufferObjects(true);
        ellipse->setDataVariance(osg::Object::DYNAMIC);
        ellipse->setVertexArray(new osg::Vec3Array(360));
        ellipse->addPrimitiveSet(new osg::DrawArrays(GL_LINE_LOOP, 0, 360));
        osg::ref_ptr<osg::Geode> orbit_geode = new osg::Geode;
        orbit_geode->addDrawable(ellipse);
        orbit_geode->setCullingActive(false);
        relay->addChild(orbit_geode);
        relay->addChild(sat);
        relay->setUpdateCallback(new FlyRelay(orbit, frame, now, sat.get(), ellipse.get()));
        relays->addChild(relay);
    }
    from_afar->addChild(relays);
    return root;
}

} // namespace lunar::scene
