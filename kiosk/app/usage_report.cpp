// usage_report.cpp: formatting of the usage summary.
#include "app/usage_report.hpp"

#include <cstdio>
#include <fstream>

#include "store/catalog_reader.hpp"
#include "store/usage_log.hpp"

namespace kiosk::app {

std::map<std::string, std::string> titlesById(const std::filesystem::path& database) {
    std::map<std::string, std::string> titles;
    if (database.empty() || !store::checkDatabase(database).empty()) return titles;
    try {
        const model::Catalog catalog = store::readCatalog(database);
        for (const auto& e : catalog.events) titles[e.id] = e.title;
        for (const auto& a : catalog.articles) titles.emplace(a.id, a.title);
    } catch (const std::exception&) {
        titles.clear();  // the report still works, by id
    }
    return titles;
}

int printUsageReport(const std::string& usageLog, const std::string& csvPath, const std::filesystem::path& database) {
    try {
        const std::map<std::string, std::string> titles = titlesById(database);
        const store::UsageSummary s = store::summarizeUsage(usageLog);
        std::printf("Usage report for %s\n\n", usageLog.c_str());
        std::printf("%d sessions, median length %.0f s; %d articles read, %d searches, %d resets\n\n", s.sessions, s.medianSessionSeconds,
                    s.articlesRead, s.searches, s.resets);
        std::printf("Sessions per day\n");
        for (const auto& [day, n] : s.sessionsPerDay) std::printf("  %s  %d\n", day.c_str(), n);
        std::printf("\nMost-opened events\n");
        for (const auto& [id, n] : s.topEvents) {
            const auto t = titles.find(id);
            if (t != titles.end()) std::printf("  %4d  %s (%s)\n", n, t->second.c_str(), id.c_str());
            else std::printf("  %4d  %s\n", n, id.c_str());
        }
        if (titles.empty() && !s.topEvents.empty())
            std::printf("  (event ids: the content database %s could not be read for titles)\n", database.string().c_str());
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
