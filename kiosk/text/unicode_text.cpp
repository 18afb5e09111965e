// unicode_text.cpp: a strict UTF-8 decoder (rejects overlongs, surrogates and
// values past U+10FFFF).
#include "text/unicode_text.hpp"

namespace kiosk::text {

namespace {

// Length of the sequence a lead byte starts, or 0 when it cannot start one.
int sequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

}  // namespace

UnicodeText decodeUtf8(std::string_view utf8) {
    UnicodeText out;
    out.codepoints.reserve(utf8.size());
    out.byteOffsets.reserve(utf8.size() + 1);
    size_t i = 0;
    while (i < utf8.size()) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const int length = sequenceLength(lead);
        char32_t cp = 0xFFFD;
        int used = 1;
        if (length == 1) {
            cp = lead;
        } else if (length > 1 && i + static_cast<size_t>(length) <= utf8.size()) {
            char32_t value = lead & (0xFF >> (length + 1));
            bool valid = true;
            for (int k = 1; k < length; ++k) {
                const auto next = static_cast<unsigned char>(utf8[i + static_cast<size_t>(k)]);
                if ((next & 0xC0) != 0x80) {
                    valid = false;
                    break;
                }
                value = (value << 6) | (next & 0x3F);
            }
            const bool overlong = (length == 3 && value < 0x800) || (length == 4 && value < 0x10000);
            const bool surrogate = value >= 0xD800 && value <= 0xDFFF;
            if (valid && !overlong && !surrogate && value <= 0x10FFFF) {
                cp = value;
                used = length;
            }
        }
        out.codepoints.push_back(cp);
        out.byteOffsets.push_back(static_cast<uint32_t>(i));
        i += static_cast<size_t>(used);
    }
    out.byteOffsets.push_back(static_cast<uint32_t>(utf8.size()));
    return out;
}

}  // namespace kiosk::text
