// nastaliq_letters_test.cpp: Urdu's letters are drawn whole where a line starts, measured in the real kiosk's
// screenshot. Nastaliq's word-initial kaf carries its stroke past its advance, to the right of where the line
// starts; cut at the reader's edge, "کوسیگن" (Kosygin) reads "لوسیگن".
#include <catch2/catch.hpp>

#include <array>
#include <cstdlib>
#include <fstream>
#include <string>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {

RunOptions inUrdu(const std::string& dir) {
    RunOptions o;
    o.dir = dir;
    o.size = "1920x1080";
    o.config = dir + "/kiosk.toml";
    std::ofstream(o.config) << "[visitors]\nattract_mode = false\nidle_timeout_seconds = 600\n[languages]\n"
                               "offered = [\"en\", \"ur\", \"ru\"]\ndefault = \"ur\"\n";
    return o;
}

struct Centre {
    float x = -1, y = -1;
};

Centre buttonCentre(const nlohmann::json& state, const std::string& id) {
    for (const auto& b : state.at("buttons"))
        if (b.value("id", "") == id) return {b.at("x").get<float>(), b.at("y").get<float>()};
    return {};
}

}  // namespace

TEST_CASE("a Nastaliq line that starts with a kaf shows the kaf's whole stroke at the reader's edge", "[e2e][urdu]") {
    // The event whose Urdu summary starts with "کوسیگن کے دورے کے بعد": reached by Later from the first event drawn
    // alone on the timeline, as a visitor would step to it.
    const std::string target = "brezhnev-collective-security";
    const std::string dir = scratchDir("nastaliq-kaf");
    const KioskRun home = runKiosk(inUrdu(dir));
    REQUIRE(home.exitCode == 0);
    const Point start = findTarget(home.state, "timeline", "event");
    const Centre later = buttonCentre(home.state, "next");
    REQUIRE(later.x > 0);

    // Step through Later, one state per step, to find how many steps it takes.
    RunOptions walk = inUrdu(dir);
    walk.script = tapAt(start.x, start.y) + "wait 800\n";
    constexpr int kSteps = 40;
    for (int i = 0; i < kSteps; ++i)
        walk.script += tapAt(later.x, later.y) + "wait 600\nstate " + dir + "/step-" + std::to_string(i) + ".json\n";
    const KioskRun walked = runKiosk(walk);
    REQUIRE(walked.exitCode == 0);
    int steps = -1;
    for (int i = 0; i < kSteps && steps < 0; ++i) {
        const nlohmann::json s = readJson(dir + "/step-" + std::to_string(i) + ".json");
        if (s.at("selected_event").is_object() && s.at("selected_event").at("id") == target) steps = i + 1;
    }
    REQUIRE(steps > 0);

    RunOptions o = inUrdu(dir);
    o.script = tapAt(start.x, start.y) + "wait 800\n";
    for (int i = 0; i < steps; ++i) o.script += tapAt(later.x, later.y) + "wait 600\n";
    o.script += "wait 1200\n";
    o.screenshot = true;
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.state.at("selected_event").at("id") == target);

    // The reader's column ends on the right where its "In short" band does; the summary's first line starts there.
    const auto& band = run.state.at("reader").at("in_short");
    REQUIRE(band.is_object());
    const int columnRight = static_cast<int>(band.at("x").get<double>() + band.at("w").get<double>());
    const int summaryY = static_cast<int>(run.state.at("reader").at("summary_y").get<double>());
    const Image image = loadPng(run.screenshot);
    REQUIRE(image.width == 1920);
    auto at = [&](int x, int y) {
        const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(image.width) + static_cast<size_t>(x)) * 3;
        return std::array<int, 3>{image.rgb[i], image.rgb[i + 1], image.rgb[i + 2]};
    };
    const auto ground = at(columnRight + 14, summaryY + 30);
    auto ink = [&](int x0, int x1) {
        int n = 0;
        for (int y = summaryY; y < summaryY + 60; ++y)
            for (int x = x0; x < x1; ++x) {
                const auto p = at(x, y);
                n += std::abs(p[0] - ground[0]) + std::abs(p[1] - ground[1]) + std::abs(p[2] - ground[2]) > 120;
            }
        return n;
    };
    INFO("column's right edge at x " << columnRight << ", summary from y " << summaryY);
    // The kaf's stroke: ink in the few pixels right of where the line starts (cut off there, there is none).
    CHECK(ink(columnRight, columnRight + 10) >= 10);
    // And nothing past half an em: the stroke hangs into the margin, the line does not move.
    CHECK(ink(columnRight + 14, columnRight + 30) == 0);
}
