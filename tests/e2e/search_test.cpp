// search_test.cpp: a visitor searches with the on-screen keyboard, sees highlighted results, and opens one.
#include <catch2/catch.hpp>

#include <fstream>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;


TEST_CASE("typing on the on-screen keyboard finds events, and a result opens its event", "[e2e]") {
    for (const char* size : {"1920x1080", "1080x1920"}) {
        INFO(size);
        const std::string dir = scratchDir("search");
        // First run: open the keyboard and learn where its keys are.
        RunOptions first;
        first.size = size;
        {
            RunOptions home;
            home.size = size;
            const KioskRun h = runKiosk(home);
            REQUIRE(h.exitCode == 0);
            first.script = tapLabel(h.state, "Search") + "wait 200\n";
        }
        const KioskRun open = runKiosk(first);
        REQUIRE(open.exitCode == 0);
        CHECK(open.state.at("search").at("keyboard_open") == true);
        CHECK(open.state.at("reader").at("page") == "search");
        // Second run: the same, then T A S H on the keyboard.
        RunOptions typing;
        typing.size = size;
        typing.script = first.script;
        for (const char* key : {"T", "A", "S", "H"}) typing.script += tapLabel(open.state, key) + "wait 100\n";
        typing.script += "wait 300\nstate " + dir + "/typed.json\nscreenshot " + dir + "/typed.png\n";
        const KioskRun typed = runKiosk(typing);
        INFO(typed.output);
        REQUIRE(typed.exitCode == 0);
        const auto afterTyping = readJson(dir + "/typed.json");
        CHECK(afterTyping.at("search").at("query") == "tash");
        CHECK(afterTyping.at("search").at("results").get<int>() >= 1);
        CHECK(loadPng(dir + "/typed.png").distinctColours() > 50);
        // Third run: tap the first result.
        RunOptions choose = typing;
        choose.script += tapLabel(afterTyping, "##result") + "wait 1500\n";
        const KioskRun chosen = runKiosk(choose);
        REQUIRE(chosen.exitCode == 0);
        REQUIRE(chosen.state.at("selected_event").is_object());
        CHECK(chosen.state.at("selected_event").at("title").get<std::string>().find("Tashkent") != std::string::npos);
        CHECK(chosen.state.at("reader").at("page") == "event");
        CHECK(chosen.state.at("search").at("keyboard_open") == false);
    }
}

TEST_CASE("hostile search input never breaks the kiosk and never runs as query syntax", "[e2e]") {
    RunOptions home;
    const KioskRun h = runKiosk(home);
    REQUIRE(h.exitCode == 0);
    RunOptions o;
    o.script = tapLabel(h.state, "Search") + "wait 100\n" + "type \"NEAR(pakistan* -russia) OR title:x AND NOT \xC3\xBCr\xC3\xBCmqi\"\nwait 100\n";
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    CHECK(run.state.at("search").at("query").get<std::string>().find("NEAR(") != std::string::npos);
    CHECK(run.state.at("content").at("available") == true);
    CHECK(run.output.find("error") == std::string::npos);
}
