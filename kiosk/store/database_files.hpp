// database_files.hpp: where an installed content database lives, and the name of its last-known-good copy.
// Shared by the content tool (which installs databases) and the kiosk (which finds and falls back to them).
#pragma once
#include <filesystem>

namespace kiosk::store {

// The database the installed kiosk reads: `kiosk-content install` swaps new content in here.
inline constexpr const char* kInstalledDatabase = "/var/lib/kiosk/exhibit.db";
// The database shipped by the kiosk-content package; its postinst installs it as kInstalledDatabase.
inline constexpr const char* kPackagedDatabase = "/usr/share/kiosk-content/exhibit.db";

// The previous, healthy database kept beside `database` when a new one is installed: "<database>.last-good".
inline std::filesystem::path lastKnownGoodPath(const std::filesystem::path& database) {
    return database.string() + ".last-good";
}

}  // namespace kiosk::store
