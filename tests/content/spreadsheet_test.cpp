// spreadsheet_test.cpp: the spreadsheet round trip (kiosk-content export / import): the CSV files a curator edits,
// the sources they give back byte for byte, and the problems reported at their file, row and column.
#include <catch2/catch.hpp>

#include <algorithm>

#include "../support/data_copy.hpp"
#include "../support/temp_dir.hpp"
#include "content/csv_table.hpp"
#include "content/sheet_files.hpp"
#include "content/toml_to_sheet.hpp"

namespace fs = std::filesystem;
using namespace kiosk::content;
using kiosk::test::DataCopy;
using kiosk::test::readText;
using kiosk::test::TempDir;
using kiosk::test::writeText;

namespace {

const char* const kSources[] = {"articles.toml", "themes.toml", "eras.toml", "places.toml",
                                "people.toml", "events.toml", "disagreements.toml", "figures.toml"};

// Exports the content of `data` as CSV files into `sheets`, as `kiosk-content export` does.
void exportTo(const fs::path& data, const fs::path& sheets, bool bom) {
    const SheetsFromToml exported = sheetsFromToml(readDataFolder(data));
    INFO(exported.diagnostics.format());
    REQUIRE(exported.diagnostics.all().empty());
    writeSheetFolder(exported.sheets, sheets, bom);
}

SheetImport importFrom(const fs::path& sheets, const fs::path& data) {
    std::vector<SheetProblem> problems;
    const SheetSet tables = readSheetFolder(sheets, problems);
    SheetImport result;
    for (const SheetProblem& p : problems) result.report += formatSheetProblem(p), ++result.errors;
    if (!problems.empty()) return result;
    return checkSheetImport(tables, data);
}

// The spreadsheet row (the header is row 1) of the record with this id in a table.
int rowOf(const fs::path& sheets, const std::string& sheet, const std::string& id) {
    const CsvParse parsed = parseCsv(readText(sheets / (sheet + ".csv")));
    REQUIRE_FALSE(parsed.problem);
    for (const CsvRow& row : parsed.table.rows)
        if (!row.cells.empty() && row.cells[0] == id) return row.row;
    FAIL("no row " << id << " in " << sheet);
    return 0;
}

void replaceIn(const fs::path& file, const std::string& from, const std::string& to) {
    std::string text = readText(file);
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    writeText(file, text);
}

}  // namespace

TEST_CASE("CSV as spreadsheets save it: byte-order mark and CRLF and quoted commas and quotes and line breaks", "[content][sheets]") {
    const CsvParse parsed = parseCsv("\xEF\xBB\xBFid,text\r\na,\"one, \"\"two\"\"\r\nthree\"\r\n,,\r\nb,\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0\r\n");
    REQUIRE_FALSE(parsed.problem);
    REQUIRE(parsed.table.rows.size() == 3);  // the all-empty row is dropped, but keeps its number
    CHECK(parsed.table.rows[0].cells == std::vector<std::string>{"id", "text"});
    CHECK(parsed.table.rows[1].cells[1] == "one, \"two\"\nthree");
    CHECK(parsed.table.rows[2].row == 4);
    CHECK(parsed.table.rows[2].cells[1] == "Москва");
    // What the writer writes, the reader reads back.
    const std::vector<std::vector<std::string>> rows{{"id", "text"}, {"x", "a,b \"c\"\nd"}, {"y", " padded "}};
    const CsvParse again = parseCsv(writeCsv(rows, true));
    REQUIRE(again.table.rows.size() == 3);
    for (size_t r = 0; r < rows.size(); ++r) CHECK(again.table.rows[r].cells == rows[r]);
    // Excel in some languages separates with ';'.
    CHECK(parseCsv("id;name\nx;Karachi, Sindh\n").table.rows[1].cells == std::vector<std::string>{"x", "Karachi, Sindh"});
}

TEST_CASE("A CSV file that is not UTF-8 or leaves a quote open is reported at its row", "[content][sheets]") {
    const CsvParse open = parseCsv("id,title\na,fine\nb,\"never closed\nc,more\n");
    REQUIRE(open.problem);
    CHECK(open.problem->row == 3);
    CHECK_THAT(open.problem->message, Catch::Contains("never closed"));
    const CsvParse latin1 = parseCsv("id,name\nx,Caf\xE9\n");  // Windows-1252, as Excel's plain "CSV" saves it
    REQUIRE(latin1.problem);
    CHECK(latin1.problem->row == 2);
    CHECK_THAT(latin1.problem->message, Catch::Contains("CSV UTF-8"));
}

