// opening_hours_test.cpp: whether the exhibit is open at a local time, across midnight, on exceptions, and how
// [schedule] entries are read. (Daylight saving time: tests/app/wall_clock_test.cpp, through the real time zone.)
#include <catch2/catch.hpp>

#include "model/opening_hours.hpp"

using namespace kiosk::model;

namespace {
LocalTime at(int y, int m, int d, int h, int min) { return {daysFromCivil(y, m, d), h * 3600 + min * 60}; }

OpeningHours hours(std::initializer_list<std::pair<const char*, const char*>> entries) {
    OpeningHours o;
    o.configured = true;
    for (const auto& [days, times] : entries) {
        std::string error;
        const auto d = parseDays(days, error);
        const auto t = parseOpeningTimes(times, error);
        REQUIRE(d);
        REQUIRE(t);
        for (size_t i = 0; i < 7; ++i)
            if ((*d)[i]) o.weekly[i] = *t;
    }
    return o;
}
}  // namespace

TEST_CASE("calendar days and weekdays agree with the calendar", "[model]") {
    CHECK(daysFromCivil(1970, 1, 1) == 0);
    CHECK(weekdayOf(daysFromCivil(2026, 12, 7)) == 0);   // a Monday
    CHECK(weekdayOf(daysFromCivil(2026, 12, 25)) == 4);  // Christmas 2026 is a Friday
    CHECK(weekdayOf(daysFromCivil(2024, 2, 29)) == 3);   // leap day, a Thursday
    CHECK(formatDate(daysFromCivil(2026, 12, 25)) == "2026-12-25");
    CHECK(formatDate(daysFromCivil(2000, 2, 29)) == "2000-02-29");
}

TEST_CASE("weekday hours: open from the opening minute up to, not including, the closing minute", "[model]") {
    const OpeningHours o = hours({{"mon-fri", "09:00-17:00"}, {"sat", "10:00-12:30, 13:30-16:00"}});
    CHECK_FALSE(isOpen(o, at(2026, 12, 7, 8, 59)));
    CHECK(isOpen(o, at(2026, 12, 7, 9, 0)));
    CHECK(isOpen(o, at(2026, 12, 11, 16, 59)));  // Friday
    CHECK_FALSE(isOpen(o, at(2026, 12, 11, 17, 0)));
    CHECK(isOpen(o, at(2026, 12, 12, 11, 0)));         // Saturday morning
    CHECK_FALSE(isOpen(o, at(2026, 12, 12, 13, 0)));   // Saturday lunch
    CHECK(isOpen(o, at(2026, 12, 12, 15, 0)));
    CHECK_FALSE(isOpen(o, at(2026, 12, 13, 12, 0)));   // Sunday is not named: closed
}

TEST_CASE("a period past midnight belongs to the evening it starts on", "[model]") {
    OpeningHours o = hours({{"fri", "18:00-02:00"}});
    CHECK(isOpen(o, at(2026, 12, 11, 23, 30)));      // Friday night
    CHECK(isOpen(o, at(2026, 12, 12, 1, 59)));       // Saturday, small hours: still Friday's period
    CHECK_FALSE(isOpen(o, at(2026, 12, 12, 2, 0)));
    CHECK_FALSE(isOpen(o, at(2026, 12, 12, 18, 30)));  // Saturday evening has no period of its own
    CHECK_FALSE(isOpen(o, at(2026, 12, 11, 1, 0)));    // Friday's small hours belong to Thursday: closed
    // Closing Saturday as a holiday does not cut Friday's night short; closing that Friday does.
    o.exceptions[daysFromCivil(2026, 12, 12)] = {};
    CHECK(isOpen(o, at(2026, 12, 12, 1, 0)));
    o.exceptions[daysFromCivil(2026, 12, 11)] = {};
    CHECK_FALSE(isOpen(o, at(2026, 12, 11, 23, 0)));
    CHECK_FALSE(isOpen(o, at(2026, 12, 12, 1, 0)));
}

