// timeline_scale.hpp: the timeline's visible date range, date<->x mapping, limits and adaptive ticks.
#pragma once
#include <string>
#include <vector>

namespace kiosk::model {

// The stretch of time the timeline shows, in fractional years ([from, to), from < to).
struct TimelineRange {
    double from = 1946.0;
    double to = 2024.0;
    double span() const { return to - from; }
    double centre() const { return (from + to) / 2; }
};

// Limits: the exhibit's range plus a margin, and the narrowest view (about two weeks, enough to tell days apart).
struct TimelineLimits {
    double earliest = 1945.0;
    double latest = 2025.0;
    double minSpan = 14.0 / 365.0;
};

double yearToX(double year, const TimelineRange& range, float left, float width);
double xToYear(double x, const TimelineRange& range, float left, float width);

// Keeps the range inside the limits without changing its span where possible; clamps the span too.
TimelineRange clampRange(TimelineRange range, const TimelineLimits& limits);
// Zooms by factor (>1 zooms in) keeping the year under `anchorYear` fixed, then clamps.
TimelineRange zoomRange(const TimelineRange& range, double factor, double anchorYear, const TimelineLimits& limits);
TimelineRange panRange(const TimelineRange& range, double deltaYears, const TimelineLimits& limits);
// A range of the given span centred on `year`, clamped.
TimelineRange centreRangeOn(double year, double span, const TimelineLimits& limits);

enum class TickUnit { Decade, FiveYears, Year, Quarter, Month, Week, Day };
struct Tick {
    double year = 0;
    bool major = false;  // major ticks carry a label
    std::string label;
};
// Chooses the finest tick unit whose ticks stay at least minSpacingPx apart, and lists the ticks in range.
TickUnit chooseTickUnit(const TimelineRange& range, float widthPx, float minSpacingPx);
std::vector<Tick> makeTicks(const TimelineRange& range, float widthPx, float minSpacingPx);

}  // namespace kiosk::model
