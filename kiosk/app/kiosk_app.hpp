// kiosk_app.hpp: the composition root. Owns the configuration, the catalog, the window, the view state and the
// frame loop; wires the store, the panes and the reducer together.
#pragma once
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::app {

struct Options {
    std::filesystem::path database;   // --db
    std::filesystem::path config;     // --config
    bool windowed = false;            // --windowed
    int width = 0, height = 0;        // --size WxH
    std::string screenshot;           // --screenshot OUT.png
    std::string script;               // --script FILE
    std::string stateOut;             // --state-out FILE
    bool check = false;               // --check
    std::vector<std::string> report;  // --report USAGE.db|DIR...: print a usage summary of one or many machines' logs
    std::string reportCsv;            // --csv FILE with --report
    std::string reportHtml;           // --html FILE with --report: a printable report with charts
    std::string clockStart;           // --clock-start 2026-12-07T08:59: a simulated local wall clock (tests, demonstrations)
    double clockSpeed = 1;            // --clock-speed N: that clock runs N times real time
    std::vector<std::string> argv;    // for a restart from the staff panel
    std::string statsOut;             // --stats-out FILE: timings and sizes as JSON, for kiosk-bench
    std::filesystem::path preview;    // --preview DATA_DIR: show the sources, rebuilt on every save
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();  // set first thing in main()
    double startedBeforeMainMs = 0;  // how long the process had run when main() began (app/process_start.hpp)
};

// Runs the kiosk (or the check). Returns the process exit code.
int runKiosk(const Options& options);

}  // namespace kiosk::app
