// diagnostics.hpp: what is wrong with the content sources, where: file, line, message.
#pragma once
#include <string>
#include <vector>

namespace kiosk::content {

struct Diagnostic {
    enum class Severity { Error, Warning } severity = Severity::Error;
    std::string file;  // relative to the data folder
    int line = 0;      // 1-based; 0 when the problem is with the file as a whole
    std::string message;
};

class Diagnostics {
public:
    void error(std::string file, int line, std::string message);
    void warning(std::string file, int line, std::string message);
    const std::vector<Diagnostic>& all() const { return items_; }
    int errorCount() const;
    int warningCount() const;
    // "events.toml:42: error: ..." lines, errors first within a file, sorted by file and line.
    std::string format() const;

private:
    std::vector<Diagnostic> items_;
};

}  // namespace kiosk::content
