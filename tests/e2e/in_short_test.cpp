// in_short_test.cpp: the event page shows the event's plain-language line on screen, in a band of its own, right
// above the summary; checked in the state JSON against data/events.toml and in the screenshot's pixels.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {

// The in_short line of an event as the curators wrote it in data/events.toml (a basic string, no escapes).
std::string inShortInData(const std::string& eventId) {
    std::ifstream in(std::string(KIOSK_DATA_DIR) + "/events.toml");
    std::stringstream all;
    all << in.rdbuf();
    const std::string text = all.str();
    const size_t record = text.find("id = \"" + eventId + "\"");
    if (record == std::string::npos) return {};
    const size_t key = text.find("\nin_short = \"", record);
    if (key == std::string::npos || key > text.find("[[event]]", record)) return {};
    const size_t from = key + std::string("\nin_short = \"").size();
    return text.substr(from, text.find('"', from) - from);
}

struct Rgb {
    int r = 0, g = 0, b = 0;
    bool operator==(const Rgb& o) const { return r == o.r && g == o.g && b == o.b; }
    bool operator!=(const Rgb& o) const { return !(*this == o); }
    int distance(const Rgb& o) const { return std::abs(r - o.r) + std::abs(g - o.g) + std::abs(b - o.b); }
};

Rgb pixel(const Image& image, double x, double y) {
    const int px = std::clamp(static_cast<int>(std::lround(x)), 0, image.width - 1);
    const int py = std::clamp(static_cast<int>(std::lround(y)), 0, image.height - 1);
    const size_t i = (static_cast<size_t>(py) * static_cast<size_t>(image.width) + static_cast<size_t>(px)) * 3;
    return {image.rgb[i], image.rgb[i + 1], image.rgb[i + 2]};
}

// Pixels in the rectangle that stand out from `ground` (text drawn on it).
int inkPixels(const Image& image, double x0, double y0, double x1, double y1, const Rgb& ground) {
    int ink = 0;
    for (double y = y0; y < y1; y += 1)
        for (double x = x0; x < x1; x += 1) ink += pixel(image, x, y).distance(ground) > 120;
    return ink;
}

}  // namespace

TEST_CASE("the event page shows the in-short line in its own band right above the summary", "[e2e][in-short]") {
    for (const auto& [size, width, height] : {std::tuple{"1920x1080", 1920, 1080}, std::tuple{"1080x1920", 1080, 1920}}) {
        INFO(size);
        RunOptions first;
        first.size = size;
        const KioskRun home = runKiosk(first);
        REQUIRE(home.exitCode == 0);
        CHECK(home.state.at("reader").at("in_short").is_null());  // the welcome page has none
        const Point event = findTarget(home.state, "timeline", "event");
        RunOptions o;
        o.size = size;
        o.script = tapAt(event.x, event.y) + "wait 1500\n";
        o.screenshot = true;
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        REQUIRE(run.exitCode == 0);
        REQUIRE(run.state.at("selected_event").is_object());
        const std::string id = run.state.at("selected_event").at("id");
        INFO("event " << id);
        const std::string expected = inShortInData(id);
        REQUIRE_FALSE(expected.empty());
        CHECK(run.state.at("selected_event").at("in_short") == expected);

        const auto& band = run.state.at("reader").at("in_short");
        REQUIRE(band.is_object());
        const double x = band.at("x"), y = band.at("y"), w = band.at("w"), h = band.at("h");
        const double summaryY = run.state.at("reader").at("summary_y");
        // On screen, tall enough for a heading and a line of text, and right above the summary.
        CHECK(x >= 0);
        CHECK(x + w <= width);
        CHECK(y >= 0);
        CHECK(h >= 50);
        CHECK(y + h <= summaryY);
        CHECK(summaryY - (y + h) < 30);
        CHECK(summaryY + 30 <= height);

        const Image image = loadPng(run.screenshot);
        REQUIRE(image.width == width);
        // The band is visibly its own: an accent edge down its left side, a tint unlike the page's background.
        const Rgb edge = pixel(image, x + 2, y + h / 2);
        const Rgb tint = pixel(image, x + w - 6, y + h / 2);
        const Rgb page = pixel(image, x + w - 6, y + h + 3);
        CHECK(edge != tint);
        CHECK(tint != page);
        for (double row = y + 16; row < y + h - 16; row += 4) CHECK(pixel(image, x + 2, row) == edge);
        // Its heading and its line are drawn in it, and the summary's first line under it.
        const int bandInk = inkPixels(image, x + 16, y, x + w - 16, y + h, tint);
        const int summaryInk = inkPixels(image, x, summaryY, x + w, summaryY + 24, page);
        CHECK(bandInk > 400);
        CHECK(summaryInk > 400);
    }
}

