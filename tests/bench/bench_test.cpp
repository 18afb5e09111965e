// bench_test.cpp: kiosk-bench's arithmetic, its report validator and the scripts it writes. No timing here.
#include <catch2/catch.hpp>

#include "app/input_script.hpp"
#include "tools/bench_report.hpp"
#include "tools/bench_scenarios.hpp"

using namespace kiosk::bench;
using nlohmann::json;

namespace {

json completeReport(bool quick) {
    json r = {{"quick", quick},     {"startup_ms", 150.0},      {"load_ms", 6.5},          {"vertices_per_frame_max", 30000},
              {"draw_calls_per_frame_max", 12}, {"idle_cpu_percent", 0.05}, {"attract_cpu_percent", 40.0}, {"peak_rss_mb", 110.0}};
    for (const std::string& db : quick ? kQuickDatabases : kAllDatabases) {
        r["frame_cpu_ms"][db] = {{"p50", 0.2}, {"p99", 0.5}, {"max", 1.5}};
        r["search_ms"][db] = {{"p50", 0.1}, {"p99", 0.4}};
    }
    r["size"] = "1920x1080";
    if (!quick) r["large_size"] = "3840x2160";
    for (const char* size : {"1920x1080", "3840x2160"})
        for (const char* scenario : {"timeline", "map", "select", "search"})
            r["latency"][size]["real"][scenario]["input_to_pixels_ms"] = {{"p50", 12.0}, {"p99", 30.0}, {"max", 41.0}};
    return r;
}

// A home state like the kiosk writes: targets on both panes and the buttons of its last frame.
json homeState() {
    json s;
    s["window"] = {{"width", 1920}, {"height", 1080}};
    s["mode"] = "active";
    s["selected_event"] = nullptr;
    s["timeline"] = {{"from", 1945.5}, {"to", 2023.5}};
    s["timeline"]["targets"] = json::array({{{"kind", "event"}, {"id", "a"}, {"x", 300.0}, {"y", 900.0}, {"count", 1}},
                                            {{"kind", "event"}, {"id", "b"}, {"x", 600.0}, {"y", 900.0}, {"count", 1}},
                                            {{"kind", "cluster"}, {"id", "c"}, {"x", 800.0}, {"y", 950.0}, {"count", 5}}});
    s["map"] = {{"zoom", 1.0}};
    s["map"]["targets"] = json::array({{{"kind", "place"}, {"id", "moscow"}, {"x", 400.0}, {"y", 150.0}, {"count", 3}}});
    s["buttons"] = json::array({{{"label", "+"}, {"x", 1100.0}, {"y", 140.0}}, {{"label", "+"}, {"x", 1150.0}, {"y", 650.0}},
                                {{"label", "Search"}, {"x", 1500.0}, {"y", 46.0}}});
    return s;
}

}  // namespace

TEST_CASE("medians and nearest-rank percentiles", "[bench]") {
    CHECK(median({}) == 0);
    CHECK(median({3, 1, 2}) == 2);
    CHECK(median({4, 1, 3, 2}) == 2.5);
    std::vector<double> hundred;
    for (int i = 1; i <= 100; ++i) hundred.push_back(i);
    CHECK(percentile(hundred, 0.5) == 50);
    CHECK(percentile(hundred, 0.99) == 99);
    CHECK(percentile(hundred, 1.0) == 100);
    CHECK(percentile({7}, 0.99) == 7);
}

TEST_CASE("the report validator wants every key of the issue, with numbers", "[bench]") {
    CHECK(validateReport(completeReport(false)).empty());
    CHECK(validateReport(completeReport(true)).empty());
    // A quick report is not a full one: the large databases are then required.
    json quickAsFull = completeReport(true);
    quickAsFull["quick"] = false;
    CHECK(validateReport(quickAsFull).size() == 4);
    for (const char* key : {"startup_ms", "load_ms", "vertices_per_frame_max", "idle_cpu_percent", "attract_cpu_percent", "peak_rss_mb",
                            "frame_cpu_ms", "search_ms"}) {
        json r = completeReport(false);
        r.erase(key);
        INFO(key);
        CHECK_FALSE(validateReport(r).empty());
    }
    json r = completeReport(false);
    r["idle_cpu_percent"] = nullptr;
    r["frame_cpu_ms"]["synthetic_100000"].erase("p99");
    r["search_ms"]["real"]["p50"] = "fast";
    CHECK(validateReport(r).size() == 3);
    CHECK_FALSE(validateReport(json::array()).empty());
    json missed = completeReport(true);
    missed["problems"] = json::array({"select: 3 of 8 selections made"});
    CHECK(validateReport(missed).size() == 1);
}

TEST_CASE("the report validator wants input-to-pixels per touched scenario at every size measured", "[bench]") {
    json r = completeReport(false);
    r["latency"]["3840x2160"]["real"].erase("map");
    r["latency"]["1920x1080"]["real"]["select"]["input_to_pixels_ms"]["p99"] = nullptr;
    const auto problems = validateReport(r);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "latency.1920x1080.real.select.input_to_pixels_ms.p99 is not a number");
    CHECK(problems[1] == "missing latency.3840x2160.real.map");
    json small = completeReport(true);
    small["latency"].erase("3840x2160");  // a quick run measures no large size
    CHECK(validateReport(small).empty());
}

TEST_CASE("every generated script is one the kiosk accepts", "[bench]") {
    ScenarioInput in;
    in.home = homeState();
    in.dir = "/tmp/checkpoints";
    for (bool quick : {false, true}) {
        in.quick = quick;
        std::vector<Scenario> all = {timelineScenario(in), mapScenario(in), searchScenario(in, {"gas pipeline"}), attractScenario(in, 5)};
        std::vector<std::string> problems;
        int runs = 0;
        // The select chain, against a kiosk that always selects what was tapped last.
        all.push_back(selectScenario(in, 2, [&](const std::string& script) {
            ++runs;
            json s = homeState();
            s["selected_event"] = {{"id", runs == 1 ? "b" : "a"}};
            (void)script;
            return s;
        }, problems));
        CHECK(problems.empty());
        CHECK(runs == 2);
        for (const Scenario& s : all) {
            INFO(s.name << "\n" << s.script);
            const auto parsed = kiosk::app::parseScript(s.script, s.name);
            CHECK(parsed.error.empty());
            CHECK(parsed.commands.size() > 1);
        }
        // The search opens from the state's own Search button, and "gas pipeline" keeps its space.
        const std::string search = all[2].script;
        CHECK(search.find("tap 1500.0 46.0") != std::string::npos);
        CHECK(search.find("type s \n") != std::string::npos);
        // The timeline's "+" is the lower of the two.
        CHECK(all[0].script.find("tap 1150.0 650.0") != std::string::npos);
    }
}
