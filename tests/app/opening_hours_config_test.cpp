// opening_hours_config_test.cpp: [schedule] in kiosk.toml, the kiosk's sleep and wake around it, and local time
// through the real time zone rules (daylight saving time).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>

#include "app/config.hpp"
#include "app/opening_keeper.hpp"
#include "app/wall_clock.hpp"

using namespace kiosk::app;
using kiosk::model::daysFromCivil;
using kiosk::model::LocalTime;

namespace {
LocalTime at(int y, int m, int d, int h, int min) { return {daysFromCivil(y, m, d), h * 3600 + min * 60}; }

bool mentions(const ConfigResult& r, const std::string& text) {
    for (const std::string& w : r.warnings)
        if (w.find(text) != std::string::npos) return true;
    return false;
}

// Runs `f` with the process's time zone set to `zone`, then puts the old one back.
template <typename F>
void inZone(const char* zone, F f) {
    const char* old = std::getenv("TZ");
    const std::string saved = old ? old : "";
    setenv("TZ", zone, 1);
    tzset();
    f();
    if (old) setenv("TZ", saved.c_str(), 1);
    else unsetenv("TZ");
    tzset();
}
}  // namespace

TEST_CASE("a [schedule] with weekdays, a late night, a short day and holidays is read", "[app]") {
    const ConfigResult r = parseConfig("[schedule]\nmon-fri = \"09:00-17:00\"\nsat = \"10:00-12:00, 13:00-16:00\"\nfri = \"closed\"\n", "k.toml");
    // "fri" clashes with "mon-fri": named in plain words, and the schedule is not used (the screen stays on).
    CHECK((mentions(r, "'mon-fri' in [schedule] names a day that 'fri' already gives") || mentions(r, "'fri' in [schedule] names a day that 'mon-fri' already gives")));
    CHECK_FALSE(r.config.openingHours.configured);

    const ConfigResult ok = parseConfig("[schedule]\nmon-thu = \"09:00-17:00\"\nfri = \"09:00-22:00\"\nsat = \"20:00-01:00\"\n"
                                        "2026-12-24 = \"09:00-13:00\"\nclosed = [\"2026-12-25\", \"2026-12-26\"]\n", "k.toml");
    INFO(ok.warnings.size());
    CHECK(ok.warnings.empty());
    const auto& hours = ok.config.openingHours;
    REQUIRE(hours.configured);
    CHECK(isOpen(hours, at(2026, 12, 7, 10, 0)));
    CHECK(isOpen(hours, at(2026, 12, 11, 21, 0)));   // Friday's late opening
    CHECK(isOpen(hours, at(2026, 12, 13, 0, 30)));   // Saturday night, after midnight
    CHECK_FALSE(isOpen(hours, at(2026, 12, 13, 10, 0)));  // Sunday not named: closed
    CHECK(isOpen(hours, at(2026, 12, 24, 12, 0)));
    CHECK_FALSE(isOpen(hours, at(2026, 12, 24, 14, 0)));
    CHECK_FALSE(isOpen(hours, at(2026, 12, 25, 10, 0)));
}

TEST_CASE("malformed [schedule] entries are refused with the file, the line and what to write", "[app]") {
    struct Case { const char* toml; const char* says; };
    const Case cases[] = {
        {"[schedule]\nmon-fri = \"9-5\"\n", "k.toml:2: 'mon-fri' in [schedule]: \"9-5\" is not opening times: write them as \"09:00-17:00\""},
        {"[schedule]\nmonday = \"09:00-17:00\"\n", "k.toml:2: 'monday' in [schedule] is neither days nor a date: 'monday' is not a day"},
        {"[schedule]\nmon-fri = \"09:00-17:00\"\nclosed = \"2026-12-25\"\n", "'closed' in [schedule] should be a list of dates"},
        {"[schedule]\nmon-fri = \"09:00-17:00\"\nclosed = [\"25.12.2026\"]\n", "'25.12.2026' is not a date: write it as 2026-12-25"},
        {"[schedule]\nmon-fri = 9\n", "'mon-fri' in [schedule] should be opening times in quotes"},
        {"[schedule]\n2026-02-30 = \"closed\"\nmon = \"09:00-17:00\"\n", "'2026-02-30' is not a date in the calendar"},
        {"[schedule]\nclosed = [\"2026-12-25\"]\n", "[schedule] names no opening days"},
    };
    for (const Case& c : cases) {
        const ConfigResult r = parseConfig(c.toml, "k.toml");
        INFO(c.toml);
        CHECK(mentions(r, c.says));
        CHECK(mentions(r, "the screen stays on"));
        CHECK_FALSE(r.config.openingHours.configured);  // the safe state: as without a schedule
    }
}

TEST_CASE("a machine id names the kiosk in usage records, and a bad one is refused", "[app]") {
    CHECK(parseConfig("[logging]\nmachine_id = \"hall-2.screen_1\"\n", "k.toml").config.machineId == "hall-2.screen_1");
    const ConfigResult bad = parseConfig("[logging]\nmachine_id = \"hall 2/screen\"\n", "k.toml");
    CHECK(bad.config.machineId.empty());
    CHECK(mentions(bad, "'machine_id' should be a name of 1 to 64 letters"));
}

