// sheet_files.hpp: the spreadsheet round trip on disk: writing the tables as CSV files, reading them back, checking
// them as `kiosk-content check` checks the sources, and writing the sources they give.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "content/content_loader.hpp"
#include "content/sheet_tables.hpp"

namespace kiosk::content {

// Every file in the data folder (regular files, by relative path with '/'), as loadContentSources takes them.
// Throws std::runtime_error when the folder cannot be read.
SourceFiles readDataFolder(const std::filesystem::path& dataDir);

// Writes each table as DIR/NAME.csv (creating DIR), UTF-8, with a byte-order mark when asked (for Excel).
// Throws std::runtime_error on a write failure.
void writeSheetFolder(const SheetSet& sheets, const std::filesystem::path& dir, bool byteOrderMark);

// Reads DIR/NAME.csv for every table that exists; a file that cannot be read or parsed is a problem (a missing one
// is reported by tomlFromSheets).
SheetSet readSheetFolder(const std::filesystem::path& dir, std::vector<SheetProblem>& problems);

struct SheetImport {
    std::map<std::string, std::string> changed;  // source file -> its new text, only those that differ
    std::vector<std::string> unchanged;
    std::string report;  // every problem, one a line: "events.csv, row 12, column 'places': ..."
    int errors = 0;
    int warnings = 0;
    bool ok() const { return errors == 0; }
};

// The source files `sheets` give, checked with every rule of loadContent against the rest of `dataDir` (the
// articles, the map): problems found on a line written from a cell are reported at that cell. Reads, never writes.
SheetImport checkSheetImport(const SheetSet& sheets, const std::filesystem::path& dataDir);

// Writes each changed file into dataDir through a temporary file and a rename, so none is ever half written.
void writeImportedSources(const SheetImport& import, const std::filesystem::path& dataDir);

}  // namespace kiosk::content
