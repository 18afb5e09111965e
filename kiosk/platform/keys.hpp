// keys.hpp: key names (as scripts and logs write them) to the native key indices ImGui 1.86 uses.
#pragma once
#include <string>
#include <string_view>

namespace kiosk::platform {

// "escape", "f4", "q", "tab", "enter", "backspace", "space", "a".."z", "0".."9", "f1".."f12", "left"... or -1.
int keyIndex(std::string_view name);

// A key combination such as "alt+f4" or "ctrl+shift+q".
struct KeyChord {
    int key = -1;
    bool ctrl = false, alt = false, shift = false, super = false;
};
// Parses a chord; key is -1 when the final key is unknown.
KeyChord parseChord(std::string_view text);

}  // namespace kiosk::platform
