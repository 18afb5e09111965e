// admin_trips_test.cpp: what an admin relies on: visits counted with the tour on or off and ended by Start over,
// one search per settled query, the corner hold's progress, no PIN means no unlock, and --check's software warning.
#include <catch2/catch.hpp>

#include "app/admin_lock.hpp"
#include "app/check_report.hpp"
#include "app/mode_machine.hpp"
#include "app/search_tally.hpp"
#include "app/usage_report.hpp"

using namespace kiosk::app;

TEST_CASE("with the tour off, the first touch starts a visit (and acts), the reset ends it, the next touch starts another") {
    ModeMachine m({45, 10, false}, 0);
    CHECK_FALSE(m.update(1, false, 45).sessionStarted);
    const ModeChange first = m.update(2, true, 45);
    CHECK(first.sessionStarted);
    CHECK_FALSE(first.swallowInput);  // the home view is already there: the touch does what it touched
    CHECK_FALSE(m.update(3, true, 45).sessionStarted);
    m.update(48, false, 45);  // "Still there?"
    const ModeChange reset = m.update(58, false, 45);
    CHECK(reset.reset);
    CHECK(reset.sessionEnded);
    CHECK(m.update(60, true, 45).sessionStarted);
}

TEST_CASE("a reset of a screen nobody touched ends no visit") {
    ModeMachine m({45, 10, false}, 0);
    m.update(45, false, 45);
    const ModeChange reset = m.update(55, false, 45);
    CHECK(reset.reset);
    CHECK_FALSE(reset.sessionEnded);
}

TEST_CASE("with the tour on, the visit starts on the waking touch and ends at the reset") {
    ModeMachine m({45, 10, true}, 0);
    CHECK(m.update(1, true, 45).sessionStarted);
    m.update(46, false, 45);
    CHECK(m.update(56, false, 45).sessionEnded);
    CHECK(m.mode() == Mode::Attract);
}

TEST_CASE("Start over ends the visit, and the next touch starts a new one") {
    for (bool tour : {true, false}) {
        INFO("tour " << tour);
        ModeMachine m({45, 10, tour}, 0);
        CHECK(m.update(1, true, 45).sessionStarted);
        CHECK(m.visiting());
        CHECK(m.endSession());
        CHECK_FALSE(m.endSession());  // ended once
        CHECK_FALSE(m.update(2, false, 45).sessionStarted);
        const ModeChange next = m.update(3, true, 45);
        CHECK(next.sessionStarted);
        CHECK_FALSE(next.swallowInput);
    }
}

TEST_CASE("typing a query counts one search when it is settled, not one per keystroke") {
    SearchTally t(3.0);
    t.changed("t", 40, 0.0);
    t.changed("ta", 12, 0.2);
    t.changed("tas", 3, 0.4);
    t.changed("tash", 2, 0.6);
    CHECK_FALSE(t.poll(1.0));
    CHECK_FALSE(t.poll(3.5));  // 2.9 s after the last key
    const auto paused = t.poll(3.7);
    REQUIRE(paused);
    CHECK(*paused == 2);
    CHECK_FALSE(t.poll(10));   // once
    CHECK_FALSE(t.settle());   // opening a result of the same query: already counted
    t.changed("tashkent", 1, 11);
    const auto opened = t.settle();  // a result opened at once
    REQUIRE(opened);
    CHECK(*opened == 1);
    CHECK_FALSE(t.poll(20));
    t.changed("", 0, 21);      // cleared: nothing to count
    CHECK_FALSE(t.settle());
    CHECK_FALSE(t.poll(30));
}

TEST_CASE("the same query by the next visitor counts again") {
    SearchTally t;
    t.changed("karachi", 5, 0);
    CHECK(t.settle());
    t.newVisitor();
    t.changed("karachi", 5, 100);
    CHECK(t.settle());
    t.changed("karachi", 5, 101);  // typed away and back to it: the same query settled twice counts once
    CHECK_FALSE(t.settle());
}

TEST_CASE("the corner hold shows progress only after half a second, and not after it fired") {
    CornerHold h(80, 5.0);
    h.update(10, 10, true, 0);
    CHECK(h.progress(0.3) == 0);
    h.update(10, 10, true, 2.5);
    CHECK(h.progress(2.5) == Approx(0.5));
    CHECK(h.update(10, 10, true, 5.0));
    CHECK(h.progress(5.0) == 0);
    h.update(10, 10, false, 5.1);
    CHECK(h.progress(5.1) == 0);
    h.update(200, 10, true, 6);  // outside the corner
    CHECK(h.progress(8) == 0);
}

TEST_CASE("with no PIN set, no digits unlock the keypad") {
    AdminLock lock("");
    for (const char* attempt : {"", "0000", "2468", "1234"}) {
        for (const char* k = attempt; *k; ++k) lock.key(*k, 0);
        CHECK(lock.key('=', 0) != AdminLock::Result::Accepted);
    }
}

TEST_CASE("kiosk --check warns about software rendering instead of calling it ok") {
    CHECK(softwareRenderingWarning("llvmpipe (LLVM 15.0.6, 256 bits), OpenGL 4.5") == "software rendering (llvmpipe): expect slower frames");
    CHECK(softwareRenderingWarning("Mesa softpipe") == "software rendering (softpipe): expect slower frames");
    CHECK(softwareRenderingWarning("AMD Radeon RX 6400 (radeonsi), OpenGL 4.6").empty());
    CHECK(softwareRenderingWarning("Mesa Intel(R) UHD Graphics 620 (KBL GT2)").empty());
}

TEST_CASE("the usage report's titles come from the content database, and nothing when it cannot be read") {
    CHECK(titlesById("/nonexistent/exhibit.db").empty());
    CHECK(titlesById("").empty());
}
