// map_projection.hpp: the map's view (centre and zoom), its projection to pane pixels and back, and its limits.
// The projection is equirectangular with a standard parallel of 40 degrees north: it keeps Pakistan, Afghanistan,
// Central Asia and European Russia in honest proportion, and, unlike Mercator, does not blow up Russia's north.
#pragma once

namespace kiosk::model {

struct GeoPoint {
    double lon = 0, lat = 0;
};
struct ScreenPoint {
    float x = 0, y = 0;
};

struct MapView {
    double centreLon = 68.0;
    double centreLat = 40.0;
    double zoom = 1.0;  // 1 = the home view, which frames the region below in whatever pane it is given
};

struct MapViewport {
    float left = 0, top = 0, width = 800, height = 600;
};

// The reference region zoom 1 frames (70 by 52 degrees). Each exhibit's own home region (exhibit.toml's
// [map_home], model::homeView(const Exhibit&)) is a centre and a zoom measured against it.
struct MapHome {
    double minLon = 30, maxLon = 100, minLat = 8, maxLat = 60;
};

struct MapLimits {
    double minZoom = 0.3;   // about the whole world, so Washington is reachable
    double maxZoom = 24.0;  // a city and its surroundings
    double minLat = -55, maxLat = 75;
    double minLon = -170, maxLon = 180;
};

inline constexpr double kStandardParallelDeg = 40.0;

MapView homeView(const MapHome& home = {});
// Pixels per degree of latitude at this view and viewport.
double pixelsPerDegree(const MapView& view, const MapViewport& viewport, const MapHome& home = {});
ScreenPoint project(const GeoPoint& p, const MapView& view, const MapViewport& viewport, const MapHome& home = {});
GeoPoint unproject(const ScreenPoint& s, const MapView& view, const MapViewport& viewport, const MapHome& home = {});

// Keeps the centre over land-and-sea a visitor cares about, and the zoom within limits. Non-finite input
// (from an input storm or a bad script) resets to the home view rather than propagating NaN.
MapView clampView(MapView view, const MapLimits& limits = {});
// Pans by a pixel delta (finger movement), keeping the point under the finger under it.
MapView panByPixels(const MapView& view, float dx, float dy, const MapViewport& viewport, const MapLimits& limits = {});
// Zooms by factor around a screen point that stays fixed.
MapView zoomAround(const MapView& view, double factor, const ScreenPoint& anchor, const MapViewport& viewport,
                   const MapLimits& limits = {});
// A view centred on p at the given zoom (for fly-to).
MapView viewCentredOn(const GeoPoint& p, double zoom, const MapLimits& limits = {});
// Blends two views (t in [0,1]), zooming in log space so that fly-to feels even.
MapView interpolateView(const MapView& a, const MapView& b, double t);

}  // namespace kiosk::model
