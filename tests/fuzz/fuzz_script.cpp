// fuzz_script.cpp: the --script input format, its key names, and playback. Invariants: parseScript never throws;
// it returns either commands or an error naming the file and line, never both; every key name parses as a chord
// without throwing; playing the script back yields finite pointer positions and ends (bounded here to a few
// thousand frames per input, as the kiosk's own runs are bounded by the script's length).
#include <cmath>

#include "app/input_script.hpp"
#include "fuzz_support.hpp"
#include "platform/keys.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) { return 0; }

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using kiosk::fuzz::fail;
    kiosk::app::ParsedScript parsed = kiosk::app::parseScript(kiosk::fuzz::asText(data, size), "script.txt");
    if (!parsed.error.empty()) {
        if (!parsed.commands.empty()) fail("commands returned with an error");
        if (parsed.error.rfind("script.txt:", 0) != 0) fail("error without file and line:", parsed.error);
        return 0;
    }
    for (const auto& c : parsed.commands) {
        if (c.kind == kiosk::app::ScriptCommand::Kind::Key) (void)kiosk::platform::parseChord(c.text);
        if (!std::isfinite(c.x1) || !std::isfinite(c.y1) || !std::isfinite(c.x2) || !std::isfinite(c.y2) || !std::isfinite(c.ms) || c.ms < 0)
            fail("a command with a non-finite or negative number");
    }
    kiosk::app::ScriptPlayer player(std::move(parsed.commands));
    for (int frame = 0; frame < 5000 && !player.finished(); ++frame) {
        const kiosk::app::FrameInput in = player.next();
        if (!std::isfinite(in.x) || !std::isfinite(in.y)) fail("non-finite pointer position");
    }
    return 0;
}
