// toml_record.cpp: line-aware typed access to TOML tables.
#include "content/toml_record.hpp"

namespace kiosk::content {

int TomlRecord::lineOf(std::string_view key) const {
    if (const toml::node* node = table_.get(key)) return static_cast<int>(node->source().begin.line);
    return line();
}

std::string TomlRecord::text(std::string_view key, bool required) const {
    const toml::node* node = table_.get(key);
    if (!node) {
        if (required) error(line(), "missing required key '" + std::string(key) + "'");
        return {};
    }
    if (auto value = node->value<std::string>()) return *value;
    // e.g. start = 1965. Only a TOML integer: toml++ casts a float such as 1e20 to an integer before checking its range.
    if (node->is_integer())
        if (auto integer = node->value<int64_t>()) return std::to_string(*integer);
    error(lineOf(key), "'" + std::string(key) + "' should be text in quotes");
    return {};
}

std::optional<double> TomlRecord::number(std::string_view key, bool required) const {
    const toml::node* node = table_.get(key);
    if (!node) {
        if (required) error(line(), "missing required key '" + std::string(key) + "'");
        return std::nullopt;
    }
    if (auto value = node->value<double>()) return *value;  // toml++ converts integers to double here
    error(lineOf(key), "'" + std::string(key) + "' should be a number");
    return std::nullopt;
}

std::vector<std::string> TomlRecord::textList(std::string_view key, bool required) const {
    std::vector<std::string> out;
    const toml::node* node = table_.get(key);
    if (!node) {
        if (required) error(line(), "missing required key '" + std::string(key) + "'");
        return out;
    }
    const toml::array* array = node->as_array();
    if (!array) {
        error(lineOf(key), "'" + std::string(key) + "' should be a list like [\"a\", \"b\"]");
        return out;
    }
    for (const toml::node& item : *array) {
        if (auto value = item.value<std::string>())
            out.push_back(*value);
        else
            error(static_cast<int>(item.source().begin.line), "every entry of '" + std::string(key) + "' should be text in quotes");
    }
    return out;
}

bool TomlRecord::flag(std::string_view key) const {
    const toml::node* node = table_.get(key);
    if (!node) return false;
    if (auto value = node->value<bool>()) return *value;
    error(lineOf(key), "'" + std::string(key) + "' should be true or false");
    return false;
}

const toml::table* TomlRecord::table(std::string_view key, std::string_view what) const {
    const toml::node* node = table_.get(key);
    if (!node) return nullptr;
    if (const toml::table* t = node->as_table()) return t;
    error(lineOf(key), "'" + std::string(key) + "' should be a " + std::string(what));
    return nullptr;
}

std::vector<const toml::table*> TomlRecord::tables(std::string_view key) const {
    std::vector<const toml::table*> out;
    const toml::node* node = table_.get(key);
    if (!node) return out;
    const toml::array* array = node->as_array();
    if (!array || !array->is_array_of_tables()) {
        error(lineOf(key), "'" + std::string(key) + "' should be a list of [[" + std::string(key) + "]] tables");
        return out;
    }
    for (const toml::node& item : *array) out.push_back(item.as_table());
    return out;
}

void TomlRecord::allowOnly(std::initializer_list<std::string_view> allowed) const {
    for (const auto& [key, node] : table_) {
        bool known = false;
        for (std::string_view a : allowed) known = known || key.str() == a;
        if (known) continue;
        std::string list;
        for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        error(static_cast<int>(node.source().begin.line), "unknown key '" + std::string(key.str()) + "' (known keys: " + list + ")");
    }
}

}  // namespace kiosk::content
