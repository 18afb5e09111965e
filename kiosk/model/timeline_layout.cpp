// timeline_layout.cpp: lane assignment and clustering of timeline events.
#include "model/timeline_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "model/event_filter.hpp"

namespace kiosk::model {

TimelineIndex buildTimelineIndex(const Catalog& catalog) {
    TimelineIndex index;
    const size_t n = catalog.events.size();
    index.centre.resize(n);
    index.barFrom.resize(n);
    index.barTo.resize(n);
    index.themeMask.resize(n);
    index.isSpan.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const Event& e = catalog.events[i];
        const YearInterval whole = spanInterval(e.date);
        index.isSpan[i] = e.date.end.has_value();
        index.barFrom[i] = whole.from;
        index.barTo[i] = whole.to;
        // Spans are marked at their start; single dates at the middle of what they may mean.
        index.centre[i] = e.date.end ? e.sortKey : uncertaintyInterval(e.date.start, e.date.precision).mid();
        index.themeMask[i] = themeMaskOf(e);  // themeless events still show with every filter
        index.longestBar = std::max(index.longestBar, whole.to - whole.from);
    }
    for (uint32_t mask : index.themeMask) {
        auto it = std::find_if(index.maskCounts.begin(), index.maskCounts.end(), [&](const auto& mc) { return mc.first == mask; });
        if (it == index.maskCounts.end()) index.maskCounts.emplace_back(mask, 1);
        else ++it->second;
    }
    // Centres are not ascending with the catalog (a decade's middle, 1975, comes before a 1971 event in date order
    // but after it on the axis). Binary search runs on a sorted copy; the positions themselves stay the dates.
    index.order.resize(n);
    for (size_t i = 0; i < n; ++i) index.order[i] = static_cast<Index>(i);
    std::stable_sort(index.order.begin(), index.order.end(),
                     [&](Index a, Index b) { return index.centre[static_cast<size_t>(a)] < index.centre[static_cast<size_t>(b)]; });
    index.sortedCentre.resize(n);
    for (size_t k = 0; k < n; ++k) index.sortedCentre[k] = index.centre[static_cast<size_t>(index.order[k])];
    return index;
}

bool isSpan(const TimelineIndex& index, size_t i) { return i < index.isSpan.size() && index.isSpan[i]; }

std::vector<Index> eventsAt(const TimelineIndex& index, double from, double to, uint32_t themeFilter, size_t limit, Index selected) {
    std::vector<Index> out;
    const double epsilon = 1e-9;
    auto it = std::lower_bound(index.sortedCentre.begin(), index.sortedCentre.end(), from - epsilon);
    for (; it != index.sortedCentre.end() && *it <= to + epsilon && out.size() < limit; ++it) {
        const Index i = index.order[static_cast<size_t>(it - index.sortedCentre.begin())];
        if (filterShows(index.themeMask[static_cast<size_t>(i)], themeFilter, i == selected)) out.push_back(i);
    }
    return out;
}

size_t firstPossiblyVisible(const TimelineIndex& index, double from) {
    const double earliestCentre = from - index.longestBar;
    return static_cast<size_t>(std::lower_bound(index.sortedCentre.begin(), index.sortedCentre.end(), earliestCentre) - index.sortedCentre.begin());
}

