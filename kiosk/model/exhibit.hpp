// exhibit.hpp: what names one exhibit and frames it (its title, years, welcome and About prose, tour, map home),
// read from data/exhibit.toml, so that the engine itself names no exhibit.
#pragma once
#include <string>
#include <vector>

#include "model/map_projection.hpp"
#include "model/timeline_scale.hpp"

namespace kiosk::model {

// One section of the About page. The list of source articles follows the section that asks for it.
struct AboutSection {
    std::string heading, text;  // text: paragraphs separated by blank lines
    bool small = false;         // credits and licences: the small type
    bool listArticles = false;  // the source articles are listed after this section's text
};

// The map's home view as the region it frames, in degrees.
struct MapRegion {
    double west = 0, east = 0, south = 0, north = 0;
    bool valid() const { return west < east && south < north; }
};

struct Exhibit {
    std::string title, subtitle;
    int firstYear = 0, lastYear = 0;  // events fall in these years unless a record says outside_range_ok
    std::string welcome;              // the reader's first page: paragraphs separated by blank lines
    std::string aboutIntro;           // the About page's opening paragraph
    std::vector<AboutSection> about;
    std::vector<std::string> searchSuggestions;  // words offered on an empty search page
    std::vector<std::string> tour;               // event ids the attract tour shows, in order; empty: chosen from the content
    std::string tourCaption;                     // under "Touch anywhere to explore" while the tour plays; empty: a plain one
    MapRegion home;
    bool hasYears() const { return firstYear > 0 && lastYear >= firstYear; }
};

// The timeline's home range: the exhibit's years with a margin; the default range when it has none.
TimelineRange homeRange(const Exhibit& exhibit);
// How far the timeline may pan: a little wider than the home range.
TimelineLimits timelineLimits(const Exhibit& exhibit);
// The map's home view: centred on the home region, zoomed so that it fills the pane as the reference frame
// (MapHome) would; the default view when the region is not valid.
MapView homeView(const Exhibit& exhibit);
// "Title, 1947–2022" style, for the window's title: the title alone (the years are in most titles already).
std::string windowTitle(const Exhibit& exhibit);
// Paragraphs of a prose field, split at blank lines, each trimmed; no empty ones.
std::vector<std::string> paragraphs(const std::string& text);

}  // namespace kiosk::model
