// text_utils.cpp: UTF-8 counting, paragraph and sentence splitting, fingerprints.
#include "model/text_utils.hpp"

#include <cstdio>

namespace kiosk::model {

size_t utf8Length(std::string_view text) {
    size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++count;
    return count;
}

size_t utf8CharOffset(std::string_view text, size_t byteOffset) {
    return utf8Length(text.substr(0, std::min(byteOffset, text.size())));
}

std::vector<std::string> splitParagraphs(std::string_view text) {
    std::vector<std::string> paragraphs;
    std::string current;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
        if (line.empty()) {
            if (!current.empty()) paragraphs.push_back(std::move(current));
            current.clear();
        } else {
            if (!current.empty()) current += '\n';
            current += line;
        }
        start = end + 1;
    }
    if (!current.empty()) paragraphs.push_back(std::move(current));
    return paragraphs;
}

std::string fnv1aHex(std::string_view data, uint64_t seed) {
    uint64_t h = seed;
    for (unsigned char c : data) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(h));
    return buffer;
}

int countWords(std::string_view text) {
    int words = 0;
    bool inWord = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (!space && !inWord) ++words;
        inWord = !space;
    }
    return words;
}

std::vector<std::string> splitSentences(std::string_view text) {
    std::vector<std::string> sentences;
    std::string current;
    for (size_t i = 0; i < text.size(); ++i) {
        current += text[i];
        const char c = text[i];
        if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) {
            sentences.push_back(current);
            current.clear();
            while (i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\n')) ++i;
        }
    }
    if (current.find_first_not_of(" \n") != std::string::npos) sentences.push_back(current);
    return sentences;
}

std::string compactCount(long long n) {
    char buffer[32];
    if (n < 1000) std::snprintf(buffer, sizeof buffer, "%lld", n);
    else if (n < 10000) std::snprintf(buffer, sizeof buffer, "%.1fk", static_cast<double>(n) / 1000.0);
    else if (n < 1000000) std::snprintf(buffer, sizeof buffer, "%lldk", (n + 500) / 1000);
    else std::snprintf(buffer, sizeof buffer, "%.1fM", static_cast<double>(n) / 1e6);
    return buffer;
}

std::string groupedCount(long long n) {
    std::string digits = std::to_string(n < 0 ? -n : n), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

void appendUtf8(std::string& out, uint32_t c) {
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool isValidId(std::string_view id) {
    if (id.empty() || id.size() > 64 || id.front() == '-' || id.back() == '-') return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

}  // namespace kiosk::model
