// The ignored-key log: a few lines a minute, then one line with the count of what was left out.
#include <catch2/catch.hpp>

#include "app/log_throttle.hpp"

using kiosk::app::LogThrottle;

TEST_CASE("log throttle lets the first lines of a window through and counts the rest") {
    LogThrottle throttle(3, 60.0);
    int logged = 0;
    for (int i = 0; i < 1000; ++i) {
        const auto d = throttle.record(i * 0.01);  // 1,000 events in 10 s
        CHECK_FALSE(d.suppressed);
        logged += d.log ? 1 : 0;
    }
    CHECK(logged == 3);
    // The next window reports how many were left out, and logs again.
    const auto next = throttle.record(61.0);
    REQUIRE(next.suppressed);
    CHECK(*next.suppressed == 997);
    CHECK(next.log);
}

TEST_CASE("log throttle reports nothing when nothing was left out") {
    LogThrottle throttle(5, 60.0);
    for (int i = 0; i < 5; ++i) CHECK(throttle.record(i).log);
    const auto later = throttle.record(200.0);
    CHECK(later.log);
    CHECK_FALSE(later.suppressed);
}

TEST_CASE("log throttle starts a new window when the clock goes backwards") {
    LogThrottle throttle(1, 60.0);
    CHECK(throttle.record(1000.0).log);
    CHECK_FALSE(throttle.record(1001.0).log);
    const auto after = throttle.record(5.0);  // a restarted virtual clock
    CHECK(after.log);
    REQUIRE(after.suppressed);
    CHECK(*after.suppressed == 1);
}
