// lockdown_test.cpp: nothing at the screen leads out of the exhibit. Every key combination that leaves a program or
// reaches the desktop is ignored (and counted) while the kiosk runs on; the staff PIN cannot be guessed at the
// keypad; and the usage log keeps nothing that could identify a visitor.
#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <set>

#include <unistd.h>
#include <sstream>
#include <thread>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Every combination that leaves a program or reaches the desktop on common desktops and window managers.
std::vector<std::string> escapeKeys() {
    std::vector<std::string> keys = {"alt+f4", "ctrl+q", "ctrl+w", "alt+tab", "alt+shift+tab", "super", "super+d", "super+l", "ctrl+alt+backspace",
                                     "ctrl+alt+delete", "ctrl+alt+t", "ctrl+escape", "alt+escape", "alt+f2", "ctrl+shift+escape", "escape", "f11"};
    for (int f = 1; f <= 12; ++f) keys.push_back("ctrl+alt+f" + std::to_string(f));
    return keys;
}

// The centre of the button labelled `label` in a state's "buttons"; throws when none is drawn.
Point button(const nlohmann::json& state, const std::string& label) {
    for (const auto& b : state.at("buttons"))
        if (b.at("label") == label) return {b.at("x").get<float>(), b.at("y").get<float>(), label};
    throw std::runtime_error("no button '" + label + "' on screen");
}

std::string tap(const Point& p) { return "tap " + std::to_string(p.x) + " " + std::to_string(p.y) + "\nwait 100\n"; }

}  // namespace

TEST_CASE("every key combination that could leave the kiosk is ignored, counted, and the kiosk runs on", "[e2e][lockdown]") {
    const auto keys = escapeKeys();
    RunOptions o;
    std::string script;
    for (const auto& k : keys) script += "key " + k + "\nwait 100\n";
    script += "wait 1000\n";
    o.script = script;
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    // It ran to the end of the script: every key was pressed, and the clock went on past the last of them.
    CHECK(run.state.at("clock_seconds").get<double>() >= keys.size() * 0.1 + 1.0);
    CHECK(run.state.at("lockdown").at("ignored_keys").get<int>() >= static_cast<int>(keys.size()));
    CHECK(run.state.at("content").at("available") == true);
    CHECK(run.state.at("mode") == "active");
}

