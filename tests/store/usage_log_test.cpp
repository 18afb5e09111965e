// usage_log_test.cpp: the usage log records, summarises, prunes, and survives a broken disk without throwing.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store/sqlite_handle.hpp"
#include "store/usage_log.hpp"

using namespace kiosk::store;
namespace fs = std::filesystem;

namespace {
fs::path freshDir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("kiosk-usage-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}
}  // namespace

TEST_CASE("sessions, opened events and articles are summarised") {
    const fs::path dir = freshDir("summary");
    const fs::path file = dir / "usage.db";
    {
        UsageLog log(file);
        const double day = 1764000000;  // 2025-11-24
        for (int s = 0; s < 3; ++s) {
            log.newSession();
            CHECK(log.record("session_start", "", day + s * 1000));
            log.record("event_opened", "tashkent", day + s * 1000 + 10);
            if (s) log.record("event_opened", "war-1965", day + s * 1000 + 20);
            log.record("article_read", "a000", day + s * 1000 + 30);
            log.record("session_end", "", day + s * 1000 + 60 * (s + 1));
        }
        CHECK(log.healthy());
    }
    const UsageSummary s = summarizeUsage(file);
    CHECK(s.sessions == 3);
    CHECK(s.medianSessionSeconds == Approx(120));
    REQUIRE(s.topEvents.size() == 2);
    CHECK(s.topEvents[0] == std::pair<std::string, int>{"tashkent", 3});
    CHECK(s.articlesRead == 3);
    CHECK(s.sessionsPerDay.size() == 1);
    const std::string csv = usageCsv(file);
    CHECK(csv.rfind("time_utc,session,kind,detail\n", 0) == 0);
    CHECK(csv.find("tashkent") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("records older than the retention limit are deleted") {
    const fs::path dir = freshDir("retention");
    const fs::path file = dir / "usage.db";
    {
        UsageLog log(file, 30);
        log.record("session_start", "", 1000);  // ancient
        log.record("session_start", "", 1000 + 40 * 86400.0);  // prunes on its first write
    }
    {
        UsageLog log(file, 30);
        log.record("session_start", "", 1000 + 41 * 86400.0);
    }
    CHECK(usageCsv(file).find("1970-01-01") == std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("an unwritable location, a deleted file and a corrupted file never throw") {
    UsageLog nowhere("/proc/kiosk-cannot-write-here/usage.db");
    CHECK_FALSE(nowhere.record("session_start", "", 1));
    CHECK_FALSE(nowhere.healthy());
    CHECK_FALSE(nowhere.lastError().empty());

    const fs::path dir = freshDir("faults");
    const fs::path file = dir / "usage.db";
    UsageLog log(file);
    CHECK(log.record("session_start", "", 1));
    fs::remove(file);
    CHECK(log.record("session_start", "", 2));  // reopened a fresh file
    CHECK(fs::exists(file));
    // Overwrite the file with garbage under the open log.
    { std::ofstream(file, std::ios::binary | std::ios::trunc) << std::string(8192, '\x5a'); }
    fs::remove(file.string() + "-wal");
    for (int i = 0; i < 5; ++i) log.record("event_opened", "x", 10 + i);  // must not throw
    CHECK(log.record("event_opened", "y", 100));
    fs::remove_all(dir);
}

TEST_CASE("summarising a missing log says so") {
    CHECK_THROWS_AS(summarizeUsage("/nonexistent/usage.db"), StoreError);
}

TEST_CASE("an empty path disables the log quietly") {
    UsageLog off("");
    CHECK_FALSE(off.enabled());
    CHECK(off.healthy());
    CHECK_FALSE(off.record("session_start", "", 1));
}

TEST_CASE("a full disk: records are dropped without throwing, and logging resumes when there is room again") {
    // RLIMIT_FSIZE makes every write past the limit fail (EFBIG), as a full disk would (ENOSPC): in a child process,
    // so that the limit and the ignored SIGXFSZ stay there.
    const fs::path dir = freshDir("full");
    const fs::path file = dir / "usage.db";
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        signal(SIGXFSZ, SIG_IGN);
        int code = 0;
        try {
            UsageLog log(file);
            struct rlimit limit{};
            getrlimit(RLIMIT_FSIZE, &limit);
            const rlim_t unlimited = limit.rlim_cur;
            limit.rlim_cur = 96 * 1024;
            if (setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(10);
            double now = 1000;
            int stored = 0, dropped = 0;
            for (int i = 0; i < 4000; ++i, now += 1) {
                if (log.record("event_opened", std::string(70, static_cast<char>('a' + i % 26)), now)) ++stored;
                else ++dropped;
            }
            if (stored == 0) code = 11;            // it worked until the disk filled
            if (dropped == 0) code = 12;           // and then dropped records
            if (log.lastError().empty()) code = 13;  // saying why
            // Room again: after the retry interval the log writes once more.
            limit.rlim_cur = unlimited;
            setrlimit(RLIMIT_FSIZE, &limit);
            bool resumed = false;
            for (int i = 0; i < 200 && !resumed; ++i, now += 1) resumed = log.record("session_start", "", now);
            if (!resumed) code = 14;
        } catch (...) {
            code = 20;  // nothing may throw
        }
        _exit(code);
    }
    int status = 0;
    waitpid(child, &status, 0);
    INFO("child exit status " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1) << " (see the codes in the test)");
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    // What was stored before the disk filled is intact.
    CHECK(usageCsv(file).find("event_opened") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("the log's directory replaced by a file, and its WAL deleted mid-run, never throw") {
    const fs::path dir = freshDir("replaced");
    const fs::path file = dir / "sub" / "usage.db";
    UsageLog log(file);
    CHECK(log.record("session_start", "", 1));
    fs::remove(file.string() + "-wal");
    fs::remove(file.string() + "-shm");
    for (int i = 0; i < 5; ++i) log.record("event_opened", "x", 2 + i);  // must not throw
    fs::remove_all(dir / "sub");
    { std::ofstream(dir / "sub") << "not a folder"; }
    for (int i = 0; i < 5; ++i) CHECK_FALSE(log.record("event_opened", "x", 100 + i * 100.0));
    CHECK_FALSE(log.lastError().empty());
    fs::remove_all(dir);
}

TEST_CASE("every record names its machine, a log from before machine ids gains the column, and a paused log records nothing") {
    const fs::path dir = freshDir("machine");
    const fs::path old = dir / "old.db";
    {
        // A log as kiosks wrote it before machine ids: no machine column.
        Connection db(old.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        db.exec("CREATE TABLE usage(id INTEGER PRIMARY KEY, at REAL NOT NULL, session INTEGER NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL);"
                "INSERT INTO usage(at, session, kind, detail) VALUES(1764000000, 1, 'session_start', '');");
    }
    CHECK(readUsageRecords(old).front().machine.empty());  // readable as it is
    {
        UsageLog log(old, 3650, "hall-2");
        log.newSession();
        CHECK(log.record("session_start", "", 1764000100));
        log.pause(true);
        CHECK_FALSE(log.record("event_opened", "tashkent", 1764000110));
        CHECK(log.healthy());  // paused is not broken
        log.pause(false);
        CHECK(log.record("session_end", "", 1764000120));
    }
    const std::vector<UsageRecord> records = readUsageRecords(old);
    REQUIRE(records.size() == 3);
    CHECK(records[0].machine.empty());
    CHECK(records[1].machine == "hall-2");
    CHECK(records[1].session == 2);  // numbering goes on from the log's last session
    CHECK(records[2].kind == "session_end");
    CHECK_THROWS_AS(readUsageRecords(dir / "missing.db"), StoreError);
    fs::remove_all(dir);
}
