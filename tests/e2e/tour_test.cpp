// tour_test.cpp: the attract tour as a visitor meets it, on the real binary and
// the real content: the first touch only wakes the exhibit into the tour's
// event (whatever lies under the finger), the "Touch anywhere" band covers
// nothing the tour shows, waking shows the whole timeline up to the newest
// event, and "Start over" goes back to the tour and ends the visit.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <fstream>

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
        // Named at home (the mid-1980s: the Soviet Union) and zoomed in on Pakistan. (Pakistan itself at the
        // landscape home view is not yet: its markers leave no room for the name at that scale.)
        for (const char* country : {"India", "Afghanistan", "Soviet Union"}) {
            INFO(country);
            CHECK(named(s0, country));
        }
        if (h > w) CHECK(named(s0, "Pakistan"));
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
