// preview_test.cpp: `kiosk --preview DIR` on the real clock: a save under the running preview shows on screen
// within 2 s (measured from the save to the state of a drawn frame), and a save that breaks the content shows the
// error with its file and line over the exhibit while the screen keeps the last good content.
#include <catch2/catch.hpp>

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Saves as many editors do: the new text to a temporary file beside the old one, renamed over it.
void saveViaRename(const fs::path& file, const std::string& text) {
    const fs::path temp = file.parent_path() / ("." + file.filename().string() + ".swp");
    std::ofstream(temp, std::ios::binary) << text;
    fs::rename(temp, file);
}

// Asks the running kiosk for its state (SIGUSR1) until `done` holds of it or `seconds` pass; the state it
// answered with last, or null.
template <typename Pred>
nlohmann::json waitForState(const KioskProcess& p, double seconds, Pred done) {
    const auto start = Clock::now();
    nlohmann::json last;
    while (std::chrono::duration<double>(Clock::now() - start).count() < seconds) {
        fs::remove(p.statePath);
        kill(p.pid, SIGUSR1);
        for (int i = 0; i < 50 && !fs::exists(p.statePath); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(2));
        try {
            last = readJson(p.statePath);
            if (done(last)) return last;
        } catch (const std::exception&) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return last;
}

// How many pixels differ between two same-sized images inside a rectangle.
int differingPixels(const Image& a, const Image& b, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) {
            const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(a.width) + static_cast<size_t>(x)) * 3;
            if (a.rgb[i] != b.rgb[i] || a.rgb[i + 1] != b.rgb[i + 1] || a.rgb[i + 2] != b.rgb[i + 2]) ++n;
        }
    return n;
}

}  // namespace

TEST_CASE("a save under a running preview is on screen within 2 s, and a broken save shows its error over the last good content",
          "[e2e][preview]") {
    const std::string dir = scratchDir("preview");
    const fs::path data = fs::path(dir) / "data";
    fs::copy(KIOSK_DATA_DIR, data, fs::copy_options::recursive);
    const std::string shots = std::string(KIOSK_E2E_ARTIFACTS) + "/preview";
    fs::create_directories(shots);

    RunOptions o;
    o.realClock = true;
    o.dir = scratchDir("preview-run");
    o.extra = {"--preview", data.string()};
    const KioskProcess p = startKiosk(o);
    const double limit = 2.0 * slowdown();

    // Only once it has started: SIGUSR1 before the kiosk installs its handler would end it.
    for (int i = 0; i < 3000 && readAll(p.outputPath).find("started on") == std::string::npos; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    // The preview is up, with the exhibit as saved.
    const nlohmann::json first = waitForState(p, 60 * slowdown(), [](const nlohmann::json& s) {
        return s.value("frames", 0) > 3 && s.contains("preview") && s.at("content").value("title", "") != "";
    });
    REQUIRE(first.contains("preview"));
    CHECK(first.at("preview").at("errors") == 0);
    CHECK(first.at("content").at("title") == "Pakistan and the Soviet Union / Russia, 1947\u20132022");
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // let the screen settle
    REQUIRE(grabDisplay(shots + "/1-before.png", "1920x1080"));

    // A curator retitles the exhibit and saves (through a temporary file, as many editors do).
    const fs::path exhibit = data / "exhibit.toml";
    std::string text = readAll(exhibit);
    const std::string oldTitle = "title = \"Pakistan and the Soviet Union / Russia, 1947–2022\"";
    REQUIRE(text.find(oldTitle) != std::string::npos);
    text.replace(text.find(oldTitle), oldTitle.size(), "title = \"Neighbours at a distance, 1947–2022\"");
    const auto saved = Clock::now();
    saveViaRename(exhibit, text);
    const nlohmann::json changed = waitForState(p, 10 * slowdown(), [](const nlohmann::json& s) {
        return s.at("content").value("title", "") == "Neighbours at a distance, 1947\u20132022";
    });
    const double seconds = std::chrono::duration<double>(Clock::now() - saved).count();
    std::printf("preview: the saved change was on screen %.2f s after the save\n", seconds);
    CHECK(changed.at("content").at("title") == "Neighbours at a distance, 1947\u20132022");
    CHECK(seconds < limit);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    REQUIRE(grabDisplay(shots + "/2-changed.png", "1920x1080"));

    // Then a save with a mistake: a quote with no closing quote mark in events.toml.
    const fs::path events = data / "events.toml";
    std::string broken = readAll(events);
    const size_t title = broken.find("title = \"");
    REQUIRE(title != std::string::npos);
    const size_t end = broken.find('"', title + 9);
    broken.erase(end, 1);
    const int line = 1 + static_cast<int>(std::count(broken.begin(), broken.begin() + static_cast<std::ptrdiff_t>(title), '\n'));
    saveViaRename(events, broken);
    const nlohmann::json error = waitForState(p, 10 * slowdown(), [](const nlohmann::json& s) {
        return s.contains("preview") && s.at("preview").at("errors").get<int>() > 0 && !s.at("preview").at("building").get<bool>();
    });
    REQUIRE(error.at("preview").at("errors").get<int>() >= 1);
    CHECK(error.at("preview").at("panel_shown") == true);
    const auto& problem = error.at("preview").at("problems").at(0);
    CHECK(problem.at("where") == "data/events.toml, line " + std::to_string(line));
    CHECK(problem.at("message").get<std::string>().find("closing quote") != std::string::npos);
    // The exhibit behind the panel is still the last good one.
    CHECK(error.at("content").at("title") == "Neighbours at a distance, 1947\u20132022");
    CHECK(error.at("content").at("events") == first.at("content").at("events"));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    REQUIRE(grabDisplay(shots + "/3-error.png", "1920x1080"));

    kill(p.pid, SIGTERM);
    const KioskRun run = waitKiosk(p, 20 * slowdown());
    INFO(run.output);
    CHECK(run.exitCode == 0);

    // On screen: the retitle changed the header; the broken save left the header as it was and drew the panel.
    const Image before = loadPng(shots + "/1-before.png"), after = loadPng(shots + "/2-changed.png"), failed = loadPng(shots + "/3-error.png");
    REQUIRE(before.width == 1920);
    REQUIRE(after.width == 1920);
    REQUIRE(failed.width == 1920);
    const int titleW = 900, titleH = 60;  // the title, top left
    CHECK(differingPixels(before, after, 0, 0, titleW, titleH) > 500);
    CHECK(differingPixels(after, failed, 0, 0, titleW, titleH) == 0);
    CHECK(differingPixels(after, failed, 20, 140, 1180, 600) > 20000);  // the error panel over the map
}
