// partial_redraw_test.cpp: the frame renderer draws only what changed (platform/frame_renderer), and what it shows
// must be exactly what a full redraw shows. Scripted visitors (the timeline, the map, selections, a search, the
// attract tour) are replayed twice, once as the kiosk runs and once with KIOSK_FULL_REDRAW=1, with every frame
// rasterised (--stats-out), and the screenshots along the way are compared pixel for pixel.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {

struct Replay {
    std::vector<Image> shots;
    double drawnShare = -1;  // pixels rasterised, of what full redraws of every frame would have
};

// Runs `script`, in which SHOT stands for a screenshot file, and loads the screenshots in order.
Replay replay(const std::string& name, const std::string& script, bool full, const std::string& config = "") {
    const std::string dir = scratchDir(std::string("partial-") + name + (full ? "-full" : "-partial"));
    std::string text, rest = script;
    std::vector<std::string> files;
    for (size_t at; (at = rest.find("SHOT")) != std::string::npos;) {
        files.push_back(dir + "/shot" + std::to_string(files.size()) + ".png");
        text += rest.substr(0, at) + files.back();
        rest = rest.substr(at + 4);
    }
    text += rest;
    RunOptions o;
    o.script = text;
    o.dir = dir;
    o.config = config;
    o.extra = {"--stats-out", dir + "/stats.json"};
    if (full) setenv("KIOSK_FULL_REDRAW", "1", 1);
    const KioskRun run = runKiosk(o);
    unsetenv("KIOSK_FULL_REDRAW");
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    Replay r;
    for (const std::string& f : files) r.shots.push_back(loadPng(f));
    r.drawnShare = readJson(dir + "/stats.json").value("pixels_drawn_share", -1.0);
    return r;
}

// "" when the images are equal, else where they first differ.
std::string firstDifference(const Image& a, const Image& b) {
    if (a.width != b.width || a.height != b.height || a.rgb.empty()) return "the images differ in size or are empty";
    for (size_t i = 0; i < a.rgb.size(); ++i)
        if (a.rgb[i] != b.rgb[i]) {
            const size_t pixel = i / 3;
            return "first differing pixel at x " + std::to_string(pixel % static_cast<size_t>(a.width)) + ", y " +
                   std::to_string(pixel / static_cast<size_t>(a.width));
        }
    return "";
}

void requireSamePixels(const std::string& name, const std::string& script, const std::string& config = "") {
    const Replay partial = replay(name, script, false, config);
    const Replay full = replay(name, script, true, config);
    REQUIRE(partial.shots.size() == full.shots.size());
    REQUIRE_FALSE(partial.shots.empty());
    for (size_t i = 0; i < partial.shots.size(); ++i) {
        INFO(name << ", screenshot " << i);
        CHECK(partial.shots[i].distinctColours() > 8);  // an exhibit, not a blank buffer
        CHECK(firstDifference(partial.shots[i], full.shots[i]) == "");
    }
    // The partial path really was partial: it rasterised less than the full redraws did.
    INFO(name << ": drawn " << partial.drawnShare << " partial, " << full.drawnShare << " full");
    CHECK(full.drawnShare > 0.0);
    CHECK(partial.drawnShare < full.drawnShare);
}

nlohmann::json homeState() {
    const std::string dir = scratchDir("partial-home");
    RunOptions o;
    o.script = "wait 300\nstate " + dir + "/home.json\n";
    o.dir = dir;
    const KioskRun run = runKiosk(o);
    REQUIRE(run.exitCode == 0);
    return readJson(dir + "/home.json");
}

}  // namespace

TEST_CASE("drawing only what changed gives the same pixels as a full redraw, across scripted visitors", "[e2e][partial]") {
    const nlohmann::json home = homeState();
    const Point event = findTarget(home, "timeline", "event");
    const float tx = event.x, ty = event.y;
    const Point place = findTarget(home, "map", "place");
    const float mx = place.x + 40, my = place.y + 40;  // beside a marker: the map itself, not the place
    SECTION("the timeline: a drag, a flick, zoom in and out") {
        requireSamePixels("timeline", "wait 200\nscreenshot SHOT\ndrag " + std::to_string(tx) + " " + std::to_string(ty - 60) + " " +
                                          std::to_string(tx - 300) + " " + std::to_string(ty - 60) + " 400\nscreenshot SHOT\n" +
                                          tapLabel(home, "+", ty - 400) + "wait 120\nscreenshot SHOT\nwait 600\nscreenshot SHOT\n" +
                                          tapLabel(home, "All") + "wait 700\nscreenshot SHOT\n");
    }
    SECTION("the map: zoom in, settle, a pan") {
        const std::string c = std::to_string(mx) + " " + std::to_string(my);
        requireSamePixels("map", "wait 200\n" + tapLabel(home, "+") + "wait 150\nscreenshot SHOT\nwait 600\nscreenshot SHOT\ndrag " + c +
                                     " " + std::to_string(mx - 250) + " " + std::to_string(my + 80) + " 300\nscreenshot SHOT\nwait 800\nscreenshot SHOT\n");
    }
    SECTION("selecting an event, then searching") {
        requireSamePixels("select", "wait 200\n" + tapAt(tx, ty) + "wait 100\nscreenshot SHOT\nwait 700\nscreenshot SHOT\n" + tapLabel(home, "Search") +
                                        "wait 200\nscreenshot SHOT\ntype tashkent\nwait 300\nscreenshot SHOT\n");
    }
    SECTION("the attract tour") {
        requireSamePixels("attract", "wait 1500\nscreenshot SHOT\nwait 2500\nscreenshot SHOT\nwait 6000\nscreenshot SHOT\n",
                          std::string(KIOSK_FIXTURES) + "/unattended.toml");
    }
}
