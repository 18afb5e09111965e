// usage_log.cpp: a small WAL-mode SQLite file with one table, written a row at a time.
#include "store/usage_log.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <sys/stat.h>

#include "store/sqlite_handle.hpp"

namespace kiosk::store {

namespace {
bool hasMachineColumn(const Connection& db) {
    Statement columns(db, "SELECT COUNT(*) FROM pragma_table_info('usage') WHERE name = 'machine'");
    return columns.step() && columns.integer(0) > 0;
}
// A log written before machine ids existed gains the column; its old records keep "" (unnamed).
Connection& addMachineColumn(Connection& db) {
    if (!hasMachineColumn(db)) db.exec("ALTER TABLE usage ADD COLUMN machine TEXT NOT NULL DEFAULT ''");
    return db;
}
}  // namespace

struct UsageLog::Impl {
    Connection db;
    Statement insert;
    Statement prune;
    int64_t sessionBase;
    explicit Impl(const std::string& path)
        : db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE),
          insert((db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 100;"
                          "CREATE TABLE IF NOT EXISTS usage(id INTEGER PRIMARY KEY, at REAL NOT NULL, session INTEGER NOT NULL,"
                          " kind TEXT NOT NULL, detail TEXT NOT NULL, machine TEXT NOT NULL DEFAULT '');"
                          "CREATE INDEX IF NOT EXISTS usage_at ON usage(at);"),
                  addMachineColumn(db)),
                 "INSERT INTO usage(at, session, kind, detail, machine) VALUES(?, ?, ?, ?, ?)"),
          prune(db, "DELETE FROM usage WHERE at < ?"),
          sessionBase(0) {
        Statement s(db, "SELECT COALESCE(MAX(session), 0) FROM usage");
        if (s.step()) sessionBase = s.integer(0);
    }
};

UsageLog::UsageLog(std::filesystem::path path, int retentionDays, std::string machine)
    : path_(std::move(path)), retentionDays_(std::max(1, retentionDays)), machine_(std::move(machine)) {}
UsageLog::~UsageLog() = default;

bool UsageLog::healthy() const { return !enabled() || (impl_ != nullptr && lastError_.empty()); }

bool UsageLog::open(double now) {
    if (impl_) {
        // A file deleted under us would swallow writes into an unlinked inode: reopen when it is gone.
        struct stat st{};
        if (::stat(path_.c_str(), &st) == 0) return true;
        close();
    }
    if (now < retryAt_) return false;
    try {
        std::error_code ec;
        std::filesystem::create_directories(path_.parent_path(), ec);
        impl_ = std::make_unique<Impl>(path_.string());
        if (session_ <= impl_->sessionBase) session_ = impl_->sessionBase + 1;
        lastError_.clear();
        return true;
    } catch (const std::exception& e) {
        lastError_ = e.what();
        impl_.reset();
        retryAt_ = now + 60;  // do not hammer a broken disk every frame
        return false;
    }
}

void UsageLog::close() { impl_.reset(); }

bool UsageLog::record(std::string_view kind, std::string_view detail, double now) {
    if (!enabled() || paused_ || !open(now)) return false;
    try {
        if (now >= pruneAt_) {
            impl_->prune.bind(1, now - retentionDays_ * 86400.0).run();
            pruneAt_ = now + 3600;
        }
        impl_->insert.bind(1, now).bind(2, session_).bind(3, kind).bind(4, detail.substr(0, 80)).bind(5, std::string_view(machine_)).run();
        lastError_.clear();
        return true;
    } catch (const std::exception& e) {
        lastError_ = e.what();
        const bool corrupt = lastError_.find("malformed") != std::string::npos || lastError_.find("not a database") != std::string::npos;
        close();
        if (corrupt) {
            // Keep the damaged file for inspection and start a fresh one.
            std::error_code ec;
            std::filesystem::rename(path_, path_.string() + ".corrupt-" + std::to_string(static_cast<long long>(now)), ec);
            std::filesystem::remove(path_.string() + "-wal", ec);
            std::filesystem::remove(path_.string() + "-shm", ec);
        }
        retryAt_ = now + (corrupt ? 0 : 60);
        return false;
    }
}

UsageSummary summarizeUsage(const std::filesystem::path& path, size_t topCount) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) throw StoreError("no usage log at " + path.string());
    Connection db(path.string(), SQLITE_OPEN_READONLY);
    UsageSummary s;
    {
        Statement q(db, "SELECT date(MIN(at), 'unixepoch') AS day, session FROM usage WHERE kind = 'session_start' GROUP BY session");
        while (q.step()) {
            s.sessionsPerDay[q.text(0)]++;
            s.sessions++;
        }
    }
    {
        Statement q(db, "SELECT MAX(at) - MIN(at) FROM usage GROUP BY session HAVING SUM(kind = 'session_start') > 0");
        std::vector<double> lengths;
        while (q.step()) lengths.push_back(q.real(0));
        if (!lengths.empty()) {
            std::sort(lengths.begin(), lengths.end());
            const size_t n = lengths.size();
            s.medianSessionSeconds = n % 2 ? lengths[n / 2] : (lengths[n / 2 - 1] + lengths[n / 2]) / 2;
        }
    }
    {
        Statement q(db, "SELECT detail, COUNT(*) AS n FROM usage WHERE kind = 'event_opened' GROUP BY detail ORDER BY n DESC, detail LIMIT ?");
        q.bind(1, static_cast<int64_t>(topCount));
        while (q.step()) s.topEvents.emplace_back(q.text(0), static_cast<int>(q.integer(1)));
    }
    {
        Statement q(db, "SELECT SUM(kind = 'search'), SUM(kind = 'article_read'), SUM(kind = 'reset') FROM usage");
        if (q.step()) {
            s.searches = static_cast<int>(q.integer(0));
            s.articlesRead = static_cast<int>(q.integer(1));
            s.resets = static_cast<int>(q.integer(2));
        }
    }
    return s;
}

std::vector<UsageRecord> readUsageRecords(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) throw StoreError("no usage log at " + path.string());
    Connection db(path.string(), SQLITE_OPEN_READONLY);
    const bool named = hasMachineColumn(db);
    Statement q(db, named ? "SELECT machine, session, at, kind, detail FROM usage ORDER BY at, id"
                          : "SELECT '', session, at, kind, detail FROM usage ORDER BY at, id");
    std::vector<UsageRecord> records;
    while (q.step()) records.push_back({q.text(0), q.integer(1), q.real(2), q.text(3), q.text(4)});
    return records;
}

std::string usageCsv(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) throw StoreError("no usage log at " + path.string());
    Connection db(path.string(), SQLITE_OPEN_READONLY);
    std::string csv = "time_utc,session,kind,detail\n";
    Statement q(db, "SELECT strftime('%Y-%m-%dT%H:%M:%SZ', at, 'unixepoch'), session, kind, detail FROM usage ORDER BY at, id");
    while (q.step()) {
        std::string detail = q.text(3);
        // Details are ids and counts, but quote defensively for spreadsheets.
        std::string quoted = "\"";
        for (char c : detail) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        quoted += "\"";
        csv += q.text(0) + "," + std::to_string(q.integer(1)) + "," + q.text(2) + "," + quoted + "\n";
    }
    return csv;
}

}  // namespace kiosk::store
