// search_query.hpp: turns whatever a visitor typed into a safe FTS5 prefix query.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/catalog.hpp"

namespace kiosk::model {

inline constexpr size_t kMaxSearchTerms = 8;
inline constexpr size_t kMaxTermBytes = 48;

// Splits the text into terms of letters and digits (any non-ASCII byte counts as a letter, so "Karachi" and
// "Kāzān" both survive); everything else (quotes, *, -, parentheses, colons) separates terms. At most
// kMaxSearchTerms terms of at most kMaxTermBytes each (cut at a UTF-8 boundary). Curly quotes, dashes and the
// rest of General Punctuation separate terms too, and a possessive is its word: "Pakistan's" and
// "Pakistan’s" are the one term "Pakistan" (never "Pakistan" and "s", which would match every s-word).
std::vector<std::string> searchTerms(std::string_view typed);

// The words of a whole text, split as searchTerms splits, without its limits on count (for the vocabulary).
std::vector<std::string> textWords(std::string_view text);

// Each term becomes a quoted prefix phrase ("near"*), so FTS5 operators and column filters typed by a visitor are
// only ever words. Returns an empty string when there is nothing to search for.
std::string buildFtsQuery(std::string_view typed);

}  // namespace kiosk::model

namespace kiosk::model {

// One search result, as the reader lists it.
struct SearchResult {
    enum class Kind { Event, Article } kind = Kind::Event;
    Index ref = kNone;    // event or article index
    std::string snippet;  // matched words wrapped in kMarkStart / kMarkEnd
    double rank = 0;      // bm25: lower is better
};
inline constexpr char kMarkStart = '\x01';
inline constexpr char kMarkEnd = '\x02';

}  // namespace kiosk::model