TEST_CASE("real X key events for the same combinations reach the window and are ignored", "[e2e][lockdown]") {
    // Through the X server, as a keyboard would send them (no window manager runs on the test display, so only the
    // kiosk could act on them).
    RunOptions o;
    o.script = "wait 60000\n";  // a minute of virtual time: long enough to send every key while it runs
    o.dir = scratchDir("xkeys");
    const KioskProcess p = startKiosk(o);
    const std::string env = "DISPLAY=" + display() + " ";
    auto sh = [](const std::string& c) { return WEXITSTATUS(std::system((c + " >/dev/null 2>&1").c_str())); };
    std::string window;
    for (int i = 0; i < 100 && window.empty(); ++i) {
        FILE* f = popen((env + "xdotool search --pid " + std::to_string(p.pid) + " 2>/dev/null").c_str(), "r");
        char buffer[64] = {};
        if (f && fgets(buffer, sizeof buffer, f)) window = std::string(buffer).substr(0, std::string(buffer).find('\n'));
        if (f) pclose(f);
        if (window.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    REQUIRE_FALSE(window.empty());
    int sent = 0;
    const std::vector<std::string> chords = {"alt+F4", "ctrl+q", "ctrl+w", "alt+Tab", "Super_L", "ctrl+alt+BackSpace", "ctrl+alt+Delete",
                                             "ctrl+alt+F1", "ctrl+alt+F7", "ctrl+alt+F12", "Escape", "F11"};
    for (const auto& chord : chords) sent += sh(env + "xdotool key --window " + window + " " + chord) == 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK(kill(p.pid, 0) == 0);  // still running
    const KioskRun run = waitKiosk(p, 300 * slowdown());
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    CHECK(sent == static_cast<int>(chords.size()));
    CHECK(run.state.at("clock_seconds").get<double>() >= 59.9);  // the virtual clock sums 1/60 s steps
    CHECK(run.state.at("lockdown").at("ignored_keys").get<int>() >= 1);
}

TEST_CASE("the staff PIN cannot be brute-forced at the keypad: wrong PINs lock it out", "[e2e][lockdown]") {
    const std::string dir = scratchDir("pin");
    const std::string hold = "drag 10 10 12 12 5500\nwait 300\n";  // the five-second corner hold
    // First learn where the keypad's keys are drawn.
    RunOptions first;
    first.script = hold + "state " + dir + "/keypad.json\n";
    const KioskRun probe = runKiosk(first);
    INFO(probe.output);
    REQUIRE(probe.exitCode == 0);
    const auto keypad = readJson(dir + "/keypad.json");
    REQUIRE(keypad.at("admin").at("keypad_open") == true);
    auto pin = [&](const std::string& digits) {
        std::string s;
        for (char d : digits) s += tap(button(keypad, std::string(1, d)));
        return s + tap(button(keypad, "Enter"));
    };
    // Three wrong PINs, then the right one (5831, tests/fixtures/browsing.toml's) while locked out: refused.
    RunOptions o;
    o.script = hold + pin("1111") + "state " + dir + "/wrong1.json\n" + pin("1234") + pin("9999") + "state " + dir + "/locked.json\n" +
               pin("5831") + "state " + dir + "/during.json\n";
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    const auto wrong1 = readJson(dir + "/wrong1.json");
    CHECK(wrong1.at("admin").at("message") == "Wrong PIN");
    CHECK(wrong1.at("admin").at("panel_open") == false);
    const auto locked = readJson(dir + "/locked.json");
    INFO(locked.at("admin").dump());
    CHECK_THAT(locked.at("admin").at("message").get<std::string>(), Catch::Contains("locked for 30 s"));
    CHECK(locked.at("admin").at("panel_open") == false);
    const auto during = readJson(dir + "/during.json");
    CHECK(during.at("admin").at("panel_open") == false);  // even the right PIN is refused while locked
    CHECK_THAT(during.at("admin").at("message").get<std::string>(), Catch::Contains("locked for"));
    CHECK(run.output.find("staff panel: PIN locked") != std::string::npos);
    CHECK(run.output.find("staff panel opened") == std::string::npos);
}

TEST_CASE("the usage log stores nothing that identifies a visitor, even after searching", "[e2e][lockdown]") {
    const std::string dir = scratchDir("privacy");
    const std::string usage = dir + "/usage.db";
    const std::string config = dir + "/kiosk.toml";
    std::ofstream(config) << "[visitors]\nattract_mode = true\nidle_timeout_seconds = 10\n[logging]\nusage_log = \"" << usage << "\"\n";
    // Find an event and the search button on the screen a visitor sees.
    RunOptions probeOptions;
    const KioskRun probe = runKiosk(probeOptions);
    REQUIRE(probe.exitCode == 0);
    const Point event = findTarget(probe.state, "timeline", "event");
    const Point search = button(probe.state, "Search");
    const std::string secret = "Ayesha Siddiqui 03001234567 ayesha@example.org";
    RunOptions o;
    o.config = config;
    o.script = "wait 2000\ntap 960 540\nwait 500\n" + tap(event) + "wait 1000\n" + tap(search) + "type " + secret +
               "\nwait 1000\nkey enter\nwait 500\nkey escape\nwait 300\n" + tap(search) + "type karachi\nwait 1000\nkey escape\n" +
               "wait 25000\n";  // walks away: idle, "still there?", reset
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);

    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(usage.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    auto rows = [&](const std::string& sql) {
        std::vector<std::vector<std::string>> out;
        sqlite3_stmt* s = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
        while (sqlite3_step(s) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int c = 0; c < sqlite3_column_count(s); ++c)
                row.push_back(sqlite3_column_text(s, c) ? reinterpret_cast<const char*>(sqlite3_column_text(s, c)) : "");
            out.push_back(row);
        }
        sqlite3_finalize(s);
        return out;
    };
    // One table, and its columns are a time, a session counter, a kind, a detail and the kiosk's own machine id (so
    // that logs of many machines merge): no visitor's device, place or person.
    std::set<std::string> tables;
    for (const auto& r : rows("SELECT name FROM sqlite_schema WHERE type = 'table'")) tables.insert(r[0]);
    CHECK(tables == std::set<std::string>{"usage"});
    std::vector<std::string> columns;
    for (const auto& r : rows("PRAGMA table_info(usage)")) columns.push_back(r[1]);
    CHECK(columns == std::vector<std::string>{"id", "at", "session", "kind", "detail", "machine"});
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    for (const auto& r : rows("SELECT DISTINCT machine FROM usage")) CHECK(r[0] == host);  // the kiosk, never a visitor
    // Every detail is an event or article id, a number, "idle" or nothing: never what the visitor typed.
    std::set<std::string> ids;
    {
        sqlite3* content = nullptr;
        REQUIRE(sqlite3_open_v2(KIOSK_DB, &content, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt* s = nullptr;
        REQUIRE(sqlite3_prepare_v2(content, "SELECT slug FROM events UNION SELECT slug FROM articles", -1, &s, nullptr) == SQLITE_OK);
        while (sqlite3_step(s) == SQLITE_ROW) ids.insert(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
        sqlite3_close(content);
    }
    auto number = [](const std::string& t) { return !t.empty() && t.find_first_not_of("0123456789") == std::string::npos; };
    const std::set<std::string> kinds = {"session_start", "session_end", "event_opened", "article_read", "search", "reset"};
    std::set<std::string> seen;
    for (const auto& r : rows("SELECT kind, detail FROM usage")) {
        INFO(r[0] << " " << r[1]);
        CHECK(kinds.count(r[0]) == 1);
        CHECK((r[1].empty() || r[1] == "idle" || ids.count(r[1]) == 1 || number(r[1])));
        seen.insert(r[0]);
    }
    sqlite3_close(db);
    CHECK(seen.count("session_start") == 1);
    CHECK(seen.count("event_opened") == 1);
    CHECK(seen.count("search") == 1);
    CHECK(seen.count("reset") == 1);
    // Nor anywhere in the files, the write-ahead log included.
    for (const std::string& file : {usage, usage + "-wal"}) {
        const std::string bytes = readAll(file);
        for (const char* fragment : {"Ayesha", "ayesha", "Siddiqui", "03001234567", "example.org"})
            CHECK(bytes.find(fragment) == std::string::npos);
    }
}
