// input_script.hpp: scripted visitors. Parses the --script format and replays it frame by frame on a virtual
// clock, so tests can tap, drag and wait deterministically and as fast as the machine allows.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/contacts.hpp"

namespace kiosk::app {

struct ScriptCommand {
    enum class Kind { Tap, Drag, Wait, Key, Type, Screenshot, State, Touch, Pinch } kind = Kind::Wait;
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double ms = 0;
    std::string text;  // key name, typed text or screenshot path
    int line = 0;
    int finger = 0;    // touch: the finger's id (1..99)
    input::ContactPhase phase = input::ContactPhase::Down;  // touch
    // pinch: centre (x1, y1), the fingers' spread from x2 to y2 pixels, over ms
};

struct ParsedScript {
    std::vector<ScriptCommand> commands;
    std::string error;  // "script.txt:3: ..." when a line is bad; commands is then empty
};

// One command a line: tap X Y | drag X1 Y1 X2 Y2 MS | wait MS | key NAME | type TEXT | screenshot PATH |
// state PATH (the state JSON at that moment) | touch ID down|move|up X Y (one finger of a multi-touch hand) |
// pinch CX CY D0 D1 MS (two fingers, level, centred on CX CY, spreading from D0 to D1 pixels apart).
// Blank lines and lines starting with # are ignored.
ParsedScript parseScript(std::string_view text, const std::string& name);

// Pointer and keyboard input for one frame.
struct FrameInput {
    float x = -1, y = -1;   // the mouse-like pointer of tap and drag (contact 0)
    bool down = false;
    input::ContactEvents contacts;  // everything above as contacts, plus touch and pinch fingers (times left 0)
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
    bool down_ = false;  // contact 0 as last reported
    float lastX_ = -1, lastY_ = -1;
};

}  // namespace kiosk::app
