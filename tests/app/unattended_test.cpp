// unattended_test.cpp: the mode machine, reading timeouts, the tour, the PIN lock and the corner gesture, all on
// a virtual clock.
#include <catch2/catch.hpp>

#include <cmath>

#include "app/admin_lock.hpp"
#include "app/attract_tour.hpp"
#include "app/frame_stats.hpp"
#include "app/mode_machine.hpp"
#include "../ui/headless.hpp"

using namespace kiosk::app;

TEST_CASE("attract -> active on a touch, which is swallowed") {
    ModeMachine m({45, 10, true}, 0);
    CHECK(m.mode() == Mode::Attract);
    CHECK_FALSE(m.update(100, false, 45).sessionStarted);  // attract waits for ever
    CHECK(m.mode() == Mode::Attract);
    const ModeChange c = m.update(101, true, 45);
    CHECK(c.sessionStarted);
    CHECK(c.swallowInput);
    CHECK(m.mode() == Mode::Active);
}

TEST_CASE("the waking gesture is swallowed whole: its hold, its drag and the frame its finger lifts, not the next touch") {
    for (bool fromWarning : {false, true}) {
        INFO("woken from " << (fromWarning ? "Still there?" : "the tour"));
        ModeMachine m({45, 10, true}, 0);
        if (fromWarning) {
            m.update(1, true, 45);
            m.update(1.1, false, 45);  // that first touch lifted
            REQUIRE(m.update(50, false, 45).warningShown);
        }
        const double t = fromWarning ? 51 : 1;
        CHECK(m.update(t, true, 45, true).swallowInput);           // the finger lands
        CHECK(m.mode() == Mode::Active);
        CHECK(m.update(t + 0.1, false, 45, true).swallowInput);    // held, or dragged
        CHECK(m.update(t + 0.2, false, 45, false).swallowInput);   // lifted: where a button would fire
        CHECK_FALSE(m.update(t + 0.3, false, 45, false).swallowInput);
        CHECK_FALSE(m.update(t + 1, true, 45, true).swallowInput);  // the next touch acts
    }
    // A key that wakes the tour has no finger to lift: only its own frame is swallowed.
    ModeMachine k({45, 10, true}, 0);
    CHECK(k.update(1, true, 45, false).swallowInput);
    CHECK_FALSE(k.update(1.1, false, 45, false).swallowInput);
}

TEST_CASE("active -> still there after the timeout -> reset after the countdown -> attract") {
    ModeMachine m({45, 10, true}, 0);
    m.update(0, true, 45);
    CHECK(m.update(44.9, false, 45).warningShown == false);
    const ModeChange w = m.update(45.0, false, 45);
    CHECK(w.warningShown);
    CHECK(m.mode() == Mode::StillThere);
    CHECK(m.warningRemaining(50) == Approx(5));
    CHECK_FALSE(m.update(54.9, false, 45).reset);
    const ModeChange r = m.update(55.0, false, 45);
    CHECK(r.reset);
    CHECK(m.mode() == Mode::Attract);
}

TEST_CASE("a touch during the warning keeps the visitor, and each touch restarts the idle clock") {
    ModeMachine m({45, 10, true}, 0);
    m.update(0, true, 45);
    m.update(30, true, 45);
    CHECK(m.update(70, false, 45).warningShown == false);  // 40 s since the last touch
    CHECK(m.update(75, false, 45).warningShown);
    const ModeChange k = m.update(80, true, 45);
    CHECK(k.warningDismissed);
    CHECK(k.swallowInput);
    CHECK(m.mode() == Mode::Active);
    CHECK(m.update(124, false, 45).warningShown == false);
}

TEST_CASE("without attract mode a reset returns to the active home view") {
    ModeMachine m({45, 10, false}, 0);
    CHECK(m.mode() == Mode::Active);
    m.update(45, false, 45);
    CHECK(m.update(55, false, 45).reset);
    CHECK(m.mode() == Mode::Active);
}

TEST_CASE("reading time: 250 words a minute, never under 60 s, never under the browsing timeout") {
    CHECK(readingTimeout(10, 45) == 60);
    CHECK(readingTimeout(1000, 45) == Approx(240));
    CHECK(readingTimeout(10, 90) == 90);
    ModeMachine m({45, 10, true}, 0);
    m.update(0, true, 45);
    CHECK_FALSE(m.update(200, false, 240).warningShown);  // a long article is open
    CHECK(m.update(240, false, 240).warningShown);
}

