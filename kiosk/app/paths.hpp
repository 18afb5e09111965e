// paths.hpp: where the kiosk finds its content, fonts and default config, in a build tree or an installation.
#pragma once
#include <filesystem>

namespace kiosk::app {

std::filesystem::path executableDir();
// The first of: the explicit path, <exe>/exhibit.db (build tree), <exe>/../share/kiosk/exhibit.db, the configured
// share directory. Returns the explicit path (or the last candidate) when none exists, so errors name a file.
std::filesystem::path resolveDatabase(const std::filesystem::path& configured);
std::filesystem::path resolveFontsDir(const std::filesystem::path& configured);
std::filesystem::path defaultConfigPath();

}  // namespace kiosk::app
