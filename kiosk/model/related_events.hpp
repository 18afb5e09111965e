// related_events.hpp: a few events a visitor may want next: those sharing people, places or themes.
#pragma once
#include <vector>

#include "model/catalog.hpp"

namespace kiosk::model {

// Up to `count` other events, best first: shared people weigh 3, shared places 2, shared themes 1; ties go to
// the event closest in time. Events sharing nothing are never offered.
std::vector<Index> relatedEvents(const Catalog& catalog, Index event, size_t count = 3);

}  // namespace kiosk::model
