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

// The keys for a visitor reading `language` (model/language.hpp), row by row, each row in reading order (a
// right-to-left language's rows are laid out from the right):
// - English: digits and Delete; QWERTY in three rows with hyphen and apostrophe; Clear, Space, Done (five rows).
// - Russian: digits and Delete; ЙЦУКЕН in three rows of eleven (Ъ and Ё at the end of the last); Clear, Space, Done.
// - Urdu: digits and Delete; the letters in alphabetical order, ten or eleven a row (see the .cpp for why); Clear,
//   Space, Done (six rows).
// Any other language gets the English keys.
const std::vector<std::vector<KeyboardKey>>& keyboardRows(std::string_view language = "en");

// The query after pressing `key`. Delete removes one whole UTF-8 character; input stops at `maxBytes`.
std::string applyKey(std::string_view query, const KeyboardKey& key, size_t maxBytes = 60);

// The byte offset of the first case-insensitive (ASCII) occurrence of `word` in `text` that starts a word, or
// npos. Used to open an article at a search match.
size_t findWord(std::string_view text, std::string_view word);

}  // namespace kiosk::model
