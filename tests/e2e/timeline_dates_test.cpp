// timeline_dates_test.cpp: on the real kiosk, every event marker drawn on the timeline stands on its date, as read
// off the drawn axis; on the real content and on synthetic content with mixed precisions, at both orientations.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int monthDays(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

// An event's date as stored in the database ("1971-12-03", "1971-08", "1971", "1970s"), turned into the year its
// marker stands for, here and not by the kiosk: a span from its first day; a single date at the middle of what it
// may mean (a day, a month, a year, a decade; "about 1950" is the five years 1948-1952, whose middle is 1950.5).
double dateYear(const std::string& start, bool span, const std::string& precision) {
    int y = 0, m = 0, d = 0;
    if (start.size() == 5 && start.back() == 's') y = std::stoi(start.substr(0, 4));
    else std::sscanf(start.c_str(), "%d-%d-%d", &y, &m, &d);
    int before = 0;
    for (int k = 1; k < m; ++k) before += monthDays(y, k);
    const double first = y + (before + (d > 0 ? d - 1 : 0)) / (leap(y) ? 366.0 : 365.0);
    if (span) return first;
    if (precision == "day") return first + 0.5 / 365;
    if (precision == "month") return first + monthDays(y, m) / 2.0 / 365;
    if (precision == "decade") return y + 5.0;
    return y + 0.5;  // a year, or about a year
}

struct DatedEvent {
    double year = 0;
    std::string precision, title;
};

// Every event's date, read from the database the kiosk shows.
std::map<std::string, DatedEvent> eventDates(const std::string& dbPath) {
    std::map<std::string, DatedEvent> out;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(dbPath.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) throw std::runtime_error("cannot open " + dbPath);
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "SELECT slug, start, end, precision, title FROM events", -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const auto text = [&](int i) { return sqlite3_column_text(s, i) ? std::string(reinterpret_cast<const char*>(sqlite3_column_text(s, i))) : std::string(); };
        out[text(0)] = {dateYear(text(1), sqlite3_column_type(s, 2) != SQLITE_NULL, text(3)), text(3), text(4)};
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return out;
}

struct Check {
    int events = 0, offDate = 0;
    std::set<std::string> distinct;  // events drawn as their own marker in at least one view
    double maxError = 0;  // pixels
    std::map<std::string, int> byPrecision;
    std::string worst;
};

// Reads the axis as drawn (each tick's label and x), fits x = a + b * year through the ticks labelled with a year,
// and checks each drawn event marker against its date on that axis.
void checkView(const nlohmann::json& state, const std::map<std::string, DatedEvent>& dates, float tolerancePx, Check& out) {
    std::vector<std::pair<double, double>> ticks;  // year, x
    const std::regex year("^[0-9]{4}$");
    for (const auto& t : state.at("timeline").at("ticks"))
        if (std::regex_match(t.at("label").get<std::string>(), year)) ticks.push_back({std::stod(t.at("label").get<std::string>()), t.at("x").get<double>()});
    REQUIRE(ticks.size() >= 2);
    const auto [y0, x0] = ticks.front();
    const auto [y1, x1] = ticks.back();
    const double b = (x1 - x0) / (y1 - y0), a = x0 - b * y0;
    for (const auto& [ty, tx] : ticks) CHECK(std::fabs(a + b * ty - tx) < 0.5);  // the axis itself is linear
    for (const auto& t : state.at("timeline").at("targets")) {
        if (t.at("kind") != "event") continue;
        const std::string id = t.at("id");
        REQUIRE(dates.count(id));
        const DatedEvent& e = dates.at(id);
        const double error = std::fabs(t.at("x").get<double>() - (a + b * e.year));
        ++out.events;
        out.distinct.insert(id);
        ++out.byPrecision[e.precision];
        if (error > out.maxError) {
            out.maxError = error;
            out.worst = e.title;
        }
        if (error > tolerancePx) {
            ++out.offDate;
            UNSCOPED_INFO(e.title << " (" << e.precision << ") drawn " << error << " px off its date");
        }
    }
}

