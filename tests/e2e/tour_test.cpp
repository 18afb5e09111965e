// tour_test.cpp: the attract tour as a visitor meets it, on the real binary and
// the real content: the first touch only wakes the exhibit into the tour's
// event (whatever lies under the finger), the "Touch anywhere" band covers
// nothing the tour shows, waking shows the whole timeline up to the newest
// event, and "Start over" goes back to the tour and ends the visit.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <optional>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;
using nlohmann::json;

namespace {

std::string writeConfig(const std::string &dir, const std::string &text) {
    const std::string path = dir + "/kiosk.toml";
    std::ofstream(path) << text;
    return path;
}

const char *kTour = "[visitors]\nattract_mode = true\nidle_timeout_seconds = 600\n";

// The centre of the first button with this label, from a state's "buttons".
std::optional<Point> button(const json &state, const std::string &label) {
    for (const auto &b : state.at("buttons"))
        if (b.at("label") == label) return Point{b.at("x").get<float>(), b.at("y").get<float>(), label};
    return std::nullopt;
}

struct Box {
    float x0, y0, x1, y1;
};
Box box(const json &r) {
    return {r.at("x").get<float>(), r.at("y").get<float>(), r.at("x").get<float>() + r.at("w").get<float>(),
            r.at("y").get<float>() + r.at("h").get<float>()};
}
bool overlaps(const Box &a, const Box &b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

// When the newest event happened (fractional years), read from the content
// database itself (not from the kiosk).
double newestEventYear() {
    sqlite3 *h = nullptr;
    double year = 0;
    if (sqlite3_open_v2(KIOSK_DB, &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(h, "SELECT MAX(sort_key) FROM events", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            year = sqlite3_column_double(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(h);
    return year;
}

long count(const std::string &db, const std::string &sql) {
    sqlite3 *h = nullptr;
    long n = -1;
    if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(h, sql.c_str(), -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) n = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(h);
    return n;
}

} // namespace

TEST_CASE("the first touch of the tour only wakes it into the tour's event, "
          "whatever is under the finger",
          "[e2e][tour]") {
    const std::string dir = scratchDir("tour-wake");
    RunOptions probeOptions;
    probeOptions.config = writeConfig(dir, kTour);
    probeOptions.script = "wait 10000\nstate " + dir + "/probe.json\n";
    const KioskRun probe = runKiosk(probeOptions);
    REQUIRE(probe.exitCode == 0);
    const json tour = readJson(dir + "/probe.json");
    REQUIRE(tour.at("mode") == "attract");
    // What a visitor's first touch may land on: About, a theme chip, Search, a
    // map marker, and a drag on the map.
    const auto about = button(tour, "About"), chip = button(tour, "Military"), search = button(tour, "Search");
    REQUIRE(about);
    REQUIRE(chip);
    REQUIRE(search);
    const Point marker = findTarget(tour, "map", "place");
    struct Touch {
        std::string name, line;
    };
    const std::vector<Touch> touches = {
        {"About", tapAt(about->x, about->y)},
        {"a theme chip", tapAt(chip->x, chip->y)},
        {"Search", tapAt(search->x, search->y)},
        {"a map marker", tapAt(marker.x, marker.y)},
        {"a drag on the map", "drag " + std::to_string(marker.x) + " " + std::to_string(marker.y) + " " + std::to_string(marker.x + 200) + " " +
                                  std::to_string(marker.y + 80) + " 600\n"},
    };
    // Each round: the tour plays, the first touch, then "Start over" (which goes
    // back to the tour) for the next.
    RunOptions o;
    o.config = probeOptions.config;
    std::string script;
    for (size_t i = 0; i < touches.size(); ++i) {
        const std::string r = dir + "/r" + std::to_string(i) + "-";
        script += "wait 10000\nstate " + r + "tour.json\n" + touches[i].line + "wait 600\nstate " + r + "woken.json\n";
        script += tapLabel(tour, "Start over") + "wait 800\n";
    }
    o.script = script;
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    for (size_t i = 0; i < touches.size(); ++i) {
        const std::string r = dir + "/r" + std::to_string(i) + "-";
        INFO("first touch on " << touches[i].name);
        const json before = readJson(r + "tour.json"), after = readJson(r + "woken.json");
        REQUIRE(before.at("mode") == "attract");
        REQUIRE(before.at("selected_event").is_object());
        CHECK(after.at("mode") == "active");
        CHECK(after.at("selected_event").at("id") == before.at("selected_event").at("id"));
        CHECK(after.at("reader").at("page") == "event");
        CHECK(after.at("about_open") == false);
        CHECK(after.at("timeline").at("all_themes") == true);
        CHECK(after.at("search").at("keyboard_open") == false);
        CHECK(after.at("map").at("chooser").empty());
    }
    // The targets were live: the same taps act once the exhibit is awake.
    RunOptions awake;
    awake.config = probeOptions.config;
    awake.script = "wait 10000\n" + tapAt(about->x, about->y) + "wait 600\n" + tapAt(about->x, about->y) + "wait 600\nstate " + dir + "/awake.json\n";
    const KioskRun second = runKiosk(awake);
    REQUIRE(second.exitCode == 0);
    CHECK(readJson(dir + "/awake.json").at("about_open") == true);
}

TEST_CASE("the tour's band covers neither its stop on the timeline, nor its "
          "map, nor the reader's foot",
          "[e2e][tour]") {
    for (const char *size : {"1920x1080", "1080x1920", "3840x2160"}) {
        INFO(size);
        const std::string dir = scratchDir(std::string("tour-band-") + size);
        RunOptions o;
        o.size = size;
        o.config = writeConfig(dir, kTour);
        // Three stops of the tour (nine seconds each), once each has settled.
        o.script = "wait 8000\nstate " + dir + "/s0.json\nscreenshot " + dir + "/s0.png\nwait 9000\nstate " + dir + "/s1.json\nwait 9000\nstate " +
                   dir + "/s2.json\n";
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        REQUIRE(run.exitCode == 0);
        for (int k = 0; k < 3; ++k) {
            INFO("stop " << k);
            const json s = readJson(dir + "/s" + std::to_string(k) + ".json");
            REQUIRE(s.at("mode") == "attract");
            REQUIRE(s.at("attract_band").is_object());
            const Box band = box(s.at("attract_band"));
            CHECK(band.x1 - band.x0 > 0);
            CHECK(band.y1 - band.y0 > 0);
            // The panes the tour plays in stay clear of it.
            for (const char *pane : {"map", "timeline", "reader"}) {
                INFO(pane);
                CHECK_FALSE(overlaps(band, box(s.at("layout").at(pane))));
            }
            // The highlighted stop on the timeline, its marker a touch target across,
            // is in full view.
            bool stopShown = false;
            for (const auto &t : s.at("timeline").at("targets"))
                if (t.value("selected", false)) {
                    stopShown = true;
                    const float x = t.at("x").get<float>(), y = t.at("y").get<float>();
                    CHECK_FALSE(overlaps(band, {x - 30, y - 30, x + 30, y + 30}));
                }
            CHECK(stopShown);
            // The reader's foot: its Earlier / Later buttons.
            for (const auto &b : s.at("buttons")) {
                const float y = b.at("y").get<float>(), h = b.at("h").get<float>(), x = b.at("x").get<float>(), w = b.at("w").get<float>();
                const Box rb{x - w / 2, y - h / 2, x + w / 2, y + h / 2};
                if (rb.y0 >= box(s.at("layout").at("reader")).y0) CHECK_FALSE(overlaps(band, rb));
            }
        }
        CHECK(loadPng(dir + "/s0.png").distinctColours() > 50);
    }
}

TEST_CASE("after the first touch the timeline shows the whole story, up to the "
          "newest event",
          "[e2e][tour]") {
    const double newest = newestEventYear();
    REQUIRE(newest > 2020);
    for (const char *size : {"1920x1080", "1080x1920"}) {
        INFO(size);
        const std::string dir = scratchDir(std::string("tour-range-") + size);
        RunOptions o;
        o.size = size;
        o.config = writeConfig(dir, kTour);
        // Some stops into the tour, then the first touch.
        o.script = "wait 40000\ntap 5 5\nwait 2500\nstate " + dir + "/woken.json\n";
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        REQUIRE(run.exitCode == 0);
        const json s = readJson(dir + "/woken.json");
        REQUIRE(s.at("mode") == "active");
        REQUIRE(s.at("selected_event").is_object());
        CHECK(s.at("timeline").at("from").get<double>() <= 1947.0);
        CHECK(s.at("timeline").at("to").get<double>() >= newest);
        // The axis is labelled to the 2020s.
        CHECK(s.at("timeline").at("ticks").back().at("label").get<std::string>() >= "2020");
    }
}

TEST_CASE("Start over goes back to the tour and ends the visit", "[e2e][tour]") {
    const std::string dir = scratchDir("tour-start-over");
    const std::string usage = dir + "/usage.db";
    RunOptions probeOptions;
    probeOptions.config = writeConfig(dir, std::string(kTour) + "[logging]\nusage_log = \"" + usage + "\"\n");
    probeOptions.script = "wait 3000\ntap 5 5\nwait 800\nstate " + dir + "/probe.json\n";
    const KioskRun probe = runKiosk(probeOptions);
    REQUIRE(probe.exitCode == 0);
    const json awake = readJson(dir + "/probe.json");
    std::remove(usage.c_str());
    RunOptions o;
    o.config = probeOptions.config;
    // Wake, browse a little, Start over; the tour plays again; a new visitor's
    // touch.
    o.script = "wait 3000\nstate " + dir + "/tour.json\ntap 5 5\nwait 800\n" + tapLabel(awake, "Military") + "wait 500\n" +
               tapLabel(awake, "Start over") + "wait 600\nstate " + dir + "/over.json\nwait 12000\nstate " + dir +
               "/later.json\ntap 5 5\nwait 800\nstate " + dir + "/again.json\n";
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    const json over = readJson(dir + "/over.json"), later = readJson(dir + "/later.json"), again = readJson(dir + "/again.json");
    CHECK(over.at("mode") == "attract");
    CHECK(over.at("attract_band").is_object());
    CHECK(over.at("timeline").at("all_themes") == true); // what the visitor did is gone
    CHECK(later.at("mode") == "attract");                // the tour plays on by itself, not a Welcome page
    CHECK(later.at("selected_event").is_object());
    CHECK(again.at("mode") == "active");
    CHECK(count(usage, "SELECT COUNT(*) FROM usage WHERE kind = 'session_start'") == 2);
    CHECK(count(usage, "SELECT COUNT(*) FROM usage WHERE kind = 'session_end'") == 1); // Start over ended the first
}

TEST_CASE("low_reach puts every control a visitor needs in the lower half, in both orientations", "[e2e][reach]") {
    for (const char* size : {"1080x1920", "1920x1080"}) {
        INFO(size);
        const std::string dir = scratchDir(std::string("low-reach-") + size);
        const float height = std::stof(std::string(size).substr(std::string(size).find('x') + 1));
        RunOptions probeOptions;
        probeOptions.size = size;
        probeOptions.config = writeConfig(dir, "[visitors]\nattract_mode = false\nidle_timeout_seconds = 600\nlow_reach = true\n");
        probeOptions.script = "wait 500\nstate " + dir + "/home.json\n";
        const KioskRun probe = runKiosk(probeOptions);
        REQUIRE(probe.exitCode == 0);
        const json home = readJson(dir + "/home.json");
        // Then the search and its keyboard, and an event (the reader's own buttons follow its text).
        RunOptions o = probeOptions;
        o.script = "wait 500\n" + tapLabel(home, "Search") + "wait 600\nstate " + dir + "/search.json\n";
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        REQUIRE(run.exitCode == 0);
        const json search = readJson(dir + "/search.json");
        REQUIRE(search.at("search").at("keyboard_open") == true);
        float highest = height;
        std::string highestLabel;
        int checked = 0;
        for (const json* s : {&home, &search}) {
            const Box reader = box(s->at("layout").at("reader"));
            for (const auto& b : s->at("buttons")) {
                const float x = b.at("x").get<float>(), y = b.at("y").get<float>();
                // The reader's text and what is woven into it (place names, article links) are read, not reached for.
                if (x >= reader.x0 && x <= reader.x1 && y >= reader.y0 && y <= reader.y1 && b.at("label") != "Search") continue;
                ++checked;
                const float top = y - b.at("h").get<float>() / 2;
                if (top < highest) highest = top, highestLabel = b.at("label").get<std::string>();
                INFO(b.at("label") << " at y " << y);
                CHECK(y >= height / 2);
            }
            // The timeline (its chips, its events, and the keyboard laid over it) is in the lower half.
            CHECK(box(s->at("layout").at("timeline")).y0 >= height / 2);
        }
        CHECK(checked > 20);  // the header's controls, the map's, the chips, the timeline's and the keyboard's keys
        WARN(size << " low reach: the highest control's top edge is at " << highest / height * 100 << "% of the height (" << highestLabel << ")");
    }
    // Without low_reach a portrait screen keeps Search and the other controls at the bottom, not at the very top.
    RunOptions portrait;
    portrait.size = "1080x1920";
    const KioskRun run = runKiosk(portrait);
    REQUIRE(run.exitCode == 0);
    const auto search = button(run.state, "Search");
    REQUIRE(search);
    CHECK(search->y > 1920 * 0.85f);
}

TEST_CASE("the map names the exhibit's countries, draws markers whole and keeps its region in reach", "[e2e][map-reach]") {
    for (const char* size : {"1920x1080", "1080x1920", "3840x2160"}) {
        INFO(size);
        const std::string dir = scratchDir(std::string("map-reach-") + size);
        const std::string sz(size);
        const float w = std::stof(sz.substr(0, sz.find('x'))), h = std::stof(sz.substr(sz.find('x') + 1));
        const float scale = std::min(w, h) / 1080.0f;
        RunOptions probeOptions;
        probeOptions.size = size;
        probeOptions.script = "wait 300\nstate " + dir + "/home.json\n";
        const KioskRun probe = runKiosk(probeOptions);
        REQUIRE(probe.exitCode == 0);
        const json home = readJson(dir + "/home.json");
        const Box map = box(home.at("layout").at("map"));
        const float cx = (map.x0 + map.x1) / 2, cy = (map.y0 + map.y1) / 2;
        auto drag = [&](float dx, float dy) {
            return "drag " + std::to_string(cx) + " " + std::to_string(cy) + " " + std::to_string(cx + dx) + " " + std::to_string(cy + dy) + " 400\nwait 300\n";
        };
        // Home; zoomed in twice on the middle ("+", about Pakistan); far to the east (towards the Pacific); far to
        // the south (the Indian Ocean) and then "+" four times.
        std::string script = "wait 300\nstate " + dir + "/s0.json\n";
        script += tapLabel(home, "+") + "wait 1500\n" + tapLabel(home, "+") + "wait 1500\nstate " + dir + "/s1.json\nscreenshot " + dir + "/s1.png\n";
        script += tapLabel(home, "Home") + "wait 1500\n";
        for (int i = 0; i < 8; ++i) script += drag(-(map.x1 - map.x0) * 0.45f, 0);
        script += "wait 1500\nstate " + dir + "/east.json\nscreenshot " + dir + "/east.png\n";
        script += tapLabel(home, "Home") + "wait 1500\n";
        for (int i = 0; i < 8; ++i) script += drag(0, -(map.y1 - map.y0) * 0.45f);
        for (int i = 0; i < 4; ++i) script += tapLabel(home, "+") + "wait 1500\n";
        script += "state " + dir + "/sea.json\nscreenshot " + dir + "/sea.png\n";
        RunOptions o = probeOptions;
        o.script = script;
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        REQUIRE(run.exitCode == 0);
        const json s0 = readJson(dir + "/s0.json"), s1 = readJson(dir + "/s1.json"), east = readJson(dir + "/east.json"), sea = readJson(dir + "/sea.json");
        auto named = [](const json& s, const std::string& name) {
            for (const auto& l : s.at("map").at("country_labels"))
                if (l == name) return true;
            return false;
        };
        // Named at home (the mid-1980s: the Soviet Union) and zoomed in on Pakistan, the exhibit's subject, in
        // either orientation.
        for (const char* country : {"India", "Afghanistan", "Soviet Union", "Pakistan"}) {
            INFO(country);
            CHECK(named(s0, country));
        }
        CHECK(s1.at("map").at("zoom").get<double>() > 3.5);
        CHECK(named(s1, "Pakistan"));
        CHECK(named(s1, "Afghanistan"));
        // Every marker drawn is whole: its circle (14 px at 1080) inside the pane.
        for (const json* s : {&s0, &s1, &east, &sea}) {
            for (const auto& t : s->at("map").at("targets")) {
                if (t.at("kind") != "place" && t.at("kind") != "place-cluster") continue;
                const float x = t.at("x").get<float>(), y = t.at("y").get<float>(), rr = 14 * scale;
                INFO(t.at("id") << " at " << x << "," << y);
                CHECK(x - rr >= map.x0);
                CHECK(x + rr <= map.x1);
                CHECK(y - rr >= map.y0);
                CHECK(y + rr <= map.y1);
            }
        }
        // Panning stops before the empty Pacific: the centre stays within a few degrees of the easternmost place
        // (Beijing, 116.4 E), and places stay on the map.
        CHECK(east.at("map").at("centre_lon").get<double>() <= 122.0);
        // Zooming in on open sea stops at a regional view.
        CHECK(sea.at("map").at("centre_lat").get<double>() >= 2.9);
        CHECK(sea.at("map").at("zoom").get<double>() <= 3.0 + 1e-6);
    }
}

TEST_CASE("the landscape home map names Pakistan, the exhibit's subject, clear of markers and other names, at Normal and Large", "[e2e][map-reach][map-labels]") {
    for (const char* fixture : {"browsing.toml", "large-text.toml"}) {
        INFO(fixture);
        const std::string dir = scratchDir(std::string("pakistan-named-") + fixture);
        RunOptions o;
        o.size = "1920x1080";
        o.config = std::string(KIOSK_FIXTURES) + "/" + fixture;
        o.script = "wait 300\nstate " + dir + "/home.json\nscreenshot " + dir + "/home.png\n";
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        REQUIRE(run.exitCode == 0);
        const json s = readJson(dir + "/home.json");
        const float scale = s.at("window").at("scale").get<float>();
        std::vector<Box> names;
        std::optional<Box> pakistan;
        for (const auto& l : s.at("map").at("country_label_boxes")) {
            names.push_back(box(l));
            if (l.at("text") == "Pakistan") pakistan = box(l);
        }
        REQUIRE(names.size() == s.at("map").at("country_labels").size());
        REQUIRE(pakistan);
        // Clear of every marker as drawn: a place's disc (14 px at 1080), a cluster's larger disc and its ring.
        for (const auto& t : s.at("map").at("targets")) {
            if (t.at("kind") != "place" && t.at("kind") != "place-cluster") continue;
            const float x = t.at("x").get<float>(), y = t.at("y").get<float>();
            const float rr = t.at("kind") == "place-cluster" ? (14 * 1.3f + 4 + 1) * scale : (14 + 1) * scale;
            INFO(t.at("id") << " (" << t.at("count") << " events) at " << x << "," << y);
            for (const Box& n : names) {
                // The nearest point of the name's box to the marker's centre lies outside its disc.
                const float nx = std::clamp(x, n.x0, n.x1), ny = std::clamp(y, n.y0, n.y1);
                CHECK(std::hypot(nx - x, ny - y) >= rr);
            }
        }
        // And names never overlap one another.
        for (size_t i = 0; i < names.size(); ++i)
            for (size_t j = i + 1; j < names.size(); ++j) CHECK_FALSE(overlaps(names[i], names[j]));
        // Inside the map pane, and whole.
        const Box map = box(s.at("layout").at("map"));
        CHECK(pakistan->x0 >= map.x0);
        CHECK(pakistan->x1 <= map.x1);
        CHECK(pakistan->y0 >= map.y0);
        CHECK(pakistan->y1 <= map.y1);
    }
}

TEST_CASE("low_reach portrait puts the reader's own buttons in the lower half, on every reader page", "[e2e][reach]") {
    const std::string dir = scratchDir("low-reach-reader");
    const float height = 1920;
    RunOptions probeOptions;
    probeOptions.size = "1080x1920";
    probeOptions.config = writeConfig(dir, "[visitors]\nattract_mode = false\nidle_timeout_seconds = 600\nlow_reach = true\n");
    probeOptions.script = "wait 500\nstate " + dir + "/welcome.json\n";
    const KioskRun probe = runKiosk(probeOptions);
    REQUIRE(probe.exitCode == 0);
    const json welcome = readJson(dir + "/welcome.json");
    std::string begin;
    for (const auto& b : welcome.at("buttons"))
        if (b.at("label").get<std::string>().rfind("Begin", 0) == 0) begin = b.at("label");
    REQUIRE(!begin.empty());
    // The event the visit begins at, then the next one, then its article, then the search.
    RunOptions o = probeOptions;
    o.script = "wait 500\n" + tapLabel(welcome, begin) + "wait 800\nstate " + dir + "/event.json\n";
    const KioskRun first = runKiosk(o);
    INFO(first.output);
    REQUIRE(first.exitCode == 0);
    const json event = readJson(dir + "/event.json");
    REQUIRE(event.at("selected_event").is_object());
    o.script += tapLabel(event, "Later  \u203A") + "wait 800\nstate " + dir + "/later.json\n";
    const KioskRun second = runKiosk(o);
    REQUIRE(second.exitCode == 0);
    const json later = readJson(dir + "/later.json");
    std::vector<std::string> pages = {"welcome", "event", "later"};
    if (button(later, "Read the full article  \u203A")) {
        o.script += tapLabel(later, "Read the full article  \u203A") + "wait 800\nstate " + dir + "/article.json\n";
        pages.push_back("article");
    }
    o.script += tapLabel(welcome, "Search") + "wait 800\nstate " + dir + "/search.json\n";
    pages.push_back("search");
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    // The reader's own buttons: what its foot offers on each page.
    const std::vector<std::string> own = {"\u2039  Earlier", "Later  \u203A", begin, "\u2039  Back to the event", "\u2039  Back to the results",
                                          "To the top", "Close search", "Show the keyboard", "Close"};
    for (const std::string& page : pages) {
        INFO(page);
        const json s = readJson(dir + "/" + page + ".json");
        REQUIRE(s.at("layout").at("reader_controls").is_object());
        const Box strip = box(s.at("layout").at("reader_controls"));
        CHECK(strip.y0 >= height / 2);
        int found = 0;
        for (const auto& b : s.at("buttons")) {
            const std::string label = b.at("label");
            if (std::find(own.begin(), own.end(), label) == own.end()) continue;
            const float y = b.at("y").get<float>();
            if (label == "Close" && !(y >= strip.y0 && y <= strip.y1)) continue;  // another panel's Close
            ++found;
            INFO(label << " at y " << y);
            CHECK(y >= height / 2);
            CHECK(y - b.at("h").get<float>() / 2 >= height / 2);  // the whole button, not only its centre
        }
        CHECK(found >= 1);
        // What stays in the reader's pane at the top is its text and what is woven into it (article links, places).
        for (const auto& b : s.at("buttons")) {
            const float y = b.at("y").get<float>();
            if (y < height / 2) WARN(page << ": " << b.at("label") << " at y " << y << " (in the reader's text)");
        }
    }
    const json event2 = readJson(dir + "/later.json");
    CHECK(button(event2, "\u2039  Earlier"));
    CHECK(button(event2, "Later  \u203A"));
}

TEST_CASE("low_reach landscape: the search keyboard covers none of the map's buttons, nor any other", "[e2e][reach][search]") {
    // 1280x800: the timeline is too narrow for the keyboard to leave the buttons' side free, so they rise above it.
    for (const auto& [size, height] : {std::pair{"1920x1080", 1080}, std::pair{"1280x800", 800}, std::pair{"3840x2160", 2160}})
    for (const char* text : {"1", "2"}) {
        INFO(size << ", text size " << text);
        const std::string dir = scratchDir(std::string("low-reach-keyboard-") + size + "-" + text);
        RunOptions probeOptions;
        probeOptions.size = size;
        probeOptions.config = writeConfig(dir, std::string("[visitors]\nattract_mode = false\nidle_timeout_seconds = 600\nlow_reach = true\n"
                                                           "default_text_size = ") + text + "\n");
        probeOptions.script = "wait 500\nstate " + dir + "/home.json\n";
        const KioskRun probe = runKiosk(probeOptions);
        REQUIRE(probe.exitCode == 0);
        const json home = readJson(dir + "/home.json");
        RunOptions o = probeOptions;
        o.script = "wait 500\n" + tapLabel(home, "Search") + "wait 600\ntype tashkent\nwait 600\nstate " + dir + "/search.json\nscreenshot " + dir +
                   "/search.png\n";
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        REQUIRE(run.exitCode == 0);
        const json s = readJson(dir + "/search.json");
        REQUIRE(s.at("search").at("keyboard_open") == true);
        REQUIRE(s.at("search").at("keyboard").is_object());
        const Box keyboard = box(s.at("search").at("keyboard"));
        // The map's buttons are drawn (an overlay forgets what it covers) and clear of the keyboard (checked below
        // with every button); at Normal text in the lower half. Where the keyboard reaches into the upper half itself
        // (1280x800) they stand on its top edge instead, no higher than that. At Large the taller timeline (its second
        // row of chips and a lane of labels) lifts the map's foot to about 45% of the height: known, left open (a
        // shorter timeline there loses its only lane of labels under the cluster badges).
        for (const char* label : {"+", "\u2013", "Home"}) {
            INFO(label);
            const auto before = button(home, label), b = button(s, label);
            REQUIRE(before);
            REQUIRE(b);
            if (std::string(text) != "1") continue;
            if (height != 800) CHECK(before->y >= height / 2);  // 1280x800: 399.6 of 800, a pixel short (known)
            if (keyboard.y0 >= height / 2) CHECK(b->y >= height / 2);
            else CHECK(b->y >= keyboard.y0 - 0.1f * static_cast<float>(height));
        }
        int keys = 0;
        for (const auto& b : s.at("buttons")) {
            const float x = b.at("x").get<float>(), y = b.at("y").get<float>(), w = b.at("w").get<float>(), h = b.at("h").get<float>();
            const Box r{x - w / 2, y - h / 2, x + w / 2, y + h / 2};
            const bool key = r.x0 >= keyboard.x0 && r.x1 <= keyboard.x1 && r.y0 >= keyboard.y0 && r.y1 <= keyboard.y1;
            if (key) {
                ++keys;
                continue;
            }
            INFO(b.at("label") << " at " << x << "," << y);
            CHECK_FALSE(overlaps(r, keyboard));
        }
        CHECK(keys >= 30);  // the keyboard's own keys
        // Every button the home view had outside the timeline (which the keyboard replaces) is still there.
        const Box timeline = box(home.at("layout").at("timeline"));
        const Box reader = box(home.at("layout").at("reader"));
        for (const auto& b : home.at("buttons")) {
            const float x = b.at("x").get<float>(), y = b.at("y").get<float>();
            if (x >= timeline.x0 && x <= timeline.x1 && y >= timeline.y0 && y <= timeline.y1) continue;
            if (x >= reader.x0 && x <= reader.x1 && y >= reader.y0 && y <= reader.y1) continue;  // the reader shows the results now
            if (b.at("label") == "Search") continue;  // it opened the search
            INFO(b.at("label"));
            CHECK(button(s, b.at("label")));
        }
    }
}

// A timeline too short for a lane of markers above its row of badges (a 1280x800 screen with low reach: two rows of
// chips and the map's foot held low) once drew its one lane over the badges, labels half hidden under counts. No
// label or lane marker may sit on the badge row, on any screen, text size or reach setting.
TEST_CASE("no label or marker of the timeline's lanes lies on its row of badges, on any screen shape, text size or reach", "[e2e][reach]") {
    for (const char* size : {"1280x800", "1920x1080", "1080x1920", "3840x2160"})
        for (const char* reach : {"false", "true"})
            for (const char* text : {"1", "2"}) {
                INFO(size << ", low_reach " << reach << ", text size " << text);
                const std::string dir = scratchDir(std::string("badge-row-") + size + "-" + reach + "-" + text);
                RunOptions o;
                o.size = size;
                o.config = writeConfig(dir, std::string("[visitors]\nattract_mode = false\nidle_timeout_seconds = 600\nlow_reach = ") + reach +
                                                "\ndefault_text_size = " + text + "\n");
                o.script = "wait 500\nstate " + dir + "/home.json\n";
                const KioskRun run = runKiosk(o);
                INFO(run.output);
                REQUIRE(run.exitCode == 0);
                const json s = readJson(dir + "/home.json");
                float touch = 0;
                std::vector<float> badgeRows;
                for (const auto& t : s.at("timeline").at("targets")) {
                    if (t.at("kind") == "era") touch = std::max(touch, t.at("h").get<float>());
                    if (t.at("kind") == "cluster") badgeRows.push_back(t.at("y").get<float>());
                }
                REQUIRE(touch > 0);
                REQUIRE_FALSE(badgeRows.empty());  // the whole range always counts some events
                const float badgeRow = badgeRows.front();
                int lanes = 0;
                for (const auto& t : s.at("timeline").at("targets")) {
                    const std::string kind = t.at("kind");
                    if (kind != "event" && kind != "event-label") continue;
                    const float y = t.at("y").get<float>();
                    if (kind == "event" && std::fabs(y - badgeRow) < 0.5f) continue;  // a lone event shown in the badge row
                    ++lanes;
                    INFO(kind << " " << t.at("id") << " at y " << y << ", badges at " << badgeRow << ", a touch is " << touch);
                    CHECK(std::fabs(y - badgeRow) >= 0.95f * touch);
                }
                if (std::string(size) == "1920x1080" && std::string(reach) == "false") CHECK(lanes > 0);  // the check saw lanes
            }
}
