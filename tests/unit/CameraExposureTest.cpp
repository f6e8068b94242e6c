#include "mission/CameraExposure.h"
#include "mission/ExposureSchedule.h"

#include <cmath>
#include <map>
#include <string>

#include <catch2/catch.hpp>

using namespace lunar;

namespace {

// A frame of `width` x `height` with `lit_share` of its rows (from the top) at `lit`, the
// rest at `dark`, and the top `sky_rows` rows sky (alpha 0).
std::vector<float> frame(int width, int height, double lit, double dark, double lit_share,
                         int sky_rows = 0)
{
    std::vector<float> rgba(static_cast<std::size_t>(width) * height * 4, 0.0f);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            float* p = &rgba[(static_cast<std::size_t>(y) * width + x) * 4];
            if (y < sky_rows)
                continue;
            const double v = (y - sky_rows) < lit_share * (height - sky_rows) ? lit : dark;
            p[0] = p[1] = p[2] = static_cast<float>(v);
            p[3] = 1.0f;
        }
    return rgba;
}

} // namespace

TEST_CASE("Exposure: EV and multiplier are inverse; the old multiplier of 9 is the default EV",
          "[exposure]")
{
    for (double ev : {1.0, 7.5, 12.73, 15.0})
        CHECK(evOfMultiplier(exposureMultiplierOf(ev)) == Approx(ev));
    CHECK(exposureMultiplierOf(kDefaultExposureEv) == Approx(9.0).epsilon(0.01));
    // One EV more is half the light.
    CHECK(exposureMultiplierOf(10.0) / exposureMultiplierOf(11.0) == Approx(2.0));
    // Sunny 16 says EV 15 for a grey (18 %) card at noon on the Earth; above the air the
    // Sun is a third brighter (134 against ~100 klux): EV 15.9.
    CHECK(evForRadiance(0.18) == Approx(15.9).margin(0.1));
}

TEST_CASE("Exposure: the meter ignores the sky and finds the highlight percentile", "[exposure]")
{
    const ExposureSettings settings;
    // Half the frame sky, the ground all one radiance: that radiance, whatever the sky.
    const auto reading = meterImage(frame(32, 18, 0.01, 0.01, 1.0, 9), 32, 18, settings);
    REQUIRE(reading);
    CHECK(reading->surface_share == Approx(0.5));
    CHECK(std::exp2(reading->log2_mean_radiance) == Approx(0.01).epsilon(1e-4));
    CHECK(reading->highlight_radiance == Approx(0.01).epsilon(1e-4));
    // All sky: no reading.
    CHECK_FALSE(meterImage(frame(32, 18, 0.01, 0.01, 1.0, 18), 32, 18, settings));
}

TEST_CASE("Exposure: limits and highlights decide the EV", "[exposure]")
{
    const ExposureSettings settings;
    struct Row {
        std::string name;
        double lit, dark, lit_share;
        double expected_ev; // NAN: checked by the row's own rule below
    };
    const Row row = GENERATE_COPY(
        Row{"an even sunlit ground meters at its own EV", 0.02, 0.02, 1.0, NAN},
        Row{"half shadow: sunlit slopes are not blown out", 0.05, 0.0, 0.5, NAN},
        Row{"all black: the longest exposure (min EV)", 0.0, 0.0, 1.0, settings.min_ev},
        Row{"a white wall in full Sun: the shortest (max EV)", 50.0, 50.0, 1.0, settings.max_ev});
    CAPTURE(row.name);
    const auto reading = meterImage(frame(40, 20, row.lit, row.dark, row.lit_share), 40, 20, settings);
    REQUIRE(reading);
    const double ev = exposureEvFor(*reading, settings);
    if (!std::isnan(row.expected_ev))
        CHECK(ev == Approx(row.expected_ev));
    else if (row.dark == row.lit)
        CHECK(ev == Approx(evForRadiance(row.lit)).margin(0.01));
    else // the lit half drawn at the highlight level, not pushed to white by the dark half
        CHECK(row.lit * exposureMultiplierOf(ev) == Approx(settings.highlight_level).epsilon(0.01));
    CHECK(ev >= settings.min_ev);
    CHECK(ev <= settings.max_ev);
}

