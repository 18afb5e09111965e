// map_labels.hpp: where a point lies among the countries, and label placement that never overlaps.
#pragma once
#include <string>
#include <vector>

#include "model/catalog.hpp"

namespace kiosk::model {

// Whether a point lies inside a country (even-odd over its outline rings; holes count as outside).
bool shapeContains(const CountryShape& shape, double lon, double lat);

struct LabelBox {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    int priority = 0;  // higher first
};
// Accepts labels in priority order (ties keep input order), skipping any that would overlap one already accepted
// (with `gap` pixels of clearance). Returns, per input label, whether it is shown.
std::vector<bool> placeLabels(const std::vector<LabelBox>& labels, float gap);

}  // namespace kiosk::model