namespace {

// One pass of the layout; with `reserve`, the selected event's place is kept before the others are placed.
TimelineLayout layoutPass(const TimelineIndex& index, const TimelineLayoutInput& in, bool reserve) {
    TimelineLayout out;
    const size_t n = index.centre.size();
    // Whether the filter hides anyone, and how many it shows, from the distinct masks (an index built by hand,
    // without them, is counted event by event).
    bool everyonePasses = true;
    if (!index.maskCounts.empty()) {
        for (const auto& [mask, count] : index.maskCounts) {
            if (mask & in.themeFilter) out.matchingEvents += count;
            else everyonePasses = false;
        }
    } else {
        for (size_t i = 0; i < n; ++i) {
            if (index.themeMask[i] & in.themeFilter) ++out.matchingEvents;
            else everyonePasses = false;
        }
    }
    if (in.selected >= 0 && static_cast<size_t>(in.selected) < n && !(index.themeMask[static_cast<size_t>(in.selected)] & in.themeFilter)) {
        ++out.matchingEvents;  // shown despite the filter
        everyonePasses = false;
    }
    if (n == 0 || in.width <= 0) return out;

    const auto toX = [&](double year) { return static_cast<float>(yearToX(year, in.range, in.left, in.width)); };
    // Positions k run along `order` (marker order); i = order[k] is the event (catalog index).
    const auto eventAt = [&](size_t k) { return static_cast<size_t>(index.order[k]); };
    const auto& sorted = index.sortedCentre;
    const size_t begin = firstPossiblyVisible(index, in.range.from);
    const size_t end = static_cast<size_t>(std::upper_bound(sorted.begin(), sorted.end(), in.range.to) - sorted.begin());

    // Cluster badges carry a number and are wider than a marker: they get wider columns, so they never touch.
    const float clusterWidth = in.markerWidth * 1.5f;
    const int columns = std::max(1, static_cast<int>(std::ceil(in.width / clusterWidth)));
    // No lanes: a timeline too short for a row of markers above its badges (a small landscape screen with low reach)
    // counts every event in the badge row, as a dense view does, rather than draw a lane over the badges.
    const int lanes = std::max(0, in.lanes);
    // Overflow clusters, one per column, in column order.
    std::vector<TimelineItem> clusters(static_cast<size_t>(columns));
    for (auto& c : clusters) { c.kind = TimelineItem::Kind::Cluster; c.count = 0; c.lane = -1; }

    // Dense: so many events that placing each in a lane would be wasted work (nearly all end up counted in clusters).
    // Never for a few thousand: a short timeline (one lane, on a small screen) still shows what fits in its lane.
    const bool dense = lanes == 0 || end - begin > std::max<size_t>(static_cast<size_t>(lanes * columns * 4), 2000);
    out.dense = dense;
    const auto columnOf = [&](float x) { return std::clamp(static_cast<int>((x - in.left) / clusterWidth), 0, columns - 1); };
    const auto addToCluster = [&](size_t k, int column) {
        TimelineItem& c = clusters[static_cast<size_t>(column)];
        if (c.count == 0) {
            c.event = static_cast<Index>(eventAt(k));
            c.firstYear = sorted[k];
        }
        c.lastYear = sorted[k];
        ++c.count;
        if (static_cast<Index>(eventAt(k)) == in.selected) c.holdsSelected = true;
    };
    // The filter every pane shares: the selected event shows whatever the filter (model/event_filter.hpp).
    const auto passes = [&](size_t k) { return filterShows(index.themeMask[eventAt(k)], in.themeFilter, static_cast<Index>(eventAt(k)) == in.selected); };
    if (dense) {
        // Far more events than can be drawn: only per-column counts are needed, and since sorted centres ascend,
        // each column is one run of positions, found by binary search rather than by visiting its events (which a
        // filter that hides some still requires, at the cost of a mask test each). 100,000 events cost what 100 do.
        // First the events centred before the range: they count when their bar reaches into it.
        const auto centres = sorted.begin();
        const size_t inRange = static_cast<size_t>(std::lower_bound(centres + static_cast<std::ptrdiff_t>(begin),
                                                                    centres + static_cast<std::ptrdiff_t>(end), in.range.from) - centres);
        for (size_t k = begin; k < inRange; ++k) {
            if (!passes(k) || index.barTo[eventAt(k)] < in.range.from) continue;
            ++out.visibleEvents;
            addToCluster(k, columnOf(toX(sorted[k])));
        }
        // The column never decreases along the positions (centres ascend, and so does every step of columnOf), so
        // each run ends where the first position of a later column starts.
        for (size_t a = inRange; a < end;) {
            const int column = columnOf(toX(sorted[a]));
            const size_t b = column + 1 == columns
                                 ? end
                                 : static_cast<size_t>(std::partition_point(centres + static_cast<std::ptrdiff_t>(a), centres + static_cast<std::ptrdiff_t>(end),
                                                                            [&](double c) { return columnOf(toX(c)) <= column; }) -
                                                       centres);
            if (everyonePasses) {
                TimelineItem& c = clusters[static_cast<size_t>(column)];
                if (c.count == 0) {
                    c.event = static_cast<Index>(eventAt(a));
                    c.firstYear = sorted[a];
                }
                c.lastYear = sorted[b - 1];
                c.count += static_cast<int>(b - a);
                out.visibleEvents += static_cast<int>(b - a);
                if (in.selected >= 0 && static_cast<size_t>(in.selected) < index.centre.size()) {
                    const double sc = index.centre[static_cast<size_t>(in.selected)];
                    if (sc >= sorted[a] && sc <= sorted[b - 1]) c.holdsSelected = true;
                }
            } else {
                for (size_t k = a; k < b; ++k)
                    if (passes(k)) {
                        ++out.visibleEvents;
                        addToCluster(k, column);
                    }
            }
            a = b;
        }
    }
    const auto inView = [&](size_t i) { return !(index.barTo[i] < in.range.from && index.centre[i] < in.range.from) && index.centre[i] <= in.range.to; };
    const auto itemFor = [&](size_t i) {
        TimelineItem item;
        item.event = static_cast<Index>(i);
        item.x = toX(index.centre[i]);
        item.barFrom = toX(index.barFrom[i]);
        item.barTo = toX(index.barTo[i]);
        item.firstYear = item.lastYear = index.centre[i];
        return item;
    };
    const float half = in.markerWidth / 2;
    const float axisEnd = in.left + in.width;
    // What an event claims in its lane: up to `full` when nothing follows it soon, `whole` to keep its short title
    // whole (its title's width where it has none), and at least `least` (its marker, the shortest label it may show
    // on pass 0, and a span's whole bar), and where its label may reach.
    struct Claim {
        float full = 0, whole = 0, least = 0, labelRight = 0;
    };
    const auto claimOf = [&](size_t i, const TimelineItem& item, int pass, Claim* claim) {
        const float barEnd = index.barTo[i] > index.barFrom[i] && item.barTo > item.x + half && isSpan(index, i) ? item.barTo : 0;
        const float marker = std::max(item.x + half, barEnd);
        if (pass == 1) {
            *claim = {marker, marker, marker, 0};
            return true;
        }
        const float width = in.labelWidths && i < in.labelWidths->size() ? (*in.labelWidths)[i] : 0;
        if (width <= 0) return false;
        const float least = in.minLabelWidth > 0 ? std::min(width, in.minLabelWidth) : width;
        const float start = item.x + half;
        if (start + least > axisEnd) return false;  // not even its shortest label fits before the axis ends
        const float right = std::min(start + width, axisEnd);
        const float shortWidth = in.shortLabelWidths && i < in.shortLabelWidths->size() ? (*in.shortLabelWidths)[i] : 0;
        const float wholeRight = std::min(start + (shortWidth > 0 ? std::clamp(shortWidth, least, width) : width), axisEnd);
        // A label keeps a gap after its words, as a marker keeps half its touch width.
        *claim = {std::max(right + in.labelGap, barEnd), std::max(wholeRight + in.labelGap, barEnd), std::max(start + least + in.labelGap, barEnd), right};
        return true;
    };
    // Each lane: how far its last item reaches at most and at least (a label can give way down to its shortest),
    // and which item that is (its label is cut where the next item in the lane begins).
    struct Lane {
        float full = -std::numeric_limits<float>::infinity();
        float whole = -std::numeric_limits<float>::infinity();
        float least = -std::numeric_limits<float>::infinity();
        int last = -1;
    };
    std::vector<Lane> laneState(static_cast<size_t>(lanes));
    const auto occupy = [&](int lane, const TimelineItem& item, const Claim& claim) {
        Lane& l = laneState[static_cast<size_t>(lane)];
        if (l.last >= 0) {
            TimelineItem& previous = out.items[static_cast<size_t>(l.last)];
            if (previous.showLabel) previous.labelRight = std::min(previous.labelRight, item.x - half - 2 * in.labelGap);
        }
        l = {claim.full, claim.whole, claim.least, static_cast<int>(out.items.size())};
        out.items.push_back(item);
    };
    // The selected event keeps a place of its own in the last lane, reserved before the others are placed: the
    // selection is always visible as itself, never lost in a count (dense views, where no event gets a lane, mark
    // the badge that holds it instead).
    int reservedLane = -1;
    float reservedFrom = 0;
    bool reservedPlaced = false;
    TimelineItem reservedItem;
    Claim reservedClaim;
    if (reserve && !dense && in.selected >= 0 && static_cast<size_t>(in.selected) < n && inView(static_cast<size_t>(in.selected))) {
        const size_t i = static_cast<size_t>(in.selected);
        reservedItem = itemFor(i);
        reservedItem.showLabel = claimOf(i, reservedItem, 0, &reservedClaim);
        if (!reservedItem.showLabel) claimOf(i, reservedItem, 1, &reservedClaim);
        reservedItem.labelRight = reservedClaim.labelRight;
        reservedLane = reservedItem.lane = lanes - 1;
        reservedFrom = std::min(reservedItem.x - half, reservedItem.barFrom);
    }
    for (size_t k = dense ? end : begin; k < end; ++k) {
        const size_t i = eventAt(k);
        if (!passes(k)) continue;
        if (index.barTo[i] < in.range.from && index.centre[i] < in.range.from) continue;
        ++out.visibleEvents;
        if (reservedLane >= 0 && static_cast<Index>(i) == in.selected) {
            occupy(reservedLane, reservedItem, reservedClaim);
            reservedPlaced = true;
            continue;
        }
        TimelineItem item = itemFor(i);
        const float x = item.x;
        bool placed = false;
        if (!dense) {
            // First a lane with room for the label, then any lane with room for the bare marker; within a pass, a lane
            // where the previous label keeps its whole width, then one where it keeps its short title whole, before
            // one where it is cut.
            for (int pass = 0; pass < 2 && !placed; ++pass) {
                Claim claim;
                if (!claimOf(i, item, pass, &claim)) continue;
                const auto fits = [&](int lane, int keeps) {  // keeps: 0 the previous label's full width, 1 its short title, 2 its least
                    const Lane& l = laneState[static_cast<size_t>(lane)];
                    if ((keeps == 0 ? l.full : keeps == 1 ? l.whole : l.least) + in.labelGap > x - half) return false;
                    // Left of the reserved place, an item must leave it free (its label giving way if need be).
                    return lane != reservedLane || reservedPlaced || claim.least + in.labelGap <= reservedFrom;
                };
                int chosen = -1;
                for (int keeps = 0; keeps < 3 && chosen < 0; ++keeps)
                    for (int lane = 0; lane < lanes && chosen < 0; ++lane)
                        if (fits(lane, keeps)) chosen = lane;
                if (chosen < 0) continue;
                item.lane = chosen;
                item.showLabel = pass == 0;
                item.labelRight = item.showLabel ? claim.labelRight : 0;
                if (chosen == reservedLane && !reservedPlaced && item.showLabel) item.labelRight = std::min(item.labelRight, reservedFrom - 2 * in.labelGap);
                occupy(chosen, item, claim);
                placed = true;
            }
        }
        if (!placed) addToCluster(k, columnOf(x));
    }
    if (reservedLane >= 0 && !reservedPlaced) out.items.push_back(reservedItem);
    for (size_t column = 0; column < clusters.size(); ++column) {
        TimelineItem& c = clusters[column];
        if (c.count == 0) continue;
        if (c.count == 1) {
            // A lone overflow event is shown as itself in the cluster row rather than as a "1" badge.
            c.kind = TimelineItem::Kind::Event;
            c.holdsSelected = false;
            c.x = toX(index.centre[static_cast<size_t>(c.event)]);
            c.barFrom = toX(index.barFrom[static_cast<size_t>(c.event)]);
            c.barTo = toX(index.barTo[static_cast<size_t>(c.event)]);
        } else {
            // Badges sit at their column's centre: evenly spaced, never overlapping.
            c.x = in.left + (static_cast<float>(column) + 0.5f) * clusterWidth;
            c.barFrom = toX(c.firstYear);
            c.barTo = toX(c.lastYear);
        }
        out.items.push_back(c);
    }
    return out;
}

}  // namespace

