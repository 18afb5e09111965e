// opening_hours_test.cpp: a day on an accelerated schedule. The real kiosk, fullscreen on the real X server, runs on a
// simulated wall clock (--clock-start, --clock-speed 1200: twenty minutes a second) through a morning before
// opening, the opening hours and the evening: outside hours the screen is off (DPMS as the X server reports it, or,
// where the server has no DPMS, black pixels), the first touch of a sleeping screen only wakes it, and no visit is
// logged while closed.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "touch_session.hpp"
#include "xorg_session.hpp"

using namespace kiosk::touchtest;
using Clock = std::chrono::steady_clock;

namespace {


template <typename F>
nlohmann::json waitFor(RunningKiosk& k, double seconds, F ready) {
    const auto end = Clock::now() + std::chrono::duration<double>(seconds);
    nlohmann::json s = k.state();
    while (!ready(s) && Clock::now() < end) {
        sleepMs(50);
        s = k.state();
    }
    return s;
}

// The screen as a visitor sees it: off when the X server says so, or when every sampled pixel is black.
bool screenDark(XorgSession& x) {
    if (const auto on = x.monitorOn()) return !*on;
    const std::vector<unsigned char> rgb = x.pixels(0, 0, x.width(), x.height());
    if (rgb.empty()) return false;
    for (size_t i = 0; i < rgb.size(); i += 3 * 97)
        if (rgb[i] > 8 || rgb[i + 1] > 8 || rgb[i + 2] > 8) return false;
    return true;
}

struct Button { float x = -1, y = -1; };
Button button(const nlohmann::json& state, const std::string& label) {
    for (const auto& b : state.at("buttons"))
        if (b.at("label") == label) return {b.at("x").get<float>(), b.at("y").get<float>()};
    return {};
}

// Local seconds of the day of each session_start in the usage log (the kiosk runs in UTC here), and how many records.
std::vector<int> sessionStarts(const std::string& path, int& records) {
    std::vector<int> starts;
    records = 0;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return starts;
    }
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT kind, CAST(at AS INTEGER) % 86400 FROM usage", -1, &s, nullptr) == SQLITE_OK)
        while (sqlite3_step(s) == SQLITE_ROW) {
            ++records;
            if (std::string(reinterpret_cast<const char*>(sqlite3_column_text(s, 0))) == "session_start") starts.push_back(sqlite3_column_int(s, 1));
        }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return starts;
}

std::string hhmm(int second) {
    char b[32];
    std::snprintf(b, sizeof b, "%02d:%02d", second / 3600, second / 60 % 60);
    return b;
}

}  // namespace

TEST_CASE("a day on an accelerated schedule: dark outside hours, woken by a touch that does nothing else, no visits logged while closed",
          "[touch][schedule]") {
    XorgSession& x = session();
    // Where the buttons are on this screen, from a kiosk without a schedule.
    Button search, about;
    {
        RunningKiosk probe(x, "schedule-probe", "[visitors]\nattract_mode = false\n");
        const nlohmann::json s = probe.state();
        search = button(s, "Search");
        about = button(s, "About");
    }
    REQUIRE(search.x >= 0);
    REQUIRE(about.x >= 0);

    const std::string dir = (std::filesystem::path(KIOSK_E2E_ARTIFACTS) / ("kiosk-touch-schedule-" + std::to_string(getpid()))).string();
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string usage = dir + "/usage.db";
    setenv("TZ", "UTC", 1);  // the kiosk's local time, so that the log's times read as the schedule's
    // Monday 7 December 2026 from 07:00, twenty minutes a second: opens at 09:00 after 6 s, closes at 17:00 after 30 s.
    RunningKiosk k(x, "schedule-day",
                   "[visitors]\nattract_mode = false\nidle_timeout_seconds = 10\n[schedule]\nmon-fri = \"09:00-17:00\"\nclosed = [\"2026-12-25\"]\n"
                   "[logging]\nusage_log = \"" + usage + "\"\nmachine_id = \"hall-1\"\n",
                   {"--clock-start", "2026-12-07T07:00", "--clock-speed", "1200"});
    unsetenv("TZ");

    // 07:00: closed, asleep, dark.
    nlohmann::json s = waitFor(k, 3, [](const nlohmann::json& j) { return j.at("schedule").at("asleep").get<bool>(); });
    INFO(k.log());
    REQUIRE(s.at("schedule").at("asleep").get<bool>());
    CHECK_FALSE(s.at("schedule").at("open").get<bool>());
    CHECK(screenDark(x));
    WARN("before opening (" << s.at("schedule").at("local_time").get<std::string>() << "): "
                            << (x.monitorOn() ? "DPMS reports the monitor off" : "no DPMS on this X server: the screen is black"));

    // A touch on "Search" wakes the screen and does nothing else: no keyboard.
    tapTouch(x, 1, search.x, search.y);
    s = waitFor(k, 2, [](const nlohmann::json& j) { return !j.at("schedule").at("asleep").get<bool>(); });
    REQUIRE_FALSE(s.at("schedule").at("asleep").get<bool>());
    sleepMs(300);
    s = k.state();
    CHECK_FALSE(s.at("search").at("keyboard_open").get<bool>());
    CHECK_FALSE(screenDark(x));
    // Awake before opening, a second touch acts (staff, a cleaner), but is no visit.
    tapTouch(x, 1, about.x, about.y);
    s = waitFor(k, 2, [](const nlohmann::json& j) { return j.at("about_open").get<bool>(); });
    CHECK(s.at("about_open").get<bool>());

    // 09:00: open. A visitor comes at once.
    s = waitFor(k, 10, [](const nlohmann::json& j) { return j.at("schedule").at("open").get<bool>(); });
    REQUIRE(s.at("schedule").at("open").get<bool>());
    CHECK_FALSE(s.at("schedule").at("asleep").get<bool>());
    CHECK_FALSE(screenDark(x));
    tapTouch(x, 1, search.x, search.y);
    s = waitFor(k, 2, [](const nlohmann::json& j) { return j.at("search").at("keyboard_open").get<bool>(); });
    CHECK(s.at("search").at("keyboard_open").get<bool>());
    const std::string visitTime = s.at("schedule").at("local_time").get<std::string>();

    // 17:00: closed; the visitor left long ago (10 s idle, 10 s "Still there?"), so the screen goes dark.
    s = waitFor(k, 30, [](const nlohmann::json& j) { return !j.at("schedule").at("open").get<bool>() && j.at("schedule").at("asleep").get<bool>(); });
    REQUIRE(s.at("schedule").at("asleep").get<bool>());
    const std::string closedAt = s.at("schedule").at("local_time").get<std::string>();
    CHECK(screenDark(x));

    // The evening: the first touch wakes, the second acts, and neither is logged.
    tapTouch(x, 1, search.x, search.y);
    s = waitFor(k, 2, [](const nlohmann::json& j) { return !j.at("schedule").at("asleep").get<bool>(); });
    REQUIRE_FALSE(s.at("schedule").at("asleep").get<bool>());
    sleepMs(300);
    CHECK_FALSE(k.state().at("search").at("keyboard_open").get<bool>());
    tapTouch(x, 1, search.x, search.y);
    s = waitFor(k, 2, [](const nlohmann::json& j) { return j.at("search").at("keyboard_open").get<bool>(); });
    CHECK(s.at("search").at("keyboard_open").get<bool>());
    const std::string eveningTime = s.at("schedule").at("local_time").get<std::string>();
    sleepMs(500);
    CHECK(k.stop() == 0);

    int records = 0;
    const std::vector<int> starts = sessionStarts(usage, records);
    WARN("visit at " << visitTime << ", asleep at " << closedAt << ", evening touches at " << eveningTime << "; " << records << " usage records");
    REQUIRE(starts.size() == 1);  // the 09:00 visitor only: neither the early touches nor the evening's
    CHECK(starts[0] >= 9 * 3600);
    CHECK(starts[0] < 17 * 3600);
    INFO("the visit started at " << hhmm(starts[0]));
    CHECK(k.log().find("a touch woke the screen outside opening hours") != std::string::npos);
}

