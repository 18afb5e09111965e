// toml_record.hpp: typed, line-aware reading of one TOML table, turning every mistake into a diagnostic.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "content/diagnostics.hpp"

namespace kiosk::content {

class TomlRecord {
public:
    TomlRecord(const toml::table& table, std::string file, Diagnostics& diagnostics)
        : table_(table), file_(std::move(file)), diagnostics_(diagnostics) {}

    int line() const { return static_cast<int>(table_.source().begin.line); }
    // The line of a key's value, or of the record when the key is absent.
    int lineOf(std::string_view key) const;
    bool has(std::string_view key) const { return table_.contains(key); }
    const std::string& file() const { return file_; }

    // Each getter reports a missing required key, or a value of the wrong type, and returns an empty value.
    std::string text(std::string_view key, bool required = true) const;
    std::optional<double> number(std::string_view key, bool required = true) const;
    std::vector<std::string> textList(std::string_view key, bool required = false) const;
    bool flag(std::string_view key) const;
    // A sub-table such as [event.note]; nullptr when absent, or (with an error naming `what`) when not a table.
    const toml::table* table(std::string_view key, std::string_view what) const;
    // Array-of-tables children such as [[event.excerpt]]; empty when absent.
    std::vector<const toml::table*> tables(std::string_view key) const;
    // Reports every key not in `allowed` (usually a typo that would otherwise be silently ignored).
    void allowOnly(std::initializer_list<std::string_view> allowed) const;

    void error(int line, std::string message) const { diagnostics_.error(file_, line, std::move(message)); }
    void warning(int line, std::string message) const { diagnostics_.warning(file_, line, std::move(message)); }

private:
    const toml::table& table_;
    std::string file_;
    Diagnostics& diagnostics_;
};

}  // namespace kiosk::content