TEST_CASE("a closed holiday and a date's own hours override the weekday", "[model]") {
    OpeningHours o = hours({{"mon-sun", "09:00-17:00"}});
    o.exceptions[daysFromCivil(2026, 12, 25)] = {};
    std::string error;
    o.exceptions[daysFromCivil(2026, 12, 24)] = *parseOpeningTimes("09:00-13:00", error);
    CHECK_FALSE(isOpen(o, at(2026, 12, 25, 12, 0)));
    CHECK(isOpen(o, at(2026, 12, 24, 12, 0)));
    CHECK_FALSE(isOpen(o, at(2026, 12, 24, 14, 0)));
    CHECK(isOpen(o, at(2026, 12, 26, 14, 0)));
}

TEST_CASE("without a schedule the exhibit is always open", "[model]") {
    CHECK(isOpen(OpeningHours{}, at(2026, 12, 25, 3, 0)));
}

TEST_CASE("wake until closing lasts to the end of today's hours, or midnight when they are over", "[model]") {
    const OpeningHours o = hours({{"mon-fri", "09:00-17:00"}, {"sat", "20:00-01:00"}});
    CHECK(wakeUntilClosing(o, at(2026, 12, 7, 8, 0)) == at(2026, 12, 7, 17, 0));   // before opening: through the day
    CHECK(wakeUntilClosing(o, at(2026, 12, 7, 12, 0)) == at(2026, 12, 7, 17, 0));  // open: to closing
    CHECK(wakeUntilClosing(o, at(2026, 12, 7, 19, 0)) == at(2026, 12, 8, 0, 0));   // an evening event: to midnight
    CHECK(wakeUntilClosing(o, at(2026, 12, 12, 21, 0)) == at(2026, 12, 13, 1, 0)); // Saturday night: past midnight
    CHECK(wakeUntilClosing(o, at(2026, 12, 13, 0, 30)) == at(2026, 12, 13, 1, 0));
    CHECK(wakeUntilClosing(o, at(2026, 12, 13, 10, 0)) == at(2026, 12, 14, 0, 0)); // closed Sunday
}

TEST_CASE("schedule entries are read, and malformed ones are refused in plain words", "[model]") {
    std::string error;
    const auto weekend = parseDays("sat,sun", error);
    REQUIRE(weekend);
    CHECK((*weekend == std::array<bool, 7>{false, false, false, false, false, true, true}));
    const auto wrap = parseDays("fri-mon", error);
    REQUIRE(wrap);
    CHECK((*wrap == std::array<bool, 7>{true, false, false, false, true, true, true}));
    CHECK_FALSE(parseDays("mo-fr", error));
    CHECK(error.find("'mo-fr' is not a day: use mon, tue") != std::string::npos);

    const auto whole = parseOpeningTimes("00:00-24:00", error);
    REQUIRE(whole);
    CHECK((whole->front() == TimeRange{0, 86400}));
    CHECK_FALSE(whole->front().crossesMidnight());
    CHECK(parseOpeningTimes("closed", error)->empty());
    CHECK_FALSE(parseOpeningTimes("9-17", error));
    CHECK(error.find("\"09:00-17:00\"") != std::string::npos);
    CHECK_FALSE(parseOpeningTimes("09:00-25:00", error));
    CHECK_FALSE(parseOpeningTimes("09:00-09:00", error));
    CHECK(error.find("same time") != std::string::npos);
    CHECK_FALSE(parseOpeningTimes("09:00-13:00, 12:00-17:00", error));
    CHECK(error.find("overlap") != std::string::npos);
    CHECK(parseOpeningTimes("09:00-12:00, 22:00-02:00", error));

    CHECK(parseDate("2026-12-25", error) == daysFromCivil(2026, 12, 25));
    CHECK_FALSE(parseDate("2026-02-30", error));
    CHECK(error.find("not a date in the calendar") != std::string::npos);
    CHECK_FALSE(parseDate("25/12/2026", error));
}

TEST_CASE("the staff panel's description groups days with the same hours", "[model]") {
    OpeningHours o = hours({{"mon-fri", "09:00-17:00"}, {"sat", "10:00-16:00"}});
    o.exceptions[daysFromCivil(2026, 12, 25)] = {};
    CHECK(describeOpeningHours(o) == std::vector<std::string>{"Mon-Fri 09:00-17:00", "Sat 10:00-16:00", "Sun closed", "2026-12-25 closed"});
}
