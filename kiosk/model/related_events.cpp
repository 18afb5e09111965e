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
    if (event < 0 || static_cast<size_t>(event) >= c.events.size() || count == 0) return {};
    const Event& e = c.events[static_cast<size_t>(event)];
    struct Scored {
        Index index;
        int score;
        double distance;
        bool before(const Scored& o) const {
            if (score != o.score) return score > o.score;
            if (distance != o.distance) return distance < o.distance;
            return index < o.index;
        }
    };
    // Drawn every frame the event is open, so it must not score and sort the whole catalog (100,000 events in a
    // scale test). Events are stored by date: walking outwards from this one meets the others nearest in time
    // first, and once `count` events with the best score any event could have are found, and the next one is
    // farther away than all of them, nothing further can displace them.
    const int best = 3 * static_cast<int>(e.people.size()) + 2 * static_cast<int>(e.places.size()) + static_cast<int>(e.themes.size());
    std::vector<Scored> top;  // the best so far, in order; at most `count`
    const size_t n = c.events.size(), at = static_cast<size_t>(event);
    size_t below = at, above = at + 1;  // the next candidates: events[below - 1] and events[above]
    while (below > 0 || above < n) {
        const double dBelow = below > 0 ? std::fabs(c.events[below - 1].sortKey - e.sortKey) : HUGE_VAL;
        const double dAbove = above < n ? std::fabs(c.events[above].sortKey - e.sortKey) : HUGE_VAL;
        const bool takeBelow = dBelow <= dAbove;
        const size_t i = takeBelow ? --below : above++;
        const double distance = takeBelow ? dBelow : dAbove;
        if (top.size() == count && top.back().score == best && distance > top.back().distance) break;
        const Event& o = c.events[i];
        const int score = 3 * shared(e.people, o.people) + 2 * shared(e.places, o.places) + shared(e.themes, o.themes);
        if (score <= 0) continue;
        const Scored candidate{static_cast<Index>(i), score, distance};
        if (top.size() == count && !candidate.before(top.back())) continue;
        top.insert(std::upper_bound(top.begin(), top.end(), candidate, [](const Scored& a, const Scored& b) { return a.before(b); }), candidate);
        if (top.size() > count) top.pop_back();
    }
    std::vector<Index> out;
    for (const Scored& s : top) out.push_back(s.index);
    return out;
}

}  // namespace kiosk::model