TimelineLayout layoutTimeline(const TimelineIndex& index, const TimelineLayoutInput& in) {
    TimelineLayout plain = layoutPass(index, in, false);
    // Where the selection already has its own marker, nothing moves: a tap on a marker selects it without
    // reshuffling the lanes under the visitor's next tap. Only a selection hidden in a badge (chosen on the map, in
    // search, or in a list) is given a reserved place, and then only where the view is not dense.
    const bool hidden = std::any_of(plain.items.begin(), plain.items.end(), [](const TimelineItem& item) { return item.holdsSelected; });
    return hidden && !plain.dense ? layoutPass(index, in, true) : plain;
}

int hitTestTimeline(const TimelineLayout& layout, float x, int lane, float markerWidth) {
    int best = -1;
    float bestDistance = markerWidth / 2 + 1;
    for (size_t i = 0; i < layout.items.size(); ++i) {
        const TimelineItem& item = layout.items[i];
        if (item.lane != lane) continue;
        const float d = std::fabs(item.x - x);
        if (d < bestDistance) {
            bestDistance = d;
            best = static_cast<int>(i);
        }
    }
    if (best >= 0) return best;
    for (size_t i = 0; i < layout.items.size(); ++i) {
        const TimelineItem& item = layout.items[i];
        if (item.lane == lane && item.showLabel && x >= item.x && x <= item.labelRight) return static_cast<int>(i);
    }
    return best;
}

ToneByYear countToneByYear(const Catalog& catalog) {
    ToneByYear tones;
    if (catalog.events.empty()) return tones;
    tones.firstYear = catalog.events.front().date.start.year;
    const int last = catalog.events.back().date.start.year;
    const size_t years = static_cast<size_t>(std::max(0, last - tones.firstYear) + 1);
    tones.cooperation.assign(years, 0);
    tones.tension.assign(years, 0);
    for (const Event& e : catalog.events) {
        const size_t y = static_cast<size_t>(std::clamp(e.date.start.year - tones.firstYear, 0, static_cast<int>(years) - 1));
        if (e.tone == Tone::Cooperation) ++tones.cooperation[y];
        if (e.tone == Tone::Tension) ++tones.tension[y];
    }
    return tones;
}

}  // namespace kiosk::model
