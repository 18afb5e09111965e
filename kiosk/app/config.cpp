// config.cpp: kiosk.toml parsing with per-key validation and defaults.
#include "app/config.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include <toml++/toml.h>

#include "model/language.hpp"

namespace kiosk::app {
namespace {

class Reader {
public:
    Reader(const toml::table& root, const std::string& name, std::vector<std::string>& warnings)
        : root_(root), name_(name), warnings_(warnings) {}

    void warn(const toml::node* node, const std::string& message) {
        const int line = node ? static_cast<int>(node->source().begin.line) : 0;
        warnings_.push_back(name_ + (line ? ":" + std::to_string(line) : "") + ": " + message);
    }

    const toml::table* section(std::string_view name) {
        const toml::node* node = root_.get(name);
        if (!node) return nullptr;
        if (!node->is_table()) {
            warn(node, "[" + std::string(name) + "] should be a section; using defaults for it");
            return nullptr;
        }
        return node->as_table();
    }

    template <typename T, typename Check>
    void read(const toml::table* t, std::string_view key, T& into, Check valid, const char* expectation) {
        if (!t) return;
        const toml::node* node = t->get(key);
        if (!node) return;
        std::optional<T> value;
        if constexpr (std::is_same_v<T, std::filesystem::path>) {
            if (auto s = node->value<std::string>()) value = std::filesystem::path(*s);
        } else if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
            // Whole numbers only as TOML integers: toml++ casts a float such as 1e20 to an integer before checking
            // its range (undefined behaviour; found by tests/fuzz/fuzz_config.cpp).
            if (node->is_integer()) value = node->value<T>();
        } else {
            value = node->value<T>();
        }
        if (!value || !valid(*value)) {
            warn(node, "'" + std::string(key) + "' should be " + expectation + "; using the default");
            return;
        }
        into = *value;
    }

