// csv_table.cpp: a small CSV reader and writer for the spreadsheet round trip.
#include "content/csv_table.hpp"

namespace kiosk::content {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// The byte offset of the first byte that is not part of well-formed UTF-8, or npos.
size_t firstBadUtf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t extra = 0;
        unsigned min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) extra = 1, min = 0x80;
        else if ((c & 0xF0) == 0xE0) extra = 2, min = 0x800;
        else if ((c & 0xF8) == 0xF0) extra = 3, min = 0x10000;
        else return i;
        if (i + extra >= s.size()) return i;
        unsigned code = c & (0x3F >> extra);
        for (size_t k = 1; k <= extra; ++k) {
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) return i;
            code = (code << 6) | (d & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
        i += extra + 1;
    }
    return std::string_view::npos;
}

// The separator the header row uses: a comma unless the first line (outside quotes) has none but has ';' or a tab.
char detectSeparator(std::string_view text) {
    bool quoted = false;
    int semicolons = 0, tabs = 0;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        if (c == ',') return ',';
        if (c == ';') ++semicolons;
        if (c == '\t') ++tabs;
    }
    if (semicolons > 0 && semicolons >= tabs) return ';';
    return tabs > 0 ? '\t' : ',';
}

bool needsQuotes(const std::string& cell) {
    return cell.find_first_of(",\"\r\n;\t") != std::string::npos || (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
}

}  // namespace

CsvParse parseCsv(std::string_view text) {
    CsvParse out;
    if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark) text.remove_prefix(kByteOrderMark.size());
    const char separator = detectSeparator(text);
    // Rows are counted as records, not lines, as a spreadsheet numbers them: a cell may hold line breaks.
    CsvRow row{1, {}};
    std::string cell;
    bool quoted = false, cellStarted = false, rowHasContent = false;
    int rowNumber = 1, quoteRow = 0;
    size_t i = 0;
    auto endCell = [&] {
        row.cells.push_back(std::move(cell));
        cell.clear();
        cellStarted = false;
    };
    auto endRow = [&] {
        endCell();
        if (rowHasContent) out.table.rows.push_back(std::move(row));
        row = CsvRow{++rowNumber, {}};
        rowHasContent = false;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            if (c == '\r') {  // a line break inside a cell is kept as LF, whichever way it was saved
                cell += '\n';
                i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            cell += c;
            ++i;
            continue;
        }
        if (c == '"' && !cellStarted) {
            quoted = true;
            cellStarted = rowHasContent = true;
            quoteRow = rowNumber;
            ++i;
            continue;
        }
        if (c == separator) {
            endCell();
            rowHasContent = true;
            ++i;
            continue;
        }
        if (c == '\r' || c == '\n') {
            i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
            endRow();
            continue;
        }
        cell += c;
        cellStarted = rowHasContent = true;
        ++i;
    }
    if (quoted) {
        out.problem = CsvProblem{quoteRow, "a cell that starts with a quote mark (\") is never closed: add the closing quote mark"};
        return out;
    }
    if (cellStarted || !row.cells.empty() || rowHasContent) endRow();
    // Rows whose every cell is empty (a spreadsheet's trailing ",,,," lines) hold nothing.
    std::erase_if(out.table.rows, [](const CsvRow& r) {
        for (const std::string& c : r.cells)
            if (!c.empty()) return false;
        return true;
    });
    for (const CsvRow& r : out.table.rows)
        for (const std::string& c : r.cells)
            if (firstBadUtf8(c) != std::string_view::npos) {
                out.problem = CsvProblem{r.row, "this row is not UTF-8 text: save the file as \"CSV UTF-8\" (in Excel: Save As, "
                                                "CSV UTF-8 (Comma delimited))"};
                return out;
            }
    return out;
}

std::string writeCsv(const std::vector<std::vector<std::string>>& rows, bool byteOrderMark) {
    std::string out(byteOrderMark ? kByteOrderMark : "");
    for (const auto& cells : rows) {
        for (size_t c = 0; c < cells.size(); ++c) {
            if (c) out += ',';
            const std::string& cell = cells[c];
            if (!needsQuotes(cell)) {
                out += cell;
                continue;
            }
            out += '"';
            for (char ch : cell) {
                if (ch == '"') out += '"';
                out += ch;
            }
            out += '"';
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace kiosk::content
