// usage_stats.cpp: merging and totals.
#include "model/usage_stats.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace kiosk::model {
namespace {
double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
}  // namespace

MergedUsage mergeUsage(const std::vector<std::vector<UsageRecord>>& logs, const std::string& unnamed) {
    MergedUsage merged;
    std::set<std::tuple<std::string, int64_t, double, std::string, std::string>> seen;
    for (const auto& log : logs)
        for (UsageRecord r : log) {
            if (r.machine.empty()) r.machine = unnamed;
            if (!seen.emplace(r.machine, r.session, r.at, r.kind, r.detail).second) {
                ++merged.repeats;
                continue;
            }
            merged.records.push_back(std::move(r));
        }
    std::stable_sort(merged.records.begin(), merged.records.end(), [](const UsageRecord& a, const UsageRecord& b) { return a.at < b.at; });
    return merged;
}

UsageTotals totalUsage(const std::vector<UsageRecord>& records, const std::function<LocalTime(double)>& localTime, size_t topCount) {
    UsageTotals t;
    struct Span { double first = 0, last = 0, start = -1; };
    std::map<std::pair<std::string, int64_t>, Span> sessions;  // sessions are numbered per machine
    std::map<std::string, int> opened;
    for (const UsageRecord& r : records) {
        auto [it, fresh] = sessions.try_emplace({r.machine, r.session}, Span{r.at, r.at, -1});
        it->second.first = std::min(it->second.first, r.at);
        it->second.last = std::max(it->second.last, r.at);
        if (r.kind == "session_start" && it->second.start < 0) it->second.start = r.at;
        if (r.kind == "search") ++t.searches;
        else if (r.kind == "article_read") ++t.articlesRead;
        else if (r.kind == "reset") ++t.resets;
        else if (r.kind == "event_opened") {
            ++t.eventsOpened;
            ++opened[r.detail];
        }
    }
    std::vector<double> lengths;
    std::map<std::string, std::vector<double>> lengthsByMachine;
    for (const auto& [key, span] : sessions) {
        if (span.start < 0) continue;
        const LocalTime local = localTime(span.start);
        const std::string day = formatDate(local.day);
        ++t.sessions;
        ++t.sessionsPerDay[day];
        ++t.sessionsPerDayByMachine[day][key.first];
        ++t.sessionsPerHour[static_cast<size_t>(std::clamp(local.second / 3600, 0, 23))];
        ++t.sessionsPerMachine[key.first];
        lengths.push_back(span.last - span.first);
        lengthsByMachine[key.first].push_back(span.last - span.first);
    }
    t.medianSessionSeconds = median(lengths);
    for (const auto& [machine, v] : lengthsByMachine) t.medianSecondsPerMachine[machine] = median(v);
    t.topEvents.assign(opened.begin(), opened.end());
    std::stable_sort(t.topEvents.begin(), t.topEvents.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (t.topEvents.size() > topCount) t.topEvents.resize(topCount);
    return t;
}

}  // namespace kiosk::model
