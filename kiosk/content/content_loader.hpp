// content_loader.hpp: reads the exhibit's TOML sources from a data folder into a catalog, checking every rule
// that exhibit staff could break by hand, and reporting each problem with its file and line.
#pragma once
#include <filesystem>
#include <map>
#include <string>

#include "content/diagnostics.hpp"
#include "model/catalog.hpp"

namespace kiosk::content {

struct LoadedContent {
    model::Catalog catalog;
    Diagnostics diagnostics;
    std::string sourceHash;  // fingerprint of every source file, recorded as the content version
    bool ok() const { return diagnostics.errorCount() == 0; }
};

// Reads DATA_DIR/{exhibit,articles,themes,eras,places,people,events,disagreements,figures}.toml, the article texts and the
// map. Never throws: every problem, including unreadable files, is a diagnostic. The catalog's events are sorted
// and indexed when there are no errors. Article texts must be regular files inside the data folder (a path that is
// absolute or climbs out with "..", a device or a FIFO, or a file over kMaxSourceBytes is an error, never read).
LoadedContent loadContent(const std::filesystem::path& dataDir);

inline constexpr size_t kMaxSourceBytes = 64u << 20;

// The same sources given as text, keyed by their path relative to the data folder ("events.toml",
// "articles/cleaned/a000.txt", "map/countries-50m.json"): a file absent from the map is a missing file. For the
// fuzzers (tests/fuzz) and for tests that vary one file; the rules and diagnostics are exactly loadContent's.
using SourceFiles = std::map<std::string, std::string, std::less<>>;
struct SourceOptions {
    bool map = true;  // false: skip decoding the two map files (the slowest part), e.g. when fuzzing the TOML rules
};
LoadedContent loadContentSources(const SourceFiles& files, SourceOptions options = {});

}  // namespace kiosk::content
