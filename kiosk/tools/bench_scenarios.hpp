// bench_scenarios.hpp: the scripted visitor sequences kiosk-bench times, written as kiosk --script files.
// Positions come from the touch targets of a first --state-out run (events, clusters, map markers) and from the
// screen layout (model::layoutScreen), so the scripts follow the content and the window size. Each scenario
// carries checkpoints (`state` lines) that say whether it did what it meant to: a scenario that silently
// missed its buttons would time nothing of interest.
#pragma once
#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace kiosk::bench {

struct Target {
    std::string kind, id;  // "event", "cluster", "place", "place-cluster"
    float x = 0, y = 0;
    int count = 1;
};

// The touch targets of one pane in a state JSON ("timeline" or "map").
std::vector<Target> targetsIn(const nlohmann::json& state, const std::string& pane);

// A checkpoint: the state JSON written at a point of the script, and what must hold there (returns "" when it
// holds, otherwise what went wrong).
struct Checkpoint {
    std::filesystem::path file;
    std::function<std::string(const nlohmann::json&)> check;
};

struct Scenario {
    std::string name;     // key in the JSON: timeline, map, select, search, attract
    std::string label;    // row in the table
    bool attract = false; // run with the attract configuration (otherwise: a visitor is already there)
    std::string script;
    std::vector<Checkpoint> checkpoints;
};

struct ScenarioInput {
    int width = 1920, height = 1080;
    nlohmann::json home;            // state JSON of the probe run (the home view, targets drawn)
    std::filesystem::path dir;      // where checkpoint files go
    bool quick = false;
};

Scenario timelineScenario(const ScenarioInput& in);
Scenario mapScenario(const ScenarioInput& in);
Scenario searchScenario(const ScenarioInput& in, const std::vector<std::string>& queries);
Scenario attractScenario(const ScenarioInput& in, double seconds);

// Selecting events one after another. Where an event lands after a selection depends on the timeline the
// selection re-centres, so the chain is built step by step: `runForState(script)` runs the kiosk on a script and
// returns the state JSON at its end. Clusters are opened (zoomed into) when no event is on screen, as a visitor
// would on a dense timeline. `problems` receives what went wrong.
Scenario selectScenario(const ScenarioInput& in, int selections,
                        const std::function<nlohmann::json(const std::string& script)>& runForState, std::vector<std::string>& problems);

}  // namespace kiosk::bench
