#include "mission/PathRecorder.h"

#include "core/LunarError.h"

#include <algorithm>
#include <cmath>

namespace lunar {

namespace {
// Key and stop times are compared after edits that copy them: within a microsecond is "at".
bool sameTime(double a_s, double b_s) { return std::abs(a_s - b_s) < 1e-6; }
} // namespace

PathRecorder::PathRecorder(std::string name)
{
    spec_.name = std::move(name);
}

void PathRecorder::edit(const CameraPathSpec& spec)
{
    spec_ = spec;
    dirty_ = false;
}

void PathRecorder::startNew(const std::string& name)
{
    spec_ = CameraPathSpec{};
    spec_.name = name;
    dirty_ = false;
}

void PathRecorder::setName(const std::string& name)
{
    if (name != spec_.name) {
        spec_.name = name;
        dirty_ = true;
    }
}

void PathRecorder::setTitle(const std::string& title)
{
    if (title != spec_.title) {
        spec_.title = title;
        dirty_ = true;
    }
}

void PathRecorder::checkIndex(std::size_t i) const
{
    if (i >= spec_.keys.size())
        throw LunarError(spec_.name, "there is no key " + std::to_string(i) + " (the path has " +
                                         std::to_string(spec_.keys.size()) + ")");
}

TimeStop* PathRecorder::stopAt(double video_s)
{
    for (TimeStop& stop : spec_.time)
        if (sameTime(stop.video_s, video_s))
            return &stop;
    return nullptr;
}

void PathRecorder::setDateAt(double video_s, const UtcTime& date_exact)
{
    // The file keeps whole seconds: the preview shows what will be filmed from it.
    const UtcTime date = UtcTime::parseIso(date_exact.toIso());
    if (TimeStop* stop = stopAt(video_s)) {
        stop->utc = date;
        return;
    }
    const TimeStop stop{video_s, date, TimeSteps::continuous, std::nullopt};
    const auto after = std::find_if(spec_.time.begin(), spec_.time.end(),
                                    [&](const TimeStop& s) { return s.video_s > video_s; });
    spec_.time.insert(after, stop);
}

std::size_t PathRecorder::addKey(const CameraBookmark& view, const std::optional<UtcTime>& date)
{
    CameraPathKeySpec key;
    key.video_s = spec_.keys.empty() ? 0.0 : spec_.keys.back().video_s + kDefaultGap_s;
    // A stop of the file's beyond the last key (the film's time running on) must not be
    // overtaken: the new key goes after it.
    if (!spec_.time.empty() && !spec_.keys.empty() && spec_.time.back().video_s >= key.video_s)
        key.video_s = spec_.time.back().video_s + kDefaultGap_s;
    key.view = view;
    spec_.keys.push_back(key);
    if (date)
        setDateAt(key.video_s, *date);
    dirty_ = true;
    return spec_.keys.size() - 1;
}

void PathRecorder::replaceKey(std::size_t i, const CameraBookmark& view,
                              const std::optional<UtcTime>& date)
{
    checkIndex(i);
    CameraPathKeySpec& key = spec_.keys[i];
    key.view = view;
    key.follow.clear();
    key.eye_offset_m = {};
    key.target_offset_m = {};
    if (date)
        setDateAt(key.video_s, *date);
    dirty_ = true;
}

void PathRecorder::removeKey(std::size_t i)
{
    checkIndex(i);
    const double t = spec_.keys[i].video_s;
    spec_.keys.erase(spec_.keys.begin() + static_cast<std::ptrdiff_t>(i));
    if (spec_.time.size() > 1)
        spec_.time.erase(std::remove_if(spec_.time.begin(), spec_.time.end(),
                                        [&](const TimeStop& s) { return sameTime(s.video_s, t); }),
                         spec_.time.end());
    // The film starts with its first key.
    if (!spec_.keys.empty() && spec_.keys.front().video_s > 0.0) {
        const double shift = spec_.keys.front().video_s;
        for (CameraPathKeySpec& k : spec_.keys)
            k.video_s -= shift;
        for (TimeStop& s : spec_.time)
            s.video_s = std::max(0.0, s.video_s - shift);
        // Stops squeezed onto 0 s: the one nearest the start of the film wins.
        for (std::size_t s = 1; s < spec_.time.size();)
            if (sameTime(spec_.time[s].video_s, spec_.time[s - 1].video_s))
                spec_.time.erase(spec_.time.begin() + static_cast<std::ptrdiff_t>(s - 1));
            else
                ++s;
    }
    dirty_ = true;
}

double PathRecorder::setKeyTime(std::size_t i, double video_s)
{
    checkIndex(i);
    const double old_s = spec_.keys[i].video_s;
    double lo = 0.0, hi = 1.0e9;
    if (i == 0) {
        lo = hi = 0.0;
    }
    else {
        lo = spec_.keys[i - 1].video_s + kMinGap_s;
        if (i + 1 < spec_.keys.size())
            hi = spec_.keys[i + 1].video_s - kMinGap_s;
    }
    // The stop that moves with the key must not pass the stops beside it either.
    TimeStop* own = stopAt(old_s);
    if (own) {
        for (const TimeStop& s : spec_.time) {
            if (&s == own)
                continue;
            if (s.video_s < old_s)
                lo = std::max(lo, s.video_s + kMinGap_s);
            else
                hi = std::min(hi, s.video_s - kMinGap_s);
        }
    }
    double t = std::clamp(video_s, lo, std::max(lo, hi));
    // A key carries the stop at its time, so one without a stop of its own must not land
    // on another's (it would take it over): it stops just short of it.
    if (!own)
        for (const TimeStop& stop : spec_.time)
            if (std::abs(t - stop.video_s) < 0.5 * kMinGap_s)
                t = stop.video_s + (old_s < stop.video_s ? -0.5 : 0.5) * kMinGap_s;
    if (sameTime(t, old_s))
        return old_s;
    spec_.keys[i].video_s = t;
    if (own)
        own->video_s = t;
    dirty_ = true;
    return t;
}

void PathRecorder::setKeyEase(std::size_t i, double ease)
{
    checkIndex(i);
    spec_.keys[i].ease = std::clamp(ease, 0.0, 1.0);
    dirty_ = true;
}

std::optional<UtcTime> PathRecorder::dateAtKey(std::size_t i) const
{
    checkIndex(i);
    for (const TimeStop& stop : spec_.time)
        if (sameTime(stop.video_s, spec_.keys[i].video_s))
            return stop.utc;
    return std::nullopt;
}

std::optional<std::string> PathRecorder::problem() const
{
    if (spec_.name.empty())
        return "the path needs a name";
    if (spec_.keys.size() < 2)
        return "add " + std::string(spec_.keys.empty() ? "two keys" : "one more key") +
               " to make a path";
    if (spec_.time.empty())
        return "add a key with its date: the film needs a date";
    return std::nullopt;
}

} // namespace lunar
