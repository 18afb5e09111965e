// map_reach.cpp: the map's reach, from the places the content is about.
#include "model/map_reach.hpp"

#include <algorithm>

namespace kiosk::model {

MapReach mapReachOf(const Catalog& catalog, double padDeg) {
    MapReach reach;
    const MapHome home;
    double minLon = home.minLon, maxLon = home.maxLon, minLat = home.minLat, maxLat = home.maxLat;
    std::vector<bool> used(catalog.places.size(), false);
    for (const Event& e : catalog.events)
        for (Index p : e.places)
            if (p >= 0 && static_cast<size_t>(p) < used.size()) used[static_cast<size_t>(p)] = true;
    for (size_t i = 0; i < used.size(); ++i) {
        if (!used[i]) continue;
        const Place& place = catalog.places[i];
        reach.places.push_back({place.lon, place.lat});
        minLon = std::min(minLon, place.lon);
        maxLon = std::max(maxLon, place.lon);
        minLat = std::min(minLat, place.lat);
        maxLat = std::max(maxLat, place.lat);
    }
    const MapLimits wide;
    reach.limits.minLon = std::max(wide.minLon, minLon - padDeg);
    reach.limits.maxLon = std::min(wide.maxLon, maxLon + padDeg);
    reach.limits.minLat = std::max(wide.minLat, minLat - padDeg);
    reach.limits.maxLat = std::min(wide.maxLat, maxLat + padDeg);
    return reach;
}

MapView keepInReach(const MapView& view, const MapReach& reach, const MapViewport& viewport) {
    MapView v = clampView(view, reach.limits);
    if (v.zoom <= kEmptyViewMaxZoom) return v;
    const bool placeInView = std::any_of(reach.places.begin(), reach.places.end(), [&](const GeoPoint& p) {
        const ScreenPoint s = project(p, v, viewport);
        return s.x >= viewport.left && s.x <= viewport.left + viewport.width && s.y >= viewport.top && s.y <= viewport.top + viewport.height;
    });
    if (!placeInView) v.zoom = kEmptyViewMaxZoom;
    return v;
}

}  // namespace kiosk::model
