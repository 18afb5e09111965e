// usage_report.cpp: reading and merging the logs, the text summary and the CSV.
#include "app/usage_report.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <set>

#include "app/wall_clock.hpp"
#include "store/catalog_reader.hpp"
#include "store/usage_log.hpp"

namespace kiosk::app {
namespace fs = std::filesystem;
namespace {

// Files named, and every *.db under folders named (copies from many machines: lab-1/usage.db, lab-2/usage.db).
std::vector<fs::path> expandInputs(const std::vector<std::string>& inputs, std::vector<std::string>& unreadable) {
    std::vector<fs::path> files;
    for (const std::string& input : inputs) {
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            std::vector<fs::path> found;
            for (auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec); !ec && it != fs::recursive_directory_iterator();
                 it.increment(ec))
                if (it->is_regular_file(ec) && it->path().extension() == ".db") found.push_back(it->path());
            if (found.empty()) unreadable.push_back(input + ": no usage logs (*.db) in this folder");
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.emplace_back(input);
        }
    }
    return files;
}

std::string csvField(const std::string& s) {
    std::string quoted = "\"";
    for (char c : s) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string utc(double at) {
    const time_t t = static_cast<time_t>(at);
    struct tm u{};
    gmtime_r(&t, &u);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &u);
    return buffer;
}

std::string csvOf(const std::vector<model::UsageRecord>& records, const std::map<std::string, std::string>& titles) {
    std::string csv = "machine,time_utc,session,kind,detail,title\n";
    for (const model::UsageRecord& r : records) {
        const bool named = r.kind == "event_opened" || r.kind == "article_read";
        const auto t = named ? titles.find(r.detail) : titles.end();
        csv += csvField(r.machine) + "," + utc(r.at) + "," + std::to_string(r.session) + "," + r.kind + "," + csvField(r.detail) + "," +
               csvField(t != titles.end() ? t->second : "") + "\n";
    }
    return csv;
}

bool writeFile(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) std::fprintf(stderr, "kiosk: cannot write %s\n", path.c_str());
    return static_cast<bool>(out);
}

}  // namespace

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

int printUsageReport(const std::vector<std::string>& inputs, const ReportOutputs& outputs, const std::filesystem::path& database) {
    ReportSources sources;
    std::vector<std::vector<model::UsageRecord>> logs;
    for (const fs::path& file : expandInputs(inputs, sources.unreadable)) {
        try {
            logs.push_back(store::readUsageRecords(file));
            sources.logs.push_back(file.string());
        } catch (const std::exception& e) {
            sources.unreadable.push_back(file.string() + ": " + e.what());
        }
    }
    for (const std::string& u : sources.unreadable) std::fprintf(stderr, "kiosk: not counted: %s\n", u.c_str());
    if (logs.empty()) {
        std::fprintf(stderr, "kiosk: no usage log could be read\n");
        return 1;
    }
    const model::MergedUsage merged = model::mergeUsage(logs);
    sources.repeats = merged.repeats;
    const model::UsageTotals t = model::totalUsage(merged.records, localTimeAt, 15);
    const std::map<std::string, std::string> titles = titlesById(database);

    if (sources.logs.size() == 1) std::printf("Usage report for %s\n\n", sources.logs.front().c_str());
    else std::printf("Usage report for %zu logs from %zu machines\n\n", sources.logs.size(), t.sessionsPerMachine.size());
    if (merged.repeats > 0) std::printf("%d records found in more than one log were counted once\n", merged.repeats);
    std::printf("%d sessions, median length %.0f s; %d events opened, %d articles read, %d searches, %d resets\n\n", t.sessions,
                t.medianSessionSeconds, t.eventsOpened, t.articlesRead, t.searches, t.resets);
    std::printf("Sessions per machine\n");
    for (const auto& [machine, n] : t.sessionsPerMachine)
        std::printf("  %-24s %5d  (median %.0f s)\n", machine.c_str(), n, t.medianSecondsPerMachine.at(machine));
    std::printf("\nSessions per day\n");
    for (const auto& [day, n] : t.sessionsPerDay) std::printf("  %s  %d\n", day.c_str(), n);
    std::printf("\nSessions per hour of the day (local time)\n");
    for (size_t h = 0; h < 24; ++h)
        if (t.sessionsPerHour[h]) std::printf("  %02zu:00  %d\n", h, t.sessionsPerHour[h]);
    std::printf("\nMost-opened events\n");
    for (const auto& [id, n] : t.topEvents) {
        const auto title = titles.find(id);
        if (title != titles.end()) std::printf("  %4d  %s (%s)\n", n, title->second.c_str(), id.c_str());
        else std::printf("  %4d  %s\n", n, id.c_str());
    }
    if (titles.empty() && !t.topEvents.empty())
        std::printf("  (event ids: the content database %s could not be read for titles)\n", database.string().c_str());
    bool ok = sources.unreadable.empty();
    if (!outputs.csv.empty()) {
        if (writeFile(outputs.csv, csvOf(merged.records, titles))) std::printf("\nAll %zu records written to %s\n", merged.records.size(), outputs.csv.c_str());
        else ok = false;
    }
    if (!outputs.html.empty()) {
        const time_t now = time(nullptr);
        struct tm local{};
        localtime_r(&now, &local);
        char when[32];
        std::strftime(when, sizeof when, "%Y-%m-%d %H:%M", &local);
        sources.generated = when;
        if (writeFile(outputs.html, usageReportHtml(t, sources, titles))) std::printf("Printable report written to %s\n", outputs.html.c_str());
        else ok = false;
    }
    return ok ? 0 : 1;
}

}  // namespace kiosk::app
