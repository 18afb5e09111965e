// historical_map_test.cpp: the map of its time, seen from outside: during a 1960s event the Soviet Union is one
// country (no border drawn between Russia and Kazakhstan, no republic named), during a 1995 event its successor
// states are there, each with its border and its name; and on every event's map, each country has its name of
// that date (Burma, not Myanmar, in 1947) and Pakistan is named at Home.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {

// Where the places are (data/places.toml), to find the map's projection from where their markers were drawn.
const std::map<std::string, std::pair<double, double>> kPlaces = {
    {"moscow", {37.62, 55.76}}, {"tashkent", {69.24, 41.30}}, {"dushanbe", {68.79, 38.56}}, {"kabul", {69.17, 34.53}},
    {"new-delhi", {77.21, 28.61}}, {"dhaka", {90.41, 23.81}}, {"beijing", {116.41, 39.90}}, {"bonn", {7.10, 50.74}},
    {"kyiv", {30.52, 50.45}}, {"karachi", {67.01, 24.86}}};

// Points on today's Russia-Kazakhstan border (Natural Earth, both scales agree within 0.1 degree), where it runs
// east-west: a degree north is Russia, a degree south Kazakhstan.
const std::vector<std::pair<double, double>> kBorder = {{55.0, 50.88}, {64.0, 54.26}, {67.0, 54.78}, {70.0, 55.22}, {76.0, 54.18}};

const std::vector<std::string> kRepublics = {"Russia", "Kazakhstan", "Ukraine", "Belarus", "Uzbekistan", "Turkmenistan", "Kyrgyzstan",
                                             "Tajikistan", "Georgia", "Armenia", "Azerbaijan", "Latvia", "Lithuania", "Estonia", "Moldova"};

// The map as drawn: an equirectangular projection, so x follows longitude and y latitude, each linearly. Fitted
// from the single-place markers in the state, and checked against every one of them.
struct Projection {
    double ax = 0, bx = 0, ay = 0, by = 0;
    std::pair<double, double> at(double lon, double lat) const { return {ax * lon + bx, ay * lat + by}; }
};
Projection fitProjection(const nlohmann::json& state) {
    std::vector<std::pair<std::pair<double, double>, std::pair<double, double>>> seen;  // (lon, lat) -> (x, y)
    for (const auto& t : state.at("map").at("targets")) {
        const auto place = kPlaces.find(t.at("id").get<std::string>());
        if (t.at("kind") == "place" && place != kPlaces.end()) seen.push_back({place->second, {t.at("x").get<double>(), t.at("y").get<double>()}});
    }
    REQUIRE(seen.size() >= 3);
    auto fit = [&](auto key, auto value, double& a, double& b) {
        const auto [lo, hi] = std::minmax_element(seen.begin(), seen.end(), [&](const auto& p, const auto& q) { return key(p) < key(q); });
        REQUIRE(key(*hi) - key(*lo) > 10);
        a = (value(*hi) - value(*lo)) / (key(*hi) - key(*lo));
        b = value(*lo) - a * key(*lo);
    };
    Projection p;
    fit([](const auto& s) { return s.first.first; }, [](const auto& s) { return s.second.first; }, p.ax, p.bx);
    fit([](const auto& s) { return s.first.second; }, [](const auto& s) { return s.second.second; }, p.ay, p.by);
    for (const auto& s : seen) {
        const auto [x, y] = p.at(s.first.first, s.first.second);
        CHECK(std::abs(x - s.second.first) < 2.0);
        CHECK(std::abs(y - s.second.second) < 2.0);
    }
    return p;
}

struct Rgb {
    int r = 0, g = 0, b = 0;
};
Rgb pixel(const Image& image, double x, double y) {
    const int px = std::clamp(static_cast<int>(std::lround(x)), 0, image.width - 1), py = std::clamp(static_cast<int>(std::lround(y)), 0, image.height - 1);
    const unsigned char* p = &image.rgb[3 * (static_cast<size_t>(py) * static_cast<size_t>(image.width) + static_cast<size_t>(px))];
    return {p[0], p[1], p[2]};
}
int difference(Rgb a, Rgb b) { return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b); }

// How many of the border points have a border drawn through them: a pixel within 3 px unlike the land a degree north
// (Russia) and a degree south (Kazakhstan) of it. Land is one flat colour per country, so only a line differs.
int bordersDrawn(const Image& image, const Projection& p) {
    int drawn = 0;
    for (const auto& [lon, lat] : kBorder) {
        const auto [x, y] = p.at(lon, lat);
        const auto [nx, ny] = p.at(lon, lat + 1.0);
        const auto [sx, sy] = p.at(lon, lat - 1.0);
        const Rgb north = pixel(image, nx, ny), south = pixel(image, sx, sy);
        int unlike = 0;
        for (int dx = -3; dx <= 3; ++dx)
            for (int dy = -3; dy <= 3; ++dy) {
                const Rgb c = pixel(image, x + dx, y + dy);
                if (difference(c, north) > 24 && difference(c, south) > 24) ++unlike;
            }
        UNSCOPED_INFO("border point " << lon << "E " << lat << "N at (" << x << ", " << y << "): " << unlike << " pixels unlike the land");
        if (unlike > 0) ++drawn;
    }
    return drawn;
}

