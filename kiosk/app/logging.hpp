// logging.hpp: the kiosk's log: standard error always, and a rotating file when the config names one.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::app {
// A file that cannot be opened (read-only disk, bad path) is reported on standard error and skipped: logging must
// never stop the kiosk.
void setupLogging(const std::filesystem::path& logFile);
// The last lines logged (newest last), for the staff panel.
std::vector<std::string> recentLogLines(size_t count = 40);
}
