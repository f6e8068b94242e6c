#include "core/LabelDeclutter.h"

#include <algorithm>
#include <numeric>

namespace lunar {

ScreenLabel labelAboveBox(const ScreenBox& box, double width_px, double height_px, double gap_px)
{
    ScreenLabel l;
    l.x_px = 0.5 * (box.x_min_px + box.x_max_px);
    l.y_px = box.y_max_px + gap_px;
    l.width_px = width_px;
    l.height_px = height_px;
    return l;
}

bool labelCoversBox(const ScreenLabel& l, const ScreenBox& box)
{
    const double x0 = l.x_px - 0.5 * l.width_px, x1 = l.x_px + 0.5 * l.width_px;
    const double y0 = l.y_px, y1 = l.y_px + l.height_px;
    return x0 < box.x_max_px && x1 > box.x_min_px && y0 < box.y_max_px && y1 > box.y_min_px;
}

std::vector<bool> declutterLabels(const std::vector<ScreenLabel>& labels, double margin_px)
{
    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return labels[a].distance_m < labels[b].distance_m;
    });
    std::vector<bool> visible(labels.size(), false);
    std::vector<std::size_t> kept;
    for (std::size_t i : order) {
        const ScreenLabel& l = labels[i];
        if (!l.on_screen)
            continue;
        bool overlaps = false;
        for (std::size_t k : kept) {
            const ScreenLabel& o = labels[k];
            const bool apart_x = std::abs(l.x_px - o.x_px) * 2.0 >=
                                 l.width_px + o.width_px + 2.0 * margin_px;
            const bool apart_y = (l.y_px + l.height_px + margin_px <= o.y_px) ||
                                 (o.y_px + o.height_px + margin_px <= l.y_px);
            if (!apart_x && !apart_y) {
                overlaps = true;
                break;
            }
        }
        if (!overlaps) {
            visible[i] = true;
            kept.push_back(i);
        }
    }
    return visible;
}

} // namespace lunar
