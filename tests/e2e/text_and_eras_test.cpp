// text_and_eras_test.cpp: the visitor's "Large" text reaches every text on screen (measured in the screenshots),
// the timeline's labels use the room their lanes have, and every era is named, tappable, and shows its summary.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "kiosk_runner.hpp"

using namespace kiosk::e2e;
using nlohmann::json;

namespace {

struct EraSource {
    std::string id, name, shortName, summary;
    int start = 0, end = 0;
};

// The eras as the curators wrote them (data/eras.toml, or a language's translation of it): the test's own
// reading, not the kiosk's.
std::vector<EraSource> erasFromData(const std::string& file = "eras.toml") {
    std::ifstream in(std::string(KIOSK_DATA_DIR) + "/" + file);
    std::vector<EraSource> eras;
    const std::regex field(R"(^(\w+)\s*=\s*\"(.*)\"\s*$)");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("[[era]]", 0) == 0) eras.emplace_back();
        std::smatch m;
        if (eras.empty() || !std::regex_match(line, m, field)) continue;
        if (m[1] == "id") eras.back().id = m[2];
        if (m[1] == "name") eras.back().name = m[2];
        if (m[1] == "short") eras.back().shortName = m[2];
        if (m[1] == "summary") eras.back().summary = m[2];
        if (m[1] == "start") eras.back().start = std::stoi(m[2]);
        if (m[1] == "end") eras.back().end = std::stoi(m[2]);
    }
    return eras;
}

// The home view at `size`, with `language` the staff's default (every language offered).
KioskRun homeIn(const std::string& language, const char* size, const std::string& dirName) {
    const std::string dir = scratchDir(dirName);
    RunOptions o;
    o.size = size;
    o.config = dir + "/kiosk.toml";
    std::ofstream(o.config) << "[visitors]\nattract_mode = false\nidle_timeout_seconds = 600\n[languages]\noffered = [\"en\", \"ur\", \"ru\"]\n"
                               "default = \"" << language << "\"\n";
    return runKiosk(o);
}

std::vector<json> targetsOf(const json& state, const std::string& pane, const std::string& kind) {
    std::vector<json> out;
    for (const auto& t : state.at(pane).at("targets"))
        if (t.at("kind") == kind) out.push_back(t);
    return out;
}

// The height, in rows, of the light text drawn inside a box of the screenshot (from its first row of ink to its
// last): the drawn glyphs' height, whatever the font behind them.
int inkHeight(const Image& image, float x0, float y0, float x1, float y1) {
    int first = -1, last = -1;
    const int xa = std::max(0, static_cast<int>(x0)), xb = std::min(image.width, static_cast<int>(x1));
    const int ya = std::max(0, static_cast<int>(y0)), yb = std::min(image.height, static_cast<int>(y1));
    for (int y = ya; y < yb; ++y) {
        int ink = 0;
        for (int x = xa; x < xb; ++x) {
            const unsigned char* p = &image.rgb[(static_cast<size_t>(y) * static_cast<size_t>(image.width) + static_cast<size_t>(x)) * 3];
            ink += std::min({p[0], p[1], p[2]}) >= 185;
        }
        if (ink >= 2) {
            if (first < 0) first = y;
            last = y;
        }
    }
    return first < 0 ? 0 : last - first + 1;
}

// A target's words measured in a screenshot: its box, less the marker at its left end.
int labelInk(const Image& image, const json& target, float markerRoom) {
    const float x = target.at("x"), y = target.at("y"), w = target.at("w"), h = target.at("h");
    return inkHeight(image, x - w / 2 + markerRoom, y - h / 2, x + w / 2, y + h / 2);
}

KioskRun home(const std::string& size, const std::string& fixture) {
    RunOptions o;
    o.size = size;
    o.config = std::string(KIOSK_FIXTURES) + "/" + fixture;
    o.screenshot = true;
    return runKiosk(o);
}

