// map_labels.hpp: where a point lies among the countries, and label placement that never overlaps.
#pragma once
#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "model/map_projection.hpp"

namespace kiosk::model {

// Whether a point lies inside a country (even-odd over its outline rings; holes count as outside).
bool shapeContains(const CountryShape& shape, double lon, double lat);

// Where a large country's name may go when its own label point is off-screen: the points of a columns x rows grid
// over the screen box x0..x1, y0..y1 that lie inside the country, nearest to `preferred` first, at most `limit`.
std::vector<ScreenPoint> labelPointsInside(const CountryShape& shape, float x0, float y0, float x1, float y1, ScreenPoint preferred,
                                           const MapView& view, const MapViewport& viewport, int columns, int rows, size_t limit);

// The share (0..1) of a columns x rows grid of points over the screen box x0..x1, y0..y1 that lies inside the
// country: how much of a label there would stand on the country it names.
float shareInside(const CountryShape& shape, float x0, float y0, float x1, float y1, const MapView& view, const MapViewport& viewport,
                  int columns, int rows);

struct LabelBox {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    int priority = 0;  // higher first
    int group = -1;    // labels of one group (>= 0) are places for the same name: at most one of them is shown
    bool fixed = false;  // an obstacle drawn whatever happens (a marker, a button): always kept, and names avoid it
};
// Keeps every fixed box, then accepts labels in priority order (ties keep input order), skipping any that would
// overlap one already kept (with `gap` pixels of clearance) or whose group already has one. Returns, per input
// label, whether it is shown.
std::vector<bool> placeLabels(const std::vector<LabelBox>& labels, float gap);

}  // namespace kiosk::model