// Home; zoomed in once, twice and three times with the timeline's own + button; then, zoomed in four times (about
// five years across), walked from the exhibit's start to its end by drags of half the axis: every stretch of time
// is seen up close.
std::vector<nlohmann::json> timelineViews(const RunOptions& base, const std::string& name) {
    const std::string dir = scratchDir(name);
    const KioskRun home = runKiosk(base);
    INFO(home.output);
    REQUIRE(home.exitCode == 0);
    REQUIRE_FALSE(home.state.at("timeline").at("ticks").empty());
    // The timeline's own "+" is the lowest "+" above the first event lane (the map's is higher in landscape, and
    // lower in portrait when the map is below).
    float laneY = 1e9f;
    for (const auto& t : home.state.at("timeline").at("targets")) laneY = std::min(laneY, t.at("y").get<float>());
    REQUIRE(laneY < 1e9f);
    float plusX = -1, plusY = -1;
    for (const auto& bt : home.state.at("buttons"))
        if (bt.at("label") == "+" && bt.at("y").get<float>() < laneY && bt.at("y").get<float>() > plusY) plusX = bt.at("x"), plusY = bt.at("y");
    REQUIRE(plusY > 0);
    // The axis's drawn extent (the timeline shares the screen's width with the reader in landscape).
    float left = 1e9f, right = -1e9f;
    for (const auto& t : home.state.at("timeline").at("ticks")) left = std::min(left, t.at("x").get<float>()), right = std::max(right, t.at("x").get<float>());
    const auto at = [&](float f) { return std::to_string(left + (right - left) * f); };
    const std::string y = std::to_string(laneY);
    // Drags of half the axis: with the flick's glide each step moves about two thirds of a view, so views overlap.
    const auto drag = [&](float from, float to) { return "drag " + at(from) + " " + y + " " + at(to) + " " + y + " 700\nwait 700\n"; };
    RunOptions o = base;
    o.script = tapAt(plusX, plusY) + "wait 900\nstate " + dir + "/z1.json\n" + tapAt(plusX, plusY) + "wait 900\nstate " + dir + "/z2.json\n" +
               tapAt(plusX, plusY) + "wait 900\nstate " + dir + "/z3.json\n" + tapAt(plusX, plusY) + "wait 900\n";
    for (int i = 0; i < 10; ++i) o.script += drag(0.05f, 0.95f);  // back to the exhibit's start
    constexpr int kSteps = 36;
    for (int i = 0; i < kSteps; ++i) o.script += "state " + dir + "/walk" + std::to_string(i) + ".json\n" + drag(0.75f, 0.25f);
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    std::vector<nlohmann::json> views = {home.state};
    for (const char* f : {"z1", "z2", "z3"}) views.push_back(readJson(dir + "/" + f + ".json"));
    for (int i = 0; i < kSteps; ++i) views.push_back(readJson(dir + "/walk" + std::to_string(i) + ".json"));
    const auto from = [](const nlohmann::json& v) { return v.at("timeline").at("from").get<double>(); };
    const auto to = [](const nlohmann::json& v) { return v.at("timeline").at("to").get<double>(); };
    // The views really differ: zoomed in, then walking from the start to the end without gaps.
    CHECK(to(views[3]) - from(views[3]) < (to(views[0]) - from(views[0])) / 6);
    CHECK(from(views[4]) < 1946.5);  // the start of the exhibit (the range stops at its limit)
    for (size_t i = 5; i < views.size(); ++i) CHECK(from(views[i]) <= to(views[i - 1]));
    CHECK(to(views.back()) > 2023);
    return views;
}

// A few hundred synthetic events with day, month, year and decade dates and some spans, made once per build tree.
std::string mixedDb() {
    const std::string p = std::string(KIOSK_E2E_ARTIFACTS) + "/synthetic-mixed-400.db";
    if (!std::filesystem::exists(p) || std::filesystem::last_write_time(p) < std::filesystem::last_write_time(KIOSK_CONTENT_TOOL)) {
        std::filesystem::create_directories(KIOSK_E2E_ARTIFACTS);
        const std::string cmd = std::string(KIOSK_CONTENT_TOOL) + " synth --events 400 --seed 17 --data " + KIOSK_DATA_DIR + " --out " + p + " >/dev/null";
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("kiosk-content synth failed");
    }
    return p;
}

