// bench_report.hpp: kiosk-bench's arithmetic (medians, percentiles) and the shape of its JSON report, with the
// validator CI runs on it (`kiosk-bench --validate FILE`).
#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace kiosk::bench {

// The databases, by their keys in the report.
inline const std::vector<std::string> kAllDatabases = {"real", "synthetic_1000", "synthetic_10000", "synthetic_100000"};
// What --quick measures.
inline const std::vector<std::string> kQuickDatabases = {"real", "synthetic_1000"};

double median(std::vector<double> values);                // 0 for none
double percentile(std::vector<double> values, double p);  // nearest rank, p in (0, 1]; 0 for none

// Every problem with a report: a missing key, a value that is not a number. Empty when it is valid. A quick
// report ("quick": true) needs only the quick databases in the per-database objects.
std::vector<std::string> validateReport(const nlohmann::json& report);

}  // namespace kiosk::bench
