// map_test.cpp: projection, view limits and gestures, marker clustering, label placement, historical names.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>

#include "model/date.hpp"
#include "model/map_labels.hpp"
#include "model/map_markers.hpp"
#include "model/map_projection.hpp"

using namespace kiosk::model;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const MapView kViews[] = {homeView(), {68, 40, 1}, {73.05, 33.7, 8}, {-77, 38.9, 0.3}, {37.6, 55.75, 24}};
const MapViewport kViewports[] = {{0, 0, 800, 600}, {100, 50, 1920, 1080}, {0, 0, 300, 900}, {1200, 0, 720, 1280}};

bool sameView(const MapView& a, const MapView& b) {
    return a.centreLon == Approx(b.centreLon) && a.centreLat == Approx(b.centreLat) && a.zoom == Approx(b.zoom);
}

// Islamabad and Rawalpindi are 14 km apart: one marker until the map is zoomed in on them.
Catalog twinCities() {
    Catalog c;
    c.places = {{"islamabad", "Islamabad", "PK", 33.6844, 73.0479}, {"rawalpindi", "Rawalpindi", "PK", 33.5651, 73.0169},
                {"moscow", "Moscow", "RU", 55.7558, 37.6173},       {"tashkent", "Tashkent", "UZ", 41.2995, 69.2401},
                {"washington", "Washington", "US", 38.9072, -77.0369}, {"unused", "Unused", "XX", 30.0, 70.0}};
    auto event = [](std::string id, std::vector<Index> places) {
        Event e;
        e.id = std::move(id);
        e.date = {{1960, 0, 0}, std::nullopt, Precision::Year};
        e.places = std::move(places);
        return e;
    };
    // Rawalpindi (index 1) is the busier twin, so the cluster must take its position, not the first index's.
    c.events = {event("r1", {1}), event("r2", {1}), event("r3", {1, 2}), event("i1", {0}), event("m1", {2}),
                event("t1", {3}), event("w1", {4})};
    c.buildIndexes();
    return c;
}

const MapMarker* markerWith(const std::vector<MapMarker>& markers, Index place) {
    for (const MapMarker& m : markers)
        if (std::find(m.places.begin(), m.places.end(), place) != m.places.end()) return &m;
    return nullptr;
}
}  // namespace

TEST_CASE("project and unproject are inverse at many views and viewports", "[map]") {
    const GeoPoint points[] = {{73.05, 33.7}, {37.6, 55.75}, {-77.0, 38.9}, {69.24, 41.3}, {0, 0}, {150, -40}};
    for (const MapView& view : kViews)
        for (const MapViewport& vp : kViewports) {
            const ScreenPoint centre = project({view.centreLon, view.centreLat}, view, vp);
            CHECK(centre.x == Approx(vp.left + vp.width / 2));
            CHECK(centre.y == Approx(vp.top + vp.height / 2));
            for (const GeoPoint& p : points) {
                const GeoPoint back = unproject(project(p, view, vp), view, vp);
                CHECK(back.lon == Approx(p.lon).margin(1e-3));
                CHECK(back.lat == Approx(p.lat).margin(1e-3));
            }
        }
}

TEST_CASE("the home view frames the home region, north up", "[map]") {
    const MapViewport vp{0, 0, 800, 600};
    const MapHome home;
    const ScreenPoint sw = project({home.minLon, home.minLat}, homeView(), vp);
    const ScreenPoint ne = project({home.maxLon, home.maxLat}, homeView(), vp);
    CHECK(sw.x >= -0.5f);
    CHECK(ne.x <= 800.5f);
    CHECK(ne.y >= -0.5f);
    CHECK(sw.y <= 600.5f);
    CHECK(ne.y < sw.y);  // north is up
    CHECK(ne.x > sw.x);
    // One side of the region touches the pane's edges (it is fitted, not just inside).
    const bool fitsWidth = std::fabs(ne.x - sw.x - 800) < 1, fitsHeight = std::fabs(sw.y - ne.y - 600) < 1;
    CHECK((fitsWidth || fitsHeight));
    CHECK(pixelsPerDegree({68, 40, 2}, vp) == Approx(2 * pixelsPerDegree({68, 40, 1}, vp)));
}

