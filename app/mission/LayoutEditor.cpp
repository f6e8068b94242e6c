#include "mission/LayoutEditor.h"

#include "core/Angles.h"
#include "core/EnuFrame.h"

#include <algorithm>

namespace lunar {

namespace {
constexpr std::size_t kUndoDepth = 200; // "the last edits": plenty, and bounded
}

LayoutEditor::LayoutEditor(Scenario& scenario) : scenario_(scenario) {}

Facility* LayoutEditor::find(const std::string& id)
{
    for (Facility& f : scenario_.facilities)
        if (f.id == id)
            return &f;
    return nullptr;
}

bool LayoutEditor::select(const std::string& id)
{
    if (!find(id))
        return false;
    selected_ = id;
    return true;
}

const Facility* LayoutEditor::selected() const
{
    if (!selected_)
        return nullptr;
    for (const Facility& f : scenario_.facilities)
        if (f.id == *selected_)
            return &f;
    return nullptr;
}

void LayoutEditor::remember(const Facility& f)
{
    history_.push_back({f.id, f.lat_deg, f.lon_deg, f.heading_deg});
    if (history_.size() > kUndoDepth)
        history_.erase(history_.begin());
    last_changed_ = f.id;
    dirty_ = true;
}

void LayoutEditor::moveBy(double east_m, double north_m)
{
    Facility* f = selected_ ? find(*selected_) : nullptr;
    if (!f || (east_m == 0.0 && north_m == 0.0))
        return;
    remember(*f);
    const EnuFrame here({degToRad(f->lat_deg), degToRad(f->lon_deg), 0.0});
    const LatLonHeight moved = here.selenographicFromEnu({east_m, north_m, 0.0});
    f->lat_deg = radToDeg(moved.lat_rad);
    f->lon_deg = radToDeg(moved.lon_rad);
}

void LayoutEditor::setHeading(double heading_deg)
{
    Facility* f = selected_ ? find(*selected_) : nullptr;
    if (!f)
        return;
    const double wrapped = wrapDeg180(heading_deg);
    if (wrapped == f->heading_deg)
        return;
    remember(*f);
    f->heading_deg = wrapped;
}

void LayoutEditor::turnBy(double degrees)
{
    if (const Facility* f = selected())
        setHeading(f->heading_deg + degrees);
}

bool LayoutEditor::undo()
{
    if (history_.empty())
        return false;
    const Edit edit = history_.back();
    history_.pop_back();
    if (Facility* f = find(edit.id)) {
        f->lat_deg = edit.lat_deg;
        f->lon_deg = edit.lon_deg;
        f->heading_deg = edit.heading_deg;
        last_changed_ = edit.id;
    }
    dirty_ = true;
    return true;
}

std::vector<Neighbour> LayoutEditor::neighbours(const std::string& id, std::size_t count) const
{
    const Facility* self = nullptr;
    for (const Facility& f : scenario_.facilities)
        if (f.id == id)
            self = &f;
    std::vector<Neighbour> out;
    if (!self)
        return out;
    for (const Facility& f : scenario_.facilities)
        if (&f != self)
            out.push_back({f.id, facilityDistance_m(*self, f)});
    std::sort(out.begin(), out.end(),
              [](const Neighbour& a, const Neighbour& b) { return a.distance_m < b.distance_m; });
    if (out.size() > count)
        out.resize(count);
    return out;
}

} // namespace lunar