constexpr float kTolerancePx = 1.0f;

}  // namespace

TEST_CASE("every event on the real content is drawn on its date, read off the drawn axis, from the whole range to five years across, in both orientations", "[e2e]") {
    const auto dates = eventDates(KIOSK_DB);
    REQUIRE(dates.size() >= 50);
    for (const char* size : {"1920x1080", "1080x1920"}) {
        INFO(size);
        RunOptions o;
        o.size = size;
        Check check;
        for (const auto& view : timelineViews(o, std::string("dates-") + size)) checkView(view, dates, kTolerancePx, check);
        INFO("checked " << check.events << " drawn markers of " << check.distinct.size() << " events; worst " << check.maxError << " px ("
                         << check.worst << ")");
        CHECK(check.offDate == 0);
        std::string never;
        for (const auto& [id, e] : dates)
            if (!check.distinct.count(id)) never += e.title + "; ";
        // Where three events share five months (1971) and spans hold a lane, a few stay in a counted badge at this
        // zoom (a tap on it zooms further); all others were seen as markers, and every one seen was on its date.
        CHECK(check.distinct.size() >= dates.size() * 3 / 4);
        WARN(size << ": in a badge in every view: " << never);
        // Every kind of date the content uses was among those checked.
        for (const char* p : {"day", "month", "year", "decade", "approximate"}) CHECK(check.byPrecision[p] > 0);
        WARN(size << ": " << check.events << " markers of " << check.distinct.size() << " events checked, max |drawn x - date x| = " << check.maxError
                  << " px");
    }
}

TEST_CASE("synthetic events with mixed precisions are each drawn on their date", "[e2e]") {
    const std::string db = mixedDb();
    const auto dates = eventDates(db);
    REQUIRE(dates.size() == 400);
    RunOptions o;
    o.db = db;
    Check check;
    for (const auto& view : timelineViews(o, "dates-synthetic")) checkView(view, dates, kTolerancePx, check);
    INFO("checked " << check.events << " drawn markers of " << check.distinct.size() << " events; worst " << check.maxError << " px (" << check.worst
                     << ")");
    CHECK(check.offDate == 0);
    CHECK(check.distinct.size() >= 200);  // 400 events over 75 years: at this zoom, some days still share a column
    for (const char* p : {"day", "month", "year", "decade"}) CHECK(check.byPrecision[p] > 0);
    WARN("synthetic: " << check.events << " markers of " << check.distinct.size() << " events checked, max |drawn x - date x| = " << check.maxError
                        << " px");
}

TEST_CASE("a second quick tap on the timeline lands on the event the visitor aimed at", "[e2e]") {
    for (const char* size : {"1920x1080", "1080x1920"}) {
        INFO(size);
        RunOptions o;
        o.size = size;
        const KioskRun home = runKiosk(o);
        REQUIRE(home.exitCode == 0);
        std::vector<Point> events;
        for (const auto& t : home.state.at("timeline").at("targets"))
            if (t.at("kind") == "event") events.push_back({t.at("x"), t.at("y"), t.at("id")});
        REQUIRE(events.size() >= 2);
        const Point& first = events.front();
        const Point& second = events.back();
        // A third of a second apart: the first selection must not have moved the second event away.
        o.script = tapAt(first.x, first.y) + "wait 330\n" + tapAt(second.x, second.y) + "wait 1500\n";
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        REQUIRE(run.exitCode == 0);
        REQUIRE(run.state.at("selected_event").is_object());
        CHECK(run.state.at("selected_event").at("id") == second.id);
        CHECK(run.state.at("timeline").at("from").get<double>() == Approx(home.state.at("timeline").at("from").get<double>()));
    }
}

