// sheet_to_toml.hpp: the content source files written from the spreadsheet tables, in the one layout import always
// writes, with the table cell each line came from (so that a problem the content checks find on a line can be
// reported as "events.csv, row 12, column 'places'").
#pragma once
#include <map>
#include <string>
#include <vector>

#include "content/sheet_tables.hpp"

namespace kiosk::content {

struct CellOrigin {
    std::string sheet;  // empty: the line came from no cell (a blank line)
    int row = 0;
    std::string column;  // empty: the record as a whole (its [[event]] line)
};

struct GeneratedToml {
    std::string text;
    std::vector<CellOrigin> lines;  // lines[n - 1] is where line n came from
};

struct TomlFromSheets {
    std::map<std::string, GeneratedToml> files;  // by source file ("events.toml")
    std::vector<SheetProblem> problems;          // a table or cell that cannot be written as TOML; nothing to write then
    bool ok() const;
};

// Writes every source file of sheetSources() from `sheets`. Checks what the tables themselves must get right: every
// table present with its columns (in any order; names in any letter case), numbers, dates and flags readable, and
// every row inside a record naming an existing record. The content rules are loadContent's, run on the result.
TomlFromSheets tomlFromSheets(const SheetSet& sheets);

}  // namespace kiosk::content
