// sample_exhibit_test.cpp: a second exhibit, on another subject and period (tests/sample-exhibit: an expedition of
// 1804-1806), builds through kiosk-content and runs in the same kiosk, and nothing of the first exhibit shows:
// its title, years, places and prose live in data/, not in the engine.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sqlite3.h>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;
namespace fs = std::filesystem;

namespace {

const std::string kSample = std::string(KIOSK_SOURCE_DIR) + "/tests/sample-exhibit";

// Words that name the first exhibit (its title, subjects, places, years and search suggestions).
const char* const kFirstExhibitWords[] = {"Pakistan", "Soviet", "Russia", "1947", "2022", "Moscow", "Karachi", "Islamabad",
                                          "Tashkent", "Bhutto", "Afghanistan", "seventy-five", "five published articles"};

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// Every first-exhibit word found in `text`, for the failure message.
std::string firstExhibitWordsIn(const std::string& text) {
    std::string found;
    for (const char* w : kFirstExhibitWords)
        if (lower(text).find(lower(w)) != std::string::npos) found += std::string(found.empty() ? "" : ", ") + w;
    return found;
}

// Every text in the database's content tables, except the map's shapes and historical countries.
std::string contentText(const std::string& db) {
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    std::vector<std::string> tables;
    sqlite3_stmt* list = nullptr;
    sqlite3_prepare_v2(handle, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('countries', 'historical_countries') "
                               "AND name NOT LIKE 'search_index%'", -1, &list, nullptr);
    while (sqlite3_step(list) == SQLITE_ROW) tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
    sqlite3_finalize(list);
    std::string text;
    for (const std::string& table : tables) {
        sqlite3_stmt* rows = nullptr;
        sqlite3_prepare_v2(handle, ("SELECT * FROM \"" + table + "\"").c_str(), -1, &rows, nullptr);
        while (sqlite3_step(rows) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(rows); ++c)
                if (sqlite3_column_type(rows, c) == SQLITE_TEXT) text += std::string(reinterpret_cast<const char*>(sqlite3_column_text(rows, c))) + "\n";
        sqlite3_finalize(rows);
    }
    sqlite3_close(handle);
    REQUIRE(text.find("Sacagawea") != std::string::npos);  // the query did read the content
    return text;
}

std::string buildSample(const std::string& dir) {
    const std::string db = dir + "/sample.db";
    const std::string command = std::string(KIOSK_CONTENT_TOOL) + " build " + kSample + " --out " + db + " >" + dir + "/build.txt 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    return db;
}

// Everything the kiosk drew as text that a state records: buttons, timeline labels and ticks, map labels and notes.
std::string drawnText(const nlohmann::json& state) { return state.dump(); }

}  // namespace

TEST_CASE("the sample exhibit builds, runs in the same kiosk and shows none of the first exhibit's words", "[e2e][sample]") {
    const std::string dir = scratchDir("sample-exhibit");
    const std::string db = buildSample(dir);
    const std::string shots = std::string(KIOSK_E2E_ARTIFACTS) + "/sample-exhibit";
    fs::create_directories(shots);

    // First where the buttons are, then a visit: home (the welcome page), the first event ("Begin in 1804", the
    // sample's own first year), the About page, then the search page with its suggestions.
    RunOptions first;
    first.db = db;
    first.script = "wait 500\nstate " + dir + "/home.json\nscreenshot " + shots + "/home.png\n";
    const KioskRun firstRun = runKiosk(first);
    INFO(firstRun.output);
    REQUIRE(firstRun.exitCode == 0);
    const nlohmann::json home = readJson(dir + "/home.json");
    RunOptions o;
    o.db = db;
    o.script = tapLabel(home, "Begin in 1804  \u203A") + "wait 1500\nstate " + dir + "/event.json\nscreenshot " + shots + "/event.png\n" +
               tapLabel(home, "About") + "wait 800\nstate " + dir + "/about.json\nscreenshot " + shots + "/about.png\n" +
               tapLabel(home, "About") + "wait 500\n" + tapLabel(home, "Search") + "wait 800\nstate " + dir + "/search.json\nscreenshot " +
               shots + "/search.png\n";
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);

    CHECK(home.at("content").at("available") == true);
    CHECK(home.at("content").at("events") == 7);
    CHECK(home.at("content").at("title") == "Across the Continent: Lewis and Clark, 1804\u20131806");
    // The timeline opens on the sample's own years, not the first exhibit's.
    CHECK(home.at("timeline").at("from").get<double>() == Approx(1802.5));
    CHECK(home.at("timeline").at("to").get<double>() == Approx(1807.5));
    // The map opens on North America: its home is the sample's region.
    CHECK(home.at("map").at("centre_lon").get<double>() == Approx(-106).margin(1));
    CHECK(home.at("map").at("centre_lat").get<double>() == Approx(42.5).margin(1));

    const nlohmann::json event = readJson(dir + "/event.json");
    // "Begin in 1804": the first event by date (a year-precise span counts from the start of its year).
    CHECK_THAT(event.at("selected_event").at("date").get<std::string>(), Catch::StartsWith("1804"));
    const nlohmann::json search = readJson(dir + "/search.json");
    CHECK(search.at("reader").at("page") == "search");
    CHECK(drawnText(search).find("Sacagawea") != std::string::npos);  // the sample's own suggestions

    for (const char* name : {"home", "event", "about", "search"}) {
        INFO(name);
        CHECK(firstExhibitWordsIn(drawnText(readJson(dir + "/" + name + ".json"))) == "");
        const Image shot = loadPng(shots + "/" + name + ".png");
        CHECK(shot.width == 1920);
        CHECK(shot.distinctColours() > 20);
    }
    // And every text the kiosk could show: the sample database holds none of the first exhibit's words, outside the
    // world map's country names (the same atlas serves every exhibit).
    CHECK(firstExhibitWordsIn(contentText(db)) == "");
}
