// exhibit.cpp: the views an exhibit's frame implies.
#include "model/exhibit.hpp"

#include <algorithm>

namespace kiosk::model {

TimelineRange homeRange(const Exhibit& e) {
    if (!e.hasYears()) return {};
    // Half a year of air at the far edges, and a year before the start: the first events sit clear of the edge.
    return {e.firstYear - 1.5, e.lastYear + 1.5};
}

TimelineLimits timelineLimits(const Exhibit& e) {
    TimelineLimits limits;
    if (!e.hasYears()) return limits;
    limits.earliest = e.firstYear - 2.0;
    limits.latest = e.lastYear + 3.0;
    return limits;
}

MapView homeView(const Exhibit& e) {
    if (!e.home.valid()) return homeView(MapHome{});
    const MapHome reference;
    // Zoom 1 frames the reference region; a region half its size in the tighter direction is zoom 2.
    const double zoom = std::min((reference.maxLon - reference.minLon) / (e.home.east - e.home.west),
                                 (reference.maxLat - reference.minLat) / (e.home.north - e.home.south));
    return clampView({(e.home.west + e.home.east) / 2, (e.home.south + e.home.north) / 2, zoom});
}

std::string windowTitle(const Exhibit& e) { return e.title.empty() ? std::string("kiosk") : e.title; }

std::vector<std::string> paragraphs(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        const size_t a = current.find_first_not_of(" \t\n");
        if (a != std::string::npos) out.push_back(current.substr(a, current.find_last_not_of(" \t\n") - a + 1));
        current.clear();
    };
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(pos, end - pos);
        if (line.find_first_not_of(" \t\r") == std::string::npos) flush();
        else current += (current.empty() ? "" : " ") + line;
        pos = end + 1;
    }
    flush();
    return out;
}

}  // namespace kiosk::model
