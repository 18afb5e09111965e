// ui_data.cpp: facts derived once from the catalog for drawing: label texts and widths, country anchors.
#include <algorithm>
#include <cmath>

#include "model/map_labels.hpp"
#include "ui/ui_context.hpp"
#include "ui/text_draw.hpp"

namespace kiosk::ui {
namespace {

model::GeoPoint largestRingCentroid(const model::CountryShape& k) {
    const size_t vertices = k.lonLat.size() / 2;
    double bestArea = -1;
    model::GeoPoint best{(k.minLon + k.maxLon) / 2.0, (k.minLat + k.maxLat) / 2.0};
    for (size_t r = k.firstOutlineRing; r < k.ringStarts.size(); ++r) {
        const size_t from = k.ringStarts[r];
        const size_t to = r + 1 < k.ringStarts.size() ? k.ringStarts[r + 1] : vertices;
        double a = 0, cx = 0, cy = 0;
        for (size_t i = from; i < to; ++i) {
            const size_t j = i + 1 < to ? i + 1 : from;
            const double x0 = k.lonLat[2 * i], y0 = k.lonLat[2 * i + 1], x1 = k.lonLat[2 * j], y1 = k.lonLat[2 * j + 1];
            const double c = x0 * y1 - x1 * y0;
            a += c;
            cx += (x0 + x1) * c;
            cy += (y0 + y1) * c;
        }
        if (std::fabs(a) > bestArea && std::fabs(a) > 1e-9) {
            bestArea = std::fabs(a);
            best = {cx / (3 * a), cy / (3 * a)};
        }
    }
    return best;
}

}  // namespace

UiData buildUiData(const model::Catalog& c, const FontSet& fonts, float scale) {
    UiData d;
    d.timelineIndex = model::buildTimelineIndex(c);
    d.tones = model::countToneByYear(c);
    for (size_t y = 0; y < d.tones.cooperation.size(); ++y)
        d.maxToneCount = std::max({d.maxToneCount, d.tones.cooperation[y], d.tones.tension[y]});
    // Whole titles and their widths: the timeline gives each label the room its lane has free and cuts it only there
    // (model/timeline_layout), the place list to its row.
    const float syntheticLabel = 230 * scale;
    d.eventLabels.reserve(c.events.size());
    d.labelWidths.reserve(c.events.size());
    const bool many = c.events.size() > 20000;  // synthetic scale tests: measuring 100,000 labels costs start-up time
    for (const model::Event& e : c.events) {
        if (!fonts.small || many) d.labelWidths.push_back(many ? syntheticLabel : 0);
        else d.labelWidths.push_back(textSize(fonts.small, fonts.small->FontSize, e.title).x);
        d.eventLabels.push_back(e.title);
        d.eventShortLabels.push_back(e.shortTitle);
        d.shortLabelWidths.push_back(!fonts.small || many || e.shortTitle.empty() ? 0 : textSize(fonts.small, fonts.small->FontSize, e.shortTitle).x);
    }
    d.countryLabelAnchors.reserve(c.countries.size());
    for (const auto& k : c.countries) d.countryLabelAnchors.push_back(largestRingCentroid(k));
    d.placeCountry.assign(c.places.size(), model::kNone);
    d.countryHasEvents.assign(c.countries.size(), false);
    d.countryEventCount.assign(c.countries.size(), 0);
    for (size_t p = 0; p < c.places.size(); ++p) {
        for (size_t k = 0; k < c.countries.size(); ++k)
            if (model::shapeContains(c.countries[k], c.places[p].lon, c.places[p].lat)) {
                d.placeCountry[p] = static_cast<model::Index>(k);
                if (p < c.eventsAtPlace.size() && !c.eventsAtPlace[p].empty()) {
                    d.countryHasEvents[k] = true;
                    d.countryEventCount[k] += static_cast<int>(c.eventsAtPlace[p].size());
                }
                break;
            }
    }
    for (size_t h = 0; h < c.historicalCountries.size(); ++h) {
        const model::HistoricalCountry& country = c.historicalCountries[h];
        std::vector<model::Index> members(country.members.size(), model::kNone);
        bool hasEvents = false;
        int events = 0;
        for (size_t m = 0; m < country.members.size(); ++m)
            for (size_t k = 0; k < c.countries.size(); ++k)
                if (c.countries[k].name == country.members[m]) {
                    members[m] = static_cast<model::Index>(k);
                    hasEvents = hasEvents || d.countryHasEvents[k];
                    events += d.countryEventCount[k];
                    break;
                }
        d.historicalMembers.push_back(std::move(members));
        d.historicalHasEvents.push_back(hasEvents);
        d.historicalEventCount.push_back(events);
        d.historicalLabelAnchors.push_back(h < c.historicalShapes.size() && !c.historicalShapes[h].lonLat.empty()
                                               ? largestRingCentroid(c.historicalShapes[h])
                                               : model::GeoPoint{});
    }
    return d;
}

}  // namespace kiosk::ui
