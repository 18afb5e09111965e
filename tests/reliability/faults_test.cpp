// faults_test.cpp: faults while the real kiosk runs: kill -9 in the middle of usage-log writes, a missing font file,
// the window resized in the middle of animations, and an input storm through the script interface.
#include <catch2/catch.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <random>
#include <set>
#include <thread>

#include "reliability_support.hpp"

using namespace kiosk::e2e;
using namespace kiosk::reliability;

namespace {

std::string writeConfig(const std::string& dir, const std::string& text) {
    const std::string path = dir + "/kiosk.toml";
    writeFile(path, text);
    return path;
}

// Runs a shell command, returning its exit status and output.
std::pair<int, std::string> shell(const std::string& command) {
    std::string output;
    FILE* p = popen((command + " 2>&1").c_str(), "r");
    if (!p) return {-1, ""};
    char buffer[4096];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, p)) > 0) output.append(buffer, n);
    const int status = pclose(p);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

// The reader's navigation buttons on the home screen at `size`, from a short run.
ReaderNav navAt(const std::string& size) {
    RunOptions o;
    o.size = size;
    const KioskRun run = runKiosk(o);
    REQUIRE(run.exitCode == 0);
    return readerNav(run.state);
}

}  // namespace

TEST_CASE("kill -9 in the middle of usage-log writes leaves the log intact, and the kiosk restarts into attract mode", "[reliability]") {
    const std::string dir = scratchDir("kill9");
    const std::string usage = dir + "/usage.db";
    const std::string config = writeConfig(dir, "[visitors]\nattract_mode = true\nidle_timeout_seconds = 600\n[logging]\nusage_log = \"" + usage + "\"\n");
    const ReaderNav nav = navAt("1280x800");
    std::mt19937 random(9);
    long rowsBefore = 0;
    for (int round = 0; round < 3; ++round) {
        INFO("round " << round);
        RunOptions o;
        o.config = config;
        o.size = "1280x800";
        o.script = "tap 640 400\nwait 300\n" + browsingScript(nav, 20000, 50);  // wake it, then minutes of taps: killed long before the end
        o.dir = scratchDir("kill9-run");
        const KioskProcess p = startKiosk(o);
        // Kill it at a different moment each round, once it has been writing for a while.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(static_cast<long>(60 * slowdown()));
        long rows = 0;
        while (std::chrono::steady_clock::now() < deadline && running(p.pid)) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            const std::string n = sqlValue(usage, "SELECT COUNT(*) FROM usage");
            rows = n.empty() ? 0 : std::stol(n);
            if (rows >= rowsBefore + 20 + static_cast<long>(random() % 40)) break;
        }
        REQUIRE(running(p.pid));
        REQUIRE(kill(p.pid, SIGKILL) == 0);
        const KioskRun killed = waitKiosk(p, 30);
        CHECK(killed.exitCode == 128 + SIGKILL);
        // The log as the sqlite3 command-line tool sees it: intact, with every row written before the kill.
        const auto [status, check] = shell("sqlite3 '" + usage + "' 'PRAGMA integrity_check; SELECT COUNT(*) FROM usage;'");
        INFO(check);
        CHECK(status == 0);
        CHECK(check.rfind("ok\n", 0) == 0);
        const long after = std::stol(check.substr(3));
        CHECK(after >= rows);
        CHECK(after > rowsBefore);
        rowsBefore = after;
    }
    // Restarted on the same log: it comes up in attract mode and records into the same file.
    RunOptions o;
    o.config = config;
    o.size = "1280x800";
    o.script = "wait 3000\nstate " + dir + "/restarted.json\ntap 640 400\nwait 300\n" + browsingScript(nav, 3, 300);
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    std::ifstream in(dir + "/restarted.json");
    nlohmann::json restarted;
    in >> restarted;
    CHECK(restarted.at("mode") == "attract");
    CHECK(restarted.at("content").at("available") == true);
    const auto [status, check] = shell("sqlite3 '" + usage + "' 'PRAGMA integrity_check; SELECT COUNT(*) FROM usage;'");
    CHECK(check.rfind("ok\n", 0) == 0);
    CHECK(std::stol(check.substr(3)) > rowsBefore);
    std::printf("kill -9: 3 kills mid-write, usage log intact after each (%ld rows), restart in attract mode\n", rowsBefore);
}

