// csv_table.hpp: reading and writing CSV text as spreadsheets save it: UTF-8 with or without a byte-order mark,
// CRLF or LF line ends, quoted cells holding commas, quotes and line breaks.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::content {

struct CsvRow {
    int row = 0;  // the spreadsheet's row number: the header is row 1
    std::vector<std::string> cells;
};

struct CsvTable {
    std::vector<CsvRow> rows;  // the header first
};

struct CsvProblem {
    int row = 0;
    std::string message;
};

// Parses CSV text. Accepts a UTF-8 byte-order mark, CRLF, LF or CR line ends (a CRLF inside a quoted cell becomes
// LF), and a ';' or tab separator when the header row holds no comma (Excel in some languages saves so). Returns
// the table, or the first problem: text that is not UTF-8, or a quoted cell that is never closed.
struct CsvParse {
    CsvTable table;
    std::optional<CsvProblem> problem;
};
CsvParse parseCsv(std::string_view text);

// Writes rows as CSV with CRLF line ends (RFC 4180, what Excel writes), quoting only the cells that need it; with
// `byteOrderMark` the text starts with one, so that Excel reads it as UTF-8.
std::string writeCsv(const std::vector<std::vector<std::string>>& rows, bool byteOrderMark);

}  // namespace kiosk::content
