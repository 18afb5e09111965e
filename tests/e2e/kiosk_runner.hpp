// kiosk_runner.hpp: runs the real kiosk binary on a private Xvfb display, with scripts, and reads its results.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kiosk::e2e {

struct KioskRun {
    int exitCode = -1;      // 128 + signal when killed by one; 124 when it overran RunOptions::timeoutSeconds
    bool timedOut = false;  // it overran the timeout and was killed (a hang)
    double seconds = 0;     // wall time
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
    double timeoutSeconds = 0;        // > 0: kill it (SIGKILL) when it runs longer, and report timedOut
    std::string dir;                  // where its files go (script, state, output); default: a fresh scratch dir
    int runAsUid = -1;                // >= 0: the child drops to this uid and gid before exec (when run as root)
    bool realClock = false;           // no script: the kiosk runs on the real clock until it is stopped (SIGTERM), with its own instance lock in `dir`
    std::vector<std::pair<std::string, std::string>> env;  // more environment variables for the kiosk
};

// How much slower than a plain build this one runs: 1, or more in the sanitizer tree (KIOSK_SANITIZED). Tests
// multiply their time limits by it and divide their workloads by it.
double slowdown();

// The private Xvfb display, started on first use (":N").
const std::string& display();

// A fresh temporary directory for one test's files.
std::string scratchDir(const std::string& name);

KioskRun runKiosk(const RunOptions& options);

// A kiosk started in the background (for faults such as kill -9, resizing its window, sampling /proc while it runs).
struct KioskProcess {
    int pid = -1;
    std::string dir, outputPath, statePath, screenshot;
};
KioskProcess startKiosk(const RunOptions& options);
// Waits for it to end, at most `timeoutSeconds` (then kills it and reports timedOut); reads its output and state.
KioskRun waitKiosk(const KioskProcess& process, double timeoutSeconds);

// The centre of a touch target of the given kind in a state's "timeline" or "map" block; throws when none.
struct Point { float x = 0, y = 0; std::string id; };
Point findTarget(const nlohmann::json& state, const std::string& pane, const std::string& kind, int count = -1);

// A screenshot of the whole private display, taken from outside the kiosk (ImageMagick's import): what a kiosk on
// the real clock shows at this moment. Returns false when it could not be taken.
// `size` ("1920x1080") crops it to the top-left corner, where a windowed kiosk opens.
bool grabDisplay(const std::string& path, const std::string& size = "");

// Reads a JSON file written by the kiosk (`state PATH`).
nlohmann::json readJson(const std::string& path);
// Script lines that tap a point, or the first button with this label (below minY) in a state's "buttons".
std::string tapAt(float x, float y);
std::string tapLabel(const nlohmann::json& state, const std::string& label, float minY = -1);

struct Image {
    int width = 0, height = 0;
    std::vector<unsigned char> rgb;
    // Distinct colours in a sample of pixels: a blank or frozen screen has a handful.
    int distinctColours() const;
};
Image loadPng(const std::string& path);

}  // namespace kiosk::e2e
