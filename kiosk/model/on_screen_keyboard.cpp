// on_screen_keyboard.cpp: keyboard layout and query editing.
#include "model/on_screen_keyboard.hpp"

#include <cctype>

namespace kiosk::model {

const std::vector<std::vector<KeyboardKey>>& keyboardRows() {
    static const std::vector<std::vector<KeyboardKey>> rows = [] {
        std::vector<std::vector<KeyboardKey>> r;
        auto chars = [](std::string_view keys) {
            std::vector<KeyboardKey> row;
            for (char c : keys) {
                const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                row.push_back({KeyboardKey::Kind::Character, std::string(1, c), std::string(1, lower), 1});
            }
            return row;
        };
        r.push_back(chars("1234567890"));
        r.back().push_back({KeyboardKey::Kind::Delete, "Delete", "", 1.5f});
        r.push_back(chars("QWERTYUIOP"));
        r.push_back(chars("ASDFGHJKL"));
        r.push_back(chars("ZXCVBNM"));
        r.back().push_back({KeyboardKey::Kind::Character, "-", "-", 1});
        r.back().push_back({KeyboardKey::Kind::Character, "'", "'", 1});
        r.push_back({{KeyboardKey::Kind::Clear, "Clear", "", 2},
                     {KeyboardKey::Kind::Space, "Space", " ", 5},
                     {KeyboardKey::Kind::Done, "Done", "", 2}});
        return r;
    }();
    return rows;
}

std::string applyKey(std::string_view query, const KeyboardKey& key, size_t maxBytes) {
    std::string q(query);
    switch (key.kind) {
        case KeyboardKey::Kind::Character:
        case KeyboardKey::Kind::Space:
            if (q.size() + key.insert.size() <= maxBytes && !(key.kind == KeyboardKey::Kind::Space && (q.empty() || q.back() == ' ')))
                q += key.insert;
            break;
        case KeyboardKey::Kind::Delete:
            while (!q.empty() && (static_cast<unsigned char>(q.back()) & 0xC0) == 0x80) q.pop_back();
            if (!q.empty()) q.pop_back();
            break;
        case KeyboardKey::Kind::Clear: q.clear(); break;
        case KeyboardKey::Kind::Done: break;
    }
    return q;
}

size_t findWord(std::string_view text, std::string_view word) {
    if (word.empty() || word.size() > text.size()) return std::string_view::npos;
    auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
    for (size_t i = 0; i + word.size() <= text.size(); ++i) {
        if (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))) continue;
        size_t k = 0;
        while (k < word.size() && lower(text[i + k]) == lower(word[k])) ++k;
        if (k == word.size()) return i;
    }
    return std::string_view::npos;
}

}  // namespace kiosk::model
