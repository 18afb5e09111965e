// bench_scenarios.cpp: script generation for kiosk-bench.
#include "tools/bench_scenarios.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <set>
#include <sstream>

#include "model/screen_layout.hpp"
#include "ui/metrics.hpp"

namespace kiosk::bench {
namespace {

struct Point {
    float x = 0, y = 0;
};

std::string num(float v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", static_cast<double>(v));
    return buffer;
}

class Script {
public:
    Script& tap(Point p) { return line("tap " + num(p.x) + " " + num(p.y)); }
    Script& doubleTap(Point p) { return tap(p).tap(p); }
    Script& drag(Point a, Point b, int ms) { return line("drag " + num(a.x) + " " + num(a.y) + " " + num(b.x) + " " + num(b.y) + " " + std::to_string(ms)); }
    Script& wait(int ms) { return line("wait " + std::to_string(ms)); }
    Script& type(const std::string& text) { return line("type " + text); }
    Script& key(const std::string& name) { return line("key " + name); }
    Script& comment(const std::string& text) { return line("# " + text); }
    Script& state(const std::filesystem::path& file) { return line("state " + file.string()); }
    Script& line(const std::string& text) {
        out_ << text << "\n";
        return *this;
    }
    std::string str() const { return out_.str(); }

private:
    std::ostringstream out_;
};

// What the panes look like at this window size: the same functions the kiosk uses.
struct Geometry {
    model::ScreenLayout layout;
    ui::Metrics m;
    Point timelineMinus, timelinePlus, timelineAll;
    float axisY = 0;  // a row of the timeline plot below the lanes: drags pan there and taps select nothing
    Point mapPlus, mapMinus;
};

Geometry geometryFor(int width, int height) {
    Geometry g;
    g.layout = model::layoutScreen(static_cast<float>(width), static_cast<float>(height));
    g.m = ui::Metrics{g.layout.scale};
    const model::Rect& t = g.layout.timeline;
    const float touch = g.m.touch(), gap = g.m.gap();
    // timeline_pane.cpp: three buttons in the top row, right-aligned ("-", "+", "All").
    const float zx = t.x + t.w - g.m.px(16) - 3 * touch - 2 * gap;
    const float by = t.y + g.m.px(10) + touch / 2;
    g.timelineMinus = {zx + touch / 2, by};
    g.timelinePlus = {zx + touch + gap + touch / 2, by};
    g.timelineAll = {zx + 2 * (touch + gap) + touch / 2, by};
    g.axisY = t.bottom() - g.m.px(22);
    // map_pane.cpp: "+" and "-" stacked at the top right.
    const model::Rect& r = g.layout.map;
    const float bx = r.x + r.w - touch - g.m.px(14) + touch / 2;
    g.mapPlus = {bx, r.y + g.m.px(14) + touch / 2};
    g.mapMinus = {bx, g.mapPlus.y + touch + gap};
    return g;
}

// A point of the map well away from every marker (and from the controls in the corners), near the middle: taps
// there zoom without opening anything, and zooming around it pushes the markers further away.
Point emptyMapSpot(const Geometry& g, const std::vector<Target>& markers) {
    const model::Rect& r = g.layout.map;
    const float touch = g.m.touch();
    Point best{r.x + r.w * 0.5f, r.y + r.h * 0.5f};
    float bestScore = -1e9f;
    for (float fy = 0.2f; fy <= 0.8f; fy += 0.025f)
        for (float fx = 0.15f; fx <= 0.75f; fx += 0.0125f) {
            const Point p{r.x + r.w * fx, r.y + r.h * fy};
            float nearest = 1e9f;
            for (const Target& t : markers) nearest = std::min(nearest, std::hypot(t.x - p.x, t.y - p.y));
            const float fromCentre = std::hypot(p.x - (r.x + r.w * 0.45f), p.y - (r.y + r.h * 0.5f));
            // Clear of markers by two touch widths is enough; among such spots, the most central.
            const float score = std::min(nearest, 2.5f * touch) * 10 - fromCentre * 0.01f;
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
    return best;
}

// A button drawn in the state's last frame (the state JSON's button registry), by its visible label or, for the
// buttons whose words change with the language, by its id; where two panes have one of that label (the map's and
// the timeline's "+"), the upper or the lower one.
std::optional<Point> button(const nlohmann::json& state, const std::string& labelOrId, bool lower = false) {
    std::optional<Point> found;
    if (!state.is_object() || !state.contains("buttons")) return found;
    for (const auto& b : state.at("buttons")) {
        if (b.value("label", "") != labelOrId && b.value("id", "") != labelOrId) continue;
        const Point p{b.value("x", 0.0f), b.value("y", 0.0f)};
        if (!found || (lower ? p.y > found->y : p.y < found->y)) found = p;
    }
    return found;
}

// The state's button where it has one, else where the layout puts it.
Geometry geometryFor(const ScenarioInput& in) {
    Geometry g = geometryFor(in.width, in.height);
    const char* minus = "\u2013";
    g.timelineMinus = button(in.home, minus, true).value_or(g.timelineMinus);
    g.timelinePlus = button(in.home, "+", true).value_or(g.timelinePlus);
    g.timelineAll = button(in.home, "tl-all").value_or(g.timelineAll);  // "All" in English, "سب" in Urdu
    g.mapMinus = button(in.home, minus).value_or(g.mapMinus);
    g.mapPlus = button(in.home, "+").value_or(g.mapPlus);
    return g;
}

double span(const nlohmann::json& state) { return state.at("timeline").at("to").get<double>() - state.at("timeline").at("from").get<double>(); }
double zoom(const nlohmann::json& state) { return state.at("map").at("zoom").get<double>(); }

std::string selectedId(const nlohmann::json& state) {
    const auto& s = state.at("selected_event");
    return s.is_object() ? s.at("id").get<std::string>() : std::string();
}

}  // namespace

std::vector<Target> targetsIn(const nlohmann::json& state, const std::string& pane) {
    std::vector<Target> out;
    if (!state.is_object() || !state.contains(pane) || !state.at(pane).contains("targets")) return out;
    for (const auto& t : state.at(pane).at("targets"))
        out.push_back({t.value("kind", ""), t.value("id", ""), t.value("x", 0.0f), t.value("y", 0.0f), t.value("count", 1)});
    return out;
}

Scenario timelineScenario(const ScenarioInput& in) {
    const Geometry g = geometryFor(in);
    const model::Rect& t = g.layout.timeline;
    const float y = g.axisY;
    auto at = [&](float f) { return Point{t.x + t.w * f, y}; };
    Scenario s{"timeline", "timeline pan & zoom", false, "", {}};
    const double homeSpan = span(in.home);
    const auto zoomed = in.dir / "timeline-zoomed.json", closer = in.dir / "timeline-closer.json", all = in.dir / "timeline-all.json";
    Script sc;
    sc.comment("kiosk-bench: timeline pan and zoom").wait(250);
    sc.drag(at(0.7f), at(0.3f), 500).wait(250).drag(at(0.3f), at(0.7f), 350).wait(250);
    const int zooms = in.quick ? 1 : 3;
    for (int i = 0; i < zooms; ++i) sc.tap(g.timelinePlus).wait(1000);
    sc.state(zoomed);
    const int pans = in.quick ? 1 : 4;
    for (int i = 0; i < pans; ++i) sc.drag(at(i % 2 ? 0.25f : 0.75f), at(i % 2 ? 0.75f : 0.25f), 400).wait(150);
    if (!in.quick) sc.drag(at(0.6f), at(0.35f), 100).wait(1500);  // a flick: the timeline glides on
    sc.doubleTap(at(0.5f)).wait(1000).state(closer);
    sc.tap(g.timelineMinus).wait(1000).tap(g.timelineAll).wait(1200).state(all);
    s.script = sc.str();
    const double expected = homeSpan / std::pow(2.0, zooms);
    s.checkpoints.push_back({zoomed, [=](const nlohmann::json& j) {
                                 return span(j) <= expected * 1.3 ? std::string()
                                                                  : "the '+' button did not zoom the timeline (span " + std::to_string(span(j)) + " years)";
                             }});
    s.checkpoints.push_back({closer, [=](const nlohmann::json& j) {
                                 return span(j) <= expected * 0.7 ? std::string() : "a double tap did not zoom the timeline in";
                             }});
    s.checkpoints.push_back({all, [=](const nlohmann::json& j) {
                                 return span(j) >= homeSpan * 0.9 ? std::string() : "'All' did not bring the whole timeline back";
                             }});
    return s;
}

Scenario mapScenario(const ScenarioInput& in) {
    const Geometry g = geometryFor(in);
    const model::Rect& r = g.layout.map;
    auto at = [&](float fx, float fy) { return Point{r.x + r.w * fx, r.y + r.h * fy}; };
    const Point spot = emptyMapSpot(g, targetsIn(in.home, "map"));
    Scenario s{"map", "map pan & zoom", false, "", {}};
    const auto fine = in.dir / "map-fine.json", world = in.dir / "map-world.json";
    Script sc;
    sc.comment("kiosk-bench: map pan and zoom").wait(250);
    sc.drag(at(0.6f, 0.5f), at(0.35f, 0.55f), 500).wait(200).drag(at(0.35f, 0.55f), at(0.6f, 0.5f), 400).wait(200);
    // Two double taps: zoom 4, past the switch to the detailed (1:50m) shapes.
    sc.doubleTap(spot).wait(1100).doubleTap(spot).wait(1100).state(fine);
    const int pans = in.quick ? 1 : 4;
    for (int i = 0; i < pans; ++i) sc.drag(at(i % 2 ? 0.3f : 0.7f, 0.45f), at(i % 2 ? 0.7f : 0.3f, 0.55f), 400).wait(150);
    if (!in.quick) sc.drag(at(0.5f, 0.5f), at(0.3f, 0.4f), 100).wait(1500);  // a flick
    // Out to the whole world (the most countries on screen), a pan there, and back in with "+".
    const int outs = in.quick ? 2 : 4;
    for (int i = 0; i < outs; ++i) sc.tap(g.mapMinus).wait(1100);
    sc.state(world);
    sc.drag(at(0.4f, 0.5f), at(0.6f, 0.5f), 400).wait(200);
    sc.tap(g.mapPlus).wait(1100).tap(g.mapPlus).wait(1100);
    s.script = sc.str();
    s.checkpoints.push_back({fine, [](const nlohmann::json& j) {
                                 return zoom(j) >= 3.0 ? std::string() : "double taps did not zoom the map in (zoom " + std::to_string(zoom(j)) + ")";
                             }});
    // From zoom 4, each "-" halves it (down to the whole world, 0.3).
    const double out = std::max(0.3, 4.0 / std::pow(2.0, outs)) * 1.2;
    s.checkpoints.push_back({world, [out](const nlohmann::json& j) {
                                 return zoom(j) <= out ? std::string() : "the '-' button did not zoom the map out (zoom " + std::to_string(zoom(j)) + ")";
                             }});
    return s;
}

Scenario searchScenario(const ScenarioInput& in, const std::vector<std::string>& queries) {
    Scenario s{"search", "typing a search", false, "", {}};
    Script sc;
    sc.comment("kiosk-bench: typing a search, a keystroke every 150 ms").wait(250);
    // The search opens from its button; the script's `type` then types into it, as a hardware keyboard would.
    const std::optional<Point> open = button(in.home, "Search");
    if (open) sc.tap(*open).wait(300);
    for (const std::string& q : queries) {
        // One character a keystroke; a space travels with the letter before it (the script trims leading blanks).
        std::vector<std::string> keys;
        for (char c : q) {
            if (c == ' ' && !keys.empty()) keys.back() += ' ';
            else keys.emplace_back(1, c);
        }
        for (const std::string& k : keys) sc.type(k).wait(150);
        sc.wait(500);
        for (size_t i = 0; i < q.size(); ++i) sc.key("backspace").wait(30);
        sc.wait(300);
    }
    const auto end = in.dir / "search-end.json";
    sc.state(end);
    s.script = sc.str();
    if (open)
        s.checkpoints.push_back({end, [](const nlohmann::json& j) {
                                     return j.at("search").value("keyboard_open", false) ? std::string() : "the search did not open";
                                 }});
    return s;
}

Scenario attractScenario(const ScenarioInput& in, double seconds) {
    Scenario s{"attract", "attract tour", true, "", {}};
    const auto end = in.dir / "attract-end.json";
    Script sc;
    sc.comment("kiosk-bench: the attract tour, nobody touching").wait(static_cast<int>(seconds * 1000)).state(end);
    s.script = sc.str();
    s.checkpoints.push_back({end, [](const nlohmann::json& j) {
                                 return j.value("mode", "") == "attract" ? std::string() : "the kiosk was not in attract mode";
                             }});
    return s;
}

Scenario selectScenario(const ScenarioInput& in, int selections, const std::function<nlohmann::json(const std::string&)>& runForState,
                        std::vector<std::string>& problems) {
    Scenario s{"select", "selecting events one after another", false, "", {}};
    Script sc;
    sc.comment("kiosk-bench: selecting events one after another").wait(250);
    nlohmann::json state = in.home;
    std::set<std::string> chosen, tappedClusters, tappedRows;
    int selected = 0;
    std::string lastEvent;
    const Geometry g = geometryFor(in.width, in.height);
    const model::Rect& t = g.layout.timeline;
    for (int step = 0; selected < selections && step < 2 * selections + 8; ++step) {
        const std::vector<Target> targets = targetsIn(state, "timeline");
        std::vector<Target> events, clusters;
        for (const Target& x : targets) {
            if (x.x < t.x + g.m.px(30) || x.x > t.right() - g.m.px(30)) continue;
            if (x.kind == "event" && !chosen.count(x.id)) events.push_back(x);
            if (x.kind == "cluster" && !tappedClusters.count(x.id)) clusters.push_back(x);
        }
        // A list of events may be open over the map (a place's events, or a cluster no zoom can split): its rows
        // are buttons labelled "date · title"; a visitor picks one.
        std::vector<std::string> listed;
        if (state.contains("map") && state.at("map").contains("chooser"))
            for (const auto& id : state.at("map").at("chooser")) listed.push_back(id.get<std::string>());
        if (!listed.empty()) {
            std::optional<Point> row;
            const model::Rect& map = g.layout.map;
            for (const auto& b : state.value("buttons", nlohmann::json::array())) {
                const std::string label = b.value("label", "");
                const Point p{b.value("x", 0.0f), b.value("y", 0.0f)};
                if (label.find("\u00B7") != std::string::npos && map.contains(p.x, p.y) && !tappedRows.count(label)) {
                    row = p;
                    tappedRows.insert(label);
                    break;
                }
            }
            if (!row) {
                problems.push_back("select: a list of events is open but none of its rows is on screen");
                break;
            }
            sc.tap(*row).wait(1200);
            state = runForState(sc.str());
            if (!state.is_object()) {
                problems.push_back("select: the kiosk did not write its state");
                break;
            }
            const std::string now = selectedId(state);
            if (std::find(listed.begin(), listed.end(), now) == listed.end()) {
                problems.push_back("select: a row of the list did not select one of its events");
                break;
            }
            if (!chosen.count(now)) ++selected;
            chosen.insert(now);
            lastEvent = now;
            continue;
        }
        Target pick;
        if (!events.empty()) {
            // Spread the choices: alternately from the right and the left of what is on screen.
            std::sort(events.begin(), events.end(), [](const Target& a, const Target& b) { return a.x < b.x; });
            pick = events[step % 2 ? events.size() / 4 : events.size() * 3 / 4];
        } else if (!clusters.empty()) {
            // The smallest cluster splits soonest (a large one may be many events on one date, which no zoom splits).
            std::sort(clusters.begin(), clusters.end(), [](const Target& a, const Target& b) { return a.count < b.count; });
            pick = clusters.front();
        } else {
            problems.push_back("select: no event or cluster on the timeline to tap");
            break;
        }
        if (pick.kind == "cluster") tappedClusters.insert(pick.id);
        sc.tap({pick.x, pick.y}).wait(1200);
        state = runForState(sc.str());
        if (!state.is_object()) {
            problems.push_back("select: the kiosk did not write its state");
            break;
        }
        if (pick.kind == "event") {
            chosen.insert(pick.id);
            if (selectedId(state) != pick.id) {
                problems.push_back("select: tapping " + pick.id + " selected " + (selectedId(state).empty() ? "nothing" : selectedId(state)));
                break;
            }
            ++selected;
            lastEvent = pick.id;
        }
    }
    if (selected < selections) problems.push_back("select: " + std::to_string(selected) + " of " + std::to_string(selections) + " selections made");
    const auto end = in.dir / "select-end.json";
    sc.state(end);
    s.script = sc.str();
    s.checkpoints.push_back({end, [lastEvent](const nlohmann::json& j) {
                                 return selectedId(j) == lastEvent ? std::string() : "the last tap did not select " + lastEvent;
                             }});
    return s;
}

}  // namespace kiosk::bench
