// toml_syntax.hpp: a TOML syntax error in plain words, with the line to show and where to put the caret.
#pragma once
#include <string>
#include <string_view>

#include <toml++/toml.h>

namespace kiosk::content {

struct SyntaxProblem {
    int line = 0;            // 1-based
    std::string message;     // e.g. "this text has no closing quote; it starts here"
    std::string sourceLine;  // the line as written (without its line break)
    size_t column = 0;       // byte offset in sourceLine of the caret
};

// Explains toml++'s error for `text` to a curator: what is wrong, in words that do not assume TOML's grammar, and
// where to look (the opening quote of an unclosed text, not the end of the line where the parser gave up).
SyntaxProblem explainSyntaxError(std::string_view text, const toml::parse_error& error);

}  // namespace kiosk::content
