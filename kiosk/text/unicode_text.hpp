// unicode_text.hpp: a paragraph decoded from UTF-8 into code points,
// remembering where each one came from, so that shaping, bidi and line breaking
// (which work on code points) can hand byte ranges back to their callers.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::text {

struct UnicodeText {
    std::u32string codepoints;
    // byteOffsets[i] is where code point i starts in the UTF-8 source; one extra
    // entry holds the source's length.
    std::vector<uint32_t> byteOffsets;

    size_t size() const { return codepoints.size(); }
};

// Decodes UTF-8; each invalid byte becomes U+FFFD (one code point per byte)
// rather than failing: content from a curator's editor must still draw.
UnicodeText decodeUtf8(std::string_view utf8);

}  // namespace kiosk::text
