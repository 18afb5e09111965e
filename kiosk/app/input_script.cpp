// input_script.cpp: parsing and frame-by-frame playback of input scripts.
#include "app/input_script.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace kiosk::app {
namespace {

bool parseNumbers(std::istringstream& in, std::vector<double>& out, size_t count) {
    for (size_t i = 0; i < count; ++i) {
        double v;
        if (!(in >> v) || !std::isfinite(v) || std::fabs(v) > 1e6) return false;
        out.push_back(v);
    }
    std::string extra;
    return !(in >> extra);
}

}  // namespace

ParsedScript parseScript(std::string_view text, const std::string& name) {
    ParsedScript result;
    std::istringstream lines{std::string(text)};
    std::string line;
    int number = 0;
    auto fail = [&](const std::string& message) {
        result.commands.clear();
        result.error = name + ":" + std::to_string(number) + ": " + message;
        return result;
    };
    while (std::getline(lines, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const size_t first = line.find_first_not_of(" \t");
        if (first == std::string::npos || line[first] == '#') continue;
        std::istringstream in(line.substr(first));
        std::string verb;
        in >> verb;
        ScriptCommand c;
        c.line = number;
        std::vector<double> v;
        if (verb == "tap") {
            if (!parseNumbers(in, v, 2)) return fail("expected 'tap X Y'");
            c.kind = ScriptCommand::Kind::Tap;
            c.x1 = static_cast<float>(v[0]);
            c.y1 = static_cast<float>(v[1]);
        } else if (verb == "drag") {
            if (!parseNumbers(in, v, 5) || v[4] < 0) return fail("expected 'drag X1 Y1 X2 Y2 MS'");
            c.kind = ScriptCommand::Kind::Drag;
            c.x1 = static_cast<float>(v[0]);
            c.y1 = static_cast<float>(v[1]);
            c.x2 = static_cast<float>(v[2]);
            c.y2 = static_cast<float>(v[3]);
            c.ms = v[4];
        } else if (verb == "wait") {
            if (!parseNumbers(in, v, 1) || v[0] < 0) return fail("expected 'wait MS' with MS a number of milliseconds");
            c.kind = ScriptCommand::Kind::Wait;
            c.ms = v[0];
        } else if (verb == "touch") {
            std::string phase;
            int finger = 0;
            if (!(in >> finger) || finger < 1 || finger > 99 || !(in >> phase) || (phase != "down" && phase != "move" && phase != "up") ||
                !parseNumbers(in, v, 2))
                return fail("expected 'touch ID down|move|up X Y' with ID from 1 to 99");
            c.kind = ScriptCommand::Kind::Touch;
            c.finger = finger;
            c.phase = phase == "down" ? input::ContactPhase::Down : phase == "up" ? input::ContactPhase::Up : input::ContactPhase::Move;
            c.x1 = static_cast<float>(v[0]);
            c.y1 = static_cast<float>(v[1]);
        } else if (verb == "pinch") {
            if (!parseNumbers(in, v, 5) || v[2] <= 0 || v[3] <= 0 || v[4] < 0) return fail("expected 'pinch CX CY D0 D1 MS' with spreads above 0");
            c.kind = ScriptCommand::Kind::Pinch;
            c.x1 = static_cast<float>(v[0]);
            c.y1 = static_cast<float>(v[1]);
            c.x2 = static_cast<float>(v[2]);
            c.y2 = static_cast<float>(v[3]);
            c.ms = v[4];
        } else if (verb == "key" || verb == "type" || verb == "screenshot" || verb == "state") {
            std::string rest;
            std::getline(in, rest);
            const size_t start = rest.find_first_not_of(" \t");
            rest = start == std::string::npos ? "" : rest.substr(start);
            if (rest.empty()) return fail("'" + verb + "' needs an argument");
            c.kind = verb == "key"    ? ScriptCommand::Kind::Key
                     : verb == "type" ? ScriptCommand::Kind::Type
                     : verb == "state" ? ScriptCommand::Kind::State
                                       : ScriptCommand::Kind::Screenshot;
            c.text = rest;
        } else {
            return fail("unknown command '" + verb + "' (expected tap, drag, wait, key, type, screenshot, state, touch or pinch)");
        }
        result.commands.push_back(std::move(c));
    }
    return result;
}

ScriptPlayer::ScriptPlayer(std::vector<ScriptCommand> commands, double frameSeconds)
    : commands_(std::move(commands)), frame_(frameSeconds) {}

FrameInput ScriptPlayer::next() {
    FrameInput in;
    in.x = x_;
    in.y = y_;
    if (finished()) return in;
    const ScriptCommand& c = commands_[index_];
    auto advance = [&] {
        ++index_;
        step_ = 0;
    };
    switch (c.kind) {
        case ScriptCommand::Kind::Tap:
            // Move there, press, release: three frames, as a real finger gives at 60 Hz.
            in.x = x_ = c.x1;
            in.y = y_ = c.y1;
            in.down = step_ == 1;
            if (++step_ == 3) advance();
            break;
        case ScriptCommand::Kind::Drag: {
            const int moves = std::max(2, static_cast<int>(std::lround(c.ms / 1000.0 / frame_)));
            // Frame 0: move to start; 1: press; 2..moves+1: move with the finger down; moves+2: release.
            if (step_ <= 1) {
                in.x = x_ = c.x1;
                in.y = y_ = c.y1;
                in.down = step_ == 1;
            } else if (step_ <= moves + 1) {
                const float t = static_cast<float>(step_ - 1) / static_cast<float>(moves);
                in.x = x_ = c.x1 + (c.x2 - c.x1) * t;
                in.y = y_ = c.y1 + (c.y2 - c.y1) * t;
                in.down = true;
            } else {
                in.x = x_ = c.x2;
                in.y = y_ = c.y2;
                in.down = false;
            }
            if (++step_ > moves + 2) advance();
            break;
        }
        case ScriptCommand::Kind::Wait: {
            const int frames = static_cast<int>(std::lround(c.ms / 1000.0 / frame_));
            if (++step_ >= frames) advance();
            break;
        }
        case ScriptCommand::Kind::Key:
            in.key = c.text;
            advance();
            break;
        case ScriptCommand::Kind::Type:
            in.typed = c.text;
            advance();
            break;
        case ScriptCommand::Kind::Screenshot:
            in.screenshot = c.text;
            advance();
            break;
        case ScriptCommand::Kind::State:
            in.state = c.text;
            advance();
            break;
        case ScriptCommand::Kind::Touch:
            in.contacts.push_back({c.finger, c.phase, c.x1, c.y1, 0, 0});
            advance();
            break;
        case ScriptCommand::Kind::Pinch: {
            // Fingers 101 and 102, level, either side of the centre: down, spread over the time, up.
            const int moves = std::max(2, static_cast<int>(std::lround(c.ms / 1000.0 / frame_)));
            const float spread = step_ == 0 ? c.x2 : c.x2 + (c.y2 - c.x2) * static_cast<float>(std::min(step_, moves)) / static_cast<float>(moves);
            const input::ContactPhase phase = step_ == 0 ? input::ContactPhase::Down : step_ > moves ? input::ContactPhase::Up : input::ContactPhase::Move;
            in.contacts.push_back({101, phase, c.x1 - spread / 2, c.y1, 0, 0});
            in.contacts.push_back({102, phase, c.x1 + spread / 2, c.y1, 0, 0});
            if (++step_ > moves + 1) advance();
            break;
        }
    }
    // Contact 0 follows the tap and drag pointer: a press, its moves and its release, or a hover to where it goes.
    const bool moved = in.x != lastX_ || in.y != lastY_;
    input::ContactEvents pointer;
    if (in.down != down_) {
        if (in.down && moved) pointer.push_back({0, input::ContactPhase::Hover, in.x, in.y, 0, 0});
        pointer.push_back({0, in.down ? input::ContactPhase::Down : input::ContactPhase::Up, in.x, in.y, 0, 0});
    } else if (moved && in.x >= 0) {
        pointer.push_back({0, in.down ? input::ContactPhase::Move : input::ContactPhase::Hover, in.x, in.y, 0, 0});
    }
    down_ = in.down;
    lastX_ = in.x;
    lastY_ = in.y;
    in.contacts.insert(in.contacts.begin(), pointer.begin(), pointer.end());
    return in;
}

}  // namespace kiosk::app
