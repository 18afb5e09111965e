// logging.hpp: the kiosk's log: standard error always, and a rotating file when the config names one.
#pragma once
#include <filesystem>

namespace kiosk::app {
// A file that cannot be opened (read-only disk, bad path) is reported on standard error and skipped: logging must
// never stop the kiosk.
void setupLogging(const std::filesystem::path& logFile);
}