TEST_CASE("a missing font file: the kiosk renders with the fallback font and logs it", "[reliability]") {
    namespace fs = std::filesystem;
    for (const std::string missing : {"NotoSerif-Italic.ttf", "*"}) {
        INFO("missing: " << missing);
        const std::string dir = scratchDir("fonts");
        const std::string fonts = dir + "/fonts";
        fs::create_directories(fonts);
        for (const auto& f : fs::directory_iterator(KIOSK_FONTS_DIR))
            if (missing != "*" && f.path().filename() != missing) fs::copy_file(f.path(), fonts + "/" + f.path().filename().string());
        RunOptions o;
        o.config = writeConfig(dir, "[visitors]\nattract_mode = false\n[content]\nfonts = \"" + fonts + "\"\n");
        o.screenshot = true;
        o.size = "1280x800";
        o.timeoutSeconds = 60;
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        REQUIRE(run.exitCode == 0);
        CHECK(run.state.at("content").at("available") == true);
        CHECK(run.output.find("font file missing or unreadable") != std::string::npos);
        CHECK(run.output.find("using the built-in font") != std::string::npos);
        CHECK(loadPng(run.screenshot).distinctColours() > 20);
    }
}

TEST_CASE("the window resized again and again in the middle of animations", "[reliability]") {
    const ReaderNav nav = navAt("1280x800");
    RunOptions o;
    o.size = "1280x800";
    // Taps that start fly-to and timeline animations, for far longer than the resizing below takes: it is stopped
    // with SIGTERM afterwards, as the service manager stops it (it then writes its state and exits 0).
    o.script = browsingScript(nav, 100000, 400);
    o.dir = scratchDir("resize");
    const KioskProcess p = startKiosk(o);
    const std::string env = "DISPLAY=" + display() + " ";
    std::string window;
    for (int i = 0; i < 100 && window.empty(); ++i) {
        const auto [status, out] = shell(env + "xdotool search --pid " + std::to_string(p.pid));
        if (status == 0 && !out.empty()) window = out.substr(0, out.find('\n'));
        else std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    REQUIRE_FALSE(window.empty());
    const std::vector<std::pair<int, int>> sizes = {{1920, 1080}, {1080, 1920}, {800, 600}, {1366, 768}, {640, 480}, {1600, 900}};
    int resized = 0;
    for (int round = 0; round < 3; ++round)
        for (const auto& [w, h] : sizes) {
            if (!running(p.pid)) break;
            const auto [status, out] = shell(env + "xdotool windowsize " + window + " " + std::to_string(w) + " " + std::to_string(h));
            if (status == 0) ++resized;
            std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<long>(300 * slowdown())));
        }
    if (!running(p.pid)) {  // it ended early: say how, from its own output
        const KioskRun ended = waitKiosk(p, 10);
        INFO(ended.output.substr(ended.output.size() > 6000 ? ended.output.size() - 6000 : 0));
        INFO("exit code " << ended.exitCode);
        FAIL("the kiosk stopped while its window was being resized");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<long>(500 * slowdown())));
    kill(p.pid, SIGTERM);
    const KioskRun run = waitKiosk(p, 60 * slowdown());
    INFO(run.output.substr(run.output.size() > 4000 ? run.output.size() - 4000 : 0));
    CHECK_FALSE(run.timedOut);
    REQUIRE(run.exitCode == 0);
    CHECK(resized == 18);
    // The last size stuck, and the layout followed it.
    CHECK(run.state.at("window").at("width") == 1600);
    CHECK(run.state.at("window").at("height") == 900);
    CHECK(run.state.at("content").at("available") == true);
    // Mesa's software rasteriser can put a frame at the size it last knew after the window shrank; the server's
    // BadValue is logged and survived (Xlib's default handler would have exited).
    const long xErrors = run.state.at("x_errors").get<long>();
    if (xErrors > 0) CHECK(run.output.find("X server refused a request") != std::string::npos);
    std::printf("resize: %d window resizes during %ld frames of animations, %ld X errors survived\n", resized,
                run.state.at("frames").get<long>(), xErrors);
}

