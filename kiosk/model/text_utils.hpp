// text_utils.hpp: small UTF-8 and hashing helpers shared by the content tool and the kiosk.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::model {

// Number of code points in a UTF-8 string (invalid bytes count one each).
size_t utf8Length(std::string_view text);
// The code point index of a byte offset.
size_t utf8CharOffset(std::string_view text, size_t byteOffset);
// Splits on blank lines ("\n\n" and longer runs), trimming line ends.
std::vector<std::string> splitParagraphs(std::string_view text);
// FNV-1a 64-bit, as 16 hex digits: a content fingerprint, not security.
std::string fnv1aHex(std::string_view data, uint64_t seed = 1469598103934665603ull);
int countWords(std::string_view text);
// Sentences end at '.', '!' or '?' followed by a space or the end.
std::vector<std::string> splitSentences(std::string_view text);
bool isValidId(std::string_view id);
// A count for a small badge: "7", "950", "1.2k", "16k", "1.5M".
std::string compactCount(long long n);
// A count in running text, with thousands separated: "96,059".
std::string groupedCount(long long n);
// Appends one code point as UTF-8 (invalid code points become U+FFFD).
void appendUtf8(std::string& out, uint32_t codepoint);

}  // namespace kiosk::model
