// toml_to_sheet.hpp: the content source files as spreadsheet tables, for `kiosk-content export`.
#pragma once
#include "content/content_loader.hpp"
#include "content/diagnostics.hpp"
#include "content/sheet_tables.hpp"

namespace kiosk::content {

struct SheetsFromToml {
    SheetSet sheets;
    Diagnostics diagnostics;  // by source file and line
};

// The tables of every file of sheetSources() in `files` (texts by name, as loadContentSources takes them). Each
// record's comment lines (the "# ..." lines directly above its [[event]] line; for the first, all before it) go to
// its `comment` cell. Reports, as an error, what the tables cannot hold: a file that does not parse, a key the
// tables have no column for, a comment anywhere else. Reports, as a warning, a file that import would write in
// another layout (with the first line that differs): the content stays the same, the spacing or ordering not.
// Call it on content that passes loadContent's checks.
SheetsFromToml sheetsFromToml(const SourceFiles& files);

}  // namespace kiosk::content
