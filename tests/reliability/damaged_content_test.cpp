// damaged_content_test.cpp: the real kiosk, started on many damaged content databases made from the built
// exhibit.db, never crashes or hangs: it shows the calm "temporarily unavailable" screen and logs the cause, or
// falls back to the last-known-good database placed beside it, or (when the damage touched only unused bytes)
// shows the content, verified intact by its checksum. It never changes the file it was given.
#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <cstdio>
#include <functional>
#include <random>

#include "reliability_support.hpp"

using namespace kiosk::e2e;
using namespace kiosk::reliability;

namespace {

struct Variant {
    std::string name;
    std::function<void(const std::string& path)> make;  // writes the damaged database at `path`
    bool lastGood = false;        // put a healthy copy beside it as <path>.last-good
    bool mayLoad = false;         // the damage may miss everything the kiosk reads (then the content must be intact)
    bool asNobody = false;        // run the kiosk as an unprivileged user (root reads any file whatever its mode)
    std::string cause;            // a fragment the logged cause must contain ("" = any non-empty cause)
};

std::string pristine() {
    static const std::string bytes = readFile(KIOSK_DB);
    return bytes;
}

void copyPristine(const std::string& path) { writeFile(path, pristine()); }

std::vector<Variant> variants() {
    std::vector<Variant> v;
    const size_t size = pristine().size();
    v.push_back({"zero-length", [](const std::string& p) { writeFile(p, ""); }, false, false, false, ""});
    // Truncated: inside the header, at page boundaries, through the middle, one byte short.
    for (size_t at : {size_t{1}, size_t{50}, size_t{99}, size_t{100}, size_t{512}, size_t{4096}, size_t{4097}, size_t{8192}, size_t{65536},
                      size / 8, size / 4, size / 3, size / 2, size * 2 / 3, size * 3 / 4, size - 65536, size - 4096, size - 1}) {
        v.push_back({"truncated at " + std::to_string(at), [at](const std::string& p) { writeFile(p, pristine().substr(0, at)); }, false, false,
                     false, ""});
    }
    // Bit flips: the header's fields (page size, format, sizes, schema cookie, encoding, user_version), the schema
    // page, and 24 places spread through the file.
    std::vector<size_t> flips = {0, 16, 17, 18, 21, 28, 31, 40, 44, 56, 63, 100, 105, 200, 1000, 3000};
    std::mt19937_64 random(20261125);
    for (int i = 0; i < 24; ++i) flips.push_back(4096 + random() % (size - 4096));
    for (size_t at : flips) {
        v.push_back({"bit flipped at " + std::to_string(at), [at](const std::string& p) {
                         std::string bytes = pristine();
                         bytes[at] = static_cast<char>(bytes[at] ^ (1 << (at % 8)));
                         writeFile(p, bytes);
                     },
                     false, true, false, ""});
    }
    auto edited = [](std::string sql) {
        return [sql](const std::string& p) {
            copyPristine(p);
            sqlExec(p, sql);
        };
    };
    v.push_back({"schema version 1", edited("PRAGMA user_version = 1"), false, false, false, "schema version 1"});
    v.push_back({"schema version 99", edited("PRAGMA user_version = 99"), false, false, false, "schema version 99"});
    v.push_back({"events table missing", edited("DROP TABLE events; VACUUM"), false, false, false, "checksum"});
    v.push_back({"countries table missing", edited("DROP TABLE countries; VACUUM"), false, false, false, "checksum"});
    v.push_back({"search index missing", edited("DROP TABLE search_index; VACUUM"), false, false, false, "checksum"});
    v.push_back({"meta table missing", edited("DROP TABLE meta; VACUUM"), false, false, false, "meta"});
    // A table missing from a database without a checksum: the reader's own queries name it.
    v.push_back({"events table missing (checksum removed)", edited("DROP TABLE events; DELETE FROM meta WHERE key = 'content_checksum'; VACUUM"),
                 false, false, false, "no such table: events"});
    v.push_back({"search index missing (checksum removed)", edited("DROP TABLE search_index; DELETE FROM meta WHERE key = 'content_checksum'; VACUUM"),
                 false, false, false, "no such table: search_index"});
    // Valid SQLite, but damaged in ways only the kiosk's checks can see.
    v.push_back({"a title edited behind the checksum", edited("UPDATE events SET title = 'Hacked' WHERE id = 0"), false, false, false, "checksum"});
    v.push_back({"no events (checksum removed)", edited("DELETE FROM events; DELETE FROM excerpts; DELETE FROM event_themes; DELETE FROM event_places; "
                        "DELETE FROM event_people; DELETE FROM disagreements; DELETE FROM claims; DELETE FROM figures; DELETE FROM note_sources; DELETE FROM notes; "
                        "DELETE FROM meta WHERE key = 'content_checksum'"),
                 false, false, false, "no events"});
    v.push_back({"theme index out of range", edited("UPDATE event_themes SET theme_id = 999 WHERE rowid = (SELECT MIN(rowid) FROM event_themes); "
                        "DELETE FROM meta WHERE key = 'content_checksum'"),
                 false, false, false, "missing theme"});
    v.push_back({"excerpt outside its article", edited("UPDATE excerpts SET byte_offset = 99999999; DELETE FROM meta WHERE key = 'content_checksum'"),
                 false, false, false, "not in its article"});
    v.push_back({"malformed date", edited("UPDATE events SET start = '19x7' WHERE id = 3; DELETE FROM meta WHERE key = 'content_checksum'"),
                 false, false, false, "malformed date"});
    v.push_back({"map triangles point nowhere", edited("UPDATE countries SET triangles = x'FFFFFF7F0000000000000000' WHERE id = 1; "
                                                       "DELETE FROM meta WHERE key = 'content_checksum'"),
                 false, false, false, "map shape"});
    v.push_back({"a valid SQLite file of something else", [](const std::string& p) {
                     writeFile(p, "");
                     sqlExec(p, "CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes(text) VALUES('shopping list')");
                 },
                 false, false, false, "schema version 0"});
    v.push_back({"an empty database claiming the right schema version", [](const std::string& p) {
                     writeFile(p, "");
                     sqlExec(p, "PRAGMA user_version = " + sqlValue(KIOSK_DB, "PRAGMA user_version"));
                 },
                 false, false, false, "meta"});
    v.push_back({"text, not a database", [](const std::string& p) { writeFile(p, std::string(5000, 'x')); }, false, false, false, "not a database"});
    // Huge: 8 GiB, sparse (no disk used). All zeros; and the real database followed by a huge tail, which SQLite
    // ignores (the header gives the size): then the content is intact and shown.
    v.push_back({"huge sparse file of zeros", [](const std::string& p) {
                     writeFile(p, "");
                     REQUIRE(truncate(p.c_str(), off_t{8} << 30) == 0);
                 },
                 false, false, false, ""});
    v.push_back({"real database with a huge sparse tail", [](const std::string& p) {
                     copyPristine(p);
                     REQUIRE(truncate(p.c_str(), off_t{8} << 30) == 0);
                 },
                 false, true, false, ""});
    // Not a readable regular file at all.
    v.push_back({"a directory", [](const std::string& p) { std::filesystem::create_directory(p); }, false, false, false, "does not exist"});
    v.push_back({"a FIFO (would block a naive reader)", [](const std::string& p) { REQUIRE(mkfifo(p.c_str(), 0644) == 0); }, false, false, false,
                 "does not exist"});
    v.push_back({"a dangling symlink", [](const std::string& p) { std::filesystem::create_symlink(p + ".nowhere", p); }, false, false, false,
                 "does not exist"});
    v.push_back({"a symlink loop", [](const std::string& p) { std::filesystem::create_symlink(p, p); }, false, false, false, "does not exist"});
    // Unreadable: mode 000. Root reads it anyway, so when the tests run as root (as in CI) the kiosk is run as
    // nobody (uid 65534) for this variant, which makes the permission real.
    v.push_back({"unreadable (mode 000)", [](const std::string& p) {
                     copyPristine(p);
                     chmod(p.c_str(), 0);
                 },
                 false, false, geteuid() == 0, "unable to open"});
    // The same kinds of damage with the last-known-good database beside them: the kiosk shows it instead.
    for (size_t i = 0, n = v.size(); i < n; i += 4) {
        Variant copy = v[i];
        copy.name += ", with a last-known-good copy";
        copy.lastGood = true;
        v.push_back(copy);
    }
    return v;
}

struct Outcome {
    int unavailable = 0, fellBack = 0, intact = 0;
};

void check(const Variant& variant, const std::string& dbPath, const std::string& before, const KioskRun& run, Outcome& outcome) {
    INFO("variant: " << variant.name);
    INFO("kiosk output:\n" << run.output.substr(0, 4000));
    CHECK_FALSE(run.timedOut);
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.state.is_object());
    const auto& content = run.state.at("content");
    const bool available = content.at("available").get<bool>();
    const Image image = loadPng(run.screenshot);
    CHECK(image.width == 1280);
    CHECK(image.distinctColours() > 3);  // text on the background, never a blank frame
    const bool fellBack = run.output.find("using the last known good content") != std::string::npos;
    if (variant.lastGood && (fellBack || !variant.mayLoad)) {
        CHECK(available);
        CHECK(fellBack);
        CHECK(content.at("events").get<int>() >= 12);
        ++outcome.fellBack;
    } else if (available) {
        // Only when the damage missed everything the kiosk reads: the content is then exactly what was built.
        CHECK(variant.mayLoad);
        CHECK(content.at("version").get<std::string>() == sqlValue(KIOSK_DB, "SELECT value FROM meta WHERE key = 'content_version'"));
        CHECK(content.at("events").get<int>() >= 12);
        ++outcome.intact;
    } else {
        const std::string cause = content.at("error").get<std::string>();
        CHECK_FALSE(cause.empty());
        CHECK(cause.find(variant.cause) != std::string::npos);
        CHECK(run.output.find("exhibit unavailable: " + cause) != std::string::npos);  // the log names the cause
        ++outcome.unavailable;
    }
    // Read-only and immutable: the file is byte-for-byte what it was, and no journal appeared beside it.
    std::error_code ec;
    if (std::filesystem::is_regular_file(dbPath, ec) && std::filesystem::file_size(dbPath, ec) < (size_t{1} << 30))
        CHECK(readFile(dbPath) == before);
    for (const char* suffix : {"-journal", "-wal", "-shm"}) CHECK_FALSE(std::filesystem::exists(dbPath + suffix, ec));
    if (std::filesystem::is_regular_file(dbPath, ec) && std::filesystem::file_size(dbPath, ec) >= (size_t{1} << 30))
        std::filesystem::remove(dbPath, ec);  // sparse, but no one browsing the artifacts wants an 8 GiB file
}

}  // namespace

