// diagnostics.cpp: collecting and formatting content errors for exhibit staff.
#include "content/diagnostics.hpp"

#include <algorithm>

namespace kiosk::content {

void Diagnostics::error(std::string file, int line, std::string message) {
    items_.push_back({Diagnostic::Severity::Error, std::move(file), line, std::move(message)});
}

void Diagnostics::warning(std::string file, int line, std::string message) {
    items_.push_back({Diagnostic::Severity::Warning, std::move(file), line, std::move(message)});
}

void Diagnostics::syntaxError(std::string file, int line, std::string message, std::string sourceLine, size_t column) {
    items_.push_back({Diagnostic::Severity::Error, std::move(file), line, std::move(message), true, std::move(sourceLine), column});
}

int Diagnostics::errorCount() const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; }));
}

int Diagnostics::warningCount() const { return static_cast<int>(items_.size()) - errorCount(); }

void Diagnostics::holdBackBehindSyntaxErrors() {
    if (std::none_of(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.syntax; })) return;
    std::vector<Diagnostic> kept;
    for (Diagnostic& d : items_) {
        if (!d.syntax) {
            ++heldBack_;
            continue;
        }
        if (std::find(unparsed_.begin(), unparsed_.end(), d.file) == unparsed_.end()) unparsed_.push_back(d.file);
        kept.push_back(std::move(d));
    }
    items_ = std::move(kept);
}

namespace {

// The caret line: a space for each character before `column` (a tab for a tab, so it lines up in a terminal).
std::string caretUnder(const std::string& line, size_t column) {
    std::string out;
    for (size_t i = 0; i < column && i < line.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(line[i]);
        if ((c & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte: one column per character
        out += c == '\t' ? '\t' : ' ';
    }
    return out + '^';
}

}  // namespace

std::string Diagnostics::format(std::string_view folder) const {
    std::vector<Diagnostic> sorted = items_;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.syntax != b.syntax) return a.syntax;
        if (a.file != b.file) return a.file < b.file;
        return a.line < b.line;
    });
    std::string out;
    for (const Diagnostic& d : sorted) {
        if (!folder.empty()) out += std::string(folder) + (folder.back() == '/' ? "" : "/");
        out += d.file;
        if (d.line > 0) out += ", line " + std::to_string(d.line);
        out += d.severity == Diagnostic::Severity::Error ? ": " : ": warning: ";
        out += d.message;
        out += '\n';
        if (!d.sourceLine.empty()) out += "    " + d.sourceLine + "\n    " + caretUnder(d.sourceLine, d.column) + '\n';
    }
    if (heldBack_ > 0) {
        std::string files;
        for (size_t i = 0; i < unparsed_.size(); ++i)
            files += (i == 0 ? "" : i + 1 == unparsed_.size() ? " and " : ", ") + unparsed_[i];
        out += std::to_string(heldBack_) + " further check" + (heldBack_ == 1 ? "" : "s") + " skipped until " + files +
               (unparsed_.size() == 1 ? " parses" : " parse") + "\n";
    }
    return out;
}

}  // namespace kiosk::content
