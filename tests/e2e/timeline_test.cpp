// timeline_test.cpp: pan, zoom and tap on the timeline, on the real content and on 100,000 synthetic events.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;

namespace {

double span(const nlohmann::json& s) { return s.at("timeline").at("to").get<double>() - s.at("timeline").at("from").get<double>(); }

// 100,000 synthetic events, made once per build tree.
const std::string& syntheticDb() {
    static const std::string path = [] {
        const std::string p = std::string(KIOSK_E2E_ARTIFACTS) + "/synthetic-100000.db";
        // Rebuilt whenever the content tool is newer (a schema change would otherwise leave a stale database).
        if (!std::filesystem::exists(p) || std::filesystem::last_write_time(p) < std::filesystem::last_write_time(KIOSK_CONTENT_TOOL)) {
            std::filesystem::create_directories(KIOSK_E2E_ARTIFACTS);
            const std::string cmd = std::string(KIOSK_CONTENT_TOOL) + " synth --events 100000 --seed 7 --data " + KIOSK_DATA_DIR + " --out " + p +
                                    " >/dev/null";
            if (std::system(cmd.c_str()) != 0) throw std::runtime_error("kiosk-content synth failed");
        }
        return p;
    }();
    return path;
}

}  // namespace

TEST_CASE("the timeline zooms with its buttons, pans with a drag, and selects with a tap", "[e2e]") {
    const std::string dir = scratchDir("timeline");
    RunOptions home;
    const KioskRun h = runKiosk(home);
    REQUIRE(h.exitCode == 0);
    const float timelineTop = 600;  // below the map at 1920x1080: the timeline's own + and - buttons
    RunOptions o;
    o.script = tapLabel(h.state, "+", timelineTop) + "wait 800\nstate " + dir + "/zoom1.json\n" + tapLabel(h.state, "+", timelineTop) +
               "wait 800\nstate " + dir + "/zoom2.json\n" + "drag 900 950 500 950 300\nwait 1200\nstate " + dir + "/panned.json\n";
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    const auto zoom1 = readJson(dir + "/zoom1.json"), zoom2 = readJson(dir + "/zoom2.json"), panned = readJson(dir + "/panned.json");
    CHECK(span(zoom1) == Approx(span(h.state) / 2).epsilon(0.02));
    CHECK(span(zoom2) == Approx(span(h.state) / 4).epsilon(0.02));
    // Dragging leftwards moves later years into view.
    CHECK(panned.at("timeline").at("from").get<double>() > zoom2.at("timeline").at("from").get<double>() + 1);
    CHECK(span(panned) == Approx(span(zoom2)).epsilon(0.01));

    // Tap an event that is visible after the pan: it is selected and the timeline centres on it.
    Point event{};
    for (const auto& t : panned.at("timeline").at("targets"))
        if (t.at("kind") == "event") {
            event = {t.at("x"), t.at("y"), t.at("id")};
            break;
        }
    REQUIRE_FALSE(event.id.empty());
    RunOptions select = o;
    select.script += tapAt(event.x, event.y) + "wait 1500\n";
    const KioskRun selected = runKiosk(select);
    REQUIRE(selected.exitCode == 0);
    CHECK(selected.state.at("selected_event").at("id") == event.id);
    CHECK(selected.state.at("timeline").at("animating") == false);
}

TEST_CASE("a hundred thousand events: the whole range shows counted clusters that open as you zoom, down to a single event", "[e2e]") {
    const std::string db = syntheticDb();
    RunOptions home;
    home.db = db;
    const KioskRun h = runKiosk(home);
    INFO(h.output);
    REQUIRE(h.exitCode == 0);
    CHECK(h.state.at("content").at("events") == 100000);
    int clusters = 0, counted = 0;
    for (const auto& t : h.state.at("timeline").at("targets"))
        if (t.at("kind") == "cluster") {
            ++clusters;
            counted += t.at("count").get<int>();
        }
    CHECK(clusters >= 10);
    CHECK(counted > 90000);  // nearly every event is inside a counted cluster at the widest view

    // Tap clusters until events appear, then tap one.
    std::string script;
    nlohmann::json state = h.state;
    for (int step = 0; step < 8; ++step) {
        const auto& targets = state.at("timeline").at("targets");
        auto event = std::find_if(targets.begin(), targets.end(), [](const auto& t) { return t.at("kind") == "event"; });
        if (event != targets.end()) {
            script += tapAt((*event).at("x"), (*event).at("y")) + "wait 1500\n";
            RunOptions last = home;
            last.script = script;
            const KioskRun done = runKiosk(last);
            REQUIRE(done.exitCode == 0);
            REQUIRE(done.state.at("selected_event").is_object());
            CHECK(done.state.at("selected_event").at("id") == (*event).at("id"));
            return;
        }
        // The smallest cluster is the one most likely to part into events.
        // (Only clusters: eras are touch targets too now.)
        nlohmann::json openable = nlohmann::json::array();
        for (const auto& t : targets)
            if (t.at("kind") == "cluster") openable.push_back(t);
        REQUIRE_FALSE(openable.empty());
        auto first = std::min_element(openable.begin(), openable.end(), [](const auto& a, const auto& b) { return a.at("count") < b.at("count"); });
        script += tapAt((*first).at("x"), (*first).at("y")) + "wait 1200\n";
        RunOptions next = home;
        next.script = script;
        const KioskRun r = runKiosk(next);
        REQUIRE(r.exitCode == 0);
        CHECK(span(r.state) < span(state));  // each cluster tap zooms in
        state = r.state;
    }
    FAIL("no single event appeared after eight cluster taps");
}
