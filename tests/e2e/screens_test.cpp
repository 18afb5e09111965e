// screens_test.cpp: the kiosk renders real content at the kiosk sizes, and survives missing content calmly.
#include <catch2/catch.hpp>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

TEST_CASE("the home screen renders real content at every kiosk size", "[e2e]") {
    for (const auto& [size, w, h, orientation] : {std::tuple{"1920x1080", 1920, 1080, "landscape"}, std::tuple{"1080x1920", 1080, 1920, "portrait"},
                                                  std::tuple{"1280x800", 1280, 800, "landscape"}}) {
        INFO(size);
        RunOptions o;
        o.size = size;
        o.screenshot = true;
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        REQUIRE(run.exitCode == 0);
        CHECK(run.state.at("content").at("available") == true);
        CHECK(run.state.at("content").at("events").get<int>() >= 12);
        CHECK(run.state.at("window").at("orientation") == orientation);
        CHECK(run.state.at("selected_event").is_null());
        CHECK(run.state.at("timeline").at("targets").size() >= 8);
        CHECK(run.state.at("map").at("targets").size() >= 4);
        const Image image = loadPng(run.screenshot);
        CHECK(image.width == w);
        CHECK(image.height == h);
        CHECK(image.distinctColours() > 50);
        CHECK(run.output.find("lack U+") == std::string::npos);  // no missing glyphs
    }
}

TEST_CASE("a missing database shows the calm unavailable screen, not a crash", "[e2e]") {
    RunOptions o;
    o.db = "/nonexistent/exhibit.db";
    o.screenshot = true;
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    CHECK(run.state.at("content").at("available") == false);
    CHECK(run.state.at("content").at("error").get<std::string>().find("does not exist") != std::string::npos);
    const Image image = loadPng(run.screenshot);
    CHECK(image.width == 1920);
    CHECK(image.distinctColours() > 3);  // text on the background, not a blank frame
}

TEST_CASE("the health check (--check) passes on the built content and fails on a missing database", "[e2e]") {
    RunOptions good;
    good.extra = {"--check"};
    const KioskRun ok = runKiosk(good);
    INFO(ok.output);
    CHECK(ok.exitCode == 0);
    CHECK(ok.output.find("all checks passed") != std::string::npos);

    RunOptions bad;
    bad.db = "/nonexistent/exhibit.db";
    bad.extra = {"--check"};
    const KioskRun fail = runKiosk(bad);
    INFO(fail.output);
    CHECK(fail.exitCode != 0);
    CHECK(fail.output.find("database  PROBLEM") != std::string::npos);
}

TEST_CASE("a bad script line is reported with its line number and the run fails", "[e2e]") {
    RunOptions o;
    o.script = "wait 100\n# a comment\ntapp 10 10\n";
    const KioskRun run = runKiosk(o);
    CHECK(run.exitCode != 0);
    CHECK(run.output.find("script.txt:3: unknown command 'tapp'") != std::string::npos);
}

TEST_CASE("keys that could leave the kiosk are ignored and counted", "[e2e]") {
    RunOptions o;
    o.script = "key alt+f4\nwait 50\nkey ctrl+q\nkey escape\nkey ctrl+alt+backspace\nwait 100\n";
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    CHECK(run.state.at("lockdown").at("ignored_keys").get<int>() >= 4);
    CHECK(run.state.at("content").at("available") == true);
}
