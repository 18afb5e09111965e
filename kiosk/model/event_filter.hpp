// event_filter.hpp: the one rule every pane uses to decide whether a theme filter shows an event.
// The selected event is always shown: a filter narrows what else is offered, it never takes away what the visitor
// is reading (the reader, the timeline and the map then agree on it, and nothing vanishes under a finger).
#pragma once
#include <cstdint>
#include <vector>

#include "model/catalog.hpp"

namespace kiosk::model {

// Bit t set for each theme t < 31 the event has; an event with no theme gets bit 31, which every filter shows.
uint32_t themeMaskOf(const Event& event);

// Whether a filter (bit per theme, bit 31 for themeless events; ~0u shows all) shows the event with this mask;
// the selected event always shows.
inline bool filterShows(uint32_t mask, uint32_t themeFilter, bool selected) { return selected || (mask & themeFilter) != 0; }

// The events at a place that the filter shows, in date order.
std::vector<Index> eventsShownAt(const Catalog& catalog, Index place, uint32_t themeFilter, Index selectedEvent);

// The nearest event before (step -1) or after (step +1) `from` in date order that the filter shows; kNone when
// there is none. From kNone, step +1 finds the first. Earlier and Later walk what the timeline shows.
Index nextShown(const Catalog& catalog, Index from, int step, uint32_t themeFilter);

}  // namespace kiosk::model
