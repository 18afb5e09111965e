// fuzz_config.cpp: kiosk.toml. Invariants: parseConfig never throws, and whatever the text, every value it
// returns is inside the range the kiosk relies on (a bad value is replaced by its default, never kept).
#include "app/config.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const kiosk::app::ConfigResult r = kiosk::app::parseConfig(kiosk::fuzz::asText(data, size), "kiosk.toml");
    const kiosk::app::Config& c = r.config;
    using kiosk::fuzz::fail;
    if (c.monitor < 0 || c.monitor >= 16) fail("monitor out of range");
    if (c.windowWidth < 320 || c.windowWidth > 16384 || c.windowHeight < 240 || c.windowHeight > 16384) fail("window size out of range");
    if (!(c.idleTimeoutSeconds >= 10 && c.idleTimeoutSeconds <= 3600)) fail("idle timeout out of range");
    if (c.defaultTextSize < 0 || c.defaultTextSize > 2) fail("text size out of range");
    if (c.usageRetentionDays < 1 || c.usageRetentionDays > 3650) fail("retention out of range");
    if (!(c.screenWidthMm == 0 || (c.screenWidthMm >= 50 && c.screenWidthMm <= 10000))) fail("screen width out of range");
    if (c.adminPin.empty() != !c.adminPinProblem.empty()) fail("admin PIN and its problem disagree", c.adminPinProblem);
    if (!c.adminPin.empty() && (c.adminPin.size() < 4 || c.adminPin.size() > 12 || c.adminPin.find_first_not_of("0123456789") != std::string::npos)) fail("admin PIN invalid", c.adminPin);
    for (const std::string& w : r.warnings)
        if (w.rfind("kiosk.toml", 0) != 0) fail("a warning that does not name the file:", w);
    return 0;
}
