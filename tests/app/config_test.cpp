// config_test.cpp: kiosk.toml: good, missing and broken files always give a usable configuration.
#include <catch2/catch.hpp>

#include "app/config.hpp"

using namespace kiosk::app;

TEST_CASE("the shipped config file is clean and matches the defaults") {
    const ConfigResult r = loadConfig(std::string(KIOSK_SOURCE_DIR) + "/config/kiosk.toml");
    CHECK(r.fileFound);
    CHECK(r.warnings.empty());
    const Config defaults;
    CHECK(r.config.idleTimeoutSeconds == defaults.idleTimeoutSeconds);
    CHECK(r.config.fullscreen == defaults.fullscreen);
    CHECK(r.config.adminPin == defaults.adminPin);
}

TEST_CASE("a missing file gives the defaults with one warning") {
    const ConfigResult r = loadConfig("/nonexistent/kiosk.toml");
    CHECK_FALSE(r.fileFound);
    CHECK(r.warnings.size() == 1);
    CHECK(r.config.idleTimeoutSeconds == 45);
}

TEST_CASE("unknown keys and bad values are reported with file and line and replaced by defaults") {
    const ConfigResult r = parseConfig("[visitors]\nidle_timout = 30\nidle_timeout_seconds = -3\n[display]\nfullscreen = \"yes\"\nmonitor = 2\n[staff]\nadmin_pin = \"12\"\n", "k.toml");
    CHECK(r.config.idleTimeoutSeconds == 45);
    CHECK(r.config.fullscreen == true);
    CHECK(r.config.monitor == 2);
    CHECK(r.config.adminPin == "2468");
    REQUIRE(r.warnings.size() == 4);
    auto has = [&](const std::string& prefix, const std::string& word) {
        for (const auto& w : r.warnings)
            if (w.rfind(prefix, 0) == 0 && w.find(word) != std::string::npos) return true;
        return false;
    };
    CHECK(has("k.toml:2:", "unknown key 'idle_timout'"));
    CHECK(has("k.toml:3:", "idle_timeout_seconds"));
    CHECK(has("k.toml:5:", "fullscreen"));
    CHECK(has("k.toml:8:", "admin_pin"));
}

TEST_CASE("a file that is not TOML at all still gives the defaults") {
    const ConfigResult r = parseConfig("[display\nfullscreen = maybe\n\x01\x02", "broken.toml");
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].rfind("broken.toml:1:", 0) == 0);
    CHECK(r.config.fullscreen == true);
}
