// libreoffice_round_trip_test.cpp: a curator's round trip through a spreadsheet program, with the real tools:
// kiosk-content export, LibreOffice (headless) turning the CSV files into .xlsx workbooks and saving them back as
// CSV, kiosk-content import; the sources come back byte for byte, Russian and Urdu text included. LibreOffice is
// a test dependency (libreoffice-calc-nogui, in packaging/dev): without it this test fails, it never skips.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "../support/data_copy.hpp"
#include "../support/temp_dir.hpp"

namespace fs = std::filesystem;
using kiosk::test::DataCopy;
using kiosk::test::readText;
using kiosk::test::TempDir;

namespace {

// Runs a shell command; returns its exit status and its output (stdout and stderr).
std::pair<int, std::string> run(const std::string& command) {
    std::string output;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
    const int status = ::pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

size_t countFiles(const fs::path& dir, const std::string& extension) {
    size_t n = 0;
    for (const auto& entry : fs::directory_iterator(dir)) n += entry.path().extension() == extension;
    return n;
}

}  // namespace

TEST_CASE("Export then LibreOffice to xlsx and back to CSV then import gives back the sources byte for byte", "[content][sheets][libreoffice]") {
    const auto [found, soffice] = run("command -v soffice");
    INFO("LibreOffice is needed for this test: apt-get install libreoffice-calc-nogui (packaging/dev installs it)");
    REQUIRE(found == 0);

    DataCopy data("kiosk-libreoffice-data");
    data.edit("places.toml", "id = \"moscow\"", "name = \"Moscow\"", "name = \"Москва (Moscow)\"");
    data.edit("places.toml", "id = \"karachi\"", "name = \"Karachi\"", "name = \"کراچی, Karachi\"");
    data.edit("people.toml", "id = \"alexei-kosygin\"", "role = \"", "role = \"Председатель Совета министров СССР \\\"Premier\\\", ");
    data.edit("eras.toml", "id = \"thaw-and-tashkent\"", "summary = \"", "summary = \"پاکستان اور روس\\nТашкент; ");
    REQUIRE(data.load().ok());
    const char* const sources[] = {"articles.toml", "themes.toml", "eras.toml", "places.toml",
                                   "people.toml", "events.toml", "disagreements.toml", "figures.toml"};
    std::vector<std::string> before;
    for (const char* s : sources) before.push_back(data.text(s));

    TempDir work("kiosk-libreoffice");
    const std::string tool = KIOSK_CONTENT_TOOL;
    const std::string office = "timeout 300 soffice -env:UserInstallation=file://" + (work / "profile").string() + " --headless ";
    using Clock = std::chrono::steady_clock;
    auto seconds = [](Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); };

    const auto exported = run(tool + " export " + quoted(data / "") + " --out " + quoted(work / "sheets") + " --bom");
    INFO(exported.second);
    REQUIRE(exported.first == 0);
    const size_t tables = countFiles(work / "sheets", ".csv");
    REQUIRE(tables > 10);

    // Opening the CSV files as a curator would: UTF-8 (76), comma-separated, quoted with '"', "detect special numbers"
    // off (LibreOffice's own default when a person opens a CSV file; on, it turns "May 1950" into a date).
    auto started = Clock::now();
    const auto toXlsx = run(office + "--infilter='CSV:44,34,76,1,,1033,false,false' --convert-to xlsx --outdir " + quoted(work / "xlsx") + " " +
                            quoted(work / "sheets") + "/*.csv");
    const double toXlsxSeconds = seconds(started);
    INFO(toXlsx.second);
    REQUIRE(toXlsx.first == 0);
    REQUIRE(countFiles(work / "xlsx", ".xlsx") == tables);

    started = Clock::now();
    const auto toCsv = run(office + "--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir " + quoted(work / "back") + " " +
                           quoted(work / "xlsx") + "/*.xlsx");
    const double toCsvSeconds = seconds(started);
    INFO(toCsv.second);
    REQUIRE(toCsv.first == 0);
    REQUIRE(countFiles(work / "back", ".csv") == tables);
    // The files did go through LibreOffice: it writes them in its own way (every text cell quoted, no byte-order mark).
    CHECK(readText(work / "back" / "events.csv") != readText(work / "sheets" / "events.csv"));
    CHECK_THAT(readText(work / "back" / "places.csv"), Catch::Contains("Москва (Moscow)") && Catch::Contains("کراچی, Karachi"));

    const auto imported = run(tool + " import " + quoted(work / "back") + " --into " + quoted(data / ""));
    INFO(imported.second);
    REQUIRE(imported.first == 0);
    CHECK_THAT(imported.second, Catch::Contains("0 file(s) updated, 8 unchanged, 0 warning(s)"));
    for (size_t i = 0; i < std::size(sources); ++i) {
        INFO(sources[i]);
        CHECK(data.text(sources[i]) == before[i]);
    }
    WARN("LibreOffice: " << tables << " CSV files to .xlsx in " << toXlsxSeconds << " s, back to CSV in " << toCsvSeconds << " s");
}
