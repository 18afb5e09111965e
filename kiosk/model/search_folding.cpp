// search_folding.cpp: a byte-level walk that decodes only the two-byte sequences these letters use (U+0400-U+07FF);
// ASCII and every other script are copied as they are, so English text costs one comparison per byte.
#include "model/search_folding.hpp"

namespace kiosk::model {

namespace {

void appendTwoByte(std::string& out, char32_t cp) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
}

bool dropped(char32_t cp) {
    return (cp >= 0x064B && cp <= 0x065F) ||  // harakat (fathatan .. wavy hamza below)
           cp == 0x0670 ||                    // superscript alef
           (cp >= 0x06D6 && cp <= 0x06ED) ||  // Quranic annotation marks
           cp == 0x0640;                      // tatweel
}

// The code point search treats `cp` as (0: drop it).
char32_t folded(char32_t cp) {
    switch (cp) {
        case 0x064A: case 0x0649: return 0x06CC;  // ي ى -> ی
        case 0x0643: return 0x06A9;               // ك -> ک
        case 0x0647: case 0x06C3: return 0x06C1;  // ه ۃ -> ہ
        case 0x0451: return 0x0435;               // ё -> е
        case 0x0401: return 0x0415;               // Ё -> Е
        default: break;
    }
    if (dropped(cp)) return 0;
    if (cp >= 0x0660 && cp <= 0x0669) return U'0' + (cp - 0x0660);
    if (cp >= 0x06F0 && cp <= 0x06F9) return U'0' + (cp - 0x06F0);
    return cp;
}

}  // namespace

std::string foldForSearch(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0xD0 && b <= 0xDB && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
            const char32_t cp = (static_cast<char32_t>(b & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
            const char32_t to = folded(cp);
            ++i;
            if (to == 0) continue;
            if (to < 0x80) out += static_cast<char>(to);
            else appendTwoByte(out, to);
            continue;
        }
        out += s[i];
    }
    return out;
}

}  // namespace kiosk::model
