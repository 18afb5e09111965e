// reducer.cpp: state transitions for every visitor action, and time-based animation.
#include "app/reducer.hpp"

#include <algorithm>
#include <cmath>

#include "model/language.hpp"

namespace kiosk::app {

const char* modeName(Mode mode) {
    switch (mode) {
        case Mode::Attract: return "attract";
        case Mode::Active: return "active";
        case Mode::StillThere: return "still_there";
    }
    return "active";
}

const char* readerPageName(ReaderPage page) {
    switch (page) {
        case ReaderPage::Event: return "event";
        case ReaderPage::Article: return "article";
        case ReaderPage::About: return "about";
        case ReaderPage::Search: return "search";
        case ReaderPage::Era: return "era";
    }
    return "event";
}

ViewState homeState(const model::Catalog& catalog) {
    ViewState s;
    s.timeline.range = model::homeRange(catalog.exhibit);
    s.map.view = model::homeView(catalog.exhibit);
    return s;
}

model::MapView mapViewForEvent(const model::Catalog& catalog, model::Index event, const model::MapView& current,
                               const model::MapViewport& viewport) {
    if (event < 0 || static_cast<size_t>(event) >= catalog.events.size()) return current;
    const auto& places = catalog.events[static_cast<size_t>(event)].places;
    if (places.empty()) return current;
    double minLon = 1e9, maxLon = -1e9, minLat = 1e9, maxLat = -1e9;
    for (model::Index p : places) {
        const model::Place& place = catalog.places[static_cast<size_t>(p)];
        minLon = std::min(minLon, place.lon);
        maxLon = std::max(maxLon, place.lon);
        minLat = std::min(minLat, place.lat);
        maxLat = std::max(maxLat, place.lat);
    }
    model::MapView target{(minLon + maxLon) / 2, (minLat + maxLat) / 2, 1.0};
    // Fit the places with a margin: find the zoom at which their extent fills about 60% of the pane.
    const model::ScreenPoint a = model::project({minLon, maxLat}, target, viewport);
    const model::ScreenPoint b = model::project({maxLon, minLat}, target, viewport);
    const double extentW = std::max(1.0f, b.x - a.x), extentH = std::max(1.0f, b.y - a.y);
    double zoom = std::min(viewport.width * 0.6 / extentW, viewport.height * 0.6 / extentH);
    zoom = std::clamp(zoom, 0.45, 3.0);  // one place: a regional view, not street level
    target.zoom = zoom;
    return model::clampView(target);
}

model::TimelineRange timelineRangeForEvent(const model::Catalog& catalog, model::Index event, const model::TimelineRange& current,
                                           const model::TimelineLimits& limits) {
    if (event < 0 || static_cast<size_t>(event) >= catalog.events.size()) return current;
    const model::Event& e = catalog.events[static_cast<size_t>(event)];
    const model::YearInterval whole = model::spanInterval(e.date);
    // Where its marker is drawn: a span's start, or the middle of what an imprecise date may mean.
    const double marker = e.date.end ? model::toYears(e.date.start) : model::uncertaintyInterval(e.date.start, e.date.precision).mid();
    // An event already in view leaves the timeline where it is: a visitor tapping along the timeline finds the next
    // event where it was a moment ago (re-centring moved it under the second tap).
    const double margin = current.span() * 0.015;  // a marker at the very edge is only half in view
    if (marker >= current.from + margin && marker <= current.to - margin) return current;
    // Otherwise bring it to the middle at the visitor's zoom, zooming out only when the zoom cannot hold the span.
    double span = current.span();
    if (span < (whole.to - whole.from) * 1.5) span = (whole.to - whole.from) * 1.6;
    return model::centreRangeOn(marker, span, limits);
}

namespace {

template <class... Fs>
struct Overloaded : Fs... { using Fs::operator()...; };
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

bool validEvent(const model::Catalog& c, model::Index e) { return e >= 0 && static_cast<size_t>(e) < c.events.size(); }

// Every map view the reducer keeps goes through here: the content's places stay in reach.
model::MapView inReach(const model::MapView& view, const ReduceContext& ctx) {
    return ctx.mapReach ? model::keepInReach(view, *ctx.mapReach, ctx.mapViewport) : model::clampView(view);
}

}  // namespace

bool reduce(ViewState& s, const Action& action, const ReduceContext& ctx) {
    const model::Catalog& c = ctx.catalog;
    return std::visit(
        Overloaded{
            [&](const SelectEvent& a) {
                if (!validEvent(c, a.event)) return false;
                s.selectedEvent = a.event;
                s.readingAloud = false;
                s.reader.articleFromSearch = false;
                s.reader.page = ReaderPage::Event;
                s.reader.scroll = 0;
                s.reader.velocity = 0;
                s.aboutOpen = false;
                s.map.chooser.clear();
                s.timeline.target = timelineRangeForEvent(c, a.event, s.timeline.range, ctx.timelineLimits);
                s.timeline.velocityYears = 0;
                const model::MapView to = mapViewForEvent(c, a.event, s.map.view, ctx.mapViewport);
                s.map.flyFrom = s.map.view;
                s.map.flyTo = to;
                s.map.flyProgress = 0;
                s.map.velocityX = s.map.velocityY = 0;
                if (s.reducedMotion) {
                    // No glide and no flight: the new view appears behind a short cross-fade.
                    s.timeline.range = *s.timeline.target;
                    s.timeline.target.reset();
                    s.map.view = to;
                    s.map.flyTo.reset();
                    s.map.flyFrom.reset();
                    s.fade = 0.6f;
                }
                return true;
            },
            [&](const ClearSelection&) {
                s.selectedEvent = model::kNone;
                s.reader.page = ReaderPage::Event;
                s.reader.scroll = 0;
                return true;
            },
            [&](const SetTimelineRange& a) {
                s.timeline.range = model::clampRange(a.range, ctx.timelineLimits);
                s.timeline.target.reset();
                return true;
            },
            [&](const AnimateTimelineTo& a) {
                s.timeline.target = model::clampRange(a.range, ctx.timelineLimits);
                s.timeline.velocityYears = 0;
                return true;
            },
            [&](const SetTimelineVelocity& a) {
                s.timeline.velocityYears = std::isfinite(a.yearsPerSecond) ? a.yearsPerSecond : 0;
                return true;
            },
            [&](const ToggleTheme& a) {
                if (a.theme < 0 || a.theme >= 31) return false;
                const uint32_t bit = 1u << a.theme;
                const uint32_t all = c.themes.empty() ? ~0u : ((1u << c.themes.size()) - 1);
                // From "all shown", the first tap shows only that theme: what a visitor usually means.
                if ((s.timeline.themeFilter & all) == all) s.timeline.themeFilter = bit | (1u << 31);
                else s.timeline.themeFilter ^= bit;
                if ((s.timeline.themeFilter & all) == 0) s.timeline.themeFilter = ~0u;
                return true;
            },
            [&](const ShowAllThemes&) {
                s.timeline.themeFilter = ~0u;
                return true;
            },
            [&](const SetMapView& a) {
                s.map.view = inReach(a.view, ctx);
                s.map.flyTo.reset();
                s.map.flyFrom.reset();
                return true;
            },
            [&](const FlyMapTo& a) {
                s.map.flyFrom = s.map.view;
                s.map.flyTo = inReach(a.view, ctx);
                s.map.flyProgress = 0;
                s.map.velocityX = s.map.velocityY = 0;
                return true;
            },
            [&](const SetMapVelocity& a) {
                s.map.velocityX = std::isfinite(a.x) ? a.x : 0;
                s.map.velocityY = std::isfinite(a.y) ? a.y : 0;
                return true;
            },
            [&](const OpenChooser& a) {
                s.map.chooser.clear();
                for (model::Index e : a.events)
                    if (validEvent(c, e)) s.map.chooser.push_back(e);
                s.map.chooserTitle = a.title;
                s.map.chooserScroll = s.map.chooserVelocity = 0;
                return true;
            },
            [&](const CloseChooser&) {
                s.map.chooser.clear();
                s.map.chooserScroll = s.map.chooserVelocity = 0;
                return true;
            },
            [&](const SetChooserScroll& a) {
                s.map.chooserScroll = std::isfinite(a.y) ? std::max(0.0f, a.y) : 0;
                return true;
            },
            [&](const SetChooserVelocity& a) {
                s.map.chooserVelocity = std::isfinite(a.pixelsPerSecond) ? a.pixelsPerSecond : 0;
                return true;
            },
            [&](const OpenArticle& a) {
                if (a.article < 0 || static_cast<size_t>(a.article) >= c.articles.size()) return false;
                const std::string& body = c.articles[static_cast<size_t>(a.article)].body;
                s.reader.articleFromSearch = s.reader.page == ReaderPage::Search;
                if (s.reader.articleFromSearch) s.reader.resultsScroll = s.reader.scroll;
                s.reader.page = ReaderPage::Article;
                s.reader.article = a.article;
                s.reader.highlightOffset = std::min<uint32_t>(a.offset, static_cast<uint32_t>(body.size()));
                s.reader.highlightLength = std::min<uint32_t>(a.length, static_cast<uint32_t>(body.size()) - s.reader.highlightOffset);
                s.reader.scroll = 0;
                s.reader.velocity = 0;
                s.reader.scrollToHighlight = a.length > 0;
                s.aboutOpen = false;
                return true;
            },
            [&](const ShowEra& a) {
                if (a.era < 0 || static_cast<size_t>(a.era) >= c.eras.size()) return false;
                // The selection stays: "Back" returns to it. The timeline stays where the visitor put it, so the
                // next band is where it was.
                s.reader.era = a.era;
                s.reader.page = ReaderPage::Era;
                s.reader.articleFromSearch = false;
                s.reader.scroll = 0;
                s.reader.velocity = 0;
                s.readingAloud = false;
                s.aboutOpen = false;
                s.map.chooser.clear();
                return true;
            },
            [&](const BackToResults&) {
                s.reader.page = ReaderPage::Search;
                s.reader.scroll = s.reader.resultsScroll;
                s.reader.velocity = 0;
                s.reader.articleFromSearch = false;
                s.aboutOpen = false;
                return true;
            },
            [&](const BackToEvent&) {
                s.reader.articleFromSearch = false;
                s.reader.page = ReaderPage::Event;
                s.reader.scroll = 0;
                s.reader.velocity = 0;
                s.aboutOpen = false;
                return true;
            },
            [&](const SetReaderScroll& a) {
                s.reader.scroll = std::isfinite(a.y) ? std::max(0.0f, a.y) : 0;
                s.reader.scrollToHighlight = false;
                s.reader.keepScrollFraction = -1;
                return true;
            },
            [&](const SetReaderVelocity& a) {
                s.reader.velocity = std::isfinite(a.pixelsPerSecond) ? a.pixelsPerSecond : 0;
                return true;
            },
            [&](const SetTextSize& a) {
                const int size = std::clamp(a.size, 0, 2);
                if (size == s.reader.textSize) return false;
                s.reader.textSize = size;
                s.reader.keepScrollFraction = a.scrollFraction;
                return true;
            },
            [&](const OpenAbout&) {
                s.aboutOpen = true;
                s.reader.page = ReaderPage::About;
                s.reader.scroll = 0;
                return true;
            },
            [&](const CloseAbout&) {
                s.aboutOpen = false;
                s.reader.page = ReaderPage::Event;
                s.reader.scroll = 0;
                return true;
            },
            [&](const OpenSearch&) {
                s.search.keyboardOpen = true;
                s.reader.page = ReaderPage::Search;
                s.reader.scroll = 0;
                s.aboutOpen = false;
                s.map.chooser.clear();
                return true;
            },
            [&](const CloseSearch&) {
                s.search.keyboardOpen = false;
                return true;
            },
            [&](const SetSearchQuery& a) {
                // A visitor never needs more than 200 bytes; an input storm gets no further. Cut at a character.
                std::string q = a.text;
                if (q.size() > 200) {
                    size_t cut = 200;
                    while (cut > 0 && (static_cast<unsigned char>(q[cut]) & 0xC0) == 0x80) --cut;
                    q.resize(cut);
                }
                if (q == s.search.query) return false;
                s.search.query = std::move(q);
                s.search.suggestion = model::suggestSpelling(s.search.query, c.vocabulary);
                s.search.generation++;
                s.reader.page = ReaderPage::Search;
                s.reader.scroll = 0;
                return true;
            },
            [&](const KeepExploring&) { return true; },
            [&](const ToggleDisplayOptions&) {
                s.displayOptionsOpen = !s.displayOptionsOpen;
                return true;
            },
            [&](const ReadAloud& a) {
                s.readingAloud = a.start;
                return true;
            },
            [&](const SetHighContrast& a) {
                s.highContrast = a.on;
                return true;
            },
            [&](const SetLanguage& a) {
                if (!model::findLanguage(a.code) || s.language == a.code) return false;
                s.language = a.code;
                return true;
            },
            [&](const StartOver&) {
                // Everything back home, animated, keeping only the visitor's text size.
                ViewState home = homeState(c);
                home.mode = s.mode;
                home.admin = s.admin;
                home.reader.textSize = s.reader.textSize;
                home.highContrast = s.highContrast;
                home.language = s.language;  // the same visitor, still reading their language
                home.reducedMotion = s.reducedMotion;
                home.timeline.range = s.timeline.range;
                home.timeline.target = homeState(c).timeline.range;
                home.map.view = s.map.view;
                home.map.flyFrom = s.map.view;
                home.map.flyTo = model::homeView(c.exhibit);
                home.search.generation = s.search.generation + 1;
                s = std::move(home);
                return true;
            },
            // Staff actions are the app's (it holds the PIN and the clock); the reducer leaves them alone.
            [&](const AdminKey&) { return false; },
            [&](const AdminClose&) { return false; },
            [&](const AdminCommand&) { return false; },
            [&](const SetLifeCycle& a) {
                const bool changed = s.mode != a.mode;
                s.mode = a.mode;
                s.warningRemaining = a.warningRemaining;
                s.attractClock = a.attractClock;
                if (s.mode != Mode::Active) s.readingAloud = false;  // nobody to read to
                return changed;
            },
            [&](const SetStaffScreen& a) {
                s.admin = a.admin;
                return true;
            },
            [&](const SpeechEnded&) {
                s.readingAloud = false;
                return true;
            },
            [&](const ContentSwapped& a) {
                s.selectedEvent = validEvent(c, a.event) ? a.event : model::kNone;
                const bool articleKept = a.article >= 0 && static_cast<size_t>(a.article) < c.articles.size();
                s.reader.article = articleKept ? a.article : model::kNone;
                if (s.reader.page == ReaderPage::Article && !articleKept) s.reader.page = ReaderPage::Event;
                if (s.reader.page == ReaderPage::Article) s.reader.highlightOffset = s.reader.highlightLength = 0;  // offsets of the old text
                // Lists of the old catalog's indices go; the view (timeline range, map, scroll, page) stays.
                s.map.chooser.clear();
                const uint32_t themes = c.themes.size() >= 32 ? ~0u : (1u << c.themes.size()) - 1;
                if ((s.timeline.themeFilter & themes) == 0) s.timeline.themeFilter = ~0u;  // it would hide every event now
                s.timeline.range = model::clampRange(s.timeline.range, ctx.timelineLimits);
                s.timeline.target.reset();
                s.search.generation += 1;  // search again, in the new content
                return true;
            },
            [&](const ResetVisitor& a) {
                // Everything a visitor could have changed goes: selection, search, zoom, article, filters, text size.
                ViewState home = homeState(c);
                home.reader.textSize = a.textSize;
                home.reducedMotion = a.reducedMotion;
                home.mode = a.mode;
                if (model::findLanguage(a.language)) home.language = a.language;
                home.search.generation = s.search.generation + 1;
                s = std::move(home);
                return true;
            },
        },
        action);
}

bool advanceAnimations(ViewState& s, double dt, const ReduceContext& ctx) {
    if (!(dt > 0) || !std::isfinite(dt)) return false;
    dt = std::min(dt, 0.1);
    bool running = false;
    if (s.fade > 0) {
        s.fade = std::max(0.0f, s.fade - static_cast<float>(dt));
        running = true;
    }
    // Timeline glide: exponential approach, settled when within a fraction of a pixel's worth.
    if (s.timeline.target) {
        const double k = 1.0 - std::exp(-dt * 9.0);
        model::TimelineRange& r = s.timeline.range;
        const model::TimelineRange& t = *s.timeline.target;
        r.from += (t.from - r.from) * k;
        r.to += (t.to - r.to) * k;
        if (std::fabs(r.from - t.from) + std::fabs(r.to - t.to) < t.span() * 1e-4) {
            r = t;
            s.timeline.target.reset();
        } else {
            running = true;
        }
    } else if (std::fabs(s.timeline.velocityYears) > 1e-3) {
        s.timeline.range = model::panRange(s.timeline.range, s.timeline.velocityYears * dt, ctx.timelineLimits);
        s.timeline.velocityYears *= static_cast<float>(std::exp(-dt * 4.0));
        if (std::fabs(s.timeline.velocityYears) < s.timeline.range.span() * 0.01) s.timeline.velocityYears = 0;
        running = true;
    }
    // Map fly-to: 0.9 s, eased in and out.
    if (s.map.flyTo && s.map.flyFrom) {
        s.map.flyProgress = std::min(1.0, s.map.flyProgress + dt / 0.9);
        const double t = s.map.flyProgress;
        const double eased = t * t * (3 - 2 * t);
        s.map.view = model::interpolateView(*s.map.flyFrom, *s.map.flyTo, eased);
        if (s.map.flyProgress >= 1.0) {
            s.map.view = *s.map.flyTo;
            s.map.flyTo.reset();
            s.map.flyFrom.reset();
        } else {
            running = true;
        }
    } else if (std::hypot(s.map.velocityX, s.map.velocityY) > 5) {
        s.map.view = inReach(model::panByPixels(s.map.view, static_cast<float>(s.map.velocityX * dt), static_cast<float>(s.map.velocityY * dt), ctx.mapViewport), ctx);
        const float decay = static_cast<float>(std::exp(-dt * 4.0));
        s.map.velocityX *= decay;
        s.map.velocityY *= decay;
        running = true;
    } else {
        s.map.velocityX = s.map.velocityY = 0;
    }
    if (std::fabs(s.reader.velocity) > 5) {
        s.reader.scroll = std::max(0.0f, s.reader.scroll + static_cast<float>(s.reader.velocity * dt));
        s.reader.velocity *= static_cast<float>(std::exp(-dt * 4.0));
        running = true;
    } else {
        s.reader.velocity = 0;
    }
    if (std::fabs(s.map.chooserVelocity) > 5 && !s.map.chooser.empty()) {
        s.map.chooserScroll = std::max(0.0f, s.map.chooserScroll + static_cast<float>(s.map.chooserVelocity * dt));
        s.map.chooserVelocity *= static_cast<float>(std::exp(-dt * 4.0));
        if (s.map.chooserScroll == 0) s.map.chooserVelocity = 0;
        running = true;
    } else {
        s.map.chooserVelocity = 0;
    }
    return running;
}

}  // namespace kiosk::app
