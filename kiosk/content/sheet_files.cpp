// sheet_files.cpp: reading and writing the CSV folder, and checking an import with the content rules.
#include "content/sheet_files.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "content/sheet_to_toml.hpp"

namespace kiosk::content {
namespace {

namespace fs = std::filesystem;

std::string readWhole(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeAtomically(const fs::path& path, const std::string& text) {
    const fs::path temporary = path.string() + ".partial";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) throw std::runtime_error("cannot write " + temporary.string());
    }
    fs::rename(temporary, path);
}

// "events.toml, line 12" inside a message, for a generated file, becomes "events.csv, row 5".
std::string withCellsFor(std::string message, const std::map<std::string, GeneratedToml>& files) {
    for (const auto& [name, generated] : files) {
        const std::string needle = name + ", line ";
        for (size_t at = message.find(needle); at != std::string::npos; at = message.find(needle, at + 1)) {
            size_t end = at + needle.size();
            int line = 0;
            while (end < message.size() && message[end] >= '0' && message[end] <= '9') line = line * 10 + (message[end++] - '0');
            if (line < 1 || static_cast<size_t>(line) > generated.lines.size() || generated.lines[static_cast<size_t>(line) - 1].sheet.empty()) continue;
            const CellOrigin& o = generated.lines[static_cast<size_t>(line) - 1];
            message.replace(at, end - at, o.sheet + ".csv, row " + std::to_string(o.row));
        }
    }
    return message;
}

}  // namespace

SourceFiles readDataFolder(const fs::path& dataDir) {
    SourceFiles files;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(dataDir)) {
        if (!entry.is_regular_file() || entry.file_size() > kMaxSourceBytes) continue;
        files[fs::relative(entry.path(), dataDir).generic_string()] = readWhole(entry.path());
    }
    return files;
}

void writeSheetFolder(const SheetSet& sheets, const fs::path& dir, bool byteOrderMark) {
    fs::create_directories(dir);
    for (const auto& [name, table] : sheets) {
        std::vector<std::vector<std::string>> rows;
        for (const CsvRow& row : table.rows) rows.push_back(row.cells);
        writeAtomically(dir / (name + ".csv"), writeCsv(rows, byteOrderMark));
    }
}

SheetSet readSheetFolder(const fs::path& dir, std::vector<SheetProblem>& problems) {
    SheetSet sheets;
    for (const std::string& name : sheetNames()) {
        const fs::path path = dir / (name + ".csv");
        std::error_code error;
        if (!fs::is_regular_file(path, error)) continue;
        std::string text;
        try {
            text = readWhole(path);
        } catch (const std::exception& e) {
            problems.push_back({false, name, 0, "", e.what()});
            continue;
        }
        CsvParse parsed = parseCsv(text);
        if (parsed.problem) {
            problems.push_back({false, name, parsed.problem->row, "", parsed.problem->message});
            continue;
        }
        sheets[name] = std::move(parsed.table);
    }
    return sheets;
}

SheetImport checkSheetImport(const SheetSet& sheets, const fs::path& dataDir) {
    SheetImport out;
    const TomlFromSheets generated = tomlFromSheets(sheets);
    for (const SheetProblem& p : generated.problems) {
        out.report += formatSheetProblem(p);
        (p.warning ? out.warnings : out.errors)++;
    }
    if (!generated.ok()) return out;

    SourceFiles files = readDataFolder(dataDir);
    const SourceFiles before = files;
    for (const auto& [name, toml] : generated.files) files[name] = toml.text;
    const LoadedContent loaded = loadContentSources(files);
    for (const Diagnostic& d : loaded.diagnostics.all()) {
        const bool warning = d.severity == Diagnostic::Severity::Warning;
        (warning ? out.warnings : out.errors)++;
        const auto file = generated.files.find(d.file);
        const std::string message = withCellsFor(d.message, generated.files);
        if (file != generated.files.end() && d.line >= 1 && static_cast<size_t>(d.line) <= file->second.lines.size() &&
            !file->second.lines[static_cast<size_t>(d.line) - 1].sheet.empty()) {
            const CellOrigin& o = file->second.lines[static_cast<size_t>(d.line) - 1];
            out.report += formatSheetProblem({warning, o.sheet, o.row, o.column, message});
        } else {
            out.report += (dataDir / d.file).generic_string() + (d.line > 0 ? ", line " + std::to_string(d.line) : std::string()) +
                          (warning ? ": warning: " : ": ") + message + "\n";
        }
    }
    for (const auto& [name, toml] : generated.files) {
        const auto old = before.find(name);
        if (old != before.end() && old->second == toml.text) out.unchanged.push_back(name);
        else out.changed[name] = toml.text;
    }
    return out;
}

void writeImportedSources(const SheetImport& import, const fs::path& dataDir) {
    for (const auto& [name, text] : import.changed) writeAtomically(dataDir / name, text);
}

}  // namespace kiosk::content
