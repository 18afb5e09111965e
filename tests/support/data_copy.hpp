// data_copy.hpp: a private copy of the real data/ for content tests to break on purpose, and the line numbers the
// content tool should report for what was broken.
#pragma once
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

#include "content/content_loader.hpp"
#include "temp_dir.hpp"

namespace kiosk::test {

class DataCopy {
public:
    explicit DataCopy(const std::string& tag = "kiosk-content-data") : dir_(tag) {
        std::filesystem::copy(KIOSK_DATA_DIR, dir_.path(), std::filesystem::copy_options::recursive);
    }
    std::filesystem::path operator/(const std::string& file) const { return dir_ / file; }

    // Replaces the first `from` at or after `anchor` in `file`; returns the 1-based line where `from` stood.
    int edit(const std::string& file, const std::string& anchor, const std::string& from, const std::string& to) const {
        std::string text = readText(dir_ / file);
        const size_t a = text.find(anchor);
        REQUIRE(a != std::string::npos);
        const size_t at = text.find(from, a);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        writeText(dir_ / file, text);
        return lineAt(text, at);
    }
    // Appends text to a file; returns the line on which the appended text starts.
    int append(const std::string& file, const std::string& more) const {
        std::string text = readText(dir_ / file);
        if (!text.empty() && text.back() != '\n') text += '\n';
        text += '\n';
        const size_t at = text.size();
        writeText(dir_ / file, text + more);
        return lineAt(text + more, at);
    }
    // The 1-based line of `anchor` in `file`, as the file stands now.
    int lineOf(const std::string& file, const std::string& anchor) const {
        const std::string text = readText(dir_ / file);
        REQUIRE(text.find(anchor) != std::string::npos);
        return lineAt(text, text.find(anchor));
    }
    // The 1-based line of the first `what` at or after `anchor`, as the file stands now.
    int lineOf(const std::string& file, const std::string& anchor, const std::string& what) const {
        const std::string text = readText(dir_ / file);
        const size_t at = text.find(what, text.find(anchor));
        REQUIRE(at != std::string::npos);
        return lineAt(text, at);
    }
    std::string text(const std::string& file) const { return readText(dir_ / file); }
    void write(const std::string& file, const std::string& text) const { writeText(dir_ / file, text); }
    content::LoadedContent load() const { return content::loadContent(dir_.path()); }

    static int lineAt(const std::string& text, size_t at) {
        return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    }

private:
    TempDir dir_;
};

}  // namespace kiosk::test
