// on_screen_keyboard.cpp: keyboard layout and query editing.
#include "model/on_screen_keyboard.hpp"

#include <cctype>
#include <initializer_list>
#include <utility>

namespace kiosk::model {

namespace {

using Rows = std::vector<std::vector<KeyboardKey>>;

std::vector<KeyboardKey> digitsAndDelete() {
    std::vector<KeyboardKey> row;
    for (char c : std::string_view("1234567890")) row.push_back({KeyboardKey::Kind::Character, std::string(1, c), std::string(1, c), 1});
    row.push_back({KeyboardKey::Kind::Delete, "Delete", "", 1.5f});
    return row;
}

std::vector<KeyboardKey> controls() {
    return {{KeyboardKey::Kind::Clear, "Clear", "", 2}, {KeyboardKey::Kind::Space, "Space", " ", 5}, {KeyboardKey::Kind::Done, "Done", "", 2}};
}

// A row of letters given as pairs of what the key shows and what it types, each a whole UTF-8 string.
std::vector<KeyboardKey> letters(std::initializer_list<std::pair<const char*, const char*>> keys) {
    std::vector<KeyboardKey> row;
    for (const auto& [shown, typed] : keys) row.push_back({KeyboardKey::Kind::Character, shown, typed, 1});
    return row;
}

Rows englishRows() {
    Rows r;
    auto chars = [](std::string_view keys) {
        std::vector<KeyboardKey> row;
        for (char c : keys) {
            const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            row.push_back({KeyboardKey::Kind::Character, std::string(1, c), std::string(1, lower), 1});
        }
        return row;
    };
    r.push_back(digitsAndDelete());
    r.push_back(chars("QWERTYUIOP"));
    r.push_back(chars("ASDFGHJKL"));
    r.push_back(chars("ZXCVBNM"));
    r.back().push_back({KeyboardKey::Kind::Character, "-", "-", 1});
    r.back().push_back({KeyboardKey::Kind::Character, "'", "'", 1});
    r.push_back(controls());
    return r;
}

// The Russian standard layout (ЙЦУКЕН), which every Russian reader types on, with its 33 letters in three rows
// of eleven so the keys keep the digit row's size: Ъ moves from the end of the top row to the bottom one, and Ё
// (top left on a typewriter) sits beside it. Search folds ё into е, so either spelling finds the same events.
Rows russianRows() {
    Rows r;
    r.push_back(digitsAndDelete());
    r.push_back(letters({{"Й", "й"}, {"Ц", "ц"}, {"У", "у"}, {"К", "к"}, {"Е", "е"}, {"Н", "н"}, {"Г", "г"}, {"Ш", "ш"}, {"Щ", "щ"}, {"З", "з"}, {"Х", "х"}}));
    r.push_back(letters({{"Ф", "ф"}, {"Ы", "ы"}, {"В", "в"}, {"А", "а"}, {"П", "п"}, {"Р", "р"}, {"О", "о"}, {"Л", "л"}, {"Д", "д"}, {"Ж", "ж"}, {"Э", "э"}}));
    r.push_back(letters({{"Я", "я"}, {"Ч", "ч"}, {"С", "с"}, {"М", "м"}, {"И", "и"}, {"Т", "т"}, {"Ь", "ь"}, {"Ъ", "ъ"}, {"Б", "б"}, {"Ю", "ю"}, {"Ё", "ё"}}));
    r.push_back(controls());
    return r;
}

// Urdu has no layout every reader knows: phones offer several phonetic ones, desks the CRULP and Inpage layouts,
// and many visitors type Urdu rarely. The alphabet's order (ا آ ب پ ت ٹ ...) is the one every reader learnt at
// school, so a letter is found by reading the keys, right to left, as a line of the alphabet. Forty letters, and
// the hamza forms Urdu spells with (ئ as in نئی, ؤ as in دباؤ) beside their letters, ten or eleven a row: the
// same key size as the digits. Arabic-script letters have one form per key (the text layer joins them).
Rows urduRows() {
    Rows r;
    r.push_back(digitsAndDelete());
    r.push_back(letters({{"ا", "ا"}, {"آ", "آ"}, {"ب", "ب"}, {"پ", "پ"}, {"ت", "ت"}, {"ٹ", "ٹ"}, {"ث", "ث"}, {"ج", "ج"}, {"چ", "چ"}, {"ح", "ح"}}));
    r.push_back(letters({{"خ", "خ"}, {"د", "د"}, {"ڈ", "ڈ"}, {"ذ", "ذ"}, {"ر", "ر"}, {"ڑ", "ڑ"}, {"ز", "ز"}, {"ژ", "ژ"}, {"س", "س"}, {"ش", "ش"}}));
    r.push_back(letters({{"ص", "ص"}, {"ض", "ض"}, {"ط", "ط"}, {"ظ", "ظ"}, {"ع", "ع"}, {"غ", "غ"}, {"ف", "ف"}, {"ق", "ق"}, {"ک", "ک"}, {"گ", "گ"}, {"ل", "ل"}}));
    r.push_back(letters({{"م", "م"}, {"ن", "ن"}, {"ں", "ں"}, {"و", "و"}, {"ؤ", "ؤ"}, {"ہ", "ہ"}, {"ھ", "ھ"}, {"ء", "ء"}, {"ئ", "ئ"}, {"ی", "ی"}, {"ے", "ے"}}));
    r.push_back(controls());
    return r;
}

}  // namespace

const std::vector<std::vector<KeyboardKey>>& keyboardRows(std::string_view language) {
    static const Rows english = englishRows(), russian = russianRows(), urdu = urduRows();
    if (language == "ru") return russian;
    if (language == "ur") return urdu;
    return english;
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
