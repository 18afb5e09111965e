// admin_trips_test.cpp: the real kiosk as an admin meets it: no default staff PIN (refused at --check, in the log
// and on the keypad), software rendering flagged, the corner hold's ring, "Content reloaded", and a usage log
// that counts visits with the tour off, ends them at Start over, counts settled searches and reports titles.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <fstream>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {

std::string writeConfig(const std::string& dir, const std::string& text) {
    const std::string path = dir + "/kiosk.toml";
    std::ofstream(path) << text;
    return path;
}

long count(const std::string& db, const std::string& sql) {
    sqlite3* h = nullptr;
    long n = -1;
    if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(h, sql.c_str(), -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) n = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(h);
    return n;
}

const std::string kHold = "drag 10 10 12 12 5500\nwait 300\n";  // the five-second corner hold

}  // namespace

TEST_CASE("kiosk --check refuses a missing or published staff PIN loudly, and passes a set one", "[e2e][admin]") {
    const std::string dir = scratchDir("check-pin");
    for (const std::string& staff : {std::string(""), std::string("[staff]\nadmin_pin = \"2468\"\n"), std::string("[staff]\nadmin_pin = 5831\n")}) {
        INFO(staff);
        RunOptions o;
        o.config = writeConfig(dir, "[visitors]\nattract_mode = false\n" + staff);
        o.extra = {"--check"};
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        CHECK(run.exitCode != 0);
        CHECK(run.output.find("staff     PROBLEM  No staff PIN is set: set admin_pin in " + o.config) != std::string::npos);
        CHECK(run.output.find("kiosk: problems found") != std::string::npos);
    }
    RunOptions good;  // tests/fixtures/browsing.toml sets one
    good.extra = {"--check"};
    const KioskRun ok = runKiosk(good);
    INFO(ok.output);
    CHECK(ok.exitCode == 0);
    CHECK(ok.output.find("staff     ok       staff PIN set") != std::string::npos);
    if (ok.output.find("llvmpipe") != std::string::npos) {
        // Xvfb renders with Mesa's llvmpipe: a warning, never "ok", and the summary says so.
        CHECK(ok.output.find("graphics  WARNING") != std::string::npos);
        CHECK(ok.output.find("software rendering (llvmpipe): expect slower frames") != std::string::npos);
        CHECK(ok.output.find("all checks passed, with 1 warning") != std::string::npos);
    }
}

TEST_CASE("without a staff PIN the keypad cannot be unlocked and says why, and the log says it too", "[e2e][admin]") {
    const std::string dir = scratchDir("no-pin");
    RunOptions o;
    o.config = writeConfig(dir, "[visitors]\nattract_mode = false\n[staff]\nadmin_pin = \"12ab\"\n");
    o.script = kHold + "state " + dir + "/keypad.json\nscreenshot " + dir + "/no-pin.png\n" + "wait 300\nstate " + dir + "/after.json\n";
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    const auto keypad = readJson(dir + "/keypad.json");
    CHECK(keypad.at("admin").at("keypad_open") == true);
    CHECK(keypad.at("admin").at("no_pin") == true);
    CHECK_THAT(keypad.at("admin").at("message").get<std::string>(), Catch::StartsWith("No staff PIN is set: set admin_pin in " + o.config));
    bool digits = false, close = false;
    for (const auto& b : keypad.at("buttons")) {
        digits = digits || b.at("label") == "5";
        close = close || b.at("label") == "Close";
    }
    CHECK_FALSE(digits);  // no keys to type a PIN that cannot be right
    CHECK(close);
    CHECK(readJson(dir + "/after.json").at("admin").at("panel_open") == false);
    CHECK(run.output.find("No staff PIN is set") != std::string::npos);  // in the log at start-up and when the keypad opened
    CHECK(run.output.find("staff panel opened") == std::string::npos);
    CHECK(loadPng(dir + "/no-pin.png").distinctColours() > 10);
}

