// reliability_support.hpp: small helpers shared by the reliability tests (files, SQLite, /proc sampling).
#pragma once
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "kiosk_runner.hpp"

namespace kiosk::reliability {

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out) throw std::runtime_error("cannot write " + path);
}

// Runs SQL on a database file (read-write), for making damaged variants. Throws with SQLite's message.
inline void sqlExec(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + path);
    }
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    if (rc != SQLITE_OK) throw std::runtime_error("SQL failed on " + path + ": " + message);
}

// One text value from a query, or "" (read-only).
inline std::string sqlValue(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    std::string value;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
            value = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return value;
}

// Resident memory (VmRSS, kB) and open file descriptors of a running process; -1 when it is gone.
struct ProcessSample {
    long rssKb = -1;
    int fds = -1;
};
inline ProcessSample sampleProcess(int pid) {
    ProcessSample s;
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) s.rssKb = std::atol(line.c_str() + 6);
    std::error_code ec;
    int n = 0;
    for (std::filesystem::directory_iterator it("/proc/" + std::to_string(pid) + "/fd", ec), end; !ec && it != end; it.increment(ec)) ++n;
    if (!ec) s.fds = n;
    return s;
}

// A process that is still running (not a zombie).
inline bool running(int pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string all;
    std::getline(stat, all);
    const size_t paren = all.rfind(')');
    return paren != std::string::npos && paren + 2 < all.size() && all[paren + 2] != 'Z';
}

// Touch targets that select an event when tapped: single events on the timeline and places on the map.
inline std::vector<kiosk::e2e::Point> selectingTargets(const nlohmann::json& state) {
    std::vector<kiosk::e2e::Point> points;
    for (const auto& [pane, kind] : {std::pair{"timeline", "event"}, std::pair{"map", "place"}})
        for (const auto& t : state.at(pane).at("targets"))
            if (t.at("kind") == kind) points.push_back({t.at("x").get<float>(), t.at("y").get<float>(), t.at("id").get<std::string>()});
    return points;
}

// The reader's "Earlier" and "Later" buttons (the same places as "Begin in 1947" on the home screen): tapping them
// selects the previous or next event, wherever the map and timeline have moved.
struct ReaderNav {
    kiosk::e2e::Point earlier, later;
};
inline ReaderNav readerNav(const nlohmann::json& homeState) {
    ReaderNav nav;
    bool prev = false, next = false;
    for (const auto& b : homeState.at("buttons")) {
        const std::string label = b.at("label");
        const kiosk::e2e::Point p{b.at("x").get<float>(), b.at("y").get<float>(), label};
        if (label.find("Earlier") != std::string::npos) nav.earlier = p, prev = true;
        if (label.find("Begin in") != std::string::npos || label.find("Later") != std::string::npos) nav.later = p, next = true;
    }
    if (!prev || !next) throw std::runtime_error("the reader's Earlier/Later buttons are not on the screen");
    return nav;
}

// A visitor who keeps opening events: `taps` taps on Later, Later, Earlier ..., with pauses.
inline std::string browsingScript(const ReaderNav& nav, int taps, int pauseMs) {
    std::string script;
    for (int i = 0; i < taps; ++i) {
        const kiosk::e2e::Point& p = i % 3 == 2 ? nav.earlier : nav.later;
        script += "tap " + std::to_string(p.x) + " " + std::to_string(p.y) + "\nwait " + std::to_string(pauseMs) + "\n";
    }
    return script;
}

inline long envNumber(const char* name, long fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::atol(v) : fallback;
}

}  // namespace kiosk::reliability
