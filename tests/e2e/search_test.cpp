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

namespace {

bool hasButton(const nlohmann::json& state, const std::string& label) {
    for (const auto& b : state.at("buttons"))
        if (b.at("label") == label) return true;
    return false;
}

}  // namespace

TEST_CASE("a typo gets a tappable 'did you mean', and its tap searches the exhibit's word", "[e2e]") {
    const std::string dir = scratchDir("search-typo");
    RunOptions home;
    const KioskRun h = runKiosk(home);
    REQUIRE(h.exitCode == 0);
    RunOptions typo;
    typo.script = tapLabel(h.state, "Search") + "wait 100\ntype bhuto\nwait 300\nstate " + dir + "/typo.json\nscreenshot " + dir + "/typo.png\n";
    const KioskRun t = runKiosk(typo);
    INFO(t.output);
    REQUIRE(t.exitCode == 0);
    const auto typed = readJson(dir + "/typo.json");
    CHECK(typed.at("search").at("results") == 0);
    CHECK(typed.at("search").at("suggestion") == "bhutto");
    const std::string label = "Did you mean: bhutto?";
    REQUIRE(hasButton(typed, label));
    RunOptions fix = typo;
    fix.script += tapLabel(typed, label) + "wait 300\n";
    const KioskRun f = runKiosk(fix);
    REQUIRE(f.exitCode == 0);
    CHECK(f.state.at("search").at("query") == "bhutto");
    CHECK(f.state.at("search").at("results").get<int>() >= 1);
    CHECK(f.state.at("search").at("suggestion") == "");
}

TEST_CASE("an article opened from the results goes back to the results, and keeps its title and a way to the top", "[e2e]") {
    const std::string dir = scratchDir("search-article");
    RunOptions home;
    const KioskRun h = runKiosk(home);
    REQUIRE(h.exitCode == 0);
    // A word only one article holds: its one result is that article.
    RunOptions search;
    search.script = tapLabel(h.state, "Search") + "wait 100\ntype aberration\nwait 300\nstate " + dir + "/results.json\n";
    const KioskRun s = runKiosk(search);
    REQUIRE(s.exitCode == 0);
    const auto results = readJson(dir + "/results.json");
    REQUIRE(results.at("search").at("results") == 1);
    RunOptions open = search;
    open.script += tapLabel(results, "##result") + "wait 600\nstate " + dir + "/article.json\nscreenshot " + dir + "/article.png\n";
    const KioskRun o = runKiosk(open);
    REQUIRE(o.exitCode == 0);
    const auto article = readJson(dir + "/article.json");
    CHECK(article.at("reader").at("page") == "article");
    CHECK(hasButton(article, "\u2039  Back to the results"));
    CHECK_FALSE(hasButton(article, "\u2039  Back to the event"));
    CHECK(hasButton(article, "To the top"));
    // Opened at the matched word, so scrolled: "To the top" brings the start back.
    REQUIRE(article.at("reader").at("scroll").get<float>() > 0);
    RunOptions top = open;
    top.script += tapLabel(article, "To the top") + "wait 300\nstate " + dir + "/top.json\n";
    const KioskRun tp = runKiosk(top);
    REQUIRE(tp.exitCode == 0);
    CHECK(readJson(dir + "/top.json").at("reader").at("scroll").get<float>() == 0);
    RunOptions back = open;
    back.script += tapLabel(article, "\u2039  Back to the results") + "wait 300\n";
    const KioskRun b = runKiosk(back);
    REQUIRE(b.exitCode == 0);
    CHECK(b.state.at("reader").at("page") == "search");
    CHECK(b.state.at("search").at("query") == "aberration");
    CHECK(b.state.at("search").at("results") == 1);
}
