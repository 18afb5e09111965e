// map_reach.hpp: how far the map may go: it keeps the places the exhibit is about in reach, and never zooms in
// on empty sea. Pure.
#pragma once
#include <vector>

#include "model/catalog.hpp"
#include "model/map_projection.hpp"

namespace kiosk::model {

// Zoomed in further than this (a regional view), the view must hold at least one place of an event.
inline constexpr double kEmptyViewMaxZoom = 3.0;

struct MapReach {
    MapLimits limits;              // the centre stays within the places' box and the home region, padded
    std::vector<GeoPoint> places;  // every place that has an event
};

// From the content: the box around every place with an event and the home region, with `padDeg` degrees around
// it. An empty catalog gives the home region.
MapReach mapReachOf(const Catalog& catalog, double padDeg = 5.0);

// The view kept in reach: its centre within the limits' box, its zoom within their range, and above
// kEmptyViewMaxZoom only when a place lies within the viewport. Non-finite views give the home view.
MapView keepInReach(const MapView& view, const MapReach& reach, const MapViewport& viewport);

}  // namespace kiosk::model
