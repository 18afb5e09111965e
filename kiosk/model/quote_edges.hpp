// quote_edges.hpp: whether an excerpt starts or ends inside a sentence of its article, so that the reader can
// show the cut with an ellipsis, as a printed quotation would.
#pragma once
#include <string>
#include <string_view>

namespace kiosk::model {

struct QuoteEdges {
    bool cutStart = false;  // the sentence began before the quote
    bool cutEnd = false;    // the sentence goes on after the quote
};

// Decides from the quote's byte range [offset, offset + length) in `body` (the article's cleaned text). A quote
// starts a sentence when only opening quotation marks and spaces stand between it and the paragraph's start or the
// previous sentence's end ('.', '!', '?', ':' and any closing marks); it ends one when its own last characters are
// such an end. Out-of-range offsets count as whole sentences.
QuoteEdges quoteEdges(std::string_view body, size_t offset, size_t length);

// The quote as a visitor reads it: "\u2026" before and after where the quote cuts a sentence.
std::string withEllipses(std::string_view quote, QuoteEdges edges);

}  // namespace kiosk::model

namespace kiosk::model {

// The quote inside double quotation marks, as printed: quotation marks within it become single ones (“ and ”
// to ‘ and ’; a straight " to ‘ where it opens, after a space or bracket or at the start, else ’), so a quote that
// ends on a quoted word reads “… essentially ‘hostile.’” and never “hostile.””. Apostrophes stay as they are.
std::string quotedForDisplay(std::string_view quote);

}  // namespace kiosk::model
