// sheet_to_toml.cpp: turning table rows into TOML text, line by line, remembering each line's cell.
#include "content/sheet_to_toml.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <optional>
#include <regex>
#include <set>
#include <string_view>

#include "content/nearest_ids.hpp"

namespace kiosk::content {
namespace {

std::string trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return std::string(s);
}

std::string lowered(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string basicString(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(static_cast<unsigned char>(c)));
                    out += buffer;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

// A quotation as a literal string, exactly as the article has it, unless TOML cannot hold it so.
std::string quoteString(std::string_view text) {
    bool literal = text.find("'''") == std::string_view::npos && (text.empty() || text.front() != '\n');
    for (char c : text)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') || c == 0x7F) literal = false;
    return literal ? "'''" + std::string(text) + "'''" : basicString(text);
}

// "05/01/50", "1-May-50", "May-50": how spreadsheets show text they took for a date.
bool looksLikeRewrittenDate(const std::string& cell) {
    static const std::regex shape(R"(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(\d{1,2}-)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-\d{2,4}|\d{1,2}-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
                                  std::regex::icase);
    return cell.size() <= 12 && std::regex_match(cell, shape);
}

std::optional<long long> integerCell(const std::string& cell) {
    long long value = 0;
    const char* end = cell.data() + cell.size();
    const auto [at, error] = std::from_chars(cell.data(), end, value);
    if (error != std::errc() || at != end) return std::nullopt;
    return value;
}

// The table being written: its header, looked up by column name.
class TableView {
public:
    TableView(std::string sheet, const CsvTable* table) : sheet_(std::move(sheet)), table_(table) {}

    // Checks the header against `expected`; reports missing, unknown and repeated columns.
    void bindColumns(const std::vector<std::string>& expected, std::vector<SheetProblem>& problems) {
        if (!table_ || table_->rows.empty()) return;
        const CsvRow& header = table_->rows.front();
        std::set<std::string> seen;
        for (size_t c = 0; c < header.cells.size(); ++c) {
            const std::string name = lowered(trimmed(header.cells[c]));
            if (name.empty()) continue;
            if (name.rfind("\xC3\xAF\xC2\xBB\xC2\xBF", 0) == 0) {  // a byte-order mark read as Latin-1: "ï»¿"
                problems.push_back({false, sheet_, header.row, "", "the file was opened as Western (Latin-1) text, not UTF-8: open the "
                                                                   "CSV file again choosing UTF-8 (Unicode) as its character set"});
                return;
            }
            if (std::find(expected.begin(), expected.end(), name) == expected.end()) {
                problems.push_back({false, sheet_, header.row, header.cells[c],
                                    "this table has no such column" + didYouMean(name, expected) + " (its columns are listed in data/FORMAT.md)"});
                continue;
            }
            if (!seen.insert(name).second) {
                problems.push_back({false, sheet_, header.row, header.cells[c], "this column appears twice: keep one"});
                continue;
            }
            index_[name] = c;
        }
        for (const std::string& name : expected)
            if (!index_.count(name)) problems.push_back({false, sheet_, header.row, name, "the column is missing: add it to the first row"});
        // A row wider than the header: a cell holding a comma without the quote marks around it, most likely.
        for (size_t r = 1; r < table_->rows.size(); ++r) {
            const CsvRow& row = table_->rows[r];
            size_t width = row.cells.size();
            while (width > header.cells.size() && row.cells[width - 1].empty()) --width;
            if (width > header.cells.size())
                problems.push_back({false, sheet_, row.row, "", "this row has " + std::to_string(width) + " cells but the table " +
                                                                    std::to_string(header.cells.size()) + " columns: a cell with a comma "
                                                                    "needs quote marks around it (\"33,69\" is two cells; a number takes a point: 33.69)"});
        }
    }
    std::string cell(const CsvRow& row, const std::string& column) const {
        const auto at = index_.find(column);
        if (at == index_.end() || at->second >= row.cells.size()) return {};
        return row.cells[at->second];
    }
    // The rows after the header.
    std::vector<const CsvRow*> rows() const {
        std::vector<const CsvRow*> out;
        if (table_)
            for (size_t r = 1; r < table_->rows.size(); ++r) out.push_back(&table_->rows[r]);
        return out;
    }
    const std::string& sheet() const { return sheet_; }

private:
    std::string sheet_;
    const CsvTable* table_;
    std::map<std::string, size_t> index_;
};

class Writer {
public:
    explicit Writer(const SheetSet& sheets) : sheets_(sheets) {}

    TomlFromSheets run() {
        for (const std::string& name : sheetNames()) {
            const auto found = sheets_.find(name);
            views_.emplace(name, TableView(name, found == sheets_.end() ? nullptr : &found->second));
            if (found == sheets_.end() || found->second.rows.empty())
                out_.problems.push_back({false, name, 0, "", "the table is missing (export writes every table; an empty one keeps its first row)"});
        }
        for (const SheetSource& source : sheetSources()) bindLevel(source.top, true);
        // With a table missing or a column misnamed, every row would repeat the one mistake: report only that.
        if (!out_.problems.empty()) return std::move(out_);
        for (const SheetSource& source : sheetSources()) indexRecords(source.top);
        for (const SheetSource& source : sheetSources())
            for (const SheetLevel& child : source.top.children) attach(source.top.key, child, "");
        for (const SheetSource& source : sheetSources()) writeFile(source);
        if (!out_.ok()) out_.files.clear();
        return std::move(out_);
    }

private:
    using RowKey = std::tuple<std::string, std::string, std::string>;  // sheet, record kind, record id

    const SheetSet& sheets_;
    std::map<std::string, TableView> views_;
    std::map<std::string, std::vector<std::string>> idsByKind_;  // every record id, for links and hints
    std::map<RowKey, std::vector<const CsvRow*>> children_;     // rows inside each record, in table order
    std::set<std::string> bound_;  // tables whose header is checked (a shared one, once)
    TomlFromSheets out_;
    GeneratedToml* file_ = nullptr;

    void bindLevel(const SheetLevel& level, bool top) {
        if (bound_.insert(level.sheet).second) views_.at(level.sheet).bindColumns(headerOf(level, top), out_.problems);
        for (const SheetLevel& child : level.children) bindLevel(child, false);
    }

    void indexRecords(const SheetLevel& top) {
        TableView& view = views_.at(top.sheet);
        for (const CsvRow* row : view.rows()) idsByKind_[top.key].push_back(trimmed(view.cell(*row, "id")));
    }

    // Files each row of `level`'s table under the record it names. `parentSheet` is the table of the level it sits
    // in when that is itself inside a record (a note's sources sit in the note).
    void attach(const std::string& kind, const SheetLevel& level, const std::string& parentSheet) {
        TableView& view = views_.at(level.sheet);
        const std::vector<std::string> links = linkColumnsOf(level.sheet);
        const std::vector<std::string> owners = ownersOf(level.sheet);
        for (const CsvRow* row : view.rows()) {
            std::string rowKind = kind, id;
            if (links.size() == 2) {
                rowKind = lowered(trimmed(view.cell(*row, links[0])));
                if (rowKind != kind) {
                    // Reported once, while filing the rows of the first kind of record.
                    if (std::find(owners.begin(), owners.end(), rowKind) == owners.end() && kind == owners.front())
                        out_.problems.push_back({false, level.sheet, row->row, links[0],
                                                 "'" + rowKind + "' should be one of: " + joined(owners) + didYouMean(rowKind, owners)});
                    continue;
                }
                id = trimmed(view.cell(*row, links[1]));
            } else {
                id = trimmed(view.cell(*row, links[0]));
            }
            const std::string& idColumn = links.back();
            const auto& known = idsByKind_[kind];
            if (std::find(known.begin(), known.end(), id) == known.end()) {
                out_.problems.push_back({false, level.sheet, row->row, idColumn,
                                         id.empty() ? "name the " + kind + " this row belongs to"
                                                    : "there is no " + kind + " '" + id + "' in " + views_.at(kindSheet(kind)).sheet() + ".csv" + didYouMean(id, known)});
                continue;
            }
            if (!parentSheet.empty() && children_[{parentSheet, kind, id}].empty()) {
                out_.problems.push_back({false, level.sheet, row->row, idColumn,
                                         "the " + kind + " '" + id + "' has no row in " + parentSheet + ".csv for this row to belong to"});
                continue;
            }
            auto& list = children_[{level.sheet, kind, id}];
            if (level.single && !list.empty()) {
                out_.problems.push_back({false, level.sheet, row->row, idColumn,
                                         "the " + kind + " '" + id + "' already has one (row " + std::to_string(list.front()->row) + "); it can have only one"});
                continue;
            }
            list.push_back(row);
        }
        for (const SheetLevel& child : level.children) attach(kind, child, level.sheet);
    }

    static std::string joined(const std::vector<std::string>& names) {
        std::string out;
        for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
        return out;
    }
    static std::string kindSheet(const std::string& kind) {
        for (const SheetSource& s : sheetSources())
            if (s.top.key == kind) return s.top.sheet;
        return kind;
    }

    void line(std::string text, CellOrigin origin) {
        file_->text += text + "\n";
        file_->lines.push_back(std::move(origin));
    }

    void writeFile(const SheetSource& source) {
        file_ = &out_.files[source.file];
        TableView& view = views_.at(source.top.sheet);
        bool first = true;
        for (const CsvRow* row : view.rows()) {
            if (!first) line("", {});
            std::string comment = view.cell(*row, kCommentColumn);
            while (!comment.empty() && comment.back() == '\n') comment.pop_back();
            if (!comment.empty()) {
                size_t from = 0;
                for (;;) {
                    const size_t end = comment.find('\n', from);
                    const std::string text = comment.substr(from, end == std::string::npos ? std::string::npos : end - from);
                    line(text.empty() ? "#" : "# " + text, {source.top.sheet, row->row, kCommentColumn});
                    if (end == std::string::npos) break;
                    from = end + 1;
                }
                if (first) line("", {});  // the file's own header comment stands apart from the first record
            }
            first = false;
            const std::string id = trimmed(view.cell(*row, "id"));
            writeRecord(source.top, view, *row, source.top.key, source.top.key, id, 0);
        }
    }

    void writeRecord(const SheetLevel& level, const TableView& view, const CsvRow& row, const std::string& path,
                     const std::string& kind, const std::string& id, int depth) {
        const std::string indent(static_cast<size_t>(depth) * 2, ' ');
        line(indent + (level.single ? "[" + path + "]" : "[[" + path + "]]"), {view.sheet(), row.row, ""});
        std::string precision = lowered(trimmed(view.cell(row, "precision")));
        for (const SheetField& field : level.fields)
            if (auto value = valueOf(field, view, row, precision)) line(indent + field.key + " = " + *value, {view.sheet(), row.row, columnsOf(field).front()});
        for (const SheetLevel& child : level.children) {
            const auto found = children_.find({child.sheet, kind, id});
            if (found == children_.end()) continue;
            for (const CsvRow* childRow : found->second) {
                line("", {});
                writeRecord(child, views_.at(child.sheet), *childRow, path + "." + child.key, kind, id, depth + 1);
            }
        }
    }

    void problem(const TableView& view, const CsvRow& row, const std::string& column, std::string message) {
        out_.problems.push_back({false, view.sheet(), row.row, column, std::move(message)});
    }

    std::optional<std::string> valueOf(const SheetField& field, const TableView& view, const CsvRow& row, const std::string& precision) {
        const std::vector<std::string> columns = columnsOf(field);
        const std::string cell = view.cell(row, columns.front());
        switch (field.kind) {
            case CellKind::Text:
                if (cell.empty()) return std::nullopt;
                if (looksLikeRewrittenDate(cell))
                    out_.problems.push_back({true, view.sheet(), row.row, columns.front(),
                                             "'" + cell + "' looks like a date a spreadsheet rewrote (\"May 1950\" can become \"05/01/50\"): "
                                             "check the text against the source"});
                return basicString(cell);
            case CellKind::Quote:
                if (cell.empty()) return std::nullopt;
                return quoteString(cell);
            case CellKind::Number: {
                const std::string text = trimmed(cell);
                if (text.empty()) return std::nullopt;
                if (auto integer = integerCell(text)) return std::to_string(*integer);
                double value = 0;
                const auto [at, error] = std::from_chars(text.data(), text.data() + text.size(), value);
                if (error != std::errc() || at != text.data() + text.size() || value != value || value - value != 0) {
                    problem(view, row, columns.front(), "'" + text + "' should be a number, such as 33.69 (with a point, not a comma)");
                    return std::nullopt;
                }
                char buffer[64];
                const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
                return std::string(buffer, written.ptr);
            }
            case CellKind::Flag: {
                const std::string text = lowered(trimmed(cell));
                if (text.empty() || text == "false" || text == "no" || text == "0") return std::nullopt;
                if (text == "true" || text == "yes" || text == "1") return "true";
                problem(view, row, columns.front(), "'" + cell + "' should be true, or empty for false");
                return std::nullopt;
            }
            case CellKind::List: {
                std::vector<std::string> items;
                std::string item;
                for (char c : cell + ",") {
                    if (c == ',' || c == ';' || c == '\n') {
                        if (std::string t = trimmed(item); !t.empty()) items.push_back(t);
                        item.clear();
                    } else {
                        item += c;
                    }
                }
                if (items.empty() && !field.writeEmptyList) return std::nullopt;
                std::string out = "[";
                for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + basicString(items[i]);
                return out + "]";
            }
            case CellKind::Date:
            case CellKind::Year: {
                int parts[3] = {0, 0, 0};
                bool given[3] = {false, false, false};
                const char* names[3] = {"year", "month", "day"};
                for (size_t p = 0; p < columns.size(); ++p) {
                    const std::string text = trimmed(view.cell(row, columns[p]));
                    if (text.empty()) continue;
                    const auto number = integerCell(text);
                    const int most = p == 0 ? 9999 : p == 1 ? 12 : 31;
                    if (!number || *number < 1 || *number > most) {
                        problem(view, row, columns[p], "'" + text + "' should be a whole number from 1 to " + std::to_string(most) + ", the " + names[p]);
                        return std::nullopt;
                    }
                    parts[p] = static_cast<int>(*number);
                    given[p] = true;
                }
                if (!given[0] && !given[1] && !given[2]) return std::nullopt;
                if (!given[0]) {
                    problem(view, row, columns[0], "the year is missing (the month or day is given)");
                    return std::nullopt;
                }
                if (given[2] && !given[1]) {
                    problem(view, row, columns[1], "the month is missing (the day is given)");
                    return std::nullopt;
                }
                char buffer[24];
                if (field.kind == CellKind::Date && precision == "decade") {
                    if (given[1]) {
                        problem(view, row, columns[1], "a date of precision 'decade' has only a year (1950 for the 1950s): leave the month and day empty");
                        return std::nullopt;
                    }
                    std::snprintf(buffer, sizeof buffer, "\"%04ds\"", parts[0]);
                } else if (given[2]) {
                    std::snprintf(buffer, sizeof buffer, "\"%04d-%02d-%02d\"", parts[0], parts[1], parts[2]);
                } else if (given[1]) {
                    std::snprintf(buffer, sizeof buffer, "\"%04d-%02d\"", parts[0], parts[1]);
                } else {
                    std::snprintf(buffer, sizeof buffer, "\"%04d\"", parts[0]);
                }
                return std::string(buffer);
            }
        }
        return std::nullopt;
    }
};

}  // namespace

bool TomlFromSheets::ok() const {
    return std::none_of(problems.begin(), problems.end(), [](const SheetProblem& p) { return !p.warning; });
}

TomlFromSheets tomlFromSheets(const SheetSet& sheets) { return Writer(sheets).run(); }

}  // namespace kiosk::content