TEST_CASE("with the axis set to follow the reading direction, Urdu's timeline runs right to left, every event on its date, and a drag still moves the dates with the finger",
          "[e2e]") {
    const auto dates = eventDates(KIOSK_DB);
    for (const char* language : {"ur", "en"}) {
        INFO("language " << language);
        const std::string dir = scratchDir(std::string("axis-") + language);
        RunOptions o;
        o.dir = dir;
        o.config = dir + "/kiosk.toml";
        std::ofstream(o.config) << "[visitors]\nattract_mode = false\nidle_timeout_seconds = 600\n[languages]\noffered = [\"en\", \"ur\", \"ru\"]\ndefault = \""
                                << language << "\"\ntimeline_axis = \"reading_direction\"\n";
        const KioskRun home = runKiosk(o);
        INFO(home.output);
        REQUIRE(home.exitCode == 0);
        // The drawn axis: which way the years run, from the ticks as drawn.
        std::vector<std::pair<double, double>> ticks;
        for (const auto& t : home.state.at("timeline").at("ticks"))
            if (std::regex_match(t.at("label").get<std::string>(), std::regex("^[0-9]{4}$")))
                ticks.push_back({std::stod(t.at("label").get<std::string>()), t.at("x").get<double>()});
        REQUIRE(ticks.size() >= 2);
        const bool rightToLeft = ticks.back().second < ticks.front().second;
        CHECK(rightToLeft == (std::string(language) == "ur"));  // English keeps its axis whatever the setting
        Check check;
        checkView(home.state, dates, kTolerancePx, check);
        CHECK(check.offDate == 0);
        CHECK(check.events >= 5);  // the home view draws most events in counted badges
        // A tap on a marker, where it is drawn, selects that event.
        std::string aimed;
        float aimX = 0, aimY = 0;
        for (const auto& t : home.state.at("timeline").at("targets"))
            if (t.at("kind") == "event" && aimed.empty()) aimed = t.at("id"), aimX = t.at("x"), aimY = t.at("y");
        REQUIRE_FALSE(aimed.empty());
        o.script = tapAt(aimX, aimY) + "wait 900\n";
        const KioskRun tapped = runKiosk(o);
        REQUIRE(tapped.exitCode == 0);
        REQUIRE(tapped.state.at("selected_event").is_object());
        CHECK(tapped.state.at("selected_event").at("id") == aimed);
        // Zoomed in twice with the timeline's "+" (the lowest "+" above its lanes), then dragged a third of the
        // axis to the right: the dates under the finger go with it, so earlier dates come into view on the left
        // axis, later ones on the mirrored one.
        float laneY = 1e9f, plusX = -1, plusY = -1;
        for (const auto& t : home.state.at("timeline").at("targets")) laneY = std::min(laneY, t.at("y").get<float>());
        for (const auto& bt : home.state.at("buttons"))
            if (bt.at("label") == "+" && bt.at("y").get<float>() < laneY && bt.at("y").get<float>() > plusY) plusX = bt.at("x"), plusY = bt.at("y");
        REQUIRE(plusY > 0);
        const double left = std::min(ticks.front().second, ticks.back().second), right = std::max(ticks.front().second, ticks.back().second);
        const std::string y = std::to_string(laneY);
        o.script = tapAt(plusX, plusY) + "wait 900\n" + tapAt(plusX, plusY) + "wait 900\nstate " + dir + "/zoomed.json\n" + "drag " +
                   std::to_string(left + (right - left) * 0.3) + " " + y + " " + std::to_string(left + (right - left) * 0.63) + " " + y +
                   " 700\nwait 1500\nstate " + dir + "/dragged.json\n";
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        REQUIRE(run.exitCode == 0);
        const nlohmann::json zoomed = readJson(dir + "/zoomed.json"), dragged = readJson(dir + "/dragged.json");
        checkView(zoomed, dates, kTolerancePx, check);
        checkView(dragged, dates, kTolerancePx, check);
        CHECK(check.offDate == 0);
        const double moved = dragged.at("timeline").at("from").get<double>() - zoomed.at("timeline").at("from").get<double>();
        INFO("the range moved by " << moved << " years");
        if (rightToLeft) CHECK(moved > 1);
        else CHECK(moved < -1);
    }
}
