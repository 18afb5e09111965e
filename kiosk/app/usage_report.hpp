// usage_report.hpp: kiosk --report: the usage log summarised for staff, optionally as CSV.
#pragma once
#include <string>

namespace kiosk::app {
// Prints sessions per day, the median session length and the most-opened events; writes every record as CSV to
// `csvPath` when given. Returns the exit code.
int printUsageReport(const std::string& usageLog, const std::string& csvPath);
}
