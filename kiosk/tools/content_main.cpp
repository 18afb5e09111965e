// content_main.cpp: kiosk-content, the exhibit staff's tool: check the sources, build the database, report stats,
// install a database for the kiosk, and take the content to spreadsheet tables and back.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>

#include <fstream>

#include "content/content_loader.hpp"
#include "content/notes_report.hpp"
#include "content/sheet_files.hpp"
#include "content/toml_to_sheet.hpp"
#include "store/catalog_reader.hpp"
#include "store/catalog_writer.hpp"
#include "store/database_files.hpp"
#include "tools/content_install.hpp"
#include "tools/content_stats.hpp"
#include "tools/synthetic_catalog.hpp"

namespace {

std::string utcNow() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    return buffer;
}

// Loads and reports; returns the content when there are no errors.
std::optional<kiosk::content::LoadedContent> loadAndReport(const std::string& dataDir) {
    auto loaded = kiosk::content::loadContent(dataDir);
    const std::string report = loaded.diagnostics.format(dataDir);  // "data/events.toml, line 42: ..."
    if (!report.empty()) std::cerr << report;
    if (!loaded.ok()) {
        std::cerr << "kiosk-content: " << loaded.diagnostics.errorCount() << " error(s) in " << dataDir << "; nothing was written\n";
        return std::nullopt;
    }
    return loaded;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"kiosk-content: checks the exhibit's content sources and builds the content database"};
    app.require_subcommand(1);
    std::string dataDir, out, dbFile;
    std::string target = kiosk::store::kInstalledDatabase;
    int events = 1000;
    unsigned seed = 1;

    auto* check = app.add_subcommand("check", "validate the sources in DATA_DIR; print every problem with file and line");
    check->add_option("DATA_DIR", dataDir, "the content folder (data/)")->required();
    auto* build = app.add_subcommand("build", "validate DATA_DIR and write the content database atomically");
    build->add_option("DATA_DIR", dataDir, "the content folder (data/)")->required();
    build->add_option("--out", out, "the database file to write")->required();
    auto* notes = app.add_subcommand("notes", "validate DATA_DIR and print the table of every curator's note (Markdown)");
    notes->add_option("DATA_DIR", dataDir, "the content folder (data/)")->required();
    notes->add_option("--out", out, "write the table to this file instead of standard output");
    auto* stats = app.add_subcommand("stats", "counts per theme, era, article, precision and tone in a built database");
    stats->add_option("FILE", dbFile, "a content database")->required();
    auto* synth = app.add_subcommand("synth", "write a synthetic database of N events, for scale tests");
    synth->add_option("--events", events, "how many events")->check(CLI::Range(1, 2000000));
    synth->add_option("--out", out, "the database file to write")->required();
    synth->add_option("--seed", seed, "random seed");
    synth->add_option("--data", dataDir, "take articles, themes, places and the map from this content folder");

    auto* install = app.add_subcommand("install", "check a content database and swap it in for the kiosk atomically, "
                                                  "keeping the previous one as TARGET.last-good");
    install->add_option("FILE", dbFile, "the new content database")->required();
    install->add_option("--target", target, "the database the kiosk reads")->capture_default_str();

    std::string sheetDir;
    bool byteOrderMark = false;
    auto* exportSheets = app.add_subcommand("export", "write the content of DATA_DIR as spreadsheet tables, one CSV file a table");
    exportSheets->add_option("DATA_DIR", dataDir, "the content folder (data/)")->required();
    exportSheets->add_option("--out", sheetDir, "the folder to write the CSV files into")->required();
    exportSheets->add_flag("--bom", byteOrderMark, "start each file with a byte-order mark, so that Excel reads it as UTF-8");
    auto* importSheets = app.add_subcommand("import", "check the CSV files in SHEET_DIR as `check` does and write them back "
                                                      "into DATA_DIR's sources; nothing is written on any error");
    importSheets->add_option("SHEET_DIR", sheetDir, "the folder of CSV files (as export wrote them)")->required();
    importSheets->add_option("--into", dataDir, "the content folder whose sources are rewritten (data/)")->required();

    CLI11_PARSE(app, argc, argv);
    try {
        if (*check) {
            auto loaded = loadAndReport(dataDir);
            if (!loaded) return 1;
            std::cout << "ok: " << loaded->catalog.events.size() << " events, " << loaded->catalog.articles.size() << " articles, "
                      << loaded->diagnostics.warningCount() << " warning(s)\n";
            return 0;
        }
        if (*build) {
            auto loaded = loadAndReport(dataDir);
            if (!loaded) return 1;
            loaded->catalog.info.contentVersion = loaded->sourceHash;
            loaded->catalog.info.builtAt = utcNow();
            kiosk::store::writeCatalog(loaded->catalog, out);
            std::cout << "wrote " << out << ": " << loaded->catalog.events.size() << " events, content version "
                      << loaded->sourceHash << "\n";
            return 0;
        }
        if (*notes) {
            auto loaded = loadAndReport(dataDir);
            if (!loaded) return 1;
            const std::string report = kiosk::content::formatNotesReport(loaded->catalog);
            if (out.empty()) {
                std::cout << report;
                return 0;
            }
            std::ofstream file(out, std::ios::binary | std::ios::trunc);
            file << report;
            if (!file.flush()) throw std::runtime_error("cannot write " + out);
            std::cout << "wrote " << out << "\n";
            return 0;
        }
        if (*exportSheets) {
            auto loaded = loadAndReport(dataDir);
            if (!loaded) return 1;
            const auto exported = kiosk::content::sheetsFromToml(kiosk::content::readDataFolder(dataDir));
            const std::string report = exported.diagnostics.format(dataDir);
            if (!report.empty()) std::cerr << report;
            if (exported.diagnostics.errorCount() > 0) {
                std::cerr << "kiosk-content: the tables cannot hold all of " << dataDir << "; nothing was written\n";
                return 1;
            }
            kiosk::content::writeSheetFolder(exported.sheets, sheetDir, byteOrderMark);
            std::cout << "wrote " << exported.sheets.size() << " tables to " << sheetDir << "\n";
            return 0;
        }
        if (*importSheets) {
            std::vector<kiosk::content::SheetProblem> problems;
            const auto sheets = kiosk::content::readSheetFolder(sheetDir, problems);
            for (const auto& p : problems) std::cerr << kiosk::content::formatSheetProblem(p);
            if (!problems.empty()) {
                std::cerr << "kiosk-content: " << problems.size() << " error(s) in " << sheetDir << "; nothing was written\n";
                return 1;
            }
            const auto checked = kiosk::content::checkSheetImport(sheets, dataDir);
            std::cerr << checked.report;
            if (!checked.ok()) {
                std::cerr << "kiosk-content: " << checked.errors << " error(s) in " << sheetDir << "; nothing was written\n";
                return 1;
            }
            kiosk::content::writeImportedSources(checked, dataDir);
            for (const auto& [name, text] : checked.changed) std::cout << "updated " << dataDir << "/" << name << "\n";
            std::cout << checked.changed.size() << " file(s) updated, " << checked.unchanged.size() << " unchanged, "
                      << checked.warnings << " warning(s)\n";
            return 0;
        }
        if (*stats) {
            const auto catalog = kiosk::store::readCatalog(dbFile);
            std::cout << kiosk::tools::formatContentStats(catalog);
            return 0;
        }
        if (*install) {
            const auto result = kiosk::tools::installDatabase(dbFile, target);
            (result.ok() ? std::cout : std::cerr) << (result.ok() ? "" : "kiosk-content: ") << result.message << "\n";
            return result.ok() ? 0 : 1;
        }
        if (*synth) {
            kiosk::model::Catalog base;
            if (!dataDir.empty()) {
                auto loaded = loadAndReport(dataDir);
                if (!loaded) return 1;
                base = std::move(loaded->catalog);
            }
            auto catalog = kiosk::tools::makeSyntheticCatalog(base, events, seed);
            catalog.info.contentVersion = "synthetic-" + std::to_string(events) + "-" + std::to_string(seed);
            catalog.info.builtAt = utcNow();
            kiosk::store::writeCatalog(catalog, out);
            std::cout << "wrote " << out << ": " << catalog.events.size() << " synthetic events\n";
            return 0;
        }
    } catch (const std::exception& e) {
        std::cerr << "kiosk-content: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
