#pragma once
// Showing and hiding a node that its own update callback decides about (by arrival date,
// by descent time): the children are masked, never the node itself. A node masked out is no
// longer visited by the update traversal, so its callback could never show it again when
// the clock is scrubbed forward.
#include <osg/Group>

namespace lunar::scene {

inline void showChildren(osg::Group& group, bool shown)
{
    for (unsigned i = 0; i < group.getNumChildren(); ++i)
        group.getChild(i)->setNodeMask(shown ? ~0u : 0u);
}

} // namespace lunar::scene
