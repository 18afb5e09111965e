// map_labels.hpp: country names that follow history, and label placement that never overlaps.
#pragma once
#include <string>
#include <vector>

#include "model/catalog.hpp"

namespace kiosk::model {

// The name a country had at a given moment (fractional year): the Soviet Union until its dissolution at the
// end of 1991, Russia after; East Pakistan until December 1971, Bangladesh after. Other countries keep `modern`.
std::string historicalCountryName(const std::string& isoNumeric, const std::string& modern, double year);

inline constexpr double kSovietDissolution = 1991.0 + 359.0 / 365.0;   // 26 December 1991
inline constexpr double kBangladeshIndependence = 1971.0 + 349.0 / 365.0;  // 16 December 1971

// Whether a point lies inside a country (even-odd over all its rings; holes count as outside).
bool shapeContains(const CountryShape& shape, double lon, double lat);

struct LabelBox {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    int priority = 0;  // higher first
};
// Accepts labels in priority order (ties keep input order), skipping any that would overlap one already accepted
// (with `gap` pixels of clearance). Returns, per input label, whether it is shown.
std::vector<bool> placeLabels(const std::vector<LabelBox>& labels, float gap);

}  // namespace kiosk::model
