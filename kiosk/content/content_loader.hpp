// content_loader.hpp: reads the exhibit's TOML sources from a data folder into a catalog, checking every rule
// that exhibit staff could break by hand, and reporting each problem with its file and line.
#pragma once
#include <filesystem>

#include "content/diagnostics.hpp"
#include "model/catalog.hpp"

namespace kiosk::content {

struct LoadedContent {
    model::Catalog catalog;
    Diagnostics diagnostics;
    std::string sourceHash;  // fingerprint of every source file, recorded as the content version
    bool ok() const { return diagnostics.errorCount() == 0; }
};

// The years events may fall in unless a record says `outside_range_ok = true`.
inline constexpr int kFirstYear = 1947;
inline constexpr int kLastYear = 2022;

// Reads DATA_DIR/{articles,themes,eras,places,people,events,disagreements,figures}.toml, the article texts and the
// map. Never throws: every problem, including unreadable files, is a diagnostic. The catalog's events are sorted
// and indexed when there are no errors.
LoadedContent loadContent(const std::filesystem::path& dataDir);

}  // namespace kiosk::content
