// input_script_test.cpp: the --script format and its frame-by-frame playback.
#include <catch2/catch.hpp>

#include "app/input_script.hpp"

using namespace kiosk::app;

TEST_CASE("scripts parse every command and ignore comments and blank lines") {
    const auto s = parseScript("# start\n\ntap 10 20\ndrag 1 2 3 4 100\nwait 50\nkey alt+f4\ntype Tashkent 1966\nscreenshot /tmp/a b.png\n", "t");
    REQUIRE(s.error.empty());
    REQUIRE(s.commands.size() == 6);
    CHECK(s.commands[0].kind == ScriptCommand::Kind::Tap);
    CHECK(s.commands[0].line == 3);
    CHECK(s.commands[4].text == "Tashkent 1966");
    CHECK(s.commands[5].text == "/tmp/a b.png");
}

TEST_CASE("a bad line names the file and line and yields no commands") {
    for (const auto& [text, line] : {std::pair{"tap 1\n", 1}, std::pair{"wait 10\ntap x y\n", 2}, std::pair{"\n\ndrag 1 2 3 4\n", 3},
                                     std::pair{"wait -5\n", 1}, std::pair{"key\n", 1}, std::pair{"tap 1 2 3\n", 1},
                                     std::pair{"tap nan 2\n", 1}, std::pair{"jump 1 2\n", 1}}) {
        INFO(text);
        const auto s = parseScript(text, "script.txt");
        CHECK(s.commands.empty());
        CHECK(s.error.rfind("script.txt:" + std::to_string(line) + ":", 0) == 0);
    }
}

TEST_CASE("a tap is a move, a press and a release on three frames") {
    ScriptPlayer p(parseScript("tap 100 200\n", "t").commands);
    const FrameInput a = p.next(), b = p.next(), c = p.next();
    CHECK((a.x == 100 && a.y == 200 && !a.down));
    CHECK(b.down);
    CHECK(!c.down);
    CHECK(p.finished());
}

TEST_CASE("a drag moves with the finger down from start to end, then releases") {
    ScriptPlayer p(parseScript("drag 0 0 100 0 100\n", "t").commands);
    std::vector<FrameInput> frames;
    while (!p.finished()) frames.push_back(p.next());
    REQUIRE(frames.size() >= 4);
    CHECK(frames[1].down);
    CHECK(frames[frames.size() - 2].x == Approx(100));
    CHECK(frames[frames.size() - 2].down);
    CHECK_FALSE(frames.back().down);
    for (size_t i = 2; i < frames.size(); ++i) CHECK(frames[i].x >= frames[i - 1].x);
}

TEST_CASE("waits last as many frames as their milliseconds at 60 Hz") {
    ScriptPlayer p(parseScript("wait 1000\n", "t").commands);
    int frames = 0;
    while (!p.finished()) {
        p.next();
        ++frames;
    }
    CHECK(frames == 60);
}
