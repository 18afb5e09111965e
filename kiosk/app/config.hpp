// config.hpp: the settings an IT admin may change in kiosk.toml. Every key has a default; a missing file gives
// the defaults; an unknown key or a bad value is reported with file and line and replaced by its default, so the
// kiosk always starts. The one exception is the staff PIN: it has no default (a known value would open every
// kiosk), so without a valid one the staff keypad stays locked and the reason is reported.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "model/opening_hours.hpp"

namespace kiosk::app {

struct Config {
    // [display]
    bool fullscreen = true;
    int monitor = 0;
    int windowWidth = 1920, windowHeight = 1080;
    bool hideCursor = true;
    double screenWidthMm = 0;  // 0: ask the monitor
    // [content]
    std::filesystem::path database;     // empty: the installed or built exhibit.db
    std::filesystem::path fontsDir;     // empty: the installed or source fonts/
    // [visitors]
    double idleTimeoutSeconds = 45;
    bool attractMode = true;
    int defaultTextSize = 1;            // 0 small, 1 normal, 2 large
    bool reducedMotion = false;         // cross-fades instead of movement in the tour and on selection
    bool lowReach = false;              // every control in the lower part of the screen
    std::string palette = "standard";   // standard | colour-blind-safe
    // [languages]
    std::string defaultLanguage = "en";  // what each new visitor sees first
    std::vector<std::string> offeredLanguages = {"en", "ur", "ru"};  // what the language button offers, in order
    // Whether the timeline's axis turns round for a right-to-left language (earliest at the right). Off by default:
    // the timeline is one picture shared by everyone at the screen, and a companion's finger on 1971 must not find
    // 1971 elsewhere when another visitor picks Urdu; Urdu writes years and ranges left to right too.
    bool timelineFollowsReading = false;
    // [staff]
    std::string adminPin;               // empty: no usable PIN, the keypad cannot be unlocked
    std::string adminPinProblem;        // why there is no usable PIN ("No staff PIN is set: ..."); empty when there is one
    // [logging]
    std::filesystem::path logFile;       // empty: no log file, only standard error
    std::filesystem::path usageLog;      // empty: usage is not recorded
    int usageRetentionDays = 90;
    std::string machineId;               // names this machine in merged usage reports; empty: its hostname
    // [schedule]
    model::OpeningHours openingHours;    // not configured: always open
    int restartBeforeOpeningSeconds = 1800;  // restart_before_opening (minutes in the file); 0: never
};

struct ConfigResult {
    Config config;
    std::vector<std::string> warnings;  // "kiosk.toml:12: unknown key 'idle_timout' (ignored)"
    bool fileFound = false;
};

// Reads `path`. Never throws and never fails: problems become warnings.
ConfigResult loadConfig(const std::filesystem::path& path);
// Parses TOML text as if read from `name` (for tests and fuzzing).
ConfigResult parseConfig(std::string_view text, const std::string& name);
// Why `pin` cannot be the staff PIN ("" when it can): not 4 to 12 digits, the example once published, or trivially
// guessed (one repeated digit, or a run such as 1234 or 9876).
std::string weakPinReason(const std::string& pin);
// Whether `id` may name a machine in usage records: 1 to 64 letters, digits, '.', '-' or '_'.
bool validMachineId(const std::string& id);

}  // namespace kiosk::app
