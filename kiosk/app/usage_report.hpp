// usage_report.hpp: kiosk --report: the usage logs of one or many machines, merged without double counting, for
// staff (text), spreadsheets (CSV) and the museum's board (a printable HTML page with charts).
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "model/usage_stats.hpp"

namespace kiosk::app {

struct ReportOutputs {
    std::string csv;   // every merged record, with titles: "" for none
    std::string html;  // the printable report: "" for none
};

// Reads every usage log named in `inputs` (files, or folders searched for *.db), merges them, prints the totals
// (event titles from `database` when it can be read, ids otherwise) and writes the outputs asked for. A log that
// cannot be read is named on standard error and in the report, and makes the exit code 1; the others still count.
int printUsageReport(const std::vector<std::string>& inputs, const ReportOutputs& outputs, const std::filesystem::path& database = {});
// Event and article titles by id from a content database; empty when it cannot be read.
std::map<std::string, std::string> titlesById(const std::filesystem::path& database);

// What the HTML report says besides the totals.
struct ReportSources {
    std::vector<std::string> logs;        // the files read
    std::vector<std::string> unreadable;  // "path: why"
    int repeats = 0;                      // records met more than once, counted once
    std::string generated;                // local date and time of the report
};
// The printable report: one self-contained HTML page (inline SVG charts, no scripts, nothing fetched).
std::string usageReportHtml(const model::UsageTotals& totals, const ReportSources& sources, const std::map<std::string, std::string>& titles);

}  // namespace kiosk::app
