// usage_report.cpp: formatting of the usage summary.
#include "app/usage_report.hpp"

#include <cstdio>
#include <fstream>

#include "store/usage_log.hpp"

namespace kiosk::app {

int printUsageReport(const std::string& usageLog, const std::string& csvPath) {
    try {
        const store::UsageSummary s = store::summarizeUsage(usageLog);
        std::printf("Usage report for %s\n\n", usageLog.c_str());
        std::printf("%d sessions, median length %.0f s; %d articles read, %d searches, %d resets\n\n", s.sessions, s.medianSessionSeconds,
                    s.articlesRead, s.searches, s.resets);
        std::printf("Sessions per day\n");
        for (const auto& [day, n] : s.sessionsPerDay) std::printf("  %s  %d\n", day.c_str(), n);
        std::printf("\nMost-opened events\n");
        for (const auto& [id, n] : s.topEvents) std::printf("  %4d  %s\n", n, id.c_str());
        if (!csvPath.empty()) {
            std::ofstream out(csvPath);
            out << store::usageCsv(usageLog);
            if (!out) {
                std::fprintf(stderr, "kiosk: cannot write %s\n", csvPath.c_str());
                return 1;
            }
            std::printf("\nAll records written to %s\n", csvPath.c_str());
        }
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: %s\n", e.what());
        return 1;
    }
}

}  // namespace kiosk::app
