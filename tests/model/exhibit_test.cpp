// exhibit_test.cpp: the views an exhibit's frame implies: the timeline's home range and limits from its years, the
// map's home from its region, and its prose split into paragraphs.
#include <catch2/catch.hpp>

#include "model/exhibit.hpp"

using namespace kiosk::model;

TEST_CASE("the timeline opens on the exhibit's years and pans a little beyond them", "[exhibit]") {
    Exhibit e;
    e.firstYear = 1804;
    e.lastYear = 1806;
    const TimelineRange home = homeRange(e);
    CHECK(home.from == Approx(1802.5));
    CHECK(home.to == Approx(1807.5));
    const TimelineLimits limits = timelineLimits(e);
    CHECK(limits.earliest < home.from);
    CHECK(limits.latest > home.to);
    // A pan far into the past stops at the limit, near the exhibit, not at some other exhibit's years.
    CHECK(panRange(home, -500, limits).from == Approx(limits.earliest));
}

TEST_CASE("an exhibit without years gives the default views rather than a range of zero years", "[exhibit]") {
    const Exhibit none;
    CHECK(homeRange(none).span() > 1);
    Exhibit reversed;
    reversed.firstYear = 2000;
    reversed.lastYear = 1990;
    CHECK_FALSE(reversed.hasYears());
    CHECK(homeRange(reversed).span() > 1);
}

TEST_CASE("the map's home view centres on the exhibit's region and zooms to fit it", "[exhibit]") {
    Exhibit e;
    e.home = {-126, -86, 34, 51};
    const MapView v = homeView(e);
    CHECK(v.centreLon == Approx(-106));
    CHECK(v.centreLat == Approx(42.5));
    // The region fills the pane as the reference region does at zoom 1: both of its corners are in view.
    const MapViewport pane{0, 0, 1200, 500};
    for (const GeoPoint corner : {GeoPoint{-126, 51}, GeoPoint{-86, 34}}) {
        const ScreenPoint s = project(corner, v, pane);
        CHECK(s.x >= -1);
        CHECK(s.x <= pane.width + 1);
        CHECK(s.y >= -1);
        CHECK(s.y <= pane.height + 1);
    }
    // A region twice as small in each direction is twice the zoom.
    Exhibit half = e;
    half.home = {-116, -96, 38.25, 46.75};
    CHECK(homeView(half).zoom == Approx(2 * v.zoom));
    // No region: the default home.
    CHECK(homeView(Exhibit{}).zoom == Approx(homeView(MapHome{}).zoom));
}

TEST_CASE("prose splits into paragraphs at blank lines, joining the lines within one", "[exhibit]") {
    const auto p = paragraphs("\nFirst line\nsecond line.\n\n  \nSecond paragraph.\n");
    REQUIRE(p.size() == 2);
    CHECK(p[0] == "First line second line.");
    CHECK(p[1] == "Second paragraph.");
    CHECK(paragraphs("   \n\n").empty());
}
