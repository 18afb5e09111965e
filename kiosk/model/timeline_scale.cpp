// timeline_scale.cpp: pure date-axis maths for the timeline pane.
#include "model/timeline_scale.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "model/date.hpp"
#include "model/phrase_book.hpp"

namespace kiosk::model {

double yearToX(double year, const TimelineRange& range, float left, float width) {
    return left + (year - range.from) / range.span() * width;
}

double xToYear(double x, const TimelineRange& range, float left, float width) {
    return range.from + (x - left) / std::max(1.0f, width) * range.span();
}

TimelineRange clampRange(TimelineRange range, const TimelineLimits& limits) {
    const double maxSpan = limits.latest - limits.earliest;
    double span = std::clamp(range.span(), limits.minSpan, maxSpan);
    if (!std::isfinite(span)) span = maxSpan;
    double centre = std::isfinite(range.centre()) ? range.centre() : (limits.earliest + limits.latest) / 2;
    centre = std::clamp(centre, limits.earliest + span / 2, limits.latest - span / 2);
    return {centre - span / 2, centre + span / 2};
}

TimelineRange zoomRange(const TimelineRange& range, double factor, double anchorYear, const TimelineLimits& limits) {
    if (!(factor > 0) || !std::isfinite(factor)) return range;
    const double t = (anchorYear - range.from) / range.span();
    double span = std::clamp(range.span() / factor, limits.minSpan, limits.latest - limits.earliest);
    double from = anchorYear - t * span;
    return clampRange({from, from + span}, limits);
}

TimelineRange panRange(const TimelineRange& range, double deltaYears, const TimelineLimits& limits) {
    if (!std::isfinite(deltaYears)) return range;
    return clampRange({range.from + deltaYears, range.to + deltaYears}, limits);
}

TimelineRange centreRangeOn(double year, double span, const TimelineLimits& limits) {
    return clampRange({year - span / 2, year + span / 2}, limits);
}

namespace {

struct UnitStep {
    TickUnit unit;
    double approxYears;
};
constexpr std::array<UnitStep, 7> kUnits = {{{TickUnit::Day, 1.0 / 365.0},
                                             {TickUnit::Week, 7.0 / 365.0},
                                             {TickUnit::Month, 1.0 / 12.0},
                                             {TickUnit::Quarter, 0.25},
                                             {TickUnit::Year, 1.0},
                                             {TickUnit::FiveYears, 5.0},
                                             {TickUnit::Decade, 10.0}}};

// A month's short name on the axis; 1-12.
const char* monthShort(int month) {
    switch (month) {
        case 1: return tr("Jan");
        case 2: return tr("Feb");
        case 3: return tr("Mar");
        case 4: return tr("Apr");
        case 5: return tr("May");
        case 6: return tr("Jun");
        case 7: return tr("Jul");
        case 8: return tr("Aug");
        case 9: return tr("Sep");
        case 10: return tr("Oct");
        case 11: return tr("Nov");
        case 12: return tr("Dec");
    }
    return "";
}

}  // namespace

TickUnit chooseTickUnit(const TimelineRange& range, float widthPx, float minSpacingPx) {
    const double pxPerYear = widthPx / std::max(1e-9, range.span());
    for (const auto& u : kUnits)
        if (u.approxYears * pxPerYear >= minSpacingPx) return u.unit;
    return TickUnit::Decade;
}

std::vector<Tick> makeTicks(const TimelineRange& range, float widthPx, float minSpacingPx) {
    std::vector<Tick> ticks;
    const TickUnit unit = chooseTickUnit(range, widthPx, minSpacingPx);
    const int firstYear = static_cast<int>(std::floor(range.from));
    const int lastYear = static_cast<int>(std::ceil(range.to));
    auto push = [&](double year, bool major, std::string label) {
        if (year >= range.from && year <= range.to) ticks.push_back({year, major, std::move(label)});
    };
    switch (unit) {
        case TickUnit::Decade:
        case TickUnit::FiveYears: {
            const int step = unit == TickUnit::Decade ? 10 : 5;
            for (int y = firstYear - firstYear % step; y <= lastYear; y += step)
                push(y, true, std::to_string(y));
            break;
        }
        case TickUnit::Year:
            for (int y = firstYear; y <= lastYear; ++y) push(y, true, std::to_string(y));
            break;
        case TickUnit::Quarter:
        case TickUnit::Month: {
            const int step = unit == TickUnit::Quarter ? 3 : 1;
            for (int y = firstYear; y <= lastYear; ++y)
                for (int m = 1; m <= 12; m += step) {
                    const bool yearStart = m == 1;
                    push(toYears({y, m, 0}), true,
                         yearStart ? std::to_string(y) : std::string(monthShort(m)));
                }
            break;
        }
        case TickUnit::Week:
        case TickUnit::Day: {
            // Days are listed month by month so that labels stay calendar-true; weeks mark the 1st, 8th, 15th, 22nd.
            for (int y = firstYear; y <= lastYear; ++y)
                for (int m = 1; m <= 12; ++m) {
                    if (toYears({y, m, 0}) > range.to || toYears({y, m, 0}) + 32.0 / 365 < range.from) continue;
                    for (int d = 1; d <= daysInMonth(y, m); ++d) {
                        if (unit == TickUnit::Week && (d - 1) % 7 != 0) continue;
                        if (unit == TickUnit::Week && d == 29) continue;
                        std::string label = d == 1 ? trf("{month} {year}", {{"month", monthShort(m)}, {"year", std::to_string(y)}})
                                                   : std::to_string(d);
                        push(toYears({y, m, d}), true, std::move(label));
                    }
                }
            break;
        }
    }
    return ticks;
}

}  // namespace kiosk::model
