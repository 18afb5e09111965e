// usage_log.hpp: anonymous interaction records in their own SQLite file (WAL), never the content database.
// Nothing here can stop the kiosk: every failure (disk full, read-only, deleted or corrupted file) is reported
// through lastError() and the record is dropped; the log reopens itself later.
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/usage_stats.hpp"

namespace kiosk::store {

class UsageLog {
public:
    // `retentionDays`: older records are deleted at open and then hourly. An empty path disables the log.
    // `machine` names this kiosk in every record, so that logs of many machines can be merged (never a visitor).
    UsageLog(std::filesystem::path path, int retentionDays = 90, std::string machine = "");
    ~UsageLog();
    UsageLog(const UsageLog&) = delete;
    UsageLog& operator=(const UsageLog&) = delete;

    // Kinds: session_start, session_end, event_opened, article_read, search, reset. `detail` is an event or article
    // id or a count: never what a visitor typed. `now` is Unix time in seconds. Returns whether it was stored.
    bool record(std::string_view kind, std::string_view detail, double now);
    bool enabled() const { return !path_.empty(); }
    bool healthy() const;
    const std::string& lastError() const { return lastError_; }
    int64_t session() const { return session_; }
    void newSession() { ++session_; }
    // While paused (outside opening hours) nothing is recorded, and that is not an error.
    void pause(bool paused) { paused_ = paused; }
    bool paused() const { return paused_; }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::filesystem::path path_;
    int retentionDays_;
    std::string lastError_;
    double retryAt_ = 0, pruneAt_ = 0;
    int64_t session_ = 0;
    std::string machine_;
    bool paused_ = false;
    bool open(double now);
    void close();
};

struct UsageSummary {
    std::map<std::string, int> sessionsPerDay;           // "2026-11-25" -> sessions started
    double medianSessionSeconds = 0;
    std::vector<std::pair<std::string, int>> topEvents;  // most opened first
    int searches = 0, articlesRead = 0, resets = 0, sessions = 0;
};

// Reads a usage log (read-only). Throws StoreError when it cannot be read.
UsageSummary summarizeUsage(const std::filesystem::path& path, size_t topCount = 10);
// One record as stored (model/usage_stats.hpp); `machine` is "" in logs written before machine ids existed.
using UsageRecord = model::UsageRecord;
// Every record of a usage log, oldest first (read-only). Throws StoreError when it is not a usage log.
std::vector<UsageRecord> readUsageRecords(const std::filesystem::path& path);

// Every record as CSV (time,session,kind,detail). Throws StoreError.
std::string usageCsv(const std::filesystem::path& path);

}  // namespace kiosk::store