TEST_CASE("Exposure schedule: a frame's EV depends on its film time only", "[exposure]")
{
    const ExposureSchedule schedule(20.0);
    // Readings as a film's grid would give them: a step from EV 12 to EV 4 at 10 s.
    std::map<int, int> asked;
    const auto reading = [&](int k) -> std::optional<double> {
        ++asked[k];
        return schedule.sampleTime(k) < 10.0 ? 12.0 : 4.0;
    };
    // Frames 150..200 at 30 fps: the same EVs, to the bit, filmed whole or alone.
    std::vector<double> whole, piece;
    for (int i = 0; i <= 600; ++i)
        whole.push_back(schedule.evAt(i / 30.0, reading));
    const ExposureSchedule fresh(20.0);
    for (int i = 150; i <= 200; ++i)
        piece.push_back(fresh.evAt(i / 30.0, reading));
    for (int i = 150; i <= 200; ++i)
        CHECK(whole[static_cast<std::size_t>(i)] == piece[static_cast<std::size_t>(i - 150)]);
    asked.clear();
    const double t = 9.75;
    schedule.evAt(t, reading);
    // It only reads grid points inside the window, and it is smooth across the step.
    for (const auto& [k, count] : asked)
        CHECK(std::abs(schedule.sampleTime(k) - t) <= 1.5 + 1e-9);
    double previous = schedule.evAt(8.0, reading);
    for (double s = 8.0; s <= 12.0; s += 0.05) {
        const double ev = schedule.evAt(s, reading);
        CHECK(ev <= previous + 1e-9);           // falls monotonically
        CHECK(previous - ev < 0.35);            // 8 EV spread over ~1.5 s: no jump
        previous = ev;
    }
    CHECK(schedule.evAt(5.0, reading) == Approx(12.0));
    CHECK(schedule.evAt(15.0, reading) == Approx(4.0));
}

TEST_CASE("Exposure schedule: all-sky grid points do not count; with none, the default holds",
          "[exposure]")
{
    ExposureScheduleOptions options;
    const ExposureSchedule schedule(10.0, options);
    const auto sky_before_5 = [&](int k) -> std::optional<double> {
        if (schedule.sampleTime(k) < 5.0)
            return std::nullopt;
        return 6.0;
    };
    CHECK(schedule.evAt(1.0, sky_before_5) == Approx(options.default_ev));
    CHECK(schedule.evAt(4.8, sky_before_5) == Approx(6.0)); // only the ground counts
    // Near the ends the window is one-sided and stays inside the film.
    for (int k : schedule.samplesFor(9.9))
        CHECK(schedule.sampleTime(k) <= 10.0);
    for (int k : schedule.samplesFor(0.1))
        CHECK(k >= 0);
}

TEST_CASE("Exposure adaptation: the view's EV follows the meter with a time constant",
          "[exposure]")
{
    ExposureAdaptation eye(1.0);
    CHECK(eye.step(10.0, 0.016) == Approx(10.0)); // the first frame jumps there
    const double after_one_tau = eye.step(6.0, 1.0);
    CHECK(after_one_tau == Approx(10.0 - 4.0 * (1.0 - std::exp(-1.0))));
    for (int i = 0; i < 600; ++i)
        eye.step(6.0, 1.0 / 60.0);
    CHECK(*eye.ev() == Approx(6.0).margin(0.01));
    // Shorter steps reach the same place as one long one.
    ExposureAdaptation a(0.5), b(0.5);
    a.step(0.0, 0.0);
    b.step(0.0, 0.0);
    a.step(8.0, 1.0);
    for (int i = 0; i < 100; ++i)
        b.step(8.0, 0.01);
    CHECK(*a.ev() == Approx(*b.ev()));
}