TEST_CASE("the tour visits the key events in date order and loops") {
    const auto& c = kiosk::test::realCatalog();
    const auto stops = pickTourEvents(c, 8);
    REQUIRE(stops.size() == 8);
    CHECK(std::is_sorted(stops.begin(), stops.end()));
    AttractTour tour(stops, 9);
    CHECK(tour.stopAt(0) == stops[0]);
    CHECK(tour.stopAt(9.5) == stops[1]);
    CHECK(tour.stopAt(9 * 8 + 1) == stops[0]);
    CHECK(tour.stopAt(-1) == stops[0]);
    CHECK(AttractTour({}).stopAt(5) == kiosk::model::kNone);
}

TEST_CASE("the PIN: right opens, wrong three times locks out, and lock-outs double") {
    AdminLock lock("2468");
    for (char k : std::string("2468")) CHECK(lock.key(k, 0) == AdminLock::Result::Pending);
    CHECK(lock.key('=', 0) == AdminLock::Result::Accepted);
    auto attempt = [&](const std::string& pin, double now) {
        for (char k : pin) lock.key(k, now);
        return lock.key('=', now);
    };
    CHECK(attempt("1111", 1) == AdminLock::Result::Rejected);
    CHECK(attempt("1112", 2) == AdminLock::Result::Rejected);
    CHECK(attempt("1113", 3) == AdminLock::Result::LockedOut);
    CHECK(lock.lockRemaining(3) == Approx(30));
    CHECK(attempt("2468", 20) == AdminLock::Result::LockedOut);  // even the right PIN waits
    CHECK(attempt("1", 40) == AdminLock::Result::Rejected);
    CHECK(attempt("1", 41) == AdminLock::Result::Rejected);
    CHECK(attempt("1", 42) == AdminLock::Result::LockedOut);
    CHECK(lock.lockRemaining(42) == Approx(60));
    // Brute force at the keypad: 10,000 PINs would take months.
    double now = 200;
    int tried = 0;
    while (now < 200 + 86400) {
        if (lock.lockedOut(now)) { now += lock.lockRemaining(now); continue; }
        attempt(std::to_string(1000 + tried % 1000), now);
        ++tried;
        now += 1;
    }
    CHECK(tried < 200);
}

TEST_CASE("the PIN keypad edits: clear and delete") {
    AdminLock lock("1234");
    for (char k : std::string("129")) lock.key(k, 0);
    lock.key('<', 0);
    CHECK(lock.digits() == 2);
    lock.key('C', 0);
    CHECK(lock.digits() == 0);
    for (char k : std::string("1234")) lock.key(k, 0);
    CHECK(lock.key('=', 0) == AdminLock::Result::Accepted);
}

TEST_CASE("the corner hold fires once after five seconds, and only in the corner") {
    CornerHold hold(80, 5.0);
    CHECK_FALSE(hold.update(10, 10, true, 0));
    CHECK_FALSE(hold.update(10, 10, true, 4.9));
    CHECK(hold.update(10, 10, true, 5.0));
    CHECK_FALSE(hold.update(10, 10, true, 6.0));  // once per hold
    CHECK_FALSE(hold.update(10, 10, false, 6.1));
    CHECK_FALSE(hold.update(200, 10, true, 7));
    CHECK_FALSE(hold.update(200, 10, true, 20));
    CHECK_FALSE(hold.update(10, 10, true, 21));
    CHECK_FALSE(hold.update(100, 10, true, 24));  // slid out of the corner: starts again
    CHECK_FALSE(hold.update(10, 10, true, 25));
    CHECK(hold.update(10, 10, true, 30));
}

TEST_CASE("frame statistics report nearest-rank percentiles") {
    FrameStats stats(100);
    for (int i = 1; i <= 100; ++i) stats.add(i);
    const auto s = stats.summary();
    CHECK(s.p50 == 50);
    CHECK(s.p99 == 99);
    CHECK(s.max == 100);
    for (int i = 0; i < 100; ++i) stats.add(1);  // the ring forgets old frames
    CHECK(stats.summary().max == 1);
}

TEST_CASE("the mode machine says how long an idle loop may sleep before its next timeout", "[modes]") {
    ModeMachine m({10, 10, true}, 0);
    CHECK(std::isinf(m.secondsUntilChange(0, 10)));  // attract: nothing happens by itself
    m.update(1, true, 10);                           // a visitor
    CHECK(m.secondsUntilChange(4, 10) == Approx(7));
    m.update(11, false, 10);                         // "Still there?" at 11
    REQUIRE(m.mode() == Mode::StillThere);
    CHECK(m.secondsUntilChange(15, 10) == Approx(6));
    CHECK(m.secondsUntilChange(30, 10) == 0);
}
