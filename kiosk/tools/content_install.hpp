// content_install.hpp: `kiosk-content install`: checks a new content database and swaps it in atomically.
#pragma once
#include <filesystem>
#include <string>

namespace kiosk::tools {

struct InstallResult {
    enum class Outcome {
        Installed,  // the target now holds the new database
        Unchanged,  // the target already held exactly these bytes; nothing was touched
        Refused,    // the new database is broken or unreadable by this kiosk; the target was not touched
        Failed,     // the swap itself failed (permissions, disk full, ...); the target was not touched
    };
    Outcome outcome = Outcome::Failed;
    std::string message;  // one or more lines for the person who ran the command, without a trailing newline

    bool ok() const { return outcome == Outcome::Installed || outcome == Outcome::Unchanged; }
};

// Installs `source` as `target`:
//  1. checks `source` as the kiosk will read it: SQLite integrity, schema version, then the whole catalog
//     (every reference, quote offset and map shape); a problem refuses the install;
//  2. copies it beside `target` into a temporary file (mode 0644), fsyncs it and checks the copy;
//  3. keeps the current `target`, when it is healthy, as `<target>.last-good` (a hard link, else a copy);
//  4. renames the temporary file over `target` (atomic: a reader sees the old file or the new one, never
//     half of either) and fsyncs the folder.
// Concurrent installs into one folder are serialised with an advisory lock on the folder. Never throws.
InstallResult installDatabase(const std::filesystem::path& source, const std::filesystem::path& target);

}  // namespace kiosk::tools
