// related_events.cpp: scoring by shared people, places and themes.
#include "model/related_events.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk::model {
namespace {
int shared(const std::vector<Index>& a, const std::vector<Index>& b) {
    int n = 0;
    for (Index x : a) n += std::count(b.begin(), b.end(), x) > 0;
    return n;
}
}  // namespace

std::vector<Index> relatedEvents(const Catalog& c, Index event, size_t count) {
    if (event < 0 || static_cast<size_t>(event) >= c.events.size()) return {};
    const Event& e = c.events[static_cast<size_t>(event)];
    struct Scored {
        Index index;
        int score;
        double distance;
    };
    std::vector<Scored> scored;
    for (size_t i = 0; i < c.events.size(); ++i) {
        if (static_cast<Index>(i) == event) continue;
        const Event& o = c.events[i];
        const int score = 3 * shared(e.people, o.people) + 2 * shared(e.places, o.places) + shared(e.themes, o.themes);
        if (score > 0) scored.push_back({static_cast<Index>(i), score, std::fabs(o.sortKey - e.sortKey)});
    }
    std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.distance < b.distance;
    });
    std::vector<Index> out;
    for (size_t i = 0; i < scored.size() && out.size() < count; ++i) out.push_back(scored[i].index);
    return out;
}

}  // namespace kiosk::model