// Selects the event a search finds first, then shows the whole region on the map (its Home button).
KioskRun showEvent(const std::string& query, const std::string& id) {
    const std::string dir = scratchDir("historical-map");
    RunOptions home;
    const KioskRun h = runKiosk(home);
    REQUIRE(h.exitCode == 0);
    RunOptions typing;
    typing.script = tapLabel(h.state, "Search") + "wait 200\ntype " + query + "\nwait 400\nstate " + dir + "/typed.json\n";
    const KioskRun typed = runKiosk(typing);
    REQUIRE(typed.exitCode == 0);
    const auto results = readJson(dir + "/typed.json");
    RunOptions chosen;
    chosen.script = typing.script + tapLabel(results, "##result") + "wait 2000\nstate " + dir + "/chosen.json\n";
    const KioskRun picked = runKiosk(chosen);
    REQUIRE(picked.exitCode == 0);
    const auto selected = readJson(dir + "/chosen.json");
    REQUIRE(selected.at("selected_event").is_object());
    REQUIRE(selected.at("selected_event").at("id") == id);
    RunOptions shown;
    shown.script = chosen.script + tapLabel(selected, "Home") + "wait 2500\n";
    shown.screenshot = true;
    const KioskRun run = runKiosk(shown);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.state.at("selected_event").at("id") == id);
    REQUIRE(run.state.at("map").at("animating") == false);
    return run;
}

bool has(const nlohmann::json& list, const std::string& name) { return std::find(list.begin(), list.end(), name) != list.end(); }

// The centre of the button with this id in a state's "buttons".
Point findButton(const nlohmann::json& state, const std::string& id) {
    for (const auto& b : state.at("buttons"))
        if (b.value("id", "") == id) return {b.at("x").get<float>(), b.at("y").get<float>(), id};
    throw std::runtime_error("no button " + id);
}

}  // namespace

TEST_CASE("a 1960s event's map has one Soviet Union, and a 1995 event's has its successor states", "[e2e][historical]") {
    const KioskRun sixties = showEvent("tashkent declaration", "tashkent-declaration");
    const KioskRun ninetyFive = showEvent("taliban gains", "taliban-rise");
    const Image before = loadPng(sixties.screenshot), after = loadPng(ninetyFive.screenshot);
    REQUIRE(before.width == 1920);
    REQUIRE(after.width == 1920);

    // January 1966: no border between Russia and Kazakhstan, one name for the whole.
    const auto& labels1966 = sixties.state.at("map").at("country_labels");
    INFO("1966 labels: " << labels1966.dump());
    CHECK(has(labels1966, "Soviet Union"));
    for (const std::string& republic : kRepublics) CHECK_FALSE(has(labels1966, republic));
    CHECK(sixties.state.at("map").at("borders_note").get<std::string>().rfind("Borders of January 1966", 0) == 0);
    CHECK(bordersDrawn(before, fitProjection(sixties.state)) == 0);

    // 1995: the border is drawn at the same places, and the successor states have their names.
    const auto& labels1995 = ninetyFive.state.at("map").at("country_labels");
    INFO("1995 labels: " << labels1995.dump());
    CHECK_FALSE(has(labels1995, "Soviet Union"));
    CHECK(has(labels1995, "Kazakhstan"));
    CHECK(ninetyFive.state.at("map").at("borders_note").get<std::string>().rfind("Borders of 1995", 0) == 0);
    CHECK(bordersDrawn(after, fitProjection(ninetyFive.state)) >= 4);
}

