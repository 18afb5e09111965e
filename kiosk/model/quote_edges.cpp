// quote_edges.cpp: see quote_edges.hpp.
#include "model/quote_edges.hpp"

namespace kiosk::model {
namespace {

// The UTF-8 quotation marks the articles use, besides ASCII ' and ".
constexpr std::string_view kOpening[] = {"\u201C", "\u2018", "\"", "'", "(", "["};
constexpr std::string_view kClosing[] = {"\u201D", "\u2019", "\"", "'", ")", "]"};

bool endsWithAny(std::string_view s, const std::string_view (&marks)[6], size_t* length) {
    for (std::string_view m : marks)
        if (s.size() >= m.size() && s.substr(s.size() - m.size()) == m) return *length = m.size(), true;
    return false;
}

// Strips trailing spaces and closing marks; true when what remains ends a sentence.
bool endsSentence(std::string_view s) {
    for (;;) {
        while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
        size_t n = 0;
        if (endsWithAny(s, kClosing, &n)) s.remove_suffix(n);
        else break;
    }
    if (s.empty()) return false;
    const char last = s.back();
    // "……" (U+2026) closes the articles' trailing-off quotations as a full stop would.
    return last == '.' || last == '!' || last == '?' || last == ':' || (s.size() >= 3 && s.substr(s.size() - 3) == "\u2026");
}

}  // namespace

QuoteEdges quoteEdges(std::string_view body, size_t offset, size_t length) {
    QuoteEdges edges;
    if (offset > body.size() || length > body.size() - offset) return edges;
    // Before: walk back over spaces and opening marks to the paragraph start or the previous character.
    std::string_view before = body.substr(0, offset);
    for (;;) {
        while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
        size_t n = 0;
        if (endsWithAny(before, kOpening, &n)) before.remove_suffix(n);
        else break;
    }
    const bool paragraphStart = before.empty() || before.back() == '\n';
    edges.cutStart = !paragraphStart && !endsSentence(before);
    edges.cutEnd = !endsSentence(body.substr(offset, length));
    return edges;
}

std::string withEllipses(std::string_view quote, QuoteEdges edges) {
    std::string out;
    if (edges.cutStart) out += "\u2026";
    out += quote;
    if (edges.cutEnd) {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        out += "\u2026";
    }
    return out;
}

}  // namespace kiosk::model

namespace kiosk::model {

std::string quotedForDisplay(std::string_view quote) {
    static constexpr std::string_view kLeftDouble = "\u201C", kRightDouble = "\u201D";
    static constexpr std::string_view kLeftSingle = "\u2018", kRightSingle = "\u2019";
    std::string out(kLeftDouble);
    out.reserve(quote.size() + 8);
    for (size_t i = 0; i < quote.size(); ++i) {
        const std::string_view rest = quote.substr(i);
        if (rest.starts_with(kLeftDouble)) {
            out += kLeftSingle;
            i += kLeftDouble.size() - 1;
        } else if (rest.starts_with(kRightDouble)) {
            out += kRightSingle;
            i += kRightDouble.size() - 1;
        } else if (quote[i] == '"') {
            // Opening where a word cannot have ended just before it.
            const char before = i == 0 ? ' ' : quote[i - 1];
            const bool opens = before == ' ' || before == '(' || before == '[' || before == '\n' || before == '\t' ||
                               out.ends_with(kLeftSingle) || out.ends_with("\u2014") || out.ends_with("\u2013") || out.ends_with("\u2026");
            out += opens ? kLeftSingle : kRightSingle;
        } else {
            out += quote[i];
        }
    }
    out += kRightDouble;
    return out;
}

}  // namespace kiosk::model
