// toml_syntax.cpp: mapping toml++'s parser messages and positions to what a curator did and where.
#include "content/toml_syntax.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace kiosk::content {
namespace {

std::vector<std::string_view> splitLines(std::string_view text) {
    std::vector<std::string_view> lines;
    for (size_t start = 0; start <= text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view l = text.substr(start, end - start);
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        lines.push_back(l);
        start = end + 1;
    }
    return lines;
}

// The byte offset of the `column`th character (1-based, counted in characters as toml++ does).
size_t byteOffset(std::string_view line, size_t column) {
    size_t chars = 0;
    for (size_t i = 0; i < line.size(); ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
        if (++chars == column) return i;
    }
    return line.size();
}

// Where a quoted text that is never closed on this line opens; npos when every quote on the line is closed.
size_t unclosedQuote(std::string_view line) {
    bool inside = false;
    char quote = 0;
    size_t open = std::string_view::npos;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (!inside) {
            if (c == '#') break;
            if (c == '"' || c == '\'') inside = true, quote = c, open = i;
        } else if (c == '\\' && quote == '"') {
            ++i;
        } else if (c == quote) {
            inside = false;
        }
    }
    return inside ? open : std::string_view::npos;
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// The name in the description's first '...' ("cannot redefine existing string 'id'").
std::string quotedName(std::string_view description) {
    const size_t a = description.find('\'');
    const size_t b = a == std::string_view::npos ? a : description.find('\'', a + 1);
    return b == std::string_view::npos ? std::string() : std::string(description.substr(a + 1, b - a - 1));
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    return std::string(s);
}

size_t countTripleQuotes(std::string_view line) {
    size_t n = 0;
    for (std::string_view q : {std::string_view("'''"), std::string_view("\"\"\"")})
        for (size_t at = line.find(q); at != std::string_view::npos; at = line.find(q, at + 3)) ++n;
    return n;
}

// A ''' text left open closes at the next one's opening ''', and the parser stops on the words after it. When the
// error stands just after a triple quote, and the nearest line above with one opens a text it does not close, that
// line is where the mistake is: points `p` at its opening quote.
bool unclosedTripleQuoteAbove(const std::vector<std::string_view>& lines, int errorLine, std::string_view line, size_t column, SyntaxProblem& p) {
    const std::string_view head = line.substr(0, std::min(line.size(), column + 1));
    const size_t single = head.rfind("'''"), dbl = head.rfind("\"\"\"");
    const size_t at = single == std::string_view::npos ? dbl : dbl == std::string_view::npos ? single : std::max(single, dbl);
    if (at == std::string_view::npos || column > at + 3) return false;
    for (int l = errorLine - 1; l >= 1; --l) {
        const std::string_view above = lines[static_cast<size_t>(l) - 1];
        const size_t n = countTripleQuotes(above);
        if (n == 0) continue;
        if (n % 2 == 0) return false;
        size_t open = above.rfind("'''");
        if (open == std::string_view::npos) open = above.rfind("\"\"\"");
        p.line = l;
        p.sourceLine = std::string(above);
        p.column = open;
        return true;
    }
    return false;
}

}  // namespace

