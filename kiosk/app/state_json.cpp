// state_json.cpp: serialises the view state with the ids a curator recognises, not internal indices alone.
#include "app/state_json.hpp"

namespace kiosk::app {

nlohmann::json stateToJson(const ViewState& s, const model::Catalog* c, const StateExtras& x) {
    using nlohmann::json;
    json j;
    j["mode"] = modeName(s.mode);
    j["language"] = s.language;  // the visitor's language (model/language.hpp)
    j["content"] = {{"available", x.contentAvailable}, {"error", x.contentError}};
    if (c) {
        j["content"]["version"] = c->info.contentVersion;
        j["content"]["events"] = c->events.size();
        j["content"]["title"] = c->exhibit.title;  // what the header shows
    }
    if (x.preview) {
        json problems = json::array();
        for (const auto& p : x.preview->problems)
            problems.push_back({{"where", p.where}, {"message", p.message}, {"warning", p.warning}});
        j["preview"] = {{"folder", x.preview->folder}, {"building", x.preview->building}, {"errors", x.preview->errors},
                        {"warnings", x.preview->warnings}, {"problems", problems}, {"note", x.preview->note},
                        {"panel_shown", x.preview->errors > 0}};
    }
    j["window"] = {{"width", x.width},
                   {"height", x.height},
                   {"orientation", x.layout.orientation == model::Orientation::Portrait ? "portrait" : "landscape"},
                   {"scale", x.layout.scale}};
    j["frames"] = x.frames;
    j["clock_seconds"] = x.clockSeconds;
    j["x_errors"] = x.xErrors;
    j["lockdown"] = {{"refused_close_requests", x.refusedCloseRequests}, {"ignored_keys", x.ignoredKeys}};

    json selected = nullptr;
    if (c && s.selectedEvent >= 0 && static_cast<size_t>(s.selectedEvent) < c->events.size()) {
        const model::Event& e = c->events[static_cast<size_t>(s.selectedEvent)];
        json places = json::array();
        for (auto p : e.places) places.push_back(c->places[static_cast<size_t>(p)].id);
        selected = {{"id", e.id}, {"index", s.selectedEvent}, {"title", e.title}, {"date", model::describeSpan(e.date)}, {"places", places},
                    {"in_short", e.inShort}};
    }
    j["selected_event"] = selected;

    json themes = json::array();
    if (c)
        for (size_t t = 0; t < c->themes.size(); ++t)
            if (s.timeline.themeFilter >> t & 1u) themes.push_back(c->themes[t].id);
    j["timeline"] = {{"from", s.timeline.range.from},
                     {"to", s.timeline.range.to},
                     {"animating", s.timeline.target.has_value()},
                     {"themes_shown", themes},
                     {"all_themes", s.timeline.themeFilter == ~0u}};

    json chooser = json::array();
    if (c)
        for (auto e : s.map.chooser) chooser.push_back(c->events[static_cast<size_t>(e)].id);
    j["map"] = {{"centre_lon", s.map.view.centreLon},
                {"centre_lat", s.map.view.centreLat},
                {"zoom", s.map.view.zoom},
                {"animating", s.map.flyTo.has_value()},
                {"chooser", chooser},
                {"chooser_title", s.map.chooserTitle},
                {"chooser_scroll", s.map.chooserScroll}};

    json article = nullptr;
    if (c && s.reader.article >= 0 && static_cast<size_t>(s.reader.article) < c->articles.size())
        article = c->articles[static_cast<size_t>(s.reader.article)].id;
    json era = nullptr;
    if (c && s.reader.era >= 0 && static_cast<size_t>(s.reader.era) < c->eras.size()) era = c->eras[static_cast<size_t>(s.reader.era)].id;
    j["reader"] = {{"page", readerPageName(s.reader.page)},
                   {"article", article},
                   {"era", era},
                   {"scroll", s.reader.scroll},
                   {"highlight", {{"offset", s.reader.highlightOffset}, {"length", s.reader.highlightLength}}},
                   {"text_size", s.reader.textSize}};
    j["search"] = {{"keyboard_open", s.search.keyboardOpen}, {"query", s.search.query}, {"results", s.search.resultCount}, {"suggestion", s.search.suggestion}};
    j["schedule"] = {{"scheduled", x.scheduled}, {"open", x.open}, {"asleep", x.asleep}, {"local_time", x.localTime}};
    j["about_open"] = s.aboutOpen;
    auto rect = [](const model::Rect& r) { return json{{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}}; };
    j["layout"] = {{"header", rect(x.layout.header)}, {"map", rect(x.layout.map)}, {"timeline", rect(x.layout.timeline)},
                   {"reader", rect(x.layout.reader)}, {"controls", rect(x.layout.controls)},
                   {"reader_controls", x.layout.readerControls.h > 0 ? rect(x.layout.readerControls) : json(nullptr)}};
    j["attract_band"] = s.mode == Mode::Attract ? rect(model::attractBand(x.layout)) : json(nullptr);
    j["still_there_seconds"] = s.warningRemaining;
    j["options"] = {{"high_contrast", s.highContrast}, {"display_options_open", s.displayOptionsOpen}, {"reduced_motion", s.reducedMotion},
                    {"low_reach", x.layout.lowReach}, {"palette", x.palette}};
    j["admin"] = {{"keypad_open", s.admin.keypadOpen}, {"panel_open", s.admin.panelOpen}, {"digits", s.admin.digitsEntered},
                  {"message", s.admin.message}, {"no_pin", s.admin.noPin}, {"hold_progress", s.admin.holdProgress}};
    auto targets = [](const std::vector<ui::TouchTarget>& list) {
        json a = json::array();
        for (const auto& t : list) {
            a.push_back({{"kind", t.kind}, {"id", t.id}, {"x", t.x}, {"y", t.y}, {"count", t.count}});
            if (t.w > 0) a.back()["w"] = t.w, a.back()["h"] = t.h;
            if (t.selected) a.back()["selected"] = true;
            if (!t.text.empty()) a.back()["text"] = t.text;
        }
        return a;
    };
    if (x.scratch) {
        j["timeline"]["targets"] = targets(x.scratch->timelineTargets);
        json ticks = json::array();
        for (const auto& t : x.scratch->timelineTicks) ticks.push_back({{"label", t.id}, {"x", t.x}});
        j["timeline"]["ticks"] = ticks;
        j["map"]["targets"] = targets(x.scratch->mapTargets);
        // Where each curator's note stands on the reader's page (content-relative), so a script can scroll to one.
        j["reader"]["curator_notes"] = x.scratch->readerNoteYs;
        // The event's plain-language band and the summary under it, in screen pixels.
        const ui::ScreenRect& b = x.scratch->readerInShort;
        j["reader"]["in_short"] = b.w > 0 ? json{{"x", b.x}, {"y", b.y}, {"w", b.w}, {"h", b.h}} : json(nullptr);
        j["reader"]["summary_y"] = x.scratch->readerSummaryY;
        const ui::ScreenRect& k = x.scratch->keyboard;
        j["search"]["keyboard"] = k.w > 0 ? json{{"x", k.x}, {"y", k.y}, {"w", k.w}, {"h", k.h}} : json(nullptr);
        j["map"]["country_labels"] = x.scratch->mapCountryLabels;
        json labelBoxes = json::array();
        for (size_t i = 0; i < x.scratch->mapCountryLabelBoxes.size() && i < x.scratch->mapCountryLabels.size(); ++i) {
            const ui::ScreenRect& at = x.scratch->mapCountryLabelBoxes[i];
            labelBoxes.push_back({{"text", x.scratch->mapCountryLabels[i]}, {"x", at.x}, {"y", at.y}, {"w", at.w}, {"h", at.h}});
        }
        j["map"]["country_label_boxes"] = labelBoxes;
        j["map"]["borders_note"] = x.scratch->mapBordersNote;
    }
    if (x.buttons) {
        json b = json::array();
        for (const auto& e : x.buttons->entries) {
            nlohmann::json entry = {{"label", e.label}, {"x", e.x}, {"y", e.y}, {"w", e.w}, {"h", e.h}};
            if (!e.id.empty()) entry["id"] = e.id;
            b.push_back(entry);
        }
        j["buttons"] = b;
    }
    return j;
}

}  // namespace kiosk::app
