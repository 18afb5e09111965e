// event_filter.cpp: theme masks and the filtered events at a place.
#include "model/event_filter.hpp"

namespace kiosk::model {

uint32_t themeMaskOf(const Event& event) {
    uint32_t mask = 0;
    for (Index t : event.themes)
        if (t >= 0 && t < 31) mask |= 1u << t;
    return mask ? mask : 1u << 31;
}

std::vector<Index> eventsShownAt(const Catalog& catalog, Index place, uint32_t themeFilter, Index selectedEvent) {
    std::vector<Index> out;
    if (place < 0 || static_cast<size_t>(place) >= catalog.eventsAtPlace.size()) return out;
    for (Index e : catalog.eventsAtPlace[static_cast<size_t>(place)])
        if (filterShows(themeMaskOf(catalog.events[static_cast<size_t>(e)]), themeFilter, e == selectedEvent)) out.push_back(e);
    return out;
}

Index nextShown(const Catalog& catalog, Index from, int step, uint32_t themeFilter) {
    const long long n = static_cast<long long>(catalog.events.size());
    for (long long i = (from < 0 && step > 0 ? -1 : from) + step; i >= 0 && i < n; i += step)
        if (filterShows(themeMaskOf(catalog.events[static_cast<size_t>(i)]), themeFilter, false)) return static_cast<Index>(i);
    return kNone;
}

}  // namespace kiosk::model