TEST_CASE("an input storm of a hundred thousand random taps, drags and keys", "[reliability]") {
    // KIOSK_STORM_COMMANDS overrides the size (the sanitizer tree runs a tenth, for the same paths).
    // A hundred thousand is some 200,000 frames (a frame that acts is followed at once by the one that shows it):
    // the same paths as twice as many, in half of the suite's longest test.
    const long commands = envNumber("KIOSK_STORM_COMMANDS", slowdown() > 1 ? 20000 : 100000);
    const int w = 320, h = 240;  // the smallest window: the storm is about input, and small frames render fastest
    std::mt19937 random(424242);
    auto coord = [&](int size) { return static_cast<int>(random() % static_cast<unsigned>(size + 200)) - 100; };  // some off-screen
    static const char* kKeys[] = {"escape", "enter", "backspace", "tab", "space", "left", "right", "up", "down", "a", "z", "5",
                                  "alt+f4", "ctrl+q", "ctrl+w", "alt+tab", "super", "ctrl+alt+delete", "f11", "ctrl+alt+f2", "shift+tab"};
    std::string script;
    script.reserve(static_cast<size_t>(commands) * 16);
    for (long i = 0; i < commands; ++i) {
        // Mostly one-frame commands (a key, typing, wait 0: one frame each; a tap takes three, a drag five).
        const unsigned r = random() % 100;
        if (r < 30) script += "tap " + std::to_string(coord(w)) + " " + std::to_string(coord(h)) + "\n";
        else if (r < 35)
            script += "drag " + std::to_string(coord(w)) + " " + std::to_string(coord(h)) + " " + std::to_string(coord(w)) + " " +
                      std::to_string(coord(h)) + " " + std::to_string(random() % 3 * 16) + "\n";
        else if (r < 85) script += std::string("key ") + kKeys[random() % (sizeof kKeys / sizeof *kKeys)] + "\n";
        else if (r < 90) script += "type " + std::string(1, static_cast<char>('a' + random() % 26)) + "x\n";
        else script += "wait 0\n";
    }
    RunOptions o;
    o.size = std::to_string(w) + "x" + std::to_string(h);
    o.script = script;
    o.timeoutSeconds = 1800;
    const auto start = std::chrono::steady_clock::now();
    const KioskRun run = runKiosk(o);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    INFO(run.output.substr(run.output.size() > 3000 ? run.output.size() - 3000 : 0));
    CHECK_FALSE(run.timedOut);
    REQUIRE(run.exitCode == 0);
    // A sane state: on screen, content shown, every number finite and every reference real.
    const auto& s = run.state;
    CHECK(s.at("content").at("available") == true);
    const std::set<std::string> modes = {"attract", "active", "still_there"};
    CHECK(modes.count(s.at("mode").get<std::string>()) == 1);
    CHECK(s.at("window").at("width") == w);
    CHECK(s.at("frames").get<long>() >= commands);
    const double from = s.at("timeline").at("from"), to = s.at("timeline").at("to");
    CHECK(std::isfinite(from));
    CHECK(std::isfinite(to));
    CHECK(from < to);
    CHECK(std::isfinite(s.at("map").at("zoom").get<double>()));
    CHECK(std::isfinite(s.at("map").at("centre_lon").get<double>()));
    CHECK(std::isfinite(s.at("reader").at("scroll").get<double>()));
    CHECK(s.at("lockdown").at("ignored_keys").get<long>() > commands / 20);
    if (s.at("selected_event").is_object()) CHECK_FALSE(s.at("selected_event").at("id").get<std::string>().empty());
    std::printf("input storm: %ld commands, %ld frames, %.0f s wall, %ld keys ignored by the lockdown, exit 0, sane state\n", commands,
                s.at("frames").get<long>(), seconds, s.at("lockdown").at("ignored_keys").get<long>());
}
