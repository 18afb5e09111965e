// map_projection.cpp: pure projection maths for the map pane.
#include "model/map_projection.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kiosk::model {
namespace {
const double kCosStandard = std::cos(kStandardParallelDeg * std::numbers::pi / 180.0);
}

MapView homeView(const MapHome& home) {
    return {(home.minLon + home.maxLon) / 2, (home.minLat + home.maxLat) / 2, 1.0};
}

double pixelsPerDegree(const MapView& view, const MapViewport& viewport, const MapHome& home) {
    const double fitX = viewport.width / std::max(1.0, (home.maxLon - home.minLon) * kCosStandard);
    const double fitY = viewport.height / std::max(1.0, home.maxLat - home.minLat);
    return std::max(1e-6, std::min(fitX, fitY) * view.zoom);
}

ScreenPoint project(const GeoPoint& p, const MapView& view, const MapViewport& viewport, const MapHome& home) {
    const double s = pixelsPerDegree(view, viewport, home);
    const double x = viewport.left + viewport.width / 2.0 + (p.lon - view.centreLon) * kCosStandard * s;
    const double y = viewport.top + viewport.height / 2.0 - (p.lat - view.centreLat) * s;
    return {static_cast<float>(x), static_cast<float>(y)};
}

GeoPoint unproject(const ScreenPoint& sp, const MapView& view, const MapViewport& viewport, const MapHome& home) {
    const double s = pixelsPerDegree(view, viewport, home);
    const double lon = view.centreLon + (sp.x - viewport.left - viewport.width / 2.0) / (kCosStandard * s);
    const double lat = view.centreLat - (sp.y - viewport.top - viewport.height / 2.0) / s;
    return {lon, lat};
}

MapView clampView(MapView view, const MapLimits& limits) {
    if (!std::isfinite(view.centreLon) || !std::isfinite(view.centreLat) || !std::isfinite(view.zoom) || view.zoom <= 0)
        return homeView();
    view.zoom = std::clamp(view.zoom, limits.minZoom, limits.maxZoom);
    view.centreLon = std::clamp(view.centreLon, limits.minLon, limits.maxLon);
    view.centreLat = std::clamp(view.centreLat, limits.minLat, limits.maxLat);
    return view;
}

MapView panByPixels(const MapView& view, float dx, float dy, const MapViewport& viewport, const MapLimits& limits) {
    const double s = pixelsPerDegree(view, viewport);
    MapView moved = view;
    moved.centreLon -= dx / (kCosStandard * s);
    moved.centreLat += dy / s;
    return clampView(moved, limits);
}

MapView zoomAround(const MapView& view, double factor, const ScreenPoint& anchor, const MapViewport& viewport,
                   const MapLimits& limits) {
    if (!(factor > 0) || !std::isfinite(factor)) return view;
    const GeoPoint fixed = unproject(anchor, view, viewport);
    MapView zoomed = view;
    zoomed.zoom = std::clamp(view.zoom * factor, limits.minZoom, limits.maxZoom);
    // Move the centre so that `fixed` projects to `anchor` again.
    const ScreenPoint now = project(fixed, zoomed, viewport);
    zoomed = panByPixels(zoomed, anchor.x - now.x, anchor.y - now.y, viewport, limits);
    return clampView(zoomed, limits);
}

MapView viewCentredOn(const GeoPoint& p, double zoom, const MapLimits& limits) {
    return clampView({p.lon, p.lat, zoom}, limits);
}

MapView interpolateView(const MapView& a, const MapView& b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    MapView v;
    v.centreLon = a.centreLon + (b.centreLon - a.centreLon) * t;
    v.centreLat = a.centreLat + (b.centreLat - a.centreLat) * t;
    v.zoom = std::exp(std::log(a.zoom) + (std::log(b.zoom) - std::log(a.zoom)) * t);
    return v;
}

}  // namespace kiosk::model
