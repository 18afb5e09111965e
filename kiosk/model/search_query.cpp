// search_query.cpp: the search-query builder. Its only job is that no typed input can be FTS5 syntax.
#include "model/search_query.hpp"

#include <cstdint>

namespace kiosk::model {

namespace {

bool asciiWord(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Bytes of the General Punctuation character (U+2000..U+206F: curly quotes and apostrophes, dashes, ellipsis) that
// starts at i, or 0. They separate words, as FTS5's tokenizer treats them.
size_t punctuationAt(std::string_view s, size_t i) {
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
        (static_cast<unsigned char>(s[i + 1]) == 0x80 || static_cast<unsigned char>(s[i + 1]) == 0x81))
        return 3;
    return 0;
}

// Bytes of an apostrophe (' or U+2018, U+2019) at i, or 0.
size_t apostropheAt(std::string_view s, size_t i) {
    if (i < s.size() && s[i] == '\'') return 1;
    if (punctuationAt(s, i) && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99))
        return 3;
    return 0;
}

std::vector<std::string> splitWords(std::string_view typed, size_t maxTerms, size_t maxBytes) {
    std::vector<std::string> terms;
    std::string current;
    auto flush = [&] {
        if (!current.empty() && terms.size() < maxTerms) terms.push_back(current);
        current.clear();
    };
    for (size_t i = 0; i < typed.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(typed[i]);
        // A possessive ("Pakistan's", "Pakistan’s") is the word itself: its "s" alone would be a prefix that
        // matches every word starting with s.
        if (const size_t ap = apostropheAt(typed, i); ap && !current.empty()) {
            const size_t after = i + ap;
            if (after < typed.size() && (typed[after] == 's' || typed[after] == 'S') &&
                (after + 1 == typed.size() || (!asciiWord(static_cast<unsigned char>(typed[after + 1])) &&
                                               (static_cast<unsigned char>(typed[after + 1]) < 0x80 || punctuationAt(typed, after + 1))))) {
                flush();
                i = after;  // skip the apostrophe and the s
                continue;
            }
        }
        if (const size_t p = punctuationAt(typed, i)) {
            flush();
            i += p - 1;
            continue;
        }
        const bool word = asciiWord(c) || c >= 0x80;
        if (!word) {
            flush();
            continue;
        }
        if (current.size() >= maxBytes) {
            // Too long: stop at the last complete UTF-8 character and ignore the rest of this term.
            continue;
        }
        current += static_cast<char>(c);
    }
    flush();
    for (std::string& t : terms) {
        // Never leave a cut multi-byte character at the end of a term (again after each cut: invalid input can
        // hold several in a row).
        for (bool cut = true; cut;) {
            cut = false;
            size_t end = t.size();
            size_t lead = end;
            while (lead > 0 && (static_cast<unsigned char>(t[lead - 1]) & 0xC0) == 0x80) --lead;
            if (lead > 0 && static_cast<unsigned char>(t[lead - 1]) >= 0x80) {
                const unsigned char first = static_cast<unsigned char>(t[lead - 1]);
                const size_t need = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
                if (end - (lead - 1) < need) t.resize(lead - 1), cut = true;
            }
        }
    }
    std::erase_if(terms, [](const std::string& t) { return t.empty(); });
    return terms;
}

}  // namespace

std::vector<std::string> searchTerms(std::string_view typed) { return splitWords(typed, kMaxSearchTerms, kMaxTermBytes); }

std::vector<std::string> textWords(std::string_view text) { return splitWords(text, SIZE_MAX, 256); }

std::string buildFtsQuery(std::string_view typed) {
    std::string query;
    for (const std::string& term : searchTerms(typed)) {
        if (!query.empty()) query += ' ';
        query += '"';
        query += term;  // terms hold no '"' by construction
        query += "\"*";
    }
    return query;
}

}  // namespace kiosk::model