TEST_CASE("before opening an unused kiosk restarts itself once to start the day fresh, and one in use does not",
          "[touch][schedule]") {
    XorgSession& x = session();
    const std::string schedule = "[visitors]\nattract_mode = false\nidle_timeout_seconds = 10\n[schedule]\nmon-fri = \"09:00-17:00\"\n"
                                 "restart_before_opening = 30\n";
    const std::string marker = "opening hours: restarting at ";
    setenv("TZ", "UTC", 1);
    {
        // 08:00, ten minutes a second: the window opens at 08:30 (3 s), the exhibit at 09:00 (6 s).
        RunningKiosk k(x, "schedule-restart", schedule, {"--clock-start", "2026-12-07T08:00", "--clock-speed", "600"});
        nlohmann::json s = waitFor(k, 12, [](const nlohmann::json& j) { return j.at("schedule").at("open").get<bool>(); });
        INFO(k.log());
        REQUIRE(s.at("schedule").at("open").get<bool>());
        const std::string log = k.log();
        const size_t at = log.find(marker);
        REQUIRE(at != std::string::npos);
        CHECK(log.find(marker, at + 1) == std::string::npos);  // once: the fresh process started inside the window
        const std::string when = log.substr(at + marker.size(), 16);
        CHECK(when >= "2026-12-07T08:30");
        CHECK(when < "2026-12-07T09:00");
        // The process that restarted is the one that opens: same PID (a process image replaced in place), awake.
        CHECK_FALSE(s.at("schedule").at("asleep").get<bool>());
        CHECK_FALSE(screenDark(x));
        WARN("restarted at " << when << "; open at " << s.at("schedule").at("local_time").get<std::string>());
        CHECK(k.stop() == 0);
    }
    {
        // Someone at the screen from 08:25 (woken by a touch, so not asleep) until opening: no restart.
        RunningKiosk probe(x, "schedule-restart-probe", "[visitors]\nattract_mode = false\n");
        const Button about = button(probe.state(), "About");
        REQUIRE(about.x >= 0);
        probe.stop();
        RunningKiosk k(x, "schedule-in-use", schedule, {"--clock-start", "2026-12-07T08:25", "--clock-speed", "600"});
        nlohmann::json s = waitFor(k, 3, [](const nlohmann::json& j) { return j.at("schedule").at("asleep").get<bool>(); });
        REQUIRE(s.at("schedule").at("asleep").get<bool>());
        tapTouch(x, 1, about.x, about.y);
        s = waitFor(k, 2, [](const nlohmann::json& j) { return !j.at("schedule").at("asleep").get<bool>(); });
        REQUIRE_FALSE(s.at("schedule").at("asleep").get<bool>());
        s = waitFor(k, 8, [](const nlohmann::json& j) { return j.at("schedule").at("open").get<bool>(); });
        INFO(k.log());
        REQUIRE(s.at("schedule").at("open").get<bool>());
        CHECK(k.log().find(marker) == std::string::npos);
        CHECK(k.stop() == 0);
    }
    unsetenv("TZ");
}
