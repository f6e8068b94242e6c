#pragma once
// Recording a film's camera path in the viewer: the user flies to a view, sets the date on
// the timeline and adds a key there; keys follow each other a few seconds apart and can be
// retimed, replaced with the current view or removed. Each key can carry the date shown
// when it was added: it becomes a time stop at the key's film time, so the film's date runs
// from key to key as it did while recording. Pure model code: the Film panel commands it,
// the view loop previews spec(), and io::saveScenario writes it into the scenario.
#include "core/UtcTime.h"
#include "mission/CameraPathSpec.h"

#include <optional>
#include <string>

namespace lunar {

class PathRecorder {
public:
    static constexpr double kDefaultGap_s = 4.0; // a new key comes this long after the last
    static constexpr double kMinGap_s = 0.1;     // keys and stops stay this far apart

    // A new, empty path of that name.
    explicit PathRecorder(std::string name = "my film");
    // Edits a copy of an existing path (its keys, following keys included, and time stops).
    void edit(const CameraPathSpec& spec);
    void startNew(const std::string& name);

    const CameraPathSpec& spec() const { return spec_; }
    void setName(const std::string& name);
    void setTitle(const std::string& title);

    // Appends a key at the view, kDefaultGap_s after the last one (the first at 0 s); with
    // a date, the film passes through that date at the key. Returns the key's index.
    std::size_t addKey(const CameraBookmark& view, const std::optional<UtcTime>& date);
    // Replaces key i's view (and, with a date, the date at its time); a following key
    // becomes a fixed view.
    void replaceKey(std::size_t i, const CameraBookmark& view, const std::optional<UtcTime>& date);
    // Removes key i and the time stop at its time (unless it is the last stop left).
    void removeKey(std::size_t i);
    // Moves key i to a film time, kept between its neighbours; a time stop at its old time
    // moves with it. Key 0 stays at 0 s. Returns the time it got.
    double setKeyTime(std::size_t i, double video_s);
    // Slows the camera to a stop at key i (0: passes through, 1: comes to rest).
    void setKeyEase(std::size_t i, double ease);
    // The date at key i's time, if a time stop is there.
    std::optional<UtcTime> dateAtKey(std::size_t i) const;

    // Why the path cannot be filmed yet, or nothing when it can.
    std::optional<std::string> problem() const;
    // Changes since the last markSaved() (or edit/startNew).
    bool dirty() const { return dirty_; }
    void markSaved() { dirty_ = false; }

private:
    TimeStop* stopAt(double video_s);
    void setDateAt(double video_s, const UtcTime& date);
    void checkIndex(std::size_t i) const;

    CameraPathSpec spec_;
    bool dirty_ = false;
};

} // namespace lunar
