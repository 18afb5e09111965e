// toml_to_sheet.cpp: reading each TOML record into table rows.
#include "content/toml_to_sheet.hpp"

#include <toml++/toml.h>

#include <charconv>
#include <cstdio>
#include <set>

#include "content/sheet_to_toml.hpp"

namespace kiosk::content {
namespace {

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    size_t from = 0;
    while (from < text.size()) {
        size_t end = text.find('\n', from);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(from, end - from);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        from = end + 1;
    }
    return lines;
}

std::string_view stripped(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

class Reader {
public:
    Reader(const std::string& file, Diagnostics& diagnostics) : file_(file), diag_(diagnostics) {}

    // The cells of one field of a record.
    std::vector<std::string> cellsOf(const SheetField& field, const toml::table& record) {
        const toml::node* node = record.get(field.key);
        const size_t width = columnsOf(field).size();
        std::vector<std::string> cells(width);
        if (!node) return cells;
        const int line = static_cast<int>(node->source().begin.line);
        auto text = [&]() -> std::string {
            if (auto s = node->value<std::string>()) return *s;
            if (node->is_integer()) return std::to_string(*node->value<int64_t>());
            diag_.error(file_, line, "'" + field.key + "' should be text in quotes");
            return {};
        };
        switch (field.kind) {
            case CellKind::Text:
            case CellKind::Quote: cells[0] = text(); break;
            case CellKind::Number:
                if (auto i = node->as_integer()) {
                    cells[0] = std::to_string(i->get());
                } else if (auto d = node->as_floating_point()) {
                    char buffer[64];
                    cells[0] = std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, d->get()).ptr);
                } else {
                    diag_.error(file_, line, "'" + field.key + "' should be a number");
                }
                break;
            case CellKind::Flag:
                if (auto b = node->value<bool>()) cells[0] = *b ? "true" : "";
                else diag_.error(file_, line, "'" + field.key + "' should be true or false");
                break;
            case CellKind::List:
                if (const toml::array* array = node->as_array()) {
                    for (const toml::node& item : *array) {
                        if (!cells[0].empty()) cells[0] += ", ";
                        cells[0] += item.value<std::string>().value_or("");
                    }
                } else {
                    diag_.error(file_, line, "'" + field.key + "' should be a list like [\"a\", \"b\"]");
                }
                break;
            case CellKind::Date:
            case CellKind::Year: {
                // "1966-01-10", "1966-01", "1966", "1950s": the parts as whole numbers, without leading zeros.
                const std::string date = text();
                size_t from = 0;
                for (size_t p = 0; p < width && from < date.size(); ++p) {
                    size_t end = date.find('-', from);
                    std::string part = date.substr(from, end == std::string::npos ? std::string::npos : end - from);
                    if (!part.empty() && part.back() == 's') part.pop_back();
                    int value = 0;
                    const auto [at, error] = std::from_chars(part.data(), part.data() + part.size(), value);
                    if (error != std::errc() || at != part.data() + part.size()) {
                        diag_.error(file_, line, "'" + field.key + "' is not a date the tables can hold: \"" + date + "\"");
                        break;
                    }
                    cells[p] = std::to_string(value);
                    if (end == std::string::npos) break;
                    from = end + 1;
                }
                break;
            }
        }
        return cells;
    }

    // Reports keys of `record` that `level` has neither a field nor a table for.
    void checkKeys(const SheetLevel& level, const toml::table& record) {
        for (const auto& [key, node] : record) {
            const std::string name(key.str());
            bool known = false;
            for (const SheetField& f : level.fields) known = known || f.key == name;
            for (const SheetLevel& c : level.children) known = known || c.key == name;
            if (!known)
                diag_.error(file_, static_cast<int>(node.source().begin.line),
                            "the spreadsheet tables have no column for '" + name + "': export cannot keep it");
        }
    }

private:
    std::string file_;
    Diagnostics& diag_;
};

std::vector<std::string> rowOf(Reader& reader, const SheetLevel& level, const toml::table& record, std::vector<std::string> cells) {
    reader.checkKeys(level, record);
    for (const SheetField& field : level.fields)
        for (std::string& cell : reader.cellsOf(field, record)) cells.push_back(std::move(cell));
    return cells;
}

void addRow(SheetSet& sheets, const SheetLevel& level, bool top, std::vector<std::string> cells) {
    CsvTable& table = sheets[level.sheet];
    if (table.rows.empty()) table.rows.push_back({1, headerOf(level, top)});
    table.rows.push_back({static_cast<int>(table.rows.size()) + 1, std::move(cells)});
}

void addChildren(SheetSet& sheets, Reader& reader, const SheetLevel& level, const toml::table& record, const std::string& kind, const std::string& id) {
    for (const SheetLevel& child : level.children) {
        std::vector<const toml::table*> tables;
        if (const toml::node* node = record.get(child.key)) {
            if (child.single) {
                if (const toml::table* t = node->as_table()) tables.push_back(t);
            } else if (const toml::array* array = node->as_array()) {
                for (const toml::node& item : *array)
                    if (const toml::table* t = item.as_table()) tables.push_back(t);
            }
        }
        const std::vector<std::string> link = linkColumnsOf(child.sheet).size() == 1 ? std::vector<std::string>{id} : std::vector<std::string>{kind, id};
        for (const toml::table* t : tables) {
            addRow(sheets, child, false, rowOf(reader, child, *t, link));
            addChildren(sheets, reader, child, *t, kind, id);
        }
    }
}

