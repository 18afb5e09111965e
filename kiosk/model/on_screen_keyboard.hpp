// on_screen_keyboard.hpp: the search keyboard's keys and what each does to the query. Pure, so tested directly.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::model {

struct KeyboardKey {
    enum class Kind { Character, Space, Delete, Clear, Done } kind = Kind::Character;
    std::string label;   // what the key shows
    std::string insert;  // what it types (lower case)
    float width = 1;     // in key units
};

// Five rows: digits and Delete; three rows of letters (QWERTY) with hyphen and apostrophe; Clear, Space, Done.
const std::vector<std::vector<KeyboardKey>>& keyboardRows();

// The query after pressing `key`. Delete removes one whole UTF-8 character; input stops at `maxBytes`.
std::string applyKey(std::string_view query, const KeyboardKey& key, size_t maxBytes = 60);

// The byte offset of the first case-insensitive (ASCII) occurrence of `word` in `text` that starts a word, or
// npos. Used to open an article at a search match.
size_t findWord(std::string_view text, std::string_view word);

}  // namespace kiosk::model
