// input_script.hpp: scripted visitors. Parses the --script format and replays it frame by frame on a virtual
// clock, so tests can tap, drag and wait deterministically and as fast as the machine allows.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::app {

struct ScriptCommand {
    enum class Kind { Tap, Drag, Wait, Key, Type, Screenshot, State } kind = Kind::Wait;
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double ms = 0;
    std::string text;  // key name, typed text or screenshot path
    int line = 0;
};

struct ParsedScript {
    std::vector<ScriptCommand> commands;
    std::string error;  // "script.txt:3: ..." when a line is bad; commands is then empty
};

// One command a line: tap X Y | drag X1 Y1 X2 Y2 MS | wait MS | key NAME | type TEXT | screenshot PATH |
// state PATH (the state JSON at that moment).
// Blank lines and lines starting with # are ignored.
ParsedScript parseScript(std::string_view text, const std::string& name);

// Pointer and keyboard input for one frame.
struct FrameInput {
    float x = -1, y = -1;
    bool down = false;
    std::string key;         // a key pressed this frame ("escape", "alt+f4"...)
    std::string typed;       // text typed this frame
    std::string screenshot;  // save a screenshot after this frame
    std::string state;       // write the state JSON after this frame
};

class ScriptPlayer {
public:
    explicit ScriptPlayer(std::vector<ScriptCommand> commands, double frameSeconds = 1.0 / 60.0);
    bool finished() const { return index_ >= commands_.size(); }
    // The next frame's input. The pointer stays where the last command left it, as a finger's would.
    FrameInput next();

private:
    std::vector<ScriptCommand> commands_;
    double frame_;
    size_t index_ = 0;
    int step_ = 0;  // frame within the current command
    float x_ = -1, y_ = -1;
};

}  // namespace kiosk::app
