// map_markers.hpp: which places the map shows as markers, merged into numbered clusters where they would overlap.
#pragma once
#include <vector>

#include "model/catalog.hpp"
#include "model/map_projection.hpp"

namespace kiosk::model {

struct MapMarker {
    std::vector<Index> places;  // one place, or several merged into a cluster
    int eventCount = 0;         // events at those places
    ScreenPoint at;             // pixel centre
    bool highlighted = false;   // holds a place of the selected event
};

// Projects every place that has events, and greedily merges any two markers closer than minDistancePx (in order of
// event count, busiest first, so the busiest place gives its position to the cluster). Only markers inside the
// viewport (with a margin) are returned. Counts are of the events the theme filter shows (model/event_filter.hpp:
// the selected event always), and a place the filter leaves empty has no marker: the map obeys the timeline's filter.
std::vector<MapMarker> layoutMarkers(const Catalog& catalog, const MapView& view, const MapViewport& viewport,
                                     float minDistancePx, Index selectedEvent, uint32_t themeFilter = ~0u);

// The marker under a tap, or -1. A tap counts within the touch radius around a marker's centre.
int hitTestMarkers(const std::vector<MapMarker>& markers, ScreenPoint tap, float touchRadiusPx);

// The zoom factor that would pull a cluster's places apart (never less than 2x).
double zoomToSplit(const Catalog& catalog, const MapMarker& cluster, const MapView& view, const MapViewport& viewport,
                   float minDistancePx);

}  // namespace kiosk::model