    void unknownKeys(const toml::table* t, std::string_view section, std::initializer_list<std::string_view> known) {
        if (!t) return;
        for (const auto& [key, node] : *t) {
            bool ok = false;
            for (auto k : known) ok = ok || key.str() == k;
            if (!ok) warn(&node, "unknown key '" + std::string(key.str()) + "' in [" + std::string(section) + "] (ignored)");
        }
    }

private:
    const toml::table& root_;
    std::string name_;
    std::vector<std::string>& warnings_;
};

// [schedule]: keys are days ("mon-fri", "sat", "sat,sun") or dates ("2026-12-24"), values opening times, plus
// `closed = [dates]`. Any malformed entry leaves the whole schedule unused (the kiosk stays on, as without one):
// half a schedule could switch the screen off on a day the museum is open.
void readSchedule(Reader& r, const toml::table* t, model::OpeningHours& into, int& restartLeadSeconds) {
    if (!t) return;
    model::OpeningHours hours;
    hours.configured = true;
    std::array<std::string, 7> givenBy;  // the key that set each weekday, to name a clash
    bool anyDay = false, ok = true;
    auto fail = [&](const toml::node* node, const std::string& message) {
        r.warn(node, message + "; the schedule is not used until this is fixed (the screen stays on)");
        ok = false;
    };
    for (const auto& [key, node] : *t) {
        const std::string k(key.str());
        std::string error;
        if (k == "restart_before_opening") {
            // Not an opening time: a malformed value keeps the default and leaves the schedule in use.
            const std::optional<int64_t> minutes = node.is_integer() ? node.value<int64_t>() : std::nullopt;
            if (!minutes || *minutes < 0 || *minutes > 720)
                r.warn(&node, "'restart_before_opening' in [schedule] should be minutes from 0 (never) to 720, such as 30; using 30");
            else restartLeadSeconds = static_cast<int>(*minutes) * 60;
            continue;
        }
        if (k == "closed") {
            const toml::array* dates = node.as_array();
            if (!dates) {
                fail(&node, "'closed' in [schedule] should be a list of dates such as [\"2026-12-25\", \"2027-01-01\"]");
                continue;
            }
            for (const toml::node& d : *dates) {
                const std::optional<std::string> text = d.value<std::string>();
                const std::optional<int64_t> day = text && d.is_string() ? model::parseDate(*text, error) : std::nullopt;
                if (!day) fail(&d, "in 'closed' in [schedule]: " + (text && d.is_string() ? error : "dates go in quotes, e.g. \"2026-12-25\""));
                else if (hours.exceptions.count(*day)) fail(&d, "'" + *text + "' in [schedule] is given twice");
                else hours.exceptions[*day] = {};
            }
            continue;
        }
        const std::optional<std::string> text = node.is_string() ? node.value<std::string>() : std::nullopt;
        if (!text) {
            fail(&node, "'" + k + "' in [schedule] should be opening times in quotes, such as \"09:00-17:00\", or \"closed\"");
            continue;
        }
        const auto times = model::parseOpeningTimes(*text, error);
        if (!times) {
            fail(&node, "'" + k + "' in [schedule]: " + error);
            continue;
        }
        if (!k.empty() && k[0] >= '0' && k[0] <= '9') {
            const std::optional<int64_t> day = model::parseDate(k, error);
            if (!day) fail(&node, "'" + k + "' in [schedule]: " + error);
            else if (hours.exceptions.count(*day)) fail(&node, "'" + k + "' in [schedule] is given twice");
            else hours.exceptions[*day] = *times;
            continue;
        }
        const auto days = model::parseDays(k, error);
        if (!days) {
            fail(&node, "'" + k + "' in [schedule] is neither days nor a date: " + error + ", or a date such as 2026-12-24");
            continue;
        }
        for (size_t d = 0; d < 7; ++d) {
            if (!(*days)[d]) continue;
            if (!givenBy[d].empty()) fail(&node, "'" + k + "' in [schedule] names a day that '" + givenBy[d] + "' already gives");
            givenBy[d] = k;
            hours.weekly[d] = *times;
        }
        anyDay = true;
    }
    if (ok && !anyDay) {
        r.warn(t, "[schedule] names no opening days (such as mon-fri = \"09:00-17:00\"); the schedule is not used (the screen stays on)");
        ok = false;
    }
    // A day the schedule does not name is closed: saying "sat" and "sun" is not needed to close a weekend.
    if (ok) into = std::move(hours);
}

// [languages]: `offered` lists codes the program knows (model/language.hpp), without repeats; `default` is one of
// them. A bad list keeps every language on offer; a bad default falls back to the first offered one.
void readLanguages(Reader& r, const toml::table* t, Config& c) {
    if (!t) return;
    if (const toml::node* node = t->get("offered")) {
        std::vector<std::string> offered;
        bool ok = node->is_array() && !node->as_array()->empty();
        if (ok)
            for (const toml::node& item : *node->as_array()) {
                const std::optional<std::string> code = item.is_string() ? item.value<std::string>() : std::nullopt;
                if (!code || !model::findLanguage(*code) ||
                    std::find(offered.begin(), offered.end(), *code) != offered.end()) {
                    ok = false;
                    break;
                }
                offered.push_back(*code);
            }
        if (ok) c.offeredLanguages = std::move(offered);
        else
            r.warn(node, "'offered' in [languages] should list language codes once each, such as [\"en\", \"ur\", \"ru\"]"
                         "; every language is offered until this is fixed");
    }
    const auto isOffered = [&](const std::string& code) {
        return std::find(c.offeredLanguages.begin(), c.offeredLanguages.end(), code) != c.offeredLanguages.end();
    };
    c.defaultLanguage = c.offeredLanguages.front();
    if (const toml::node* node = t->get("default")) {
        const std::optional<std::string> code = node->is_string() ? node->value<std::string>() : std::nullopt;
        if (code && isOffered(*code)) c.defaultLanguage = *code;
        else
            r.warn(node, "'default' in [languages] should be one of the offered languages in quotes, such as \"en\"; using \"" +
                             c.defaultLanguage + "\"");
    }
    if (const toml::node* node = t->get("timeline_axis")) {
        const std::optional<std::string> axis = node->is_string() ? node->value<std::string>() : std::nullopt;
        if (axis && (*axis == "left_to_right" || *axis == "reading_direction")) c.timelineFollowsReading = *axis == "reading_direction";
        else
            r.warn(node, "'timeline_axis' in [languages] should be \"left_to_right\" or \"reading_direction\"; using \"left_to_right\"");
    }
    r.unknownKeys(t, "languages", {"offered", "default", "timeline_axis"});
}

}  // namespace