TEST_CASE("Export then import gives back every source file of the real data byte for byte", "[content][sheets]") {
    DataCopy data("kiosk-sheet-data");
    TempDir sheets("kiosk-sheets");
    const bool bom = GENERATE(false, true);
    exportTo(data / "", sheets.path(), bom);
    const SheetImport result = importFrom(sheets.path(), data / "");
    INFO(result.report);
    REQUIRE(result.ok());
    CHECK(result.warnings == 0);
    CHECK(result.changed.empty());
    CHECK(result.unchanged.size() == std::size(kSources));
    // Dates are whole-number columns, lists are "a, b", the comment above a record is its comment cell.
    const std::string events = readText(sheets / "events.csv");
    CHECK_THAT(events, Catch::StartsWith(std::string(bom ? "\xEF\xBB\xBF" : "") + "id,title,short,start_year,start_month,start_day,end_year,end_month,end_day,precision,"));
    const CsvParse places = parseCsv(readText(sheets / "places.csv"));
    const auto islamabad = std::find_if(places.table.rows.begin(), places.table.rows.end(), [](const CsvRow& r) { return r.cells[0] == "islamabad"; });
    REQUIRE(islamabad != places.table.rows.end());
    CHECK(islamabad->cells.back().rfind("The seat of Pakistan's government", 0) == 0);
    CHECK(islamabad->cells[5] == "1967");
}

TEST_CASE("Russian and Urdu text with quotes and commas and line breaks survives the round trip", "[content][sheets]") {
    DataCopy data("kiosk-sheet-scripts");
    data.edit("places.toml", "id = \"moscow\"", "name = \"Moscow\"", "name = \"Москва (Moscow)\"");
    data.edit("places.toml", "id = \"karachi\"", "name = \"Karachi\"", "name = \"کراچی, Karachi\"");
    data.edit("people.toml", "id = \"alexei-kosygin\"", "role = \"", "role = \"Председатель Совета министров СССР \\\"Premier\\\", ");
    data.edit("eras.toml", "id = \"thaw-and-tashkent\"", "summary = \"", "summary = \"پاکستان اور روس\\nТашкент; ");
    REQUIRE(data.load().ok());
    const std::string before = data.text("places.toml") + data.text("people.toml") + data.text("eras.toml");
    TempDir sheets("kiosk-sheets");
    exportTo(data / "", sheets.path(), true);
    CHECK_THAT(readText(sheets / "places.csv"), Catch::Contains("Москва (Moscow)"));
    const SheetImport result = importFrom(sheets.path(), data / "");
    INFO(result.report);
    REQUIRE(result.ok());
    CHECK(result.changed.empty());
    writeImportedSources(result, data / "");
    CHECK(data.text("places.toml") + data.text("people.toml") + data.text("eras.toml") == before);
}

TEST_CASE("A change made in a table changes just that line of the source", "[content][sheets]") {
    DataCopy data("kiosk-sheet-edit");
    TempDir sheets("kiosk-sheets");
    exportTo(data / "", sheets.path(), false);
    const std::string before = data.text("events.toml");
    replaceIn(sheets / "events.csv", "First India-Pakistan war over Kashmir", "The first war over Kashmir");
    const SheetImport result = importFrom(sheets.path(), data / "");
    INFO(result.report);
    REQUIRE(result.ok());
    REQUIRE(result.changed.size() == 1);
    writeImportedSources(result, data / "");
    std::string expected = before;
    expected.replace(expected.find("First India-Pakistan war over Kashmir"), 37, "The first war over Kashmir");
    CHECK(data.text("events.toml") == expected);
    REQUIRE(data.load().ok());
}

