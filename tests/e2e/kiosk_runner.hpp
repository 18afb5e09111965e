// kiosk_runner.hpp: runs the real kiosk binary on a private Xvfb display, with scripts, and reads its results.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kiosk::e2e {

struct KioskRun {
    int exitCode = -1;
    std::string output;     // standard output and error
    nlohmann::json state;   // --state-out, when written
    std::string screenshot; // path of the final screenshot, when asked for
};

struct RunOptions {
    std::string size = "1920x1080";
    std::string script;               // script text; written to a temporary file
    std::vector<std::string> extra;   // more arguments
    bool screenshot = false;
    std::string db;                   // default: the built exhibit.db
    std::string config;               // default: tests/fixtures/browsing.toml (no attract tour)
};

// A fresh temporary directory for one test's files.
std::string scratchDir(const std::string& name);

KioskRun runKiosk(const RunOptions& options);

// The centre of a touch target of the given kind in a state's "timeline" or "map" block; throws when none.
struct Point { float x = 0, y = 0; std::string id; };
Point findTarget(const nlohmann::json& state, const std::string& pane, const std::string& kind, int count = -1);

struct Image {
    int width = 0, height = 0;
    std::vector<unsigned char> rgb;
    // Distinct colours in a sample of pixels: a blank or frozen screen has a handful.
    int distinctColours() const;
};
Image loadPng(const std::string& path);

}  // namespace kiosk::e2e
