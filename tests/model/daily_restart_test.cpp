// daily_restart_test.cpp: the restart before opening ([schedule] restart_before_opening): once a night, in the
// window before opening, only when nobody is at the screen, never again after it restarted.
#include <catch2/catch.hpp>

#include "model/daily_restart.hpp"

using namespace kiosk::model;

namespace {
LocalTime at(int y, int m, int d, int h, int min) { return {daysFromCivil(y, m, d), h * 3600 + min * 60}; }

OpeningHours weekdays() {
    OpeningHours o;
    o.configured = true;
    for (int i = 0; i < 5; ++i) o.weekly[i] = {TimeRange{9 * 3600, 17 * 3600}};
    return o;
}

bool due(const OpeningHours& o, LocalTime started, LocalTime now, bool inUse = false) {
    return restartDue(o, {started, now, 1800, inUse});
}
}  // namespace

TEST_CASE("the next opening is the first period that starts later, skipping closed days", "[model]") {
    const OpeningHours o = weekdays();
    CHECK(nextOpening(o, at(2026, 12, 7, 8, 0)) == at(2026, 12, 7, 9, 0));    // Monday morning
    CHECK(nextOpening(o, at(2026, 12, 7, 9, 0)) == at(2026, 12, 8, 9, 0));    // at opening: the next day's
    CHECK(nextOpening(o, at(2026, 12, 11, 18, 0)) == at(2026, 12, 14, 9, 0)); // Friday evening: Monday
    OpeningHours holiday = o;
    holiday.exceptions[daysFromCivil(2026, 12, 8)] = {};
    CHECK(nextOpening(holiday, at(2026, 12, 7, 18, 0)) == at(2026, 12, 9, 9, 0));
    CHECK_FALSE(nextOpening(OpeningHours{}, at(2026, 12, 7, 8, 0)));
}

TEST_CASE("a kiosk that ran all night restarts from thirty minutes before opening, not earlier", "[model]") {
    const OpeningHours o = weekdays();
    const LocalTime yesterday = at(2026, 12, 6, 20, 0);
    CHECK_FALSE(due(o, yesterday, at(2026, 12, 7, 8, 29)));
    CHECK(due(o, yesterday, at(2026, 12, 7, 8, 30)));
    CHECK(due(o, yesterday, at(2026, 12, 7, 8, 59)));
    CHECK_FALSE(due(o, yesterday, at(2026, 12, 7, 9, 0)));  // open: too late, the day has begun
}

TEST_CASE("a kiosk restarted in the window, or started there, does not restart again", "[model]") {
    const OpeningHours o = weekdays();
    CHECK_FALSE(due(o, at(2026, 12, 7, 8, 30), at(2026, 12, 7, 8, 45)));
    CHECK_FALSE(due(o, at(2026, 12, 7, 8, 50), at(2026, 12, 7, 8, 50)));
    // ...but it does the next morning.
    CHECK(due(o, at(2026, 12, 7, 8, 30), at(2026, 12, 8, 8, 40)));
}

TEST_CASE("no restart while someone is at the screen, or with the restart switched off", "[model]") {
    const OpeningHours o = weekdays();
    CHECK_FALSE(due(o, at(2026, 12, 6, 20, 0), at(2026, 12, 7, 8, 40), true));
    CHECK_FALSE(restartDue(o, {at(2026, 12, 6, 20, 0), at(2026, 12, 7, 8, 40), 0, false}));
    CHECK_FALSE(restartDue(OpeningHours{}, {at(2026, 12, 6, 20, 0), at(2026, 12, 7, 8, 40), 1800, false}));
}

TEST_CASE("over the weekend the restart waits for Monday's window", "[model]") {
    const OpeningHours o = weekdays();
    const LocalTime friday = at(2026, 12, 11, 9, 0);
    CHECK_FALSE(due(o, friday, at(2026, 12, 12, 8, 45)));  // Saturday: closed, no opening within the lead
    CHECK(due(o, friday, at(2026, 12, 14, 8, 31)));
}
