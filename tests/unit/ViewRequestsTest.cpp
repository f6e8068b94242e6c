// The channel from the panels to the view loop: requests come out in the order they were
// posted, each once, with what they carried; what is posted after a take waits for the next.
#include "ui/ViewRequests.h"

#include <catch2/catch.hpp>

#include <variant>

using lunar::ui::ViewRequests;

TEST_CASE("View requests: taken in the order posted, with what they carry, then gone", "[ui][requests]")
{
    ViewRequests channel;
    CHECK(channel.empty());
    lunar::CameraPathSpec film;
    film.name = "flyover";
    channel.post(ViewRequests::StopPreview{});
    channel.post(ViewRequests::StartPreview{film, 3.0});
    channel.post(ViewRequests::CueMission{"change-6"});
    channel.post(ViewRequests::SetExaggeration{2.5});
    channel.post(ViewRequests::RebuildFacility{
        "habitat-1", ViewRequests::RebuildFacility::IfOffDem::LeaveAsDrawn});
    CHECK_FALSE(channel.empty());

    const std::vector<ViewRequests::Request> taken = channel.take();
    CHECK(channel.empty());
    CHECK(channel.take().empty()); // each request is carried out once
    REQUIRE(taken.size() == 5);
    CHECK(std::holds_alternative<ViewRequests::StopPreview>(taken[0]));
    const auto* start = std::get_if<ViewRequests::StartPreview>(&taken[1]);
    REQUIRE(start);
    CHECK(start->path.name == "flyover");
    CHECK(start->from_s == 3.0);
    const auto* cue = std::get_if<ViewRequests::CueMission>(&taken[2]);
    REQUIRE(cue);
    CHECK(cue->mission_id == "change-6");
    const auto* exaggeration = std::get_if<ViewRequests::SetExaggeration>(&taken[3]);
    REQUIRE(exaggeration);
    CHECK(exaggeration->factor == 2.5);
    const auto* rebuild = std::get_if<ViewRequests::RebuildFacility>(&taken[4]);
    REQUIRE(rebuild);
    CHECK(rebuild->facility_id == "habitat-1");
    CHECK(rebuild->if_off_dem == ViewRequests::RebuildFacility::IfOffDem::LeaveAsDrawn);
}

TEST_CASE("View requests: the same request posted twice is carried out twice, in turn", "[ui][requests]")
{
    ViewRequests channel;
    channel.post(ViewRequests::RebuildFacility{"habitat-1"});
    channel.post(ViewRequests::RebuildFacility{"lander-2"});
    const std::vector<ViewRequests::Request> first = channel.take();
    channel.post(ViewRequests::CueMission{"change-7"}); // while the first are carried out
    REQUIRE(first.size() == 2);
    CHECK(std::get<ViewRequests::RebuildFacility>(first[0]).facility_id == "habitat-1");
    CHECK(std::get<ViewRequests::RebuildFacility>(first[1]).facility_id == "lander-2");
    CHECK(std::get<ViewRequests::RebuildFacility>(first[1]).if_off_dem ==
          ViewRequests::RebuildFacility::IfOffDem::UndoTheEdit); // an edit's, unless told
    const std::vector<ViewRequests::Request> next = channel.take();
    REQUIRE(next.size() == 1);
    CHECK(std::get<ViewRequests::CueMission>(next[0]).mission_id == "change-7");
}
