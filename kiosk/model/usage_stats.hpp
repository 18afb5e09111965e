// usage_stats.hpp: usage records of one or many kiosks merged without double counting, and the totals a museum shows
// its board: sessions per day, per hour and per machine, the median visit, the most-opened events. Pure: records
// come from store/usage_log, local time from the caller. Nothing here can identify a visitor: a record holds a
// machine name, that machine's session number, a time, a kind and an event or article id or a count.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "model/opening_hours.hpp"

namespace kiosk::model {

struct UsageRecord {
    std::string machine;  // "" in logs written before machine ids existed
    int64_t session = 0;
    double at = 0;        // Unix time
    std::string kind, detail;
};

struct MergedUsage {
    std::vector<UsageRecord> records;  // oldest first
    int repeats = 0;                   // records met again (the same log read twice, or overlapping copies) and dropped
};

// One record is the same as another when machine, session, time, kind and detail all agree: a log copied twice, or
// a copy taken on Monday and another on Friday, adds each record once. `unnamed` stands in for an empty machine.
MergedUsage mergeUsage(const std::vector<std::vector<UsageRecord>>& logs, const std::string& unnamed = "(unnamed)");

struct UsageTotals {
    int sessions = 0, searches = 0, articlesRead = 0, resets = 0, eventsOpened = 0;
    double medianSessionSeconds = 0;
    std::map<std::string, int> sessionsPerDay;                          // local "2026-11-25" -> sessions started
    std::map<std::string, std::map<std::string, int>> sessionsPerDayByMachine;  // day -> machine -> sessions
    std::array<int, 24> sessionsPerHour{};                              // local hour a session started in
    std::map<std::string, int> sessionsPerMachine;
    std::map<std::string, double> medianSecondsPerMachine;
    std::vector<std::pair<std::string, int>> topEvents;                 // event id, times opened; most first
};

// Totals of merged records. A session counts when its session_start is there; its length runs from its first to
// its last record. `localTime` converts a Unix time to the museum's wall clock (days and hours are local).
UsageTotals totalUsage(const std::vector<UsageRecord>& records, const std::function<LocalTime(double)>& localTime, size_t topCount = 10);

}  // namespace kiosk::model
