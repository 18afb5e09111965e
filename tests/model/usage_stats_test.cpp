// usage_stats_test.cpp: merging usage records from many machines counts each record once, and the totals.
#include <catch2/catch.hpp>

#include "model/usage_stats.hpp"

using namespace kiosk::model;

namespace {
// Local time = UTC for these tests.
LocalTime utc(double at) {
    const auto s = static_cast<int64_t>(at);
    return {s / 86400, static_cast<int>(s % 86400)};
}
const double kMonday = 1797242400;  // 2026-12-14T10:00:00Z

std::vector<UsageRecord> visit(const std::string& machine, int64_t session, double at, std::vector<std::string> events) {
    std::vector<UsageRecord> r = {{machine, session, at, "session_start", ""}};
    for (const std::string& e : events) r.push_back({machine, session, at += 20, "event_opened", e});
    r.push_back({machine, session, at + 40, "session_end", ""});
    return r;
}
std::vector<UsageRecord> join(std::initializer_list<std::vector<UsageRecord>> parts) {
    std::vector<UsageRecord> all;
    for (const auto& p : parts) all.insert(all.end(), p.begin(), p.end());
    return all;
}
}  // namespace

TEST_CASE("the same log read twice, and an overlapping older copy, add each record once", "[model]") {
    const auto hall = join({visit("hall", 1, kMonday, {"a"}), visit("hall", 2, kMonday + 600, {"a", "b"})});
    const auto lab = visit("lab", 1, kMonday + 60, {"b"});  // also session 1: another machine's
    const std::vector<UsageRecord> olderHallCopy(hall.begin(), hall.begin() + 3);
    const MergedUsage m = mergeUsage({hall, lab, hall, olderHallCopy});
    CHECK(m.records.size() == hall.size() + lab.size());
    CHECK(m.repeats == static_cast<int>(hall.size() + olderHallCopy.size()));
    for (size_t i = 1; i < m.records.size(); ++i) CHECK(m.records[i - 1].at <= m.records[i].at);
    const UsageTotals t = totalUsage(m.records, utc);
    CHECK(t.sessions == 3);
    CHECK(t.sessionsPerMachine == std::map<std::string, int>{{"hall", 2}, {"lab", 1}});
    CHECK(t.sessionsPerDay == std::map<std::string, int>{{"2026-12-14", 3}});
    CHECK(t.sessionsPerHour[10] == 3);
    CHECK(t.eventsOpened == 4);
    REQUIRE(t.topEvents.size() == 2);
    CHECK(t.topEvents[0] == std::pair<std::string, int>{"a", 2});  // a tie is broken by id
    CHECK(t.topEvents[1] == std::pair<std::string, int>{"b", 2});
    // Lengths: 60 s (start, one event at +20, end at +60), 80 s, 60 s.
    CHECK(t.medianSessionSeconds == Approx(60));
    CHECK(t.medianSecondsPerMachine.at("hall") == Approx(70));
}

TEST_CASE("records without a session start are not a visit, and unnamed machines are grouped", "[model]") {
    std::vector<UsageRecord> orphan = {{"", 7, kMonday, "event_opened", "a"}};
    const MergedUsage m = mergeUsage({orphan, visit("", 8, kMonday + 3600 * 5, {})});
    const UsageTotals t = totalUsage(m.records, utc);
    CHECK(t.sessions == 1);
    CHECK(t.sessionsPerMachine == std::map<std::string, int>{{"(unnamed)", 1}});
    CHECK(t.sessionsPerHour[15] == 1);
    CHECK(t.eventsOpened == 1);
}