const json* byId(const std::vector<json>& targets, const std::string& id) {
    for (const json& t : targets)
        if (t.at("id") == id) return &t;
    return nullptr;
}

}  // namespace

TEST_CASE("Large text makes the timeline's and the map's words larger, not only the reader's", "[e2e][text-size]") {
    for (const char* size : {"1920x1080", "1080x1920"}) {
        INFO(size);
        const KioskRun normal = home(size, "browsing.toml");
        const KioskRun large = home(size, "large-text.toml");
        REQUIRE(normal.exitCode == 0);
        REQUIRE(large.exitCode == 0);
        REQUIRE(large.state.at("reader").at("text_size") == 2);
        const Image a = loadPng(normal.screenshot), b = loadPng(large.screenshot);
        const float scale = static_cast<float>(std::min(a.width, a.height)) / 1080.0f;

        // The same place's name on the map, and the same event's label on the timeline, in both screenshots.
        for (const auto& [pane, kind, markerRoom] : {std::tuple{"map", "place-label", 24 * scale}, std::tuple{"timeline", "event-label", 20 * scale}}) {
            INFO(kind);
            const auto before = targetsOf(normal.state, pane, kind), after = targetsOf(large.state, pane, kind);
            const json* pair = nullptr;
            const json* match = nullptr;
            for (const json& t : before)
                if ((match = byId(after, t.at("id")))) {
                    pair = &t;
                    break;
                }
            REQUIRE(pair != nullptr);
            INFO("label " << pair->at("id"));
            const int normalInk = labelInk(a, *pair, markerRoom), largeInk = labelInk(b, *match, markerRoom);
            INFO("ink height: normal " << normalInk << " px, large " << largeInk << " px");
            CHECK(normalInk >= 10 * scale);  // the measurement sees the words at all
            CHECK(largeInk >= normalInk * 1.15);
        }
        // The theme chips (buttons sized to their words) grow with their words too.
        float chipNormal = 0, chipLarge = 0;
        for (const auto& btn : normal.state.at("buttons"))
            if (btn.at("label") == "Diplomacy") chipNormal = btn.at("w");
        for (const auto& btn : large.state.at("buttons"))
            if (btn.at("label") == "Diplomacy") chipLarge = btn.at("w");
        REQUIRE(chipNormal > 0);
        CHECK(chipLarge >= chipNormal * 1.1f);  // the words grow by a quarter, the chip's fixed padding does not
        // And the era names on the timeline.
        const auto erasBefore = targetsOf(normal.state, "timeline", "era"), erasAfter = targetsOf(large.state, "timeline", "era");
        REQUIRE_FALSE(erasBefore.empty());
        const json* eraAfter = byId(erasAfter, erasBefore.front().at("id"));
        REQUIRE(eraAfter != nullptr);
        CHECK(labelInk(b, *eraAfter, 0) >= labelInk(a, erasBefore.front(), 0) * 1.15);
    }
}

