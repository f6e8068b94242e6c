#pragma once
// A facility's sky through the year shown on the timeline: two strips, the Sun's and the
// Earth's visible share at each moment seen from the facility's top (its own horizon,
// marched on the DEM), with a cursor at the clock's date, the share of the year each is in
// view and the longest night. Computed in the background when the facility, its place or
// the year changes; the inspector draws it.
#include "astro/BodyTrack.h"
#include "terrain/PointExposure.h"
#include "ui/ViewerModel.h"

#include <future>
#include <memory>
#include <optional>
#include <string>

namespace lunar::ui {

class SkyStripView {
public:
    explicit SkyStripView(ViewerModel& model) : model_(model) {}
    ~SkyStripView();

    void draw(const Facility& facility);

    struct Strips {
        std::string key;   // facility, place, height and year it was computed for
        int year = 0;
        UtcTime from = UtcTime::parseIso("2000-01-01");
        double step_s = 0.0;
        PointExposure sun, earth;
        std::string problem; // why there is none (off the DEM)
        // The Sun's and the Earth's positions through the year, kept for the next pick in
        // the same year (the ephemeris is most of a computation's time).
        std::shared_ptr<const astro::BodyTrack> track;
    };
    // The strips shown (after a computation finished), for tests.
    const std::optional<Strips>& shown() const { return shown_; }
    bool computing() const { return pending_.valid(); }

private:
    ViewerModel& model_;
    std::future<Strips> pending_;
    std::string pending_key_;
    std::optional<Strips> shown_;
};

} // namespace lunar::ui
