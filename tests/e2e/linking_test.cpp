// linking_test.cpp: one selection across the three panes, driven by real taps and drags.
#include <catch2/catch.hpp>

#include <cmath>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {
nlohmann::json homeState(const std::string& size) {
    RunOptions o;
    o.size = size;
    const KioskRun run = runKiosk(o);
    REQUIRE(run.exitCode == 0);
    return run.state;
}
std::string tap(const Point& p) { return "tap " + std::to_string(p.x) + " " + std::to_string(p.y) + "\n"; }
}  // namespace

TEST_CASE("tapping an event on the timeline selects it in the reader and the map", "[e2e]") {
    for (const char* size : {"1920x1080", "1080x1920"}) {
        INFO(size);
        const auto home = homeState(size);
        const Point event = findTarget(home, "timeline", "event");
        RunOptions o;
        o.size = size;
        o.script = tap(event) + "wait 1500\n";
        o.screenshot = true;
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        REQUIRE(run.exitCode == 0);
        REQUIRE(run.state.at("selected_event").is_object());
        CHECK(run.state.at("selected_event").at("id") == event.id);
        CHECK(run.state.at("reader").at("page") == "event");
        // The map flew to the event's place (when it has one) and highlights it.
        const auto& places = run.state.at("selected_event").at("places");
        if (!places.empty()) {
            bool highlighted = false;
            for (const auto& t : run.state.at("map").at("targets")) highlighted = highlighted || t.at("id") == places[0];
            CHECK(highlighted);
            CHECK(run.state.at("map").at("animating") == false);
        }
        CHECK(loadPng(run.screenshot).distinctColours() > 50);
    }
}

TEST_CASE("tapping a place on the map selects an event there, drawn on the timeline as its own marker", "[e2e]") {
    const auto home = homeState("1920x1080");
    // A place with a single event selects it straight away.
    const Point place = findTarget(home, "map", "place", 1);
    RunOptions o;
    o.script = tap(place) + "wait 1500\n";
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.state.at("selected_event").is_object());
    const auto& places = run.state.at("selected_event").at("places");
    CHECK(std::find(places.begin(), places.end(), place.id) != places.end());
    // The event is in view at the whole range, so the timeline stays where the visitor left it (a second tap lands
    // where it was aimed), and the selection has a marker of its own there.
    const double from = run.state.at("timeline").at("from"), to = run.state.at("timeline").at("to");
    CHECK(from == Approx(home.at("timeline").at("from").get<double>()));
    CHECK(to == Approx(home.at("timeline").at("to").get<double>()));
    bool onTimeline = false;
    for (const auto& t : run.state.at("timeline").at("targets"))
        onTimeline = onTimeline || (t.at("kind") == "event" && t.at("id") == run.state.at("selected_event").at("id"));
    CHECK(onTimeline);
}

TEST_CASE("a place with several events offers a list to choose from", "[e2e]") {
    const auto home = homeState("1920x1080");
    Point busiest{};
    int most = 1;
    for (const auto& t : home.at("map").at("targets"))
        if (t.at("kind") == "place" && t.at("count").get<int>() > most) {
            most = t.at("count");
            busiest = {t.at("x"), t.at("y"), t.at("id")};
        }
    REQUIRE(most > 1);
    RunOptions o;
    o.script = tap(busiest) + "wait 300\n";
    const KioskRun run = runKiosk(o);
    REQUIRE(run.exitCode == 0);
    CHECK(run.state.at("map").at("chooser").size() == static_cast<size_t>(most));
    CHECK(run.state.at("selected_event").is_null());
}

TEST_CASE("dragging pans the timeline and the map", "[e2e]") {
    const auto home = homeState("1920x1080");
    const double from0 = home.at("timeline").at("from");
    // Zoom in first (the whole range cannot pan), then drag right: earlier years come into view.
    RunOptions o;
    const Point event = findTarget(home, "timeline", "event");
    o.script = "tap " + std::to_string(event.x) + " " + std::to_string(event.y) + "\nwait 1200\n" +
               "drag 600 1000 900 1000 300\nwait 100\n" + "drag 400 300 700 350 300\nwait 100\n";
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    const double from1 = run.state.at("timeline").at("from");
    CHECK(from1 != Approx(from0).margin(0.01));
    const double lon = run.state.at("map").at("centre_lon");
    CHECK(std::isfinite(lon));
}