ConfigResult parseConfig(std::string_view text, const std::string& name) {
    ConfigResult result;
    toml::table root;
    try {
        root = toml::parse(text, name);
    } catch (const toml::parse_error& e) {
        result.warnings.push_back(name + ":" + std::to_string(e.source().begin.line) + ": not valid TOML (" + std::string(e.description()) +
                                  "); using all defaults");
        result.config.adminPinProblem = "No staff PIN is set: set admin_pin in " + name + " (the file is not valid TOML)";
        return result;
    }
    Config& c = result.config;
    Reader r(root, name, result.warnings);
    for (const auto& [key, node] : root) {
        const std::string k(key.str());
        if (k != "display" && k != "content" && k != "visitors" && k != "staff" && k != "logging" && k != "schedule" &&
            k != "languages")
            r.warn(&node, "unknown section or key '" + k + "' (ignored)");
    }
    auto any = [](const auto&) { return true; };
    const toml::table* display = r.section("display");
    r.read(display, "fullscreen", c.fullscreen, any, "true or false");
    r.read(display, "monitor", c.monitor, [](int64_t v) { return v >= 0 && v < 16; }, "a monitor number from 0 to 15");
    int64_t w = c.windowWidth, h = c.windowHeight;
    r.read(display, "window_width", w, [](int64_t v) { return v >= 320 && v <= 16384; }, "a width from 320 to 16384");
    r.read(display, "window_height", h, [](int64_t v) { return v >= 240 && v <= 16384; }, "a height from 240 to 16384");
    c.windowWidth = static_cast<int>(w);
    c.windowHeight = static_cast<int>(h);
    r.read(display, "hide_cursor", c.hideCursor, any, "true or false");
    r.read(display, "screen_width_mm", c.screenWidthMm, [](double v) { return v == 0 || (v >= 50 && v <= 10000); }, "0 or a width in millimetres");
    r.unknownKeys(display, "display", {"fullscreen", "monitor", "window_width", "window_height", "hide_cursor", "screen_width_mm"});

    const toml::table* content = r.section("content");
    r.read(content, "database", c.database, any, "a file path in quotes");
    r.read(content, "fonts", c.fontsDir, any, "a folder path in quotes");
    r.unknownKeys(content, "content", {"database", "fonts"});

    const toml::table* visitors = r.section("visitors");
    r.read(visitors, "idle_timeout_seconds", c.idleTimeoutSeconds, [](double v) { return v >= 10 && v <= 3600; }, "a number of seconds from 10 to 3600");
    r.read(visitors, "attract_mode", c.attractMode, any, "true or false");
    int64_t size = c.defaultTextSize;
    r.read(visitors, "default_text_size", size, [](int64_t v) { return v >= 0 && v <= 2; }, "0 (small), 1 (normal) or 2 (large)");
    c.defaultTextSize = static_cast<int>(size);
    r.read(visitors, "reduced_motion", c.reducedMotion, any, "true or false");
    r.read(visitors, "low_reach", c.lowReach, any, "true or false");
    r.read(visitors, "palette", c.palette, [](const std::string& v) { return v == "standard" || v == "colour-blind-safe"; },
           "\"standard\" or \"colour-blind-safe\"");
    r.unknownKeys(visitors, "visitors", {"idle_timeout_seconds", "attract_mode", "default_text_size", "reduced_motion", "low_reach", "palette"});

    readLanguages(r, r.section("languages"), c);

    const toml::table* staff = r.section("staff");
    // No fallback to a known PIN: a missing, malformed or guessable one leaves the keypad locked, loudly.
    std::string pinReason = "admin_pin is missing";
    if (const toml::node* pin = staff ? staff->get("admin_pin") : nullptr) {
        const std::optional<std::string> pinText = pin->value<std::string>();
        pinReason = pinText && pin->is_string() ? weakPinReason(*pinText) : "admin_pin must be 4 to 12 digits in quotes";
        if (pinReason.empty()) c.adminPin = *pinText;
        else r.warn(pin, pinReason + "; the staff keypad stays locked");
    }
    if (c.adminPin.empty()) c.adminPinProblem = "No staff PIN is set: set admin_pin in " + name + " (" + pinReason + ")";
    r.unknownKeys(staff, "staff", {"admin_pin"});

    const toml::table* logging = r.section("logging");
    r.read(logging, "log_file", c.logFile, any, "a file path in quotes");
    r.read(logging, "usage_log", c.usageLog, any, "a file path in quotes");
    int64_t retention = c.usageRetentionDays;
    r.read(logging, "usage_retention_days", retention, [](int64_t v) { return v >= 1 && v <= 3650; }, "a number of days from 1 to 3650");
    c.usageRetentionDays = static_cast<int>(retention);
    r.read(logging, "machine_id", c.machineId, [](const std::string& v) { return validMachineId(v); },
           "a name of 1 to 64 letters, digits, dots, dashes or underscores in quotes");
    r.unknownKeys(logging, "logging", {"log_file", "usage_log", "usage_retention_days", "machine_id"});

    readSchedule(r, r.section("schedule"), c.openingHours, c.restartBeforeOpeningSeconds);
    return result;
}

bool validMachineId(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    for (char ch : id)
        if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '.' && ch != '-' && ch != '_') return false;
    return true;
}

std::string weakPinReason(const std::string& pin) {
    if (pin.size() < 4 || pin.size() > 12 || pin.find_first_not_of("0123456789") != std::string::npos)
        return "admin_pin must be 4 to 12 digits in quotes";
    // The example PIN this project's documentation once printed is known to anyone who read it.
    if (pin == "2468") return "admin_pin is the published example; choose your own";
    bool same = true, up = true, down = true;
    for (size_t i = 1; i < pin.size(); ++i) {
        same = same && pin[i] == pin[0];
        up = up && pin[i] == pin[i - 1] + 1;
        down = down && pin[i] == pin[i - 1] - 1;
    }
    if (same || up || down) return "admin_pin is too easy to guess (one digit repeated, or a run such as 1234)";
    return "";
}

ConfigResult loadConfig(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ConfigResult result;
        result.warnings.push_back(path.string() + ": not found; using the defaults");
        result.config.adminPinProblem = "No staff PIN is set: set admin_pin in " + path.string() + " (the file is missing)";
        return result;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    ConfigResult result = parseConfig(buffer.str(), path.string());
    result.fileFound = true;
    return result;
}

}  // namespace kiosk::app
