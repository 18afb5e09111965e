// sheet_tables.hpp: how the TOML content sources map onto spreadsheet tables, one CSV file a table: which file and
// record each table holds, its columns, and how a cell becomes a TOML value. The one description both
// `kiosk-content export` and `kiosk-content import` follow.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "content/csv_table.hpp"

namespace kiosk::content {

enum class CellKind {
    Text,    // "a basic string" (every character kept; escapes where TOML needs them)
    Quote,   // '''a literal string''': a verbatim quotation, written as the article has it
    Number,  // 600, 33.69
    Flag,    // true (false is written by leaving the key out)
    List,    // ["a", "b"], from a cell "a, b"
    Date,    // "1966-01-10", "1966-01", "1966" or "1950s", from three cells: KEY_year, KEY_month, KEY_day
    Year,    // "1967", from one cell: KEY_year
};

struct SheetField {
    std::string key;
    CellKind kind = CellKind::Text;
    bool writeEmptyList = false;  // List: write `key = []` for an empty cell rather than leaving the key out
};

// One kind of TOML table: a top-level record ([[event]]) or a table inside one ([[event.excerpt]], [event.note]).
struct SheetLevel {
    std::string key;     // "event", "excerpt", "note", "source"
    bool single = false; // [event.note], at most one, rather than [[event.excerpt]]
    std::string sheet;   // the table's file name without ".csv"; tables inside records of different kinds may share one
    std::vector<SheetField> fields;
    std::vector<SheetLevel> children;
};

struct SheetSource {
    std::string file;  // "events.toml", relative to the data folder
    SheetLevel top;    // its [[event]] records
};

// Every source file the round trip covers, in the order the tables are written. (map/historical_countries.toml
// stays TOML only: its comments stand inside its records.)
const std::vector<SheetSource>& sheetSources();

// The spreadsheet columns of a field: "title"; "start_year", "start_month", "start_day"; "since_year".
std::vector<std::string> columnsOf(const SheetField& field);

// The kinds of record ("event", "figure") whose records hold rows of a table inside records, in schema order.
std::vector<std::string> ownersOf(const std::string& sheet);

// The columns that tie a row of a table inside records to its record: {"event"} (the event's id) when only one
// kind of record holds the table, {"on", "id"} ("event", "liaquat-us-visit") when several do (notes).
std::vector<std::string> linkColumnsOf(const std::string& sheet);

// The column a top-level table keeps each record's comment in (the "# ..." lines above it in the TOML file).
inline constexpr const char* kCommentColumn = "comment";

// The header row of a table: the link columns (inside records), the fields' columns, the comment (top level).
std::vector<std::string> headerOf(const SheetLevel& level, bool topLevel);

// The tables, by name ("events"), each with its header as the first row.
using SheetSet = std::map<std::string, CsvTable>;

// A problem found in a table: "events.csv, row 12, column 'start_year': ...". Row 0: the table as a whole;
// an empty column: the row as a whole.
struct SheetProblem {
    bool warning = false;
    std::string sheet;  // "events"
    int row = 0;
    std::string column;
    std::string message;
};
std::string formatSheetProblem(const SheetProblem& problem);

// Every table name, in the order written.
std::vector<std::string> sheetNames();

}  // namespace kiosk::content