SyntaxProblem explainSyntaxError(std::string_view text, const toml::parse_error& error) {
    const std::vector<std::string_view> lines = splitLines(text);
    SyntaxProblem p;
    p.line = std::max(1, static_cast<int>(error.source().begin.line));
    if (static_cast<size_t>(p.line) > lines.size()) p.line = static_cast<int>(lines.size());
    const std::string_view line = lines.empty() ? std::string_view() : lines[static_cast<size_t>(p.line) - 1];
    p.sourceLine = std::string(line);
    p.column = byteOffset(line, error.source().begin.column);
    const std::string_view d = error.description();
    const char at = p.column < line.size() ? line[p.column] : '\n';

    if (contains(d, "encountered end-of-file") && (contains(d, "string") || contains(d, "literal"))) {
        // A text opened with ''' or """ and never closed: the parser only notices at the end of the file.
        int from = p.line;
        while (from > 1 && !contains(lines[static_cast<size_t>(from) - 1], "'''") && !contains(lines[static_cast<size_t>(from) - 1], "\"\"\"")) --from;
        const std::string_view opening = lines[static_cast<size_t>(from) - 1];
        size_t col = opening.find("'''");
        if (col == std::string_view::npos) col = opening.find("\"\"\"");
        p.line = from;
        p.sourceLine = std::string(opening);
        p.column = col == std::string_view::npos ? 0 : col;
        p.message = "this text has no closing quote before the end of the file; it starts here";
    } else if (contains(d, "control characters")) {
        const size_t open = unclosedQuote(line);
        if (at == '\n' || p.column >= line.size()) {  // the parser reached the end of the line inside the text
            p.message = "this text has no closing quote; it starts here";
            if (open != std::string_view::npos) p.column = open;
        } else {
            char code[8];
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(static_cast<unsigned char>(at)));
            p.message = std::string("this text holds an invisible control character (") + code +
                        ") here; delete it (it is often pasted in with the text)";
        }
    } else if (contains(d, "dangling comma") || (contains(d, "saw ','") && contains(d, "comment or whitespace"))) {
        // [a, b,] is allowed in TOML; {a = 1,} and a comma after a plain value are not.
        const size_t comma = line.rfind(',', p.column < line.size() ? p.column : line.size());
        if (comma != std::string_view::npos) p.column = comma;
        p.message = contains(d, "inline table") ? "there is a comma after the last entry in { }; remove it"
                                                : "there is a comma after this value; remove it (each key = value stands on a line of its own)";
    } else if (contains(d, "could not determine value type") || contains(d, "parsing boolean") || contains(d, "expected 'nan'") ||
               contains(d, "expected 'inf'")) {
        // A bare word: toml++ tries it as true/false (t..., f...) or nan/inf (n..., i...) before giving up.
        p.message = "this value is not in quotes: write text in quotes, like name = \"Karachi\" (only numbers and true/false go without)";
    } else if (contains(d, "expected '='")) {
        const std::string word = trimmed(line);
        p.message = word.empty() || word[0] == '[' ? "a key must be followed by '=' and its value, like name = \"Karachi\""
                                                   : "a key must be followed by '=' and its value, like name = \"Karachi\"; this line has no '='";
    } else if (contains(d, "expected value")) {
        p.message = "there is no value after '=': give one, like name = \"Karachi\"";
    } else if (contains(d, "cannot redefine existing")) {
        const std::string name = quotedName(d);
        const bool header = contains(d, "table header");
        // The first definition: the nearest line above that defines the same key, within this record.
        int first = 0;
        const std::string leaf = name.substr(name.rfind('.') == std::string::npos ? 0 : name.rfind('.') + 1);
        for (int l = p.line - 1; l >= 1 && first == 0; --l) {
            const std::string t = trimmed(lines[static_cast<size_t>(l) - 1]);
            if (header ? t.rfind("[" + name + "]", 0) == 0 : (t.rfind(leaf, 0) == 0 && trimmed(std::string_view(t).substr(leaf.size())).rfind('=', 0) == 0))
                first = l;
            if (!header && !t.empty() && t[0] == '[') break;
        }
        p.column = line.size() - trimmed(line).size();
        if (header)
            p.message = "[" + name + "] appears twice in the same record" + (first ? " (first on line " + std::to_string(first) + ")" : std::string()) +
                        "; merge the two, or start a new record with [[...]] first";
        else
            p.message = "'" + leaf + "' is given twice in this record" + (first ? " (first on line " + std::to_string(first) + ")" : std::string()) +
                        "; keep one (did a new record lose its [[...]] line?)";
    } else if (contains(d, "table header")) {
        p.message = "this [[...]] header is not closed properly: it should read like [[event]], with two brackets on each side";
    } else if (contains(d, "comment or whitespace") && unclosedTripleQuoteAbove(lines, p.line, line, p.column, p)) {
        p.message = "this text has no closing quote; it starts here (it runs on to the next quote's opening ''', and what follows cannot be read)";
    } else if (contains(d, "comment or whitespace")) {
        p.message = "something follows the value on the same line: is a quote missing, or doubled? (each key = value stands on a line of its own)";
    } else if (contains(d, "expected comma or closing ']'")) {
        p.message = "the list is missing a comma between entries, or its closing ]: write lists like [\"karachi\", \"moscow\"]";
    } else if (contains(d, "floating-point") || contains(d, "integer") || contains(d, "digit")) {
        p.message = "this number is not written correctly: write it like 24.86 (a point for decimals, no commas or units)";
    } else {
        std::string why(d);
        if (why.rfind("Error while parsing ", 0) == 0) why = why.substr(20);
        p.message = "the file cannot be read past this point (" + why + ")";
    }
    return p;
}

}  // namespace kiosk::content