TEST_CASE("every event's map calls its countries what they were called at the event's date, and names Pakistan at Home", "[e2e][historical]") {
    // Names a country took later, with the year it took them (from data/map/historical_countries.toml's sources),
    // and names of the time with the last year they were still right. Compared by year: a map "at the end of 1947"
    // may not say Myanmar; one of 1995 may not say Burma.
    const std::vector<std::pair<std::string, int>> takenLater = {
        {"Myanmar", 1989}, {"Sri Lanka", 1972}, {"Oman", 1970}, {"United Arab Emirates", 1971}, {"Bangladesh", 1971},
        {"Mali", 1960}, {"Russia", 1991}, {"Kazakhstan", 1991}, {"Ukraine", 1991}, {"Uzbekistan", 1991}, {"Turkmenistan", 1991},
        {"Tajikistan", 1991}, {"Kyrgyzstan", 1991}};
    const std::vector<std::pair<std::string, int>> givenUp = {
        {"Burma", 1989}, {"Ceylon", 1972}, {"Muscat and Oman", 1970}, {"Trucial States", 1971}, {"French Sudan", 1958},
        {"Sudanese Republic", 1960}, {"Soviet Union", 1991}, {"East Pakistan", 1971}, {"East Bengal", 1955}};
    RunOptions start;
    const KioskRun h = runKiosk(start);
    REQUIRE(h.exitCode == 0);
    const Point next = findButton(h.state, "next"), home = findButton(h.state, "map-home");
    const std::string dir = scratchDir("historical-names");
    const int events = h.state.at("content").at("events").get<int>();
    REQUIRE(events > 60);
    std::string script = "wait 300\n" + tapAt(next.x, next.y) + "wait 300\n";
    for (int e = 0; e < events; ++e) {
        script += tapAt(next.x, next.y) + "wait 1500\nstate " + dir + "/event-" + std::to_string(e) + ".json\n";
        script += tapAt(home.x, home.y) + "wait 1500\nstate " + dir + "/home-" + std::to_string(e) + ".json\n";
    }
    RunOptions walk;
    walk.script = script;
    walk.timeoutSeconds = 600 * slowdown();
    const KioskRun run = runKiosk(walk);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    int maps = 0, sawOldName = 0;
    std::set<std::string> shown;  // each step showed another event: Later really moved on
    for (int e = 0; e < events; ++e)
        for (const char* view : {"event-", "home-"}) {
            const auto state = readJson(dir + "/" + view + std::to_string(e) + ".json");
            const std::string note = state.at("map").at("borders_note").get<std::string>();
            std::smatch found;  // the note's year: "Borders at the end of 1947", "Borders of 23 February 2022"
            REQUIRE(std::regex_search(note, found, std::regex("(19|20)[0-9]{2}")));
            const int year = std::stoi(found.str());
            const auto& labels = state.at("map").at("country_labels");
            shown.insert(state.at("selected_event").at("id").get<std::string>());
            INFO(view << e << " " << state.at("selected_event").at("id") << " (" << note << "): " << labels.dump());
            for (const auto& [name, from] : takenLater) CHECK_FALSE((has(labels, name) && year < from));
            for (const auto& [name, until] : givenUp) {
                CHECK_FALSE((has(labels, name) && year > until));
                if (has(labels, name) && name != "Soviet Union") ++sawOldName;
            }
            // Pakistan is named at Home on every date, the two-winged Pakistan before 1971 as well as today's.
            if (std::string(view) == "home-") CHECK(has(labels, "Pakistan"));
            ++maps;
        }
    CHECK(maps == 2 * events);
    CHECK(static_cast<int>(shown.size()) >= events - 1);  // the first event, then each Later; the last stays put
    CHECK(sawOldName > 0);  // the check above saw names of the time, not only maps without them
}

TEST_CASE("no country's name on the map runs under the map's own buttons, in any language or screen shape", "[e2e][map]") {
    for (const char* language : {"en", "ru", "ur"})
        for (const char* size : {"1920x1080", "1080x1920"}) {
            INFO(language << " at " << size);
            const std::string dir = scratchDir(std::string("labels-under-buttons-") + language + size);
            RunOptions home;
            home.dir = dir;
            home.size = size;
            home.config = dir + "/kiosk.toml";
            std::ofstream(home.config) << "[visitors]\nattract_mode = false\nidle_timeout_seconds = 600\n[languages]\n"
                                          "offered = [\"en\", \"ur\", \"ru\"]\ndefault = \"" << language << "\"\n";
            const KioskRun first = runKiosk(home);
            REQUIRE(first.exitCode == 0);
            // The home view, and the view after a selection flies the map (where the names crowd the buttons).
            RunOptions selected = home;
            std::vector<Point> events;
            for (const auto& t : first.state.at("timeline").at("targets"))
                if (t.at("kind") == "event") events.push_back({t.at("x").get<float>(), t.at("y").get<float>(), t.at("id").get<std::string>()});
            REQUIRE(events.size() > 2);
            const Point event = events[events.size() / 2];  // one of the middle years: the map flies east, under the buttons
            selected.script = tapAt(event.x, event.y) + "wait 2500\n";
            for (const KioskRun& run : {first, runKiosk(selected)}) {
                REQUIRE(run.exitCode == 0);
                const auto& names = run.state.at("map").at("country_label_boxes");
                REQUIRE(names.size() > 3);
                int buttons = 0;
                for (const auto& b : run.state.at("buttons")) {
                    const std::string id = b.value("id", "");
                    if (id != "map-in" && id != "map-out" && id != "map-home") continue;
                    ++buttons;
                    const float bx0 = b.at("x").get<float>() - b.at("w").get<float>() / 2, bx1 = bx0 + b.at("w").get<float>();
                    const float by0 = b.at("y").get<float>() - b.at("h").get<float>() / 2, by1 = by0 + b.at("h").get<float>();
                    for (const auto& n : names) {
                        const float x0 = n.at("x"), y0 = n.at("y"), x1 = x0 + n.at("w").get<float>(), y1 = y0 + n.at("h").get<float>();
                        INFO(n.at("text").get<std::string>() << " at " << x0 << "," << y0 << " and the button " << id);
                        CHECK_FALSE((x0 < bx1 && bx0 < x1 && y0 < by1 && by0 < y1));
                    }
                }
                CHECK(buttons == 3);
            }
        }
}