TEST_CASE("every era is named on the timeline, at every size and zoomed in", "[e2e][eras]") {
    const std::vector<EraSource> eras = erasFromData();
    REQUIRE(eras.size() >= 7);
    const auto checkNames = [&](const json& state, bool all) {
        const auto bands = targetsOf(state, "timeline", "era");
        if (all) CHECK(bands.size() == eras.size());
        for (const json& band : bands) {
            // A band the view's edge leaves narrower than a touch target holds no name (nor could a finger tap it);
            // at the whole range (all) every band is wider than that.
            if (band.at("w").get<float>() < 48) {
                CHECK_FALSE(all);
                continue;
            }
            const auto era = std::find_if(eras.begin(), eras.end(), [&](const EraSource& e) { return e.id == band.at("id"); });
            REQUIRE(era != eras.end());
            INFO(era->name << " on a band " << band.at("w").get<float>() << " px wide");
            REQUIRE(band.contains("text"));
            std::string shown = band.at("text");
            // The whole name, or its beginning and an ellipsis: never nothing, never other words.
            const std::string ellipsis = "\u2026";
            const bool cut = shown.size() > ellipsis.size() && shown.compare(shown.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0;
            if (cut) shown.resize(shown.size() - ellipsis.size());
            CHECK_FALSE(shown.empty());
            // Of the name, or of the short name the curators gave for a narrow band.
            CHECK((era->name.rfind(shown, 0) == 0 || (!era->shortName.empty() && era->shortName.rfind(shown, 0) == 0)));
            CHECK(band.at("h").get<float>() >= 48);  // a touch target
        }
    };
    for (const char* size : {"1920x1080", "1080x1920", "3840x2160"})
        for (const char* fixture : {"browsing.toml", "large-text.toml"}) {
            INFO(size << " " << fixture);
            const KioskRun run = home(size, fixture);
            REQUIRE(run.exitCode == 0);
            checkNames(run.state, true);
        }
    // Zoomed in on the last years (the tour's view leaves the last era a sliver): still named.
    const std::string dir = scratchDir("era-names");
    RunOptions o;
    o.size = "1080x1920";
    o.config = std::string(KIOSK_FIXTURES) + "/large-text.toml";
    const KioskRun first = runKiosk(o);
    REQUIRE(first.exitCode == 0);
    o.script = tapLabel(first.state, "+", 450) + "wait 900\nstate " + dir + "/zoomed.json\n";
    const KioskRun zoomed = runKiosk(o);
    REQUIRE(zoomed.exitCode == 0);
    checkNames(readJson(dir + "/zoomed.json"), false);
}

TEST_CASE("at the whole range every era's band shows a whole name, in English, Urdu and Russian", "[e2e][eras][languages]") {
    // A band cut to "Война с..." names nothing a visitor can read; each era has a short name for narrow bands.
    for (const std::string language : {"en", "ur", "ru"}) {
        const std::vector<EraSource> eras = erasFromData(language == "en" ? "eras.toml" : "translations/" + language + "/eras.toml");
        REQUIRE(eras.size() >= 7);
        for (const char* size : {"1920x1080", "1080x1920"}) {
            INFO(language << " at " << size);
            const KioskRun run = homeIn(language, size, "era-whole-" + language);
            REQUIRE(run.exitCode == 0);
            const auto bands = targetsOf(run.state, "timeline", "era");
            REQUIRE(bands.size() == eras.size());
            for (const json& band : bands) {
                const auto era = std::find_if(eras.begin(), eras.end(), [&](const EraSource& e) { return e.id == band.at("id"); });
                REQUIRE(era != eras.end());
                INFO(era->id << " shows '" << band.at("text").get<std::string>() << "' on a band " << band.at("w").get<float>() << " px wide");
                CHECK((band.at("text") == era->name || band.at("text") == era->shortName));
            }
        }
    }
}

struct EventTitles {
    std::string id, title, shortTitle;
};

// Each event's title and short title, as written in the data file (a line "key = \"...\"").
std::vector<EventTitles> eventTitlesFromData(const std::string& file) {
    std::ifstream in(std::string(KIOSK_DATA_DIR) + "/" + file);
    std::vector<EventTitles> events;
    const std::regex field(R"(^(\w+)\s*=\s*\"(.*)\"\s*$)");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("[[event]]", 0) == 0) events.emplace_back();
        std::smatch m;
        if (events.empty() || !std::regex_match(line, m, field)) continue;
        if (m[1] == "id") events.back().id = m[2];
        if (m[1] == "title") events.back().title = m[2];
        if (m[1] == "short") events.back().shortTitle = m[2];
    }
    return events;
}