TEST_CASE("damaged content databases: calm unavailable screen or last-known-good, never a crash or a hang", "[reliability]") {
    const auto all = variants();
    const double limit = 30 * slowdown();  // a healthy run takes about half a second
    Outcome outcome;
    struct Running {
        Variant variant;
        std::string db, before;
        KioskProcess process;
    };
    std::vector<Running> batch;
    auto finish = [&] {
        for (auto& r : batch) check(r.variant, r.db, r.before, waitKiosk(r.process, limit), outcome);
        batch.clear();
    };
    int index = 0;
    for (const Variant& variant : all) {
        const std::string dir = scratchDir("damaged-" + std::to_string(index++));
        chmod(dir.c_str(), 0777);  // the unprivileged variant writes its state and screenshot here
        const std::string db = dir + "/exhibit.db";
        variant.make(db);
        if (variant.lastGood) copyPristine(db + ".last-good");
        std::error_code ec;
        const bool small = std::filesystem::is_regular_file(db, ec) && std::filesystem::file_size(db, ec) < (size_t{1} << 30);
        RunOptions o;
        o.db = db;
        o.dir = dir;
        o.size = "1280x800";
        o.screenshot = true;
        o.runAsUid = variant.asNobody ? 65534 : -1;
        batch.push_back({variant, db, small ? readFile(db) : std::string(), startKiosk(o)});
        if (batch.size() == 2) finish();  // two at a time: the machine has two cores
    }
    finish();
    const int total = outcome.unavailable + outcome.fellBack + outcome.intact;
    std::printf("damaged content: %d variants tried: %d showed the unavailable screen with the cause logged, %d fell back to the "
                "last-known-good database, %d loaded intact (the damage missed everything read; checksum verified)%s\n",
                total, outcome.unavailable, outcome.fellBack, outcome.intact,
                geteuid() == 0 ? "; the unreadable variant ran as uid 65534 because root reads any file" : "");
    CHECK(total == static_cast<int>(all.size()));
    CHECK(total >= 60);
}
