#pragma once
// Labels of a fixed size on screen, grown for tall viewports: a size given for 1080 rows is
// kept up to 1080 rows and scaled with the height beyond (a 4K film's labels are twice as
// large in pixels, so they read the same as in a 1080p one).
#include <osgText/Text>
#include <osgUtil/CullVisitor>

namespace lunar::scene {

// The factor for the viewport being culled (1 up to 1080 rows).
float screenTextScale(osgUtil::CullVisitor& cv);

// Sets the text's size for this viewport when it differs (views are single-threaded, so
// the change cannot race a draw).
void fitScreenText(osgText::Text& text, float size_px_at_1080, float scale);

} // namespace lunar::scene
