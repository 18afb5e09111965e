// unattended_test.cpp: left alone, the kiosk cycles attract -> touch -> idle -> "still there?" -> reset -> attract.
#include <catch2/catch.hpp>

#include <fstream>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

TEST_CASE("the kiosk cycles attract, touch, idle warning and reset, twice", "[e2e]") {
    const std::string dir = scratchDir("unattended");
    RunOptions o;
    o.config = std::string(KIOSK_FIXTURES) + "/unattended.toml";  // idle timeout 20 s
    o.size = "1280x800";
    std::string script;
    for (int round = 0; round < 2; ++round) {
        const std::string r = dir + "/r" + std::to_string(round) + "-";
        script += "wait 10000\nstate " + r + "attract.json\n";
        script += "screenshot " + r + "attract.png\n";
        script += "tap 640 300\nwait 500\nstate " + r + "active.json\n";
        script += "tap 1230 30\nwait 300\nstate " + r + "larger.json\n";  // the A+ button region: any touch keeps it active
        script += "wait 21000\nstate " + r + "warning.json\n";
        script += "screenshot " + r + "warning.png\n";
        script += "wait 11000\nstate " + r + "reset.json\n";
    }
    o.script = script;
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    for (int round = 0; round < 2; ++round) {
        const std::string r = dir + "/r" + std::to_string(round) + "-";
        INFO("round " << round);
        const auto attract = readJson(r + "attract.json");
        CHECK(attract.at("mode") == "attract");
        REQUIRE(attract.at("selected_event").is_object());  // the tour shows an event
        const auto active = readJson(r + "active.json");
        CHECK(active.at("mode") == "active");
        // The touch dropped the visitor into the event the tour was showing, and did nothing else.
        CHECK(active.at("selected_event").at("id") == attract.at("selected_event").at("id"));
        const auto warning = readJson(r + "warning.json");
        CHECK(warning.at("mode") == "still_there");
        const auto reset = readJson(r + "reset.json");
        CHECK(reset.at("mode") == "attract");
        CHECK(reset.at("map").at("chooser").empty());
        CHECK(reset.at("search").at("query") == "");
        CHECK(reset.at("about_open") == false);
        CHECK(reset.at("reader").at("text_size") == 1);
        CHECK(reset.at("timeline").at("all_themes") == true);
        CHECK(loadPng(r + "attract.png").distinctColours() > 50);
        CHECK(loadPng(r + "warning.png").distinctColours() > 20);
    }
}

TEST_CASE("the staff keypad opens on a five-second corner hold and locks out wrong PINs", "[e2e]") {
    const std::string dir = scratchDir("admin");
    RunOptions o;
    // Hold the top-left corner for 5.5 s (a drag that does not move), then type a wrong PIN three times.
    o.script = "drag 10 10 12 12 5500\nwait 200\nstate " + dir + "/keypad.json\n";
    o.screenshot = true;
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    const auto keypad = readJson(dir + "/keypad.json");
    CHECK(keypad.at("admin").at("keypad_open") == true);
    CHECK(run.output.find("PIN keypad opened") != std::string::npos);
}
