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

int Diagnostics::errorCount() const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; }));
}

int Diagnostics::warningCount() const { return static_cast<int>(items_.size()) - errorCount(); }

std::string Diagnostics::format() const {
    std::vector<Diagnostic> sorted = items_;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.file != b.file) return a.file < b.file;
        return a.line < b.line;
    });
    std::string out;
    for (const Diagnostic& d : sorted) {
        out += d.file;
        if (d.line > 0) out += ":" + std::to_string(d.line);
        out += d.severity == Diagnostic::Severity::Error ? ": error: " : ": warning: ";
        out += d.message;
        out += '\n';
    }
    return out;
}

}  // namespace kiosk::content