namespace {

// Whole lines of text drawn in a column of the screenshot between y0 and y1: bands of rows with ink, apart from
// each other by blank rows. A line the scroll region's edge cuts shows as a band less than half as tall as the
// first, and is not counted.
int wholeLinesOfInk(const Image& image, double x0, double x1, double y0, double y1, const Rgb& ground) {
    std::vector<int> bands;
    int height = 0, blank = 0;
    for (double y = y0; y < y1; y += 1) {
        if (inkPixels(image, x0, y, x1, y + 1, ground) > 2) {
            height += 1 + (height > 0 ? blank : 0);  // a short blank inside a line (between a letter and its dots)
            blank = 0;
        } else if (height > 0 && ++blank >= 3) {
            bands.push_back(height);
            height = blank = 0;
        }
    }
    if (height > 0) bands.push_back(height);
    return static_cast<int>(std::count_if(bands.begin(), bands.end(), [&](int h) { return 2 * h >= bands.front(); }));
}

}  // namespace

TEST_CASE("in portrait the reader's first screen holds two whole lines of the summary, in every language", "[e2e][in-short]") {
    for (const std::string language : {"en", "ru", "ur"}) {
        INFO(language);
        const std::string dir = scratchDir("portrait-summary-" + language);
        RunOptions first;
        first.size = "1080x1920";
        first.config = dir + "/kiosk.toml";
        std::ofstream(first.config) << "[visitors]\nattract_mode = false\nidle_timeout_seconds = 600\n[languages]\n"
                                       "offered = [\"en\", \"ur\", \"ru\"]\ndefault = \"" << language << "\"\n";
        const KioskRun home = runKiosk(first);
        REQUIRE(home.exitCode == 0);
        // An event whose summary runs to several lines in every language: Ayub Khan's visit to Moscow.
        Point visit{-1, -1};
        for (const auto& t : home.state.at("timeline").at("targets"))
            if (t.at("kind") == "event" && t.at("id") == "ayub-visits-moscow") visit = {t.at("x"), t.at("y")};
        REQUIRE(visit.x >= 0);
        RunOptions o = first;
        o.script = tapAt(visit.x, visit.y) + "wait 1500\n";
        o.screenshot = true;
        const KioskRun run = runKiosk(o);
        INFO(run.output);
        REQUIRE(run.exitCode == 0);
        REQUIRE(run.state.at("selected_event").at("id") == "ayub-visits-moscow");
        // The page's visible foot: the top of the Earlier / Later pair under it.
        double foot = -1;
        for (const auto& b : run.state.at("buttons"))
            if (b.value("id", "") == "prev") foot = b.at("y").get<double>() - b.at("h").get<double>() / 2;
        REQUIRE(foot > 0);
        const auto& reader = run.state.at("layout").at("reader");
        const double left = reader.at("x").get<double>() + 20, right = left + reader.at("w").get<double>() - 60;
        const double summaryY = run.state.at("reader").at("summary_y");
        const Image image = loadPng(run.screenshot);
        const Rgb page = pixel(image, right - 4, summaryY - 4);
        INFO("summary from y " << summaryY << " to the page's foot at " << foot);
        CHECK(wholeLinesOfInk(image, left, right, summaryY, foot - 8, page) >= 2);
    }
}