TEST_CASE("a timeline label without room for its title shows the short title whole where that fits, in English, Urdu and Russian",
          "[e2e][timeline-labels][languages]") {
    for (const std::string language : {"en", "ur", "ru"}) {
        const std::vector<EventTitles> events = eventTitlesFromData(language == "en" ? "events.toml" : "translations/" + language + "/events.toml");
        REQUIRE(events.size() >= 60);
        for (const char* size : {"1920x1080", "1080x1920"}) {
            INFO(language << " at " << size);
            const KioskRun run = homeIn(language, size, "event-short-" + language);
            REQUIRE(run.exitCode == 0);
            int titles = 0, shorts = 0, cut = 0;
            for (const json& label : targetsOf(run.state, "timeline", "event-label")) {
                const auto event = std::find_if(events.begin(), events.end(), [&](const EventTitles& e) { return e.id == label.at("id"); });
                REQUIRE(event != events.end());
                REQUIRE_FALSE(event->shortTitle.empty());
                const std::string text = label.at("text");
                INFO(event->id << " shows '" << text << "' (short: '" << event->shortTitle << "')");
                if (text == event->title) ++titles;
                else if (text == event->shortTitle) ++shorts;
                else {
                    // Cut: then it is the short title that was cut, at a word, where even that had no room.
                    ++cut;
                    const std::string ellipsis = "\u2026";
                    REQUIRE(text.size() > ellipsis.size());
                    CHECK(text.compare(text.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0);
                    std::string kept = text.substr(0, text.size() - ellipsis.size());
                    while (!kept.empty() && (kept.back() == ' ' || kept.back() == ',' || kept.back() == ';' || kept.back() == ':')) kept.pop_back();
                    CHECK(event->shortTitle.rfind(kept, 0) == 0);
                }
            }
            INFO(titles << " whole titles, " << shorts << " whole short titles, " << cut << " cut");
            CHECK(shorts > 0);
            CHECK(titles + shorts > cut);  // most labels name their event whole
        }
    }
}

TEST_CASE("tapping an era's band shows the era's summary in the reader, and its years on request", "[e2e][eras]") {
    const std::vector<EraSource> eras = erasFromData();
    const std::string dir = scratchDir("era-taps");
    RunOptions o;
    const KioskRun start = runKiosk(o);
    REQUIRE(start.exitCode == 0);
    const auto bands = targetsOf(start.state, "timeline", "era");
    REQUIRE(bands.size() == eras.size());
    std::string script;
    for (size_t i = 0; i < bands.size(); ++i)
        script += tapAt(bands[i].at("x"), bands[i].at("y")) + "wait 300\nstate " + dir + "/era" + std::to_string(i) + ".json\nscreenshot " + dir +
                  "/era" + std::to_string(i) + ".png\n";
    o.script = script;
    const KioskRun run = runKiosk(o);
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    const float readerX = 1920 * 0.64f;  // the reader is the right third at 1920x1080
    std::vector<Image> readers;
    for (size_t i = 0; i < bands.size(); ++i) {
        const json state = readJson(dir + "/era" + std::to_string(i) + ".json");
        INFO("era " << bands[i].at("id"));
        CHECK(state.at("reader").at("page") == "era");
        CHECK(state.at("reader").at("era") == bands[i].at("id"));
        // The band tapped is marked as the one shown.
        const std::vector<json> shownBands = targetsOf(state, "timeline", "era");
        const json* band = byId(shownBands, bands[i].at("id"));
        REQUIRE(band != nullptr);
        CHECK(band->value("selected", false));
        readers.push_back(loadPng(dir + "/era" + std::to_string(i) + ".png"));
    }
    // Each era's page differs from the previous era's: the reader really shows each summary.
    for (size_t i = 1; i < readers.size(); ++i) {
        const Image& a = readers[i - 1];
        const Image& b = readers[i];
        long differing = 0;
        for (int y = 150; y < 700; ++y)
            for (int x = static_cast<int>(readerX); x < a.width; ++x) {
                const size_t k = (static_cast<size_t>(y) * static_cast<size_t>(a.width) + static_cast<size_t>(x)) * 3;
                differing += std::abs(a.rgb[k] - b.rgb[k]) > 60;
            }
        CHECK(differing > 2000);
    }
    // "Show these years" brings the era's years into view on the timeline.
    const json last = readJson(dir + "/era" + std::to_string(bands.size() - 1) + ".json");
    o.script = script + tapLabel(last, "Show these years  \u203A") + "wait 1500\n";
    const KioskRun years = runKiosk(o);
    REQUIRE(years.exitCode == 0);
    const EraSource& era = eras.back();
    CHECK(years.state.at("timeline").at("from").get<double>() <= era.start);
    CHECK(years.state.at("timeline").at("to").get<double>() >= era.end + 1);
    CHECK(years.state.at("timeline").at("to").get<double>() - years.state.at("timeline").at("from").get<double>() < era.end - era.start + 6);
}

TEST_CASE("timeline labels use the room their lane has: whole titles where it is free, cut only where it is not", "[e2e][timeline-labels]") {
    for (const char* size : {"1920x1080", "1080x1920", "3840x2160"}) {
        INFO(size);
        const KioskRun run = home(size, "browsing.toml");
        REQUIRE(run.exitCode == 0);
        const float shortSide = std::min(std::stof(std::string(size)), std::stof(std::string(size).substr(std::string(size).find('x') + 1)));
        const float s = shortSide / 1080.0f;
        int whole = 0, wider = 0;
        for (const json& label : targetsOf(run.state, "timeline", "event-label")) {
            REQUIRE(label.contains("text"));
            const std::string text = label.at("text");
            if (text.find("\u2026") == std::string::npos) ++whole;
            // Wider than the old fixed cut (230 design pixels): the room the lane had, used.
            if (label.at("w").get<float>() > 260 * s) ++wider;
        }
        CHECK(whole > 0);
        CHECK(wider > 0);
    }
}

TEST_CASE("in portrait the timeline is mostly events, not counted badges", "[e2e][timeline-labels]") {
    // What the visitor sees at the whole range: markers of their own (most of them with words), and fewer badges.
    const KioskRun run = home("1080x1920", "browsing.toml");
    REQUIRE(run.exitCode == 0);
    int events = 0, badges = 0, labels = 0;
    std::vector<float> lanes;
    for (const auto& t : run.state.at("timeline").at("targets")) {
        if (t.at("kind") == "event") {
            ++events;
            const float y = t.at("y");
            if (std::none_of(lanes.begin(), lanes.end(), [&](float l) { return std::fabs(l - y) < 1; })) lanes.push_back(y);
        }
        if (t.at("kind") == "cluster") ++badges;
        if (t.at("kind") == "event-label") ++labels;
    }
    INFO(events << " events drawn as themselves (" << labels << " with words) in " << lanes.size() << " rows, " << badges << " badges");
    CHECK(events >= badges * 3 / 2);
    CHECK(labels >= 10);
    CHECK(lanes.size() >= 4);  // three lanes at least, and the badge row
}

TEST_CASE("at 1920x1080 Large text keeps two lanes of labelled events on the timeline", "[e2e][text-size]") {
    // Normal draws its labels in two lanes; Large must too (the words are larger, the lanes are not fewer), and so
    // label at least three quarters as many events: one lane would hold about half of them.
    const KioskRun normal = home("1920x1080", "browsing.toml");
    const KioskRun large = home("1920x1080", "large-text.toml");
    REQUIRE(normal.exitCode == 0);
    REQUIRE(large.exitCode == 0);
    auto lanes = [](const std::vector<json>& labels) {
        std::vector<int> ys;
        for (const json& t : labels) ys.push_back(static_cast<int>(std::lround(t.at("y").get<float>())));
        std::sort(ys.begin(), ys.end());
        return static_cast<int>(std::unique(ys.begin(), ys.end()) - ys.begin());
    };
    const auto before = targetsOf(normal.state, "timeline", "event-label"), after = targetsOf(large.state, "timeline", "event-label");
    INFO("Normal: " << before.size() << " labels in " << lanes(before) << " lanes, Large: " << after.size() << " in " << lanes(after));
    REQUIRE(lanes(before) >= 2);
    CHECK(lanes(after) >= 2);
    CHECK(after.size() * 4 >= before.size() * 3);
}
