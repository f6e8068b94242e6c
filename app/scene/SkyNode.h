#pragma once
// The lunar sky: catalogue stars, the Sun's disc and the Earth's globe, all at infinity and
// all placed each frame from the scene's date (the uniforms SceneLight sets). Stars come
// from the Yale Bright Star Catalogue of Debian's xplanet package and the Earth's picture
// from xplanet-images; when they are not installed the sky says so once and does without
// (no stars; a plain globe), it never makes stars up.
#include <osg/Node>

#include <string>

namespace lunar::scene {

// The sky's node mask: drawn, never picked (ui/FacilityPicker) and never metered
// (export/ExposureMeter).
constexpr unsigned kSkyNodeMask = 0x20;

struct SkyOptions {
    std::string star_catalogue = "/usr/share/xplanet/stars/BSC";
    std::string earth_image = "/usr/share/xplanet/images/earth.jpg";
    float star_brightness = 0.9f; // display brightness of a magnitude-0 star
    // The Earth is exposed at this share of the scene's exposure (2.5 at the old fixed 9:
    // the bright Earth keeps its clouds and continents in a picture of grazing-lit ground),
    // and no more than the maximum, so a camera exposing for earthshine does not bleach it.
    float earth_exposure_share = 2.5f / 9.0f;
    float earth_exposure_max = 10.0f;
};

osg::ref_ptr<osg::Node> buildSkyNode(const SkyOptions& options = {});

// Number of stars drawn by a sky node built by buildSkyNode (0 without a catalogue).
unsigned skyStarCount(const osg::Node& sky);

} // namespace lunar::scene