TEST_CASE("clampView keeps zoom and centre within limits, and NaN resets home", "[map]") {
    const MapLimits limits;
    CHECK(clampView({68, 40, 100}).zoom == limits.maxZoom);
    CHECK(clampView({68, 40, 0.01}).zoom == limits.minZoom);
    CHECK(clampView({68, 89, 1}).centreLat == limits.maxLat);
    CHECK(clampView({68, -80, 1}).centreLat == limits.minLat);
    CHECK(clampView({-179, 40, 1}).centreLon == limits.minLon);
    CHECK(sameView(clampView({73, 33, 4}), {73, 33, 4}));
    const double inf = std::numeric_limits<double>::infinity();
    const MapView bad[] = {{kNaN, 40, 1}, {68, kNaN, 1}, {68, 40, kNaN}, {inf, 40, 1}, {68, 40, inf}, {68, 40, 0}, {68, 40, -3}};
    for (const MapView& v : bad) CHECK(sameView(clampView(v), homeView()));
}

TEST_CASE("zoomAround keeps the geographic point under the anchor fixed", "[map]") {
    const MapViewport vp{0, 0, 800, 600};
    for (const MapView& start : {MapView{68, 40, 1}, MapView{73, 33.7, 6}})
        for (double factor : {2.0, 1.25, 0.5})
            for (const ScreenPoint anchor : {ScreenPoint{200, 150}, ScreenPoint{400, 300}, ScreenPoint{790, 590}}) {
                const GeoPoint before = unproject(anchor, start, vp);
                const MapView zoomed = zoomAround(start, factor, anchor, vp);
                const ScreenPoint after = project(before, zoomed, vp);
                INFO("factor " << factor << " anchor " << anchor.x << "," << anchor.y);
                CHECK(zoomed.zoom == Approx(start.zoom * factor));
                CHECK(after.x == Approx(anchor.x).margin(0.05));
                CHECK(after.y == Approx(anchor.y).margin(0.05));
            }
    // At the zoom limit the anchor still stays put.
    const MapView deep = zoomAround({73, 33.7, 20}, 10, {300, 200}, vp);
    CHECK(deep.zoom == MapLimits{}.maxZoom);
    const ScreenPoint stay = project(unproject({300, 200}, {73, 33.7, 20}, vp), deep, vp);
    CHECK(stay.x == Approx(300).margin(0.05));
    for (double factor : {0.0, -1.0, kNaN}) CHECK(sameView(zoomAround({73, 33.7, 4}, factor, {1, 1}, vp), {73, 33.7, 4}));
}

TEST_CASE("panByPixels keeps the point under the finger under it", "[map]") {
    const MapViewport vp{100, 50, 1000, 700};
    const MapView start{68, 40, 3};
    const ScreenPoint finger{400, 300};
    const GeoPoint held = unproject(finger, start, vp);
    const MapView moved = panByPixels(start, 120, -45, vp);
    const ScreenPoint now = project(held, moved, vp);
    CHECK(now.x == Approx(520).margin(0.05));
    CHECK(now.y == Approx(255).margin(0.05));
    CHECK(moved.zoom == start.zoom);
    // A wild fling stops at the limits.
    const MapView flung = panByPixels(start, 1e7f, -1e7f, vp);
    CHECK(flung.centreLon == MapLimits{}.minLon);
    CHECK(flung.centreLat == MapLimits{}.minLat);
}

