// map_markers.cpp: marker projection, clustering and hit testing.
#include "model/map_markers.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "model/event_filter.hpp"

namespace kiosk::model {

std::vector<MapMarker> layoutMarkers(const Catalog& catalog, const MapView& view, const MapViewport& viewport,
                                     float minDistancePx, Index selectedEvent, uint32_t themeFilter) {
    std::vector<Index> order;
    std::vector<int> shown(catalog.places.size(), 0);
    for (size_t p = 0; p < catalog.places.size() && p < catalog.eventsAtPlace.size(); ++p) {
        if (themeFilter == ~0u) shown[p] = static_cast<int>(catalog.eventsAtPlace[p].size());
        else shown[p] = static_cast<int>(eventsShownAt(catalog, static_cast<Index>(p), themeFilter, selectedEvent).size());
        if (shown[p] > 0) order.push_back(static_cast<Index>(p));
    }
    std::stable_sort(order.begin(), order.end(), [&](Index a, Index b) { return shown[static_cast<size_t>(a)] > shown[static_cast<size_t>(b)]; });
    std::vector<bool> selectedPlace(catalog.places.size(), false);
    if (selectedEvent >= 0 && static_cast<size_t>(selectedEvent) < catalog.events.size())
        for (Index p : catalog.events[static_cast<size_t>(selectedEvent)].places)
            if (p >= 0 && static_cast<size_t>(p) < selectedPlace.size()) selectedPlace[static_cast<size_t>(p)] = true;

    std::vector<MapMarker> markers;
    const float margin = minDistancePx;
    const float d2 = minDistancePx * minDistancePx;
    for (Index p : order) {
        const Place& place = catalog.places[static_cast<size_t>(p)];
        const ScreenPoint s = project({place.lon, place.lat}, view, viewport);
        if (s.x < viewport.left - margin || s.x > viewport.left + viewport.width + margin || s.y < viewport.top - margin ||
            s.y > viewport.top + viewport.height + margin)
            continue;
        const int events = shown[static_cast<size_t>(p)];
        auto near = std::find_if(markers.begin(), markers.end(), [&](const MapMarker& m) {
            const float dx = m.at.x - s.x, dy = m.at.y - s.y;
            return dx * dx + dy * dy < d2;
        });
        if (near != markers.end()) {
            near->places.push_back(p);
            near->eventCount += events;
            near->highlighted = near->highlighted || selectedPlace[static_cast<size_t>(p)];
        } else {
            markers.push_back({{p}, events, s, selectedPlace[static_cast<size_t>(p)]});
        }
    }
    return markers;
}

int hitTestMarkers(const std::vector<MapMarker>& markers, ScreenPoint tap, float touchRadiusPx) {
    int best = -1;
    float bestD2 = touchRadiusPx * touchRadiusPx;
    for (size_t i = 0; i < markers.size(); ++i) {
        const float dx = markers[i].at.x - tap.x, dy = markers[i].at.y - tap.y;
        const float d2 = dx * dx + dy * dy;
        if (d2 <= bestD2) {
            bestD2 = d2;
            best = static_cast<int>(i);
        }
    }
    return best;
}

double zoomToSplit(const Catalog& catalog, const MapMarker& cluster, const MapView& view, const MapViewport& viewport,
                   float minDistancePx) {
    double closest = 1e9;
    for (size_t a = 0; a < cluster.places.size(); ++a)
        for (size_t b = a + 1; b < cluster.places.size(); ++b) {
            const Place& pa = catalog.places[static_cast<size_t>(cluster.places[a])];
            const Place& pb = catalog.places[static_cast<size_t>(cluster.places[b])];
            const ScreenPoint sa = project({pa.lon, pa.lat}, view, viewport);
            const ScreenPoint sb = project({pb.lon, pb.lat}, view, viewport);
            closest = std::min(closest, static_cast<double>(std::hypot(sa.x - sb.x, sa.y - sb.y)));
        }
    if (closest < 1e-3) return 2.0;
    return std::clamp(minDistancePx * 1.25 / closest, 2.0, 16.0);
}

}  // namespace kiosk::model
