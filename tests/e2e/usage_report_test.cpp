// usage_report_test.cpp: kiosk --report over the usage logs of several machines, one of them read twice and another
// also as an older copy in a folder: every visit is counted once, per machine, day and hour, with event titles,
// in the text, the CSV and the printable HTML report.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {

void exec(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

std::vector<std::pair<std::string, std::string>> firstEvents(int n) {
    sqlite3* db = nullptr;
    std::vector<std::pair<std::string, std::string>> events;
    REQUIRE(sqlite3_open_v2(KIOSK_DB, &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, ("SELECT slug, title FROM events ORDER BY sort_key LIMIT " + std::to_string(n)).c_str(), -1, &s, nullptr) == SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW)
        events.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), reinterpret_cast<const char*>(sqlite3_column_text(s, 1)));
    sqlite3_finalize(s);
    sqlite3_close(db);
    return events;
}

// A usage log as the kiosk writes it (store/usage_log.cpp's table), with visits given as (session, UTC time, events).
struct Visit { int session; std::string startUtc; std::vector<std::string> events; bool search = false; };
void writeLog(const std::string& path, const std::string& machine, const std::vector<Visit>& visits) {
    std::string sql = "CREATE TABLE usage(id INTEGER PRIMARY KEY, at REAL NOT NULL, session INTEGER NOT NULL, kind TEXT NOT NULL,"
                      " detail TEXT NOT NULL, machine TEXT NOT NULL DEFAULT '');";
    for (const Visit& v : visits) {
        const std::string at = "unixepoch('" + v.startUtc + "')";
        auto add = [&](int offset, const std::string& kind, const std::string& detail) {
            sql += "INSERT INTO usage(at, session, kind, detail, machine) VALUES(" + at + " + " + std::to_string(offset) + ".25, " +
                   std::to_string(v.session) + ", '" + kind + "', '" + detail + "', '" + machine + "');";
        };
        add(0, "session_start", "");
        int t = 10;
        for (const std::string& e : v.events) add(t += 20, "event_opened", e);
        if (v.search) add(t += 5, "search", "3");
        add(t + 30, "session_end", "");
    }
    exec(path, sql);
}

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("the report merges three machines' logs, one read twice and one also as an older copy, counting each visit once", "[e2e]") {
    const std::string dir = scratchDir("usage-report");
    const auto events = firstEvents(3);
    REQUIRE(events.size() == 3);
    const std::string& a = events[0].first;
    const std::string& b = events[1].first;
    const std::string& c = events[2].first;
    // lab-1: three visits on Monday 23 November; lab-2: two on Tuesday; museum-1: one on Tuesday, one on Wednesday.
    // Both labs number their visits from 1: the machine tells them apart.
    writeLog(dir + "/lab-1.db", "lab-1", {{1, "2026-11-23 10:05:00", {a}}, {2, "2026-11-23 10:30:00", {a, b}}, {3, "2026-11-23 14:10:00", {a}}});
    const std::vector<Visit> lab2 = {{1, "2026-11-24 11:00:00", {b}, true}, {2, "2026-11-24 11:20:00", {a, c}}};
    writeLog(dir + "/lab-2.db", "lab-2", lab2);
    writeLog(dir + "/museum-1.db", "museum-1", {{1, "2026-11-24 15:45:00", {c}}, {2, "2026-11-25 09:15:00", {a, c}}});
    // Last week's copy of lab-2, on the USB stick: its first visit only.
    std::filesystem::create_directories(dir + "/stick/lab-2");
    writeLog(dir + "/stick/lab-2/usage.db", "lab-2", {lab2[0]});

    RunOptions o;
    o.env = {{"TZ", "UTC"}};
    o.extra = {"--report", dir + "/lab-1.db", dir + "/lab-2.db", dir + "/museum-1.db", dir + "/lab-1.db", dir + "/stick",
               "--csv", dir + "/usage.csv", "--html", dir + "/report.html"};
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    // lab-1 read twice (10 records) and lab-2's old copy (4 records): 14 repeats, counted once.
    CHECK(run.output.find("Usage report for 5 logs from 3 machines") != std::string::npos);
    CHECK(run.output.find("14 records found in more than one log were counted once") != std::string::npos);
    CHECK(run.output.find("7 sessions") != std::string::npos);
    CHECK(run.output.find("10 events opened") != std::string::npos);
    CHECK(run.output.find("1 searches") != std::string::npos);
    auto machineLine = [](const std::string& name, int n) { return "  " + name + std::string(24 - name.size() + 5, ' ') + std::to_string(n) + "  (median"; };
    CHECK(run.output.find(machineLine("lab-1", 3)) != std::string::npos);
    CHECK(run.output.find(machineLine("lab-2", 2)) != std::string::npos);
    CHECK(run.output.find(machineLine("museum-1", 2)) != std::string::npos);
    CHECK(run.output.find("2026-11-23  3\n  2026-11-24  3\n  2026-11-25  1\n") != std::string::npos);
    CHECK(run.output.find("  10:00  2\n  11:00  2\n  14:00  1\n  15:00  1\n") != std::string::npos);
    CHECK(run.output.find("  09:00  1\n") != std::string::npos);
    // Event a was opened five times, c three: by title, most first.
    const size_t first = run.output.find("     5  " + events[0].second + " (" + a + ")");
    const size_t third = run.output.find("     3  " + events[2].second + " (" + c + ")");
    CHECK(first != std::string::npos);
    CHECK(third != std::string::npos);
    CHECK(first < third);

    // The CSV has every distinct record once (7 visits: 14 starts and ends, 10 events, 1 search), with titles.
    const std::string csv = readText(dir + "/usage.csv");
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 1 + 14 + 10 + 1);
    CHECK(csv.rfind("machine,time_utc,session,kind,detail,title\n", 0) == 0);
    CHECK(csv.find("\"lab-2\",2026-11-24T11:00:00Z,1,session_start") != std::string::npos);

    // The printable report: its charts are there (one bar per day from the 23rd to the 25th, 24 hours).
    const std::string html = readText(dir + "/report.html");
    CHECK(html.find("<svg") != std::string::npos);
    CHECK(html.find("Visits per day") != std::string::npos);
    CHECK(html.find("<title>11-24: 2</title>") != std::string::npos);  // lab-2's two visits that day, one bar segment
    CHECK(html.find(">lab-1</text>") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("http") == std::string::npos);  // nothing fetched: it prints offline
}

TEST_CASE("a report over an unreadable log names it, counts the others, and exits non-zero", "[e2e]") {
    const std::string dir = scratchDir("usage-report-bad");
    writeLog(dir + "/lab-1.db", "lab-1", {{1, "2026-11-23 10:05:00", {}}});
    std::ofstream(dir + "/broken.db") << "not a database";
    RunOptions o;
    o.extra = {"--report", dir + "/lab-1.db", dir + "/broken.db", dir + "/missing.db"};
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    CHECK(run.exitCode == 1);
    CHECK(run.output.find("1 sessions") != std::string::npos);
    CHECK(run.output.find("not counted: " + dir + "/broken.db") != std::string::npos);
    CHECK(run.output.find("not counted: " + dir + "/missing.db: no usage log at") != std::string::npos);
}