TEST_CASE("interpolateView hits its endpoints and zooms evenly in log space", "[map]") {
    const MapView a{68, 40, 1}, b{73, 33.7, 16};
    CHECK(sameView(interpolateView(a, b, 0), a));
    CHECK(sameView(interpolateView(a, b, 1), b));
    CHECK(sameView(interpolateView(a, b, -0.5), a));
    CHECK(sameView(interpolateView(a, b, 7), b));
    const MapView mid = interpolateView(a, b, 0.5);
    CHECK(mid.zoom == Approx(4));  // geometric mean of 1 and 16
    CHECK(mid.centreLon == Approx(70.5));
    CHECK(viewCentredOn({73, 33.7}, 8).centreLon == 73);
    CHECK(viewCentredOn({73, 33.7}, 1000).zoom == MapLimits{}.maxZoom);
}

TEST_CASE("layoutMarkers merges near places at low zoom and splits them when zoomed in", "[map]") {
    const Catalog c = twinCities();
    const MapViewport vp{0, 0, 800, 600};
    const auto home = layoutMarkers(c, homeView(), vp, 20, kNone);
    const MapMarker* twin = markerWith(home, 0);
    REQUIRE(twin);
    CHECK(twin == markerWith(home, 1));
    CHECK(twin->places == std::vector<Index>{1, 0});  // the busier place first
    CHECK(twin->eventCount == 4);
    const ScreenPoint rawalpindi = project({73.0169, 33.5651}, homeView(), vp);
    CHECK(twin->at.x == Approx(rawalpindi.x));  // the busiest place gives its position
    CHECK(twin->at.y == Approx(rawalpindi.y));
    CHECK(markerWith(home, 2) != twin);
    CHECK(markerWith(home, 2)->eventCount == 2);
    CHECK(markerWith(home, 4) == nullptr);  // Washington is off the home view
    CHECK(markerWith(home, 5) == nullptr);  // a place without events gets no marker
    for (size_t a = 0; a < home.size(); ++a)
        for (size_t b = a + 1; b < home.size(); ++b)
            CHECK(std::hypot(home[a].at.x - home[b].at.x, home[a].at.y - home[b].at.y) >= 20);

    const double factor = zoomToSplit(c, *twin, homeView(), vp, 20);
    CHECK(factor >= 2.0);
    const MapView closer = zoomAround(homeView(), factor, twin->at, vp);
    const auto zoomed = layoutMarkers(c, closer, vp, 20, kNone);
    REQUIRE(markerWith(zoomed, 0));
    REQUIRE(markerWith(zoomed, 1));
    CHECK(markerWith(zoomed, 0) != markerWith(zoomed, 1));
    CHECK(markerWith(zoomed, 1)->eventCount == 3);
    CHECK(markerWith(zoomed, 0)->eventCount == 1);

    const auto world = layoutMarkers(c, {0, 30, 0.3}, vp, 20, kNone);
    CHECK(markerWith(world, 4) != nullptr);
}

TEST_CASE("layoutMarkers highlights the selected event's places", "[map]") {
    const Catalog c = twinCities();
    const auto markers = layoutMarkers(c, homeView(), {0, 0, 800, 600}, 20, c.findEvent("i1"));
    REQUIRE(markerWith(markers, 0));
    CHECK(markerWith(markers, 0)->highlighted);  // the cluster holding Islamabad
    CHECK_FALSE(markerWith(markers, 2)->highlighted);
    for (const MapMarker& m : layoutMarkers(c, homeView(), {0, 0, 800, 600}, 20, 9999)) CHECK_FALSE(m.highlighted);
}

TEST_CASE("hitTestMarkers picks the nearest marker within the touch radius", "[map]") {
    std::vector<MapMarker> markers(3);
    markers[0].at = {100, 100};
    markers[1].at = {130, 100};
    markers[2].at = {500, 400};
    CHECK(hitTestMarkers(markers, {105, 102}, 24) == 0);
    CHECK(hitTestMarkers(markers, {120, 100}, 24) == 1);
    CHECK(hitTestMarkers(markers, {500, 424}, 24) == 2);  // exactly on the radius
    CHECK(hitTestMarkers(markers, {500, 425}, 24) == -1);
    CHECK(hitTestMarkers(markers, {300, 300}, 24) == -1);
    CHECK(hitTestMarkers({}, {100, 100}, 24) == -1);
}

