// opening_hours_staff_test.cpp: in the evening, after closing, staff wake the screen, open the staff panel, see the
// schedule and press "Wake until closing": the exhibit is open (and counts visits) until midnight, and the panel
// they are using stays as it was. On a simulated wall clock (--clock-start) and the virtual clock of a script.
#include <catch2/catch.hpp>

#include <fstream>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {
const char* kConfig = "[visitors]\nattract_mode = false\n[staff]\nadmin_pin = \"5831\"\n[schedule]\nmon-fri = \"09:00-17:00\"\n";
const char* kHold = "drag 10 10 12 12 5500\nwait 300\n";

KioskRun eveningRun(const std::string& dir, const std::string& name, const std::string& script) {
    RunOptions o;
    o.dir = dir + "/" + name;
    o.config = dir + "/kiosk.toml";
    o.env = {{"TZ", "UTC"}};
    o.extra = {"--clock-start", "2026-12-07T19:00"};  // a Monday evening, two hours after closing
    o.script = script;
    return runKiosk(o);
}
}  // namespace

TEST_CASE("after closing, staff wake the screen and press Wake until closing: open until midnight", "[e2e][schedule]") {
    const std::string dir = scratchDir("staff-wake");
    std::ofstream(dir + "/kiosk.toml") << kConfig;
    // The first touch wakes the sleeping screen; then the five-second corner hold opens the keypad.
    const KioskRun keypad = eveningRun(dir, "keypad", std::string("wait 300\nstate ") + dir + "/asleep.json\ntap 960 700\nwait 500\n" + kHold +
                                                          "state " + dir + "/keypad.json\n");
    INFO(keypad.output);
    REQUIRE(keypad.exitCode == 0);
    const auto asleep = readJson(dir + "/asleep.json");
    CHECK(asleep.at("schedule").at("asleep") == true);
    CHECK(asleep.at("schedule").at("open") == false);
    const auto pad = readJson(dir + "/keypad.json");
    REQUIRE(pad.at("admin").at("keypad_open") == true);
    std::string pin;
    for (const char* key : {"5", "8", "3", "1", "Enter"}) pin += tapLabel(pad, key) + "wait 150\n";

    const std::string opened = "tap 960 700\nwait 500\n" + std::string(kHold) + pin + "wait 300\nstate " + dir + "/panel.json\n";
    const KioskRun panelRun = eveningRun(dir, "panel", opened);
    REQUIRE(panelRun.exitCode == 0);
    const auto panel = readJson(dir + "/panel.json");
    REQUIRE(panel.at("admin").at("panel_open") == true);
    CHECK(panel.at("schedule").at("open") == false);

    const KioskRun woken = eveningRun(dir, "wake", opened + tapLabel(panel, "Wake until closing") + "wait 300\nstate " + dir + "/woken.json\n" +
                                                        "screenshot " + dir + "/woken.png\n");
    INFO(woken.output);
    REQUIRE(woken.exitCode == 0);
    const auto after = readJson(dir + "/woken.json");
    CHECK(after.at("schedule").at("open") == true);
    CHECK(after.at("schedule").at("asleep") == false);
    CHECK(after.at("admin").at("panel_open") == true);  // not reset under the staff member's finger
    CHECK(after.at("admin").at("message") == "Awake until midnight");
    CHECK(woken.output.find("opening hours: open at 2026-12-07T19:00") != std::string::npos);
    CHECK(woken.output.find("staff: awake until midnight") != std::string::npos);
}
