// diagnostics.hpp: what is wrong with the content sources, where: file, line, message, and the line itself.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::content {

struct Diagnostic {
    enum class Severity { Error, Warning } severity = Severity::Error;
    std::string file;  // relative to the data folder
    int line = 0;      // 1-based; 0 when the problem is with the file as a whole
    std::string message;
    bool syntax = false;     // the file does not parse: nothing that depends on it can be checked
    std::string sourceLine;  // the offending line as written, shown under the message; empty when not shown
    size_t column = 0;       // byte offset in sourceLine of the caret
};

class Diagnostics {
public:
    void error(std::string file, int line, std::string message);
    void warning(std::string file, int line, std::string message);
    // A file that does not parse, with the line shown and a caret under `column` (a byte offset in `sourceLine`).
    void syntaxError(std::string file, int line, std::string message, std::string sourceLine, size_t column);
    const std::vector<Diagnostic>& all() const { return items_; }
    int errorCount() const;
    int warningCount() const;
    // Once everything is checked: when a file does not parse, only its syntax error is kept (every other problem may
    // follow from it, such as 100 "unknown place" errors for one comma in places.toml), and the rest are counted.
    void holdBackBehindSyntaxErrors();
    int heldBack() const { return heldBack_; }
    // One problem a paragraph: "events.toml, line 42: ...", the line and a caret for a syntax error; syntax errors
    // first, then by file and line. `folder` (e.g. "data") is put before each file name when given.
    std::string format(std::string_view folder = {}) const;

private:
    std::vector<Diagnostic> items_;
    int heldBack_ = 0;
    std::vector<std::string> unparsed_;  // the files whose syntax errors hold the rest back
};

}  // namespace kiosk::content