TEST_CASE("Import reports a bad cell at its file and row and column in plain words and writes nothing", "[content][sheets]") {
    DataCopy data("kiosk-sheet-errors");
    TempDir sheets("kiosk-sheets");
    exportTo(data / "", sheets.path(), false);
    const std::string before = data.text("events.toml");
    const int row = rowOf(sheets.path(), "events", "kashmir-war-1947");

    SECTION("a year that is not a number") {
        replaceIn(sheets / "events.csv", "kashmir-war-1947,First India-Pakistan war over Kashmir,First Kashmir war,1947,", "kashmir-war-1947,First India-Pakistan war over Kashmir,First Kashmir war,19x7,");
        const SheetImport result = importFrom(sheets.path(), data / "");
        CHECK_FALSE(result.ok());
        CHECK_THAT(result.report, Catch::StartsWith("events.csv, row " + std::to_string(row) + ", column 'start_year': '19x7' should be a whole number"));
    }
    SECTION("an unknown place, with the nearest id suggested (a content rule, found on the TOML import would write)") {
        replaceIn(sheets / "events.csv", "\"karachi, new-delhi\"", "\"karachi, New Delhi\"");
        const SheetImport result = importFrom(sheets.path(), data / "");
        CHECK_FALSE(result.ok());
        CHECK_THAT(result.report, Catch::Contains("events.csv, row " + std::to_string(row) +
                                                  ", column 'places': unknown place 'New Delhi' — did you mean 'new-delhi'?"));
    }
    SECTION("an excerpt of an event that is not there") {
        replaceIn(sheets / "event_excerpts.csv", "kashmir-war-1947,", "kashmir-war-1974,");
        const SheetImport result = importFrom(sheets.path(), data / "");
        CHECK_FALSE(result.ok());
        CHECK_THAT(result.report, Catch::Contains("column 'event': there is no event 'kashmir-war-1974' in events.csv — did you mean 'kashmir-war-1947'?"));
    }
    SECTION("a misnamed column is reported once, not on every row") {
        replaceIn(sheets / "events.csv", ",summary,", ",sumary,");
        const SheetImport result = importFrom(sheets.path(), data / "");
        CHECK_FALSE(result.ok());
        CHECK(result.report == "events.csv, row 1, column 'sumary': this table has no such column — did you mean 'summary'? (its columns are "
                               "listed in data/FORMAT.md)\nevents.csv, row 1, column 'summary': the column is missing: add it to the first row\n");
    }
    SECTION("a comma without quote marks, which shifts the row's cells") {
        replaceIn(sheets / "places.csv", "islamabad,Islamabad,33.69,", "islamabad,Islamabad,33,69,");
        const SheetImport result = importFrom(sheets.path(), data / "");
        CHECK_FALSE(result.ok());
        CHECK(result.report == "places.csv, row " + std::to_string(rowOf(sheets.path(), "places", "islamabad")) +
                                   ": this row has 8 cells but the table 7 columns: a cell with a comma needs quote marks around it "
                                   "(\"33,69\" is two cells; a number takes a point: 33.69)\n");
    }
    SECTION("a duplicate id, with the first one's row") {
        std::string events = readText(sheets / "events.csv");
        events += "kashmir-war-1947,Kashmir again,,1948,,,,,,year,,tension,military-security,karachi,,A second row.,\r\n";
        kiosk::test::writeText(sheets / "events.csv", events);
        const SheetImport result = importFrom(sheets.path(), data / "");
        CHECK_FALSE(result.ok());
        const size_t appended = parseCsv(events).table.rows.back().row;
        CHECK_THAT(result.report, Catch::Contains("events.csv, row " + std::to_string(appended) + ", column 'id': duplicate id 'kashmir-war-1947': the first is in events.csv, row " +
                                                  std::to_string(row)));
    }
    SECTION("a table left out") {
        fs::remove(sheets / "event_excerpts.csv");
        const SheetImport result = importFrom(sheets.path(), data / "");
        CHECK_FALSE(result.ok());
        CHECK_THAT(result.report, Catch::StartsWith("event_excerpts.csv: the table is missing"));
    }
    SECTION("a text cell a spreadsheet took for a date is a warning") {
        replaceIn(sheets / "disagreement_claims.csv", "May 1950", "05/01/50");
        const SheetImport result = importFrom(sheets.path(), data / "");
        CHECK(result.ok());
        CHECK_THAT(result.report, Catch::Contains("column 'says': warning: '05/01/50' looks like a date a spreadsheet rewrote"));
    }
    CHECK(data.text("events.toml") == before);
}

TEST_CASE("Export refuses a comment the tables would lose and says where", "[content][sheets]") {
    DataCopy data("kiosk-sheet-comment");
    const int line = data.edit("themes.toml", "id = \"diplomacy\"", "short = ", "# chip label\nshort = ");
    const SheetsFromToml exported = sheetsFromToml(readDataFolder(data / ""));
    CHECK(exported.diagnostics.errorCount() == 1);
    CHECK_THAT(exported.diagnostics.format(), Catch::StartsWith("themes.toml, line " + std::to_string(line) +
                                                                ": this comment is not directly above a [[theme]] line"));
}