TEST_CASE("placeLabels keeps every fixed obstacle, even where two overlap, and no name runs under one", "[map]") {
    // A marker under a button: both are drawn whatever happens. The name that would run under the button is
    // dropped, although the button's box overlaps the marker's.
    LabelBox marker{100, 100, 120, 120, 100000, -1, true}, button{110, 90, 170, 150, 100000, -1, true};
    const LabelBox name{150, 140, 250, 160, 3000};
    CHECK(placeLabels({marker, button, name}, 4) == std::vector<bool>{true, true, false});
    // A fixed box wins over any priority, and a name clear of every obstacle is shown.
    CHECK(placeLabels({{0, 0, 50, 20, 999999}, {10, 0, 40, 20, 0, -1, true}, {300, 0, 350, 20, 1}}, 4) ==
          std::vector<bool>{false, true, true});
}

TEST_CASE("placeLabels never overlaps and prefers priority", "[map]") {
    std::vector<LabelBox> labels = {{0, 0, 100, 20, 1}, {50, 10, 150, 30, 5}, {200, 0, 300, 20, 1}, {303, 0, 400, 20, 1}};
    auto shown = placeLabels(labels, 4);
    CHECK(shown == std::vector<bool>{false, true, true, false});  // a later, higher-priority label wins; 3 px < gap
    CHECK(placeLabels(labels, 2) == std::vector<bool>{false, true, true, true});
    // Equal priority: input order decides.
    CHECK(placeLabels({{0, 0, 10, 10, 0}, {5, 5, 15, 15, 0}}, 0) == std::vector<bool>{true, false});
    // The gap applies on every side of an accepted label: left, right, above and below.
    const LabelBox centre{100, 100, 200, 120, 9};
    for (const LabelBox& near : {LabelBox{40, 100, 97, 120, 0}, LabelBox{203, 100, 260, 120, 0}, LabelBox{100, 60, 200, 97, 0},
                                 LabelBox{100, 123, 200, 140, 0}}) {
        CHECK(placeLabels({centre, near}, 4) == std::vector<bool>{true, false});
        CHECK(placeLabels({centre, near}, 2) == std::vector<bool>{true, true});
    }

    std::mt19937 rng(7);
    std::uniform_real_distribution<float> pos(0, 800), size(20, 160);
    std::uniform_int_distribution<int> priority(0, 3);
    std::vector<LabelBox> many;
    for (int i = 0; i < 300; ++i) {
        const float x = pos(rng), y = pos(rng) * 0.75f;
        many.push_back({x, y, x + size(rng), y + 18, priority(rng)});
    }
    const float gap = 3;
    auto overlap = [&](const LabelBox& a, const LabelBox& b) {
        return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
    };
    auto placed = placeLabels(many, gap);
    for (size_t a = 0; a < many.size(); ++a) {
        bool blocked = false;
        for (size_t b = 0; b < many.size(); ++b) {
            if (a == b) continue;
            if (placed[a] && placed[b]) CHECK_FALSE(overlap(many[a], many[b]));
            if (!placed[a] && placed[b] && overlap(many[a], many[b]) && many[b].priority >= many[a].priority) blocked = true;
        }
        if (!placed[a]) CHECK(blocked);  // only hidden when a label of at least its priority is in the way
    }
}

TEST_CASE("placeLabels shows at most one place of a group, the best one that is free", "[map]") {
    // A name with three possible places (group 7): the best is under an obstacle, so the second is shown, not the third.
    const std::vector<LabelBox> labels = {
        {0, 0, 10, 10, 100000},        // an obstacle (a marker)
        {2, 2, 8, 8, 500, 7},          // the best place, under it
        {20, 0, 30, 10, 499, 7},       // the next best: free
        {40, 0, 50, 10, 498, 7},       // free as well, but its group is already named
        {60, 0, 70, 10, 10},           // another label, no group
    };
    const auto shown = placeLabels(labels, 1);
    CHECK(shown == std::vector<bool>{true, false, true, false, true});
}
