// keys.cpp: GLFW key codes by name.
#include "platform/keys.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cctype>

namespace kiosk::platform {

int keyIndex(std::string_view name) {
    std::string n(name);
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (n.size() == 1 && n[0] >= 'a' && n[0] <= 'z') return GLFW_KEY_A + (n[0] - 'a');
    if (n.size() == 1 && n[0] >= '0' && n[0] <= '9') return GLFW_KEY_0 + (n[0] - '0');
    // At most two digits: std::stoi would throw on "f99999999999" (a script line must never crash the kiosk).
    if (n.size() >= 2 && n.size() <= 3 && n[0] == 'f' && std::all_of(n.begin() + 1, n.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        const int f = std::stoi(n.substr(1));
        if (f >= 1 && f <= 25) return GLFW_KEY_F1 + f - 1;
    }
    struct Named { const char* name; int key; };
    static const Named kNamed[] = {{"escape", GLFW_KEY_ESCAPE}, {"esc", GLFW_KEY_ESCAPE}, {"enter", GLFW_KEY_ENTER},
                                   {"return", GLFW_KEY_ENTER}, {"tab", GLFW_KEY_TAB},       {"backspace", GLFW_KEY_BACKSPACE},
                                   {"space", GLFW_KEY_SPACE},  {"delete", GLFW_KEY_DELETE}, {"left", GLFW_KEY_LEFT},
                                   {"right", GLFW_KEY_RIGHT},  {"up", GLFW_KEY_UP},         {"down", GLFW_KEY_DOWN},
                                   {"home", GLFW_KEY_HOME},    {"end", GLFW_KEY_END},       {"pageup", GLFW_KEY_PAGE_UP},
                                   {"pagedown", GLFW_KEY_PAGE_DOWN}, {"super", GLFW_KEY_LEFT_SUPER}, {"menu", GLFW_KEY_MENU}};
    for (const Named& k : kNamed)
        if (n == k.name) return k.key;
    return -1;
}

KeyChord parseChord(std::string_view text) {
    KeyChord chord;
    size_t start = 0;
    while (true) {
        const size_t plus = text.find('+', start);
        std::string part(text.substr(start, plus == std::string_view::npos ? std::string_view::npos : plus - start));
        std::transform(part.begin(), part.end(), part.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (plus == std::string_view::npos) {
            chord.key = keyIndex(part);
            if (part == "super") chord.super = true;
            break;
        }
        if (part == "ctrl" || part == "control") chord.ctrl = true;
        else if (part == "alt") chord.alt = true;
        else if (part == "shift") chord.shift = true;
        else if (part == "super" || part == "win" || part == "meta") chord.super = true;
        start = plus + 1;
    }
    return chord;
}

}  // namespace kiosk::platform
