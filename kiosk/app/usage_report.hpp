// usage_report.hpp: kiosk --report: the usage log summarised for staff, optionally as CSV.
#pragma once
#include <filesystem>
#include <map>
#include <string>

namespace kiosk::app {
// Prints sessions per day, the median session length and the most-opened events, by title when `database` can be
// read (by id otherwise); writes every record as CSV to `csvPath` when given. Returns the exit code.
int printUsageReport(const std::string& usageLog, const std::string& csvPath, const std::filesystem::path& database = {});
// Event and article titles by id from a content database; empty when it cannot be read.
std::map<std::string, std::string> titlesById(const std::filesystem::path& database);
}
