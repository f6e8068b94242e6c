#include "scene/Film.h"

#include "scene/CameraPose.h"

namespace lunar::scene {

Film filmFor(const CameraPathSpec& spec, const TerrainStack& terrain, const EnuFrame& frame,
             double vertical_exaggeration)
{
    std::vector<CameraKey> keys;
    for (const CameraPathKeySpec& k : spec.keys) {
        CameraKey key;
        key.video_s = k.video_s;
        key.pose = poseFromBookmark(k.view, terrain, frame, vertical_exaggeration);
        key.tension = k.tension;
        key.continuity = k.continuity;
        key.bias = k.bias;
        key.ease = k.ease;
        keys.push_back(key);
    }
    return Film{spec.title, CameraPath(spec.name, std::move(keys), frame.toEnu({0.0, 0.0, 0.0})),
                VideoTimeMap(spec.name, spec.time)};
}

} // namespace lunar::scene