TEST_CASE("local time follows the time zone across daylight saving changes", "[app]") {
    inZone("Europe/Berlin", [] {
        // Summer time began on Sunday 2026-03-29 at 02:00 CET (01:00 UTC): nine o'clock is 08:00 UTC on Saturday
        // and 07:00 UTC on Sunday.
        const double sat0800utc = 1774684800.0;  // 2026-03-28T08:00:00Z
        CHECK(localTimeAt(sat0800utc) == at(2026, 3, 28, 9, 0));
        CHECK(localTimeAt(sat0800utc + 86400 - 3600) == at(2026, 3, 29, 9, 0));
        // A period past midnight that spans the change: 22:00 on Saturday to 04:00 on Sunday is five hours long.
        kiosk::model::OpeningHours hours;
        hours.configured = true;
        std::string error;
        hours.weekly[5] = *kiosk::model::parseOpeningTimes("22:00-04:00", error);
        const double sat2100utc = 1774731600.0;  // 2026-03-28T21:00:00Z = 22:00 CET
        CHECK(isOpen(hours, localTimeAt(sat2100utc)));
        CHECK(isOpen(hours, localTimeAt(sat2100utc + 4 * 3600 + 59 * 60)));  // 01:59 UTC = 03:59 CEST
        CHECK_FALSE(isOpen(hours, localTimeAt(sat2100utc + 5 * 3600)));      // 02:00 UTC = 04:00 CEST
        // And back: winter time began on 2026-10-25 at 03:00 CEST (01:00 UTC).
        std::string e;
        const auto local = parseLocalDateTime("2026-10-26T09:00", e);
        REQUIRE(local);
        CHECK(*local == Approx(1793001600.0));  // 2026-10-26T08:00Z
    });
}

TEST_CASE("outside opening hours the kiosk sleeps, a touch only wakes it, and a woken screen sleeps again when left", "[app]") {
    kiosk::model::OpeningHours hours;
    hours.configured = true;
    std::string error;
    hours.weekly[0] = *kiosk::model::parseOpeningTimes("09:00-17:00", error);
    OpeningKeeper k(hours, 45);
    // Started at 08:00 on a Monday: asleep at once, nothing counted.
    OpeningChange c = k.update({0, at(2026, 12, 7, 8, 0), false, false});
    CHECK(c.fellAsleep);
    CHECK(k.asleep());
    CHECK_FALSE(k.countsVisitors());
    // A touch at 08:10 wakes it; without another touch it sleeps again after 45 s.
    c = k.update({600, at(2026, 12, 7, 8, 10), true, false});
    CHECK(c.wokeUp);
    CHECK_FALSE(k.asleep());
    CHECK_FALSE(k.countsVisitors());
    CHECK_FALSE(k.update({640, at(2026, 12, 7, 8, 10), false, false}).fellAsleep);
    CHECK(k.update({646, at(2026, 12, 7, 8, 11), false, false}).fellAsleep);
    // Opening time wakes it by itself, and visits count.
    c = k.update({3600, at(2026, 12, 7, 9, 0), false, false});
    CHECK(c.wokeUp);
    CHECK(c.opened);
    CHECK(k.countsVisitors());
    // A visitor at closing finishes the visit (still counted), then the screen goes dark.
    k.update({30000, at(2026, 12, 7, 16, 59), true, true});
    c = k.update({30060, at(2026, 12, 7, 17, 0), false, true});
    CHECK(c.closed);
    CHECK_FALSE(k.asleep());
    CHECK(k.countsVisitors());
    c = k.update({30120, at(2026, 12, 7, 17, 1), false, false});
    CHECK(c.fellAsleep);
    CHECK_FALSE(k.countsVisitors());
    // Staff: "wake until closing" in the evening keeps it open to midnight, then it sleeps.
    k.wakeUntilClosing(at(2026, 12, 7, 19, 0));
    CHECK(k.update({40000, at(2026, 12, 7, 19, 0), false, false}).wokeUp);
    CHECK(k.countsVisitors());
    CHECK(k.update({50000, at(2026, 12, 8, 0, 0), false, false}).fellAsleep);
}

TEST_CASE("the touch that wakes a sleeping screen is dropped from down to lift, and later touches pass", "[app]") {
    using kiosk::input::ContactEvent;
    using kiosk::input::ContactPhase;
    WakeTouchFilter f;
    kiosk::input::ContactEvents e = {{1, ContactPhase::Down, 10, 10}};
    CHECK(f.filter(e, true));
    CHECK(e.empty());
    e = {{1, ContactPhase::Move, 12, 10}, {1, ContactPhase::Up, 12, 10}};
    CHECK_FALSE(f.filter(e, false));  // awake now, but these belong to the waking touch
    CHECK(e.empty());
    e = {{2, ContactPhase::Down, 50, 50}, {2, ContactPhase::Up, 50, 50}};
    CHECK_FALSE(f.filter(e, false));
    CHECK(e.size() == 2);
}

TEST_CASE("restart_before_opening takes minutes, and a bad value is reported without switching the schedule off") {
    const auto good = parseConfig("[schedule]\nmon-fri = \"09:00-17:00\"\nrestart_before_opening = 45\n", "kiosk.toml");
    CHECK(good.warnings.empty());
    CHECK(good.config.restartBeforeOpeningSeconds == 45 * 60);
    CHECK(good.config.openingHours.configured);
    const auto off = parseConfig("[schedule]\nmon-fri = \"09:00-17:00\"\nrestart_before_opening = 0\n", "kiosk.toml");
    CHECK(off.config.restartBeforeOpeningSeconds == 0);
    const auto bad = parseConfig("[schedule]\nmon-fri = \"09:00-17:00\"\nrestart_before_opening = \"dawn\"\n", "kiosk.toml");
    REQUIRE(bad.warnings.size() == 1);
    CHECK(bad.warnings[0].find("kiosk.toml:3") != std::string::npos);
    CHECK(bad.config.restartBeforeOpeningSeconds == 30 * 60);
    CHECK(bad.config.openingHours.configured);
}