// The comment cell of each record (by the 1-based line of its [[key]] line), reporting every other comment line.
std::map<int, std::string> commentsAbove(const std::string& file, const std::vector<std::string>& lines, const std::string& key,
                                         Diagnostics& diag) {
    std::map<int, std::string> comments;
    std::set<size_t> used;
    const std::string header = "[[" + key + "]]";
    bool first = true;
    for (size_t n = 0; n < lines.size(); ++n) {
        if (stripped(lines[n]) != header) continue;
        std::vector<std::string> block;
        size_t at = n;
        while (at > 0) {
            const std::string_view above = stripped(lines[at - 1]);
            if (!above.empty() && above.front() == '#') {
                std::string_view text = above.substr(1);
                if (!text.empty() && text.front() == ' ') text.remove_prefix(1);
                block.insert(block.begin(), std::string(text));
                used.insert(at - 1);
            } else if (!(first && above.empty())) {
                break;  // only the first record's comment (the file's header) may stand apart from it
            }
            --at;
        }
        std::string cell;
        for (const std::string& b : block) cell += (cell.empty() ? "" : "\n") + b;
        comments[static_cast<int>(n + 1)] = cell;
        first = false;
    }
    bool previousReported = false;  // one report for a block of comment lines
    for (size_t n = 0; n < lines.size(); ++n) {
        const std::string_view line = stripped(lines[n]);
        const bool stray = !line.empty() && line.front() == '#' && !used.count(n);
        const bool report = stray && !previousReported;
        previousReported = stray;
        if (report)
            diag.error(file, static_cast<int>(n + 1),
                       "this comment is not directly above a " + header + " line: the tables keep only those; move it there, "
                       "or it is lost on import");
    }
    return comments;
}

}  // namespace

SheetsFromToml sheetsFromToml(const SourceFiles& files) {
    SheetsFromToml out;
    for (const std::string& name : sheetNames()) out.sheets[name];
    for (const SheetSource& source : sheetSources()) {
        // Every table has its header, even with no rows.
        std::vector<const SheetLevel*> levels{&source.top};
        for (size_t i = 0; i < levels.size(); ++i) {
            CsvTable& table = out.sheets[levels[i]->sheet];
            if (table.rows.empty()) table.rows.push_back({1, headerOf(*levels[i], i == 0)});
            for (const SheetLevel& child : levels[i]->children) levels.push_back(&child);
        }
        const auto found = files.find(source.file);
        if (found == files.end()) {
            out.diagnostics.error(source.file, 0, "cannot read the file (is it missing?)");
            continue;
        }
        toml::table root;
        try {
            root = toml::parse(found->second, source.file);
        } catch (const toml::parse_error& e) {
            out.diagnostics.error(source.file, static_cast<int>(e.source().begin.line), "the file does not parse: run kiosk-content check");
            continue;
        }
        const auto comments = commentsAbove(source.file, splitLines(found->second), source.top.key, out.diagnostics);
        Reader reader(source.file, out.diagnostics);
        if (const toml::array* records = root[source.top.key].as_array()) {
            for (const toml::node& node : *records) {
                const toml::table* record = node.as_table();
                if (!record) continue;
                std::vector<std::string> cells = rowOf(reader, source.top, *record, {});
                const auto comment = comments.find(static_cast<int>(record->source().begin.line));
                cells.push_back(comment == comments.end() ? "" : comment->second);
                addRow(out.sheets, source.top, true, std::move(cells));
                addChildren(out.sheets, reader, source.top, *record, source.top.key, record->get(std::string_view("id")) ? record->get(std::string_view("id"))->value_or(std::string()) : std::string());
            }
        }
    }
    // Import writes one layout: say where a file differs from it, so that a later import's rewrite is no surprise.
    if (out.diagnostics.errorCount() == 0) {
        const TomlFromSheets again = tomlFromSheets(out.sheets);
        for (const SheetSource& source : sheetSources()) {
            const auto original = files.find(source.file);
            const auto rewritten = again.files.find(source.file);
            if (original == files.end() || rewritten == again.files.end() || original->second == rewritten->second.text) continue;
            const std::vector<std::string> a = splitLines(original->second), b = splitLines(rewritten->second.text);
            size_t n = 0;
            while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
            out.diagnostics.warning(source.file, static_cast<int>(n + 1),
                                    "import would write this file in its own layout from here on (the content stays the same): \"" +
                                        (n < a.size() ? a[n] : std::string("(end of file)")) + "\" would become \"" +
                                        (n < b.size() ? b[n] : std::string("(end of file)")) + "\"");
        }
    }
    return out;
}

}  // namespace kiosk::content
