// mirroring_test.cpp: in Urdu every pane's own controls start where the visitor reads from, the right, and in
// English from the left, measured from the real kiosk's buttons as drawn.
#include <catch2/catch.hpp>

#include <fstream>
#include <optional>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {

struct Box {
    float x = 0, y = 0, w = 0, h = 0;
    float centreX() const { return x + w / 2; }
    bool holds(float px, float py) const { return px >= x && px <= x + w && py >= y && py <= y + h; }
};

Box paneOf(const nlohmann::json& state, const char* pane) {
    const auto& r = state.at("layout").at(pane);
    return {r.at("x").get<float>(), r.at("y").get<float>(), r.at("w").get<float>(), r.at("h").get<float>()};
}

// The centre of the first button with exactly this label inside `pane`.
std::optional<std::pair<float, float>> buttonIn(const nlohmann::json& state, const std::string& label, const Box& pane) {
    for (const auto& b : state.at("buttons")) {
        const float x = b.at("x").get<float>(), y = b.at("y").get<float>();
        if (b.at("label") == label && pane.holds(x, y)) return std::make_pair(x, y);
    }
    return std::nullopt;
}

RunOptions inLanguage(const std::string& dir, const std::string& language, const char* size) {
    RunOptions o;
    o.dir = dir;
    o.size = size;
    o.config = dir + "/kiosk.toml";
    std::ofstream(o.config) << "[visitors]\nattract_mode = false\nidle_timeout_seconds = 600\n[languages]\noffered = [\"en\", \"ur\", \"ru\"]\ndefault = \""
                            << language << "\"\n";
    return o;
}

}  // namespace

TEST_CASE("in Urdu the map's, the timeline's, the place list's and the search page's controls start at the right, and in English at the left",
          "[e2e]") {
    for (const char* size : {"1920x1080", "1080x1920"}) {
        for (const std::string language : {"ur", "en"}) {
            INFO(size << " " << language);
            const bool rightToLeft = language == "ur";
            const std::string dir = scratchDir("mirroring-" + language);
            RunOptions o = inLanguage(dir, language, size);
            const KioskRun home = runKiosk(o);
            INFO(home.output);
            REQUIRE(home.exitCode == 0);
            const Box map = paneOf(home.state, "map"), timeline = paneOf(home.state, "timeline"), reader = paneOf(home.state, "reader");

            // The map's zoom buttons: at the pane's far side from where reading starts.
            const auto mapPlus = buttonIn(home.state, "+", map);
            REQUIRE(mapPlus);
            CHECK((mapPlus->first < map.centreX()) == rightToLeft);
            // The timeline's zoom buttons likewise, at the end of its row of chips.
            const auto timelineOut = buttonIn(home.state, "\u2013", timeline);
            REQUIRE(timelineOut);
            CHECK((timelineOut->first < timeline.centreX()) == rightToLeft);

            // A place's list of events: Close at the end of its title row, the rows' own scroll bar beside it.
            const Point moscow = findTarget(home.state, "map", "place", 31);
            RunOptions chooser = o;
            chooser.script = tapAt(moscow.x, moscow.y) + "wait 500\n";
            const KioskRun list = runKiosk(chooser);
            REQUIRE(list.exitCode == 0);
            REQUIRE(list.state.at("map").at("chooser").size() >= 6);
            std::optional<float> closeX, rowX;
            for (const auto& b : list.state.at("buttons")) {
                const std::string label = b.at("label");
                if (!map.holds(b.at("x"), b.at("y"))) continue;
                if (label == (rightToLeft ? "\u0628\u0646\u062F \u06A9\u0631\u06CC\u06BA" : "Close")) closeX = b.at("x").get<float>();  // بند کریں
                if (label.find("1948") != std::string::npos && !rowX) rowX = b.at("x").get<float>();
            }
            REQUIRE(closeX);
            REQUIRE(rowX);
            CHECK((*closeX < *rowX) == rightToLeft);

            // The search page's suggested words flow from the right in Urdu: the third of six ("1971", the same in
            // both languages) is in the reader's right half there and in its left half in English.
            RunOptions search = o;
            search.script = tapLabel(home.state, rightToLeft ? "\u062A\u0644\u0627\u0634" : "Search") + "wait 500\n";  // تلاش
            const KioskRun page = runKiosk(search);
            REQUIRE(page.exitCode == 0);
            REQUIRE(page.state.at("reader").at("page") == "search");
            const auto year = buttonIn(page.state, "1971", reader);
            REQUIRE(year);
            CHECK((year->first > reader.centreX()) == rightToLeft);
        }
    }
}