TEST_CASE("a ring shows the corner hold working, and the panel confirms a content reload", "[e2e][admin]") {
    const std::string dir = scratchDir("hold-reload");
    RunOptions o;
    o.script = "touch 1 down 20 20\nwait 300\nstate " + dir + "/early.json\nwait 2200\nstate " + dir + "/holding.json\nscreenshot " + dir +
               "/holding.png\nwait 3000\ntouch 1 up 20 20\nwait 300\nstate " + dir + "/keypad.json\n";
    const KioskRun probe = runKiosk(o);
    INFO(probe.output);
    REQUIRE(probe.exitCode == 0);
    CHECK(readJson(dir + "/early.json").at("admin").at("hold_progress").get<double>() == 0);  // a short touch shows nothing
    const double holding = readJson(dir + "/holding.json").at("admin").at("hold_progress").get<double>();
    CHECK(holding > 0.4);
    CHECK(holding < 0.6);
    const auto keypad = readJson(dir + "/keypad.json");
    REQUIRE(keypad.at("admin").at("keypad_open") == true);
    CHECK(keypad.at("admin").at("hold_progress").get<double>() == 0);
    // The ring is drawn: the corner differs from the same corner with nobody holding it.
    RunOptions still;
    still.script = "wait 300\nscreenshot " + dir + "/still.png\n";
    REQUIRE(runKiosk(still).exitCode == 0);
    const Image a = loadPng(dir + "/holding.png"), b = loadPng(dir + "/still.png");
    REQUIRE(a.width == b.width);
    int differing = 0;
    for (int y = 0; y < 160; ++y)
        for (int x = 0; x < 160; ++x) {
            const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(a.width) + static_cast<size_t>(x)) * 3;
            differing += a.rgb[i] != b.rgb[i] || a.rgb[i + 1] != b.rgb[i + 1] || a.rgb[i + 2] != b.rgb[i + 2];
        }
    CHECK(differing > 300);

    std::string pin;
    for (char d : std::string("5831")) pin += tapLabel(keypad, std::string(1, d)) + "wait 100\n";
    RunOptions open;
    open.script = o.script + pin + tapLabel(keypad, "Enter") + "wait 300\nstate " + dir + "/panel.json\n";
    const KioskRun opened = runKiosk(open);
    INFO(opened.output);
    REQUIRE(opened.exitCode == 0);
    const auto panel = readJson(dir + "/panel.json");
    REQUIRE(panel.at("admin").at("panel_open") == true);
    RunOptions reload;
    reload.script = open.script + tapLabel(panel, "Reload content") + "wait 500\nstate " + dir + "/reloaded.json\nscreenshot " + dir + "/reloaded.png\n";
    const KioskRun reloaded = runKiosk(reload);
    INFO(reloaded.output);
    REQUIRE(reloaded.exitCode == 0);
    const auto after = readJson(dir + "/reloaded.json");
    CHECK(after.at("admin").at("panel_open") == true);
    CHECK(after.at("admin").at("message") == "Content reloaded");
    CHECK(reloaded.output.find("staff: reload content") != std::string::npos);
}

TEST_CASE("with the tour off a visit is a session, Start over ends it, a typed query is one search, and the report shows titles",
          "[e2e][admin]") {
    const std::string dir = scratchDir("usage-tour-off");
    const std::string usage = dir + "/usage.db";
    RunOptions probeOptions;
    const KioskRun probe = runKiosk(probeOptions);
    REQUIRE(probe.exitCode == 0);
    const Point event = findTarget(probe.state, "timeline", "event");
    RunOptions o;
    o.config = writeConfig(dir, "[visitors]\nattract_mode = false\nidle_timeout_seconds = 600\n[staff]\nadmin_pin = \"5831\"\n[logging]\nusage_log = \"" +
                                    usage + "\"\n");
    // Visit 1: an event, then a search typed a key at a time, left for 4 s, then the keyboard closed; Start over.
    std::string script = "wait 500\n" + tapAt(event.x, event.y) + "wait 800\n" + tapLabel(probe.state, "Search") + "wait 300\n";
    for (const char* k : {"t", "a", "s", "h", "k", "e", "n", "t"}) script += std::string("type ") + k + "\nwait 120\n";
    script += "wait 4000\nkey escape\nwait 300\n" + tapLabel(probe.state, "Start over") + "wait 1500\n";
    // Visit 2: one touch after Start over.
    script += tapAt(event.x, event.y) + "wait 800\n";
    o.script = script;
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    CHECK(count(usage, "SELECT COUNT(*) FROM usage WHERE kind = 'session_start'") == 2);
    CHECK(count(usage, "SELECT COUNT(DISTINCT session) FROM usage WHERE kind = 'session_start'") == 2);
    CHECK(count(usage, "SELECT COUNT(*) FROM usage WHERE kind = 'session_end'") == 1);  // Start over; visit 2 is still going
    CHECK(count(usage, "SELECT COUNT(*) FROM usage WHERE kind = 'search'") == 1);      // eight keystrokes, one query
    CHECK(count(usage, "SELECT COUNT(*) FROM usage WHERE kind = 'event_opened'") >= 2);
    CHECK(count(usage, "SELECT COUNT(*) FROM usage WHERE session = 0") == 0);

    RunOptions report;
    report.extra = {"--report", usage};
    const KioskRun printed = runKiosk(report);
    INFO(printed.output);
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.output.find("2 sessions") != std::string::npos);
    CHECK(printed.output.find("1 searches") != std::string::npos);
    CHECK(printed.output.find(" (" + event.id + ")") != std::string::npos);  // "  2  <title> (<id>)"
    CHECK(printed.output.find("could not be read") == std::string::npos);
}
