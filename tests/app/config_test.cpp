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
    CHECK(r.config.adminPin.empty());  // never a fallback to a known PIN
    CHECK_THAT(r.config.adminPinProblem, Catch::StartsWith("No staff PIN is set: set admin_pin in k.toml"));
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

TEST_CASE("the staff PIN has no default: missing, malformed, unquoted, published or guessable PINs leave the keypad locked") {
    const ConfigResult missing = parseConfig("[visitors]\nattract_mode = false\n", "/etc/kiosk/kiosk.toml");
    CHECK(missing.config.adminPin.empty());
    CHECK_THAT(missing.config.adminPinProblem, Catch::StartsWith("No staff PIN is set: set admin_pin in /etc/kiosk/kiosk.toml"));
    CHECK(loadConfig("/nonexistent/kiosk.toml").config.adminPinProblem.find("No staff PIN is set") == 0);
    CHECK(parseConfig("[staff\nadmin_pin = 5831", "k.toml").config.adminPinProblem.find("No staff PIN is set") == 0);
    for (const char* bad : {"admin_pin = 5831", "admin_pin = \"58a1\"", "admin_pin = \"\"", "admin_pin = \"2468\"", "admin_pin = \"0000\"",
                            "admin_pin = \"1234\"", "admin_pin = \"987654\""}) {
        INFO(bad);
        const ConfigResult r = parseConfig(std::string("[staff]\n") + bad + "\n", "k.toml");
        CHECK(r.config.adminPin.empty());
        CHECK_THAT(r.config.adminPinProblem, Catch::StartsWith("No staff PIN is set"));
        REQUIRE(r.warnings.size() == 1);
        CHECK_THAT(r.warnings[0], Catch::StartsWith("k.toml:2:") && Catch::Contains("stays locked"));
    }
    const ConfigResult good = parseConfig("[staff]\nadmin_pin = \"5831\"\n", "k.toml");
    CHECK(good.config.adminPin == "5831");
    CHECK(good.config.adminPinProblem.empty());
    CHECK(good.warnings.empty());
    CHECK(weakPinReason("583190").empty());
    CHECK_FALSE(weakPinReason("1111").empty());
}

TEST_CASE("[languages] names the languages on offer and the default, and a bad entry is reported and leaves a safe choice") {
    auto good = parseConfig("[languages]\noffered = [\"ur\", \"en\"]\ndefault = \"ur\"\n", "kiosk.toml");
    CHECK(good.warnings.empty());
    CHECK(good.config.offeredLanguages == std::vector<std::string>{"ur", "en"});
    CHECK(good.config.defaultLanguage == "ur");

    auto none = parseConfig("", "kiosk.toml");
    CHECK(none.config.offeredLanguages == std::vector<std::string>{"en", "ur", "ru"});
    CHECK(none.config.defaultLanguage == "en");

    auto unknownCode = parseConfig("[languages]\noffered = [\"en\", \"fr\"]\n", "kiosk.toml");
    REQUIRE(unknownCode.warnings.size() == 1);
    CHECK(unknownCode.warnings[0].find("kiosk.toml:2") != std::string::npos);
    CHECK(unknownCode.config.offeredLanguages.size() == 3);

    auto notOffered = parseConfig("[languages]\noffered = [\"en\", \"ru\"]\ndefault = \"ur\"\n", "kiosk.toml");
    REQUIRE(notOffered.warnings.size() == 1);
    CHECK(notOffered.warnings[0].find("kiosk.toml:3") != std::string::npos);
    CHECK(notOffered.config.defaultLanguage == "en");
}
