// paths.hpp: where the kiosk finds its content, fonts and default config, in a build tree or an installation.
#pragma once
#include <filesystem>
#include <string>

namespace kiosk::app {

std::filesystem::path executableDir();
// The first that exists of: the explicit path, <exe>/exhibit.db (build tree), /var/lib/kiosk/exhibit.db (installed by
// `kiosk-content install`), <exe>/../share/kiosk-content/exhibit.db, /usr/share/kiosk-content/exhibit.db (the
// kiosk-content package), <exe>/../share/kiosk/exhibit.db, the configured share directory. Returns the explicit
// path, or /var/lib/kiosk/exhibit.db when none exists, so errors name a file.
std::filesystem::path resolveDatabase(const std::filesystem::path& configured);
// The previous, healthy database that `kiosk-content install` keeps beside `database`: "<database>.last-good".
std::filesystem::path lastKnownGoodDatabase(const std::filesystem::path& database);
std::filesystem::path resolveFontsDir(const std::filesystem::path& configured);
std::filesystem::path defaultConfigPath();
// This machine's name (gethostname), as a usage log's default machine id; "kiosk" when it has none usable.
std::string hostName();

}  // namespace kiosk::app
